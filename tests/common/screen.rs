//! The screen as text: one way to draw a [`State`] on a test terminal and read it back.

use mentor::app::State;
use mentor::domain::text;
use mentor::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// Draws `state` on a `width` x `height` test terminal in `theme` and returns the buffer.
pub fn draw_with(state: &State, theme: &Theme, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal
        .draw(|f| ui::render(f, state, theme))
        .expect("drawing never fails on a test backend");
    terminal.backend().buffer().clone()
}

/// Draws `state` on a `width` x `height` test terminal in the colour theme.
pub fn draw(state: &State, width: u16, height: u16) -> Buffer {
    draw_with(state, &Theme::COLOR, width, height)
}

/// The buffer as text: one line per row, trailing blanks trimmed, rows joined by `\n`. The
/// cells a wide cluster covers after its own are left out (as many as its drawn width says), so
/// a row reads as it looks.
pub fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut rows = Vec::with_capacity(usize::from(area.height));
    for y in area.top()..area.bottom() {
        let mut row = String::new();
        let mut x = area.left();
        while x < area.right() {
            let symbol = buffer[(x, y)].symbol();
            row.push_str(symbol);
            x = x.saturating_add(u16::try_from(text::drawn_width(symbol).max(1)).unwrap_or(1));
        }
        rows.push(row.trim_end().to_string());
    }
    rows.join("\n")
}

/// The screen of `state` at `width` x `height` in the colour theme, as [`text`].
pub fn screen_text(state: &State, width: u16, height: u16) -> String {
    text(&draw(state, width, height))
}
