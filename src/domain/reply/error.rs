//! Why a reply, or an entry of one, is refused. Every refusal names what it found, so the person
//! who reads it knows what was wrong; nothing of a refused reply is applied.

use crate::t;

/// Why a reply or one of its entries was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReplyError {
    /// The file is larger than [`super::MAX_BYTES`].
    #[error("{}", t!("reply-too-large", bytes = *bytes, limit = *limit))]
    TooLarge { bytes: u64, limit: u64 },
    /// More entries than [`super::MAX_ENTRIES`].
    #[error("{}", t!("reply-too-many", count = *count, limit = *limit))]
    TooMany { count: usize, limit: usize },
    /// A text longer than [`super::MAX_TEXT`] characters.
    #[error("{}", t!("reply-text-long", entry = entry.as_str(), chars = *chars, limit = *limit))]
    TextTooLong {
        entry: String,
        chars: usize,
        limit: usize,
    },
    /// A control or bidirectional character in a text.
    #[error("{}", t!("reply-unsafe-text", entry = entry.as_str(), code = code.as_str()))]
    UnsafeText { entry: String, code: String },
    /// Text that must say something is blank.
    #[error("{}", t!("reply-blank", entry = .0.as_str()))]
    Blank(String),
    /// An entry ID that is not `r` and ten lower-case letters or digits.
    #[error("{}", t!("reply-bad-id", id = .0.as_str()))]
    BadId(String),
    /// Two entries with one ID.
    #[error("{}", t!("reply-duplicate", id = .0.as_str()))]
    Duplicate(String),
    /// The file is not a reply as this version reads it (an unknown key, a wrong type ...).
    #[error("{}", t!("reply-malformed", why = .0.as_str()))]
    Malformed(String),
    /// The entry names a record of another mentee.
    #[error("{}", t!("reply-other-mentee", entry = entry.as_str(), record = record.as_str()))]
    OtherMentee { entry: String, record: String },
    /// The entry names a record its bundle does not show (or that is no record at all).
    #[error("{}", t!("reply-not-in-bundle", entry = entry.as_str(), record = record.as_str()))]
    NotInBundle { entry: String, record: String },
    /// The bundle has no milestone or action item with this ID.
    #[error("{}", t!("reply-no-record", record = .0.as_str()))]
    NoRecord(String),
    /// The entry names a record of the wrong kind (a goal where a session belongs).
    #[error("{}", t!("reply-wrong-record", entry = entry.as_str(), record = record.as_str(), kind = kind.as_str()))]
    WrongRecord {
        entry: String,
        record: String,
        kind: String,
    },
    /// An action item reported done that is the mentor's, not the mentee's.
    #[error("{}", t!("reply-not-own-action", entry = entry.as_str(), action = action.as_str()))]
    NotOwnAction { entry: String, action: String },
    /// A mood or energy outside 1 to 5.
    #[error("{}", t!("reply-level", entry = entry.as_str(), value = *value))]
    Level { entry: String, value: u8 },
    /// A progress value that is not a finite number.
    #[error("{}", t!("reply-value", entry = .0.as_str()))]
    Value(String),
    /// A goal without a metric has no progress to report.
    #[error("{}", t!("reply-no-metric", goal = .0.as_str()))]
    NoMetric(String),
    /// The reply answers a plan shared with someone else (or by another store).
    #[error("{}", t!("reply-identity"))]
    Identity,
    /// The bundle carries no identity: it was shared before replies existed.
    #[error("{}", t!("reply-no-identity"))]
    NoIdentity,
    /// The bundle already says this is done.
    #[error("{}", t!("reply-already-done", record = .0.as_str()))]
    AlreadyDone(String),
    /// No entry of the mentee's inbox has this ID.
    #[error("{}", t!("inbox-no-entry", id = .0.as_str()))]
    NoEntry(String),
    /// More than one entry starts with what was typed.
    #[error("{}", t!("inbox-ambiguous", id = .0.as_str()))]
    Ambiguous(String),
    /// The entry can no longer apply (its record is gone, or changed so it cannot take it).
    #[error("{}", t!("inbox-cannot-apply", id = id.as_str(), why = why.as_str()))]
    CannotApply { id: String, why: String },
}
