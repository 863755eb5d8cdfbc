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
/// capacity. In a narrow box (the Overview's) the numbers come first: the words get shorter, then
/// the bars, so the hours are never cut off.
pub fn capacity(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    const LABEL: usize = 9;
    let load = mentor_load(&state.ws);
    let planned = planned_hours(&state.ws, state.today);
    let width = usize::from(area.width.saturating_sub(2));
    let cadences = load.hours_per_month;
    let mut narrow = false;
    let lines = match load.capacity_hours_per_month {
        Some(cap) if cap > 0.0 => {
            let long = [
                format!(" {cadences:.1} of {cap:.1} h/month"),
                format!(" {planned:.1} h in 30 days"),
            ];
            let short = [
                format!(" {cadences:.1}/{cap:.1} h"),
                format!(" {planned:.1} h/30d"),
            ];
            let room = |texts: &[String; 2]| {
                let text = texts.iter().map(|t| t.chars().count()).max().unwrap_or(0);
                width.saturating_sub(LABEL + text)
            };
            let wide = width.saturating_sub(30).clamp(10, 40);
            let (long_bar, short_bar) = (wide.min(room(&long)), wide.min(room(&short)));
            let (texts, bar_width) = if long_bar >= 5 {
                (long, long_bar)
            } else {
                (short, short_bar)
            };
            let bar = |hours: f64| {
                let filled = ((hours / cap).min(1.0) * bar_width as f64).round() as usize;
                let filled = filled.min(bar_width);
                format!("{}{}", "█".repeat(filled), "░".repeat(bar_width - filled))
            };
            let style = |hours: f64| {
                if hours > cap {
                    theme.overdue()
                } else {
                    theme.gauge()
                }
            };
            let [cadence_text, planned_text] = texts;
            vec![
                Line::from(vec![
                    Span::raw(format!("{:<LABEL$}", "cadences")),
                    Span::styled(bar(cadences), style(cadences)),
                    Span::raw(cadence_text),
                ]),
                Line::from(vec![
                    Span::raw(format!("{:<LABEL$}", "planned")),
                    Span::styled(bar(planned), style(planned)),
                    Span::raw(planned_text),
                ]),
            ]
        }
        _ => {
            let both =
                format!("cadences {cadences:.1} h/month · planned {planned:.1} h in 30 days");
            if both.chars().count() <= width {
                vec![
                    Line::from(both),
                    Line::styled(
                        "no capacity set: mentor profile --capacity HOURS",
                        theme.muted(),
                    ),
                ]
            } else {
                narrow = true;
                vec![
                    Line::from(format!("{:<LABEL$}{cadences:.1} h/month", "cadences")),
                    Line::from(format!("{:<LABEL$}{planned:.1} h/30 days", "planned")),
                ]
            }
        }
    };
    let title = if load.over_capacity() {
        " Capacity: over "
    } else if narrow {
        " Capacity: not set "
    } else {
        " Capacity "
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
