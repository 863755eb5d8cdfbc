//! The Overview tab: the agreement at a glance, goal progress, the next check-in and the open
//! action items of each side.

use super::super::theme::Theme;
use super::super::{Rect, lists, safe};
use crate::app::{State, view};
use crate::domain::Owner;
use crate::domain::derived::{next_checkin, open_actions, progress};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

fn pair<'a>(label: &'a str, value: String, theme: &Theme) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{label:<13}"), theme.muted()),
        Span::raw(value),
    ])
}

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let Some(m) = view::mentee(state) else { return };
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    let [agreement, checkin] =
        Layout::vertical([Constraint::Min(6), Constraint::Length(4)]).areas(left);
    let [goals, actions] =
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(right);
    let a = &m.agreement;
    let or_dash = |s: &str| {
        if s.trim().is_empty() {
            "-".to_string()
        } else {
            safe(s)
        }
    };
    let lines = vec![
        pair(
            "cadence",
            a.cadence.map_or("-".into(), |c| c.to_string()),
            theme,
        ),
        pair(
            "length",
            a.session_minutes
                .map_or("-".into(), |n| format!("{n} minutes")),
            theme,
        ),
        pair(
            "channels",
            if a.channels.is_empty() {
                "-".into()
            } else {
                a.channels
                    .iter()
                    .map(|c| c.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            },
            theme,
        ),
        pair("response", or_dash(&a.response_time), theme),
        pair("boundaries", or_dash(&a.boundaries), theme),
        pair("success", or_dash(&a.success_measures), theme),
        pair(
            "ends",
            a.ends_on.map_or("-".into(), |d| d.to_string()),
            theme,
        ),
        pair("aspirations", or_dash(&m.aspirations), theme),
    ];
    let block = |title: &'static str| {
        Block::new()
            .borders(Borders::ALL)
            .border_style(theme.block(false))
            .title(Line::styled(title, theme.title()))
    };
    frame.render_widget(
        Paragraph::new(lines)
            .block(block(" Agreement "))
            .wrap(Wrap { trim: true }),
        agreement,
    );

    let next = match next_checkin(m, state.today) {
        None => Line::styled("no cadence agreed", theme.muted()),
        Some(c) if c.days_overdue > 0 => Line::styled(
            format!("{} · overdue {} days", c.due, c.days_overdue),
            theme.overdue(),
        ),
        Some(c) => Line::from(format!(
            "{} · in {} days",
            c.due,
            (c.due - state.today).num_days()
        )),
    };
    frame.render_widget(
        Paragraph::new(next).block(block(" Next check-in ")),
        checkin,
    );

    let width = usize::from(goals.width.saturating_sub(2));
    let lines: Vec<Line> = m
        .goals
        .iter()
        .filter(|g| g.status.is_open())
        .map(|g| {
            Line::from(vec![
                Span::raw(lists::cell(&safe(&g.title), width.saturating_sub(12))),
                Span::styled(lists::gauge(progress(g), 6), theme.gauge()),
            ])
        })
        .collect();
    let lines = if lines.is_empty() {
        vec![Line::styled("no open goals", theme.muted())]
    } else {
        lines
    };
    frame.render_widget(Paragraph::new(lines).block(block(" Open goals ")), goals);

    let mut lines = Vec::new();
    for owner in [Owner::Mentee, Owner::Mentor] {
        let items = open_actions(m, owner);
        lines.push(Line::styled(
            format!(
                "{} ({})",
                if owner == Owner::Mentee {
                    "Mentee"
                } else {
                    "You"
                },
                items.len()
            ),
            theme.title(),
        ));
        for item in items.iter().take(4) {
            let due = item.due.map(|d| format!(" · {d}")).unwrap_or_default();
            lines.push(Line::from(format!(" {}{due}", safe(&item.text))));
        }
    }
    frame.render_widget(
        Paragraph::new(lines)
            .block(block(" Open action items "))
            .wrap(Wrap { trim: true }),
        actions,
    );
}
