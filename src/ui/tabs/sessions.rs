//! The Sessions tab: sessions newest first; the selected session's notes and action items.

use super::super::textpane::{self, Piece};
use super::super::theme::Theme;
use super::super::{Rect, lists, safe};
use crate::app::{ListId, State, view};
use crate::domain::derived::action_overdue;
use crate::domain::{Mentee, RecordRef, Session, SessionStatus};
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// What the tab's regions draw from: the mentee, and the session selected (if any).
struct Sessions<'a> {
    state: &'a State,
    theme: &'a Theme,
    mentee: &'a Mentee,
    session: Option<&'a Session>,
}

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let Some(mentee) = view::mentee(state) else {
        return;
    };
    let [top, notes, actions] = Layout::vertical([
        Constraint::Percentage(35),
        Constraint::Min(6),
        Constraint::Percentage(30),
    ])
    .areas(area);
    let tab = Sessions {
        state,
        theme,
        mentee,
        session: view::session(state),
    };
    tab.session_list(frame, top);
    tab.notes_box(frame, notes);
    tab.action_list(frame, actions);
}

impl Sessions<'_> {
    /// The sessions: when, status, agenda (or shared notes), and how many action items are open.
    fn session_list(&self, frame: &mut Frame, area: Rect) {
        let Sessions {
            state,
            theme,
            mentee,
            ..
        } = *self;
        let rows = view::rows(state, ListId::Sessions);
        let empty = t!("scr-sessions-empty");
        let list = lists::ListView {
            id: ListId::Sessions,
            title: Line::styled(
                format!(
                    " {} ",
                    t!(
                        "scr-sessions-title",
                        count = view::count(state, ListId::Sessions)
                    )
                ),
                theme.title(),
            ),
            len: rows.len(),
            empty: &empty,
            columns: &[
                Constraint::Length(16),
                lists::word_column(
                    &[
                        SessionStatus::Planned.to_string(),
                        SessionStatus::Held.to_string(),
                        SessionStatus::Cancelled.to_string(),
                    ],
                    9,
                ),
                Constraint::Fill(1),
            ],
            header: &[],
        };
        lists::draw(frame, area, state, theme, list, |r, widths| {
            let s = &mentee.sessions[rows[r]];
            let status_style = match s.status {
                SessionStatus::Planned => theme.due_soon(),
                SessionStatus::Held => Style::new(),
                SessionStatus::Cancelled => theme.muted(),
            };
            let open = s.actions.iter().filter(|a| !a.is_done()).count();
            let open_text = if open > 0 {
                format!(" {}", t!("scr-open-count", count = open))
            } else {
                String::new()
            };
            let agenda = if s.agenda.is_empty() {
                &s.shared_notes
            } else {
                &s.agenda
            };
            let agenda_width = widths[2].saturating_sub(open_text.len());
            vec![
                Line::raw(s.at.format("%Y-%m-%d %H:%M").to_string()),
                Line::styled(s.status.to_string(), status_style),
                Line::from(vec![
                    Span::raw(lists::cell(&safe(agenda), agenda_width)),
                    Span::styled(open_text, theme.warning()),
                ]),
            ]
        });
    }

    /// The selected session: when, how, the goals discussed, agenda and notes; wrapped, and
    /// scrolled as `J` / `K` left it (see [`crate::app::panes`]).
    fn notes_box(&self, frame: &mut Frame, area: Rect) {
        let block = self.theme.pane(format!(" {} ", t!("scr-notes")), false);
        let width = usize::from(block.inner(area).width);
        let lines = match self.session {
            Some(s) => textpane::wrap(&self.notes(s), width),
            None => Vec::new(),
        };
        let record = self.session.map(|s| RecordRef::Session(s.id.clone()));
        let scroll = (&self.state.panes.notes, record.as_ref());
        textpane::draw(frame, area, block, lines, scroll, self.theme);
    }

    fn notes(&self, s: &Session) -> Vec<Piece> {
        let Sessions {
            state,
            theme,
            mentee,
            ..
        } = *self;
        let mut meta = String::new();
        if let Some(min) = s.minutes {
            meta.push_str(&format!(" · {}", t!("scr-min", count = min)));
        }
        if let Some(c) = s.channel {
            meta.push_str(&format!(" · {c}"));
        }
        let when = crate::i18n::date::with_weekday(&s.at, s.at.format("%Y-%m-%d %H:%M"));
        let mut lines = vec![Piece::run(when, theme.title(), &meta, Style::new())];
        let labelled =
            |label: String, text: &str| Piece::run(label, theme.title(), text, Style::new());
        // The goals discussed, by title.
        let titles: Vec<&str> = s
            .goals
            .iter()
            .filter_map(|id| mentee.goals.iter().find(|g| &g.id == id))
            .map(|g| g.title.as_str())
            .collect();
        if !titles.is_empty() {
            lines.push(labelled(
                format!("{} ", t!("scr-notes-goals")),
                &titles.join("; "),
            ));
        }
        if !s.agenda.is_empty() {
            lines.push(labelled(format!("{} ", t!("scr-notes-agenda")), &s.agenda));
        }
        // To the mentee these are simply the notes; to the mentor, the shared ones.
        let shared = if s.shared_notes.is_empty() {
            "-"
        } else {
            s.shared_notes.as_str()
        };
        let label = if state.mentee_view() {
            t!("scr-notes-notes")
        } else {
            t!("scr-notes-shared")
        };
        lines.push(labelled(format!("{label} "), shared));
        // The mentee's own notes, from their reply (accepted by the mentor).
        if !s.mentee_notes.is_empty() {
            let from = if state.mentee_view() {
                t!("inb-notes-from-you")
            } else {
                t!("inb-notes-from-mentee")
            };
            lines.push(labelled(format!("{from} "), &s.mentee_notes));
        }
        if !s.private_notes.is_empty() {
            lines.push(Piece::run(
                format!("{} ", t!("scr-notes-private")),
                theme.private(),
                &s.private_notes,
                theme.private(),
            ));
        }
        lines
    }

    /// The selected session's action items: done, whose, what, due date.
    fn action_list(&self, frame: &mut Frame, area: Rect) {
        let Sessions {
            state,
            theme,
            mentee,
            session,
        } = *self;
        let items = view::rows(state, ListId::Actions);
        let title = format!(" {} ", t!("scr-actions-title"));
        let empty = match session {
            Some(_) => t!("scr-actions-empty"),
            None if mentee.sessions.is_empty() => t!("scr-actions-no-sessions"),
            None if view::filter_text(state, ListId::Sessions).is_some() => {
                t!("scr-actions-no-match")
            }
            None => t!("scr-actions-select"),
        };
        let list = lists::ListView {
            id: ListId::Actions,
            title: Line::styled(
                lists::counted(state, ListId::Actions, &title),
                theme.title(),
            ),
            len: items.len(),
            empty: &empty,
            columns: &[
                Constraint::Length(3),
                Constraint::Length(6),
                Constraint::Fill(1),
                Constraint::Length(10),
            ],
            header: &[],
        };
        lists::draw(frame, area, state, theme, list, |r, widths| {
            let Some(a) = session.and_then(|s| s.actions.get(items[r])) else {
                return Vec::new();
            };
            vec![
                lists::check(a.is_done(), theme),
                Line::styled(a.owner.to_string(), theme.muted()),
                Line::raw(lists::cell(
                    &crate::app::reply::marked(
                        state,
                        mentee,
                        RecordRef::Action(a.id.clone()),
                        &safe(&a.text),
                    ),
                    widths[2],
                )),
                lists::due(a.due, action_overdue(a, state.today), theme),
            ]
        });
    }
}
