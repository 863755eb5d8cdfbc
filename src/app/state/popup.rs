//! The windows over the main screen: forms, confirmations, and the choice offered when quitting
//! with edits that are not on disk.

use super::{ListId, Search};
use crate::app::form::Form;

/// What a pending confirmation will do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ConfirmKind {
    /// Delete the record.
    #[default]
    Delete,
    /// Mark a session held although its day is still to come.
    HoldFuture,
}

/// A pending yes/no question about one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirm {
    /// Shown to the user: names what will happen to what.
    pub message: String,
    /// The record.
    pub id: crate::domain::RecordRef,
    pub list: ListId,
    pub kind: ConfirmKind,
}

/// A window over the main screen.
#[derive(Debug, Clone)]
pub enum Popup {
    Form(Box<Form>),
    Confirm(Confirm),
    /// The keys (`?`): searchable, scrolled (see [`crate::app::help`]).
    Help(Box<crate::app::help::Help>),
    /// Asking before a form with typed text is thrown away.
    DiscardForm(Box<Form>),
    /// A mentee form that concludes the mentoring, asking whether to cancel the `planned`
    /// sessions still to come (yes cancels them, no keeps them; both save the form; Esc goes
    /// back to the form).
    Conclude {
        form: Box<Form>,
        planned: usize,
    },
    /// Every field of one record, with its relations (`Enter` or `o` on a row).
    Detail(crate::app::detail::Detail),
    /// The search over every record (`Ctrl-f`).
    Search(Box<Search>),
    /// Quitting while the last save failed: retry, keep a copy elsewhere, or quit anyway.
    Unsaved(Box<Unsaved>),
    /// Applying a template: the picker, then the preview (`T`, see [`crate::app::template`]).
    Template(Box<crate::app::template::TemplatePopup>),
    /// What to know before the next session with a mentee (`b`; see [`crate::app::brief`]).
    Brief(Box<crate::app::brief::Open>),
    /// Where and how to write a mentee's progress report (see [`crate::app::report`]).
    Report(Box<crate::app::report::Prompt>),
    /// What a concluded mentoring came to, with the closing note (see [`crate::app::closing`]).
    Closing(Box<crate::app::closing::Open>),
    /// The conflicts a sync left, to settle one key per choice (see [`crate::app::conflicts`]).
    Conflicts(crate::app::conflicts::Open),
    /// A mentee's Inbox: the entries of their reply waiting for the mentor (see
    /// [`crate::app::inbox`]).
    Inbox(Box<crate::app::inbox::Open>),
    /// Reply mode: what the mentee wrote and the mentor's answers, scrolled this far (see
    /// [`crate::app::reply`]).
    ReplyPane(usize),
}
/// The word typed to quit without saving.
pub const DISCARD_WORD: &str = "discard";

/// The choice offered when quitting with edits that are not on disk.
#[derive(Debug, Clone)]
pub struct Unsaved {
    /// Why the last save failed.
    pub why: String,
    pub step: UnsavedStep,
    /// What went wrong with the last choice (a copy that could not be written, a mistyped word).
    pub error: Option<String>,
}

/// Where in the choice the user is.
#[derive(Debug, Clone)]
pub enum UnsavedStep {
    /// Retry, copy elsewhere, or quit anyway.
    Choose,
    /// Typing the path of a copy.
    CopyTo(tui_input::Input),
    /// Typing [`DISCARD_WORD`] to quit without saving.
    Discard(tui_input::Input),
}
