//! The mentee form: who they are and the agreement.

use super::super::form::{Field, FieldKind as K, Form, FormTarget, Picks};
use super::super::state::State;
use super::{Done, Refusal, date, run};
use crate::domain::config::NewMentee;
use crate::domain::fit::FeedbackPreference;
use crate::domain::ops::Op;
use crate::domain::workspace::parse_kebab;
use crate::domain::{Cadence, Channel, Mentee, MenteeId, MenteeStatus, MentoringKind};
use crate::t;

/// The form of `m`, or of a new mentee whose agreement starts with `defaults` (the config
/// file's `[new_mentee]`).
pub fn form(m: Option<&Mentee>, defaults: &NewMentee) -> Form {
    let (target, title) = match m {
        Some(m) => (
            FormTarget::Mentee(m.id.clone()),
            t!("app-title-edit-mentee", name = m.name.as_str()),
        ),
        None => (FormTarget::NewMentee, t!("app-title-new-mentee")),
    };
    let a = m.map_or_else(|| defaults.agreement(), |m| m.agreement.clone());
    let fields = vec![
        Field::new(
            "Name",
            K::Required,
            m.map(|m| m.name.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Kind",
            K::Choice(MentoringKind::NAMES),
            m.map_or("career", |m| m.kind.name()),
        ),
        Field::new(
            "Status",
            K::Choice(MenteeStatus::NAMES),
            m.map_or("active", |m| m.status.name()),
        ),
        Field::new(
            "Started",
            K::Date { required: false },
            m.map_or_else(|| t!("app-value-today"), |m| date(m.started_on)),
        ),
        Field::new(
            "Aspirations",
            K::Notes,
            m.map(|m| m.aspirations.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Private notes",
            K::Notes,
            m.map(|m| m.private_notes.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Cadence",
            K::Cadence,
            a.cadence.map(short_cadence).unwrap_or_default(),
        ),
        Field::new(
            "Session minutes",
            K::Minutes,
            a.session_minutes.map(|n| n.to_string()).unwrap_or_default(),
        ),
        Field::new(
            "Channels",
            K::List,
            a.channels
                .iter()
                .map(|c| c.name())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Field::new("Response time", K::Text, a.response_time),
        Field::new("Boundaries", K::Text, a.boundaries),
        Field::new("Success measures", K::Text, a.success_measures),
        Field::new("Ends on", K::Date { required: false }, date(a.ends_on)),
        Field::pick(
            "Prefers feedback",
            preference_picks(&a.feedback_preferences),
        ),
        Field::new("Wants more of", K::Text, a.feedback_more_of),
    ];
    Form::new(target, title, fields).shared_except(&["Private notes"])
}

/// The feedback preferences to tick (Space), those of the agreement ticked.
fn preference_picks(chosen: &[FeedbackPreference]) -> Picks {
    let options = FeedbackPreference::VALUES
        .iter()
        .map(|p| (p.name().to_string(), p.shown().to_string()))
        .collect();
    let chosen: Vec<String> = chosen.iter().map(|p| p.name().to_string()).collect();
    Picks::new(options, &chosen, true)
}

/// `2w` for "every 2 weeks": what a person would type.
fn short_cadence(c: Cadence) -> String {
    let unit = match c.unit {
        crate::domain::CadenceUnit::Days => "d",
        crate::domain::CadenceUnit::Weeks => "w",
        crate::domain::CadenceUnit::Months => "m",
    };
    format!("{}{unit}", c.every)
}

fn fill(m: &mut Mentee, form: &Form, state_today: chrono::NaiveDate) -> Result<(), Refusal> {
    let mut channels = Vec::new();
    for name in form.list("Channels") {
        let c: Channel = parse_kebab(&name).ok_or_else(|| {
            Some((
                "Channels",
                t!(
                    "app-check-channel",
                    name = name.as_str(),
                    names = Channel::NAMES.join(", ")
                ),
            ))
        })?;
        if !channels.contains(&c) {
            channels.push(c);
        }
    }
    m.name = form.text("Name");
    m.kind = parse_kebab(&form.text("Kind")).unwrap_or_default();
    // Concluding (and what becomes of planned sessions) is the operation's.
    m.status = parse_kebab(&form.text("Status")).unwrap_or_default();
    m.started_on = form.opt_date("Started", state_today);
    m.aspirations = form.text("Aspirations");
    m.private_notes = form.text("Private notes");
    let a = &mut m.agreement;
    let cadence = form.text("Cadence");
    a.cadence = if cadence.is_empty() {
        None
    } else {
        Cadence::parse(&cadence).ok()
    };
    a.session_minutes = form.text("Session minutes").parse().ok();
    a.channels = channels;
    a.response_time = form.text("Response time");
    a.boundaries = form.text("Boundaries");
    a.success_measures = form.text("Success measures");
    a.ends_on = form.opt_date("Ends on", state_today);
    // In the order of the set, each once, whatever order they were ticked in.
    let picked = form.picked("Prefers feedback");
    a.feedback_preferences = FeedbackPreference::VALUES
        .iter()
        .copied()
        .filter(|p| picked.iter().any(|n| n == p.name()))
        .collect();
    a.feedback_more_of = form.text("Wants more of");
    Ok(())
}

/// How many sessions are still planned for a mentee this form concludes (status set to
/// concluded from another), when there are any: the question to ask before saving.
pub fn planned_to_conclude(state: &State, form: &Form) -> Option<usize> {
    let FormTarget::Mentee(id) = &form.target else {
        return None;
    };
    let status: MenteeStatus = parse_kebab(&form.text("Status"))?;
    let m = state.ws.mentees.iter().find(|m| &m.id == id)?;
    if status != MenteeStatus::Concluded || m.status == MenteeStatus::Concluded {
        return None;
    }
    Some(m.planned_from(state.today).len()).filter(|&n| n > 0)
}

/// The mentee this form concludes (status set to concluded from another), if it does: the one
/// whose closing review opens once it is saved.
pub fn concludes(state: &State, form: &Form) -> Option<MenteeId> {
    let FormTarget::Mentee(id) = &form.target else {
        return None;
    };
    let status: MenteeStatus = parse_kebab(&form.text("Status"))?;
    let m = state.ws.mentees.iter().find(|m| &m.id == id)?;
    (status == MenteeStatus::Concluded && m.status != MenteeStatus::Concluded).then(|| m.id.clone())
}

pub fn apply(state: &mut State, form: &Form, target: &FormTarget) -> Result<Done, Refusal> {
    let name = form.text("Name");
    let today = state.today;
    let (op, label) = match target {
        FormTarget::Mentee(id) => {
            let m = state.ws.mentees.iter().find(|m| &m.id == id).ok_or(None)?;
            let mut m = Mentee::clone(m);
            fill(&mut m, form, today)?;
            let op = Op::EditMentee {
                mentee: Box::new(m),
                cancel_planned: Some(form.cancel_planned == Some(true)),
            };
            (op, t!("app-did-edit-mentee", name = name.as_str()))
        }
        _ => {
            let mut m = Mentee::new(MenteeId::from_number(0), &name, today);
            fill(&mut m, form, today)?;
            (
                Op::AddMentee(Box::new(m)),
                t!("app-did-add-mentee", name = name.as_str()),
            )
        }
    };
    run(state, op, label, "")
}
