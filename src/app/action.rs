//! Everything that can happen to the state, and what the shell must do in return.

use super::state::{ListId, Tab};

mod path;
mod reply;
mod sync;
use chrono::NaiveDate;
pub use path::PathAction;
pub use reply::{Arrival, ReplyAction, Write};
pub use sync::{SyncAction, SyncFailure};

/// An intent, from a key or from the result of an effect.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    // Moving around.
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    NextPane,
    PrevPane,
    NextTab,
    PrevTab,
    ShowTab(Tab),
    /// Moves the calendar's day by this many days.
    CalendarDays(i64),
    /// Moves the calendar by this many months (to the same day, or the month's last).
    CalendarMonths(i32),
    /// Brings the calendar back to today.
    CalendarToday,
    // The mouse (resolved against the last frame by `keymap::resolve_mouse`).
    /// A click on row `row` of `list`: that list gets the focus and the row is selected.
    SelectRow {
        list: ListId,
        row: usize,
    },
    /// A click on a list's pane outside its rows: the list gets the focus.
    FocusPane(ListId),
    /// The wheel over `list`: its selection moves by `delta` rows (the view follows).
    Wheel {
        list: ListId,
        delta: isize,
    },
    /// A click on item `index` of the Agenda: it is selected.
    SelectAgendaItem(usize),
    /// On the Agenda or a calendar day's items: shows the selected item in its mentee's tab.
    Jump,
    /// Scrolls the pane of long text on the tab shown (the Notes, the agreement) by this many
    /// lines (see [`crate::app::panes`]).
    ScrollText(isize),
    /// Opens the form to plan a recurring series for the selected mentee.
    PlanSeries,
    // Changing the selected item (what it is depends on the focused list).
    Add,
    Edit,
    EditInEditor,
    Delete,
    ToggleDone,
    /// Opens the selected record in the detail overlay (read-only views too).
    Open,
    Undo,
    Redo,
    // Filtering the focused list.
    StartFilter,
    FilterEdit(TextEdit),
    FilterAccept,
    ClearFilter,
    // Finding: the global search, the mentee list's order and what it hides.
    /// `Ctrl-f` / `:`: opens the search over every record of every mentee.
    OpenSearch,
    /// A key typed in the search's query.
    SearchEdit(TextEdit),
    /// Moves the search's selected result by this many rows.
    SearchMove(isize),
    /// Enter in the search: shows the selected result's record (mentee, tab, list, row).
    SearchJump,
    /// Orders the mentee list the next way (as added, by name, by next check-in, by kind).
    CycleMenteeOrder,
    /// Hides or shows the concluded mentees.
    ToggleConcluded,
    // Popups.
    ShowHelp,
    /// A key typed into the help overlay's search.
    HelpEdit(TextEdit),
    Confirm,
    /// `n` in a question: no. The same as `Cancel`, except where a question has a third way out
    /// (concluding a mentee: `n` keeps the planned sessions and saves, `Esc` goes back).
    Decline,
    Cancel,
    FormNextField,
    FormPrevField,
    /// Enter in a form: the next field, or submit on the last one.
    FormEnter,
    /// A key typed in a form's field (on a ‹choice›, ←, → and Space pick the next choice).
    FormEdit(TextEdit),
    FormSubmit,
    FormEditInEditor,
    // Leaving.
    /// `q`: quit; with edits that are not on disk, ask first (see [`crate::app::Unsaved`]).
    Quit,
    /// `Ctrl-c`: quit from anywhere; a form with typed text asks first, as `Esc` does.
    ForceQuit,
    /// In the unsaved-edits popup: try the save again, then quit if it worked.
    QuitRetry,
    /// In the unsaved-edits popup: ask for a path and write a copy of the edits there.
    QuitCopyElsewhere,
    /// In the unsaved-edits popup: ask for the typed confirmation to quit without saving.
    QuitDiscard,
    /// An edit to the line typed in the unsaved-edits popup (a path, or the word).
    PromptEdit(TextEdit),
    /// Enter in the unsaved-edits popup's line.
    PromptSubmit,
    /// The terminal has this size (sent at start and on every resize).
    Resized {
        w: u16,
        h: u16,
    },
    /// Text pasted into the terminal (bracketed paste): goes into the focused text field.
    Paste(String),
    /// Read the file again after it changed on disk (the edits in memory go to a conflict copy).
    Reload,
    /// The brief and the progress report (issue 14).
    Brief(BriefAction),
    /// The closing review of a concluded mentee (issue 20; see [`ClosingAction`]).
    Closing(ClosingAction),
    /// A key that means nothing here: nothing happens.
    Unbound,
    // Results of effects.
    Saved {
        at: String,
    },
    SaveFailed(String),
    EditorDone {
        target: EditorTarget,
        result: Result<String, String>,
    },
    Reloaded {
        workspace: Box<crate::domain::Workspace>,
        note: String,
    },
    ReloadFailed(String),
    /// Every save asked for has finished (answer to [`Effect::Flush`]): the outcome of the last
    /// one (`Ok(HH:MM)` or `Err(why)`), or `None` when none was under way.
    Flushed(Option<Result<String, String>>),
    /// A copy of the edits was written (`Ok(path)`) or not (`Err(why)`), answering
    /// [`Effect::WriteCopy`].
    CopyWritten(Result<String, String>),
    /// The store changed on disk, written by another program (not this app's own save): with
    /// nothing unsaved the editor reloads at once, else it offers `R`.
    StoreChanged,
    /// This window opened read-only because another editor held the store, and it has let go:
    /// the app offers to become the editor.
    EditorFree,
    /// The store was opened again for editing ([`Effect::Reload`] in a read-only window whose
    /// store came free): this window is now the editor.
    BecameEditor {
        workspace: Box<crate::domain::Workspace>,
    },
    /// The viewed file changed on disk and was read again (`at`: when, `HH:MM`).
    ViewReloaded {
        workspace: Box<crate::domain::Workspace>,
        at: String,
    },
    /// The viewed file changed on disk but does not read; the last good version stays.
    ViewReloadFailed(String),
    /// The date changed (sent by the shell now and then).
    Tick(NaiveDate),
    /// The Path tab's changes and applying a template (issue 13; see [`PathAction`]).
    Path(PathAction),
    /// Syncing through git and settling the conflicts a sync left (issue 15; see
    /// [`SyncAction`]).
    Sync(SyncAction),
    /// The mentor's Inbox of replies and the mentee's reply mode (issue 19; see
    /// [`ReplyAction`]).
    Reply(ReplyAction),
}

