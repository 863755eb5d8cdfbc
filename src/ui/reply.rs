//! Reply mode's pane (`m`, issue 19): where the reply is and whom to send it to, what the
//! mentee wrote that the mentor has not answered yet, and the mentor's answers from the latest
//! bundle (accepted, or declined with the reason).

use super::theme::Theme;
use super::{Rect, centered, safe};
use crate::app::State;
use crate::app::reply::{Look, pane_lines};
use crate::domain::text;
use crate::t;
use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

pub fn render(frame: &mut Frame, area: Rect, state: &State, scroll: usize, theme: &Theme) {
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
            format!(" {} ", t!("rmode-pane-title")),
            theme.title(),
        ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width.saturating_sub(1)).max(1);
    let height = usize::from(inner.height.saturating_sub(1));
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (said, look) in pane_lines(state) {
        let style = match look {
            Look::Heading => theme.title(),
            Look::Plain => ratatui::style::Style::default(),
            Look::Muted => theme.muted(),
            Look::Accepted => theme.done(),
            Look::Declined => theme.warning(),
        };
        // A long entry wraps under its own start.
        let pieces = text::wrap(&safe(&said), width.saturating_sub(2).max(1));
        for (i, piece) in pieces.into_iter().enumerate() {
            let lead = if i == 0 { "" } else { "  " };
            lines.push(Line::styled(format!("{lead}{piece}"), style));
        }
    }
    let shown: Vec<Line<'static>> = lines.into_iter().skip(scroll).take(height).collect();
    let mut shown = shown;
    shown.resize(height, Line::default());
    let close = crate::app::keymap::key_for(
        crate::app::keymap::Ctx::ReplyPane,
        &crate::app::Action::Cancel,
    )
    .map(crate::app::keymap::key_name)
    .unwrap_or_default();
    shown.push(Line::styled(
        t!("rmode-pane-keys", close = close),
        theme.key(),
    ));
    frame.render_widget(Paragraph::new(shown), inner);
}
