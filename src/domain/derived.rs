//! Facts derived from the records: progress, what is overdue, when to meet next, how balanced
//! the feedback is, and how much of the mentor's time the mentees take.

use super::feedback::{Feedback, FeedbackKind};
use super::goal::{Goal, GoalStatus, Milestone};
use super::mentee::{Mentee, MenteeStatus};
use super::session::{ActionItem, Owner, SessionStatus};
use super::workspace::Workspace;
use chrono::NaiveDate;
use serde::Serialize;

mod skills;
pub use skills::{skill_level, skill_matrix};

/// Session length assumed where neither the agreement nor the mentor's profile names one.
pub const DEFAULT_SESSION_MINUTES: u32 = 60;

/// How far a goal has come, from 0.0 to 1.0; `None` when nothing says (no metric numbers and no
/// milestones).
///
/// An achieved goal is complete. With a metric whose target differs from its baseline, progress is
/// the current value's position between the two (clamped, and working for targets below the
/// baseline too). Otherwise it is the share of milestones done.
pub fn progress(goal: &Goal) -> Option<f64> {
    if goal.status == GoalStatus::Achieved {
        return Some(1.0);
    }
    if let Some(m) = &goal.metric {
        let span = m.target - m.baseline;
        if span != 0.0 && span.is_finite() {
            let p = (m.value() - m.baseline) / span;
            return Some(if p.is_nan() { 0.0 } else { p.clamp(0.0, 1.0) });
        }
    }
    if goal.milestones.is_empty() {
        None
    } else {
        let done = goal.milestones.iter().filter(|k| k.is_done()).count();
        Some(done as f64 / goal.milestones.len() as f64)
    }
}

/// An open goal whose due date has passed.
pub fn goal_overdue(goal: &Goal, today: NaiveDate) -> bool {
    goal.status.is_open() && goal.due.is_some_and(|d| d < today)
}

/// An open milestone whose due date has passed.
pub fn milestone_overdue(milestone: &Milestone, today: NaiveDate) -> bool {
    !milestone.is_done() && milestone.due.is_some_and(|d| d < today)
}

/// An open action item whose due date has passed.
pub fn action_overdue(action: &ActionItem, today: NaiveDate) -> bool {
    !action.is_done() && action.due.is_some_and(|d| d < today)
}

/// When a mentee's next check-in is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CheckIn {
    pub due: NaiveDate,
    /// Days past due (0 when not overdue).
    pub days_overdue: i64,
}

/// The next check-in: the earliest session planned after the last held one, when there is one
/// (a planned session whose day has passed without being marked held makes the check-in
/// overdue); otherwise the last held session (or, before any, the start of the mentoring) plus
/// the agreement's cadence. `None` for a mentee who is not active, or with nothing planned and
/// no cadence or start.
pub fn next_checkin(mentee: &Mentee, today: NaiveDate) -> Option<CheckIn> {
    if mentee.status != MenteeStatus::Active {
        return None;
    }
    let last_held = mentee
        .sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Held)
        .map(|s| s.at)
        .max();
    let planned = mentee
        .sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Planned && last_held.is_none_or(|h| s.at > h))
        .map(|s| s.date())
        .min();
    let due = match planned {
        Some(day) => day,
        None => cadence_due(mentee)?,
    };
    Some(CheckIn {
        due,
        days_overdue: (today - due).num_days().max(0),
    })
}

/// The check-in the cadence alone asks for ([`cadence_due`]), whatever is planned: what the
/// agenda holds against the sessions planned, to show a cadence that slipped.
pub fn cadence_checkin(mentee: &Mentee, today: NaiveDate) -> Option<CheckIn> {
    let due = cadence_due(mentee)?;
    Some(CheckIn {
        due,
        days_overdue: (today - due).num_days().max(0),
    })
}

/// When the cadence says to meet next: the last held session (or, before any, the start of the
/// mentoring) plus the agreement's cadence, whatever is planned. Where a new series starts by
/// default. `None` for a mentee who is not active, or without a cadence or a start.
pub fn cadence_due(mentee: &Mentee) -> Option<NaiveDate> {
    if mentee.status != MenteeStatus::Active {
        return None;
    }
    let base = mentee
        .sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Held)
        .map(|s| s.date())
        .max()
        .or(mentee.started_on)?;
    mentee.agreement.cadence?.span().after(base)
}

