//! What the detail overlay says about each kind of record: its fields, then its relations.

use super::super::state::State;
use crate::domain::derived::{open_actions, progress};
use crate::domain::{
    ActionItem, Connection, Feedback, Goal, Mentee, Milestone, Owner, RecordRef, Session,
    SessionStatus, Visibility,
};
use crate::t;
use chrono::NaiveDate;

/// How a row is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// The record's name, or a section's.
    Heading,
    Plain,
    /// Dates and counts that say less.
    Muted,
    /// What only the mentor sees.
    Private,
    /// What needs attention: overdue, slipped, falling (the brief).
    Attention,
}

/// One field: its label (empty for a line of its own) and its text, raw from the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub label: &'static str,
    pub text: String,
    pub tone: Tone,
}

fn heading(text: impl Into<String>) -> Row {
    Row {
        label: "",
        text: text.into(),
        tone: Tone::Heading,
    }
}

fn field(label: &'static str, text: impl Into<String>) -> Row {
    let text = text.into();
    Row {
        label,
        text: if text.trim().is_empty() {
            "-".into()
        } else {
            text
        },
        tone: Tone::Plain,
    }
}

fn item(text: impl Into<String>, tone: Tone) -> Row {
    Row {
        label: "",
        text: text.into(),
        tone,
    }
}

fn blank() -> Row {
    item("", Tone::Plain)
}

fn day(d: Option<NaiveDate>) -> String {
    d.map_or("-".into(), |d| d.to_string())
}

/// Collects the rows of one overlay.
struct Rows<'a> {
    rows: Vec<Row>,
    mentee: &'a Mentee,
    /// The mentee is the one looking: fields only the mentor sees are left out.
    mentee_view: bool,
}

/// The rows for `record`, found in the state's workspace (a record that is gone says so).
pub fn rows(state: &State, record: &RecordRef) -> Vec<Row> {
    let Some(mentee) = holder(state, record) else {
        return vec![item(
            t!("app-detail-gone", kind = record.kind()),
            Tone::Muted,
        )];
    };
    let mut out = Rows {
        rows: Vec::new(),
        mentee,
        mentee_view: state.mentee_view(),
    };
    let found = match record {
        RecordRef::Mentee(_) => {
            out.mentee(state.today);
            true
        }
        RecordRef::Goal(id) => mentee
            .goals
            .iter()
            .find(|g| &g.id == id)
            .map(|g| out.goal(g))
            .is_some(),
        RecordRef::Milestone(id) => milestone(mentee, |k| &k.id == id)
            .map(|(g, k)| out.milestone(g, k))
            .is_some(),
        RecordRef::Session(id) => mentee
            .sessions
            .iter()
            .find(|s| &s.id == id)
            .map(|s| out.session(s))
            .is_some(),
        RecordRef::Action(id) => action(mentee, |a| &a.id == id)
            .map(|(s, a)| out.action(s, a))
            .is_some(),
        RecordRef::Feedback(id) => mentee
            .feedback
            .iter()
            .find(|f| &f.id == id)
            .map(|f| out.feedback(f))
            .is_some(),
        RecordRef::Connection(id) => mentee
            .connections
            .iter()
            .find(|c| &c.id == id)
            .map(|c| out.connection(c))
            .is_some(),
        RecordRef::Stage(id) => mentee
            .path
            .stages
            .iter()
            .find(|st| &st.id == id)
            .map(|st| out.stage(st))
            .is_some(),
        RecordRef::Series(_) => false,
    };
    if !found {
        out.rows.push(item(
            t!("app-detail-gone", kind = record.kind()),
            Tone::Muted,
        ));
    }
    out.rows
}

/// The mentee that holds `record`.
fn holder<'a>(state: &'a State, record: &RecordRef) -> Option<&'a Mentee> {
    state
        .ws
        .mentees
        .iter()
        .map(|m| m.as_ref())
        .find(|m| match record {
            RecordRef::Mentee(id) => &m.id == id,
            RecordRef::Goal(id) => m.goals.iter().any(|g| &g.id == id),
            RecordRef::Milestone(id) => milestone(m, |k| &k.id == id).is_some(),
            RecordRef::Session(id) => m.sessions.iter().any(|s| &s.id == id),
            RecordRef::Action(id) => action(m, |a| &a.id == id).is_some(),
            RecordRef::Feedback(id) => m.feedback.iter().any(|f| &f.id == id),
            RecordRef::Connection(id) => m.connections.iter().any(|c| &c.id == id),
            RecordRef::Series(id) => m.series.iter().any(|s| &s.id == id),
            RecordRef::Stage(id) => m.path.stages.iter().any(|st| &st.id == id),
        })
}

