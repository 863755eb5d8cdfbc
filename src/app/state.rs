//! The application state: the workspace and everything about what is on screen.

use super::form::Form;
use super::history::History;
use super::memo::Memo;

mod find;
mod modes;
mod settings;
use crate::domain::Workspace;
use chrono::NaiveDate;
pub use find::{Filter, MenteeOrder, Search};

/// The tabs: five about the selected mentee, the agenda and the calendar of everyone, then the
/// selected mentee's career path (added last, so the keys of the tabs before it stay as they were).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Goals,
    Sessions,
    Feedback,
    Network,
    Overview,
    Agenda,
    Calendar,
    Path,
}

impl Tab {
    pub const ALL: [Tab; 8] = [
        Tab::Goals,
        Tab::Sessions,
        Tab::Feedback,
        Tab::Network,
        Tab::Overview,
        Tab::Agenda,
        Tab::Calendar,
        Tab::Path,
    ];

    /// The agenda and the calendar cover every mentee, not the selected one.
    pub fn is_everyone(self) -> bool {
        matches!(self, Tab::Agenda | Tab::Calendar)
    }

    pub fn title(self) -> &'static str {
        match self {
            Tab::Goals => "Goals",
            Tab::Sessions => "Sessions",
            Tab::Feedback => "Feedback",
            Tab::Network => "Network",
            Tab::Overview => "Overview",
            Tab::Agenda => "Agenda",
            Tab::Calendar => "Calendar",
            Tab::Path => "Path",
        }
    }

    /// The lists shown in this tab, in focus order.
    pub fn lists(self) -> &'static [ListId] {
        match self {
            Tab::Goals => &[ListId::Goals, ListId::Milestones],
            Tab::Sessions => &[ListId::Sessions, ListId::Actions],
            Tab::Feedback => &[ListId::Feedback],
            Tab::Network => &[ListId::Connections],
            Tab::Path => &[ListId::Stages, ListId::Skills],
            Tab::Overview | Tab::Agenda | Tab::Calendar => &[],
        }
    }

    fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    /// The tab `step` places to the right (wrapping).
    pub fn offset(self, step: isize) -> Tab {
        let n = Tab::ALL.len() as isize;
        Tab::ALL[(self.index() as isize + step).rem_euclid(n) as usize]
    }
}

/// A list that can hold the selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListId {
    Mentees,
    Goals,
    Milestones,
    Sessions,
    Actions,
    Feedback,
    Connections,
    /// The stages of the selected mentee's career path.
    Stages,
    /// The selected mentee's skill matrix (gaps first, see [`crate::domain::derived::skill_matrix`]).
    Skills,
}

impl ListId {
    pub const ALL: [ListId; 9] = [
        ListId::Mentees,
        ListId::Goals,
        ListId::Milestones,
        ListId::Sessions,
        ListId::Actions,
        ListId::Feedback,
        ListId::Connections,
        ListId::Stages,
        ListId::Skills,
    ];

    pub fn index(self) -> usize {
        ListId::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    /// What one item of the list is called.
    pub fn noun(self) -> &'static str {
        match self {
            ListId::Mentees => "mentee",
            ListId::Goals => "goal",
            ListId::Milestones => "milestone",
            ListId::Sessions => "session",
            ListId::Actions => "action item",
            ListId::Feedback => "feedback note",
            ListId::Connections => "connection",
            ListId::Stages => "stage",
            ListId::Skills => "skill",
        }
    }

    /// [`ListId::noun`] as a person reads it, in the current language.
    pub fn noun_text(self) -> String {
        match self {
            ListId::Mentees => crate::t!("app-noun-mentee"),
            ListId::Goals => crate::t!("app-noun-goal"),
            ListId::Milestones => crate::t!("app-noun-milestone"),
            ListId::Sessions => crate::t!("app-noun-session"),
            ListId::Actions => crate::t!("app-noun-action"),
            ListId::Feedback => crate::t!("app-noun-feedback"),
            ListId::Connections => crate::t!("app-noun-connection"),
            ListId::Stages => crate::t!("app-noun-stage"),
            ListId::Skills => crate::t!("app-noun-skill"),
        }
    }
}

