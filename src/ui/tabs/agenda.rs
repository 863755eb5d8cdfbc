//! The Agenda tab: across mentees, what needs attention in the next two weeks, and the mentor's
//! capacity.

use super::super::theme::Theme;
use super::super::{Rect, safe};
use crate::app::State;
use crate::domain::schedule::{action_at, milestone_at, session_at};
use crate::domain::text::fit;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// Days the agenda looks ahead.
pub const DAYS: u32 = 14;

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    // In the mentee's view the agenda is theirs alone, and the mentor's capacity is left out.
    let mentee_view = state.mentee_view();
    let [gauge, body] = Layout::vertical([
        Constraint::Length(if mentee_view { 0 } else { 4 }),
        Constraint::Min(3),
    ])
    .areas(area);
    if !mentee_view {
        capacity(frame, gauge, state, theme);
    }
    // Who a row is about: the mentee's name, or "you" when the mentee is looking.
    let whose = |m: &crate::domain::Mentee| {
        if mentee_view {
            "you".to_string()
        } else {
            safe(&m.name)
        }
    };
    let owner = |o: crate::domain::Owner| match (mentee_view, o) {
        (true, crate::domain::Owner::Mentee) => "you".to_string(),
        (true, crate::domain::Owner::Mentor) => "your mentor".to_string(),
        (false, o) => o.to_string(),
    };
    // Computed once per change of the workspace; only the rows shown are looked up and drawn.
    let a = state.memo.agenda(&state.ws, state.today, DAYS);
    let ws = &state.ws;
    let width = usize::from(body.width.saturating_sub(2));
    let dated = |due: Option<chrono::NaiveDate>| {
        let style = if due.is_some_and(|d| d < state.today) {
            theme.overdue()
        } else {
            theme.muted()
        };
        Span::styled(
            format!(" {:<11}", due.map(|d| d.to_string()).unwrap_or_default()),
            style,
        )
    };
    let titles = [
        format!("Check-ins ({})", a.checkins.len()),
        format!("Sessions, next {DAYS} days ({})", a.sessions.len()),
        format!("Action items due ({})", a.actions.len()),
        format!("Milestones due ({})", a.milestones.len()),
    ];
    let totals = [
        a.checkins.len(),
        a.sessions.len(),
        a.actions.len(),
        a.milestones.len(),
    ];
    let shown = share_rows(usize::from(body.height.saturating_sub(2)), &totals);
    // The rows each section shows: all of them, or one less to make room for "… N more".
    let keep = |i: usize| {
        if shown[i] < totals[i] {
            shown[i].saturating_sub(1)
        } else {
            totals[i]
        }
    };
    let sections: [Vec<Line>; 4] = [
        a.checkins
            .iter()
            .take(keep(0))
            .filter_map(|&(m, c)| {
                let m = ws.mentees.get(m)?;
                let (when, style) = if c.days_overdue > 0 {
                    (format!("overdue {}d", c.days_overdue), theme.overdue())
                } else {
                    (format!("due {}", c.due), theme.due_soon())
                };
                Some(Line::from(vec![
                    Span::styled(format!(" {when:<16}"), style),
                    Span::raw(fit(&whose(m), width.saturating_sub(17))),
                ]))
            })
            .collect(),
        a.sessions
            .iter()
            .take(keep(1))
            .filter_map(|&at| {
                let (m, s) = session_at(ws, at)?;
                let agenda = match (s.agenda.is_empty(), mentee_view) {
                    (true, _) => String::new(),
                    (false, true) => safe(&s.agenda),
                    (false, false) => format!(" · {}", safe(&s.agenda)),
                };
                let name = if mentee_view {
                    String::new()
                } else {
                    safe(&m.name)
                };
                Some(Line::from(vec![
                    Span::raw(format!(" {:<17}", s.at.format("%a %m-%d %H:%M"))),
                    Span::raw(fit(&format!("{name}{agenda}"), width.saturating_sub(18))),
                ]))
            })
            .collect(),
        a.actions
            .iter()
            .take(keep(2))
            .filter_map(|&at| {
                let (m, x) = action_at(ws, at)?;
                let text = if mentee_view {
                    format!("{} ({})", safe(&x.text), owner(x.owner))
                } else {
                    format!("{} ({}, {})", safe(&x.text), safe(&m.name), owner(x.owner))
                };
                Some(Line::from(vec![
                    dated(x.due),
                    Span::raw(fit(&text, width.saturating_sub(12))),
                ]))
            })
            .collect(),
        a.milestones
            .iter()
            .take(keep(3))
            .filter_map(|&at| {
                let (m, _, k) = milestone_at(ws, at)?;
                let text = if mentee_view {
                    safe(&k.title)
                } else {
                    format!("{} ({})", safe(&k.title), safe(&m.name))
                };
                Some(Line::from(vec![
                    dated(k.due),
                    Span::raw(fit(&text, width.saturating_sub(12))),
                ]))
            })
            .collect(),
    ];
    let mut lines: Vec<Line> = Vec::new();
    for (i, (title, items)) in titles.into_iter().zip(sections).enumerate() {
        if i > 0 {
            lines.push(Line::default());
        }
        lines.push(Line::styled(title, theme.title()));
        lines.extend(items);
        if keep(i) < totals[i] {
            let more = totals[i] - keep(i);
            lines.push(Line::styled(
                if mentee_view {
                    format!(" … {more} more")
                } else {
                    format!(" … {more} more (mentor agenda lists all)")
                },
                theme.muted(),
            ));
        }
    }
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(false))
        .title(Line::styled(
            if mentee_view {
                " Your agenda "
            } else {
                " Agenda: everyone "
            },
            theme.title(),
        ));
    frame.render_widget(Paragraph::new(lines).block(block), body);
}

/// Shares `rows` between sections of `totals` items: every section keeps its heading (and a blank
/// line between sections); the rows left are handed out one at a time in turn, so a long section
/// cannot push the others off the screen.
fn share_rows(rows: usize, totals: &[usize; 4]) -> [usize; 4] {
    let overhead = 2 * totals.len() - 1;
    let mut budget = rows.saturating_sub(overhead);
    let mut shown = [0usize; 4];
    loop {
        let mut gave = false;
        for (i, total) in totals.iter().enumerate() {
            if budget > 0 && shown[i] < *total {
                shown[i] += 1;
                budget -= 1;
                gave = true;
            }
        }
        if !gave {
            break;
        }
    }
    shown
}

/// The mentor's month: hours implied by the cadences, and hours actually planned, against the
/// capacity. In a narrow box (the Overview's) the numbers come first: the words get shorter, then
/// the bars, so the hours are never cut off.
pub fn capacity(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    const LABEL: usize = 9;
    let memo = state.memo.load(&state.ws, state.today);
    let (load, planned) = (&memo.load, memo.planned_hours);
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
