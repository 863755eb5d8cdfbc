//! The Overview tab: the agreement at a glance, goal progress, the next check-in and the open
//! action items of each side. The agreement's values wrap under their column, and the box
//! scrolls (`J` / `K`); the other boxes cut their rows to fit.

use super::super::textpane::{self, Piece};
use super::super::theme::Theme;
use super::super::{Rect, lists, safe};
use crate::app::{State, view};
use crate::domain::derived::{next_checkin, open_actions, progress};
use crate::domain::text::{fit, plural};
use crate::domain::{Mentee, Owner, RecordRef};
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
    let [agreement, checkin, capacity] = Layout::vertical([
        Constraint::Min(6),
        Constraint::Length(4),
        Constraint::Length(if mentee_view { 0 } else { 4 }),
    ])
    .areas(left);
    let mood_lines = crate::app::spark::lines(mentee, usize::from(right.width.saturating_sub(2)));
    let [mood, goals, actions] = Layout::vertical([
        Constraint::Length(mood_lines.len() as u16 + 2),
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
    tab.boxed(frame, checkin, " Next check-in ", tab.next_checkin());
    if !mentee_view {
        super::capacity::render(frame, capacity, state, theme);
    }
    let mood_lines = mood_lines.into_iter().map(Line::from).collect();
    tab.boxed(frame, mood, " Mood & energy ", mood_lines);
    tab.boxed(frame, goals, " Open goals ", tab.open_goals(goals));
    tab.boxed(
        frame,
        actions,
        " Open action items ",
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
    fn boxed(&self, frame: &mut Frame, area: Rect, title: &'static str, lines: Vec<Line>) {
        let block = self.theme.pane(title, false);
        frame.render_widget(Paragraph::new(lines).block(block), area);
    }

    /// A label and its value, wrapped under the value's column.
    fn pair(&self, label: &'static str, value: &str) -> Piece {
        Piece {
            label: label.to_string(),
            label_style: self.theme.muted(),
            text: value.to_string(),
            style: ratatui::style::Style::new(),
            hang: LABEL,
        }
    }

    /// The agreement box: wrapped, scrolled as `J` / `K` left it (see [`crate::app::panes`]).
    fn agreement_box(&self, frame: &mut Frame, area: Rect) {
        let block = self.theme.pane(" Agreement ", false);
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
        let channels: Vec<&str> = a.channels.iter().map(|c| c.name()).collect();
        let cadence = a.cadence.map_or("-".into(), |c| c.to_string());
        let length = a
            .session_minutes
            .map_or("-".into(), |n| plural(n as usize, "minute", "minutes"));
        let ends = a.ends_on.map_or("-".into(), |d| d.to_string());
        vec![
            self.pair("cadence", &cadence),
            self.pair("length", &length),
            self.pair("channels", &or_dash(&channels.join(", "))),
            self.pair("response", &or_dash(&a.response_time)),
            self.pair("boundaries", &or_dash(&a.boundaries)),
            self.pair("success", &or_dash(&a.success_measures)),
            self.pair("ends", &ends),
            self.pair("aspirations", &or_dash(&m.aspirations)),
        ]
    }

    /// When the next check-in is due, and how far off (or overdue) that is.
    fn next_checkin(&self) -> Vec<Line<'static>> {
        let (theme, today) = (self.theme, self.state.today);
        match next_checkin(self.mentee, today) {
            None => vec![Line::styled("no cadence agreed", theme.muted())],
            Some(c) if c.days_overdue > 0 => vec![
                Line::from(format!("due {}", c.due)),
                Line::styled(
                    format!(
                        "overdue by {}",
                        plural(c.days_overdue as usize, "day", "days")
                    ),
                    theme.overdue(),
                ),
            ],
            Some(c) => vec![
                Line::from(format!("due {}", c.due)),
                Line::from(match (c.due - today).num_days() {
                    0 => "today".to_string(),
                    1 => "tomorrow".to_string(),
                    n => format!("in {}", plural(n.unsigned_abs() as usize, "day", "days")),
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
            vec![Line::styled("no open goals", self.theme.muted())]
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
            [(Owner::Mentee, "You"), (Owner::Mentor, "Your mentor")]
        } else {
            [(Owner::Mentee, "Mentee"), (Owner::Mentor, "You")]
        };
        let per_side = (room / 2).max(2);
        let mut lines = Vec::new();
        for (owner, name) in sides {
            let items = open_actions(self.mentee, owner);
            lines.push(Line::styled(
                format!("{name} ({})", items.len()),
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
