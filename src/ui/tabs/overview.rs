//! The Overview tab: the agreement at a glance, goal progress, the next check-in and the open
//! action items of each side. The agreement's values wrap in their own column, beside their
//! labels; a box too short for all of them ends its last line with `…`.

use super::super::theme::Theme;
use super::super::{Rect, lists, safe};
use crate::app::{State, view};
use crate::domain::derived::{next_checkin, open_actions, progress};
use crate::domain::text::{fit, plural};
use crate::domain::{Mentee, Owner};
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
    let [goals, actions] =
        Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(right);
    let tab = Overview {
        state,
        theme,
        mentee,
    };
    tab.boxed(frame, agreement, " Agreement ", tab.agreement(agreement));
    tab.boxed(frame, checkin, " Next check-in ", tab.next_checkin());
    if !mentee_view {
        super::capacity::render(frame, capacity, state, theme);
    }
    tab.boxed(frame, goals, " Open goals ", tab.open_goals(goals));
    tab.boxed(
        frame,
        actions,
        " Open action items ",
        tab.open_actions(actions),
    );
}

/// How many of `room` rows each field gets, given the rows it `needs`: one each first (in order,
/// while rows last), then the rows left over to the fields that need more, in order. Every label
/// stays in view as long as there is a row for it.
fn shares(needs: &[usize], room: usize) -> Vec<usize> {
    let mut left = room;
    let mut shares: Vec<usize> = needs
        .iter()
        .map(|&n| {
            let one = n.min(1).min(left);
            left -= one;
            one
        })
        .collect();
    for (share, &need) in shares.iter_mut().zip(needs) {
        let more = need.saturating_sub(*share).min(left);
        *share += more;
        left -= more;
    }
    shares
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

    /// A label and its value (one line, made safe), the value wrapped in a column `width` less
    /// the label's wide.
    fn pair(&self, label: &'static str, value: &str, width: usize) -> Vec<Line<'static>> {
        let lines = crate::domain::text::wrap(value, width.saturating_sub(LABEL));
        lines
            .into_iter()
            .enumerate()
            .map(|(i, part)| {
                let label = if i == 0 { label } else { "" };
                Line::from(vec![
                    Span::styled(format!("{label:<LABEL$}"), self.theme.muted()),
                    Span::raw(crate::domain::text::for_screen(&part).into_owned()),
                ])
            })
            .collect()
    }

    /// The agreement's terms and the mentee's aspirations.
    fn agreement(&self, area: Rect) -> Vec<Line<'static>> {
        let (m, a) = (self.mentee, &self.mentee.agreement);
        let width = usize::from(area.width.saturating_sub(2));
        let or_dash = |s: &str| {
            if s.trim().is_empty() {
                "-".to_string()
            } else {
                crate::domain::text::line(s).to_string()
            }
        };
        let channels: Vec<&str> = a.channels.iter().map(|c| c.name()).collect();
        let cadence = a.cadence.map_or("-".into(), |c| c.to_string());
        let length = a
            .session_minutes
            .map_or("-".into(), |n| plural(n as usize, "minute", "minutes"));
        let ends = a.ends_on.map_or("-".into(), |d| d.to_string());
        let fields = [
            self.pair("cadence", &cadence, width),
            self.pair("length", &length, width),
            self.pair("channels", &or_dash(&channels.join(", ")), width),
            self.pair("response", &or_dash(&a.response_time), width),
            self.pair("boundaries", &or_dash(&a.boundaries), width),
            self.pair("success", &or_dash(&a.success_measures), width),
            self.pair("ends", &ends, width),
            self.pair("aspirations", &or_dash(&m.aspirations), width),
        ];
        let room = usize::from(area.height.saturating_sub(2));
        let shares = shares(&fields.iter().map(Vec::len).collect::<Vec<_>>(), room);
        let mut lines = Vec::new();
        for (mut field, share) in fields.into_iter().zip(shares) {
            if field.len() > share && share > 0 {
                field.truncate(share);
                // The last line shown says there is more.
                if let Some(value) = field.last_mut().and_then(|l| l.spans.get_mut(1)) {
                    let more = fit(&format!("{} …", value.content), width.saturating_sub(LABEL));
                    value.content = more.into();
                }
            }
            lines.extend(field.into_iter().take(share));
        }
        lines
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

#[cfg(test)]
mod tests {
    use super::shares;

    #[test]
    fn every_field_gets_a_row_before_any_gets_a_second() {
        assert_eq!(shares(&[1, 5, 1, 3], 10), vec![1, 5, 1, 3]);
        assert_eq!(shares(&[1, 5, 1, 3], 6), vec![1, 3, 1, 1]);
        assert_eq!(shares(&[1, 5, 1, 3], 3), vec![1, 1, 1, 0]);
        assert_eq!(shares(&[2, 2], 0), vec![0, 0]);
    }
}
