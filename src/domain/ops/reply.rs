//! The mentor's side of a mentee's reply: sharing (which gives the mentee a reply key),
//! receiving a reply into the mentee's inbox, and accepting or declining its entries. Accepting
//! runs the same rule as the mentor's own edit of that value (a goal's progress, a milestone or
//! action done, an action added, a session edited).

use super::*;
use crate::domain::reply::{self, Decided, Entry, Reply, ReplyError, SharedBundle, State, What};

/// The operations of the mentee's reply ([`Op::Reply`]).
#[derive(Debug, Clone, PartialEq)]
pub enum ReplyOp {
    /// Records that a mentee's plan was shared to `path` at `at`, with the reply key replies to
    /// it echo (a mentee who has a key keeps it).
    Share {
        mentee: MenteeId,
        key: String,
        path: String,
        at: DateTime<FixedOffset>,
    },
    /// Receives a mentee's reply: refused whole unless it answers a plan shared with a mentee of
    /// this store and every entry is permitted; adds the entries not yet known to their inbox
    /// ([`Applied::count`] says how many).
    Receive(Box<Reply>),
    /// Accepts or declines one entry of a mentee's inbox (named by its ID or the start of it),
    /// with the mentor's one-line reason (may be empty).
    Decide {
        mentee: MenteeId,
        entry: String,
        accept: bool,
        reason: String,
    },
    /// Accepts every entry of a mentee's inbox that is neither stale nor unable to apply, in one
    /// operation ([`Applied::count`] says how many).
    AcceptAll(MenteeId),
}

/// Runs one of the reply's operations.
pub fn run(op: ReplyOp, ws: &mut Workspace, ctx: &Ctx) -> Result<Applied, OpError> {
    match op {
        ReplyOp::Share {
            mentee,
            key,
            path,
            at,
        } => record_share(ws, &mentee, key, path, at),
        ReplyOp::Receive(r) => receive(ws, *r),
        ReplyOp::Decide {
            mentee,
            entry,
            accept,
            reason,
        } => decide(ws, ctx, &mentee, &entry, accept, reason),
        ReplyOp::AcceptAll(mentee) => accept_all(ws, ctx, &mentee),
    }
}

