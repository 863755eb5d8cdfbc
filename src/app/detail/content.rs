//! What the detail overlay says about each kind of record: its fields, then its relations.

use super::super::state::State;
use crate::domain::{ActionItem, Goal, Mentee, Milestone, RecordRef, Session};
use crate::t;
use chrono::NaiveDate;

mod goals;
mod mentee;
mod records;

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
}
