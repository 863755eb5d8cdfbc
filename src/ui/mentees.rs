//! The left column: the mentee list and the check-ins coming up.

use super::theme::Theme;
use super::{Rect, lists, safe};
use crate::app::{ListId, State, view};
use crate::domain::derived::CheckIn;
use crate::domain::{MenteeStatus, dates::iso};
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let upcoming = 7.min(area.height / 3);
    let [top, bottom] =
        Layout::vertical([Constraint::Min(4), Constraint::Length(upcoming)]).areas(area);
    mentee_list(frame, top, state, theme);
    if bottom.height >= 3 {
        next_checkins(frame, bottom, state, theme);
    }
}

/// A short mark after a mentee's name: `!` when a check-in is overdue, `·` when due within a week.
fn mark(checkin: Option<CheckIn>, today: NaiveDate) -> (&'static str, bool) {
    match checkin {
        Some(c) if c.days_overdue > 0 => ("!", true),
        Some(c) if (c.due - today).num_days() <= 7 => ("·", false),
        _ => (" ", false),
    }
}

/// The mentees (as filtered): name, kind of mentoring, and the check-in mark.
fn mentee_list(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let rows = view::rows(state, ListId::Mentees);
    // Every mentee's next check-in, computed once per change of the workspace.
    let checkins = state.memo.checkins(&state.ws, state.today);
    let title = if state.mentee_view() {
        " Your plan ".to_string()
    } else {
        mentee_title(state, rows.len())
    };
    let list = lists::ListView {
        id: ListId::Mentees,
        title: Line::styled(title, theme.title()),
        len: rows.len(),
        empty: if state.hide_concluded && !state.ws.mentees.is_empty() {
            "all concluded, and hidden"
        } else {
            "none yet: a adds one"
        },
        // The name; the kind (6) and the mark (1).
        columns: &[Constraint::Fill(1), Constraint::Length(7)],
        header: &[],
    };
    lists::draw(frame, area, state, theme, list, |r, widths| {
        let i = rows[r];
        let m = &state.ws.mentees[i];
        let (mark, overdue) = mark(checkins.each.get(i).copied().flatten(), state.today);
        let style = if m.status == MenteeStatus::Active {
            Style::new()
        } else {
            theme.muted()
        };
        let mark_style = if overdue {
            theme.overdue()
        } else {
            theme.due_soon()
        };
        vec![
            lists::text_cell(&safe(&m.name), widths[0], style),
            Line::from(vec![
                Span::styled(format!("{:<6}", m.kind.name()), theme.muted()),
                Span::styled(mark, mark_style),
            ]),
        ]
    });
}

/// The mentee list's title: how many are shown of how many, what is hidden, the order
/// ("Mentees (5 of 7, concluded hidden, by name)").
fn mentee_title(state: &State, shown: usize) -> String {
    let total = state.ws.mentees.len();
    let mut parts = vec![if shown == total {
        total.to_string()
    } else {
        format!("{shown} of {total}")
    }];
    if state.hide_concluded {
        parts.push("concluded hidden".into());
    }
    parts.extend(state.mentee_order.label().map(String::from));
    format!(" Mentees ({}) ", parts.join(", "))
}

/// The check-ins coming up, soonest first, as many as the box holds.
fn next_checkins(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let checkins = state.memo.checkins(&state.ws, state.today);
    let shown = usize::from(area.height.saturating_sub(2));
    let inner_width = usize::from(area.width.saturating_sub(2));
    let lines: Vec<Line> = checkins
        .soonest
        .iter()
        .take(shown)
        .filter_map(|&i| {
            let c = checkins.each.get(i).copied().flatten()?;
            let m = state.ws.mentees.get(i)?;
            let days = (c.due - state.today).num_days();
            let who = if state.mentee_view() {
                "you".to_string()
            } else {
                safe(&m.name)
            };
            Some(checkin_line(days, c.due, &who, inner_width, theme))
        })
        .collect();
    let lines = if lines.is_empty() {
        vec![Line::styled(" none scheduled", theme.muted())]
    } else {
        lines
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(false))
        .title(if state.mentee_view() {
            " Next check-in "
        } else {
            " Next check-ins "
        });
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// One coming check-in: who, and when in words.
fn checkin_line(
    days: i64,
    due: NaiveDate,
    who: &str,
    width: usize,
    theme: &Theme,
) -> Line<'static> {
    let when = match days {
        d if d < 0 => format!("overdue {}d", -d),
        0 => "today".into(),
        1 => "tomorrow".into(),
        d if d <= 14 => format!("in {d} days"),
        _ => iso(due).to_string(),
    };
    let name_width = width.saturating_sub(when.len() + 2);
    let style = if days < 0 {
        theme.overdue()
    } else {
        theme.muted()
    };
    Line::from(vec![
        Span::raw(format!(" {} ", lists::cell(who, name_width))),
        Span::styled(when, style),
    ])
}
