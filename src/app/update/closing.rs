//! The closing review (issue 20): opening it on a concluded mentee (`w`, and by itself when a
//! mentee is concluded), scrolling it, and the closing note's form (`e`).

use super::super::action::{Action, ClosingAction, Effect};
use super::super::closing::{self, Open};
use super::super::detail;
use super::super::forms;
use super::super::state::{Popup, State};
use super::super::view;
use crate::domain::{MenteeId, MenteeStatus};
use crate::t;

pub fn update(state: &mut State, action: ClosingAction) -> Vec<Effect> {
    match action {
        ClosingAction::Open => open_selected(state),
        ClosingAction::Write => write(state),
    }
    Vec::new()
}

/// Opens the review of `mentee`, from its top.
pub fn open(state: &mut State, mentee: MenteeId) {
    state.popup = Some(Popup::Closing(Box::new(Open::new(mentee))));
}

/// `w`: the selected mentee's review, once they are concluded.
fn open_selected(state: &mut State) {
    let Some(m) = view::mentee(state) else {
        state.error(t!("app-no-mentee-selected"));
        return;
    };
    if m.status != MenteeStatus::Concluded {
        let name = crate::domain::text::line(&m.name).into_owned();
        state.error(t!("close-not-concluded", name = name));
        return;
    }
    let id = m.id.clone();
    open(state, id);
}

/// `e` in the review: the closing note's form (the review shows again once it is saved).
fn write(state: &mut State) {
    let Some(Popup::Closing(open)) = &state.popup else {
        return;
    };
    let Some(m) = state.ws.mentees.iter().find(|m| m.id == open.mentee) else {
        state.error(t!("app-mentee-gone"));
        return;
    };
    state.popup = Some(Popup::Form(Box::new(forms::closing_form(m))));
}

/// Scrolls the review: by a line, a page, or to either end (never past the last page).
pub fn scroll(state: &mut State, action: &Action) {
    let Some(Popup::Closing(open)) = &state.popup else {
        return;
    };
    let max = closing::max_scroll(state, open);
    let page = detail::page(state);
    let to = super::navigate::scrolled(open.scroll.min(max), max, page, action);
    if let Some(Popup::Closing(open)) = &mut state.popup {
        open.scroll = to.min(max);
    }
}
