//! The rows of what happens along the way: a session with its action items, an action item,
//! a feedback note, a connection.

use super::{Rows, Tone, action_line, day, field, heading, item, level, when};
use crate::domain::{ActionItem, Connection, Feedback, Session, Visibility};
use crate::t;

impl Rows<'_> {
    pub(super) fn session(&mut self, s: &Session) {
        self.push(heading(when(s)));
        self.push(field("status", s.status.shown()));
        let minutes = s.minutes.map(|n| t!("app-detail-minutes", count = n));
        self.push(field("length", minutes.unwrap_or_default()));
        self.push(field("channel", s.channel.map_or("-", |c| c.shown())));
        let titles: Vec<&str> = s
            .goals
            .iter()
            .filter_map(|id| self.mentee.goals.iter().find(|g| &g.id == id))
            .map(|g| g.title.as_str())
            .collect();
        self.push(field("goals touched", titles.join("; ")));
        self.push(field("agenda", s.agenda.clone()));
        self.push(field("mood", level(s.mood)));
        self.push(field("energy", level(s.energy)));
        let mentor_energy = s.mentor_energy.map(|n| level(Some(n))).unwrap_or_default();
        self.private("your energy", &mentor_energy);
        let label = if self.mentee_view {
            "notes"
        } else {
            "shared notes"
        };
        self.push(field(label, s.shared_notes.clone()));
        self.private("private notes", &s.private_notes);
        self.section(t!("app-detail-actions", count = s.actions.len()));
        for a in &s.actions {
            self.push(item(action_line(a), Tone::Plain));
        }
    }

    pub(super) fn action(&mut self, s: &Session, a: &ActionItem) {
        self.push(heading(a.text.clone()));
        self.push(field("whose", a.owner.shown()));
        self.push(field("due", day(a.due)));
        self.push(field("done", day(a.done_on)));
        self.push(field("session", format!("{} · {}", when(s), s.agenda)));
    }

    pub(super) fn feedback(&mut self, f: &Feedback) {
        self.push(heading(format!("{} · {}", f.kind.shown(), f.date)));
        if !self.mentee_view {
            let shared = match f.visibility {
                Visibility::Shared => t!("app-detail-shared"),
                Visibility::Private => t!("app-detail-private"),
            };
            self.push(field("visibility", shared));
        }
        let goal = f
            .goal
            .as_ref()
            .and_then(|id| self.mentee.goals.iter().find(|g| &g.id == id))
            .map_or(String::new(), |g| g.title.clone());
        self.push(field("goal", goal));
        self.push(field("text", f.text.clone()));
    }

    pub(super) fn connection(&mut self, c: &Connection) {
        self.push(heading(c.title.clone()));
        self.push(field("kind", c.kind.shown()));
        self.push(field("who", c.who.clone()));
        self.push(field("status", c.status.shown()));
        self.push(field("date", day(c.date)));
        self.push(field("note", c.note.clone()));
    }
}
