//! Where the panes that hold long text (the Notes of the selected session, the agreement on the
//! Overview) are scrolled to.
//!
//! These panes show one record's text wrapped; what does not fit is below, and `J` / `K` scroll
//! the pane of the tab shown (they are not lists and never take the focus, so the keys work
//! whichever list has it). The offset belongs to the record it was scrolled on: selecting
//! another session or mentee shows that one from its top. How far a pane can scroll depends on
//! its height and width, which only the screen knows, so the screen records the largest offset
//! it could use ([`PaneScroll::room`]) and `update` never goes past it; the screen clamps too, so
//! a pane that grew never shows empty rows below its text.

use super::state::{State, Tab};
use super::view;
use crate::domain::RecordRef;
use std::cell::Cell;

/// The offset of one text pane.
#[derive(Debug, Clone, Default)]
pub struct PaneScroll {
    /// The record the offset was set on.
    pub record: Option<RecordRef>,
    /// Lines scrolled past.
    pub offset: usize,
    /// The largest offset the pane could use when last drawn (kept by the screen).
    pub room: Cell<usize>,
}

impl PaneScroll {
    /// The offset to draw `record` at in a pane of `height` rows holding `len` lines; remembers
    /// how far the pane could scroll.
    pub fn shown(&self, record: Option<&RecordRef>, len: usize, height: usize) -> usize {
        let max = len.saturating_sub(height);
        self.room.set(max);
        if self.record.as_ref() == record {
            self.offset.min(max)
        } else {
            0
        }
    }

    /// Scrolls by `by` lines on `record` (from its top when the offset belonged to another).
    fn scroll(&mut self, record: Option<RecordRef>, by: isize) {
        if self.record != record {
            self.record = record;
            self.offset = 0;
        }
        let max = self.room.get();
        self.offset = self.offset.min(max).saturating_add_signed(by).min(max);
    }
}

/// The text panes' offsets.
#[derive(Debug, Clone, Default)]
pub struct Panes {
    pub notes: PaneScroll,
    pub agreement: PaneScroll,
    /// The roadmap of the selected stage on the Path tab.
    pub stage: PaneScroll,
}

/// `J` / `K`: scrolls the text pane of the tab shown (nothing on a tab without one).
pub fn scroll(state: &mut State, by: isize) {
    match state.tab {
        Tab::Sessions => {
            let record = view::session(state).map(|s| RecordRef::Session(s.id.clone()));
            state.panes.notes.scroll(record, by);
        }
        Tab::Overview => {
            let record = view::mentee(state).map(|m| RecordRef::Mentee(m.id.clone()));
            state.panes.agreement.scroll(record, by);
        }
        Tab::Path => {
            let record = view::stage(state).map(view::stage_ref);
            state.panes.stage.scroll(record, by);
        }
        _ => {}
    }
}
