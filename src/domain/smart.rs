//! The SMART check: for each letter, does the goal hold it, and if not, what to do about it.
//!
//! The rules, in order of the letters. They are deliberately simple and deterministic, so a
//! mentor can predict them; the check is advice and never stops a goal from being saved.
//!
//! - **S**pecific: the goal says what exactly will be different: a `specific` description of at
//!   least four words. A title alone ("get better at leadership") does not count.
//! - **M**easurable: a metric with a named quantity and a target different from its baseline, or
//!   an observable criterion. A goal whose only measure counts attendance (meetings, sessions,
//!   calls held or attended) fails: it measures showing up, not an outcome.
//! - **A**chievable: the resources, support and constraints agreed are written down.
//! - **R**elevant: it says why the goal matters, which aspiration or career step it serves.
//! - **T**ime-bound: it has a due date, and for an open goal that date has not passed.

use super::dates::iso;
use super::goal::Goal;
use crate::t;
use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;

/// One of the five letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Letter {
    Specific,
    Measurable,
    Achievable,
    Relevant,
    TimeBound,
}

impl Letter {
    pub const ALL: [Letter; 5] = [
        Letter::Specific,
        Letter::Measurable,
        Letter::Achievable,
        Letter::Relevant,
        Letter::TimeBound,
    ];

    /// The letter itself: S, M, A, R or T.
    pub fn initial(self) -> char {
        match self {
            Letter::Specific => 'S',
            Letter::Measurable => 'M',
            Letter::Achievable => 'A',
            Letter::Relevant => 'R',
            Letter::TimeBound => 'T',
        }
    }
}

/// The verdict on one letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LetterCheck {
    pub letter: Letter,
    pub holds: bool,
    /// What to do, when it does not hold: data, put in words (the user's language) only when
    /// shown, so checking many goals formats nothing.
    pub reason: Option<Reason>,
}

/// Why a letter does not hold, with the words of the goal the advice quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// S: no description; the title alone does not say what will be different.
    NoDescription { title: String },
    /// S: a description of fewer than four words.
    ShortDescription,
    /// M: the metric does not say what is counted.
    UnnamedMetric,
    /// M: the metric's target equals its baseline.
    TargetIsBaseline { what: String },
    /// M: the metric counts attendance.
    MetricCountsAttendance { what: String },
    /// M: the observable criterion counts attendance.
    CriterionCountsAttendance { criterion: String },
    /// M: neither a metric nor a criterion.
    NoMeasure,
    /// A: the resources, support and constraints are not written down.
    NoSupport,
    /// R: why it matters is not written down.
    NoRelevance,
    /// T: no due date.
    NoDue,
    /// T: the due date of an open goal has passed.
    PastDue { due: NaiveDate },
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Reason::NoDescription { title } => t!("dom-smart-no-description", title = title.trim()),
            Reason::ShortDescription => t!("dom-smart-short-description"),
            Reason::UnnamedMetric => t!("dom-smart-unnamed-metric"),
            Reason::TargetIsBaseline { what } => {
                t!("dom-smart-target-is-baseline", what = what.trim())
            }
            Reason::MetricCountsAttendance { what } => {
                t!("dom-smart-metric-attendance", what = what.trim())
            }
            Reason::CriterionCountsAttendance { criterion } => {
                t!(
                    "dom-smart-criterion-attendance",
                    criterion = criterion.trim()
                )
            }
            Reason::NoMeasure => t!("dom-smart-no-measure"),
            Reason::NoSupport => t!("dom-smart-no-support"),
            Reason::NoRelevance => t!("dom-smart-no-relevance"),
            Reason::NoDue => t!("dom-smart-no-due"),
            Reason::PastDue { due } => t!("dom-smart-past-due", due = iso(*due).to_string()),
        })
    }
}

/// A reason is written out as its words (a script reading `goal check --json` gets the
/// sentence a person would).
impl Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The verdict on all five letters of one goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SmartReport {
    pub letters: Vec<LetterCheck>,
}

