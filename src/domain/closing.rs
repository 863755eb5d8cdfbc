//! The closing review (issue 20, "a good ending"): what a mentoring relationship came to, in
//! figures, when it is concluded, with the mentor's closing note and the mentee's reflection.
//!
//! The figures, and where each comes from:
//!
//! - **Goals**, each in one of four outcomes: *met* (achieved), *partly met* (still open at the
//!   end, but at least one milestone done or its metric moved from the baseline towards the
//!   target), *not met* (still open, nothing of either), *dropped*. With each goal its SMART
//!   history as far as the record holds it: the day it was set, its due date, the day it was
//!   achieved, the metric from baseline to its last value against the target, its milestones
//!   done of total, and the SMART check as of the end of the mentoring. The record keeps no
//!   earlier versions of a goal, so the check is of the goal as it stands.
//! - **Milestones** done of all milestones.
//! - **Sessions held** and the **hours** spent in them: each held session's own length, else the
//!   agreement's, else the default passed in (the mentor's default session length); how many
//!   sessions were counted at a length that was not their own is said too.
//! - **Feedback** by kind (strength, improvement, observation), shared and private counted apart
//!   in the mentor's review; the mentee's review counts only what was shared with them.
//! - **Connections made** (marked done), and how many stayed suggestions.
//! - The mentor's **closing note** ([`Closing`]): the note is for the mentee; the private note is
//!   the mentor's own and is never shared. And the mentee's **closing reflection**
//!   ([`Mentee::closing_reflection`]).
//!
//! The mentee's review is built from the projection ([`super::projection`]), like every other
//! thing a mentee sees ([`of_workspace`]); [`review`] itself also leaves out private things when
//! asked for the shared variant, so it holds nothing private either way.

use super::dates::date_serde;
use super::feedback::{ConnectionKind, ConnectionStatus, FeedbackKind, Visibility};
use super::goal::{Goal, GoalStatus};
use super::mentee::Mentee;
use super::smart::{self, Letter};
use super::workspace::Workspace;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The mentor's closing note, written when the mentoring is concluded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Closing {
    /// For the mentee: in their closing report, their bundle and their view.
    #[serde(default)]
    pub note: String,
    /// The mentor's own words about how it ended (never shared).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub private_note: String,
    /// When the note was last written.
    #[serde(with = "date_serde")]
    pub written_on: NaiveDate,
}

/// The mentor's closing words as written, before they are dated (what
/// [`super::ops::Op::SetClosing`] carries).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClosingText {
    /// For the mentee.
    pub note: String,
    /// The mentor's own.
    pub private_note: String,
}

/// How a goal ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Achieved.
    Met,
    /// Still open, with a milestone done or the metric moved towards its target.
    Partly,
    /// Still open, with neither.
    NotMet,
    /// Dropped.
    Dropped,
}

impl Outcome {
    /// Every outcome, in the order the review shows them.
    pub const ALL: [Outcome; 4] = [
        Outcome::Met,
        Outcome::Partly,
        Outcome::NotMet,
        Outcome::Dropped,
    ];
}

/// A goal's metric from where it started to where it ended.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricMove {
    pub what: String,
    pub unit: String,
    pub baseline: f64,
    /// The last value recorded (the baseline when none was).
    pub last: f64,
    pub target: f64,
}

impl MetricMove {
    /// The value moved from the baseline in the direction of the target.
    pub fn moved_towards_target(&self) -> bool {
        (self.last - self.baseline) * (self.target - self.baseline) > 0.0
    }
}

/// One goal in the review.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalOutcome {
    pub id: String,
    pub title: String,
    pub outcome: Outcome,
    pub created_on: NaiveDate,
    pub due: Option<NaiveDate>,
    pub achieved_on: Option<NaiveDate>,
    pub metric: Option<MetricMove>,
    pub milestones_done: usize,
    pub milestones: usize,
    /// The SMART strip as of the end (`S·ART`), and the letters that do not hold.
    pub smart: String,
    pub missing: Vec<Letter>,
}

/// Feedback notes of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FeedbackCount {
    pub kind: FeedbackKind,
    pub shared: usize,
    /// Always 0 in the mentee's review.
    pub private: usize,
}

/// A connection made.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConnectionMade {
    pub kind: ConnectionKind,
    pub title: String,
    pub who: String,
    pub date: Option<NaiveDate>,
}

/// The closing review of one mentee.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClosingReview {
    /// The mentor's review (private feedback counted, the private note shown).
    pub private: bool,
    pub mentee: String,
    pub mentor: String,
    pub concluded: bool,
    pub started_on: Option<NaiveDate>,
    pub ended_on: Option<NaiveDate>,
    /// The day the SMART check is made for: the end, or today while not ended.
    pub as_of: NaiveDate,
    pub goals: Vec<GoalOutcome>,
    pub milestones_done: usize,
    pub milestones: usize,
    pub sessions_held: usize,
    pub minutes_held: u32,
    /// Held sessions without a length of their own, counted at the agreement's or the default.
    pub sessions_without_length: usize,
    /// One count per kind: strengths, improvements, observations.
    pub feedback: Vec<FeedbackCount>,
    pub connections_made: Vec<ConnectionMade>,
    /// Connections suggested and not (yet) made.
    pub connections_open: usize,
    /// The mentor's note for the mentee (empty when none was written).
    pub note: String,
    /// The mentor's own note: only in the mentor's review.
    pub private_note: String,
    pub note_written_on: Option<NaiveDate>,
    /// The mentee's own closing words, once the mentor accepted them.
    pub reflection: String,
}

