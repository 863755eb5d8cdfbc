//! The help overlay: a search line, then the rows of [`crate::app::help`] from its scroll
//! offset, keys in one column as wide as the widest keys, so every section lines up.

use super::theme::Theme;
use super::{Rect, centered, safe};
use crate::app::State;
use crate::app::help::{self, Help, Row};
use crate::domain::text;
use crate::t;
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

pub fn render(frame: &mut Frame, area: Rect, state: &State, open: &Help, theme: &Theme) {
    let size = (area.width, area.height);
    let rows = help::rows(state, open.query.value());
    let room = help::room(size);
    let (w, h) = help::outer(size);
    let rect = centered(area, w, h);
    // Help covers the whole screen: nothing behind it peeks out at the sides.
    frame.render_widget(Clear, area);
    let scroll = open.scroll.min(rows.len().saturating_sub(room));
    let end = (scroll + room).min(rows.len());
    let place = if rows.len() > room {
        format!(
            " {} ",
            t!("help-rows", from = scroll + 1, to = end, total = rows.len())
        )
    } else {
        String::new()
    };
    let note = if state.read_only.is_some() {
        format!(" {} ", t!("help-note-read-only"))
    } else {
        format!(" {} ", t!("help-note"))
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(true))
        .title(Line::styled(
            format!(" {} ", t!("help-title")),
            theme.title(),
        ))
        .title(Line::styled(place, theme.muted()).right_aligned())
        .title_bottom(Line::styled(note, theme.muted()));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let query = safe(open.query.value());
    let search = format!(" {} ", t!("help-search"));
    let search_width = text::width(&search);
    let mut lines = vec![Line::from(vec![
        Span::styled(search, theme.key()),
        Span::raw(query.clone()),
    ])];
    lines.push(if rows.is_empty() {
        Line::styled(
            format!(" {}", t!("help-no-match", query = query.as_str())),
            theme.muted(),
        )
    } else {
        Line::default()
    });
    let keys = help::key_width(&rows);
    let width = usize::from(inner.width);
    for row in &rows[scroll..end] {
        lines.push(match row {
            Row::Heading(title) => Line::styled(title.to_string(), theme.title()),
            Row::Binding { keys: k, help } => Line::from(vec![
                Span::styled(format!(" {}", text::pad(k, keys)), theme.key()),
                Span::raw("  "),
                Span::raw(text::fit(help, width.saturating_sub(keys + 3))),
            ]),
        });
    }
    let column = search_width + super::chrome::cursor_column(&open.query);
    if inner.height > 0 {
        let x = inner.x + (column as u16).min(inner.width.saturating_sub(1));
        frame.set_cursor_position((x, inner.y));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
