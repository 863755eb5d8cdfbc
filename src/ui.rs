//! Drawing: `&State` in, a frame out. No I/O and no changes to the state.

mod brief;
mod chrome;
mod closing;
pub(crate) mod clusters;
mod conflicts;
mod detail;
mod fit;
mod help;
mod inbox;
mod lists;
mod mentees;
mod picklist;
mod popups;
mod reply;
mod seams;
mod search;
mod tabs;
mod template;
mod textpane;
pub mod theme;
mod unsaved;

pub use theme::Theme;

use crate::app::State;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

pub use crate::app::state::{MIN_HEIGHT, MIN_WIDTH};

/// The narrowest the mentee column gets (while the terminal is wider than three times that).
const LEFT_WIDTH: u16 = 26;
/// Columns the mentee column needs beside the longest name: its list row (borders 2, marker 2, a
/// blank, kind and mark 7) or its line of the next check-ins (borders 2, blanks 2, the widest
/// "overdue 99d" 11), whichever is wider.
const LEFT_BESIDE_NAME: u16 = 15;

/// Draws the whole screen.
pub fn render(frame: &mut Frame, state: &State, theme: &Theme) {
    let area = frame.area();
    state.hits.clear();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = crate::t!(
            "scr-too-small",
            size = format!("{}x{}", area.width, area.height),
            least = format!("{MIN_WIDTH}x{MIN_HEIGHT}")
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
    let left = left_width(state, body.width);
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
    let drawn = row_symbols(frame, footer);
    popups::render(frame, area, state, theme);
    if state.popup.is_some() {
        // A popup covers the panes; footer hints it drew over (help covers everything) are gone.
        let now = row_symbols(frame, footer);
        let covered = |a: &crate::app::hits::Area| {
            (a.x..a.x.saturating_add(a.width)).any(|x| {
                let i = usize::from(x.saturating_sub(footer.x));
                drawn.get(i) != now.get(i)
            })
        };
        state.hits.record(|l| {
            l.popup = true;
            l.hints.retain(|(a, _)| !covered(a));
        });
    }
    clusters::settle(frame.buffer_mut());
}

/// The mentee column's width in a body `width` columns wide: what the longest name needs, at
/// least [`LEFT_WIDTH`] and at most a quarter of the body (never more than a third, so the tabs
/// keep their room on a narrow terminal).
fn left_width(state: &State, width: u16) -> u16 {
    let longest = state
        .ws
        .mentees
        .iter()
        .map(|m| crate::domain::text::width(&safe(&m.name)))
        .max()
        .unwrap_or(0);
    let wanted = u16::try_from(longest)
        .unwrap_or(u16::MAX)
        .saturating_add(LEFT_BESIDE_NAME);
    let most = (width / 4).max(LEFT_WIDTH);
    wanted.clamp(LEFT_WIDTH, most).min(width / 3)
}

/// The symbols of the one-row `area`, left to right.
fn row_symbols(frame: &mut Frame, area: Rect) -> Vec<String> {
    let buffer = frame.buffer_mut();
    (area.left()..area.right())
        .map(|x| buffer[(x, area.y)].symbol().to_string())
        .collect()
}

/// `rect` as the app's [`crate::app::hits::Area`], for the mouse.
pub(crate) fn hit_area(rect: Rect) -> crate::app::hits::Area {
    crate::app::hits::Area::new(rect.x, rect.y, rect.width, rect.height)
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
