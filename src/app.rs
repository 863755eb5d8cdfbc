//! The application: one [`State`], one [`Action`] enum, a pure [`update`], and the [`Effect`]s the
//! shell carries out. Nothing here does I/O or reads the clock: "today" arrives in the state and
//! in [`Action::Tick`].

pub mod action;
pub mod brief;
pub mod closing;
pub mod conflicts;
pub mod detail;
pub mod edit;
pub mod everyone;
pub mod form;
pub mod forms;
pub mod help;
pub mod history;
pub mod hits;
pub mod keymap;
pub mod memo;
pub mod panes;
pub mod report;
pub mod scroll;
pub mod spark;
pub mod state;
pub mod template;
pub mod update;
pub mod view;

pub use action::{Action, EditorTarget, Effect, TextEdit};
pub use state::{
    Confirm, ConfirmKind, Focus, ListId, MenteeOrder, Popup, SaveStatus, Search, State, Tab,
    Unsaved, UnsavedStep, ViewInfo,
};
pub use update::update;
