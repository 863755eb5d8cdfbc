//! The Network tab: connections with kind and status, and the selected one's note.

use super::super::theme::Theme;
use super::super::{Rect, lists, safe};
use crate::app::{ListId, State, view};
use crate::domain::{ConnectionStatus, Mentee};
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let Some(m) = view::mentee(state) else { return };
    let [top, bottom] = Layout::vertical([Constraint::Min(3), Constraint::Length(5)]).areas(area);
    connection_list(frame, top, state, m, theme);
    note(frame, bottom, state, m, theme);
}

/// The connections: done, kind, status, what (and with whom).
fn connection_list(frame: &mut Frame, area: Rect, state: &State, m: &Mentee, theme: &Theme) {
    let rows = view::rows(state, ListId::Connections);
    let empty = t!("scr-network-empty");
    let list = lists::ListView {
        id: ListId::Connections,
        title: Line::styled(
            format!(
                " {} ",
                t!(
                    "scr-network-title",
                    count = view::count(state, ListId::Connections)
                )
            ),
            theme.title(),
        ),
        len: rows.len(),
        empty: &empty,
        columns: &[
            Constraint::Length(3),
            Constraint::Length(12),
            lists::word_column(
                &[
                    ConnectionStatus::Suggested.to_string(),
                    ConnectionStatus::Done.to_string(),
                ],
                9,
            ),
            Constraint::Fill(1),
        ],
        header: &[],
    };
    lists::draw(frame, area, state, theme, list, |r, widths| {
        let c = &m.connections[rows[r]];
        let done = c.status == ConnectionStatus::Done;
        let what = if c.who.is_empty() {
            safe(&c.title)
        } else {
            format!("{} ({})", safe(&c.title), safe(&c.who))
        };
        vec![
            lists::check(done, theme),
            Line::styled(c.kind.to_string(), theme.muted()),
            Line::styled(
                c.status.to_string(),
                if done { theme.done() } else { theme.due_soon() },
            ),
            Line::raw(lists::cell(&what, widths[3])),
        ]
    });
}

/// The selected connection's date and note.
fn note(frame: &mut Frame, area: Rect, state: &State, m: &Mentee, theme: &Theme) {
    let note = view::current(state, ListId::Connections)
        .map(|i| &m.connections[i])
        .map(|c| {
            let date = c.date.map(|d| format!("{d} · ")).unwrap_or_default();
            let note = if c.note.is_empty() {
                t!("scr-no-note")
            } else {
                safe(&c.note)
            };
            format!("{date}{note}")
        })
        .unwrap_or_default();
    let block = theme.pane(format!(" {} ", t!("scr-note")), false);
    frame.render_widget(
        Paragraph::new(note).block(block).wrap(Wrap { trim: true }),
        area,
    );
}
