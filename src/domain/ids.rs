//! Identifiers: short, stable, unique within one workspace file and across its replicas.
//!
//! Every record gets a number from the workspace's counter and a one- or two-letter prefix
//! naming its kind (`m3` a mentee, `g7` a goal, `ms8` a milestone ...); the prefix makes an ID
//! readable on its own in a script or a conversation.
//!
//! A store kept on several machines (`mentor sync`) is *replicated*: two machines may hand out
//! the same number at the same time. There every new ID also carries the replica tag of the
//! process that made it, after a dot (`g13.k7qxm`): a tag is 5 random letters and digits drawn
//! when the store is opened, so two machines adding a goal make `g13.k7qxm` and `g13.p2a4d`.
//! IDs made before the store was replicated keep their plain form: every replica descends from
//! that one file, so they are already unique everywhere, and keeping them keeps scripts, habits
//! and calendar UIDs working. A person may type the part before the dot (`g13`) wherever it
//! names one record ([`id_matches`]).

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The prefix that IDs of this kind start with.
            pub const PREFIX: &'static str = $prefix;

            /// The ID for counter value `n`.
            pub fn from_number(n: u64) -> Self {
                Self(format!("{}{}", $prefix, n))
            }

            /// The ID for counter value `n` made by the replica tagged `tag` (see the module
            /// documentation).
            pub fn from_parts(n: u64, tag: Option<&str>) -> Self {
                match tag {
                    Some(tag) => Self(format!("{}{}.{}", $prefix, n, tag)),
                    None => Self::from_number(n),
                }
            }

            /// The ID as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The counter value inside the ID, when it has the expected shape (a replica
            /// tag, if any, is valid).
            pub fn number(&self) -> Option<u64> {
                parse_number(&self.0, $prefix)
            }

            /// The replica tag after the dot, if the ID has one.
            pub fn tag(&self) -> Option<&str> {
                self.0.split_once('.').map(|(_, tag)| tag)
            }
        }

        impl Fresh for $name {
            fn fresh(n: u64, tag: Option<&str>) -> Self {
                Self::from_parts(n, tag)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(&self.0)
            }
        }
    };
}

/// An ID type a new record can be given: see [`crate::domain::Workspace::new_id`].
pub trait Fresh: Sized {
    /// The ID for counter value `n` made by the replica tagged `tag`.
    fn fresh(n: u64, tag: Option<&str>) -> Self;
}

/// The longest replica tag an ID may carry.
pub const MAX_TAG: usize = 12;

/// True for a replica tag: 1 to [`MAX_TAG`] lower-case ASCII letters or digits.
pub fn valid_tag(tag: &str) -> bool {
    (1..=MAX_TAG).contains(&tag.len())
        && tag
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// The number of `id` after `prefix`, with an optional valid replica tag after a dot. One pass
/// over the bytes: run for every record when a store is validated, where calling `memcmp` for a
/// one- or two-letter prefix and parsing the digits twice were most of the time.
fn parse_number(id: &str, prefix: &str) -> Option<u64> {
    let (bytes, p) = (id.as_bytes(), prefix.as_bytes());
    if bytes.len() < p.len() || !bytes.iter().zip(p).all(|(a, b)| a == b) {
        return None;
    }
    let rest = &bytes[p.len()..];
    let end = rest.iter().position(|&b| b == b'.').unwrap_or(rest.len());
    let (digits, tag) = (&rest[..end], rest.get(end + 1..));
    if digits.is_empty() {
        return None;
    }
    let mut n: u64 = 0;
    for &b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    match tag {
        Some(tag) if !valid_tag(std::str::from_utf8(tag).ok()?) => None,
        _ => Some(n),
    }
}

/// True when what a person typed names the ID `id`: the whole ID, or (for an ID with a
/// replica tag) the part before the dot. Whether it names only one record is for the caller to
/// check ([`crate::domain::Workspace`]'s finders do).
pub fn id_matches(id: &str, typed: &str) -> bool {
    id == typed || id.split_once('.').is_some_and(|(short, _)| short == typed)
}

/// The counter has reached its end: no record can be added without reusing a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::t!("dom-ids-exhausted", limit = u64::MAX.to_string()))]
pub struct IdsExhausted;

/// Hands out the number `counter` holds and moves the counter on. The counter is never allowed
/// to wrap: at [`u64::MAX`] nothing is handed out, so a file is never written with a counter
/// below the IDs in use (which would make it unreadable).
pub fn take_next(counter: &mut u64) -> Result<u64, IdsExhausted> {
    let n = (*counter).max(1);
    let next = n.checked_add(1).ok_or(IdsExhausted)?;
    *counter = next;
    Ok(n)
}

id_type!(
    /// Identifies a mentee.
    MenteeId,
    "m"
);
id_type!(
    /// Identifies a goal.
    GoalId,
    "g"
);
id_type!(
    /// Identifies a milestone of a goal.
    MilestoneId,
    "ms"
);
id_type!(
    /// Identifies a session (check-in).
    SessionId,
    "s"
);
id_type!(
    /// Identifies an action item agreed in a session.
    ActionId,
    "a"
);
id_type!(
    /// Identifies a recurring series of sessions.
    SeriesId,
    "sr"
);
id_type!(
    /// Identifies a feedback note.
    FeedbackId,
    "f"
);
id_type!(
    /// Identifies a network connection.
    ConnectionId,
    "c"
);
id_type!(
    /// Identifies a stage of a mentee's career path.
    StageId,
    "st"
);

/// A typed reference to one record of a workspace: which kind it is and its ID. What the app
/// selects, confirms, edits and deletes, and what an operation names, so a change dispatches by
/// kind instead of searching every collection for a string.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordRef {
    Mentee(MenteeId),
    Goal(GoalId),
    Milestone(MilestoneId),
    Session(SessionId),
    Action(ActionId),
    Feedback(FeedbackId),
    Connection(ConnectionId),
    Series(SeriesId),
    Stage(StageId),
}

