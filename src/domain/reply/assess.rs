//! What an entry of the inbox would do: the record it touches, the value now and the value
//! proposed, and whether it is new, stale (its record changed since the bundle was made) or can
//! no longer apply. The command line and the app show the same assessment.

use super::{Decided, Entry, What, seen_in};
use crate::domain::ids::{ActionId, GoalId, MilestoneId, RecordRef, SessionId};
use crate::domain::projection::{MenteeView, project};
use crate::domain::session::{Owner, SessionStatus};
use crate::domain::{Mentee, text};
use crate::i18n::date;
use crate::t;
use chrono::NaiveDate;

/// Where an entry stands.
#[derive(Debug, Clone, PartialEq)]
pub enum State {
    /// It can be accepted as it is.
    New,
    /// Its record changed since the bundle was made (the reason says how): it is accepted only
    /// one by one and on purpose, never by accept all.
    Stale(String),
    /// It can no longer apply (the reason says why); it can only be declined.
    Refused(String),
    /// The mentor decided on it.
    Decided {
        accepted: bool,
        reason: String,
        on: NaiveDate,
    },
}

/// An entry as the mentor sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub entry: Entry,
    /// The record the entry touches (for a topic, check-in or new action: the session it goes
    /// to; for a closing reflection: the mentee).
    pub record: Option<RecordRef>,
    /// The value now, in words (safe for the terminal).
    pub current: String,
    /// The value the entry proposes, in words (safe for the terminal).
    pub proposed: String,
    pub state: State,
}

/// The mentee's next session still planned on or after `today` (its index).
pub fn next_planned(m: &Mentee, today: NaiveDate) -> Option<usize> {
    (0..m.sessions.len())
        .filter(|&i| {
            m.sessions[i].status == SessionStatus::Planned && m.sessions[i].date() >= today
        })
        .min_by_key(|&i| m.sessions[i].at)
}

/// The session a new action of the mentee joins: the latest one on or before `today`, else the
/// next one planned.
pub fn action_session(m: &Mentee, today: NaiveDate) -> Option<usize> {
    (0..m.sessions.len())
        .filter(|&i| m.sessions[i].date() <= today)
        .max_by_key(|&i| m.sessions[i].at)
        .or_else(|| next_planned(m, today))
}

/// True when the record came from the mentee: an accepted entry of their reply changed or made it,
/// and what it reported still stands (a progress value the mentor has since changed, or a
/// milestone or action item opened again, is the mentor's now).
pub fn from_mentee(m: &Mentee, record: &RecordRef) -> bool {
    m.replies
        .iter()
        .rev()
        .find(|d| d.accepted && d.record.as_deref() == Some(record.as_str()))
        .is_some_and(|d| still_stands(m, &d.entry.what))
}

/// True when the value an accepted entry reported is still the record's.
fn still_stands(m: &Mentee, what: &What) -> bool {
    match what {
        What::Progress { goal, value } => m
            .goals
            .iter()
            .find(|g| g.id.as_str() == goal)
            .and_then(|g| g.metric.as_ref()?.current)
            .is_some_and(|now| now == *value),
        What::MilestoneDone { milestone, .. } => m
            .goals
            .iter()
            .flat_map(|g| &g.milestones)
            .find(|k| k.id.as_str() == milestone)
            .is_some_and(|k| k.done_on.is_some()),
        What::ActionDone { action, .. } => m
            .sessions
            .iter()
            .flat_map(|s| &s.actions)
            .find(|a| a.id.as_str() == action)
            .is_some_and(|a| a.done_on.is_some()),
        _ => true,
    }
}

/// Every entry waiting in the mentee's inbox, assessed on `today`.
pub fn inbox(m: &Mentee, today: NaiveDate) -> Vec<Assessment> {
    let view = project(m);
    m.inbox
        .iter()
        .map(|e| assess_in(m, &view, e, today))
        .collect()
}

/// One entry (waiting in the inbox or not) assessed against the mentee's record on `today`.
pub fn assess(m: &Mentee, e: &Entry, today: NaiveDate) -> Assessment {
    assess_in(m, &project(m), e, today)
}

/// An entry the mentor decided on, as it is listed.
pub fn decided(m: &Mentee, d: &Decided) -> Assessment {
    let mut a = assess(m, &d.entry, d.decided_on);
    a.state = State::Decided {
        accepted: d.accepted,
        reason: d.reason.clone(),
        on: d.decided_on,
    };
    a
}

fn none() -> String {
    t!("inbox-value-none")
}

fn done_value(done_on: Option<NaiveDate>) -> String {
    match done_on {
        Some(d) => t!("inbox-done-on", date = date::short(d)),
        None => t!("inbox-open"),
    }
}

fn number(value: Option<f64>, unit: &str) -> String {
    match value {
        Some(v) => text::line(&format!("{v} {unit}")).trim().to_string(),
        None => none(),
    }
}

