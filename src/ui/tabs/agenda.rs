//! The Agenda tab: across mentees, what needs attention in the next two weeks, and the mentor's
//! capacity.

use super::super::theme::Theme;
use super::super::{Rect, safe};
use crate::app::State;
use crate::domain::derived::CheckIn;
use crate::domain::schedule::{AgendaAt, action_at, milestone_at, session_at};
use crate::domain::text::fit;
use crate::domain::{ActionItem, Mentee, Milestone, Owner, Session};
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Days the agenda looks ahead.
pub const DAYS: u32 = 14;

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    // In the mentee's view the agenda is theirs alone, and the mentor's capacity is left out.
    let mentee_view = state.mentee_view();
    let [gauge, body] = Layout::vertical([
        Constraint::Length(if mentee_view { 0 } else { 4 }),
        Constraint::Min(3),
    ])
    .areas(area);
    if !mentee_view {
        super::capacity::render(frame, gauge, state, theme);
    }
    // Computed once per change of the workspace; only the rows shown are looked up and drawn.
    let agenda = state.memo.agenda(&state.ws, state.today, DAYS);
    let rows = Rows {
        state,
        theme,
        mentee_view,
        width: usize::from(body.width.saturating_sub(2)),
    };
    let lines = rows.sections(&agenda, usize::from(body.height.saturating_sub(2)));
    let title = if mentee_view {
        " Your agenda "
    } else {
        " Agenda: everyone "
    };
    let block = theme.pane(title, false);
    frame.render_widget(Paragraph::new(lines).block(block), body);
}

/// What the agenda's rows are drawn with: whose eyes (the mentee's own view says "you"), and the
/// width of a row.
struct Rows<'a> {
    state: &'a State,
    theme: &'a Theme,
    mentee_view: bool,
    width: usize,
}

