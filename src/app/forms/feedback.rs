//! The feedback and connection forms.

use super::super::action::Effect;
use super::super::form::{Field, FieldKind as K, Form, FormTarget};
use super::super::state::State;
use super::{Refusal, change, date};
use crate::domain::dates::iso;
use crate::domain::workspace::parse_kebab;
use crate::domain::{
    Connection, ConnectionId, ConnectionKind, ConnectionStatus, Feedback, FeedbackId, FeedbackKind,
    Visibility,
};

pub fn feedback_form(target: FormTarget, f: Option<&Feedback>) -> Form {
    let title = match f {
        Some(f) => format!("Edit {} feedback of {}", f.kind, f.date),
        None => "New feedback".to_string(),
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
        Field::new(
            "Goal",
            K::Text,
            f.and_then(|f| f.goal.as_ref())
                .map(|g| g.0.clone())
                .unwrap_or_default(),
        ),
        Field::new(
            "Date",
            K::Date { required: true },
            f.map_or("today".into(), |f| iso(f.date).to_string()),
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
) -> Result<(String, Vec<Effect>), Refusal> {
    let today = state.today;
    let (owner, label) = match target {
        FormTarget::Feedback(id) => (id.as_str(), "edit feedback".to_string()),
        FormTarget::NewFeedback { mentee } => (mentee.as_str(), "add feedback".to_string()),
        _ => return Err(None),
    };
    change(state, owner, label, |m, ids| {
        let goal_text = form.text("Goal");
        let goal = if goal_text.is_empty() {
            None
        } else {
            Some(
                m.goals
                    .iter()
                    .find(|g| g.id.as_str() == goal_text)
                    .map(|g| g.id.clone())
                    .ok_or_else(|| {
                        Some((
                            "Goal",
                            format!("{goal_text} is not one of {}'s goals", m.name),
                        ))
                    })?,
            )
        };
        let kind = parse_kebab(&form.text("Kind")).unwrap_or(FeedbackKind::Observation);
        let visibility = parse_kebab(&form.text("Visibility")).unwrap_or_default();
        let date = form.opt_date("Date", today).unwrap_or(today);
        let text = form.text("Text");
        match target {
            FormTarget::Feedback(id) => {
                let f = m
                    .feedback
                    .iter_mut()
                    .find(|f| f.id.as_str() == id)
                    .ok_or(None)?;
                (f.kind, f.text, f.visibility, f.goal, f.date) =
                    (kind, text, visibility, goal, date);
            }
            _ => m.feedback.push(Feedback {
                id: FeedbackId::from_number(ids.take().map_err(super::ids_exhausted)?),
                date,
                kind,
                text,
                goal,
                visibility,
            }),
        }
        Ok(())
    })
}

pub fn connection_form(target: FormTarget, c: Option<&Connection>) -> Form {
    let title = match c {
        Some(c) => format!("Edit connection \"{}\"", c.title),
        None => "New connection".to_string(),
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
) -> Result<(String, Vec<Effect>), Refusal> {
    let today = state.today;
    let title = form.text("Title");
    let (owner, label) = match target {
        FormTarget::Connection(id) => (id.as_str(), format!("edit connection {title}")),
        FormTarget::NewConnection { mentee } => {
            (mentee.as_str(), format!("add connection {title}"))
        }
        _ => return Err(None),
    };
    change(state, owner, label, |m, ids| {
        let fill = |c: &mut Connection| {
            c.kind = parse_kebab(&form.text("Kind")).unwrap_or(ConnectionKind::Resource);
            c.title = form.text("Title");
            c.who = form.text("Who");
            c.note = form.text("Note");
            c.status = parse_kebab(&form.text("Status")).unwrap_or_default();
            c.date = form.opt_date("Date", today);
        };
        match target {
            FormTarget::Connection(id) => {
                let c = m
                    .connections
                    .iter_mut()
                    .find(|c| c.id.as_str() == id)
                    .ok_or(None)?;
                fill(c);
            }
            _ => {
                let mut c = Connection {
                    id: ConnectionId::from_number(ids.take().map_err(super::ids_exhausted)?),
                    kind: ConnectionKind::Resource,
                    title: String::new(),
                    who: String::new(),
                    note: String::new(),
                    status: ConnectionStatus::Suggested,
                    date: None,
                };
                fill(&mut c);
                m.connections.push(c);
            }
        }
        Ok::<(), Refusal>(())
    })
}