fn assess_in(m: &Mentee, view: &MenteeView, e: &Entry, today: NaiveDate) -> Assessment {
    let shown = |s: &str| text::line(s).into_owned();
    let mut a = Assessment {
        entry: e.clone(),
        record: None,
        current: String::new(),
        proposed: e.what.text().map(shown).unwrap_or_default(),
        state: State::New,
    };
    let gone = |what: &str| State::Refused(t!("inbox-gone", record = shown(what)));
    match &e.what {
        What::Reflection { session, .. } => {
            a.record = Some(RecordRef::Session(SessionId(session.clone())));
            match m.sessions.iter().find(|s| s.id.as_str() == session) {
                Some(s) => a.current = shown(&s.mentee_notes),
                None => a.state = gone(session),
            }
        }
        What::Progress { goal, value } => {
            a.record = Some(RecordRef::Goal(GoalId(goal.clone())));
            match m.goals.iter().find(|g| g.id.as_str() == goal) {
                None => a.state = gone(goal),
                Some(g) => match &g.metric {
                    None => a.state = State::Refused(t!("inbox-no-metric")),
                    Some(x) => {
                        a.current = number(x.current, &x.unit);
                        a.proposed = number(Some(*value), &x.unit);
                    }
                },
            }
        }
        What::MilestoneDone { milestone, on } => {
            a.record = Some(RecordRef::Milestone(MilestoneId(milestone.clone())));
            a.proposed = done_value(Some(*on));
            let all = m.goals.iter().flat_map(|g| &g.milestones);
            match all.into_iter().find(|k| k.id.as_str() == milestone) {
                None => a.state = gone(milestone),
                Some(k) => {
                    a.current = done_value(k.done_on);
                    if k.done_on.is_some() {
                        a.state = State::Refused(t!("inbox-already-done"));
                    }
                }
            }
        }
        What::ActionDone { action, on } => {
            a.record = Some(RecordRef::Action(ActionId(action.clone())));
            a.proposed = done_value(Some(*on));
            let all = m.sessions.iter().flat_map(|s| &s.actions);
            match all.into_iter().find(|x| x.id.as_str() == action) {
                None => a.state = gone(action),
                Some(x) => {
                    a.current = done_value(x.done_on);
                    if x.owner != Owner::Mentee {
                        a.state = State::Refused(t!("inbox-mentors-action"));
                    } else if x.done_on.is_some() {
                        a.state = State::Refused(t!("inbox-already-done"));
                    }
                }
            }
        }
        _ => session_bound(m, e, today, &mut a),
    }
    if a.state == State::New && seen_in(view, &e.what).is_some_and(|now| now != e.seen) {
        a.state = State::Stale(t!("inbox-changed"));
    }
    // Decided already: on another machine, before a sync brought the entry back to this inbox.
    if let Some(d) = m.replies.iter().find(|d| d.entry.id == e.id) {
        a.state = State::Decided {
            accepted: d.accepted,
            reason: d.reason.clone(),
            on: d.decided_on,
        };
    }
    a
}

/// The kinds that go to a session of the mentor's choosing (a new action, a topic, a check-in)
/// and the closing reflection.
fn session_bound(m: &Mentee, e: &Entry, today: NaiveDate, a: &mut Assessment) {
    let at = match &e.what {
        What::NewAction { .. } => action_session(m, today),
        What::Closing { .. } => {
            a.record = Some(RecordRef::Mentee(m.id.clone()));
            a.current = text::line(&m.closing_reflection).into_owned();
            return;
        }
        _ => next_planned(m, today),
    };
    let Some(i) = at else {
        a.state = State::Refused(t!("inbox-no-session"));
        return;
    };
    let s = &m.sessions[i];
    a.record = Some(RecordRef::Session(s.id.clone()));
    match &e.what {
        What::NewAction { text: t, due } => {
            a.current = none();
            a.proposed = match due {
                Some(d) => t!(
                    "inbox-with-due",
                    text = text::line(t).into_owned(),
                    date = date::short(*d)
                ),
                None => text::line(t).into_owned(),
            };
        }
        What::Topic { .. } => a.current = text::line(&s.agenda).into_owned(),
        What::Checkin {
            mood,
            energy,
            text: t,
        } => {
            let levels = |mood: Option<u8>, energy: Option<u8>| {
                let n = |v: Option<u8>| v.map_or_else(none, |v| v.to_string());
                t!("inbox-levels", mood = n(mood), energy = n(energy))
            };
            a.current = levels(s.mood, s.energy);
            a.proposed = levels(Some(*mood), Some(*energy));
            if !t.is_empty() {
                a.proposed = format!("{} — {}", a.proposed, text::line(t));
            }
        }
        _ => {}
    }
}
