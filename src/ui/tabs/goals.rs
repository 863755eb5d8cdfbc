//! The Goals tab: goals with due date, SMART letters and progress; the selected goal's
//! milestones; the SMART check's reasons.

use super::super::theme::Theme;
use super::super::{Rect, lists, safe};
use super::date_cell;
use crate::app::{ListId, State, view};
use crate::domain::derived::{goal_overdue, milestone_overdue, progress};
use crate::domain::smart;
use crate::domain::text;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let Some(m) = view::mentee(state) else { return };
    let goal = view::goal(state);
    let reasons: Vec<String> = goal
        .map(|g| {
            smart::check(g, state.today)
                .missing()
                .filter_map(|l| l.reason.clone())
                .collect()
        })
        .unwrap_or_default();
    // Each reason takes as many rows as it wraps to.
    let inner_width = usize::from(area.width.saturating_sub(2)).max(1);
    let reason_rows: usize = reasons
        .iter()
        .map(|r| text::width(r).div_ceil(inner_width).max(1))
        .sum();
    let smart_height = (reason_rows.max(1) as u16 + 2).min(area.height / 2).max(3);
    let [top, middle, bottom] = Layout::vertical([
        Constraint::Percentage(50),
        Constraint::Min(3),
        Constraint::Length(smart_height),
    ])
    .areas(area);

    let rows = view::rows(state, ListId::Goals);
    let width = usize::from(top.width.saturating_sub(4));
    // After the marker: title, " ", due (10), " ", SMART (5), " ", progress (10).
    let title_width = width.saturating_sub(1 + 10 + 1 + 5 + 1 + 10);
    lists::draw(
        frame,
        top,
        state,
        theme,
        lists::ListView {
            id: ListId::Goals,
            title: Line::styled(
                format!(
                    "{:<lead$}{:<11}{:<6}{}",
                    format!(" Goals ({})", m.goals.len()),
                    "due",
                    "SMART",
                    "progress",
                    lead = 2 + title_width + 1
                ),
                theme.title(),
            ),
            len: rows.len(),
            empty: "no goals yet: Tab here, then a adds one",
        },
        |r| {
            let g = &m.goals[rows[r]];
            let title_style = if g.status.is_open() {
                Style::new()
            } else {
                theme.done()
            };
            let due_style = if goal_overdue(g, state.today) {
                theme.overdue()
            } else {
                Style::new()
            };
            Line::from(vec![
                Span::styled(lists::cell(&safe(&g.title), title_width), title_style),
                Span::raw(" "),
                Span::styled(date_cell(g.due), due_style),
                Span::raw(" "),
                Span::raw(smart::check(g, state.today).strip()),
                Span::raw(" "),
                Span::styled(lists::gauge(progress(g), 5), theme.gauge()),
            ])
        },
    );

    let milestones = view::rows(state, ListId::Milestones);
    let title = match goal {
        Some(g) => format!(
            " Milestones of \"{}\" ",
            crate::domain::text::fit(&safe(&g.title), 30)
        ),
        None => " Milestones ".into(),
    };
    let width = usize::from(middle.width.saturating_sub(4));
    lists::draw(
        frame,
        middle,
        state,
        theme,
        lists::ListView {
            id: ListId::Milestones,
            title: Line::styled(title, theme.title()),
            len: milestones.len(),
            empty: match goal {
                Some(_) => "no milestones: Tab here, then a adds one",
                None if m.goals.is_empty() => "no goals yet",
                None => "select a goal",
            },
        },
        |r| {
            let Some(g) = goal else {
                return Line::default();
            };
            let k = &g.milestones[milestones[r]];
            let due_style = if milestone_overdue(k, state.today) {
                theme.overdue()
            } else {
                Style::new()
            };
            Line::from(vec![
                Span::styled(
                    if k.is_done() { "[x] " } else { "[ ] " },
                    if k.is_done() {
                        theme.done()
                    } else {
                        Style::new()
                    },
                ),
                Span::raw(lists::cell(&safe(&k.title), width.saturating_sub(4 + 11))),
                Span::raw(" "),
                Span::styled(date_cell(k.due), due_style),
            ])
        },
    );

    let (title, lines) = match goal {
        None => (" SMART ".to_string(), vec![]),
        Some(g) if reasons.is_empty() => {
            let _ = g;
            (
                " SMART ".to_string(),
                vec![Line::styled("all five letters hold", theme.done())],
            )
        }
        Some(g) => (
            format!(
                " SMART {} · {} ",
                smart::check(g, state.today).strip(),
                g.id
            ),
            reasons
                .iter()
                .map(|r| Line::styled(safe(r), theme.warning()))
                .collect(),
        ),
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(false))
        .title(Line::styled(title, theme.title()));
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        bottom,
    );
}
