//! Changing the workspace from the app: every change goes through here, so it is recorded for
//! undo and followed by a save.

use super::action::Effect;
use super::history::{Change, Parts, Settled, SkillsChange};
use super::state::State;
use crate::domain::ops::{Applied, Changed, Ctx, Op, OpError};

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
    let label = label.into();
    apply_labelled(state, op, |_| label)
}

/// [`apply`], with the label for undo written from what the operation did.
pub fn apply_labelled(
    state: &mut State,
    op: Op,
    label: impl FnOnce(&Applied) -> String,
) -> Result<(Applied, Vec<Effect>), OpError> {
    let ctx = ops_ctx(state);
    let settling = matches!(op, Op::ResolveConflict { .. });
    let parts_before = settling.then(|| Parts::of(&state.ws));
    let before = state.ws.mentees.clone();
    let skills_before = state.ws.skills.clone();
    let applied = op.apply(&mut state.ws, &ctx)?;
    if let (Changed::Conflicts, Some(before)) = (&applied.changed, parts_before) {
        let settled = Settled {
            before,
            after: Parts::of(&state.ws),
        };
        state.history.record(Change {
            label: label(&applied),
            index: 0,
            before: None,
            after: None,
            skills: None,
            settled: Some(Box::new(settled)),
        });
        return Ok((applied, vec![Effect::Save]));
    }
    let now = &state.ws.mentees;
    let (index, before_one, after, skills) = match applied.changed {
        Changed::Mentee(i) => (i, before.get(i).cloned(), now.get(i).cloned(), None),
        Changed::Added(i) => (i, None, now.get(i).cloned(), None),
        Changed::Removed(i) => (i, before.get(i).cloned(), None, None),
        // The app does not change the profile; it is saved, not undone. (Settling a conflict,
        // which may, is recorded above.)
        Changed::Profile | Changed::Conflicts => return Ok((applied, vec![Effect::Save])),
        Changed::Skills => {
            let mentees = (applied.mentees.iter())
                .filter_map(|&i| Some((i, before.get(i)?.clone(), now.get(i)?.clone())))
                .collect();
            let rest = SkillsChange {
                mentees,
                before: skills_before,
                after: state.ws.skills.clone(),
            };
            (0, None, None, Some(Box::new(rest)))
        }
    };
    state.history.record(Change {
        label: label(&applied),
        index,
        before: before_one,
        after,
        skills,
        settled: None,
    });
    Ok((applied, vec![Effect::Save]))
}
