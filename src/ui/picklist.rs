//! What the list popups share (the conflicts `C`, a mentee's Inbox `I`): a centred titled box
//! over a cleared screen, the list above the selected item shown whole under a rule, and the
//! status line the popup covers.

use super::theme::Theme;
use super::{Rect, centered, safe};
use crate::app::State;
use crate::domain::text;
use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear};

/// Clears the screen and draws the popup's box titled `title`; its inner area.
pub fn boxed(frame: &mut Frame, area: Rect, title: &str, theme: &Theme) -> Rect {
    let rect = centered(
        area,
        area.width.saturating_sub(4).min(100),
        area.height.saturating_sub(2),
    );
    frame.render_widget(Clear, area);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(true))
        .title(Line::styled(
            text::fit(title, usize::from(rect.width).saturating_sub(2)),
            theme.title(),
        ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    inner
}

/// `height` lines: the list (`list(rows)` gives the lines of `rows` items around the selected
/// one, of `count`) above the selected one `whole`, under a rule. The list takes what it needs
/// of the room the selected one whole leaves it (that one keeps at least half).
pub fn list_and_whole(
    height: usize,
    width: usize,
    count: usize,
    whole: Vec<Line<'static>>,
    list: impl FnOnce(usize) -> Vec<Line<'static>>,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let kept = (whole.len() + 1).min(height / 2);
    let rows = ((height - kept) / 2).clamp(1, count.max(1));
    let mut out = list(rows);
    if out.len() < height {
        out.push(Line::styled("─".repeat(width), theme.muted()));
        let room = height - out.len();
        out.extend(whole.into_iter().take(room));
    }
    out
}

/// The status line the popup covers: what the last key did is said in the popup.
pub fn status(state: &State, width: usize, theme: &Theme) -> Line<'static> {
    match &state.status {
        Some(s) => Line::styled(
            text::fit(&safe(&s.text), width),
            if s.error { theme.error() } else { theme.info() },
        ),
        None => Line::default(),
    }
}