impl Action {
    /// Changes the workspace: refused in read-only mode, and its key is left out of the footer
    /// and help there. The one place that says so (the keymap asks this too).
    pub fn is_edit(&self) -> bool {
        matches!(
            self,
            Action::Add
                | Action::PlanSeries
                | Action::Edit
                | Action::EditInEditor
                | Action::Delete
                | Action::ToggleDone
                | Action::Undo
                | Action::Redo
                | Action::FormSubmit
                | Action::EditorDone { .. }
                | Action::Brief(BriefAction::AddSuggestion)
                | Action::Closing(ClosingAction::Write)
                | Action::Brief(BriefAction::Ask(_))
        ) || matches!(self, Action::Path(p) if p.is_edit())
            || matches!(self, Action::Sync(s) if s.is_edit())
            || matches!(self, Action::Reply(r) if r.is_edit())
    }

    /// Which part of `update` handles this action. An exhaustive match: a new action must be
    /// given its place here.
    pub fn part(&self) -> Part {
        use Action as A;
        match self {
            A::Up
            | A::Down
            | A::PageUp
            | A::PageDown
            | A::Top
            | A::Bottom
            | A::NextPane
            | A::PrevPane
            | A::NextTab
            | A::PrevTab
            | A::ShowTab(_)
            | A::CalendarDays(_)
            | A::CalendarMonths(_)
            | A::CalendarToday
            | A::SelectRow { .. }
            | A::FocusPane(_)
            | A::Wheel { .. }
            | A::SelectAgendaItem(_)
            | A::Jump
            | A::ScrollText(_)
            | A::HelpEdit(_)
            | A::StartFilter
            | A::FilterEdit(_)
            | A::FilterAccept
            | A::ClearFilter => Part::Navigate,
            A::FormNextField
            | A::FormPrevField
            | A::FormEnter
            | A::FormEdit(_)
            | A::FormSubmit
            | A::FormEditInEditor => Part::Form,
            A::Quit
            | A::ForceQuit
            | A::QuitRetry
            | A::QuitCopyElsewhere
            | A::QuitDiscard
            | A::PromptEdit(_)
            | A::PromptSubmit
            | A::Flushed(_)
            | A::CopyWritten(_) => Part::Leave,
            A::Resized { .. }
            | A::Reloaded { .. }
            | A::ReloadFailed(_)
            | A::EditorFree
            | A::BecameEditor { .. }
            | A::ViewReloaded { .. }
            | A::ViewReloadFailed(_)
            | A::Saved { .. }
            | A::SaveFailed(_)
            | A::Tick(_) => Part::Result,
            A::PlanSeries
            | A::Add
            | A::Edit
            | A::ShowHelp
            | A::Cancel
            | A::Confirm
            | A::Decline
            | A::Delete
            | A::Paste(_)
            | A::EditInEditor
            | A::EditorDone { .. }
            | A::ToggleDone
            | A::Open
            | A::Undo
            | A::Redo
            | A::Reload
            | A::StoreChanged => Part::Record,
            A::OpenSearch | A::SearchEdit(_) | A::SearchMove(_) | A::SearchJump => Part::Find,
            A::CycleMenteeOrder | A::ToggleConcluded => Part::Find,
            A::Path(_) => Part::Path,
            A::Sync(_) => Part::Sync,
            A::Reply(_) => Part::Reply,
            A::Brief(_) => Part::Brief,
            A::Closing(_) => Part::Closing,
            A::Unbound => Part::Nothing,
        }
    }
}

