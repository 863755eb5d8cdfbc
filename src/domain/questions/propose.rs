//! The questions proposed for a mentee's state now: three at most, each with its reason.
//!
//! The rules are data: [`RULES`], one row each, in the order they are tried. A row names the
//! fact that makes it fire ([`When`]), the questions it picks from (a phase, and a focus or
//! none: the phase's general questions), how many it may give, how long a question asked stays
//! out of its proposals ([`ProposalRule::rest_days`]), and the reason shown with it (a message
//! of the catalogue, given the fact's title, date and days). A fact can fire for several
//! subjects (each goal that fails the letter): the row's questions go to them in order, the
//! first subject first, the last one taking the rest.
//!
//! Within a row the mentor's own questions come before the built-in ones, then the bank's
//! order; a question proposed by an earlier row, or asked of the mentee within the row's rest,
//! is passed over.

use super::super::brief::{Brief, GoalConcern};
use super::super::derived::BalanceVerdict;
use super::super::goal::Goal;
use super::super::mentee::{Mentee, MenteeStatus, MentoringKind};
use super::super::smart::{self, Letter};
use super::{Bank, Focus, Phase, Question};
use chrono::NaiveDate;
use serde::Serialize;

/// How many questions are proposed.
pub const PROPOSED: usize = 3;

/// The end date is "near" within this many days (and after it, while the mentoring is open).
pub const END_NEAR_DAYS: i64 = 30;

/// The fact a rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum When {
    /// The agreement's end date is within [`END_NEAR_DAYS`] days, or past, and the mentoring
    /// is not concluded.
    EndNear,
    /// No open goal (a new mentee, or every goal done or dropped).
    NoGoals,
    /// An open goal fails this SMART letter (one subject per goal).
    SmartFails(Letter),
    /// An open goal is past its due date (the brief's concern).
    GoalOverdue,
    /// An open goal made no progress since the last session, and is not overdue.
    GoalStalled,
    /// The feedback leans to improvements: the latest ones were all improvements, or the
    /// balance since the last session asks for strengths.
    LeansToImprovements,
    /// The agreement writes down no boundaries or no response time.
    NoBoundaries,
    /// A career mentoring.
    Career,
    /// Any open goal: check in on progress.
    OpenGoals,
    /// Always: the last row, so there is something to ask.
    Always,
}

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProposalRule {
    pub when: When,
    pub phase: Phase,
    /// `None`: the phase's general questions (those without a focus).
    pub focus: Option<Focus>,
    /// At most this many questions from the row.
    pub take: usize,
    /// A question asked of the mentee fewer than this many days ago is not proposed by the row.
    pub rest_days: i64,
    /// The reason's message ID (arguments: `$title`, `$date`, `$days`, `$detail`).
    pub reason: &'static str,
}

const fn row(
    when: When,
    (phase, focus): (Phase, Option<Focus>),
    take: usize,
    rest_days: i64,
    reason: &'static str,
) -> ProposalRule {
    ProposalRule {
        when,
        phase,
        focus,
        take,
        rest_days,
        reason,
    }
}

const fn smart(letter: Letter, focus: Focus) -> ProposalRule {
    row(
        When::SmartFails(letter),
        (Phase::Goals, Some(focus)),
        1,
        30,
        "qs-why-smart",
    )
}

/// The rules, in the order they are tried.
pub const RULES: &[ProposalRule] = &[
    row(
        When::EndNear,
        (Phase::Closing, None),
        2,
        60,
        "qs-why-end-near",
    ),
    row(
        When::NoGoals,
        (Phase::Know, None),
        2,
        365,
        "qs-why-no-goals",
    ),
    row(
        When::NoGoals,
        (Phase::Goals, None),
        1,
        90,
        "qs-why-no-goals-shape",
    ),
    row(
        When::GoalOverdue,
        (Phase::Progress, Some(Focus::Obstacles)),
        1,
        21,
        "qs-why-overdue",
    ),
    row(
        When::GoalStalled,
        (Phase::Progress, Some(Focus::Obstacles)),
        1,
        21,
        "qs-why-stalled",
    ),
    row(
        When::LeansToImprovements,
        (Phase::Feedback, Some(Focus::Strengths)),
        1,
        28,
        "qs-why-improvements",
    ),
    smart(Letter::Specific, Focus::Specific),
    smart(Letter::Measurable, Focus::Measurable),
    smart(Letter::Achievable, Focus::Achievable),
    smart(Letter::Relevant, Focus::Relevant),
    smart(Letter::TimeBound, Focus::TimeBound),
    row(
        When::NoBoundaries,
        (Phase::Expectations, None),
        1,
        90,
        "qs-why-no-boundaries",
    ),
    row(When::Career, (Phase::Career, None), 1, 60, "qs-why-career"),
    row(
        When::OpenGoals,
        (Phase::Progress, None),
        1,
        14,
        "qs-why-open-goals",
    ),
    row(
        When::Always,
        (Phase::Feedback, None),
        1,
        60,
        "qs-why-always",
    ),
];

/// A proposed question and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proposal {
    pub key: String,
    /// The question in words.
    pub text: String,
    pub phase: Phase,
    pub own: bool,
    /// The fact of the rule that proposed it.
    pub rule: When,
    /// The reason, in words.
    pub reason: String,
}

/// What a rule fired on: the words its reason quotes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subject {
    pub title: String,
    pub date: String,
    pub days: i64,
    pub detail: String,
}

