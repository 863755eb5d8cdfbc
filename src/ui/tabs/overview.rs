//! The Overview tab: the agreement at a glance, goal progress, the next check-in and the open
//! action items of each side. The agreement's values wrap under their column, and the box
//! scrolls (`J` / `K`); the other boxes cut their rows to fit.

use super::super::textpane::{self, Piece};
use super::super::theme::Theme;
use super::super::{Rect, lists, safe};
use crate::app::{State, view};
use crate::domain::derived::{next_checkin, open_actions, progress};
use crate::domain::text::fit;
use crate::domain::{Mentee, Owner, RecordRef};
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

const LABEL: usize = 12;

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let Some(mentee) = view::mentee(state) else {
        return;
    };
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    // The mentor's capacity is the mentor's concern: the mentee's view leaves it out.
    let mentee_view = state.mentee_view();
    let mentor_only = if mentee_view { 0 } else { 4 };
    let [agreement, checkin, capacity] = Layout::vertical([
        Constraint::Min(6),
        Constraint::Length(4),
        Constraint::Length(mentor_only),
    ])
    .areas(left);
    let mood_lines = crate::app::spark::lines(mentee, usize::from(right.width.saturating_sub(2)));
    // The hours given, like the capacity, are the mentor's concern (issue 20).
    let [mood, hours, goals, actions] = Layout::vertical([
        Constraint::Length(mood_lines.len() as u16 + 2),
        Constraint::Length(mentor_only),
        Constraint::Percentage(45),
        Constraint::Percentage(55),
    ])
    .areas(right);
    let tab = Overview {
        state,
        theme,
        mentee,
    };
    tab.agreement_box(frame, agreement);
    tab.boxed(frame, checkin, &t!("scr-next-checkin"), tab.next_checkin());
    if !mentee_view {
        super::capacity::render(frame, capacity, state, theme);
        super::hours::render(frame, hours, state, mentee, theme);
    }
    let mood_lines = mood_lines.into_iter().map(Line::from).collect();
    tab.boxed(frame, mood, &t!("scr-mood-energy"), mood_lines);
    tab.boxed(frame, goals, &t!("scr-open-goals"), tab.open_goals(goals));
    tab.boxed(
        frame,
        actions,
        &t!("scr-open-actions"),
        tab.open_actions(actions),
    );
}

/// What the tab's boxes draw from.
struct Overview<'a> {
    state: &'a State,
    theme: &'a Theme,
    mentee: &'a Mentee,
}

