//! Drawing: `&State` in, a frame out. No I/O and no changes to the state.

mod chrome;
pub(crate) mod clusters;
mod lists;
mod mentees;
mod popups;
mod search;
mod tabs;
pub mod theme;
mod unsaved;

pub use theme::Theme;

use crate::app::State;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

pub use crate::app::state::{MIN_HEIGHT, MIN_WIDTH};

/// Width of the mentee column.
const LEFT_WIDTH: u16 = 26;

/// Draws the whole screen.
pub fn render(frame: &mut Frame, state: &State, theme: &Theme) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = format!(
            "Terminal too small: {}x{}. mentor needs at least {MIN_WIDTH}x{MIN_HEIGHT}. Keys wait until it is larger; q quits.",
            area.width, area.height
        );
        frame.render_widget(
            Paragraph::new(Line::from(msg)).wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        clusters::settle(frame.buffer_mut());
        return;
    }
    let [header, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    chrome::header(frame, header, state, theme);
    let left = LEFT_WIDTH.min(body.width / 3);
    let [left, right] =
        Layout::horizontal([Constraint::Length(left), Constraint::Min(0)]).areas(body);
    mentees::render(frame, left, state, theme);
    if state.ws.mentees.is_empty() {
        chrome::welcome(frame, right, state, theme);
    } else {
        tabs::render(frame, right, state, theme);
    }
    chrome::status(frame, status, state, theme);
    chrome::footer(frame, footer, state, theme);
    popups::render(frame, area, state, theme);
    clusters::settle(frame.buffer_mut());
}

/// A rectangle of `width` x `height` centred in `area` (clamped to it).
pub(crate) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Text from the store, made safe to draw on one line, each cluster given its widest room (see
/// [`crate::domain::text::for_screen`]).
pub(crate) fn safe(text: &str) -> String {
    let line = crate::domain::text::line(text);
    crate::domain::text::for_screen(&line).into_owned()
}
