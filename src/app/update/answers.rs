//! Answers to the open popup: yes (`Confirm`), no (`Decline`) and back (`Cancel`).

use super::super::action::Effect;
use super::super::state::{ConfirmKind, Popup, State};
use super::super::view;
use crate::t;

pub fn cancel(state: &mut State) {
    state.leaving = false;
    state.popup = match state.popup.take() {
        Some(Popup::Form(form)) if form.dirty => Some(Popup::DiscardForm(form)),
        Some(Popup::DiscardForm(form)) | Some(Popup::Conclude { form, .. }) => {
            Some(Popup::Form(form))
        }
        Some(Popup::Unsaved(unsaved)) => super::leave::back(*unsaved),
        // Esc in the reason to decline goes back to the Inbox.
        Some(Popup::Inbox(mut open)) if open.reason.is_some() => {
            open.reason = None;
            Some(Popup::Inbox(open))
        }
        // Esc in help clears the search first.
        Some(Popup::Help(mut help)) if !help.query.value().is_empty() => {
            help.query = tui_input::Input::default();
            help.scroll = 0;
            Some(Popup::Help(help))
        }
        _ => None,
    };
}

/// `n`: keeps the planned sessions of a mentee being concluded and saves; elsewhere, as `Esc`.
pub fn decline(state: &mut State) -> Vec<Effect> {
    match state.popup.take() {
        Some(Popup::Conclude { mut form, .. }) => {
            form.cancel_planned = Some(false);
            state.popup = Some(Popup::Form(form));
            super::form::submit(state)
        }
        other => {
            state.popup = other;
            cancel(state);
            Vec::new()
        }
    }
}

pub fn confirm(state: &mut State) -> Vec<Effect> {
    match state.popup.take() {
        Some(Popup::Confirm(c)) => match c.kind {
            ConfirmKind::Delete => super::records::delete(state, &c),
            ConfirmKind::HoldFuture => {
                if view::selected_id(state, c.list).as_ref() == Some(&c.id) {
                    super::records::toggle_done(state, true)
                } else {
                    state.error(t!("app-session-not-selected"));
                    Vec::new()
                }
            }
        },
        Some(Popup::Conclude { mut form, .. }) => {
            form.cancel_planned = Some(true);
            state.popup = Some(Popup::Form(form));
            super::form::submit(state)
        }
        // Discarding a form on the way out (Ctrl-c) goes on to quit.
        Some(Popup::DiscardForm(_)) if state.leaving => {
            state.leaving = false;
            super::leave::leave(state)
        }
        Some(Popup::DiscardForm(_)) => Vec::new(),
        other => {
            state.popup = other;
            Vec::new()
        }
    }
}