/// Which list has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Focus(pub ListId);

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
    /// The keys (`?`): searchable, scrolled (see [`super::help`]).
    Help(Box<super::help::Help>),
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
    Detail(super::detail::Detail),
    /// The search over every record (`Ctrl-f`).
    Search(Box<Search>),
    /// Quitting while the last save failed: retry, keep a copy elsewhere, or quit anyway.
    Unsaved(Box<Unsaved>),
    /// Applying a template: the picker, then the preview (`T`, see [`super::template`]).
    Template(Box<super::template::TemplatePopup>),
    /// What to know before the next session with a mentee (`b`; see [`super::brief`]).
    Brief(Box<super::brief::Open>),
    /// Where and how to write a mentee's progress report (see [`super::report`]).
    Report(Box<super::report::Prompt>),
    /// What a concluded mentoring came to, with the closing note (see [`super::closing`]).
    Closing(Box<super::closing::Open>),
    /// The conflicts a sync left, to settle one key per choice (see [`super::conflicts`]).
    Conflicts(super::conflicts::Open),
    /// A mentee's Inbox: the entries of their reply waiting for the mentor (see
    /// [`super::inbox`]).
    Inbox(Box<super::inbox::Open>),
    /// Reply mode: what the mentee wrote and the mentor's answers, scrolled this far (see
    /// [`super::reply`]).
    ReplyPane(usize),
}

/// Below this size the app says so instead of drawing, and only quitting and resizing act.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

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

/// Everything the app knows.
#[derive(Debug, Clone)]
pub struct State {
    pub ws: Workspace,
    pub today: NaiveDate,
    /// The mentor's time zone, for times typed into forms and planned series.
    pub zone: crate::domain::schedule::Zone,
    /// The file shown in the header.
    pub store_label: String,
    pub save: SaveStatus,
    /// Why nothing may be changed, when that is so (shown as a banner).
    pub read_only: Option<String>,
    /// Set when this is a read-only view of a file (a mentee's plan or `mentor view`).
    pub view: Option<ViewInfo>,
    pub focus: Focus,
    pub tab: Tab,
    /// The selected row of each list (an index into the list as filtered), by [`ListId::index`].
    pub selected: [usize; ListId::ALL.len()],
    /// The filters, at most one per list: each stays with its list while the focus is elsewhere.
    pub filters: Vec<Filter>,
    /// How the mentee list is ordered, and whether concluded mentees are left out of it.
    pub mentee_order: MenteeOrder,
    pub hide_concluded: bool,
    pub popup: Option<Popup>,
    pub status: Option<Status>,
    pub history: History,
    /// Views derived from the whole workspace, kept while it is unchanged (see [`Memo`]).
    pub memo: Memo,
    /// Where each list is scrolled to, kept by the screen (see [`super::scroll`]).
    pub scroll: super::scroll::Scroll,
    /// What the last frame drew where, for the mouse (see [`super::hits`]).
    pub hits: super::hits::Hits,
    /// Where the panes of long text (notes, agreement) are scrolled to (see [`super::panes`]).
    pub panes: super::panes::Panes,
    /// The day the calendar has selected.
    pub calendar_day: NaiveDate,
    /// The first day of a week in the calendar's month grid (the config file's `week_start`).
    pub week_start: chrono::Weekday,
    /// What a new mentee's agreement starts with (the config file's `[new_mentee]`).
    pub new_mentee: crate::domain::config::NewMentee,
    /// The selected item of the Agenda, counted across its sections (see [`super::everyone`]).
    pub agenda_row: usize,
    /// The selected item of the calendar's day list, when that list has the keys (`Tab` on the
    /// calendar); `None` while the month grid has them.
    pub day_row: Option<usize>,
    /// Rows a page moves (follows the terminal height, see [`crate::app::Action::Resized`]).
    pub page: usize,
    /// The terminal's size (columns, rows), once the shell has said it.
    pub size: Option<(u16, u16)>,
    /// A sync under way, with the step it is at ("pulling"); `None` while none is.
    pub syncing: Option<String>,
    /// What the sync that just ended brought, said once the store has been read again.
    pub synced: Option<String>,
    /// Set in the mentee's reply mode (`mentor reply BUNDLE`): where the reply goes and what it
    /// holds (see [`super::reply`]).
    pub reply: Option<Box<super::reply::ReplyMode>>,
    /// The user asked to quit and a confirmation (discarding a form) stands in between.
    pub leaving: bool,
    pub quit: bool,
    /// The questions the brief proposes from: the built-in bank and the mentor's own.
    pub questions: std::sync::Arc<crate::domain::questions::Bank>,
}

