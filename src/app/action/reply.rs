//! The actions of the mentee's reply (issue 19), grouped under [`super::Action::Reply`] and
//! handled by `update/inbox.rs` (the mentor's Inbox) and `update/reply.rs` (the mentee's reply
//! mode).

use super::TextEdit;
use crate::domain::reply::{Entry, Reply};

/// A mentee's reply the shell found beside their shared plan, holding entries the mentee's
/// record knows neither as waiting nor as decided.
#[derive(Debug, Clone, PartialEq)]
pub struct Arrival {
    pub reply: Reply,
    /// Where the reply was read (said when it cannot be taken in).
    pub path: String,
}

/// What the mentee writes in reply mode: each opens a small form about the selected record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Write {
    /// Notes on the selected session.
    Reflection,
    /// A progress value for the selected goal's metric.
    Progress,
    /// The selected milestone, or one of the mentee's own action items, reported done.
    Done,
    /// A topic or question for the next session.
    Topic,
    /// Mood, energy and what is on their mind.
    Checkin,
    /// An action the mentee takes on.
    NewAction,
    /// The closing reflection.
    Closing,
}

/// The mentor's Inbox and the mentee's reply mode.
#[derive(Debug, Clone, PartialEq)]
pub enum ReplyAction {
    /// Opens the selected mentee's Inbox.
    OpenInbox,
    /// In the Inbox: moves the selection by this many entries.
    Move(isize),
    /// In the Inbox: accepts the selected entry.
    Accept,
    /// In the Inbox: asks for the reason to decline the selected entry (a one-line prompt).
    Decline,
    /// A key typed in the reason.
    ReasonEdit(TextEdit),
    /// Enter in the reason: declines the entry with it.
    ReasonSubmit,
    /// In the Inbox: accepts every entry that is not stale, as one undo step.
    AcceptAll,
    /// The shell found replies with new entries (at start and after the store is read again):
    /// each is taken in through the receiving operation. `unreadable`: replies that did not
    /// read, each with its path and why (nothing of them is applied).
    Arrived {
        replies: Vec<Arrival>,
        unreadable: Vec<String>,
    },
    /// Reply mode: opens the form of what the mentee writes.
    Write(Write),
    /// Reply mode: shows what the mentee wrote and the mentor's answers.
    ShowReply,
    /// Reply mode: the shell added the entry to the reply file (`Ok`: the entries the file now
    /// holds, and its path) or could not (`Err(why)`).
    Written(Result<(Vec<Entry>, String), String>),
    /// Reply mode: the bundle changed on disk and was read again (the mentor shared it anew):
    /// the plan and the answers it carries (`at`: when, `HH:MM`).
    Reloaded {
        workspace: Box<crate::domain::Workspace>,
        answers: Vec<crate::domain::projection::AnswerView>,
        at: String,
    },
}

impl ReplyAction {
    /// Changes the workspace (refused read-only).
    pub fn is_edit(&self) -> bool {
        matches!(
            self,
            ReplyAction::Accept
                | ReplyAction::Decline
                | ReplyAction::ReasonSubmit
                | ReplyAction::AcceptAll
        )
    }
}
