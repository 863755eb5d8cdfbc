//! The Agenda tab: across mentees, what needs attention in the next two weeks, and the mentor's
//! capacity.

use super::super::theme::Theme;
use super::super::{Rect, safe};
use crate::app::State;
use crate::domain::derived::mentor_load;
use crate::domain::schedule::{agenda, planned_hours};
use crate::domain::text::fit;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// Days the agenda looks ahead.
pub const DAYS: u32 = 14;

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let [gauge, body] = Layout::vertical([Constraint::Length(4), Constraint::Min(3)]).areas(area);
    capacity(frame, gauge, state, theme);
    let a = agenda(&state.ws, state.today, DAYS);
    let width = usize::from(body.width.saturating_sub(2));
    let mut lines: Vec<Line> = Vec::new();
    let heading = |lines: &mut Vec<Line>, title: String| {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(title, theme.title()));
    };
    heading(&mut lines, format!("Check-ins ({})", a.checkins.len()));
    for (m, c) in &a.checkins {
        let (when, style) = if c.days_overdue > 0 {
            (format!("overdue {}d", c.days_overdue), theme.overdue())
        } else {
            (format!("due {}", c.due), theme.due_soon())
        };
        lines.push(Line::from(vec![
            Span::styled(format!(" {when:<16}"), style),
            Span::raw(fit(&safe(&m.name), width.saturating_sub(17))),
        ]));
    }
    heading(
        &mut lines,
        format!("Sessions, next {DAYS} days ({})", a.sessions.len()),
    );
    for (m, s) in &a.sessions {
        let text = format!(
            "{} {}",
            safe(&m.name),
            if s.agenda.is_empty() {
                String::new()
            } else {
                format!("· {}", safe(&s.agenda))
            }
        );
        lines.push(Line::from(vec![
            Span::raw(format!(" {:<17}", s.at.format("%a %m-%d %H:%M"))),
            Span::raw(fit(&text, width.saturating_sub(18))),
        ]));
    }
    heading(
        &mut lines,
        format!("Action items due ({})", a.actions.len()),
    );
    for (m, x) in &a.actions {
        let due = x.due.map(|d| d.to_string()).unwrap_or_default();
        let style = if x.due.is_some_and(|d| d < state.today) {
            theme.overdue()
        } else {
            theme.muted()
        };
        let text = format!("{} ({}, {})", safe(&x.text), safe(&m.name), x.owner);
        lines.push(Line::from(vec![
            Span::styled(format!(" {due:<11}"), style),
            Span::raw(fit(&text, width.saturating_sub(12))),
        ]));
    }
    heading(
        &mut lines,
        format!("Milestones due ({})", a.milestones.len()),
    );
    for (m, _, k) in &a.milestones {
        let due = k.due.map(|d| d.to_string()).unwrap_or_default();
        let style = if k.due.is_some_and(|d| d < state.today) {
            theme.overdue()
        } else {
            theme.muted()
        };
        let text = format!("{} ({})", safe(&k.title), safe(&m.name));
        lines.push(Line::from(vec![
            Span::styled(format!(" {due:<11}"), style),
            Span::raw(fit(&text, width.saturating_sub(12))),
        ]));
    }
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(false))
        .title(Line::styled(" Agenda: everyone ", theme.title()));
    frame.render_widget(Paragraph::new(lines).block(block), body);
}

/// The mentor's month: hours implied by the cadences, and hours actually planned, against the
/// capacity.
pub fn capacity(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let load = mentor_load(&state.ws);
    let planned = planned_hours(&state.ws, state.today);
    let width = usize::from(area.width.saturating_sub(2));
    let lines = match load.capacity_hours_per_month {
        Some(cap) if cap > 0.0 => {
            let bar_width = width.saturating_sub(30).clamp(10, 40);
            let bar = |hours: f64| {
                let filled = ((hours / cap).min(1.0) * bar_width as f64).round() as usize;
                format!("{}{}", "█".repeat(filled), "░".repeat(bar_width - filled))
            };
            let style = |hours: f64| {
                if hours > cap {
                    theme.overdue()
                } else {
                    theme.gauge()
                }
            };
            vec![
                Line::from(vec![
                    Span::raw(format!("{:<9}", "cadences")),
                    Span::styled(bar(load.hours_per_month), style(load.hours_per_month)),
                    Span::raw(format!(" {:.1} of {cap:.1} h/month", load.hours_per_month)),
                ]),
                Line::from(vec![
                    Span::raw(format!("{:<9}", "planned")),
                    Span::styled(bar(planned), style(planned)),
                    Span::raw(format!(" {planned:.1} h in 30 days")),
                ]),
            ]
        }
        _ => vec![
            Line::from(format!(
                "cadences {:.1} h/month · planned {planned:.1} h in 30 days",
                load.hours_per_month
            )),
            Line::styled(
                "no capacity set: mentor profile --capacity HOURS",
                theme.muted(),
            ),
        ],
    };
    let title = if load.over_capacity() {
        " Capacity: over ".to_string()
    } else {
        " Capacity ".to_string()
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(if load.over_capacity() {
            theme.warning()
        } else {
            theme.block(false)
        })
        .title(Line::styled(title, theme.title()));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