impl State {
    /// A state showing `ws`, with the mentee list focused.
    pub fn new(ws: Workspace, today: NaiveDate, store_label: impl Into<String>) -> State {
        State {
            ws,
            today,
            zone: crate::domain::schedule::Zone::Fixed(chrono::Offset::fix(&chrono::Utc)),
            store_label: store_label.into(),
            save: SaveStatus::Saved(None),
            read_only: None,
            view: None,
            focus: Focus(ListId::Mentees),
            tab: Tab::Goals,
            selected: [0; ListId::ALL.len()],
            filters: Vec::new(),
            mentee_order: MenteeOrder::Added,
            hide_concluded: false,
            popup: None,
            status: None,
            history: History::default(),
            memo: Memo::default(),
            scroll: super::scroll::Scroll::default(),
            hits: super::hits::Hits::default(),
            panes: super::panes::Panes::default(),
            calendar_day: today,
            week_start: chrono::Weekday::Mon,
            new_mentee: Default::default(),
            agenda_row: 0,
            day_row: None,
            page: 10,
            size: None,
            syncing: None,
            synced: None,
            reply: None,
            leaving: false,
            quit: false,
            questions: Default::default(),
        }
    }

    /// The state, reading typed times in `zone` (the mentor's time zone).
    pub fn in_zone(self, zone: crate::domain::schedule::Zone) -> State {
        State { zone, ..self }
    }

    /// The state, read-only for `reason` when there is one.
    pub fn read_only(self, reason: Option<String>) -> State {
        State {
            read_only: reason,
            ..self
        }
    }

    /// The state of the mentee's view of a shared file (always read-only).
    pub fn viewing(self, info: ViewInfo) -> State {
        State {
            read_only: Some(crate::t!("app-view-read-only")),
            view: Some(info),
            ..self
        }
    }

    /// True when the calendar is on screen, and so has the keys: its tab is shown and there is a
    /// mentee (an empty workspace shows the welcome text on every tab instead).
    pub fn calendar_shown(&self) -> bool {
        self.tab == Tab::Calendar && !self.ws.mentees.is_empty()
    }

    /// True when the Agenda is on screen, and so has the keys (as [`State::calendar_shown`]).
    pub fn agenda_shown(&self) -> bool {
        self.tab == Tab::Agenda && !self.ws.mentees.is_empty()
    }

    /// True when the keys move `list`: it has the focus, and neither the calendar nor the Agenda
    /// has the keys (see `keymap::contexts`).
    pub fn list_focused(&self, list: ListId) -> bool {
        self.focus.0 == list && !self.calendar_shown() && !self.agenda_shown()
    }

    /// True when the terminal is below the minimum size: the screen says so, and only quitting
    /// and resizing act.
    pub fn too_small(&self) -> bool {
        self.size
            .is_some_and(|(w, h)| w < MIN_WIDTH || h < MIN_HEIGHT)
    }

    /// True when the mentee is the one looking (`mentor view` of a bundle or `--mentee`): the
    /// screens then say "you" to the mentee and leave out what only concerns the mentor.
    pub fn mentee_view(&self) -> bool {
        self.view.as_ref().is_some_and(|v| v.mentee_only)
    }

    /// The filter of `list`, if it has one.
    pub fn filter(&self, list: ListId) -> Option<&Filter> {
        self.filters.iter().find(|f| f.list == list)
    }

    /// The filter being typed, if one is.
    pub fn typing_filter(&self) -> Option<&Filter> {
        self.filters.iter().find(|f| f.editing)
    }

    pub fn selected(&self, list: ListId) -> usize {
        self.selected[list.index()]
    }

    pub fn set_selected(&mut self, list: ListId, row: usize) {
        self.selected[list.index()] = row;
    }

    /// Tells the user something.
    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    /// Tells the user something went wrong.
    pub fn error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }
}
