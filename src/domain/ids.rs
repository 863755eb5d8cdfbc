//! Identifiers: short, stable, unique within one workspace file.
//!
//! Every record gets a number from the workspace's single counter and a one- or two-letter prefix
//! naming its kind (`m3` a mentee, `g7` a goal, `ms8` a milestone ...). The number alone is unique
//! in the file; the prefix makes an ID readable on its own in a script or a conversation.

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

            /// The ID as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The counter value inside the ID, when it has the expected shape.
            pub fn number(&self) -> Option<u64> {
                self.0.strip_prefix($prefix).and_then(|n| n.parse().ok())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(&self.0)
            }
        }
    };
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
}
