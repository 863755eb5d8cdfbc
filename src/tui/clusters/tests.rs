//! Two model terminals, one that joins emoji sequences (draws a cluster at ratatui's width) and
//! one that draws every code point on its own (as xterm and the `vt100` parser do). Drawing a
//! series of frames one after another must leave each screen exactly as drawing the last frame
//! on a blank screen does, and show every part of the text: no stale cell, nothing overwritten.

use super::*;
use ratatui::Terminal;
use ratatui::style::Style;
use unicode_width::UnicodeWidthChar;

/// A screen that draws what a crossterm backend sends: a cell after the one just drawn goes where
/// the cursor is, any other cell moves the cursor first.
struct Model {
    join: bool,
    width: u16,
    cells: Vec<String>,
    cursor: u16,
}

impl Model {
    fn new(join: bool, width: u16) -> Self {
        Model {
            join,
            width,
            cells: vec![" ".to_string(); usize::from(width)],
            cursor: 0,
        }
    }

    /// Blanks the glyph that covers column `i` (its first cell and its continuations, "").
    fn blank_glyph(&mut self, i: usize) {
        let mut base = i;
        while base > 0 && self.cells[base].is_empty() {
            base -= 1;
        }
        self.cells[base] = " ".into();
        let mut next = base + 1;
        while next < self.cells.len() && self.cells[next].is_empty() {
            self.cells[next] = " ".into();
            next += 1;
        }
    }

    fn put(&mut self, glyph: &str, width: u16) {
        let x = usize::from(self.cursor);
        let end = (x + usize::from(width)).min(self.cells.len());
        for i in x..end {
            self.blank_glyph(i);
        }
        if x < self.cells.len() {
            self.cells[x] = glyph.into();
            for cell in &mut self.cells[x + 1..end] {
                cell.clear();
            }
        }
        self.cursor = self.cursor.saturating_add(width);
    }

    fn print(&mut self, symbol: &str) {
        if self.join {
            self.put(symbol, text::drawn_width(symbol) as u16);
            return;
        }
        for c in symbol.chars() {
            match c.width().unwrap_or(0) {
                0 => {
                    let mut base = usize::from(self.cursor.saturating_sub(1));
                    while base > 0 && self.cells[base].is_empty() {
                        base -= 1;
                    }
                    if let Some(cell) = self.cells.get_mut(base) {
                        cell.push(c);
                    }
                }
                w => self.put(&c.to_string(), w as u16),
            }
        }
    }

    fn row(&self) -> String {
        self.cells.concat().trim_end().to_string()
    }
}

impl Backend for Model {
    type Error = std::io::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut last: Option<u16> = None;
        for (x, _, cell) in content {
            if last.is_none_or(|l| l + 1 != x) {
                self.cursor = x;
            }
            last = Some(x);
            self.print(cell.symbol());
        }
        Ok(())
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        Ok(Position::new(self.cursor, 0))
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, _: P) -> Result<(), Self::Error> {
        Ok(())
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.cells.iter_mut().for_each(|c| *c = " ".into());
        Ok(())
    }
    fn clear_region(&mut self, _: ClearType) -> Result<(), Self::Error> {
        self.clear()
    }
    fn size(&self) -> Result<Size, Self::Error> {
        Ok(Size::new(self.width, 1))
    }
    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        Ok(WindowSize {
            columns_rows: self.size()?,
            pixels: Size::default(),
        })
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
}

const WIDTH: u16 = 16;

fn frame(terminal: &mut Terminal<ClusterSafe<Model>>, line: &str) {
    terminal
        .draw(|f| {
            let shown = text::for_screen(line);
            f.buffer_mut()
                .set_stringn(0, 0, &shown, usize::from(WIDTH), Style::new());
            crate::ui::clusters::settle(f.buffer_mut());
        })
        .expect("a model terminal never fails");
}

fn fresh(join: bool, line: &str) -> String {
    let mut terminal = Terminal::new(ClusterSafe(Model::new(join, WIDTH))).expect("a terminal");
    frame(&mut terminal, line);
    terminal.backend().0.row()
}

fn visible(s: &str) -> String {
    s.chars()
        .filter(|c| *c != ' ' && *c != '\u{200D}')
        .collect()
}

#[test]
fn no_stale_cell_whichever_width_the_terminal_draws() {
    let frames = [
        "Jane Doe  active",
        "👩\u{200D}💻 Doe active",
        "👩 Doe",
        "b\u{200D}👩ne Doe",
        "🧑🏽\u{200D}🚀 x",
        "Zoe\u{308} שלום",
        "👍🏽🇳🇱❤\u{FE0F}ab",
        "👨\u{200D}👩\u{200D}👧\u{200D}👦 yz",
        "ab",
        "🇳🇱 日本 e\u{301}",
        "",
    ];
    for join in [true, false] {
        let mut terminal = Terminal::new(ClusterSafe(Model::new(join, WIDTH))).expect("a terminal");
        for (i, line) in frames.iter().enumerate() {
            frame(&mut terminal, line);
            let shown = terminal.backend().0.row();
            assert_eq!(
                shown,
                fresh(join, line),
                "join={join}, frame {i} after {:?}",
                frames.get(i.wrapping_sub(1))
            );
            // Every part of the text is on screen (nothing drawn over a cluster's tail).
            assert_eq!(visible(&shown), visible(line), "join={join}, frame {i}");
        }
    }
}
