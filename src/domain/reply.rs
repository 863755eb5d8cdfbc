//! The mentee's reply: what a mentee writes back to the mentor about the plan they were shared.
//!
//! A reply is a list of [`Entry`]s, each one of a closed list of kinds ([`What`]): a reflection on
//! a session, a progress value for a goal's metric, a milestone or one of the mentee's own action
//! items reported done, a new action the mentee takes on, a topic for the next session, a short
//! check-in, the closing reflection. Nothing else can be said in a reply, so no private field,
//! profile or other mentee's record can be reached by one.
//!
//! The mentee's side adds entries checked against the bundle they were shared ([`add`]); the
//! mentor's side receives a reply as untrusted input ([`check_received`]), keeps its entries in
//! the mentee's inbox, and accepts or declines them one by one (the operations in
//! `ops/reply.rs`); [`assess`] says, for each entry, what it touches, the value now and the value
//! proposed, and whether it is new, stale or can no longer apply.

mod add;
mod assess;
mod check;
mod entry;
mod error;

pub use entry::KNOWN as ENTRY_KEYS;

pub use add::{add, done, unanswered};
pub use assess::{
    Assessment, State, action_session, assess, decided, from_mentee, inbox, next_planned,
};
pub use check::{check_entry, check_received, check_text, valid_entry_id};
pub use error::ReplyError;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// The most bytes a reply file may hold.
pub const MAX_BYTES: u64 = 256 * 1024;
/// The most entries a reply may hold.
pub const MAX_ENTRIES: usize = 200;
/// The most characters one text of an entry may hold.
pub const MAX_TEXT: usize = 4000;

/// Who a bundle was made for, and the key a reply to it must echo: the mentee's ID and the reply
/// key the mentor's store drew for them the first time it shared their plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyTo {
    pub mentee: String,
    pub key: String,
}

/// Where and when a mentee's plan was last shared, and the key replies to it echo (private: the
/// key goes into the bundle's `reply_to` only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedBundle {
    pub key: String,
    /// The bundle's path as the mentor wrote it.
    pub path: String,
    pub at: DateTime<FixedOffset>,
}

/// One thing the mentee says in a reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "entry::RawEntry", into = "entry::RawEntry")]
pub struct Entry {
    /// `r` and ten lower-case letters or digits, drawn on the mentee's machine: the reply's own
    /// namespace, never a record ID of the store.
    pub id: String,
    pub written_at: DateTime<FixedOffset>,
    pub what: What,
    /// A fingerprint of the record as the bundle showed it ([`fingerprint`]); empty for kinds
    /// that name no record.
    pub seen: String,
}

/// What an entry says: the closed list of what a reply may hold.
#[derive(Debug, Clone, PartialEq)]
pub enum What {
    /// The mentee's notes on a session (shared with the mentor).
    Reflection { session: String, text: String },
    /// A new current value for a goal's metric (a proposal).
    Progress { goal: String, value: f64 },
    /// A milestone reported done on a day (a proposal).
    MilestoneDone { milestone: String, on: NaiveDate },
    /// One of the mentee's own action items reported done on a day.
    ActionDone { action: String, on: NaiveDate },
    /// An action the mentee takes on (the store gives it its ID when the mentor accepts it).
    NewAction {
        text: String,
        due: Option<NaiveDate>,
    },
    /// A topic or question for the next session's agenda.
    Topic { text: String },
    /// A short check-in before a session: mood and energy (1 to 5) and what is on their mind.
    Checkin { mood: u8, energy: u8, text: String },
    /// The mentee's closing reflection.
    Closing { text: String },
}

impl What {
    /// The kind as the file writes it.
    pub fn kind(&self) -> &'static str {
        match self {
            What::Reflection { .. } => "reflection",
            What::Progress { .. } => "progress",
            What::MilestoneDone { .. } => "milestone_done",
            What::ActionDone { .. } => "action_done",
            What::NewAction { .. } => "new_action",
            What::Topic { .. } => "topic",
            What::Checkin { .. } => "checkin",
            What::Closing { .. } => "closing",
        }
    }

    /// The ID of the record the entry is about, for kinds that name one.
    pub fn record(&self) -> Option<&str> {
        match self {
            What::Reflection { session, .. } => Some(session),
            What::Progress { goal, .. } => Some(goal),
            What::MilestoneDone { milestone, .. } => Some(milestone),
            What::ActionDone { action, .. } => Some(action),
            _ => None,
        }
    }

    /// The entry's text, for kinds that carry one.
    pub fn text(&self) -> Option<&str> {
        match self {
            What::Reflection { text, .. }
            | What::NewAction { text, .. }
            | What::Topic { text }
            | What::Checkin { text, .. }
            | What::Closing { text } => Some(text),
            _ => None,
        }
    }
}

/// A reply: who it answers and what it says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub reply_to: ReplyTo,
    pub entries: Vec<Entry>,
}

/// An entry the mentor decided on: accepted or declined, when, and the mentor's reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decided {
    pub entry: Entry,
    pub decided_on: NaiveDate,
    pub accepted: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// The record accepting it made (a new action's ID), or the record it changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
}

/// A short fingerprint of a value as JSON: 16 hex digits of a 64-bit FNV-1a hash. Both sides
/// compute it from the same projected view, so a record changed since the bundle was made gives
/// a different one.
pub fn fingerprint<T: Serialize>(value: &T) -> String {
    let json = serde_json::to_string(value).unwrap_or_default();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in json.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The fingerprint of what `what` is about in a mentee's view: the part of the record the entry
/// would change (a session without the mentee's own notes, a goal's metric, a milestone, an
/// action item); `None` when the view has no such record, empty for kinds that name none.
pub fn seen_in(view: &super::projection::MenteeView, what: &What) -> Option<String> {
    match what {
        What::Reflection { session, .. } => {
            let mut s = view.sessions.iter().find(|s| &s.id == session)?.clone();
            s.mentee_notes.clear();
            Some(fingerprint(&s))
        }
        What::Progress { goal, .. } => {
            let g = view.goals.iter().find(|g| &g.id == goal)?;
            Some(fingerprint(&(&g.id, &g.metric)))
        }
        What::MilestoneDone { milestone, .. } => view
            .goals
            .iter()
            .flat_map(|g| &g.milestones)
            .find(|k| &k.id == milestone)
            .map(fingerprint),
        What::ActionDone { action, .. } => view
            .sessions
            .iter()
            .flat_map(|s| &s.actions)
            .find(|a| &a.id == action)
            .map(fingerprint),
        _ => Some(String::new()),
    }
}

#[cfg(test)]
mod tests;