/// The questions proposed for `m` on `today`, from `bank`, with the brief `b` of the same day.
pub fn propose(m: &Mentee, b: &Brief, bank: &Bank, today: NaiveDate) -> Vec<Proposal> {
    let mut out: Vec<Proposal> = Vec::new();
    for rule in RULES {
        let subjects = fired(rule.when, m, b, today);
        let Some(last) = subjects.len().checked_sub(1) else {
            continue;
        };
        for n in 0..rule.take {
            if out.len() == PROPOSED {
                return out;
            }
            let subject = &subjects[n.min(last)];
            let Some(q) = pick(rule, m, bank, today, &out) else {
                break;
            };
            out.push(Proposal {
                key: q.key.clone(),
                text: q.text(),
                phase: q.phase,
                own: q.is_own(),
                rule: rule.when,
                reason: reason(rule, subject),
            });
        }
    }
    out
}

/// The first question of the row's phase and focus (the mentor's own first) that is neither
/// proposed already nor asked of `m` within the row's rest.
fn pick<'a>(
    rule: &ProposalRule,
    m: &Mentee,
    bank: &'a Bank,
    today: NaiveDate,
    taken: &[Proposal],
) -> Option<&'a Question> {
    let fits = |q: &&Question| {
        q.phase == rule.phase
            && q.focus == rule.focus
            && !taken.iter().any(|p| p.key == q.key)
            && !resting(m, &q.key, rule.rest_days, today)
    };
    let own = bank.questions.iter().filter(|q| q.is_own()).find(fits);
    own.or_else(|| bank.questions.iter().filter(|q| !q.is_own()).find(fits))
}

/// Whether the question `key` was asked of `m` fewer than `days` days before `today`.
pub fn resting(m: &Mentee, key: &str, days: i64, today: NaiveDate) -> bool {
    m.asked
        .iter()
        .any(|a| a.question == key && (today - a.on).num_days() < days)
}

fn reason(rule: &ProposalRule, s: &Subject) -> String {
    let mut args = crate::i18n::Args::new();
    args.set("title", s.title.clone());
    args.set("date", s.date.clone());
    args.set("days", s.days);
    args.set("detail", s.detail.clone());
    crate::i18n::message_with(rule.reason, &args)
}

/// The subjects a fact fires on (none: the row does not fire).
pub fn fired(when: When, m: &Mentee, b: &Brief, today: NaiveDate) -> Vec<Subject> {
    let open: Vec<&Goal> = m.goals.iter().filter(|g| g.status.is_open()).collect();
    let one = |detail: String| {
        vec![Subject {
            detail,
            ..Subject::default()
        }]
    };
    match when {
        When::EndNear => end_near(m, today),
        When::NoGoals if open.is_empty() && m.status != MenteeStatus::Concluded => {
            one(m.name.clone())
        }
        When::SmartFails(letter) => open
            .iter()
            .filter_map(|g| {
                let check = smart::check(g, today);
                let l = check.get(letter);
                let why = l.reason.as_ref()?;
                Some(Subject {
                    title: g.title.clone(),
                    detail: why.to_string(),
                    ..Subject::default()
                })
            })
            .collect(),
        When::GoalOverdue | When::GoalStalled => concerns(when, b),
        When::LeansToImprovements
            if b.feedback.only_improvements
                || b.feedback.balance.verdict == BalanceVerdict::NeedsStrengths =>
        {
            one(String::new())
        }
        When::NoBoundaries
            if m.status != MenteeStatus::Concluded
                && (m.agreement.boundaries.trim().is_empty()
                    || m.agreement.response_time.trim().is_empty()) =>
        {
            one(String::new())
        }
        When::Career if m.kind == MentoringKind::Career => one(String::new()),
        When::OpenGoals if !open.is_empty() => vec![Subject {
            days: open.len() as i64,
            ..Subject::default()
        }],
        When::Always => one(String::new()),
        _ => Vec::new(),
    }
}

fn end_near(m: &Mentee, today: NaiveDate) -> Vec<Subject> {
    let Some(end) = m.agreement.ends_on.or(m.ended_on) else {
        return Vec::new();
    };
    let days = (end - today).num_days();
    if m.status == MenteeStatus::Concluded || days > END_NEAR_DAYS {
        return Vec::new();
    }
    vec![Subject {
        date: end.to_string(),
        days: days.max(0),
        detail: if days < 0 { "past" } else { "ahead" }.to_string(),
        ..Subject::default()
    }]
}

/// The goals the brief finds overdue, or without progress (and not overdue).
fn concerns(when: When, b: &Brief) -> Vec<Subject> {
    b.goals
        .iter()
        .filter_map(|g| {
            let overdue = g.concerns.iter().find_map(|c| match c {
                GoalConcern::Overdue { days } => Some(*days),
                _ => None,
            });
            let stalled = g.concerns.iter().find_map(|c| match c {
                GoalConcern::NoProgress { since } => Some(*since),
                _ => None,
            });
            let (date, days) = match (when, overdue, stalled) {
                (When::GoalOverdue, Some(days), _) => (g.due.map(|d| d.to_string()), days),
                (When::GoalStalled, None, Some(since)) => (Some(since.to_string()), 0),
                _ => return None,
            };
            Some(Subject {
                title: g.title.clone(),
                date: date.unwrap_or_default(),
                days,
                detail: String::new(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
