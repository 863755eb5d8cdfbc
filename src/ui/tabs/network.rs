//! The Network tab: connections with kind and status, and the selected one's note.

use super::super::theme::Theme;
use super::super::{Rect, lists, safe};
use crate::app::{ListId, State, view};
use crate::domain::ConnectionStatus;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let Some(m) = view::mentee(state) else { return };
    let [top, bottom] = Layout::vertical([Constraint::Min(3), Constraint::Length(5)]).areas(area);
    let rows = view::rows(state, ListId::Connections);
    let width = usize::from(top.width.saturating_sub(4));
    lists::draw(
        frame,
        top,
        state,
        theme,
        lists::ListView {
            id: ListId::Connections,
            title: Line::styled(
                format!(" Network ({}) ", m.connections.len()),
                theme.title(),
            ),
            len: rows.len(),
            empty: "nothing yet: Tab here, then a adds one",
        },
        |r| {
            let c = &m.connections[rows[r]];
            let done = c.status == ConnectionStatus::Done;
            let what = if c.who.is_empty() {
                safe(&c.title)
            } else {
                format!("{} ({})", safe(&c.title), safe(&c.who))
            };
            Line::from(vec![
                Span::styled(
                    if done { "[x] " } else { "[ ] " },
                    if done { theme.done() } else { Style::new() },
                ),
                Span::styled(format!("{:<13}", c.kind.name()), theme.muted()),
                Span::styled(
                    format!("{:<10}", c.status.name()),
                    if done { theme.done() } else { theme.due_soon() },
                ),
                Span::raw(lists::cell(&what, width.saturating_sub(4 + 13 + 10))),
            ])
        },
    );
    let note = view::current(state, ListId::Connections)
        .map(|i| &m.connections[i])
        .map(|c| {
            let date = c.date.map(|d| format!("{d} · ")).unwrap_or_default();
            format!(
                "{date}{}",
                if c.note.is_empty() {
                    "no note".to_string()
                } else {
                    safe(&c.note)
                }
            )
        })
        .unwrap_or_default();
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(false))
        .title(Line::styled(" Note ", theme.title()));
    frame.render_widget(
        Paragraph::new(note).block(block).wrap(Wrap { trim: true }),
        bottom,
    );
}