impl RecordRef {
    /// The ID as text.
    pub fn as_str(&self) -> &str {
        match self {
            RecordRef::Mentee(id) => id.as_str(),
            RecordRef::Goal(id) => id.as_str(),
            RecordRef::Milestone(id) => id.as_str(),
            RecordRef::Session(id) => id.as_str(),
            RecordRef::Action(id) => id.as_str(),
            RecordRef::Feedback(id) => id.as_str(),
            RecordRef::Connection(id) => id.as_str(),
            RecordRef::Series(id) => id.as_str(),
            RecordRef::Stage(id) => id.as_str(),
        }
    }

    /// The replica tag of the ID, if it has one.
    pub fn tag(&self) -> Option<&str> {
        self.as_str().split_once('.').map(|(_, tag)| tag)
    }

    /// The counter value inside the ID.
    pub fn number(&self) -> Option<u64> {
        match self {
            RecordRef::Mentee(id) => id.number(),
            RecordRef::Goal(id) => id.number(),
            RecordRef::Milestone(id) => id.number(),
            RecordRef::Session(id) => id.number(),
            RecordRef::Action(id) => id.number(),
            RecordRef::Feedback(id) => id.number(),
            RecordRef::Connection(id) => id.number(),
            RecordRef::Series(id) => id.number(),
            RecordRef::Stage(id) => id.number(),
        }
    }

    /// The kind of record, in words ("milestone", "action item").
    pub fn kind(&self) -> &'static str {
        match self {
            RecordRef::Mentee(_) => "mentee",
            RecordRef::Goal(_) => "goal",
            RecordRef::Milestone(_) => "milestone",
            RecordRef::Session(_) => "session",
            RecordRef::Action(_) => "action item",
            RecordRef::Feedback(_) => "feedback",
            RecordRef::Connection(_) => "connection",
            RecordRef::Series(_) => "series",
            RecordRef::Stage(_) => "stage",
        }
    }
}

impl fmt::Display for RecordRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_carry_prefix_and_number() {
        let id = MilestoneId::from_number(42);
        assert_eq!(id.as_str(), "ms42");
        assert_eq!(id.number(), Some(42));
        assert_eq!(GoalId("x1".into()).number(), None);
        assert_eq!(MenteeId::from_number(3).to_string(), "m3");
    }

    #[test]
    fn tagged_ids_keep_their_number_and_match_their_short_form() {
        let id = GoalId::from_parts(13, Some("k7qxm"));
        assert_eq!(id.as_str(), "g13.k7qxm");
        assert_eq!(id.number(), Some(13));
        assert_eq!(id.tag(), Some("k7qxm"));
        assert_eq!(GoalId::from_parts(13, None).as_str(), "g13");
        for bad in [
            "g13.",
            "g13.K7",
            "g.k7",
            "g13.k-7",
            "g13.abcdefghijklm",
            "g1x",
        ] {
            assert_eq!(GoalId(bad.into()).number(), None, "{bad}");
        }
        assert!(id_matches("g13.k7qxm", "g13"));
        assert!(id_matches("g13.k7qxm", "g13.k7qxm"));
        assert!(id_matches("g13", "g13"));
        assert!(!id_matches("g130.k7qxm", "g13"));
        assert!(!id_matches("g13", "g13.k7qxm"));
        assert_eq!(RecordRef::Goal(id).tag(), Some("k7qxm"));
    }

    #[test]
    fn a_number_is_read_only_from_an_id_of_exactly_the_right_shape() {
        let cases: [(&str, &str, Option<u64>); 14] = [
            ("g13", "g", Some(13)),
            ("ms8", "ms", Some(8)),
            ("ms8", "m", None),
            ("g", "g", None),
            ("g1a", "g", None),
            ("g+5", "g", None),
            ("g-5", "g", None),
            ("g13.", "g", None),
            ("g.k7qxm", "g", None),
            ("g13.k7qxm", "g", Some(13)),
            ("g13.K7QXM", "g", None),
            ("g18446744073709551615", "g", Some(u64::MAX)),
            ("g18446744073709551616", "g", None),
            ("x13", "g", None),
        ];
        for (id, prefix, expected) in cases {
            assert_eq!(parse_number(id, prefix), expected, "{id} after {prefix}");
        }
    }

    #[test]
    fn the_counter_stops_at_its_limit_instead_of_wrapping() {
        let mut counter = 0;
        assert_eq!(take_next(&mut counter), Ok(1));
        assert_eq!(counter, 2);
        let mut counter = u64::MAX - 1;
        assert_eq!(take_next(&mut counter), Ok(u64::MAX - 1));
        assert_eq!(counter, u64::MAX);
        assert_eq!(take_next(&mut counter), Err(IdsExhausted));
        assert_eq!(counter, u64::MAX, "a refused take leaves the counter alone");
        assert!(IdsExhausted.to_string().contains("next_id"));
    }
}
