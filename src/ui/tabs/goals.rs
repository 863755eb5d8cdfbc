//! The Goals tab: goals with due date, SMART letters and progress; the selected goal's
//! milestones; the SMART check's reasons.

use super::super::theme::Theme;
use super::super::{Rect, lists, safe};
use crate::app::{ListId, State, view};
use crate::domain::derived::{goal_overdue, milestone_overdue, progress};
use crate::domain::{Goal, Mentee, RecordRef, smart, text};
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

/// What the tab's regions draw from: the mentee, and the goal selected (if any).
struct Goals<'a> {
    state: &'a State,
    theme: &'a Theme,
    mentee: &'a Mentee,
    goal: Option<&'a Goal>,
}

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let Some(mentee) = view::mentee(state) else {
        return;
    };
    let goal = view::goal(state);
    let reasons: Vec<String> = goal
        .map(|g| {
            smart::check(g, state.today)
                .missing()
                .filter_map(|l| l.reason.as_ref().map(ToString::to_string))
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
    let tab = Goals {
        state,
        theme,
        mentee,
        goal,
    };
    tab.goal_list(frame, top);
    tab.milestone_list(frame, middle);
    tab.smart_box(frame, bottom, &reasons);
}

impl Goals<'_> {
    /// The goals: title, due date, SMART letters, progress.
    fn goal_list(&self, frame: &mut Frame, area: Rect) {
        let Goals {
            state,
            theme,
            mentee,
            ..
        } = *self;
        let rows = view::rows(state, ListId::Goals);
        let empty = t!("goals-empty");
        let header = [
            t!("goals-col-goal"),
            t!("goals-col-due"),
            t!("goals-col-smart"),
            t!("goals-col-progress"),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let list = lists::ListView {
            id: ListId::Goals,
            title: Line::styled(
                format!(
                    " {} ",
                    t!("goals-title", count = view::count(state, ListId::Goals))
                ),
                theme.title(),
            ),
            len: rows.len(),
            empty: &empty,
            columns: &[
                Constraint::Fill(1),
                Constraint::Length(10),
                Constraint::Length(5),
                Constraint::Length(10),
            ],
            header: &header,
        };
        lists::draw(frame, area, state, theme, list, |r, widths| {
            let g = &mentee.goals[rows[r]];
            let title_style = if g.status.is_open() {
                Style::new()
            } else {
                theme.done()
            };
            vec![
                lists::text_cell(
                    &crate::app::reply::marked(
                        state,
                        mentee,
                        RecordRef::Goal(g.id.clone()),
                        &safe(&g.title),
                    ),
                    widths[0],
                    title_style,
                ),
                lists::due(g.due, goal_overdue(g, state.today), theme),
                Line::raw(smart::check(g, state.today).strip()),
                Line::styled(lists::gauge(progress(g), 5), theme.gauge()),
            ]
        });
    }

    /// The selected goal's milestones: done, title, due date.
    fn milestone_list(&self, frame: &mut Frame, area: Rect) {
        let Goals {
            state,
            theme,
            mentee,
            goal,
        } = *self;
        let milestones = view::rows(state, ListId::Milestones);
        let title = match goal {
            // The goal's title takes what the border has room for (its corners, the words around
            // it and a stretch of border to show it is a title: 24 columns).
            Some(g) => {
                let room = usize::from(area.width).saturating_sub(24).max(30);
                let goal = text::fit(&safe(&g.title), room);
                format!(" {} ", t!("milestones-of", goal = goal))
            }
            None => format!(" {} ", t!("milestones-title")),
        };
        let empty = match goal {
            Some(_) => t!("milestones-empty"),
            None if mentee.goals.is_empty() => t!("milestones-no-goals"),
            None if view::filter_text(state, ListId::Goals).is_some() => {
                t!("milestones-no-match")
            }
            None => t!("milestones-select"),
        };
        let title = lists::counted(state, ListId::Milestones, &title);
        let list = lists::ListView {
            id: ListId::Milestones,
            title: Line::styled(title, theme.title()),
            len: milestones.len(),
            empty: &empty,
            columns: &[
                Constraint::Length(3),
                Constraint::Fill(1),
                Constraint::Length(10),
            ],
            header: &[],
        };
        lists::draw(frame, area, state, theme, list, |r, widths| {
            let Some(k) = goal.and_then(|g| g.milestones.get(milestones[r])) else {
                return Vec::new();
            };
            vec![
                lists::check(k.is_done(), theme),
                Line::raw(lists::cell(
                    &crate::app::reply::marked(
                        state,
                        mentee,
                        RecordRef::Milestone(k.id.clone()),
                        &safe(&k.title),
                    ),
                    widths[1],
                )),
                lists::due(k.due, milestone_overdue(k, state.today), theme),
            ]
        });
    }

    /// Why the selected goal misses SMART letters, or that it misses none.
    fn smart_box(&self, frame: &mut Frame, area: Rect, reasons: &[String]) {
        let Goals {
            state, theme, goal, ..
        } = *self;
        let (title, lines) = match goal {
            None => (format!(" {} ", t!("smart-title")), vec![]),
            Some(_) if reasons.is_empty() => (
                format!(" {} ", t!("smart-title")),
                vec![Line::styled(t!("smart-all-hold"), theme.done())],
            ),
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
        let block = theme.pane(title, false);
        frame.render_widget(
            Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
            area,
        );
    }
}
