//! The states the app's tests start from, and a way to apply actions: one copy for every module
//! of this group.

use crate::common::today;
use mentor::app::{Action, Effect, State, update};
use mentor::domain::Workspace;

/// The demo workspace, as the app opens it today.
pub fn demo() -> State {
    State::new(mentor::demo::demo_workspace(today()), today(), "test.json")
}

/// A workspace with nothing in it yet.
pub fn empty() -> State {
    State::new(
        Workspace {
            next_id: 1,
            ..Workspace::default()
        },
        today(),
        "test.json",
    )
}

/// Applies `actions` in turn; the effects they asked for, in order.
pub fn run(state: &mut State, actions: impl IntoIterator<Item = Action>) -> Vec<Effect> {
    actions.into_iter().flat_map(|a| update(state, a)).collect()
}
