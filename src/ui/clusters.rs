//! The last step of drawing: the room of clusters terminals draw at different widths.
//!
//! Text reaches the buffer through [`crate::domain::text::for_screen`], so a shaky cluster (👩‍💻,
//! 👍🏽, 🇳🇱) is followed by filler cells up to its widest reading. Here those fillers, and the
//! cell ratatui hides behind a wide cluster, become blank cells the diff never writes
//! ([`CellDiffOption::Skip`]): whatever width the terminal
//! draws the cluster at, nothing is written over it. The terminal shell erases the whole room
//! before it draws such a cluster (see `tui::clusters`), so no cell in it is left stale. A
//! filler cell differs from every ordinary cell, so once the cluster is gone its cells are
//! written again.
//!
//! A cluster whose room was cut (by the edge of an area or a popup drawn over it) is blanked
//! rather than drawn across what is next to it, and fillers without their cluster become spaces.

use crate::domain::text;
use ratatui::buffer::{Buffer, CellDiffOption};

fn is_filler(symbol: &str) -> bool {
    symbol.starts_with(text::FILLER)
}

/// Turns fillers into never-written cells and blanks clusters whose room is not whole.
pub fn settle(buffer: &mut Buffer) {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let symbol = buffer[(x, y)].symbol();
            if symbol.len() == 1 {
                // ASCII, the usual case: nothing to do.
                x += 1;
                continue;
            }
            let drawn = text::drawn_width(symbol).max(1) as u16;
            if is_filler(symbol) {
                buffer[(x, y)].set_symbol(" ");
                x += 1;
                continue;
            }
            if !text::is_shaky(symbol) {
                x += drawn;
                continue;
            }
            let room = (text::cluster_width(symbol) as u16).max(drawn);
            let whole = x.saturating_add(room) <= area.right()
                && (x + drawn..x + room).all(|i| is_filler(buffer[(i, y)].symbol()));
            if whole {
                // The cells ratatui hides behind the cluster too: a terminal may have drawn a
                // part there, so they must be written again once the cluster is gone.
                for i in x + 1..x + room {
                    buffer[(i, y)]
                        .set_symbol(" ")
                        .set_diff_option(CellDiffOption::Skip);
                }
                x += room;
            } else {
                buffer[(x, y)].set_symbol(" ");
                x += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::CellWidth;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    #[test]
    fn the_width_module_agrees_with_ratatui_on_what_ratatui_draws() {
        for s in [
            "a",
            "é",
            "e\u{301}",
            "日",
            "👩\u{200D}💻",
            "👍🏽",
            "🇳🇱",
            "❤\u{FE0F}",
            "ｶ\u{FF9E}",
            "ש",
            "\u{1112}\u{1161}\u{11AB}",
            "…",
            "\u{FDD0}",
        ] {
            assert_eq!(text::drawn_width(s), usize::from(s.cell_width()), "{s:?}");
        }
    }

    fn row(s: &str, width: u16) -> Buffer {
        let mut buffer = Buffer::empty(Rect::new(0, 0, width, 1));
        buffer.set_string(0, 0, text::for_screen(s), Style::new());
        settle(&mut buffer);
        buffer
    }

    #[test]
    fn fillers_become_cells_the_diff_never_writes() {
        let buffer = row("a👩\u{200D}💻b", 8);
        assert_eq!(buffer[(1, 0)].symbol(), "👩\u{200D}💻");
        for x in [2, 3, 4] {
            assert_eq!(buffer[(x, 0)].symbol(), " ");
            assert_eq!(buffer[(x, 0)].diff_option, CellDiffOption::Skip);
        }
        assert_eq!(buffer[(5, 0)].symbol(), "b");
        // Once the sequence is gone, its room is written again even where the new text is blank.
        let plain = row("a", 8);
        let diff = buffer.diff(&plain);
        for x in [2, 3, 4] {
            assert!(diff.iter().any(|(dx, _, _)| *dx == x), "{x}: {diff:?}");
        }
    }

    #[test]
    fn a_cluster_whose_room_is_cut_is_blanked() {
        // 5 columns: "ab", the sequence (2 drawn) and one of its two fillers.
        let buffer = row("ab👩\u{200D}💻", 5);
        assert!((0..5).all(|x| !buffer[(x, 0)].symbol().contains('👩')));
        assert!((0..5).all(|x| !is_filler(buffer[(x, 0)].symbol())));
        assert!((0..5).all(|x| buffer[(x, 0)].diff_option == CellDiffOption::None));
    }
}
