//! An extractive summary of a mentee's history, from the notes and feedback alone: no network,
//! no model, the same store gives the same summary.
//!
//! Rules:
//! - **Period**: held sessions, action items and feedback dated on or after `since` (all when
//!   none is given), up to `today`.
//! - **Themes**: each held session (its agenda, shared and private notes and action items) and
//!   each feedback note is one *occasion*. Text is cut into words (letters and digits; an
//!   apostrophe inside a word is kept), lower-cased; words of fewer than three letters, numbers
//!   the English and Dutch stop words of `summary/stopwords.txt` and the words of the mentee's
//!   own name are left out. A term that
//!   occurs on two or more occasions is a theme; themes are ranked by occasions, then by
//!   occurrences, then alphabetically, and the first [`MAX_THEMES`] kept, each with the dates
//!   it came up.
//! - **Commitments**: the action items agreed in held sessions of the period, oldest first;
//!   kept when done. The follow-through rate of a side is kept / made (none when nothing was
//!   made); on time counts those done on or before their due date (or done without one).
//! - **Goals**: achieved goals with the day they were achieved (in the period); dropped goals
//!   with the day they were created and their due date (the store does not record when a goal was
//!   dropped, so every dropped goal is listed).

use super::feedback::Feedback;
use super::goal::GoalStatus;
use super::mentee::Mentee;
use super::session::{Owner, Session, SessionStatus};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::OnceLock;

/// At most this many themes are kept.
pub const MAX_THEMES: usize = 12;

const STOP_WORDS: &str = include_str!("summary/stopwords.txt");

/// The stop words of English and Dutch, from `summary/stopwords.txt`.
pub fn stop_words() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        STOP_WORDS
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect()
    })
}

/// A term that came up on several occasions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Theme {
    pub term: String,
    /// On how many occasions (sessions, feedback notes) it came up.
    pub occasions: usize,
    /// How often it occurred in all.
    pub count: usize,
    /// The days of those occasions, oldest first.
    pub dates: Vec<NaiveDate>,
}

/// An action item agreed in a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Commitment {
    pub id: String,
    pub owner: Owner,
    pub text: String,
    pub agreed_on: NaiveDate,
    pub due: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
}

/// How one side kept its commitments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FollowThrough {
    pub owner: Owner,
    pub made: usize,
    pub kept: usize,
    pub kept_on_time: usize,
    /// kept / made; `None` when nothing was made.
    pub rate: Option<f64>,
}

/// A goal achieved or dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoalEvent {
    pub id: String,
    pub title: String,
    /// Achieved: the day it was achieved. Dropped: none (not recorded).
    pub date: Option<NaiveDate>,
    pub created_on: NaiveDate,
    pub due: Option<NaiveDate>,
}

/// The summary of a mentee's history.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub mentee_id: String,
    pub mentee: String,
    pub since: Option<NaiveDate>,
    pub today: NaiveDate,
    /// The days of the held sessions of the period, oldest first.
    pub sessions: Vec<NaiveDate>,
    pub feedback_notes: usize,
    pub themes: Vec<Theme>,
    pub commitments: Vec<Commitment>,
    /// The mentee's side first, then the mentor's.
    pub follow_through: Vec<FollowThrough>,
    pub achieved: Vec<GoalEvent>,
    pub dropped: Vec<GoalEvent>,
}

/// The words of `text` that may make a theme (see the module rules).
pub fn terms(text: &str) -> Vec<String> {
    let stop = stop_words();
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’').to_lowercase())
        .filter(|w| w.chars().count() >= 3)
        .filter(|w| !w.chars().all(|c| c.is_numeric()))
        .filter(|w| !stop.contains(w.replace('’', "'").as_str()))
        .collect()
}

