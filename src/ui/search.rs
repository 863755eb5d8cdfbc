//! The global search popup: the query, how much it found, and the results (kind of record,
//! mentee, which field, the text around the match).

use super::theme::Theme;
use super::{Rect, centered, safe};
use crate::app::{Search, State};
use crate::domain::text;
use crate::t;
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// Columns of the kind of record, and of the mentee's name.
const KIND: usize = 11;
const WHO: usize = 16;

pub fn render(frame: &mut Frame, area: Rect, state: &State, search: &Search, theme: &Theme) {
    let rect = centered(
        area,
        area.width.saturating_sub(4).min(100),
        area.height.saturating_sub(2),
    );
    // The search covers the whole screen: nothing behind it peeks out at the sides.
    frame.render_widget(Clear, area);
    let title = if state.mentee_view() {
        t!("scr-search-yours")
    } else {
        t!("scr-search-all")
    };
    let title = format!(" {title} ");
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(true))
        .title(Line::styled(title, theme.title()));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    if inner.height < 3 {
        return;
    }
    let lead = " › ";
    let query = text::line(search.input.value());
    let column = super::chrome::cursor_column(&search.input);
    let x = inner.x as usize + text::width(lead) + column;
    let x = u16::try_from(x).unwrap_or(u16::MAX);
    frame.set_cursor_position((x.min(inner.right().saturating_sub(1)), inner.y));
    let mut lines = vec![
        Line::from(format!("{lead}{}", text::for_screen(&query))),
        Line::styled(format!(" {}", summary(search)), theme.muted()),
    ];
    let width = usize::from(inner.width);
    let room = usize::from(inner.height).saturating_sub(2);
    let hits = &search.found.hits;
    let offset = (search.selected + 1).saturating_sub(room);
    for (i, hit) in hits.iter().enumerate().skip(offset).take(room) {
        let who = state
            .ws
            .mentees
            .get(hit.mentee)
            .map(|m| safe(&m.name))
            .unwrap_or_default();
        let selected = i == search.selected;
        let marker = if selected { "▸ " } else { "  " };
        let rest = width.saturating_sub(2 + KIND + WHO + 2);
        let what = format!("{}: {}", hit.field, safe(&hit.snippet));
        let line = Line::from(vec![
            Span::raw(marker),
            Span::styled(
                text::pad(&super::detail::kind_word(&hit.record), KIND),
                theme.muted(),
            ),
            Span::raw(" "),
            Span::raw(text::pad(&who, WHO)),
            Span::raw(" "),
            Span::raw(text::pad(&what, rest)),
        ]);
        lines.push(if selected {
            line.style(theme.row(true, true))
        } else {
            line
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// What the search found, in words.
fn summary(search: &Search) -> String {
    let query = search.input.value().trim();
    let n = search.found.hits.len();
    if query.is_empty() {
        t!("scr-search-empty")
    } else if n == 0 {
        t!("scr-search-none", query = safe(query))
    } else if search.found.more {
        t!("scr-search-more", count = n)
    } else {
        t!("scr-search-found", count = n)
    }
}
