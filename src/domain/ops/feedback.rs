//! Feedback notes and connections: add, edit; connections marked done or suggested again (see
//! [`set_connection_done`]).

use super::{Applied, Ctx, Field, OpError, mentee_index, non_blank, own_goals};
use crate::domain::ids::{ConnectionId, FeedbackId, MenteeId, RecordRef};
use crate::domain::{Connection, ConnectionStatus, Feedback, Workspace};

pub fn feedback_at(ws: &Workspace, id: &FeedbackId) -> Result<(usize, usize), OpError> {
    Ok(ws.find_feedback(id.as_str())?)
}

pub fn connection_at(ws: &Workspace, id: &ConnectionId) -> Result<(usize, usize), OpError> {
    Ok(ws.find_connection(id.as_str())?)
}

pub fn add(ws: &mut Workspace, mentee: &MenteeId, mut f: Feedback) -> Result<Applied, OpError> {
    let i = mentee_index(ws, mentee)?;
    non_blank(&f.text, Field::Text)?;
    own_goals(&ws.mentees[i], &f.goal)?;
    f.id = ws.new_id::<FeedbackId>()?;
    let id = f.id.clone();
    ws.mentee_mut(i).feedback.push(f);
    Ok(Applied::mentee(i).created(RecordRef::Feedback(id)))
}

pub fn edit(ws: &mut Workspace, f: Feedback) -> Result<Applied, OpError> {
    let (m, k) = feedback_at(ws, &f.id)?;
    non_blank(&f.text, Field::Text)?;
    own_goals(&ws.mentees[m], &f.goal)?;
    ws.mentee_mut(m).feedback[k] = f;
    Ok(Applied::mentee(m))
}

pub fn add_connection(
    ws: &mut Workspace,
    mentee: &MenteeId,
    mut c: Connection,
) -> Result<Applied, OpError> {
    let i = mentee_index(ws, mentee)?;
    non_blank(&c.title, Field::Title)?;
    c.id = ws.new_id::<ConnectionId>()?;
    let id = c.id.clone();
    ws.mentee_mut(i).connections.push(c);
    Ok(Applied::mentee(i).created(RecordRef::Connection(id)))
}

pub fn edit_connection(ws: &mut Workspace, c: Connection) -> Result<Applied, OpError> {
    let (m, k) = connection_at(ws, &c.id)?;
    non_blank(&c.title, Field::Title)?;
    ws.mentee_mut(m).connections[k] = c;
    Ok(Applied::mentee(m))
}

/// Marks the connection made (it keeps a date it has, else gets today) or suggested again (the
/// date stays).
pub fn set_connection_done(
    ws: &mut Workspace,
    ctx: &Ctx,
    id: &ConnectionId,
    done: bool,
) -> Result<Applied, OpError> {
    let (m, k) = connection_at(ws, id)?;
    let c = &mut ws.mentee_mut(m).connections[k];
    if done {
        c.status = ConnectionStatus::Done;
        c.date.get_or_insert(ctx.today);
    } else {
        c.status = ConnectionStatus::Suggested;
    }
    Ok(Applied::mentee(m))
}