/// The summary of `m`'s history from `since` (all when `None`) to `today`.
pub fn summarise(m: &Mentee, since: Option<NaiveDate>, today: NaiveDate) -> Summary {
    let in_period = |d: NaiveDate| since.is_none_or(|s| d >= s) && d <= today;
    let mut held: Vec<&Session> = m
        .sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Held && in_period(s.date()))
        .collect();
    held.sort_by_key(|s| s.at);
    let feedback: Vec<&Feedback> = m.feedback.iter().filter(|f| in_period(f.date)).collect();
    let commitments = commitments(&held);
    Summary {
        mentee_id: m.id.0.clone(),
        mentee: m.name.clone(),
        since,
        today,
        sessions: held.iter().map(|s| s.date()).collect(),
        feedback_notes: feedback.len(),
        themes: themes(&held, &feedback, &terms(&m.name)),
        follow_through: [Owner::Mentee, Owner::Mentor]
            .into_iter()
            .map(|o| follow_through(&commitments, o))
            .collect(),
        commitments,
        achieved: goals(m, GoalStatus::Achieved, &in_period),
        dropped: goals(m, GoalStatus::Dropped, &in_period),
    }
}

fn themes(held: &[&Session], feedback: &[&Feedback], name: &[String]) -> Vec<Theme> {
    let mut occasions: Vec<(NaiveDate, String)> = held
        .iter()
        .map(|s| {
            let actions: Vec<&str> = s.actions.iter().map(|a| a.text.as_str()).collect();
            let text = [
                s.agenda.as_str(),
                &s.shared_notes,
                &s.private_notes,
                &actions.join(" "),
            ]
            .join(" ");
            (s.date(), text)
        })
        .collect();
    occasions.extend(feedback.iter().map(|f| (f.date, f.text.clone())));
    // term -> (count, dates of occasions)
    let mut seen: BTreeMap<String, (usize, BTreeSet<(NaiveDate, usize)>)> = BTreeMap::new();
    for (n, (date, text)) in occasions.iter().enumerate() {
        for term in terms(text).into_iter().filter(|t| !name.contains(t)) {
            let entry = seen.entry(term).or_default();
            entry.0 += 1;
            entry.1.insert((*date, n));
        }
    }
    let mut themes: Vec<Theme> = seen
        .into_iter()
        .filter(|(_, (_, on))| on.len() >= 2)
        .map(|(term, (count, on))| {
            let mut dates: Vec<NaiveDate> = on.iter().map(|(d, _)| *d).collect();
            dates.dedup();
            Theme {
                term,
                occasions: on.len(),
                count,
                dates,
            }
        })
        .collect();
    themes.sort_by(|a, b| {
        (b.occasions, b.count)
            .cmp(&(a.occasions, a.count))
            .then_with(|| a.term.cmp(&b.term))
    });
    themes.truncate(MAX_THEMES);
    themes
}

fn commitments(held: &[&Session]) -> Vec<Commitment> {
    held.iter()
        .flat_map(|s| {
            s.actions.iter().map(|a| Commitment {
                id: a.id.0.clone(),
                owner: a.owner,
                text: a.text.clone(),
                agreed_on: s.date(),
                due: a.due,
                done_on: a.done_on,
            })
        })
        .collect()
}

fn follow_through(all: &[Commitment], owner: Owner) -> FollowThrough {
    let mine: Vec<&Commitment> = all.iter().filter(|c| c.owner == owner).collect();
    let kept = mine.iter().filter(|c| c.done_on.is_some()).count();
    let kept_on_time = mine
        .iter()
        .filter(|c| match (c.done_on, c.due) {
            (Some(done), Some(due)) => done <= due,
            (Some(_), None) => true,
            (None, _) => false,
        })
        .count();
    FollowThrough {
        owner,
        made: mine.len(),
        kept,
        kept_on_time,
        rate: (!mine.is_empty()).then(|| kept as f64 / mine.len() as f64),
    }
}

fn goals(m: &Mentee, status: GoalStatus, in_period: &dyn Fn(NaiveDate) -> bool) -> Vec<GoalEvent> {
    let mut out: Vec<GoalEvent> = m
        .goals
        .iter()
        .filter(|g| g.status == status)
        .filter(|g| status != GoalStatus::Achieved || g.achieved_on.is_none_or(in_period))
        .map(|g| GoalEvent {
            id: g.id.0.clone(),
            title: g.title.clone(),
            date: if status == GoalStatus::Achieved {
                g.achieved_on
            } else {
                None
            },
            created_on: g.created_on,
            due: g.due,
        })
        .collect();
    out.sort_by_key(|g| (g.date, g.created_on));
    out
}

#[cfg(test)]
mod tests;