impl SmartReport {
    /// True when every letter holds.
    pub fn is_smart(&self) -> bool {
        self.letters.iter().all(|l| l.holds)
    }

    /// The letters as a compact strip: held letters shown, missing ones as `·` (`S·ART`).
    pub fn strip(&self) -> String {
        self.letters
            .iter()
            .map(|l| if l.holds { l.letter.initial() } else { '·' })
            .collect()
    }

    /// The letters that do not hold.
    pub fn missing(&self) -> impl Iterator<Item = &LetterCheck> {
        self.letters.iter().filter(|l| !l.holds)
    }

    pub fn get(&self, letter: Letter) -> &LetterCheck {
        let i = Letter::ALL.iter().position(|l| *l == letter).unwrap_or(0);
        &self.letters[i]
    }
}

/// Words that, as the whole measure of a goal, count showing up rather than an outcome.
const ATTENDANCE_WORDS: &[&str] = &[
    "meeting",
    "meetings",
    "session",
    "sessions",
    "check-in",
    "check-ins",
    "checkin",
    "checkins",
    "call",
    "calls",
    "attend",
    "attended",
    "attendance",
    "1:1",
    "1:1s",
    "one-on-ones",
];

/// The words of `text`, counted up to `most` (a long description is not counted to its end).
fn word_count(text: &str, most: usize) -> usize {
    text.split_whitespace().take(most).count()
}

fn counts_attendance(text: &str) -> bool {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == ':'))
        .any(|w| ATTENDANCE_WORDS.contains(&w))
}

fn verdict(letter: Letter, problem: Option<Reason>) -> LetterCheck {
    LetterCheck {
        letter,
        holds: problem.is_none(),
        reason: problem,
    }
}

/// Checks a goal against the five letters on `today`.
pub fn check(goal: &Goal, today: NaiveDate) -> SmartReport {
    SmartReport {
        letters: vec![
            verdict(Letter::Specific, specific(goal)),
            verdict(Letter::Measurable, measurable(goal)),
            verdict(Letter::Achievable, achievable(goal)),
            verdict(Letter::Relevant, relevant(goal)),
            verdict(Letter::TimeBound, time_bound(goal, today)),
        ],
    }
}

fn specific(goal: &Goal) -> Option<Reason> {
    let words = word_count(&goal.specific, 4);
    if words == 0 {
        Some(Reason::NoDescription {
            title: goal.title.trim().to_string(),
        })
    } else if words < 4 {
        Some(Reason::ShortDescription)
    } else {
        None
    }
}

fn measurable(goal: &Goal) -> Option<Reason> {
    let has_criterion = !goal.criterion.trim().is_empty();
    match &goal.metric {
        Some(m) if m.what.trim().is_empty() => Some(Reason::UnnamedMetric),
        Some(m) if m.target == m.baseline => Some(Reason::TargetIsBaseline {
            what: m.what.trim().to_string(),
        }),
        Some(m) if counts_attendance(&m.what) && !has_criterion => {
            Some(Reason::MetricCountsAttendance {
                what: m.what.trim().to_string(),
            })
        }
        Some(_) => None,
        None if has_criterion && counts_attendance(&goal.criterion) => {
            Some(Reason::CriterionCountsAttendance {
                criterion: goal.criterion.trim().to_string(),
            })
        }
        None if has_criterion => None,
        None => Some(Reason::NoMeasure),
    }
}

fn achievable(goal: &Goal) -> Option<Reason> {
    goal.achievable
        .trim()
        .is_empty()
        .then_some(Reason::NoSupport)
}

fn relevant(goal: &Goal) -> Option<Reason> {
    goal.relevant
        .trim()
        .is_empty()
        .then_some(Reason::NoRelevance)
}

fn time_bound(goal: &Goal, today: NaiveDate) -> Option<Reason> {
    match goal.due {
        None => Some(Reason::NoDue),
        Some(due) if goal.status.is_open() && due < today => Some(Reason::PastDue { due }),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests;