impl Overview<'_> {
    /// Draws `lines` in a box titled `title`.
    fn boxed(&self, frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line>) {
        let block = self.theme.pane(format!(" {title} "), false);
        frame.render_widget(Paragraph::new(lines).block(block), area);
    }

    /// A label and its value, wrapped under the value's column.
    fn pair(&self, label: String, value: &str) -> Piece {
        Piece {
            label,
            label_style: self.theme.muted(),
            text: value.to_string(),
            style: ratatui::style::Style::new(),
            hang: LABEL,
        }
    }

    /// The agreement box: wrapped, scrolled as `J` / `K` left it (see [`crate::app::panes`]).
    fn agreement_box(&self, frame: &mut Frame, area: Rect) {
        let block = self.theme.pane(format!(" {} ", t!("scr-agreement")), false);
        let lines = textpane::wrap(&self.agreement(), usize::from(block.inner(area).width));
        let record = RecordRef::Mentee(self.mentee.id.clone());
        let scroll = (&self.state.panes.agreement, Some(&record));
        textpane::draw(frame, area, block, lines, scroll, self.theme);
    }

    /// The agreement's terms and the mentee's aspirations.
    fn agreement(&self) -> Vec<Piece> {
        let (m, a) = (self.mentee, &self.mentee.agreement);
        let or_dash = |s: &str| {
            if s.trim().is_empty() {
                "-".to_string()
            } else {
                s.to_string()
            }
        };
        let channels: Vec<&str> = a.channels.iter().map(|c| c.shown()).collect();
        let cadence = a.cadence.map_or("-".into(), |c| c.to_string());
        let length = a
            .session_minutes
            .map_or("-".into(), |n| t!("scr-minutes", count = n));
        let ends = a.ends_on.map_or("-".into(), |d| d.to_string());
        let prefers: Vec<&str> = a.feedback_preferences.iter().map(|p| p.shown()).collect();
        vec![
            self.pair(t!("scr-ag-cadence"), &cadence),
            self.pair(t!("scr-ag-length"), &length),
            self.pair(t!("scr-ag-channels"), &or_dash(&channels.join(", "))),
            // How to give feedback sits with how to reach each other (issue 20).
            self.pair(t!("fit-ag-prefers"), &or_dash(&prefers.join(", "))),
            self.pair(t!("fit-ag-more-of"), &or_dash(&a.feedback_more_of)),
            self.pair(t!("scr-ag-response"), &or_dash(&a.response_time)),
            self.pair(t!("scr-ag-boundaries"), &or_dash(&a.boundaries)),
            self.pair(t!("scr-ag-success"), &or_dash(&a.success_measures)),
            self.pair(t!("scr-ag-ends"), &ends),
            self.pair(t!("scr-ag-aspirations"), &or_dash(&m.aspirations)),
        ]
    }

    /// When the next check-in is due, and how far off (or overdue) that is.
    fn next_checkin(&self) -> Vec<Line<'static>> {
        let (theme, today) = (self.theme, self.state.today);
        match next_checkin(self.mentee, today) {
            None => vec![Line::styled(t!("scr-no-cadence"), theme.muted())],
            Some(c) if c.days_overdue > 0 => vec![
                Line::from(t!("scr-due-on", date = c.due.to_string())),
                Line::styled(
                    t!("scr-overdue-by", count = c.days_overdue),
                    theme.overdue(),
                ),
            ],
            Some(c) => vec![
                Line::from(t!("scr-due-on", date = c.due.to_string())),
                Line::from(match (c.due - today).num_days() {
                    0 => t!("scr-today"),
                    1 => t!("scr-tomorrow"),
                    n => t!("scr-in-days", count = n.unsigned_abs()),
                }),
            ],
        }
    }

    /// The open goals with their progress.
    fn open_goals(&self, area: Rect) -> Vec<Line<'static>> {
        let width = usize::from(area.width.saturating_sub(2));
        let lines: Vec<Line> = self
            .mentee
            .goals
            .iter()
            .filter(|g| g.status.is_open())
            .map(|g| {
                Line::from(vec![
                    Span::raw(lists::cell(&safe(&g.title), width.saturating_sub(12))),
                    Span::raw(" "),
                    Span::styled(lists::gauge(progress(g), 6), self.theme.gauge()),
                ])
            })
            .collect();
        if lines.is_empty() {
            vec![Line::styled(t!("scr-no-open-goals"), self.theme.muted())]
        } else {
            lines
        }
    }

    /// Each side's open action items, half the rows each (a heading and its items).
    fn open_actions(&self, area: Rect) -> Vec<Line<'static>> {
        let width = usize::from(area.width.saturating_sub(2));
        let room = usize::from(area.height.saturating_sub(2));
        // "You" is whoever is looking: the mentor in the app, the mentee in their view.
        let sides = if self.state.mentee_view() {
            [
                (Owner::Mentee, t!("scr-side-you")),
                (Owner::Mentor, t!("scr-side-your-mentor")),
            ]
        } else {
            [
                (Owner::Mentee, t!("scr-side-mentee")),
                (Owner::Mentor, t!("scr-side-you")),
            ]
        };
        let per_side = (room / 2).max(2);
        let mut lines = Vec::new();
        for (owner, name) in sides {
            let items = open_actions(self.mentee, owner);
            lines.push(Line::styled(
                t!("scr-side-count", side = name, count = items.len()),
                self.theme.title(),
            ));
            for item in items.iter().take(per_side - 1) {
                let due = item.due.map(|d| format!(" · {d}")).unwrap_or_default();
                lines.push(Line::from(fit(
                    &format!(" {}{due}", safe(&item.text)),
                    width,
                )));
            }
        }
        lines
    }
}
