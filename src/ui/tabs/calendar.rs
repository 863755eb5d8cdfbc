//! The Calendar tab: a month of sessions and due dates, moved through by keys, and what falls on
//! the selected day.

use super::super::theme::Theme;
use super::super::{Rect, safe};
use crate::app::State;
use crate::domain::text::fit;
use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let [grid, items] = Layout::vertical([Constraint::Length(9), Constraint::Min(3)]).areas(area);
    let selected = state.calendar_day;
    // The month is computed once per change of the workspace (or of the month shown).
    let days = state.memo.month(&state.ws, state.today, selected);
    let counts: Vec<(chrono::NaiveDate, usize, usize)> = days
        .iter()
        .map(|d| (d.date, d.sessions.len(), d.due()))
        .collect();
    let cell = usize::from(grid.width.saturating_sub(2)) / 7;
    let cell = cell.clamp(4, 12);
    let mut lines = vec![Line::styled(
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
            .iter()
            .map(|d| format!("{d:<cell$}"))
            .collect::<String>(),
        theme.muted(),
    )];
    let lead = counts
        .first()
        .map_or(0, |(d, _, _)| d.weekday().num_days_from_monday() as usize);
    let mut row: Vec<Span> = vec![Span::raw(" ".repeat(lead * cell))];
    for (date, sessions, due) in &counts {
        let marks = format!(
            "{}{}",
            if *sessions > 0 { "●" } else { "" },
            if *due > 0 { "◆" } else { "" }
        );
        let text = fit(&format!("{:>2}{marks}", date.day()), cell);
        let mut style = Style::new();
        if *date == state.today {
            style = theme.title();
        }
        if *date < state.today && *due > 0 {
            style = theme.overdue();
        }
        if *date == selected {
            style = theme.row(true, true);
        }
        let pad = cell.saturating_sub(crate::domain::text::width(&text));
        row.push(Span::styled(text, style));
        row.push(Span::raw(" ".repeat(pad)));
        if date.weekday() == chrono::Weekday::Sun {
            lines.push(Line::from(std::mem::take(&mut row)));
        }
    }
    if !row.is_empty() {
        lines.push(Line::from(row));
    }
    let title = format!(" {} · ● session  ◆ due ", selected.format("%B %Y"));
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(true))
        .title(Line::styled(title, theme.title()));
    frame.render_widget(Paragraph::new(lines).block(block), grid);

    let d = days
        .iter()
        .find(|d| d.date == selected)
        .map(|d| d.resolve(&state.ws))
        .unwrap_or_default();
    let width = usize::from(items.width.saturating_sub(2));
    let mut lines: Vec<Line> = Vec::new();
    // In the mentee's view, "you" is the mentee: the sessions are with their mentor and the
    // mentee's name is left out.
    let mentee_view = state.mentee_view();
    let whose = |m: &crate::domain::Mentee| {
        if mentee_view {
            String::new()
        } else {
            format!(" ({})", safe(&m.name))
        }
    };
    for (m, s) in &d.sessions {
        let what = if s.agenda.is_empty() {
            String::new()
        } else {
            format!(" · {}", safe(&s.agenda))
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", s.at.format("%H:%M")), theme.title()),
            Span::raw(fit(
                &format!(
                    "{} session with {}{what}",
                    s.status,
                    if mentee_view {
                        "your mentor".to_string()
                    } else {
                        safe(&m.name)
                    }
                ),
                width.saturating_sub(6),
            )),
        ]));
    }
    for (m, x) in &d.actions {
        lines.push(Line::raw(fit(
            &if mentee_view {
                let owner = match x.owner {
                    crate::domain::Owner::Mentee => "you",
                    crate::domain::Owner::Mentor => "your mentor",
                };
                format!("due   action: {} ({owner})", safe(&x.text))
            } else {
                format!(
                    "due   action: {} ({}, {})",
                    safe(&x.text),
                    safe(&m.name),
                    x.owner
                )
            },
            width,
        )));
    }
    for (m, k) in &d.milestones {
        lines.push(Line::raw(fit(
            &format!("due   milestone: {}{}", safe(&k.title), whose(m)),
            width,
        )));
    }
    for (m, g) in &d.goals {
        lines.push(Line::raw(fit(
            &format!("due   goal: {}{}", safe(&g.title), whose(m)),
            width,
        )));
    }
    if lines.is_empty() {
        lines.push(Line::styled("nothing on this day", theme.muted()));
    }
    let title = format!(" {} ", selected.format("%A %Y-%m-%d"));
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(false))
        .title(Line::styled(title, theme.title()));
    frame.render_widget(Paragraph::new(lines).block(block), items);
}
