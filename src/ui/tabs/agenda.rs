//! The Agenda tab: across mentees, what needs attention in the next two weeks, and the mentor's
//! capacity.

use super::super::theme::Theme;
use super::super::{Rect, safe};
use crate::app::State;
use crate::app::everyone::{self, AgendaLine, DAYS};
use crate::app::scroll::Pane;
use crate::domain::derived::CheckIn;
use crate::domain::mood;
use crate::domain::schedule::{AgendaAt, action_at, milestone_at, session_at};
use crate::domain::text::fit;
use crate::domain::{ActionItem, Mentee, Milestone, Owner, Session};
use crate::t;
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

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
    // Computed once per change of the workspace; only the lines shown are looked up and drawn.
    let agenda = everyone::agenda(state);
    let rows = Rows {
        state,
        theme,
        mentee_view,
        width: usize::from(body.width.saturating_sub(2)),
    };
    let height = usize::from(body.height.saturating_sub(2));
    let len = everyone::agenda_len(&agenda);
    let selected = state.agenda_row.min(len.saturating_sub(1));
    let (line, first) = everyone::agenda_line_of(&agenda, selected);
    let total = everyone::agenda_lines(&agenda);
    let mut offset = state.scroll.follow_pane(Pane::Agenda, line, total, height);
    // The first item of a section brings its heading into view with it.
    if first && offset == line && offset > 0 {
        offset -= 1;
        state
            .scroll
            .follow_pane(Pane::Agenda, offset, total, height);
    }
    let shown: Vec<AgendaLine> = (offset..total.min(offset + height))
        .filter_map(|l| everyone::agenda_line(&agenda, l))
        .collect();
    record_items(state, body, &shown);
    let lines: Vec<Line> = shown
        .into_iter()
        .map(|l| rows.line(&agenda, l, (len > 0).then_some(selected)))
        .collect();
    let title = match (mentee_view, len) {
        (true, _) => format!(" {} ", t!("scr-agenda-yours")),
        (false, 0) => format!(" {} ", t!("scr-agenda-everyone")),
        (false, n) => format!(
            " {} ",
            t!("scr-agenda-everyone-at", at = selected + 1, count = n)
        ),
    };
    let block = theme.pane(title, true);
    frame.render_widget(Paragraph::new(lines).block(block), body);
}

/// Remembers where each item line of the Agenda was drawn in `body` (inside its border), for
/// the mouse (see [`crate::app::hits`]).
fn record_items(state: &State, body: Rect, shown: &[AgendaLine]) {
    let items: Vec<(crate::app::hits::Area, usize)> = shown
        .iter()
        .zip(body.y.saturating_add(1)..body.bottom().saturating_sub(1))
        .filter_map(|(line, y)| match line {
            AgendaLine::Item { index, .. } => Some((
                crate::app::hits::Area::new(body.x + 1, y, body.width.saturating_sub(2), 1),
                *index,
            )),
            _ => None,
        })
        .collect();
    state.hits.record(|l| l.agenda = items);
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
    /// One line of the agenda: a heading, a blank, or an item (in reverse video when selected).
    fn line(&self, a: &AgendaAt, line: AgendaLine, selected: Option<usize>) -> Line<'static> {
        match line {
            AgendaLine::Blank => Line::default(),
            AgendaLine::Heading(section) => {
                Line::styled(self.title(a, section), self.theme.title())
            }
            AgendaLine::Item {
                section,
                index,
                within,
            } => {
                let row = self.item(a, section, within).unwrap_or_default();
                if selected == Some(index) {
                    row.style(self.theme.row(true, true))
                } else {
                    row
                }
            }
        }
    }

    fn title(&self, a: &AgendaAt, section: usize) -> String {
        match section {
            everyone::MOOD => t!("scr-agenda-mood-fell", count = a.mood_falls.len()),
            1 => t!("scr-agenda-checkins", count = a.checkins.len()),
            2 => t!("scr-agenda-sessions", days = DAYS, count = a.sessions.len()),
            3 => t!("scr-agenda-actions", count = a.actions.len()),
            _ => t!("scr-agenda-milestones", count = a.milestones.len()),
        }
    }

    /// Item `within` of section `section` (check-ins, sessions, action items, milestones).
    fn item(&self, a: &AgendaAt, section: usize, within: usize) -> Option<Line<'static>> {
        let ws = &self.state.ws;
        match section {
            everyone::MOOD => Some(self.mood_fell(ws.mentees.get(*a.mood_falls.get(within)?)?)),
            1 => {
                let &(m, c) = a.checkins.get(within)?;
                Some(self.checkin(ws.mentees.get(m)?, c))
            }
            2 => session_at(ws, *a.sessions.get(within)?).map(|(m, s)| self.session(m, s)),
            3 => action_at(ws, *a.actions.get(within)?).map(|(m, x)| self.action(m, x)),
            _ => milestone_at(ws, *a.milestones.get(within)?).map(|(m, _, k)| self.milestone(m, k)),
        }
    }

    /// A mentee whose mood fell three times in a row: who, and the last four moods recorded.
    fn mood_fell(&self, m: &Mentee) -> Line<'static> {
        let last = mood::last_recorded(&mood::mood_series(m), 4);
        let moods: Vec<String> = last.iter().map(u8::to_string).collect();
        Line::from(vec![
            Span::styled(
                format!(" {:<16}", t!("scr-mood-falling")),
                self.theme.overdue(),
            ),
            Span::raw(fit(
                &t!(
                    "scr-mood-row",
                    who = self.whose(m),
                    moods = moods.join(" → ")
                ),
                self.width.saturating_sub(17),
            )),
        ])
    }

    fn checkin(&self, m: &Mentee, c: CheckIn) -> Line<'static> {
        let (when, style) = if c.days_overdue > 0 {
            (
                t!("scr-overdue-days", count = c.days_overdue),
                self.theme.overdue(),
            )
        } else {
            (
                t!("scr-checkin-due", date = c.due.to_string()),
                self.theme.due_soon(),
            )
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
            Span::raw(format!(
                " {:<17}",
                crate::i18n::date::with_weekday(&s.at, s.at.format("%m-%d %H:%M"))
            )),
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
            t!("scr-you")
        } else {
            safe(&m.name)
        }
    }

    fn owner(&self, o: Owner) -> String {
        match (self.mentee_view, o) {
            (true, Owner::Mentee) => t!("scr-you"),
            (true, Owner::Mentor) => t!("scr-your-mentor"),
            (false, o) => o.to_string(),
        }
    }
}
