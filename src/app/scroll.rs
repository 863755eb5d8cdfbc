//! Where each list is scrolled to, kept from frame to frame so the view does not jump.
//!
//! A list pane shows the rows from an offset on. The offset is sticky: it moves only when the
//! selection would leave the pane (by as many rows as needed, no more), or when the pane has room
//! below the last row after rows went away or the pane grew. Moving down one row past the bottom
//! scrolls by one; moving back up moves the selection, not the view.
//!
//! The offset depends on the pane's height, which only the screen knows (panes are split by
//! percentages, a table header takes a row, the terminal can be resized), so it is kept like
//! ratatui's `TableState`: the render reads the last offset and writes the new one. It lives in
//! [`Cell`]s, as the [`super::memo::Memo`] lives in a `RefCell`: it is memory of what was drawn,
//! never read by [`super::update`], and nothing the user edits depends on it.

use super::ListId;
use std::cell::Cell;

/// The first row shown of each list, by [`ListId::index`].
#[derive(Debug, Clone, Default)]
pub struct Scroll {
    offsets: [Cell<usize>; ListId::ALL.len()],
    /// The first line the Agenda showed.
    agenda: Cell<usize>,
    /// The first row the calendar's day list showed.
    day: Cell<usize>,
}

impl Scroll {
    /// The first row `list` showed when it was last drawn.
    pub fn offset(&self, list: ListId) -> usize {
        self.offsets[list.index()].get()
    }

    /// The first row to show of `list`, which has `len` rows with row `selected` selected, in a
    /// pane of `height` rows; remembered for the next frame.
    pub fn follow(&self, list: ListId, selected: usize, len: usize, height: usize) -> usize {
        let cell = &self.offsets[list.index()];
        let offset = sticky(cell.get(), selected, len, height);
        cell.set(offset);
        offset
    }
}

/// The lists of the Agenda and the Calendar, which are not [`ListId`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Agenda,
    Day,
}

impl Scroll {
    /// As [`Scroll::follow`], for the Agenda or the calendar's day list.
    pub fn follow_pane(&self, pane: Pane, selected: usize, len: usize, height: usize) -> usize {
        let cell = match pane {
            Pane::Agenda => &self.agenda,
            Pane::Day => &self.day,
        };
        let offset = sticky(cell.get(), selected, len, height);
        cell.set(offset);
        offset
    }
}

/// The offset after `previous` that keeps `selected` in view in a pane of `height` rows over a
/// list of `len` rows, moving the view as little as possible.
pub fn sticky(previous: usize, selected: usize, len: usize, height: usize) -> usize {
    let height = height.max(1);
    let selected = selected.min(len.saturating_sub(1));
    // No room left below the last row (after rows went away or the pane grew).
    let offset = previous.min(len.saturating_sub(height));
    if selected < offset {
        selected
    } else if selected >= offset + height {
        selected + 1 - height
    } else {
        offset
    }
}

#[cfg(test)]
mod tests {
    use super::sticky;

    #[test]
    fn moving_inside_the_pane_keeps_the_view() {
        assert_eq!(sticky(3, 5, 100, 10), 3);
        assert_eq!(sticky(3, 3, 100, 10), 3);
        assert_eq!(sticky(3, 12, 100, 10), 3);
    }

    #[test]
    fn moving_past_an_edge_scrolls_by_as_much_as_needed() {
        // One past the bottom: one row.
        assert_eq!(sticky(3, 13, 100, 10), 4);
        // One above the top: one row.
        assert_eq!(sticky(3, 2, 100, 10), 2);
        // A jump (page, end) shows the selection at the edge it came in from.
        assert_eq!(sticky(0, 99, 100, 10), 90);
        assert_eq!(sticky(90, 0, 100, 10), 0);
    }

    #[test]
    fn no_room_is_left_below_the_last_row() {
        // Rows went away: the view moves up to fill the pane.
        assert_eq!(sticky(40, 45, 48, 10), 38);
        // The pane grew taller than the list.
        assert_eq!(sticky(5, 6, 8, 20), 0);
        assert_eq!(sticky(5, 0, 0, 10), 0);
    }

    #[test]
    fn a_pane_without_rows_still_follows_the_selection() {
        assert_eq!(sticky(0, 7, 100, 0), 7);
    }
}