fn milestone(m: &Mentee, is: impl Fn(&Milestone) -> bool) -> Option<(&Goal, &Milestone)> {
    m.goals
        .iter()
        .find_map(|g| g.milestones.iter().find(|k| is(k)).map(|k| (g, k)))
}

fn action(m: &Mentee, is: impl Fn(&ActionItem) -> bool) -> Option<(&Session, &ActionItem)> {
    m.sessions
        .iter()
        .find_map(|s| s.actions.iter().find(|a| is(a)).map(|a| (s, a)))
}

fn when(s: &Session) -> String {
    crate::i18n::date::with_weekday(&s.at, s.at.format("%Y-%m-%d %H:%M"))
}

/// A level on the 1 to 5 scale as the overlay says it ("4 of 5"), or "-".
fn level(n: Option<u8>) -> String {
    n.map_or("-".into(), |n| t!("app-detail-of-five", level = n))
}

fn action_line(a: &ActionItem) -> String {
    let done = if a.is_done() { "✓" } else { "·" };
    let due = a.due.map_or(String::new(), |d| {
        t!("app-detail-due", date = d.to_string())
    });
    format!("{done} {} ({}){due}", a.text, a.owner.shown())
}

impl Rows<'_> {
    fn push(&mut self, row: Row) {
        self.rows.push(row);
    }

    fn section(&mut self, title: String) {
        self.push(blank());
        self.push(heading(title));
    }

    /// A mentor-only field, left out when the mentee is looking.
    fn private(&mut self, label: &'static str, text: &str) {
        if !self.mentee_view && !text.trim().is_empty() {
            self.push(Row {
                tone: Tone::Private,
                ..field(label, text)
            });
        }
    }

    fn mentee(&mut self, today: NaiveDate) {
        let m = self.mentee;
        self.push(heading(m.name.clone()));
        self.push(field("kind", m.kind.shown()));
        self.push(field("status", m.status.shown()));
        self.push(field("started", day(m.started_on)));
        if m.ended_on.is_some() {
            self.push(field("ended", day(m.ended_on)));
        }
        self.push(field("aspirations", m.aspirations.clone()));
        self.private("private notes", &m.private_notes);
        let a = &m.agreement;
        self.section(t!("app-detail-agreement"));
        self.push(field(
            "cadence",
            a.cadence.map_or("-".into(), |c| c.to_string()),
        ));
        let length = a
            .session_minutes
            .map(|n| t!("app-detail-minutes", count = n));
        self.push(field("length", length.unwrap_or_default()));
        let channels: Vec<&str> = a.channels.iter().map(|c| c.shown()).collect();
        self.push(field("channels", channels.join(", ")));
        let prefers: Vec<&str> = a.feedback_preferences.iter().map(|p| p.shown()).collect();
        self.push(field("prefers feedback", prefers.join(", ")));
        self.push(field("more of", a.feedback_more_of.clone()));
        self.push(field("response", a.response_time.clone()));
        self.push(field("boundaries", a.boundaries.clone()));
        self.push(field("success", a.success_measures.clone()));
        self.push(field("ends", day(a.ends_on)));
        self.section(t!("app-detail-counts"));
        let open_goals = m.goals.iter().filter(|g| g.status.is_open()).count();
        self.push(field(
            "goals",
            t!(
                "app-detail-goals-open",
                open = open_goals,
                all = m.goals.len()
            ),
        ));
        let held = m
            .sessions
            .iter()
            .filter(|s| s.status == SessionStatus::Held)
            .count();
        let planned = m
            .sessions
            .iter()
            .filter(|s| s.status == SessionStatus::Planned && s.at.date_naive() >= today)
            .count();
        self.push(field(
            "sessions",
            t!(
                "app-detail-sessions-count",
                held = held,
                planned = planned,
                all = m.sessions.len()
            ),
        ));
        self.push(field(
            "feedback",
            t!("app-detail-feedback-count", count = m.feedback.len()),
        ));
        self.push(field(
            "network",
            t!("app-detail-connections-count", count = m.connections.len()),
        ));
        let (theirs, mine) = (
            open_actions(m, Owner::Mentee).len(),
            open_actions(m, Owner::Mentor).len(),
        );
        self.push(field(
            "open actions",
            t!("app-detail-open-actions", theirs = theirs, mine = mine),
        ));
    }

    fn goal(&mut self, g: &Goal) {
        self.push(heading(g.title.clone()));
        self.push(field("status", g.status.shown()));
        let percent = progress(g).map_or("-".into(), |p| format!("{:.0}%", p * 100.0));
        self.push(field("progress", percent));
        self.push(field("created", g.created_on.to_string()));
        self.push(field("due", day(g.due)));
        if g.achieved_on.is_some() {
            self.push(field("achieved", day(g.achieved_on)));
        }
        self.push(field("specific", g.specific.clone()));
        self.push(field(
            "metric",
            g.metric.as_ref().map_or("-".into(), |m| m.to_string()),
        ));
        self.push(field("criterion", g.criterion.clone()));
        self.push(field("achievable", g.achievable.clone()));
        self.push(field("relevant", g.relevant.clone()));
        self.push(field("skills", g.skills.join(", ")));
        self.section(t!("app-detail-milestones", count = g.milestones.len()));
        for k in &g.milestones {
            let done = if k.done_on.is_some() { "✓" } else { "·" };
            let due = k.due.map_or(String::new(), |d| {
                t!("app-detail-due", date = d.to_string())
            });
            self.push(item(format!("{done} {}{due}", k.title), Tone::Plain));
            if !k.note.trim().is_empty() {
                self.push(item(format!("  {}", k.note), Tone::Muted));
            }
        }
        let mut sessions: Vec<&Session> = self
            .mentee
            .sessions
            .iter()
            .filter(|s| s.goals.contains(&g.id))
            .collect();
        sessions.sort_by_key(|s| std::cmp::Reverse(s.at));
        self.section(t!("app-detail-sessions-touched", count = sessions.len()));
        for s in sessions {
            self.push(item(
                format!("{} · {} · {}", when(s), s.status.shown(), s.agenda),
                Tone::Plain,
            ));
        }
        let feedback: Vec<&Feedback> = self
            .mentee
            .feedback
            .iter()
            .filter(|f| f.goal.as_ref() == Some(&g.id))
            .collect();
        self.section(t!("app-detail-feedback-about", count = feedback.len()));
        for f in feedback {
            self.push(item(
                format!("{} · {} · {}", f.date, f.kind.shown(), f.text),
                Tone::Plain,
            ));
        }
    }

    fn milestone(&mut self, g: &Goal, k: &Milestone) {
        self.push(heading(k.title.clone()));
        self.push(field("goal", g.title.clone()));
        self.push(field("due", day(k.due)));
        self.push(field("done", day(k.done_on)));
        self.push(field("note", k.note.clone()));
    }

    fn session(&mut self, s: &Session) {
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

    fn action(&mut self, s: &Session, a: &ActionItem) {
        self.push(heading(a.text.clone()));
        self.push(field("whose", a.owner.shown()));
        self.push(field("due", day(a.due)));
        self.push(field("done", day(a.done_on)));
        self.push(field("session", format!("{} · {}", when(s), s.agenda)));
    }

    fn feedback(&mut self, f: &Feedback) {
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

    fn connection(&mut self, c: &Connection) {
        self.push(heading(c.title.clone()));
        self.push(field("kind", c.kind.shown()));
        self.push(field("who", c.who.clone()));
        self.push(field("status", c.status.shown()));
        self.push(field("date", day(c.date)));
        self.push(field("note", c.note.clone()));
    }

    /// A stage of the career path: what it needs, the mentee's levels and the goals serving it.
    fn stage(&mut self, st: &crate::domain::Stage) {
        self.push(heading(st.title.clone()));
        self.push(field("status", st.status.words()));
        self.push(field("target", day(st.target)));
        self.push(field("description", st.description.clone()));
        self.private("private notes", &st.private_notes);
        self.section(t!("app-detail-skills", count = st.skills.len()));
        for name in &st.skills {
            let key = crate::domain::path::skill_key(name);
            let level = self
                .mentee
                .skills
                .iter()
                .find(|l| crate::domain::path::skill_key(&l.skill) == key);
            let show = |n: Option<u8>| n.map_or("-".to_string(), |n| n.to_string());
            let levels = level.map_or("-".into(), |l| {
                t!(
                    "app-detail-level-of",
                    current = show(l.current),
                    target = show(l.target)
                )
            });
            self.push(item(format!("{name} · {levels}"), Tone::Plain));
        }
        let goals: Vec<&Goal> = (self.mentee.goals.iter())
            .filter(|g| st.goals.contains(&g.id))
            .collect();
        self.section(t!("app-detail-goals", count = goals.len()));
        for g in goals {
            self.push(item(
                format!("{} · {}", g.title, g.status.shown()),
                Tone::Plain,
            ));
        }
    }
}
