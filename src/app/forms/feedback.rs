//! The feedback and connection forms.

use super::super::form::{Field, FieldKind as K, Form, FormTarget, Picks};
use super::super::state::State;
use super::{Done, Refusal, date, goal_options, run};
use crate::domain::dates::iso;
use crate::domain::derived::{Balance, feedback_balance};
use crate::domain::fit::{Advice, FeedbackPreference, advice};
use crate::domain::ops::Op;
use crate::domain::workspace::parse_kebab;
use crate::domain::{
    Connection, ConnectionId, ConnectionKind, ConnectionStatus, Feedback, FeedbackId, FeedbackKind,
    Goal, GoalId, Visibility,
};
use crate::t;

/// The feedback form; its "Goal" is picked from `goals`, the mentee's.
pub fn feedback_form(target: FormTarget, f: Option<&Feedback>, goals: &[Goal]) -> Form {
    let title = match f {
        Some(f) => t!(
            "app-title-edit-feedback",
            kind = f.kind.to_string(),
            date = iso(f.date).to_string()
        ),
        None => t!("app-title-new-feedback"),
    };
    let fields = vec![
        Field::new(
            "Kind",
            K::Choice(FeedbackKind::NAMES),
            f.map_or("strength", |f| f.kind.name()),
        ),
        Field::new(
            "Text",
            K::Required,
            f.map(|f| f.text.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Visibility",
            K::Choice(Visibility::NAMES),
            f.map_or("shared", |f| f.visibility.name()),
        ),
        Field::pick(
            "Goal",
            Picks::new(
                goal_options(goals),
                &f.and_then(|f| f.goal.as_ref())
                    .map(|g| vec![g.0.clone()])
                    .unwrap_or_default(),
                false,
            ),
        ),
        Field::new(
            "Date",
            K::Date { required: true },
            f.map_or_else(|| t!("app-value-today"), |f| iso(f.date).to_string()),
        ),
    ];
    // Feedback is the mentee's to see when its visibility says so.
    Form::new(target, title, fields).sharing(
        &["Kind", "Text", "Goal", "Date"],
        super::super::form::Sharing::WhenVisible,
    )
}

pub fn apply_feedback(
    state: &mut State,
    form: &Form,
    target: &FormTarget,
) -> Result<Done, Refusal> {
    let today = state.today;
    let mut f = Feedback {
        id: FeedbackId::from_number(0),
        date: form.opt_date("Date", today).unwrap_or(today),
        kind: parse_kebab(&form.text("Kind")).unwrap_or(FeedbackKind::Observation),
        text: form.text("Text"),
        goal: form.picked("Goal").into_iter().next().map(GoalId),
        visibility: parse_kebab(&form.text("Visibility")).unwrap_or_default(),
    };
    let (op, label) = match target {
        FormTarget::Feedback(id) => {
            f.id = id.clone();
            (Op::EditFeedback(f), t!("app-did-edit-feedback"))
        }
        FormTarget::NewFeedback { mentee } => {
            let op = Op::AddFeedback {
                mentee: mentee.clone(),
                feedback: f,
            };
            (op, t!("app-did-add-feedback"))
        }
        _ => return Err(None),
    };
    run(state, op, label, "Goal")
}

pub fn connection_form(target: FormTarget, c: Option<&Connection>) -> Form {
    let title = match c {
        Some(c) => t!("app-title-edit-connection", title = c.title.as_str()),
        None => t!("app-title-new-connection"),
    };
    let fields = vec![
        Field::new(
            "Kind",
            K::Choice(ConnectionKind::NAMES),
            c.map_or("introduction", |c| c.kind.name()),
        ),
        Field::new(
            "Title",
            K::Required,
            c.map(|c| c.title.clone()).unwrap_or_default(),
        ),
        Field::new("Who", K::Text, c.map(|c| c.who.clone()).unwrap_or_default()),
        Field::new(
            "Note",
            K::Notes,
            c.map(|c| c.note.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Status",
            K::Choice(ConnectionStatus::NAMES),
            c.map_or("suggested", |c| c.status.name()),
        ),
        Field::new(
            "Date",
            K::Date { required: false },
            date(c.and_then(|c| c.date)),
        ),
    ];
    Form::new(target, title, fields).shared_except(&[])
}

pub fn apply_connection(
    state: &mut State,
    form: &Form,
    target: &FormTarget,
) -> Result<Done, Refusal> {
    let today = state.today;
    let title = form.text("Title");
    let mut c = Connection {
        id: ConnectionId::from_number(0),
        kind: parse_kebab(&form.text("Kind")).unwrap_or(ConnectionKind::Resource),
        title: title.clone(),
        who: form.text("Who"),
        note: form.text("Note"),
        status: parse_kebab(&form.text("Status")).unwrap_or_default(),
        date: form.opt_date("Date", today),
    };
    let (op, label) = match target {
        FormTarget::Connection(id) => {
            c.id = id.clone();
            (
                Op::EditConnection(c),
                t!("app-did-edit-connection", title = title.as_str()),
            )
        }
        FormTarget::NewConnection { mentee } => {
            let op = Op::AddConnection {
                mentee: mentee.clone(),
                connection: c,
            };
            (op, t!("app-did-add-connection", title = title.as_str()))
        }
        _ => return Err(None),
    };
    run(state, op, label, "")
}

/// How many of the latest notes the form's balance counts (as the Feedback tab's meter).
pub const GUIDE_BALANCE_WINDOW: usize = 10;

/// What the feedback form shows beside its fields while the mentor writes: how the mentee
/// prefers feedback (the agreement's), the balance of their latest notes, and the advice for the
/// note as it stands (its kind and date; [`crate::domain::fit::advice`]). Never a refusal.
#[derive(Debug, Clone, PartialEq)]
pub struct Guide {
    pub preferences: Vec<FeedbackPreference>,
    pub more_of: String,
    pub balance: Balance,
    pub advice: Option<Advice>,
}

/// The guide of a feedback form; `None` for any other form (or a mentee no longer there).
pub fn guide(state: &State, form: &Form) -> Option<Guide> {
    let (m, editing) = match &form.target {
        FormTarget::NewFeedback { mentee } => {
            (state.ws.mentees.iter().find(|m| &m.id == mentee)?, None)
        }
        FormTarget::Feedback(id) => (
            state
                .ws
                .mentees
                .iter()
                .find(|m| m.feedback.iter().any(|f| &f.id == id))?,
            Some(id),
        ),
        _ => return None,
    };
    let kind = parse_kebab(&form.text("Kind")).unwrap_or(FeedbackKind::Observation);
    let on = form.opt_date("Date", state.today).unwrap_or(state.today);
    Some(Guide {
        preferences: m.agreement.feedback_preferences.clone(),
        more_of: m.agreement.feedback_more_of.clone(),
        balance: feedback_balance(&m.feedback, GUIDE_BALANCE_WINDOW),
        advice: advice(m, kind, on, editing),
    })
}
