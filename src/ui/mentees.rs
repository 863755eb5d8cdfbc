//! The left column: the mentee list and the check-ins coming up.

use super::theme::Theme;
use super::{Rect, lists, safe};
use crate::app::{ListId, State, view};
use crate::domain::derived::CheckIn;
use crate::domain::{MenteeStatus, dates::iso, text};
use crate::t;
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

/// The legend in one line, as fits `width` columns (nothing when nothing fits).
fn legend_line(width: usize) -> Option<String> {
    [
        format!(" {} ", t!("mentees-legend-long")),
        format!(" {} ", t!("mentees-legend-medium")),
        t!("mentees-legend-short"),
    ]
    .into_iter()
    .find(|l| text::width(l) <= width)
}

/// The mentees (as filtered): name, kind of mentoring, and the check-in mark.
fn mentee_list(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let rows = view::rows(state, ListId::Mentees);
    // Every mentee's next check-in, computed once per change of the workspace.
    let checkins = state.memo.checkins(&state.ws, state.today);
    let title = if state.mentee_view() {
        format!(" {} ", t!("mentees-your-plan"))
    } else {
        mentee_title(state, rows.len(), usize::from(area.width.saturating_sub(2)))
    };
    let empty = if state.hide_concluded && !state.ws.mentees.is_empty() {
        t!("mentees-all-concluded")
    } else {
        t!("mentees-empty")
    };
    // The kind's words and their width, looked up once per frame, not once per row.
    let kinds = kind_words();
    let kind_width = kinds.iter().map(|w| text::width(w)).max().unwrap_or(6);
    let list = lists::ListView {
        id: ListId::Mentees,
        title: Line::styled(title, theme.title()),
        len: rows.len(),
        empty: &empty,
        // The name; the kind (as wide as its widest word in the language) and the mark (1).
        columns: &[
            Constraint::Fill(1),
            Constraint::Length(kind_width as u16 + 1),
        ],
        header: &[],
    };
    let hint = legend_line(usize::from(area.width.saturating_sub(2)));
    let hint_row = Rect {
        x: area.x + 1,
        y: area.bottom().saturating_sub(1),
        width: area.width.saturating_sub(2),
        height: 1,
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
                Span::styled(
                    text::pad(&kinds[kind_index(m.kind)], kind_width),
                    theme.muted(),
                ),
                Span::styled(mark, mark_style),
            ]),
        ]
    });
    if let Some(hint) = hint.filter(|_| area.height >= 4) {
        frame.render_widget(Paragraph::new(Line::styled(hint, theme.muted())), hint_row);
    }
}

/// The mentee list's title: how many are shown of how many, what is hidden, the order
/// ("Mentees (5 of 7, concluded hidden, by name)"), shortened to fit `width` columns.
fn mentee_title(state: &State, shown: usize, width: usize) -> String {
    let total = state.ws.mentees.len();
    let order = state.mentee_order.label();
    if shown == total && order.is_none() && !state.hide_concluded {
        return format!(" {} ", t!("mentees-title", count = total));
    }
    let mut long = vec![if shown == total {
        total.to_string()
    } else {
        t!("mentees-shown-of", shown = shown, total = total)
    }];
    let mut short = vec![format!("{shown}/{total}")];
    if state.hide_concluded {
        long.push(t!("mentees-concluded-hidden"));
        short.push(t!("mentees-concluded-short"));
    }
    if let Some(order) = order {
        long.push(order);
        short.push(format!(
            "↕{}",
            state.mentee_order.short_label().unwrap_or_default()
        ));
    }
    let short = short.join(" ");
    [
        format!(" {} ", t!("mentees-title-long", what = long.join(", "))),
        format!(" {} ", t!("mentees-title-short", what = short.as_str())),
        format!(" {short} "),
    ]
    .into_iter()
    .find(|t| text::width(t) <= width)
    .unwrap_or_else(|| format!(" {short} "))
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
                t!("checkins-you")
            } else {
                safe(&m.name)
            };
            Some(checkin_line(days, c.due, &who, inner_width, theme))
        })
        .collect();
    let lines = if lines.is_empty() {
        vec![Line::styled(
            format!(" {}", t!("checkins-none")),
            theme.muted(),
        )]
    } else {
        lines
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(false))
        .title(if state.mentee_view() {
            format!(" {} ", t!("checkins-title-mentee"))
        } else {
            format!(" {} ", t!("checkins-title"))
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
        d if d < 0 => t!("checkins-overdue", days = -d),
        0 => t!("checkins-today"),
        1 => t!("checkins-tomorrow"),
        d if d <= 14 => t!("checkins-in-days", days = d),
        _ => iso(due).to_string(),
    };
    let name_width = width.saturating_sub(text::width(&when) + 2);
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

/// The mentoring kinds as the mentee list shows them, short words in the language, in the order
/// of [`kind_index`].
fn kind_words() -> [String; 3] {
    [
        t!("scr-kind-short-career"),
        t!("scr-kind-short-peer"),
        t!("scr-kind-short-life"),
    ]
}

/// Where a kind's word stands in [`kind_words`].
fn kind_index(kind: crate::domain::MentoringKind) -> usize {
    use crate::domain::MentoringKind as K;
    match kind {
        K::Career => 0,
        K::Peer => 1,
        K::Life => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::MenteeOrder;

    #[test]
    fn the_title_says_what_is_hidden_and_the_order_in_the_room_it_has() {
        let ws = crate::demo::demo_workspace(chrono::NaiveDate::MIN);
        let mut state = State::new(ws, chrono::NaiveDate::MIN, "t");
        assert_eq!(mentee_title(&state, 7, 24), " Mentees (7) ");
        state.hide_concluded = true;
        state.mentee_order = MenteeOrder::Name;
        assert_eq!(
            mentee_title(&state, 6, 60),
            " Mentees (6 of 7, concluded hidden, by name) "
        );
        assert_eq!(mentee_title(&state, 6, 30), " Mentees 6/7 −concl ↕name ");
        assert_eq!(mentee_title(&state, 6, 20), " 6/7 −concl ↕name ");
        assert_eq!(legend_line(24).as_deref(), Some("!late ·≤7d dim:inactive"));
        assert!(legend_line(80).is_some_and(|l| l.contains("paused or concluded")));
    }
}
