//! The state of finding things: the filters of the lists, the global search, and the mentee
//! list's order.

use super::ListId;

/// The global search: the query typed and what it found.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub input: tui_input::Input,
    pub found: crate::domain::search::Found,
    /// The query `found` answers (trimmed, lower-cased).
    pub searched: Option<String>,
    /// The selected result.
    pub selected: usize,
}

/// The filter of one list.
#[derive(Debug, Clone)]
pub struct Filter {
    pub list: ListId,
    pub input: tui_input::Input,
    /// Still typing (keys go to the filter) or accepted (keys move in the filtered list).
    pub editing: bool,
}

/// The order of the mentee list (`s` cycles through them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum MenteeOrder {
    /// As added.
    #[default]
    Added,
    Name,
    /// The soonest next check-in first; mentees without one last.
    CheckIn,
    /// By kind of mentoring, then by name.
    Kind,
}

impl MenteeOrder {
    /// The next order in the cycle.
    pub fn next(self) -> MenteeOrder {
        match self {
            MenteeOrder::Added => MenteeOrder::Name,
            MenteeOrder::Name => MenteeOrder::CheckIn,
            MenteeOrder::CheckIn => MenteeOrder::Kind,
            MenteeOrder::Kind => MenteeOrder::Added,
        }
    }

    /// As the list's title says it ("by name"), in the user's language, or nothing for the
    /// order they were added in.
    pub fn label(self) -> Option<String> {
        match self {
            MenteeOrder::Added => None,
            MenteeOrder::Name => Some(crate::t!("app-order-name")),
            MenteeOrder::CheckIn => Some(crate::t!("app-order-check-in")),
            MenteeOrder::Kind => Some(crate::t!("app-order-kind")),
        }
    }

    /// The order in one word, for a narrow title ("name" in "↕name").
    pub fn short_label(self) -> Option<String> {
        match self {
            MenteeOrder::Added => None,
            MenteeOrder::Name => Some(crate::t!("app-order-name-short")),
            MenteeOrder::CheckIn => Some(crate::t!("app-order-check-in-short")),
            MenteeOrder::Kind => Some(crate::t!("app-order-kind-short")),
        }
    }
}
