//! The Calendar tab: a month of sessions and due dates, moved through by keys, and what falls on
//! the selected day.

use super::super::theme::Theme;
use super::super::{Rect, safe};
use crate::app::State;
use crate::app::scroll::Pane;
use crate::domain::dates::{iso, names};
use crate::domain::schedule::{Day, DayAt};
use crate::domain::text::{self, fit};
use crate::domain::{Mentee, Owner};
use crate::{i18n, t};
use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let [grid, items] = Layout::vertical([Constraint::Length(9), Constraint::Min(3)]).areas(area);
    // The month is computed once per change of the workspace (or of the month shown).
    let days = state.memo.month(&state.ws, state.today, state.calendar_day);
    month_grid(frame, grid, state, theme, &days);
    day_box(frame, items, state, theme, &days);
}

/// The month as a grid of weeks from `state.week_start` (the config file's, else the
/// language's first day), each day marked when it has sessions (●) or things due (◆).
fn month_grid(frame: &mut Frame, area: Rect, state: &State, theme: &Theme, days: &[DayAt]) {
    let selected = state.calendar_day;
    let start = state.week_start;
    let cell = (usize::from(area.width.saturating_sub(2)) / 7).clamp(4, 12);
    let mut lines = vec![Line::styled(
        names::week_from(start)
            .iter()
            .map(|d| text::pad(i18n::date::weekday_short(*d), cell))
            .collect::<String>(),
        theme.muted(),
    )];
    let lead = days
        .first()
        .map_or(0, |d| names::days_into_week(d.date.weekday(), start));
    let mut row: Vec<Span> = vec![Span::raw(" ".repeat(lead * cell))];
    for day in days {
        let (date, due) = (day.date, day.due());
        let marks = format!(
            "{}{}",
            if day.sessions.is_empty() { "" } else { "●" },
            if due > 0 { "◆" } else { "" }
        );
        let text = fit(&format!("{:>2}{marks}", date.day()), cell);
        let style = if date == selected {
            theme.row(true, true)
        } else if date < state.today && due > 0 {
            theme.overdue()
        } else if date == state.today {
            theme.title()
        } else {
            Style::new()
        };
        let pad = cell.saturating_sub(text::width(&text));
        row.push(Span::styled(text, style));
        row.push(Span::raw(" ".repeat(pad)));
        if date.weekday().succ() == start {
            lines.push(Line::from(std::mem::take(&mut row)));
        }
    }
    if !row.is_empty() {
        lines.push(Line::from(row));
    }
    let title = format!(
        " {} ",
        t!("calendar-title", month = i18n::date::month_year(selected))
    );
    let block = theme.pane(title, state.day_row.is_none());
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// What falls on the selected day: a list of its items once `Tab` gives it the keys.
fn day_box(frame: &mut Frame, area: Rect, state: &State, theme: &Theme, days: &[DayAt]) {
    let selected = state.calendar_day;
    let day = days
        .iter()
        .find(|d| d.date == selected)
        .map(|d| d.resolve(&state.ws))
        .unwrap_or_default();
    let width = usize::from(area.width.saturating_sub(2));
    let mut lines = day_lines(&day, state.mentee_view(), width, theme);
    let focused = state.day_row.is_some();
    let day_name = format!(
        "{} {}",
        i18n::date::weekday(selected.weekday()),
        iso(selected)
    );
    let title = if lines.is_empty() {
        lines.push(Line::styled(t!("calendar-nothing"), theme.muted()));
        format!(" {day_name} ")
    } else if let Some(row) = state.day_row {
        let row = row.min(lines.len() - 1);
        let height = usize::from(area.height.saturating_sub(2));
        let offset = state
            .scroll
            .follow_pane(Pane::Day, row, lines.len(), height);
        let n = lines.len();
        lines[row] = std::mem::take(&mut lines[row]).style(theme.row(true, true));
        lines.drain(..offset);
        let title = t!(
            "calendar-day-of",
            day = day_name.as_str(),
            row = row + 1,
            total = n
        );
        format!(" {title} ")
    } else {
        format!(" {day_name} ")
    };
    let block = theme.pane(title, focused);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// A day's sessions, then what is due. In the mentee's view, "you" is the mentee: the sessions
/// are with their mentor and the mentee's name is left out.
fn day_lines(day: &Day, mentee_view: bool, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let whose = |m: &Mentee| {
        if mentee_view {
            String::new()
        } else {
            format!(" ({})", safe(&m.name))
        }
    };
    let mut lines = Vec::new();
    for (m, s) in &day.sessions {
        let what = if s.agenda.is_empty() {
            String::new()
        } else {
            format!(" · {}", safe(&s.agenda))
        };
        let with = if mentee_view {
            t!("scr-your-mentor")
        } else {
            safe(&m.name)
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", s.at.format("%H:%M")), theme.title()),
            Span::raw(fit(
                &format!("{} session with {with}{what}", s.status),
                width.saturating_sub(6),
            )),
        ]));
    }
    let due = |text: String| Line::raw(fit(&format!("due   {text}"), width));
    for (m, x) in &day.actions {
        lines.push(due(match (mentee_view, x.owner) {
            (true, Owner::Mentee) => format!("action: {} (you)", safe(&x.text)),
            (true, Owner::Mentor) => format!("action: {} (your mentor)", safe(&x.text)),
            (false, owner) => format!("action: {} ({}, {owner})", safe(&x.text), safe(&m.name)),
        }));
    }
    for (m, k) in &day.milestones {
        lines.push(due(format!("milestone: {}{}", safe(&k.title), whose(m))));
    }
    for (m, g) in &day.goals {
        lines.push(due(format!("goal: {}{}", safe(&g.title), whose(m))));
    }
    lines
}