impl Rows<'_> {
    /// The four sections, headed and sharing `rows` between them; a section cut short says how
    /// many more it has.
    fn sections(&self, a: &AgendaAt, rows: usize) -> Vec<Line<'static>> {
        let titles = [
            format!("Check-ins ({})", a.checkins.len()),
            format!("Sessions, next {DAYS} days ({})", a.sessions.len()),
            format!("Action items due ({})", a.actions.len()),
            format!("Milestones due ({})", a.milestones.len()),
        ];
        let totals = [
            a.checkins.len(),
            a.sessions.len(),
            a.actions.len(),
            a.milestones.len(),
        ];
        let shown = share_rows(rows, &totals);
        let mut lines = Vec::new();
        for (i, title) in titles.into_iter().enumerate() {
            // All the rows, or one less to make room for "… N more".
            let keep = if shown[i] < totals[i] {
                shown[i].saturating_sub(1)
            } else {
                totals[i]
            };
            if i > 0 {
                lines.push(Line::default());
            }
            lines.push(Line::styled(title, self.theme.title()));
            lines.extend(self.section(a, i, keep));
            if keep < totals[i] {
                let more = totals[i] - keep;
                let text = if self.mentee_view {
                    format!(" … {more} more")
                } else {
                    format!(" … {more} more (mentor agenda lists all)")
                };
                lines.push(Line::styled(text, self.theme.muted()));
            }
        }
        lines
    }

    /// The first `keep` rows of section `i` (check-ins, sessions, action items, milestones).
    fn section(&self, a: &AgendaAt, i: usize, keep: usize) -> Vec<Line<'static>> {
        let ws = &self.state.ws;
        match i {
            0 => a
                .checkins
                .iter()
                .take(keep)
                .filter_map(|&(m, c)| Some(self.checkin(ws.mentees.get(m)?, c)))
                .collect(),
            1 => a
                .sessions
                .iter()
                .take(keep)
                .filter_map(|&at| session_at(ws, at).map(|(m, s)| self.session(m, s)))
                .collect(),
            2 => a
                .actions
                .iter()
                .take(keep)
                .filter_map(|&at| action_at(ws, at).map(|(m, x)| self.action(m, x)))
                .collect(),
            _ => a
                .milestones
                .iter()
                .take(keep)
                .filter_map(|&at| milestone_at(ws, at).map(|(m, _, k)| self.milestone(m, k)))
                .collect(),
        }
    }

    fn checkin(&self, m: &Mentee, c: CheckIn) -> Line<'static> {
        let (when, style) = if c.days_overdue > 0 {
            (format!("overdue {}d", c.days_overdue), self.theme.overdue())
        } else {
            (format!("due {}", c.due), self.theme.due_soon())
        };
        Line::from(vec![
            Span::styled(format!(" {when:<16}"), style),
            Span::raw(fit(&self.whose(m), self.width.saturating_sub(17))),
        ])
    }

    fn session(&self, m: &Mentee, s: &Session) -> Line<'static> {
        let agenda = match (s.agenda.is_empty(), self.mentee_view) {
            (true, _) => String::new(),
            (false, true) => safe(&s.agenda),
            (false, false) => format!(" · {}", safe(&s.agenda)),
        };
        let name = if self.mentee_view {
            String::new()
        } else {
            safe(&m.name)
        };
        Line::from(vec![
            Span::raw(format!(" {:<17}", s.at.format("%a %m-%d %H:%M"))),
            Span::raw(fit(
                &format!("{name}{agenda}"),
                self.width.saturating_sub(18),
            )),
        ])
    }

    fn action(&self, m: &Mentee, x: &ActionItem) -> Line<'static> {
        let text = if self.mentee_view {
            format!("{} ({})", safe(&x.text), self.owner(x.owner))
        } else {
            format!(
                "{} ({}, {})",
                safe(&x.text),
                safe(&m.name),
                self.owner(x.owner)
            )
        };
        self.dated(x.due, &text)
    }

    fn milestone(&self, m: &Mentee, k: &Milestone) -> Line<'static> {
        let text = if self.mentee_view {
            safe(&k.title)
        } else {
            format!("{} ({})", safe(&k.title), safe(&m.name))
        };
        self.dated(k.due, &text)
    }

    /// A row of a due date (overdue in its style) and `text`.
    fn dated(&self, due: Option<NaiveDate>, text: &str) -> Line<'static> {
        let style = if due.is_some_and(|d| d < self.state.today) {
            self.theme.overdue()
        } else {
            self.theme.muted()
        };
        let date = due.map(|d| d.to_string()).unwrap_or_default();
        Line::from(vec![
            Span::styled(format!(" {date:<11}"), style),
            Span::raw(fit(text, self.width.saturating_sub(12))),
        ])
    }

    /// Who a row is about: the mentee's name, or "you" when the mentee is looking.
    fn whose(&self, m: &Mentee) -> String {
        if self.mentee_view {
            "you".to_string()
        } else {
            safe(&m.name)
        }
    }

    fn owner(&self, o: Owner) -> String {
        match (self.mentee_view, o) {
            (true, Owner::Mentee) => "you".to_string(),
            (true, Owner::Mentor) => "your mentor".to_string(),
            (false, o) => o.to_string(),
        }
    }
}

/// Shares `rows` between sections of `totals` items: every section keeps its heading (and a blank
/// line between sections); the rows left are handed out one at a time in turn, so a long section
/// cannot push the others off the screen.
fn share_rows(rows: usize, totals: &[usize; 4]) -> [usize; 4] {
    let overhead = 2 * totals.len() - 1;
    let mut budget = rows.saturating_sub(overhead);
    let mut shown = [0usize; 4];
    loop {
        let mut gave = false;
        for (i, total) in totals.iter().enumerate() {
            if budget > 0 && shown[i] < *total {
                shown[i] += 1;
                budget -= 1;
                gave = true;
            }
        }
        if !gave {
            break;
        }
    }
    shown
}
