//! What the header and the status line say: how the last save went, the last message, and what
//! a read-only view shows.

/// How the last save went, for the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is on disk; when the last save finished (`HH:MM`), if one happened.
    Saved(Option<String>),
    /// A save is under way.
    Saving,
    /// The last save failed; the edits are in memory.
    NotSaved(String),
}

/// A line of feedback at the bottom of the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}
/// What a read-only view shows, for the header and status line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewInfo {
    /// Whose plan it is ("Alice Moreau's plan"), or what the file is.
    pub title: String,
    /// When the mentor shared it (for a bundle).
    pub shared: Option<String>,
    /// When the view was last reloaded from disk.
    pub updated: Option<String>,
    /// Why the file on disk is not shown (the last good version stays on screen).
    pub warning: Option<String>,
    /// One mentee's plan: their own action items come first.
    pub mentee_only: bool,
}