/// True for a reply key: 16 to 64 lower-case letters or digits.
fn valid_key(key: &str) -> bool {
    (16..=64).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// Records that the mentee's plan was shared to `path` at `at`, with the reply key `key` (the
/// key the mentee has is kept: a reply to an earlier bundle still finds them).
pub fn record_share(
    ws: &mut Workspace,
    mentee: &MenteeId,
    key: String,
    path: String,
    at: DateTime<FixedOffset>,
) -> Result<Applied, OpError> {
    let m = mentee_index(ws, mentee)?;
    if !valid_key(&key) {
        return Err(ReplyError::Malformed(crate::t!("reply-bad-key")).into());
    }
    let key = match &ws.mentees[m].shared {
        Some(s) => s.key.clone(),
        None => key,
    };
    ws.mentee_mut(m).shared = Some(SharedBundle { key, path, at });
    Ok(Applied::mentee(m))
}

/// The index of the mentee a reply answers: the mentee its `reply_to` names, whose reply key it
/// echoes. Anything else is a reply to a plan shared with someone else.
pub fn addressee(ws: &Workspace, reply: &Reply) -> Result<usize, OpError> {
    let to = &reply.reply_to;
    ws.mentees
        .iter()
        .position(|m| {
            m.id.as_str() == to.mentee && m.shared.as_ref().is_some_and(|s| s.key == to.key)
        })
        .ok_or_else(|| ReplyError::Identity.into())
}

/// Receives a reply: checks who it answers and every entry ([`reply::check_received`]), then
/// adds to the mentee's inbox the entries not yet known (neither waiting nor decided).
/// [`Applied::count`] says how many were added.
pub fn receive(ws: &mut Workspace, reply: Reply) -> Result<Applied, OpError> {
    let m = addressee(ws, &reply)?;
    reply::check_received(ws, m, &reply.entries)?;
    let mentee = ws.mentee_mut(m);
    let mut count = 0;
    for e in reply.entries {
        let known = mentee.inbox.iter().any(|x| x.id == e.id)
            || mentee.replies.iter().any(|d| d.entry.id == e.id);
        if !known {
            mentee.inbox.push(e);
            count += 1;
        }
    }
    let mut applied = Applied::mentee(m);
    applied.count = count;
    Ok(applied)
}

/// The inbox entry of the mentee at `m` whose ID is `typed` or starts with it (one only).
fn entry_index(ws: &Workspace, m: usize, typed: &str) -> Result<usize, OpError> {
    let inbox = &ws.mentees[m].inbox;
    if let Some(i) = inbox.iter().position(|e| e.id == typed) {
        return Ok(i);
    }
    let mut found =
        (0..inbox.len()).filter(|&i| !typed.is_empty() && inbox[i].id.starts_with(typed));
    match (found.next(), found.next()) {
        (Some(i), None) => Ok(i),
        (Some(_), Some(_)) => {
            Err(ReplyError::Ambiguous(crate::domain::text::line(typed).into_owned()).into())
        }
        _ => Err(ReplyError::NoEntry(crate::domain::text::line(typed).into_owned()).into()),
    }
}

/// Accepts (`accept`) or declines the inbox entry `typed` of `mentee`, with the mentor's
/// `reason` (one line; may be empty). An entry that can no longer apply is only declined; a
/// stale one is accepted when asked for by name, as here.
pub fn decide(
    ws: &mut Workspace,
    ctx: &Ctx,
    mentee: &MenteeId,
    typed: &str,
    accept: bool,
    reason: String,
) -> Result<Applied, OpError> {
    let m = mentee_index(ws, mentee)?;
    let i = entry_index(ws, m, typed)?;
    let id = &ws.mentees[m].inbox[i].id;
    if ws.mentees[m].replies.iter().any(|d| &d.entry.id == id) {
        // Decided already, on another machine before a sync brought the entry back: it leaves
        // the inbox, and nothing is applied a second time.
        ws.mentee_mut(m).inbox.remove(i);
        return Ok(Applied::mentee(m));
    }
    reply::check_text("", &reason, false)?;
    if reason.contains('\n') {
        return Err(ReplyError::Malformed(crate::t!("inbox-reason-line")).into());
    }
    let entry = ws.mentees[m].inbox[i].clone();
    let mut applied = Applied::mentee(m);
    let record = if accept {
        let a = reply::assess(&ws.mentees[m], &entry, ctx.today);
        if let State::Refused(why) = a.state {
            return Err(ReplyError::CannotApply { id: entry.id, why }.into());
        }
        let (record, created) = take(ws, ctx, m, &entry)?;
        applied.created = created;
        Some(record)
    } else {
        None
    };
    let mentee = ws.mentee_mut(m);
    mentee.inbox.remove(i);
    mentee.replies.push(Decided {
        entry,
        decided_on: ctx.today,
        accepted: accept,
        reason,
        record,
    });
    Ok(applied)
}

/// Accepts every entry of the mentee's inbox that can be accepted as it is ([`State::New`],
/// assessed before any is taken); stale entries and those that can no longer apply stay.
/// [`Applied::count`] says how many were accepted.
pub fn accept_all(ws: &mut Workspace, ctx: &Ctx, mentee: &MenteeId) -> Result<Applied, OpError> {
    let m = mentee_index(ws, mentee)?;
    let ready: Vec<String> = reply::inbox(&ws.mentees[m], ctx.today)
        .into_iter()
        .filter(|a| a.state == State::New)
        .map(|a| a.entry.id)
        .collect();
    // Each is looked at again just before it is taken: one accepted before it may have changed
    // its record (two entries reporting one action done), and then it waits, as a stale one does.
    let mut accepted = 0;
    for id in &ready {
        let still_new = reply::inbox(&ws.mentees[m], ctx.today)
            .into_iter()
            .any(|a| &a.entry.id == id && a.state == State::New);
        if still_new {
            decide(ws, ctx, mentee, id, true, String::new())?;
            accepted += 1;
        }
    }
    let mut applied = Applied::mentee(m);
    applied.count = accepted;
    Ok(applied)
}

/// Makes the change an accepted entry asks for, through the rule of the mentor's own edit;
/// returns the ID of the record it changed or made, and the record made.
fn take(
    ws: &mut Workspace,
    ctx: &Ctx,
    m: usize,
    e: &Entry,
) -> Result<(String, Option<RecordRef>), OpError> {
    let on = |day: NaiveDate| Ctx {
        today: day.min(ctx.today),
        ..*ctx
    };
    match &e.what {
        What::Reflection { session, text } => {
            let k = ws.mentees[m]
                .sessions
                .iter()
                .position(|s| s.id.as_str() == session)
                .ok_or_else(|| LookupError::NoRecord {
                    kind: "session",
                    id: session.clone(),
                })?;
            add_note(&mut ws.mentee_mut(m).sessions[k].mentee_notes, text);
            Ok((session.clone(), None))
        }
        What::Progress { goal: g, value } => {
            goal::progress(ws, &GoalId(g.clone()), *value)?;
            Ok((g.clone(), None))
        }
        What::MilestoneDone { milestone, on: day } => {
            goal::set_milestone_done(ws, &on(*day), &MilestoneId(milestone.clone()), true)?;
            Ok((milestone.clone(), None))
        }
        What::ActionDone { action, on: day } => {
            let id = super::super::ids::ActionId(action.clone());
            session::set_action_done(ws, &on(*day), &id, true)?;
            Ok((action.clone(), None))
        }
        _ => take_new(ws, ctx, m, e),
    }
}

/// [`take`] for the kinds that name no record: a new action (on the latest session), a topic
/// and a check-in (on the next planned session), the closing reflection.
fn take_new(
    ws: &mut Workspace,
    ctx: &Ctx,
    m: usize,
    e: &Entry,
) -> Result<(String, Option<RecordRef>), OpError> {
    let session_at = |ws: &Workspace, at: Option<usize>| {
        at.map(|i| ws.mentees[m].sessions[i].clone())
            .ok_or_else(|| ReplyError::CannotApply {
                id: e.id.clone(),
                why: crate::t!("inbox-no-session"),
            })
    };
    let today = ctx.today;
    let mut s = match &e.what {
        What::NewAction { text, due } => {
            let s = session_at(ws, reply::action_session(&ws.mentees[m], today))?;
            let action = ActionItem {
                id: super::super::ids::ActionId::from_number(0),
                text: text.clone(),
                owner: super::super::Owner::Mentee,
                due: *due,
                done_on: None,
            };
            let made = session::add_action(ws, &s.id, action)?.created;
            let id = made.as_ref().map(|r| r.as_str().to_string());
            return Ok((id.unwrap_or_default(), made));
        }
        What::Closing { text } => {
            let mut mentee = (*ws.mentees[m]).clone();
            mentee.closing_reflection = text.clone();
            let id = mentee.id.to_string();
            super::mentee::edit(ws, ctx, mentee, None)?;
            return Ok((id, None));
        }
        _ => session_at(ws, reply::next_planned(&ws.mentees[m], today))?,
    };
    match &e.what {
        What::Topic { text } => {
            if !s.agenda.trim().is_empty() {
                s.agenda.push('\n');
            }
            s.agenda.push_str(text);
        }
        What::Checkin { mood, energy, text } => {
            (s.mood, s.energy) = (Some(*mood), Some(*energy));
            // What is on their mind joins their own notes on that session, for the mentor to
            // read before it.
            add_note(&mut s.mentee_notes, text);
        }
        _ => {}
    }
    let id = s.id.to_string();
    session::edit(ws, s)?;
    Ok((id, None))
}

/// Adds a text of the mentee's to their notes on a session, a blank line after what is there.
fn add_note(notes: &mut String, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    if !notes.is_empty() {
        notes.push_str("\n\n");
    }
    notes.push_str(text);
}
