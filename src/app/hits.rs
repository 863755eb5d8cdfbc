//! What the last frame drew where, so a mouse click or wheel can be told what it is on.
//!
//! Only the screen knows where a list's rows, a tab's label or a footer hint ended up (panes are
//! split by the terminal's size, lists scroll, the footer drops hints that do not fit). The
//! render records those areas here as it draws them; the shell reads them to turn a click at
//! `(x, y)` into an ordinary [`Action`] (see [`crate::app::keymap::resolve_mouse`]). Like
//! [`super::scroll::Scroll`], this is memory of what was drawn, kept in a `RefCell` and never read
//! by [`super::update`]: `update` only ever sees the resolved action (`SelectRow`, `ShowTab`, a
//! footer hint's action…), so it stays pure and tests drive it without a screen.

use super::action::Action;
use super::state::{ListId, Tab};
use std::cell::RefCell;

/// A rectangle of cells, as drawn (the same fields as ratatui's `Rect`, kept here so the app
/// layer does not depend on the drawing library).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Area {
    pub x: u16,
    pub y: u16,
    pub width: u16,
    pub height: u16,
}

impl Area {
    pub fn new(x: u16, y: u16, width: u16, height: u16) -> Area {
        Area {
            x,
            y,
            width,
            height,
        }
    }

    /// True when the cell `(x, y)` is inside.
    pub fn contains(&self, x: u16, y: u16) -> bool {
        x >= self.x
            && y >= self.y
            && u32::from(x) < u32::from(self.x) + u32::from(self.width)
            && u32::from(y) < u32::from(self.y) + u32::from(self.height)
    }
}

/// A list pane as drawn: its whole box, where its rows start, and which row is first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListArea {
    pub list: ListId,
    /// The pane with its border.
    pub pane: Area,
    /// The rows (below any header row), one screen row each.
    pub rows: Area,
    /// The list row drawn on the first screen row.
    pub offset: usize,
    /// How many rows the list has.
    pub len: usize,
}

impl ListArea {
    /// The list row drawn at screen row `y`, if a row is drawn there.
    pub fn row_at(&self, x: u16, y: u16) -> Option<usize> {
        if !self.rows.contains(x, y) {
            return None;
        }
        let row = self.offset + usize::from(y - self.rows.y);
        (row < self.len).then_some(row)
    }
}

/// Everything that can be clicked in one frame.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    pub lists: Vec<ListArea>,
    /// Each tab's label in the tab bar.
    pub tabs: Vec<(Area, Tab)>,
    /// Each item line of the Agenda, with the item's index.
    pub agenda: Vec<(Area, usize)>,
    /// Each footer hint (its key and text) with what it does.
    pub hints: Vec<(Area, Action)>,
    /// A popup covers the screen from here: only the footer answers clicks.
    pub popup: bool,
}

/// What a click or the wheel at one cell is on.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// Row `row` of a list.
    Row(ListId, usize),
    /// A list's pane, outside its rows (its border, title, an empty line below the rows).
    Pane(ListId),
    Tab(Tab),
    /// Item `index` of the Agenda.
    AgendaItem(usize),
    /// A footer hint: what its key does.
    Hint(Action),
}

impl Layout {
    /// What is at `(x, y)`, if anything that answers the mouse.
    pub fn at(&self, x: u16, y: u16) -> Option<Target> {
        if let Some((_, action)) = self.hints.iter().find(|(a, _)| a.contains(x, y)) {
            return Some(Target::Hint(action.clone()));
        }
        if self.popup {
            return None;
        }
        if let Some((_, tab)) = self.tabs.iter().find(|(a, _)| a.contains(x, y)) {
            return Some(Target::Tab(*tab));
        }
        if let Some((_, index)) = self.agenda.iter().find(|(a, _)| a.contains(x, y)) {
            return Some(Target::AgendaItem(*index));
        }
        let list = self.lists.iter().find(|l| l.pane.contains(x, y))?;
        Some(match list.row_at(x, y) {
            Some(row) => Target::Row(list.list, row),
            None => Target::Pane(list.list),
        })
    }

    /// The list whose pane holds `(x, y)` (for the wheel), unless a popup covers it.
    pub fn list_at(&self, x: u16, y: u16) -> Option<ListId> {
        if self.popup {
            return None;
        }
        self.lists
            .iter()
            .find(|l| l.pane.contains(x, y))
            .map(|l| l.list)
    }
}

/// The layout of the last frame, written by the render.
#[derive(Debug, Clone, Default)]
pub struct Hits {
    last: RefCell<Layout>,
}

impl Hits {
    /// Forgets the last frame (the render calls this first).
    pub fn clear(&self) {
        *self.last.borrow_mut() = Layout::default();
    }

    /// Records what was drawn.
    pub fn record(&self, change: impl FnOnce(&mut Layout)) {
        change(&mut self.last.borrow_mut());
    }

    /// A copy of the last frame's layout.
    pub fn layout(&self) -> Layout {
        self.last.borrow().clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> ListArea {
        ListArea {
            list: ListId::Goals,
            pane: Area::new(10, 2, 30, 10),
            rows: Area::new(11, 4, 28, 7),
            offset: 5,
            len: 8,
        }
    }

    #[test]
    fn a_row_is_found_from_the_offset_and_rows_past_the_end_are_the_pane() {
        let layout = Layout {
            lists: vec![list()],
            ..Layout::default()
        };
        assert_eq!(layout.at(12, 4), Some(Target::Row(ListId::Goals, 5)));
        assert_eq!(layout.at(12, 6), Some(Target::Row(ListId::Goals, 7)));
        // Row 8 does not exist: the click is on the pane.
        assert_eq!(layout.at(12, 7), Some(Target::Pane(ListId::Goals)));
        // The border and the header row.
        assert_eq!(layout.at(10, 5), Some(Target::Pane(ListId::Goals)));
        assert_eq!(layout.at(12, 3), Some(Target::Pane(ListId::Goals)));
        assert_eq!(layout.at(9, 5), None);
        assert_eq!(layout.at(40, 5), None);
    }

    #[test]
    fn a_popup_leaves_only_the_footer() {
        let layout = Layout {
            lists: vec![list()],
            hints: vec![(Area::new(0, 20, 5, 1), Action::Quit)],
            popup: true,
            ..Layout::default()
        };
        assert_eq!(layout.at(12, 4), None);
        assert_eq!(layout.list_at(12, 4), None);
        assert_eq!(layout.at(3, 20), Some(Target::Hint(Action::Quit)));
    }
}
