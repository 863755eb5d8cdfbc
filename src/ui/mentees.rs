//! The left column: the mentee list and the check-ins coming up.

use super::theme::Theme;
use super::{Rect, lists, safe};
use crate::app::{ListId, State, view};
use crate::domain::derived::CheckIn;
use crate::domain::{MenteeStatus, dates::iso};
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// A short mark after a mentee's name: `!` when a check-in is overdue, `·` when due within a week.
fn mark(checkin: Option<CheckIn>, today: NaiveDate) -> (&'static str, bool) {
    match checkin {
        Some(c) if c.days_overdue > 0 => ("!", true),
        Some(c) if (c.due - today).num_days() <= 7 => ("·", false),
        _ => (" ", false),
    }
}

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let upcoming = 7.min(area.height / 3);
    let [top, bottom] =
        Layout::vertical([Constraint::Min(4), Constraint::Length(upcoming)]).areas(area);
    let rows = view::rows(state, ListId::Mentees);
    // Every mentee's next check-in, computed once per change of the workspace.
    let checkins = state.memo.checkins(&state.ws, state.today);
    let width = usize::from(top.width.saturating_sub(4));
    let title = if state.mentee_view() {
        " Your plan ".to_string()
    } else if rows.len() == state.ws.mentees.len() {
        format!(" Mentees ({}) ", rows.len())
    } else {
        format!(" Mentees ({} of {}) ", rows.len(), state.ws.mentees.len())
    };
    lists::draw(
        frame,
        top,
        state,
        theme,
        lists::ListView {
            id: ListId::Mentees,
            title: Line::styled(title, theme.title()),
            len: rows.len(),
            empty: if state.filter.is_some() {
                "no match"
            } else {
                "none yet: a adds one"
            },
        },
        |r| {
            let i = rows[r];
            let m = &state.ws.mentees[i];
            let (mark, overdue) = mark(checkins.each.get(i).copied().flatten(), state.today);
            let kind = m.kind.name();
            // name, a space, the kind padded to 6, the mark.
            let name_width = width.saturating_sub(1 + 6 + 1);
            let style = if m.status == MenteeStatus::Active {
                ratatui::style::Style::new()
            } else {
                theme.muted()
            };
            Line::from(vec![
                Span::styled(lists::cell(&safe(&m.name), name_width), style),
                Span::styled(format!(" {kind:<6}"), theme.muted()),
                Span::styled(
                    mark,
                    if overdue {
                        theme.overdue()
                    } else {
                        theme.due_soon()
                    },
                ),
            ])
        },
    );
    if bottom.height < 3 {
        return;
    }
    let shown = usize::from(bottom.height.saturating_sub(2));
    let due: Vec<(i64, String, String)> = checkins
        .soonest
        .iter()
        .take(shown)
        .filter_map(|&i| {
            let c = checkins.each.get(i).copied().flatten()?;
            let m = state.ws.mentees.get(i)?;
            let days = (c.due - state.today).num_days();
            let when = match days {
                d if d < 0 => format!("overdue {}d", -d),
                0 => "today".into(),
                1 => "tomorrow".into(),
                d if d <= 14 => format!("in {d} days"),
                _ => iso(c.due).to_string(),
            };
            let who = if state.mentee_view() {
                "you".to_string()
            } else {
                safe(&m.name)
            };
            Some((days, who, when))
        })
        .collect();
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(false))
        .title(if state.mentee_view() {
            " Next check-in "
        } else {
            " Next check-ins "
        });
    let inner_width = usize::from(bottom.width.saturating_sub(2));
    let lines: Vec<Line> = due
        .iter()
        .map(|(days, name, when)| {
            let name_width = inner_width.saturating_sub(when.len() + 2);
            Line::from(vec![
                Span::raw(format!(" {} ", lists::cell(name, name_width))),
                Span::styled(
                    when.clone(),
                    if *days < 0 {
                        theme.overdue()
                    } else {
                        theme.muted()
                    },
                ),
            ])
        })
        .collect();
    let lines = if lines.is_empty() {
        vec![Line::styled(" none scheduled", theme.muted())]
    } else {
        lines
    };
    frame.render_widget(Paragraph::new(lines).block(block), bottom);
}
