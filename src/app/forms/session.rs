//! The session and action item forms.

use super::super::action::Effect;
use super::super::form::{Field, FieldKind as K, Form, FormTarget, read_datetime};
use super::super::state::State;
use super::{Refusal, change};
use crate::domain::dates::iso;
use crate::domain::workspace::parse_kebab;
use crate::domain::{ActionId, ActionItem, GoalId, Owner, Session, SessionId, SessionStatus};

/// Channels of a session, with "-" for none.
const CHANNELS: &[&str] = &["-", "in-person", "video", "phone", "chat", "email"];

pub fn session_form(target: FormTarget, s: Option<&Session>) -> Form {
    let title = match s {
        Some(s) => format!("Edit session of {}", s.at.format("%Y-%m-%d %H:%M")),
        None => "New session".to_string(),
    };
    let fields = vec![
        Field::new(
            "When",
            K::DateTime,
            s.map_or("today 10:00".into(), |s| {
                s.at.format("%Y-%m-%d %H:%M").to_string()
            }),
        ),
        Field::new(
            "Minutes",
            K::Minutes,
            s.and_then(|s| s.minutes)
                .map(|n| n.to_string())
                .unwrap_or_default(),
        ),
        Field::new(
            "Channel",
            K::Choice(CHANNELS),
            s.and_then(|s| s.channel).map_or("-", |c| c.name()),
        ),
        Field::new(
            "Status",
            K::Choice(SessionStatus::NAMES),
            s.map_or("held", |s| s.status.name()),
        ),
        Field::new(
            "Agenda",
            K::Notes,
            s.map(|s| s.agenda.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Notes",
            K::Notes,
            s.map(|s| s.shared_notes.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Private notes",
            K::Notes,
            s.map(|s| s.private_notes.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Goal IDs",
            K::List,
            s.map(|s| {
                s.goals
                    .iter()
                    .map(|g| g.0.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default(),
        ),
    ];
    Form::new(target, title, fields).shared_except(&["Channel", "Private notes"])
}

pub fn apply_session(
    state: &mut State,
    form: &Form,
    target: &FormTarget,
) -> Result<(String, Vec<Effect>), Refusal> {
    let at = read_datetime(&form.text("When"), state.today, state.zone)
        .map_err(|e| Some(("When", e.short())))?;
    let (owner, label) = match target {
        FormTarget::Session(id) => (
            id.as_str(),
            format!("edit session of {}", iso(at.date_naive())),
        ),
        FormTarget::NewSession { mentee } => (
            mentee.as_str(),
            format!("add session of {}", iso(at.date_naive())),
        ),
        _ => return Err(None),
    };
    change(state, owner, label, |m, ids| {
        let mut goals = Vec::new();
        for g in form.list("Goal IDs") {
            let id = m
                .goals
                .iter()
                .find(|x| x.id.as_str() == g)
                .map(|x| x.id.clone())
                .ok_or_else(|| {
                    Some(("Goal IDs", format!("{g} is not one of {}'s goals", m.name)))
                })?;
            goals.push(id);
        }
        let minutes = form
            .text("Minutes")
            .parse()
            .ok()
            .or(m.agreement.session_minutes);
        let fill = |s: &mut Session, goals: Vec<GoalId>| {
            s.at = at;
            s.minutes = minutes;
            s.channel = parse_kebab(&form.text("Channel"));
            s.status = parse_kebab(&form.text("Status")).unwrap_or_default();
            s.agenda = form.text("Agenda");
            s.shared_notes = form.text("Notes");
            s.private_notes = form.text("Private notes");
            s.goals = goals;
        };
        match target {
            FormTarget::Session(id) => {
                let s = m
                    .sessions
                    .iter_mut()
                    .find(|s| s.id.as_str() == id)
                    .ok_or(None)?;
                fill(s, goals);
            }
            _ => {
                let mut s = Session::new(
                    SessionId::from_number(ids.take().map_err(super::ids_exhausted)?),
                    at,
                    SessionStatus::Held,
                );
                fill(&mut s, goals);
                m.sessions.push(s);
            }
        }
        Ok(())
    })
}

pub fn action_form(target: FormTarget, a: Option<&ActionItem>) -> Form {
    let title = match a {
        Some(a) => format!("Edit action \"{}\"", a.text),
        None => "New action item".to_string(),
    };
    let fields = vec![
        Field::new(
            "Text",
            K::Required,
            a.map(|a| a.text.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Owner",
            K::Choice(Owner::NAMES),
            a.map_or("mentee", |a| a.owner.name()),
        ),
        Field::new(
            "Due",
            K::Date { required: false },
            a.and_then(|a| a.due)
                .map(|d| iso(d).to_string())
                .unwrap_or_default(),
        ),
    ];
    Form::new(target, title, fields).shared_except(&[])
}

pub fn apply_action(
    state: &mut State,
    form: &Form,
    target: &FormTarget,
) -> Result<(String, Vec<Effect>), Refusal> {
    let today = state.today;
    let text = form.text("Text");
    let (owner_id, label) = match target {
        FormTarget::Action(id) => (id.as_str(), format!("edit action {text}")),
        FormTarget::NewAction { session } => (session.as_str(), format!("add action {text}")),
        _ => return Err(None),
    };
    change(state, owner_id, label, |m, ids| {
        let fill = |a: &mut ActionItem| {
            a.text = form.text("Text");
            a.owner = parse_kebab(&form.text("Owner")).unwrap_or_default();
            a.due = form.opt_date("Due", today);
        };
        match target {
            FormTarget::Action(id) => {
                let a = m
                    .sessions
                    .iter_mut()
                    .flat_map(|s| s.actions.iter_mut())
                    .find(|a| a.id.as_str() == id)
                    .ok_or(None)?;
                fill(a);
            }
            _ => {
                let s = m
                    .sessions
                    .iter_mut()
                    .find(|s| s.id.as_str() == owner_id)
                    .ok_or(None)?;
                let mut a = ActionItem {
                    id: ActionId::from_number(ids.take().map_err(super::ids_exhausted)?),
                    text: String::new(),
                    owner: Owner::Mentee,
                    due: None,
                    done_on: None,
                };
                fill(&mut a);
                s.actions.push(a);
            }
        }
        Ok::<(), Refusal>(())
    })
}

/// The form to plan a series: when it starts, how often, how many or until when.
pub fn series_form(m: &crate::domain::Mentee, today: chrono::NaiveDate) -> Form {
    let first = crate::domain::derived::cadence_due(m)
        .map(|d| d.max(today))
        .unwrap_or(today + chrono::Duration::days(1));
    let every = m
        .agreement
        .cadence
        .map(|c| {
            format!(
                "{} {}",
                c.every,
                match c.unit {
                    crate::domain::CadenceUnit::Days => "days",
                    crate::domain::CadenceUnit::Weeks => "weeks",
                    crate::domain::CadenceUnit::Months => "months",
                }
            )
        })
        .unwrap_or_default();
    let fields = vec![
        Field::new(
            "First date",
            K::Date { required: true },
            iso(first).to_string(),
        ),
        Field::new("Time", K::Time, "10:00"),
        Field::new("Every", K::Cadence, every),
        Field::new("Count", K::Count, "6"),
        Field::new("Until", K::Date { required: false }, ""),
        Field::new(
            "Minutes",
            K::Minutes,
            m.agreement
                .session_minutes
                .map(|n| n.to_string())
                .unwrap_or_default(),
        ),
        Field::new("Agenda", K::Notes, ""),
    ];
    Form::new(
        FormTarget::NewSeries {
            mentee: m.id.0.clone(),
        },
        format!("Plan sessions with {}", m.name),
        fields,
    )
    .sharing(
        &["First date", "Time", "Minutes", "Agenda"],
        super::super::form::Sharing::Shared,
    )
}

/// Plans the series: planned sessions at the same local time, linked to a new series record.
pub fn apply_series(
    state: &mut State,
    form: &Form,
    mentee: &str,
) -> Result<(String, Vec<Effect>), Refusal> {
    use crate::domain::schedule::ScheduleError;
    use crate::domain::{Cadence, Series, SeriesId, SeriesSlot};
    let today = state.today;
    let from = form
        .opt_date("First date", today)
        .ok_or(Some(("First date", "required".to_string())))?;
    let time = chrono::NaiveTime::parse_from_str(&form.text("Time"), "%H:%M")
        .map_err(|_| Some(("Time", "a time like 10:00".to_string())))?;
    let every = Cadence::parse(&form.text("Every"))
        .map_err(|_| Some(("Every", "say how often, like 2w".to_string())))?;
    let count = form.text("Count").parse::<u32>().ok();
    let until = form.opt_date("Until", today);
    let count = if until.is_some() { None } else { count };
    let moments = state
        .zone
        .occurrences(from, time, every, count, until)
        .map_err(|e| match e {
            ScheduleError::EndBeforeStart(_) => Some(("Until", e.to_string())),
            ScheduleError::NoEnd | ScheduleError::TooMany => Some(("Count", e.to_string())),
            ScheduleError::OutOfRange => Some(("First date", e.to_string())),
        })?;
    let minutes = form.text("Minutes").parse().ok();
    let agenda = form.text("Agenda");
    let label = format!(
        "plan {}",
        crate::domain::text::plural(moments.len(), "session", "sessions")
    );
    change(state, mentee, label, |m, ids| {
        let id = SeriesId::from_number(ids.take().map_err(super::ids_exhausted)?);
        let minutes = minutes.or(m.agreement.session_minutes);
        let channel = m.agreement.channels.first().copied();
        for at in &moments {
            let mut s = Session::new(
                SessionId::from_number(ids.take().map_err(super::ids_exhausted)?),
                *at,
                SessionStatus::Planned,
            );
            s.minutes = minutes;
            s.channel = channel;
            s.agenda = agenda.clone();
            s.series = Some(SeriesSlot {
                id: id.clone(),
                slot: *at,
            });
            m.sessions.push(s);
        }
        m.series.push(Series {
            id,
            every,
            first: moments[0],
            count: moments.len() as u32,
            minutes,
        });
        Ok(())
    })
}