/// The brief and the progress report (issue 14): what [`Action::Brief`] carries.
#[derive(Debug, Clone, PartialEq)]
pub enum BriefAction {
    /// `b`: opens the brief of the selected mentee (of the selected item's mentee on the Agenda
    /// or a calendar day) as a scrolled overlay (see [`crate::app::brief`]).
    Open,
    /// In the brief: moves the mark to the next (or previous) suggested agenda item.
    Pick(isize),
    /// In the brief: adds the marked suggestion to the agenda of the mentee's next planned
    /// session, or opens a new session's form with it when none is planned.
    AddSuggestion,
    /// In the brief: question `n` (from 1) of those proposed goes onto the agenda of the
    /// mentee's next planned session and is remembered as asked (`1` to `3`).
    Ask(usize),
    /// In a session form: the next question the brief proposes for its mentee goes onto the
    /// agenda (`Ctrl-o`).
    FormQuestion,
    /// Asks where to write the selected mentee's progress report (see [`crate::app::report`]).
    Report,
    /// A key typed in the report's path.
    ReportEdit(TextEdit),
    /// Switches the report between Markdown and HTML.
    ReportFormat,
    /// Enter in the report's prompt: builds the report and asks the shell to write it.
    ReportSubmit,
    /// The report was written (`Ok(path)`) or not (`Err(why)`), answering
    /// [`Effect::WriteReport`].
    ReportWritten(Result<String, String>),
}

/// The closing review (issue 20): what [`Action::Closing`] carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosingAction {
    /// `w`: opens the closing review of the selected mentee, once concluded (see
    /// [`crate::app::closing`]).
    Open,
    /// `e` in the review: the closing note's form.
    Write,
}

/// The parts of `update`, one module each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Moving the selection, panes, tabs, the calendar's day; the filter.
    Navigate,
    /// Typing in a form.
    Form,
    /// Quitting, and the question asked when edits are not saved.
    Leave,
    /// Answers from the shell and the terminal: saves, reloads, size, date.
    Result,
    /// Opening forms and popups, answering them, acting on the selected record, undo.
    Record,
    /// The global search and its jumps; the mentee list's order and hiding.
    Find,
    /// The Path tab's own changes (a stage's status, a skill's levels) and applying a template.
    Path,
    /// The brief overlay and the report export (issue 14).
    Brief,
    /// The closing review and its note (issue 20).
    Closing,
    /// Syncing and the conflicts a sync left (issue 15).
    Sync,
    /// The mentor's Inbox and the mentee's reply mode (issue 19).
    Reply,
    /// A key bound to nothing.
    Nothing,
}

/// An edit to a one-line text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEdit {
    Insert(char),
    Backspace,
    Delete,
    Left,
    Right,
    WordLeft,
    WordRight,
    Home,
    End,
    DeleteWord,
    DeleteLine,
}

impl TextEdit {
    /// Applies the edit to an input field.
    pub fn apply(self, input: &mut tui_input::Input) {
        use tui_input::InputRequest as R;
        let request = match self {
            TextEdit::Insert(c) => R::InsertChar(c),
            TextEdit::Backspace => R::DeletePrevChar,
            TextEdit::Delete => R::DeleteNextChar,
            TextEdit::Left => R::GoToPrevChar,
            TextEdit::Right => R::GoToNextChar,
            TextEdit::WordLeft => R::GoToPrevWord,
            TextEdit::WordRight => R::GoToNextWord,
            TextEdit::Home => R::GoToStart,
            TextEdit::End => R::GoToEnd,
            TextEdit::DeleteWord => R::DeletePrevWord,
            TextEdit::DeleteLine => R::DeleteLine,
        };
        input.handle(request);
    }
}

/// Which text an external editor is editing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditorTarget {
    /// A field of the open form.
    FormField(usize),
    /// The main long text of a record.
    Record(crate::domain::RecordRef),
}

/// Work for the shell: the only way the app touches the world.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save the workspace as it is now.
    Save,
    /// Suspend the terminal and edit `text` in `$EDITOR`; answer with [`Action::EditorDone`].
    OpenEditor { target: EditorTarget, text: String },
    /// Keep the edits in memory as a conflict copy, then read the file again; answer with
    /// [`Action::Reloaded`] or [`Action::ReloadFailed`].
    Reload,
    /// Wait until every save asked for has finished; answer with [`Action::Flushed`].
    Flush,
    /// Write the workspace to a new file at `path` (never over an existing one); answer with
    /// [`Action::CopyWritten`].
    WriteCopy { path: String },
    /// Read the templates (built-in and the user's files); answer with
    /// [`Action::TemplatesLoaded`].
    LoadTemplates,
    /// Write `text` to a new file at `path`, mode 0600, never over an existing file or link;
    /// answer with [`Action::ReportWritten`].
    WriteReport { path: String, text: String },
    /// Look for the replies of the mentees whose plan was shared, beside each bundle; answer
    /// with [`ReplyAction::Arrived`] when one holds entries the store does not know.
    LookForReplies,
    /// Add an entry saying `what` to the mentee's reply file (reply mode); answer with
    /// [`ReplyAction::Written`].
    AddToReply { what: crate::domain::reply::What },
    /// Sync the store through git in the background, once no save is in flight; answer with
    /// [`SyncAction::Progress`] as it goes and [`SyncAction::Done`] at the end.
    Sync,
}
