//! The detail overlay: every field of one record, wrapped to the overlay's width, with its
//! relations, scrolled by the keys (see [`crate::app::keymap::Ctx::Detail`]).
//!
//! What it shows is built here from the state's workspace, so `update` (which clamps the scroll)
//! and the screen (which draws it) agree on every line. In the mentee's read-only view the state's
//! workspace is the projected one (see `tui::view::display`), so the overlay shows only what the
//! mentee may see; it also leaves out the mentor-only fields by name (see [`content`]).

mod content;
mod labels;

use super::state::State;
use crate::domain::RecordRef;
use crate::domain::text;

pub use content::{Row, Tone, rows};

/// Columns of the label to the left of each field's text.
pub const LABEL: usize = 14;

/// The terminal size assumed before the shell has said it.
const DEFAULT_SIZE: (u16, u16) = (80, 24);

/// An open detail overlay: which record, and how far it is scrolled (lines from the top).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub record: RecordRef,
    pub scroll: usize,
}

/// One line of the overlay as drawn: a label (only on a field's first line) and a piece of text,
/// both made safe (newlines and control characters escaped), not yet made screen-ready.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub label: String,
    pub text: String,
    pub tone: Tone,
}

/// The overlay's rectangle in a terminal of `size` (width, height): (width, height), with its
/// border. Centred by the screen.
pub fn outer(size: (u16, u16)) -> (u16, u16) {
    let (w, h) = size;
    (w.saturating_sub(4).min(100), h.saturating_sub(2))
}

/// The room for lines inside the border (one column of padding each side): (columns, rows).
pub fn inner(size: (u16, u16)) -> (usize, usize) {
    let (w, h) = outer(size);
    (
        usize::from(w.saturating_sub(4)),
        usize::from(h.saturating_sub(2)),
    )
}

/// The overlay's lines for `record`, wrapped to `columns`.
pub fn lines(state: &State, record: &RecordRef, columns: usize) -> Vec<Shown> {
    wrap(rows(state, record), columns)
}

/// `rows` as an overlay draws them, wrapped to `columns`: a field's text right of its label, a
/// line of its own hanging its continuation lines under its text (the brief's rows too).
pub fn wrap(rows: Vec<Row>, columns: usize) -> Vec<Shown> {
    let mut out = Vec::new();
    for row in rows {
        // A field's text stands right of its label; a line of its own (an item of a list) hangs
        // its continuation lines under its text, past the mark.
        // Leading spaces of such a line indent all of it.
        let lead = row.text.len() - row.text.trim_start_matches(' ').len();
        let (first, rest, room) = if row.label.is_empty() {
            let hang = lead.max(2);
            (
                " ".repeat(lead),
                " ".repeat(hang),
                columns.saturating_sub(hang),
            )
        } else {
            let blank = " ".repeat(LABEL);
            (
                text::pad(&labels::label_text(row.label), LABEL),
                blank,
                columns.saturating_sub(LABEL),
            )
        };
        let safe = text::block(&row.text);
        for (i, piece) in text::wrap(&safe, room).into_iter().enumerate() {
            let label = if i == 0 { first.clone() } else { rest.clone() };
            out.push(Shown {
                label,
                text: piece,
                tone: row.tone,
            });
        }
    }
    out
}

/// The terminal size the state knows, or the default.
pub fn size(state: &State) -> (u16, u16) {
    state.size.unwrap_or(DEFAULT_SIZE)
}

/// The largest scroll that still fills the overlay, for the state's terminal size.
pub fn max_scroll(state: &State, record: &RecordRef) -> usize {
    let (columns, height) = inner(size(state));
    lines(state, record, columns)
        .len()
        .saturating_sub(height.max(1))
}

/// Rows a page moves in the overlay.
pub fn page(state: &State) -> usize {
    inner(size(state)).1.saturating_sub(1).max(1)
}
