//! Changing the workspace from the app: every change goes through here, so it is recorded for
//! undo and followed by a save.

use super::action::Effect;
use super::history::Change;
use super::state::State;
use crate::domain::Mentee;
use crate::domain::ops::{Applied, Changed, Ctx, Op, OpError};
use std::sync::Arc;

/// Hands out record numbers from the workspace's counter while a mentee is borrowed.
pub struct Ids<'a>(&'a mut u64);

impl Ids<'_> {
    /// The next record number; refused when the counter is at its limit.
    pub fn take(&mut self) -> Result<u64, crate::domain::ids::IdsExhausted> {
        crate::domain::ids::take_next(self.0)
    }
}

/// Changes the mentee at `index` with `f`; on success records the step and asks for a save.
/// When `f` fails nothing is changed; `None` when there is no mentee at `index`.
pub fn mentee<T, E>(
    state: &mut State,
    index: usize,
    label: impl Into<String>,
    f: impl FnOnce(&mut Mentee, &mut Ids) -> Result<T, E>,
) -> Option<Result<(T, Vec<Effect>), E>> {
    let before = state.ws.mentees.get(index).cloned()?;
    let mut draft = Mentee::clone(&before);
    let mut next_id = state.ws.next_id;
    let out = match f(&mut draft, &mut Ids(&mut next_id)) {
        Ok(out) => out,
        Err(e) => return Some(Err(e)),
    };
    state.ws.next_id = next_id;
    let draft = Arc::new(draft);
    state.ws.mentees[index] = Arc::clone(&draft);
    state.history.record(Change {
        label: label.into(),
        index,
        before: Some(before),
        after: Some(draft),
    });
    Some(Ok((out, vec![Effect::Save])))
}

/// The moment of an operation made in the app: the app's today in the mentor's zone.
pub fn ops_ctx(state: &State) -> Ctx {
    let now = state
        .zone
        .moment(state.today, chrono::NaiveTime::MIN)
        .unwrap_or_else(|| {
            state
                .today
                .and_time(chrono::NaiveTime::MIN)
                .and_utc()
                .fixed_offset()
        });
    Ctx {
        today: state.today,
        now,
        zone: state.zone,
    }
}

/// Applies a domain operation to the workspace; on success records the mentee it changed
/// (before and after) for undo as `label` and asks for a save. On `Err` nothing changed.
pub fn apply(
    state: &mut State,
    op: Op,
    label: impl Into<String>,
) -> Result<(Applied, Vec<Effect>), OpError> {
    let ctx = ops_ctx(state);
    let before = state.ws.mentees.clone();
    let applied = op.apply(&mut state.ws, &ctx)?;
    let (index, before, after) = match applied.changed {
        Changed::Mentee(i) => (i, before.get(i).cloned(), state.ws.mentees.get(i).cloned()),
        Changed::Added(i) => (i, None, state.ws.mentees.get(i).cloned()),
        Changed::Removed(i) => (i, before.get(i).cloned(), None),
        // The app does not change the profile; it is saved, not undone.
        Changed::Profile => return Ok((applied, vec![Effect::Save])),
    };
    state.history.record(Change {
        label: label.into(),
        index,
        before,
        after,
    });
    Ok((applied, vec![Effect::Save]))
}

/// Adds a mentee at the end; records the step and asks for a save.
pub fn add_mentee(state: &mut State, mentee: Mentee, label: impl Into<String>) -> Vec<Effect> {
    let index = state.ws.mentees.len();
    let mentee = Arc::new(mentee);
    state.ws.mentees.push(Arc::clone(&mentee));
    state.history.record(Change {
        label: label.into(),
        index,
        before: None,
        after: Some(mentee),
    });
    vec![Effect::Save]
}

/// Removes the mentee at `index`; records the step and asks for a save.
pub fn remove_mentee(state: &mut State, index: usize, label: impl Into<String>) -> Vec<Effect> {
    if index >= state.ws.mentees.len() {
        return Vec::new();
    }
    let before = state.ws.mentees.remove(index);
    state.history.record(Change {
        label: label.into(),
        index,
        before: Some(before),
        after: None,
    });
    vec![Effect::Save]
}
