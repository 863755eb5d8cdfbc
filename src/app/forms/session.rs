//! The session and action item forms.

use super::super::form::{Field, FieldKind as K, Form, FormTarget, Picks, read_datetime};
use super::super::state::State;
use super::{Done, Refusal, goal_options, run};
use crate::domain::Cadence;
use crate::domain::dates::iso;
use crate::domain::ops::{Op, SeriesPlan};
use crate::domain::workspace::parse_kebab;
use crate::domain::{ActionId, ActionItem, Goal, GoalId, Owner, Session, SessionId, SessionStatus};
use crate::t;

/// Channels of a session, with "-" for none.
const CHANNELS: &[&str] = &["-", "in-person", "video", "phone", "chat", "email"];

/// The session form; its "Goals" are picked from `goals`, the mentee's.
pub fn session_form(target: FormTarget, s: Option<&Session>, goals: &[Goal]) -> Form {
    let title = match s {
        Some(s) => t!(
            "app-title-edit-session",
            at = s.at.format("%Y-%m-%d %H:%M").to_string()
        ),
        None => t!("app-title-new-session"),
    };
    let fields = vec![
        Field::new(
            "When",
            K::DateTime,
            s.map_or_else(
                || format!("{} 10:00", t!("app-value-today")),
                |s| s.at.format("%Y-%m-%d %H:%M").to_string(),
            ),
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
        Field::pick(
            "Goals",
            Picks::new(
                goal_options(goals),
                &s.map(|s| s.goals.iter().map(|g| g.0.clone()).collect::<Vec<_>>())
                    .unwrap_or_default(),
                true,
            ),
        ),
        level_field(MOOD, s.and_then(|s| s.mood)),
        level_field(ENERGY, s.and_then(|s| s.energy)),
        level_field(MENTOR_ENERGY, s.and_then(|s| s.mentor_energy)),
    ];
    Form::new(target, title, fields).shared_except(&["Channel", "Private notes", MENTOR_ENERGY])
}

/// The session form's levels, 1 to 5: the mentee's mood and energy in the session, and the
/// mentor's own energy after it (the mentor's alone: the mentee never sees it).
pub const MOOD: &str = "Mood";
pub const ENERGY: &str = "Energy";
pub const MENTOR_ENERGY: &str = "Your energy";

fn level_field(label: &'static str, value: Option<u8>) -> Field {
    Field::new(
        label,
        K::Level,
        value.map(|n| n.to_string()).unwrap_or_default(),
    )
}

pub fn apply_session(state: &mut State, form: &Form, target: &FormTarget) -> Result<Done, Refusal> {
    let at = read_datetime(&form.text("When"), state.today, state.zone)
        .map_err(|e| Some(("When", crate::i18n::date_error_short(&e))))?;
    let (mentee, mut s, label) = match target {
        FormTarget::Session(id) => {
            let (m, k) = state.ws.find_session(id.as_str()).map_err(|_| None)?;
            let s = state.ws.mentees[m].sessions[k].clone();
            (
                m,
                s,
                t!(
                    "app-did-edit-session",
                    date = iso(at.date_naive()).to_string()
                ),
            )
        }
        FormTarget::NewSession { mentee } => {
            let m = state
                .ws
                .mentees
                .iter()
                .position(|m| &m.id == mentee)
                .ok_or(None)?;
            let s = Session::new(SessionId::from_number(0), at, SessionStatus::Held);
            (
                m,
                s,
                t!(
                    "app-did-add-session",
                    date = iso(at.date_naive()).to_string()
                ),
            )
        }
        _ => return Err(None),
    };
    let agreed = state.ws.mentees[mentee].agreement.session_minutes;
    s.at = at;
    s.minutes = form.text("Minutes").parse().ok().or(agreed);
    s.channel = parse_kebab(&form.text("Channel"));
    s.status = parse_kebab(&form.text("Status")).unwrap_or_default();
    s.agenda = form.text("Agenda");
    s.shared_notes = form.text("Notes");
    s.private_notes = form.text("Private notes");
    s.goals = form.picked("Goals").into_iter().map(GoalId).collect();
    s.mood = form.opt_level(MOOD);
    s.energy = form.opt_level(ENERGY);
    s.mentor_energy = form.opt_level(MENTOR_ENERGY);
    let (who, agenda) = (state.ws.mentees[mentee].id.clone(), s.agenda.clone());
    let op = match target {
        FormTarget::NewSession { mentee } => Op::AddSession {
            mentee: mentee.clone(),
            session: Box::new(s),
        },
        _ => Op::EditSession(Box::new(s)),
    };
    let (label, mut effects, warnings) = run(state, op, label, "Goals")?;
    // The brief's questions now on its agenda are remembered as asked.
    for e in super::questions::remember_asked(state, &who, &agenda) {
        if !effects.contains(&e) {
            effects.push(e);
        }
    }
    Ok((label, effects, warnings))
}

pub fn action_form(target: FormTarget, a: Option<&ActionItem>) -> Form {
    let title = match a {
        Some(a) => t!("app-title-edit-action", text = a.text.as_str()),
        None => t!("app-title-new-action"),
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

pub fn apply_action(state: &mut State, form: &Form, target: &FormTarget) -> Result<Done, Refusal> {
    let today = state.today;
    let text = form.text("Text");
    let fill = |a: &mut ActionItem| {
        a.text = form.text("Text");
        a.owner = parse_kebab(&form.text("Owner")).unwrap_or_default();
        a.due = form.opt_date("Due", today);
    };
    let (op, label) = match target {
        FormTarget::Action(id) => {
            let (m, s, x) = state.ws.find_action(id.as_str()).map_err(|_| None)?;
            let mut a = state.ws.mentees[m].sessions[s].actions[x].clone();
            fill(&mut a);
            (
                Op::EditAction(a),
                t!("app-did-edit-action", text = text.as_str()),
            )
        }
        FormTarget::NewAction { session } => {
            let mut a = ActionItem {
                id: ActionId::from_number(0),
                text: String::new(),
                owner: Owner::Mentee,
                due: None,
                done_on: None,
            };
            fill(&mut a);
            let op = Op::AddAction {
                session: session.clone(),
                action: a,
            };
            (op, t!("app-did-add-action", text = text.as_str()))
        }
        _ => return Err(None),
    };
    run(state, op, label, "")
}

/// The form to plan a series: when it starts, how often, how many or until when.
pub fn series_form(m: &crate::domain::Mentee, today: chrono::NaiveDate) -> Form {
    // The same defaults as the command line: the operation's.
    let first = SeriesPlan::first(m, today);
    let (count, until) = SeriesPlan::end(m, first);
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
        Field::new(
            "Count",
            K::Count,
            count.map(|n| n.to_string()).unwrap_or_default(),
        ),
        Field::new(
            "Until",
            K::Date { required: false },
            until.map(|d| iso(d).to_string()).unwrap_or_default(),
        ),
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
            mentee: m.id.clone(),
        },
        t!("app-title-plan", name = m.name.as_str()),
        fields,
    )
    .sharing(
        &["First date", "Time", "Minutes", "Agenda"],
        super::super::form::Sharing::Shared,
    )
}

/// Plans the series through the domain's operation, with the form's values.
pub fn apply_series(
    state: &mut State,
    form: &Form,
    mentee: crate::domain::MenteeId,
) -> Result<Done, Refusal> {
    let today = state.today;
    let from = form
        .opt_date("First date", today)
        .ok_or(Some(("First date", t!("app-check-required"))))?;
    let time = chrono::NaiveTime::parse_from_str(&form.text("Time"), "%H:%M")
        .map_err(|_| Some(("Time", t!("app-check-time"))))?;
    let every =
        Cadence::parse(&form.text("Every")).map_err(|_| Some(("Every", t!("app-check-every"))))?;
    let until = form.opt_date("Until", today);
    // As on the command line: a count and an end date, whichever comes first.
    let count = form.text("Count").parse::<u32>().ok();
    // The form shows the default end (see `series_form`); emptied, it asks for one.
    if count.is_none() && until.is_none() {
        let e = crate::domain::schedule::ScheduleError::NoEnd;
        return Err(Some(("Count", e.to_string())));
    }
    let plan = SeriesPlan {
        from: Some(from),
        time,
        every: Some(every),
        count,
        until,
        minutes: form.text("Minutes").parse().ok(),
        channel: None,
        agenda: form.text("Agenda"),
    };
    let op = Op::PlanSeries { mentee, plan };
    let label = |applied: &crate::domain::ops::Applied| t!("app-did-plan", count = applied.count);
    match crate::app::edit::apply_labelled(state, op, label) {
        Ok((applied, effects)) => Ok((label(&applied), effects, applied.warnings)),
        Err(e) => Err(super::refusal(e, "")),
    }
}
