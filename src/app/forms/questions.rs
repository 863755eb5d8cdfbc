//! Questions to ask in the session form (issue 20): the brief's proposals for the form's mentee,
//! put onto the agenda one at a time (`Ctrl-o`, each with its reason on the status line), and,
//! once the session is saved, each proposed question its agenda holds remembered as asked
//! ([`Op::AskQuestion`], one step after the session's own).

use super::super::action::Effect;
use super::super::form::{Form, FormTarget};
use super::super::state::{Popup, State};
use crate::domain::brief::of_mentee_with;
use crate::domain::ops::Op;
use crate::domain::questions::propose::Proposal;
use crate::domain::{Mentee, MenteeId};
use crate::t;

/// The label of the field the questions go into.
const AGENDA: &str = "Agenda";

/// The mentee of a session form (a new session's, or the session's being edited).
fn mentee_of<'a>(state: &'a State, form: &Form) -> Option<&'a Mentee> {
    let index = match &form.target {
        FormTarget::NewSession { mentee } => state.ws.mentees.iter().position(|m| &m.id == mentee),
        FormTarget::Session(id) => state.ws.find_session(id.as_str()).ok().map(|(m, _)| m),
        _ => None,
    }?;
    state.ws.mentees.get(index).map(|m| m.as_ref())
}

/// The questions the brief proposes for `m` today.
fn proposals(state: &State, m: &Mentee) -> Vec<Proposal> {
    of_mentee_with(m, state.today, &state.questions).questions
}

fn lines(agenda: &str) -> Vec<&str> {
    agenda.lines().map(str::trim).collect()
}

/// `Ctrl-o` in a session form: the first proposed question not yet on the agenda goes on it as
/// a line of its own; the status line says which it was (1 to 3) and why.
pub fn insert_next(state: &mut State) {
    let Some(Popup::Form(form)) = &state.popup else {
        return;
    };
    let Some(m) = mentee_of(state, form) else {
        state.error(t!("qs-app-form-sessions-only"));
        return;
    };
    let Some(at) = form.fields.iter().position(|f| f.label == AGENDA) else {
        state.error(t!("qs-app-form-sessions-only"));
        return;
    };
    let proposed = proposals(state, m);
    let now = form.fields[at].value().trim_end().to_string();
    let had = lines(&now);
    let Some((n, q)) = proposed
        .iter()
        .enumerate()
        .find(|(_, q)| !had.contains(&q.text.trim()))
    else {
        state.info(t!("qs-app-form-all-in", count = proposed.len()));
        return;
    };
    let text = match now.as_str() {
        "" => q.text.clone(),
        _ => format!("{now}\n{}", q.text),
    };
    let said = t!(
        "qs-app-form-added",
        n = n + 1,
        count = proposed.len(),
        reason = q.reason.as_str()
    );
    if let Some(Popup::Form(form)) = &mut state.popup {
        let field = &mut form.fields[at];
        field.input = tui_input::Input::new(text);
        field.error = None;
        form.focus = at;
        form.dirty = true;
    }
    state.info(said);
}

/// After a session of `mentee` was saved with `agenda`: each question proposed for them that is
/// a line of it is remembered as asked. The effects of those steps (a save).
pub fn remember_asked(state: &mut State, mentee: &MenteeId, agenda: &str) -> Vec<Effect> {
    let Some(m) = state.ws.mentees.iter().find(|m| &m.id == mentee) else {
        return Vec::new();
    };
    let on = lines(agenda);
    let asked: Vec<String> = proposals(state, m)
        .into_iter()
        .filter(|q| on.contains(&q.text.trim()))
        .map(|q| q.key)
        .collect();
    let mut effects = Vec::new();
    for key in asked {
        let op = Op::AskQuestion {
            mentee: mentee.clone(),
            question: key.clone(),
            agenda: None,
        };
        if let Ok((_, more)) =
            super::super::edit::apply(state, op, t!("qs-app-did-ask", key = key.as_str()))
        {
            for e in more {
                if !effects.contains(&e) {
                    effects.push(e);
                }
            }
        }
    }
    effects
}
