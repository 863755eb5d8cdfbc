//! The brief: what to know before the next session with a mentee, from the store alone.
//!
//! Pure and deterministic: the same workspace and the same `today` give the same brief. The
//! facts are gathered in [`facts`] and the suggested agenda items derived from them in
//! [`suggest`]; each rule is listed there and in `docs/BRIEF.md`, and each suggestion carries the
//! fact that produced it ([`Suggestion::cause`]).
//!
//! The brief is the mentor's: it reads the mentor's records, but shows only the shared notes of
//! the last session (its private notes stay in the session).

mod facts;
mod suggest;

pub use facts::{DUE_SOON_DAYS, RECENT_FEEDBACK, progressed_since};
pub use suggest::Rule;

use super::derived::Balance;
use super::feedback::FeedbackKind;
use super::goal::GoalStatus;
use super::mentee::Mentee;
use super::mood::Trend;
use super::path::StageStatus;
use super::questions::Bank;
use super::questions::propose::Proposal;
use super::session::Owner;
use super::workspace::Workspace;
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

/// Everything the brief says about one mentee.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Brief {
    pub mentee_id: String,
    pub mentee: String,
    pub today: NaiveDate,
    /// The most recent held session.
    pub last_session: Option<LastSession>,
    /// The earliest session still planned, today or later.
    pub next_session: Option<NextSession>,
    /// The agreement's cadence held against the last held session.
    pub cadence: Option<CadenceCheck>,
    /// Open action items of the mentee, oldest first.
    pub mentee_actions: Vec<OpenAction>,
    /// Open action items of the mentor, oldest first.
    pub mentor_actions: Vec<OpenAction>,
    /// Open goals with something to say: overdue, due soon or without progress.
    pub goals: Vec<GoalNote>,
    pub feedback: FeedbackSince,
    pub mood: MoodBrief,
    /// Stages and skill gaps, when the mentee has a career path or skill levels.
    pub path: Option<PathBrief>,
    /// Suggested agenda items, each with the fact that produced it.
    pub suggestions: Vec<Suggestion>,
    /// Questions to ask, each with its reason ([`super::questions::propose`]).
    pub questions: Vec<Proposal>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LastSession {
    pub id: String,
    pub date: NaiveDate,
    pub days_since: i64,
    pub agenda: String,
    pub shared_notes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextSession {
    pub id: String,
    pub at: DateTime<FixedOffset>,
    pub agenda: String,
}

/// The cadence held against the last held session (or the start of the mentoring).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CadenceCheck {
    /// The cadence in words ("every 2 weeks").
    pub cadence: String,
    /// When the cadence asked for the next session.
    pub due: NaiveDate,
    pub days_overdue: i64,
    /// True when that day has passed without a session held.
    pub slipped: bool,
}

/// An open action item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OpenAction {
    pub id: String,
    pub text: String,
    pub owner: Owner,
    /// The day of the session it was agreed in.
    pub agreed_on: NaiveDate,
    pub due: Option<NaiveDate>,
    /// Days past its due date (0 when not overdue or undated).
    pub days_overdue: i64,
}

/// What is to be said about one open goal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalNote {
    pub id: String,
    pub title: String,
    pub status: GoalStatus,
    pub due: Option<NaiveDate>,
    /// How far it has come, 0.0 to 1.0, when something says.
    pub progress: Option<f64>,
    pub concerns: Vec<GoalConcern>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum GoalConcern {
    /// Its due date has passed.
    Overdue { days: i64 },
    /// Due within [`DUE_SOON_DAYS`] days.
    DueSoon { days: i64 },
    /// No progress since the last session ([`progressed_since`]).
    NoProgress { since: NaiveDate },
}

/// One feedback note, as the brief shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedbackLine {
    pub date: NaiveDate,
    pub kind: FeedbackKind,
    pub text: String,
    pub shared: bool,
}

/// The feedback since the last session, and the balance of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedbackSince {
    /// The day of the last held session (all feedback counts when none was held).
    pub since: Option<NaiveDate>,
    /// Newest first.
    pub notes: Vec<FeedbackLine>,
    /// The balance of the notes since then.
    pub balance: Balance,
    /// The days of the latest [`RECENT_FEEDBACK`] strengths and improvements given (at any
    /// time), newest first.
    pub lately: Vec<NaiveDate>,
    /// True when those (at least two) were all improvements.
    pub only_improvements: bool,
}

/// Mood and energy over the held sessions, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MoodBrief {
    pub mood: Vec<Option<u8>>,
    pub energy: Vec<Option<u8>>,
    pub mood_trend: Trend,
    pub energy_trend: Trend,
    pub fell_three_in_a_row: bool,
    /// The latest recorded mood, with the day of its session.
    pub last_mood: Option<(NaiveDate, u8)>,
    pub last_energy: Option<(NaiveDate, u8)>,
}

/// An open stage of the career path.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageNote {
    pub id: String,
    pub title: String,
    pub status: StageStatus,
    pub target: Option<NaiveDate>,
    pub skills: Vec<String>,
}

/// A skill whose current level is below its target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkillGap {
    pub skill: String,
    pub current: Option<u8>,
    pub target: u8,
    pub gap: u8,
}

/// Where the mentee stands on their career path.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathBrief {
    pub title: String,
    /// Open and in-progress stages, in path order.
    pub stages: Vec<StageNote>,
    /// Skills below target, biggest gap first (then by name).
    pub gaps: Vec<SkillGap>,
    /// Skills an open stage needs for which no level is recorded.
    pub unassessed: Vec<String>,
}

/// A suggested agenda item and the fact that produced it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    /// What to bring up.
    pub text: String,
    /// The fact it comes from, in words.
    pub cause: String,
    /// The rule that made it.
    pub rule: Rule,
}

/// The brief of the mentee at `index` of `ws` on `today`; `None` when there is no such mentee.
pub fn brief(ws: &Workspace, index: usize, today: NaiveDate) -> Option<Brief> {
    ws.mentees.get(index).map(|m| of_mentee(m, today))
}

/// [`brief`], its questions from `bank`.
pub fn brief_with(ws: &Workspace, index: usize, today: NaiveDate, bank: &Bank) -> Option<Brief> {
    ws.mentees
        .get(index)
        .map(|m| of_mentee_with(m, today, bank))
}

/// The brief of one mentee on `today`, its questions from the built-in bank.
pub fn of_mentee(m: &Mentee, today: NaiveDate) -> Brief {
    of_mentee_with(m, today, &Bank::builtin())
}

/// The brief of one mentee on `today`, its questions from `bank`.
pub fn of_mentee_with(m: &Mentee, today: NaiveDate, bank: &Bank) -> Brief {
    let mut b = facts::gather(m, today);
    b.suggestions = suggest::suggest(&b, m.name.as_str());
    b.questions = super::questions::propose::propose(m, &b, bank, today);
    b
}

#[cfg(test)]
mod tests;
