//! Syncing and the conflicts a sync left (issue 15): opening the list of conflicts, moving in
//! it, settling one (one domain operation through [`edit::apply`], so one undo step, and saved);
//! starting a sync, its progress, and what it brought.

use super::super::action::{Effect, SyncAction, SyncFailure};
use super::super::conflicts::{self, Open};
use super::super::edit;
use super::super::state::{Popup, SaveStatus, State};
use super::super::view;
use super::clamp_all;
use crate::domain::conflict::ConflictKind;
use crate::domain::ops::Op;
use crate::t;

pub fn update(state: &mut State, action: SyncAction) -> Vec<Effect> {
    match action {
        SyncAction::OpenConflicts => open(state),
        SyncAction::Move(by) => {
            let last = state.ws.conflicts.len().saturating_sub(1) as isize;
            if let Some(Popup::Conflicts(open)) = &mut state.popup {
                open.selected =
                    (open.selected.min(last as usize) as isize + by).clamp(0, last.max(0)) as usize;
            }
        }
        SyncAction::Resolve { take_other } => return resolve(state, take_other),
        SyncAction::Start => return start(state),
        SyncAction::Progress(step) => {
            if state.syncing.is_some() {
                state.syncing = Some(step);
            }
        }
        SyncAction::Done(result) => return done(state, result),
    }
    Vec::new()
}

/// `C`: the list of conflicts, on the selected mentee's first one when they have one.
fn open(state: &mut State) {
    if state.ws.conflicts.is_empty() {
        state.info(t!("app-no-conflicts"));
        return;
    }
    let selected = view::mentee(state)
        .and_then(|m| conflicts::first_of(&state.ws, m.id.as_str()))
        .unwrap_or(0);
    state.popup = Some(Popup::Conflicts(Open { selected }));
}

/// The words of settling a conflict of `kind` one way.
fn choice_words(kind: ConflictKind, take_other: bool) -> String {
    match (kind, take_other) {
        (ConflictKind::Field, false) => t!("app-conflict-kept-value"),
        (ConflictKind::Field, true) => t!("app-conflict-took-other"),
        (ConflictKind::Removed, false) => t!("app-conflict-kept-record"),
        (ConflictKind::Removed, true) => t!("app-conflict-removed-record"),
    }
}

/// Settles the selected conflict: keeps the value the merge kept, or takes the one it set aside.
fn resolve(state: &mut State, take_other: bool) -> Vec<Effect> {
    let Some(Popup::Conflicts(open)) = &state.popup else {
        return Vec::new();
    };
    let Some(c) = state.ws.conflicts.get(open.selected).cloned() else {
        state.info(t!("app-no-conflicts-left"));
        return Vec::new();
    };
    let d = conflicts::describe(&state.ws, &c);
    let words = choice_words(c.kind, take_other);
    let what = match d.field.as_str() {
        "" => d.record.clone(),
        field => format!("{}, {field}", d.record),
    };
    let op = Op::ResolveConflict {
        id: c.id.clone(),
        take_other,
    };
    match edit::apply(
        state,
        op,
        t!("app-did-settle", did = words.as_str(), what = what.as_str()),
    ) {
        Ok((_, effects)) => {
            clamp_all(state);
            let left = state.ws.conflicts.len();
            if let Some(Popup::Conflicts(open)) = &mut state.popup {
                open.selected = open.selected.min(left.saturating_sub(1));
            }
            state.info(t!(
                "app-settled",
                did = words.as_str(),
                what = what.as_str(),
                left = left
            ));
            effects
        }
        Err(e) => {
            state.error(t!("app-cannot-settle", why = e.to_string()));
            Vec::new()
        }
    }
}

/// The sync key: asks the shell to sync, unless one is under way or the last save failed (a
/// sync then would leave the edits in memory out of what it sends).
fn start(state: &mut State) -> Vec<Effect> {
    if state.syncing.is_some() {
        state.info(t!("app-sync-under-way"));
        return Vec::new();
    }
    if let SaveStatus::NotSaved(why) = &state.save {
        state.error(t!("app-sync-unsaved", why = why.as_str()));
        return Vec::new();
    }
    state.syncing = Some(t!("app-sync-starting"));
    vec![Effect::Sync]
}

/// The sync ended. After one that ran, the store is read again (through the reload every
/// outside change takes), and what came in is said once that is done.
fn done(state: &mut State, result: Result<String, SyncFailure>) -> Vec<Effect> {
    state.syncing = None;
    match result {
        Ok(summary) => {
            state.synced = Some(summary);
            vec![Effect::Reload]
        }
        Err(SyncFailure::NotSetUp) => {
            state.error(t!("app-sync-not-set-up"));
            Vec::new()
        }
        Err(SyncFailure::Failed(why)) => {
            // The reason can be long (git's own words): what matters comes first.
            state.error(t!("app-sync-failed", why = why));
            Vec::new()
        }
    }
}

/// While a sync runs, nothing changes the workspace (the store is read again after it, and a
/// change made meanwhile would have no place to go): true, with the reason said, for an action
/// that would.
pub fn held_back(state: &mut State, action: &super::super::Action) -> bool {
    use super::super::Action;
    if state.syncing.is_none() {
        return false;
    }
    if matches!(action, Action::Sync(SyncAction::Start)) {
        return false;
    }
    let held = action.is_edit() || matches!(action, Action::Reload | Action::Quit);
    if held {
        state.error(if matches!(action, Action::Quit) {
            t!("app-sync-quit-waits")
        } else {
            t!("app-sync-changes-wait")
        });
    }
    held
}

/// The IDs of the conflicts, for [`follow`].
pub fn ids(state: &State) -> Vec<String> {
    state.ws.conflicts.iter().map(|c| c.id.clone()).collect()
}

/// After undo or redo with the list of conflicts open: a conflict that came back (one not
/// among `before`) is selected; otherwise the selection stays in the list.
pub fn follow(state: &mut State, before: &[String]) {
    let back = state
        .ws
        .conflicts
        .iter()
        .position(|c| !before.contains(&c.id));
    let last = state.ws.conflicts.len().saturating_sub(1);
    if let Some(Popup::Conflicts(open)) = &mut state.popup {
        open.selected = back.unwrap_or(open.selected).min(last);
    }
}