impl ClosingReview {
    /// The goals with this outcome.
    pub fn with_outcome(&self, outcome: Outcome) -> impl Iterator<Item = &GoalOutcome> {
        self.goals.iter().filter(move |g| g.outcome == outcome)
    }

    /// The hours spent in held sessions.
    pub fn hours(&self) -> f64 {
        f64::from(self.minutes_held) / 60.0
    }
}

/// How goal `g` ended (see the module's rules).
pub fn outcome(g: &Goal) -> Outcome {
    match g.status {
        GoalStatus::Achieved => Outcome::Met,
        GoalStatus::Dropped => Outcome::Dropped,
        GoalStatus::Draft | GoalStatus::Active => {
            let milestone = g.milestones.iter().any(|k| k.is_done());
            let moved = g
                .metric
                .as_ref()
                .is_some_and(|m| (m.value() - m.baseline) * (m.target - m.baseline) > 0.0);
            if milestone || moved {
                Outcome::Partly
            } else {
                Outcome::NotMet
            }
        }
    }
}

fn goal(g: &Goal, as_of: NaiveDate) -> GoalOutcome {
    let check = smart::check(g, as_of);
    GoalOutcome {
        id: g.id.0.clone(),
        title: g.title.clone(),
        outcome: outcome(g),
        created_on: g.created_on,
        due: g.due,
        achieved_on: g.achieved_on,
        metric: g.metric.as_ref().map(|m| MetricMove {
            what: m.what.clone(),
            unit: m.unit.clone(),
            baseline: m.baseline,
            last: m.value(),
            target: m.target,
        }),
        milestones_done: g.milestones.iter().filter(|k| k.is_done()).count(),
        milestones: g.milestones.len(),
        smart: check.strip(),
        missing: check.missing().map(|l| l.letter).collect(),
    }
}

/// The closing review of `m` by `mentor`, as of `today` (the SMART check is made for the end
/// date when there is one). A held session counts its minutes by [`super::hours::session_minutes`].
/// With `private` false, private feedback is not counted and the private note is left out.
pub fn review(
    m: &Mentee,
    mentor: &super::MentorProfile,
    private: bool,
    today: NaiveDate,
) -> ClosingReview {
    let as_of = m.ended_on.unwrap_or(today);
    let held: Vec<_> = m
        .sessions
        .iter()
        .filter(|s| super::hours::counts(s, today))
        .collect();
    let minutes = |s: &&super::Session| super::hours::session_minutes(s, m, mentor);
    let feedback = [
        FeedbackKind::Strength,
        FeedbackKind::Improvement,
        FeedbackKind::Observation,
    ]
    .map(|kind| {
        let of = |v: Visibility| {
            m.feedback
                .iter()
                .filter(|f| f.kind == kind && f.visibility == v)
                .count()
        };
        FeedbackCount {
            kind,
            shared: of(Visibility::Shared),
            private: if private { of(Visibility::Private) } else { 0 },
        }
    });
    let made = |c: &&super::Connection| c.status == ConnectionStatus::Done;
    let closing = m.closing.as_ref();
    let goals: Vec<GoalOutcome> = m.goals.iter().map(|g| goal(g, as_of)).collect();
    ClosingReview {
        private,
        mentee: m.name.clone(),
        mentor: mentor.name.clone(),
        concluded: m.status == super::MenteeStatus::Concluded,
        started_on: m.started_on,
        ended_on: m.ended_on,
        as_of,
        milestones_done: goals.iter().map(|g| g.milestones_done).sum(),
        milestones: goals.iter().map(|g| g.milestones).sum(),
        goals,
        sessions_held: held.len(),
        minutes_held: held.iter().map(minutes).sum(),
        sessions_without_length: held.iter().filter(|s| s.minutes.is_none()).count(),
        feedback: feedback.to_vec(),
        connections_made: m
            .connections
            .iter()
            .filter(made)
            .map(|c| ConnectionMade {
                kind: c.kind,
                title: c.title.clone(),
                who: c.who.clone(),
                date: c.date,
            })
            .collect(),
        connections_open: m.connections.iter().filter(|c| !made(c)).count(),
        note: closing.map(|c| c.note.clone()).unwrap_or_default(),
        private_note: closing
            .filter(|_| private)
            .map(|c| c.private_note.clone())
            .unwrap_or_default(),
        note_written_on: closing.map(|c| c.written_on),
        reflection: m.closing_reflection.clone(),
    }
}

/// The closing review of the mentee at `index` (`None` when there is none): the mentor's own
/// with `private`, else the mentee's, built from their projection (what a bundle holds).
pub fn of_workspace(
    ws: &Workspace,
    index: usize,
    private: bool,
    today: NaiveDate,
) -> Option<ClosingReview> {
    let record = ws.mentees.get(index)?;
    Some(if private {
        review(record, &ws.mentor, true, today)
    } else {
        let shown = super::projection::project(record).to_mentee();
        review(&shown, &ws.mentor, false, today)
    })
}

#[cfg(test)]
mod tests;