/// Open action items of one mentee for one owner, earliest due first (undated last).
pub fn open_actions(mentee: &Mentee, owner: Owner) -> Vec<&ActionItem> {
    let mut items: Vec<&ActionItem> = mentee
        .sessions
        .iter()
        .flat_map(|s| s.actions.iter())
        .filter(|a| a.owner == owner && !a.is_done())
        .collect();
    items.sort_by_key(|a| (a.due.is_none(), a.due));
    items
}

/// Whether recent feedback mixes recognition with points to work on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BalanceVerdict {
    /// Too few notes to judge (fewer than three strengths and improvements together).
    TooFew,
    Balanced,
    /// Less than a third are strengths: recognise what went well.
    NeedsStrengths,
    /// More than four in five are strengths: name something to work on.
    NeedsImprovements,
}

impl BalanceVerdict {
    /// The verdict in words, for people (the JSON keeps the kebab-case name).
    pub fn words(self) -> &'static str {
        match self {
            BalanceVerdict::TooFew => super::shown::word("dom-balance-too-few"),
            BalanceVerdict::Balanced => super::shown::word("dom-balance-balanced"),
            BalanceVerdict::NeedsStrengths => super::shown::word("dom-balance-needs-strengths"),
            BalanceVerdict::NeedsImprovements => {
                super::shown::word("dom-balance-needs-improvements")
            }
        }
    }
}

/// Counts of recent feedback by kind, and the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Balance {
    pub strengths: usize,
    pub improvements: usize,
    pub observations: usize,
    pub verdict: BalanceVerdict,
}

/// The balance of the `last` most recent feedback notes (by date; observations do not tip it).
pub fn feedback_balance(feedback: &[Feedback], last: usize) -> Balance {
    let mut recent: Vec<&Feedback> = feedback.iter().collect();
    recent.sort_by_key(|f| std::cmp::Reverse(f.date));
    recent.truncate(last);
    let count = |k: FeedbackKind| recent.iter().filter(|f| f.kind == k).count();
    let strengths = count(FeedbackKind::Strength);
    let improvements = count(FeedbackKind::Improvement);
    let observations = count(FeedbackKind::Observation);
    let judged = strengths + improvements;
    let verdict = if judged < 3 {
        BalanceVerdict::TooFew
    } else if strengths * 3 < judged {
        BalanceVerdict::NeedsStrengths
    } else if strengths * 5 > judged * 4 {
        BalanceVerdict::NeedsImprovements
    } else {
        BalanceVerdict::Balanced
    };
    Balance {
        strengths,
        improvements,
        observations,
        verdict,
    }
}

/// One active mentee's share of the mentor's month.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MenteeLoad {
    pub mentee: String,
    pub hours_per_month: f64,
}

/// The mentor's monthly load against their capacity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Load {
    pub hours_per_month: f64,
    pub capacity_hours_per_month: Option<f64>,
    pub per_mentee: Vec<MenteeLoad>,
}

impl Load {
    /// True when a capacity is set and the load exceeds it.
    pub fn over_capacity(&self) -> bool {
        self.capacity_hours_per_month
            .is_some_and(|c| self.hours_per_month > c)
    }
}

/// Hours per month implied by each active mentee's cadence and session length (the agreement's,
/// else the mentor's default, else [`DEFAULT_SESSION_MINUTES`]). Mentees without a cadence add
/// nothing.
pub fn mentor_load(ws: &Workspace) -> Load {
    let default_minutes = ws
        .mentor
        .default_session_minutes
        .unwrap_or(DEFAULT_SESSION_MINUTES);
    let per_mentee: Vec<MenteeLoad> = ws
        .mentees
        .iter()
        .filter(|m| m.status == MenteeStatus::Active)
        .filter_map(|m| {
            let cadence = m.agreement.cadence?;
            let minutes = m.agreement.session_minutes.unwrap_or(default_minutes);
            Some(MenteeLoad {
                mentee: m.name.clone(),
                hours_per_month: cadence.meetings_per_month() * f64::from(minutes) / 60.0,
            })
        })
        .collect();
    Load {
        // A fold, not `sum`: an empty float sum is -0.0, which prints as "-0.0".
        hours_per_month: per_mentee
            .iter()
            .map(|l| l.hours_per_month)
            .fold(0.0, |a, b| a + b),
        capacity_hours_per_month: ws.mentor.capacity(),
        per_mentee,
    }
}

#[cfg(test)]
mod tests;
