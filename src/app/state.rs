//! The application state: the workspace and everything about what is on screen.

use super::history::History;
use super::memo::Memo;

mod find;
mod header;
mod modes;
mod popup;
mod settings;
mod tabs;
use crate::domain::Workspace;
use chrono::NaiveDate;
pub use find::{Filter, MenteeOrder, Search};
pub use header::{SaveStatus, Status, ViewInfo};
pub use popup::{Confirm, ConfirmKind, DISCARD_WORD, Popup, Unsaved, UnsavedStep};
pub use tabs::{Focus, ListId, Tab};

/// Below this size the app says so instead of drawing, and only quitting and resizing act.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

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
