//! A backend wrapper that draws clusters terminals disagree on without leaving stale cells.
//!
//! The drawing layer gives a shaky cluster (👩‍💻, 🧑🏽‍🚀, 👍🏽, 🇳🇱) the room of its widest reading
//! and marks the cells after it as never written (see `ui::clusters`). A terminal may still draw
//! the cluster narrower (it joins the sequence) or wider (it draws the parts) than ratatui thinks.
//! So each time such a cluster is drawn, this wrapper first writes blanks over its whole room,
//! then the cluster on its own, and starts the next cell with a fresh cursor position: the cells
//! of the room hold either the cluster or a blank, and what follows lands where it belongs,
//! whichever width the terminal chose.

use crate::domain::text;
use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Cell, CellDiffOption};
use ratatui::layout::{Position, Size};

/// Wraps a backend (the terminal's, or a test's) so shaky clusters are drawn safely.
#[derive(Debug)]
pub struct ClusterSafe<B>(pub B);

impl<B: Backend> Backend for ClusterSafe<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut run: Vec<(u16, u16, &'a Cell)> = Vec::new();
        // The room of the last cluster drawn: (row, first column, end column).
        let mut room: Option<(u16, u16, u16)> = None;
        for (x, y, cell) in content {
            if let Some((row, from, to)) = room
                && y == row
                && x > from
                && x < to
            {
                // Inside the room, already blank or covered by the cluster.
                continue;
            }
            let symbol = cell.symbol();
            if !text::is_shaky(symbol) {
                run.push((x, y, cell));
                continue;
            }
            let width = (text::cluster_width(symbol).max(text::drawn_width(symbol))) as u16;
            let mut blank = cell.clone();
            blank.set_symbol(" ").set_diff_option(CellDiffOption::None);
            // Each call to the inner backend starts with a cursor move, so nothing relies on where
            // the terminal left the cursor after a cluster.
            self.0.draw(run.drain(..))?;
            self.0
                .draw((0..width).map(|i| (x.saturating_add(i), y, &blank)))?;
            self.0.draw(std::iter::once((x, y, cell)))?;
            room = Some((y, x, x.saturating_add(width)));
        }
        self.0.draw(run.into_iter())
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.0.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.0.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.0.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.0.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.0.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.0.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.0.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests;
