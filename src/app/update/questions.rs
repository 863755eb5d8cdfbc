//! A question the brief proposes, asked (issue 20): its words go onto the agenda of the
//! mentee's next planned session and the mentee remembers it as asked, in one undoable step
//! ([`Op::AskQuestion`]); with no session planned it is remembered and a new session's form
//! opens with it as the agenda.

use super::super::action::Effect;
use super::super::brief;
use super::super::state::{Popup, State};
use super::super::{edit, forms};
use crate::domain::brief::Brief;
use crate::domain::ops::Op;
use crate::domain::questions::propose::Proposal;
use crate::domain::{MenteeId, SessionId};
use crate::t;

/// `1` to `3` in the brief: question `n` (from 1), marked and asked.
pub fn ask_nth(state: &mut State, n: usize) -> Vec<Effect> {
    let Some(Popup::Brief(open)) = &state.popup else {
        return Vec::new();
    };
    let Some(b) = brief::of(state, open) else {
        state.error(t!("app-mentee-gone"));
        return Vec::new();
    };
    let Some(q) = n.checked_sub(1).and_then(|i| b.questions.get(i)).cloned() else {
        state.error(t!("qs-app-no-question", n = n));
        return Vec::new();
    };
    if let Some(Popup::Brief(open)) = &mut state.popup {
        open.pick = b.suggestions.len() + n - 1;
    }
    ask(state, &b, &q)
}

/// Asks `q`, proposed in the brief `b`.
pub fn ask(state: &mut State, b: &Brief, q: &Proposal) -> Vec<Effect> {
    let mentee = MenteeId(b.mentee_id.clone());
    let agenda = b
        .next_session
        .as_ref()
        .map(|s| (SessionId(s.id.clone()), q.text.clone()));
    let when = b
        .next_session
        .as_ref()
        .map(|s| crate::i18n::date::with_weekday(&s.at, s.at.format("%m-%d")));
    let op = Op::AskQuestion {
        mentee: mentee.clone(),
        question: q.key.clone(),
        agenda,
    };
    let effects = match edit::apply(state, op, t!("qs-app-did-ask", key = q.key.as_str())) {
        Ok((_, effects)) => effects,
        Err(e) => {
            state.error(e.to_string());
            return Vec::new();
        }
    };
    match when {
        Some(when) => state.info(t!("qs-app-asked", key = q.key.as_str(), when = when)),
        None => new_session(state, &mentee, &q.text),
    }
    effects
}

/// No session planned: a new session's form, planned for tomorrow, with the question as its
/// agenda.
fn new_session(state: &mut State, mentee: &MenteeId, text: &str) {
    let Some(m) = state.ws.mentees.iter().find(|m| &m.id == mentee) else {
        return;
    };
    let mut form = forms::session_on(m, state.today + chrono::Duration::days(1), state.today);
    if let Some(f) = form.fields.iter_mut().find(|f| f.label == "Agenda") {
        f.input = tui_input::Input::new(text.to_string());
    }
    form.dirty = true;
    state.popup = Some(Popup::Form(Box::new(form)));
    state.info(t!("qs-app-asked-new-session"));
}
