//! Sessions and their action items: add, edit, move, hold / cancel / plan again; action items
//! added, edited, and marked done or open (see [`set_action_done`]).

use super::{
    Applied, Ctx, Field, OpError, check_levels, check_minutes, levels_of, mentee_index, non_blank,
    own_goals,
};
use crate::domain::dates::storable_moment;
use crate::domain::ids::{ActionId, MenteeId, RecordRef, SessionId};
use crate::domain::mood::Levels;
use crate::domain::schedule::ScheduleError;
use crate::domain::{ActionItem, Session, SessionStatus, Workspace};
use chrono::{DateTime, FixedOffset};

/// The mentee and session index of the session with this ID.
fn session_at(ws: &Workspace, id: &SessionId) -> Result<(usize, usize), OpError> {
    Ok(ws.find_session(id.as_str())?)
}

/// A moment the store can keep.
fn storable(at: DateTime<FixedOffset>) -> Result<(), OpError> {
    storable_moment(at)
        .map(drop)
        .ok_or(OpError::Schedule(ScheduleError::OutOfRange))
}

/// Adds a session to a mentee; the session and each of its action items get an ID here.
pub fn add(ws: &mut Workspace, mentee: &MenteeId, mut s: Session) -> Result<Applied, OpError> {
    let i = mentee_index(ws, mentee)?;
    own_goals(&ws.mentees[i], &s.goals)?;
    check_minutes(s.minutes)?;
    check_levels(levels_of(&s))?;
    storable(s.at)?;
    for a in &s.actions {
        non_blank(&a.text, Field::Text)?;
    }
    s.id = ws.new_id::<SessionId>()?;
    for a in &mut s.actions {
        a.id = ws.new_id::<ActionId>()?;
    }
    let id = s.id.clone();
    ws.mentee_mut(i).sessions.push(s);
    Ok(Applied::mentee(i).created(RecordRef::Session(id)))
}

/// Replaces the session with `s`'s ID by `s`.
pub fn edit(ws: &mut Workspace, s: Session) -> Result<Applied, OpError> {
    let (m, k) = session_at(ws, &s.id)?;
    own_goals(&ws.mentees[m], &s.goals)?;
    check_minutes(s.minutes)?;
    check_levels(levels_of(&s))?;
    storable(s.at)?;
    ws.mentee_mut(m).sessions[k] = s;
    Ok(Applied::mentee(m))
}

pub fn move_to(
    ws: &mut Workspace,
    id: &SessionId,
    at: DateTime<FixedOffset>,
) -> Result<Applied, OpError> {
    let (m, k) = session_at(ws, id)?;
    storable(at)?;
    ws.mentee_mut(m).sessions[k].at = at;
    Ok(Applied::mentee(m))
}

/// Adds `more` (trimmed, when not blank) to `to` on a line of its own.
fn append(to: &mut String, more: Option<String>) {
    if let Some(more) = more.filter(|t| !t.trim().is_empty()) {
        if !to.is_empty() {
            to.push('\n');
        }
        to.push_str(more.trim());
    }
}

/// Sets the session's status, adds to its notes and records the levels given. A session whose
/// day is still to come is marked held only when `future_ok` says that is meant.
pub fn set_status(
    ws: &mut Workspace,
    ctx: &Ctx,
    (id, status, future_ok): (&SessionId, SessionStatus, bool),
    (notes, private_notes): (Option<String>, Option<String>),
    levels: Levels,
) -> Result<Applied, OpError> {
    let (m, k) = session_at(ws, id)?;
    check_levels(levels)?;
    let s = &ws.mentees[m].sessions[k];
    if status == SessionStatus::Held && !future_ok && s.is_future(ctx.today) {
        return Err(OpError::StillToCome {
            id: id.clone(),
            date: s.date(),
        });
    }
    let s = &mut ws.mentee_mut(m).sessions[k];
    s.status = status;
    append(&mut s.shared_notes, notes);
    append(&mut s.private_notes, private_notes);
    levels.set_on(s);
    Ok(Applied::mentee(m))
}

pub fn add_action(
    ws: &mut Workspace,
    session: &SessionId,
    mut a: ActionItem,
) -> Result<Applied, OpError> {
    let (m, k) = session_at(ws, session)?;
    non_blank(&a.text, Field::Text)?;
    a.id = ws.new_id::<ActionId>()?;
    let id = a.id.clone();
    ws.mentee_mut(m).sessions[k].actions.push(a);
    Ok(Applied::mentee(m).created(RecordRef::Action(id)))
}

pub fn edit_action(ws: &mut Workspace, a: ActionItem) -> Result<Applied, OpError> {
    let (m, s, x) = ws.find_action(a.id.as_str())?;
    non_blank(&a.text, Field::Text)?;
    ws.mentee_mut(m).sessions[s].actions[x] = a;
    Ok(Applied::mentee(m))
}

/// Marks the action item done (one already done keeps its day) or open again.
pub fn set_action_done(
    ws: &mut Workspace,
    ctx: &Ctx,
    id: &ActionId,
    done: bool,
) -> Result<Applied, OpError> {
    let (m, s, x) = ws.find_action(id.as_str())?;
    let a = &mut ws.mentee_mut(m).sessions[s].actions[x];
    if done {
        a.done_on.get_or_insert(ctx.today);
    } else {
        a.done_on = None;
    }
    Ok(Applied::mentee(m))
}
