//! The mentee's side: adding an entry to a reply, checked against the bundle it answers. The
//! command line and reply mode both add through [`add`].

use super::{Entry, MAX_ENTRIES, Reply, ReplyError, What, check_entry, seen_in};
use crate::domain::projection::{AnswerView, MenteeView};
use crate::domain::session::Owner;
use chrono::{DateTime, FixedOffset, NaiveDate};

/// What "done" means for the record `id` of the bundle: a milestone or one of the mentee's own
/// action items reported done on `on`.
pub fn done(view: &MenteeView, id: &str, on: NaiveDate) -> Result<What, ReplyError> {
    let milestone = view
        .goals
        .iter()
        .flat_map(|g| &g.milestones)
        .any(|k| k.id == id);
    if milestone {
        return Ok(What::MilestoneDone {
            milestone: id.to_string(),
            on,
        });
    }
    let action = view
        .sessions
        .iter()
        .flat_map(|s| &s.actions)
        .any(|a| a.id == id);
    if action {
        return Ok(What::ActionDone {
            action: id.to_string(),
            on,
        });
    }
    Err(ReplyError::NoRecord(
        crate::domain::text::line(id).into_owned(),
    ))
}

/// The record `what` names is in the bundle and the entry may be said of it: a session or goal
/// the bundle shows (a goal with a metric for progress), a milestone not yet done, one of the
/// mentee's own action items not yet done.
fn permitted(view: &MenteeView, id: &str, what: &What) -> Result<(), ReplyError> {
    let missing = |record: &str| ReplyError::NotInBundle {
        entry: id.to_string(),
        record: crate::domain::text::line(record).into_owned(),
    };
    match what {
        What::Reflection { session, .. } => view
            .sessions
            .iter()
            .find(|s| &s.id == session)
            .map(drop)
            .ok_or_else(|| missing(session)),
        What::Progress { goal, .. } => {
            let g = view.goals.iter().find(|g| &g.id == goal);
            match g {
                None => Err(missing(goal)),
                Some(g) if g.metric.is_none() => Err(ReplyError::NoMetric(goal.clone())),
                Some(_) => Ok(()),
            }
        }
        What::MilestoneDone { milestone, .. } => {
            let all = view.goals.iter().flat_map(|g| &g.milestones);
            match all.into_iter().find(|k| &k.id == milestone) {
                None => Err(missing(milestone)),
                Some(k) if k.done_on.is_some() => Err(ReplyError::AlreadyDone(k.id.clone())),
                Some(_) => Ok(()),
            }
        }
        What::ActionDone { action, .. } => {
            let all = view.sessions.iter().flat_map(|s| &s.actions);
            match all.into_iter().find(|a| &a.id == action) {
                None => Err(missing(action)),
                Some(a) if a.owner != Owner::Mentee => Err(ReplyError::NotOwnAction {
                    entry: id.to_string(),
                    action: a.id.clone(),
                }),
                Some(a) if a.done_on.is_some() => Err(ReplyError::AlreadyDone(a.id.clone())),
                Some(_) => Ok(()),
            }
        }
        _ => Ok(()),
    }
}

/// Adds to `reply` the entry `what` with the ID `id` (drawn by the caller: `r` and ten
/// lower-case letters or digits), written at `now`, after checking it against the bundle's
/// `view` ([`permitted`]) and as every entry is checked ([`check_entry`]). Returns the entry.
pub fn add(
    reply: &mut Reply,
    view: &MenteeView,
    what: What,
    id: String,
    now: DateTime<FixedOffset>,
) -> Result<Entry, ReplyError> {
    if reply.entries.len() >= MAX_ENTRIES {
        return Err(ReplyError::TooMany {
            count: reply.entries.len() + 1,
            limit: MAX_ENTRIES,
        });
    }
    if reply.entries.iter().any(|e| e.id == id) {
        return Err(ReplyError::Duplicate(id));
    }
    permitted(view, &id, &what)?;
    let seen = seen_in(view, &what).unwrap_or_default();
    let entry = Entry {
        id,
        written_at: now,
        what,
        seen,
    };
    check_entry(&entry)?;
    reply.entries.push(entry.clone());
    Ok(entry)
}

/// The `entries` of a reply the mentor has not answered yet in the bundle (whose `answers` are
/// given): what the mentee wrote that the mentor has not seen.
pub fn unanswered<'a>(entries: &'a [Entry], answers: &[AnswerView]) -> Vec<&'a Entry> {
    entries
        .iter()
        .filter(|e| !answers.iter().any(|a| a.entry == e.id))
        .collect()
}
