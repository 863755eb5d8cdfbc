//! The Sessions tab: sessions newest first; the selected session's notes and action items.

use super::super::theme::Theme;
use super::super::{Rect, lists, safe};
use super::date_cell;
use crate::app::{ListId, State, view};
use crate::domain::SessionStatus;
use crate::domain::derived::action_overdue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let Some(m) = view::mentee(state) else { return };
    let [top, notes, actions] = Layout::vertical([
        Constraint::Percentage(35),
        Constraint::Min(6),
        Constraint::Percentage(30),
    ])
    .areas(area);
    let rows = view::rows(state, ListId::Sessions);
    let width = usize::from(top.width.saturating_sub(4));
    lists::draw(
        frame,
        top,
        state,
        theme,
        lists::ListView {
            id: ListId::Sessions,
            title: Line::styled(format!(" Sessions ({}) ", m.sessions.len()), theme.title()),
            len: rows.len(),
            empty: "no sessions yet: p plans a series; Tab here, then a records one",
        },
        |r| {
            let s = &m.sessions[rows[r]];
            let status_style = match s.status {
                SessionStatus::Planned => theme.due_soon(),
                SessionStatus::Held => Style::new(),
                SessionStatus::Cancelled => theme.muted(),
            };
            let open = s.actions.iter().filter(|a| !a.is_done()).count();
            let open_text = if open > 0 {
                format!(" {open} open")
            } else {
                String::new()
            };
            let agenda = if s.agenda.is_empty() {
                &s.shared_notes
            } else {
                &s.agenda
            };
            Line::from(vec![
                Span::raw(s.at.format("%Y-%m-%d %H:%M ").to_string()),
                Span::styled(format!("{:<9} ", s.status.name()), status_style),
                Span::raw(lists::cell(
                    &safe(agenda),
                    width.saturating_sub(17 + 10 + open_text.len()),
                )),
                Span::styled(open_text, theme.warning()),
            ])
        },
    );

    let session = view::session(state);
    let mut lines = Vec::new();
    if let Some(s) = session {
        let mut meta = vec![Span::styled(
            s.at.format("%a %Y-%m-%d %H:%M").to_string(),
            theme.title(),
        )];
        if let Some(min) = s.minutes {
            meta.push(Span::raw(format!(" · {min} min")));
        }
        if let Some(c) = s.channel {
            meta.push(Span::raw(format!(" · {c}")));
        }
        lines.push(Line::from(meta));
        // The goals discussed, by title.
        let titles: Vec<String> = s
            .goals
            .iter()
            .filter_map(|id| m.goals.iter().find(|g| &g.id == id))
            .map(|g| safe(&g.title))
            .collect();
        if !titles.is_empty() {
            lines.push(Line::from(vec![
                Span::styled("Goals: ", theme.title()),
                Span::raw(titles.join("; ")),
            ]));
        }

        if !s.agenda.is_empty() {
            lines.push(Line::from(vec![
                Span::styled("Agenda: ", theme.title()),
                Span::raw(safe(&s.agenda)),
            ]));
        }
        lines.push(Line::from(vec![
            // To the mentee these are simply the notes; to the mentor, the shared ones.
            Span::styled(
                if state.mentee_view() {
                    "Notes: "
                } else {
                    "Shared: "
                },
                theme.title(),
            ),
            Span::raw(if s.shared_notes.is_empty() {
                "-".to_string()
            } else {
                safe(&s.shared_notes)
            }),
        ]));
        if !s.private_notes.is_empty() {
            lines.push(Line::from(vec![
                Span::styled("Private (only you): ", theme.private()),
                Span::styled(safe(&s.private_notes), theme.private()),
            ]));
        }
    }
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(false))
        .title(Line::styled(" Notes ", theme.title()));
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        notes,
    );

    let items = view::rows(state, ListId::Actions);
    let width = usize::from(actions.width.saturating_sub(4));
    lists::draw(
        frame,
        actions,
        state,
        theme,
        lists::ListView {
            id: ListId::Actions,
            title: Line::styled(" Action items ", theme.title()),
            len: items.len(),
            empty: match session {
                Some(_) => "none: Tab here, then a adds one",
                None if m.sessions.is_empty() => "no sessions yet",
                None => "select a session",
            },
        },
        |r| {
            let Some(s) = session else {
                return Line::default();
            };
            let a = &s.actions[items[r]];
            let due_style = if action_overdue(a, state.today) {
                theme.overdue()
            } else {
                Style::new()
            };
            Line::from(vec![
                Span::styled(
                    if a.is_done() { "[x] " } else { "[ ] " },
                    if a.is_done() {
                        theme.done()
                    } else {
                        Style::new()
                    },
                ),
                Span::styled(format!("{:<7}", a.owner.name()), theme.muted()),
                Span::raw(lists::cell(
                    &safe(&a.text),
                    width.saturating_sub(4 + 7 + 11),
                )),
                Span::raw(" "),
                Span::styled(date_cell(a.due), due_style),
            ])
        },
    );
}
