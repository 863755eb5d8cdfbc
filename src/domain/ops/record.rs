//! What every kind of record shares: removing one, its long text, marking it done.

use super::{Applied, Changed, Ctx, OpError, goal, mentee_index, milestone_at, session};
use crate::domain::ids::RecordRef;
use crate::domain::{Mentee, Workspace};

/// Removes the record and what hangs on it. A removed goal is dropped from the sessions,
/// feedback and career-path stages that named it; a removed series leaves its sessions, no longer linked.
pub fn remove(ws: &mut Workspace, target: &RecordRef) -> Result<Applied, OpError> {
    if let RecordRef::Mentee(id) = target {
        let i = mentee_index(ws, id)?;
        ws.mentees.remove(i);
        let mut applied = Applied::mentee(i);
        applied.changed = Changed::Removed(i);
        return Ok(applied);
    }
    let i = holder(ws, target)?;
    let m = ws.mentee_mut(i);
    match target {
        RecordRef::Mentee(_) => {}
        RecordRef::Goal(id) => {
            m.goals.retain(|g| &g.id != id);
            for s in &mut m.sessions {
                s.goals.retain(|g| g != id);
            }
            for f in &mut m.feedback {
                if f.goal.as_ref() == Some(id) {
                    f.goal = None;
                }
            }
            for st in &mut m.path.stages {
                st.goals.retain(|g| g != id);
            }
        }
        RecordRef::Milestone(id) => {
            for g in &mut m.goals {
                g.milestones.retain(|k| &k.id != id);
            }
        }
        RecordRef::Session(id) => m.sessions.retain(|s| &s.id != id),
        RecordRef::Action(id) => {
            for s in &mut m.sessions {
                s.actions.retain(|a| &a.id != id);
            }
        }
        RecordRef::Feedback(id) => m.feedback.retain(|f| &f.id != id),
        RecordRef::Connection(id) => m.connections.retain(|c| &c.id != id),
        RecordRef::Stage(id) => m.path.stages.retain(|st| &st.id != id),
        RecordRef::Series(id) => {
            m.series.retain(|r| &r.id != id);
            for s in &mut m.sessions {
                if s.series.as_ref().is_some_and(|slot| &slot.id == id) {
                    s.series = None;
                }
            }
        }
    }
    Ok(Applied::mentee(i))
}

/// The index of the mentee holding the record, or why there is none.
fn holder(ws: &Workspace, target: &RecordRef) -> Result<usize, OpError> {
    Ok(match target {
        RecordRef::Mentee(id) => mentee_index(ws, id)?,
        RecordRef::Goal(id) => ws.find_goal(id.as_str())?.0,
        RecordRef::Milestone(id) => milestone_at(ws, id)?.0,
        RecordRef::Session(id) => ws.find_session(id.as_str())?.0,
        RecordRef::Action(id) => ws.find_action(id.as_str())?.0,
        RecordRef::Feedback(id) => super::feedback::feedback_at(ws, id)?.0,
        RecordRef::Connection(id) => super::feedback::connection_at(ws, id)?.0,
        RecordRef::Stage(id) => ws.find_stage(id.as_str())?.0,
        RecordRef::Series(id) => ws
            .mentees
            .iter()
            .position(|m| m.series.iter().any(|r| &r.id == id))
            .ok_or_else(|| crate::domain::workspace::LookupError::NoRecord {
                kind: "series",
                id: id.to_string(),
            })?,
    })
}

/// The main long text of a record: what the app opens in the editor.
pub fn long_text(ws: &Workspace, target: &RecordRef) -> Result<String, OpError> {
    let m = &ws.mentees[holder(ws, target)?];
    let text = text_of(&mut Mentee::clone(m), target).map(|t| t.clone());
    text.ok_or(OpError::NoText(target.kind()))
}

/// The long text of the record in `m`.
fn text_of<'a>(m: &'a mut Mentee, target: &RecordRef) -> Option<&'a mut String> {
    match target {
        RecordRef::Mentee(_) => Some(&mut m.aspirations),
        RecordRef::Goal(id) => m
            .goals
            .iter_mut()
            .find(|g| &g.id == id)
            .map(|g| &mut g.specific),
        RecordRef::Milestone(id) => m
            .goals
            .iter_mut()
            .flat_map(|g| g.milestones.iter_mut())
            .find(|k| &k.id == id)
            .map(|k| &mut k.note),
        RecordRef::Session(id) => m
            .sessions
            .iter_mut()
            .find(|s| &s.id == id)
            .map(|s| &mut s.shared_notes),
        RecordRef::Action(id) => m
            .sessions
            .iter_mut()
            .flat_map(|s| s.actions.iter_mut())
            .find(|a| &a.id == id)
            .map(|a| &mut a.text),
        RecordRef::Feedback(id) => m
            .feedback
            .iter_mut()
            .find(|f| &f.id == id)
            .map(|f| &mut f.text),
        RecordRef::Connection(id) => m
            .connections
            .iter_mut()
            .find(|c| &c.id == id)
            .map(|c| &mut c.note),
        RecordRef::Stage(id) => m
            .path
            .stages
            .iter_mut()
            .find(|st| &st.id == id)
            .map(|st| &mut st.description),
        RecordRef::Series(_) => None,
    }
}

/// Replaces the record's long text. An action item's and a feedback note's text is the record
/// itself and must not be blank.
pub fn set_text(ws: &mut Workspace, target: &RecordRef, text: String) -> Result<Applied, OpError> {
    let i = holder(ws, target)?;
    if matches!(target, RecordRef::Action(_) | RecordRef::Feedback(_)) {
        super::non_blank(&text, super::Field::Text)?;
    }
    let slot = text_of(ws.mentee_mut(i), target).ok_or(OpError::NoText(target.kind()))?;
    *slot = text;
    Ok(Applied::mentee(i))
}

/// Marks a milestone, an action item or a connection done, or open again.
pub fn set_done(
    ws: &mut Workspace,
    ctx: &Ctx,
    target: &RecordRef,
    done: bool,
) -> Result<Applied, OpError> {
    match target {
        RecordRef::Milestone(id) => goal::set_milestone_done(ws, ctx, id, done),
        RecordRef::Action(id) => session::set_action_done(ws, ctx, id, done),
        RecordRef::Connection(id) => super::feedback::set_connection_done(ws, ctx, id, done),
        other => Err(OpError::NotDoable(other.kind())),
    }
}
