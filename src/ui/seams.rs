//! Where a popup's cleared margin cuts the borders of the panes under it, the cut borders are
//! ended there instead of left with arms into the blank: a corner whose line went under the
//! popup becomes the line it still has, so no stray `┘` or `┐` floats beside the popup. Two
//! panes' ends that meet beside the blank (the bottom of one, the top of the next) join into one
//! line, so the border around the popup reads as a whole.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const UP: u8 = 1;
const RIGHT: u8 = 2;
const DOWN: u8 = 4;
const LEFT: u8 = 8;

/// The light box-drawing glyphs by the arms they have.
const GLYPHS: [(&str, u8); 15] = [
    ("│", UP | DOWN),
    ("─", LEFT | RIGHT),
    ("┌", RIGHT | DOWN),
    ("┐", LEFT | DOWN),
    ("└", UP | RIGHT),
    ("┘", UP | LEFT),
    ("├", UP | DOWN | RIGHT),
    ("┤", UP | DOWN | LEFT),
    ("┬", LEFT | RIGHT | DOWN),
    ("┴", LEFT | RIGHT | UP),
    ("┼", UP | RIGHT | DOWN | LEFT),
    ("╵", UP),
    ("╶", RIGHT),
    ("╷", DOWN),
    ("╴", LEFT),
];

fn arms(symbol: &str) -> Option<u8> {
    GLYPHS.iter().find(|(g, _)| *g == symbol).map(|(_, a)| *a)
}

fn glyph(arms: u8) -> &'static str {
    GLYPHS
        .iter()
        .find(|(_, a)| *a == arms)
        .map_or(" ", |(g, _)| g)
}

/// Removes the arm `arm` of the border glyph at `(x, y)`, if there is one.
fn cut(buffer: &mut Buffer, x: u16, y: u16, arm: u8) {
    let Some(cell) = buffer.cell_mut((x, y)) else {
        return;
    };
    if let Some(a) = arms(cell.symbol())
        && a & arm != 0
    {
        cell.set_symbol(glyph(a & !arm));
    }
}

/// Ends the borders that ran into `cleared` (inside `area`) at its edge.
pub fn close(buffer: &mut Buffer, area: Rect, cleared: Rect) {
    let (left, right) = (cleared.left(), cleared.right());
    let (top, bottom) = (cleared.top(), cleared.bottom());
    for x in left..right {
        if top > area.top() {
            cut(buffer, x, top - 1, DOWN);
        }
        if bottom < area.bottom() {
            cut(buffer, x, bottom, UP);
        }
    }
    for y in top..bottom {
        if left > area.left() {
            cut(buffer, left - 1, y, RIGHT);
        }
        if right < area.right() {
            cut(buffer, right, y, LEFT);
        }
    }
    if top > area.top() {
        join(buffer, (left..right).map(|x| (x, top - 1)), LEFT, RIGHT);
    }
    if bottom < area.bottom() {
        join(buffer, (left..right).map(|x| (x, bottom)), LEFT, RIGHT);
    }
    if left > area.left() {
        join(buffer, (top..bottom).map(|y| (left - 1, y)), UP, DOWN);
    }
    if right < area.right() {
        join(buffer, (top..bottom).map(|y| (right, y)), UP, DOWN);
    }
}

/// Along `cells` (in order), an end that points back (`back` only) followed by one that points on
/// (`on` only) become one line.
fn join(buffer: &mut Buffer, cells: impl Iterator<Item = (u16, u16)>, back: u8, on: u8) {
    let cells: Vec<(u16, u16)> = cells.collect();
    for pair in cells.windows(2) {
        let arm = |at: (u16, u16)| buffer.cell(at).and_then(|c| arms(c.symbol()));
        if arm(pair[0]) == Some(back) && arm(pair[1]) == Some(on) {
            for at in pair {
                if let Some(cell) = buffer.cell_mut(*at) {
                    cell.set_symbol(glyph(back | on));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_corner_cut_by_the_blank_keeps_the_line_it_still_has() {
        let mut buffer = Buffer::with_lines(["┌─┐", "│ ┘", "└─┼"]);
        // The blank is the middle cell.
        close(&mut buffer, Rect::new(0, 0, 3, 3), Rect::new(1, 1, 1, 1));
        assert_eq!(buffer, Buffer::with_lines(["┌─┐", "│ ╵", "└─┼"]));
        // Arms into the blank go; the others stay.
        let mut buffer = Buffer::with_lines(["─┬─", "├ ┤", "─┼─"]);
        close(&mut buffer, Rect::new(0, 0, 3, 3), Rect::new(1, 1, 1, 1));
        assert_eq!(buffer, Buffer::with_lines(["───", "│ │", "─┬─"]));
    }

    #[test]
    fn two_ends_that_meet_beside_the_blank_join() {
        // Two panes stacked on the right of a blank two rows high: ┘ over ┐.
        let mut buffer = Buffer::with_lines(["  │", "  ┘", "  ┐", "  │"]);
        close(&mut buffer, Rect::new(0, 0, 3, 4), Rect::new(0, 1, 2, 2));
        assert_eq!(buffer, Buffer::with_lines(["  │", "  │", "  │", "  │"]));
        // Side by side below a blank: ┘└.
        let mut buffer = Buffer::with_lines(["    ", "─┘└─"]);
        close(&mut buffer, Rect::new(0, 0, 4, 2), Rect::new(0, 0, 4, 1));
        assert_eq!(buffer, Buffer::with_lines(["    ", "────"]));
    }
}
