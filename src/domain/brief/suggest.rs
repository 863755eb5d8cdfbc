//! The suggested agenda items of the brief: each rule reads the facts gathered for the brief and
//! adds items with the fact that produced them. In the order they are listed (and suggested):
//!
//! 1. [`Rule::FirstSession`]: no session held yet → agree goals, cadence and ways of working.
//! 2. [`Rule::CadenceSlipped`]: the day the cadence asked for has passed without a session held
//!    → agree the next date.
//! 3. [`Rule::MoodFalling`]: the mood fell at the last three sessions that recorded one → ask how
//!    they are doing.
//! 4. [`Rule::LowLevel`]: the latest recorded mood or energy is 2 or less (and rule 3 did not
//!    fire for the mood) → talk about wellbeing or workload.
//! 5. [`Rule::OverdueAction`]: each overdue open action item, of either side, oldest first, at
//!    most [`MAX_PER_SIDE`] per side → follow up (the mentee's) or report back (the mentor's).
//! 6. [`Rule::GoalOverdue`]: an open goal past its due date → re-plan or close it.
//! 7. [`Rule::GoalDueSoon`]: an open goal due within 14 days → check what it still needs.
//! 8. [`Rule::GoalStalled`]: an open goal without progress since the last session (see
//!    [`super::progressed_since`]), not already overdue → find what blocks it.
//! 9. [`Rule::OnlyImprovements`]: the latest strengths and improvements given were all
//!    improvements → start with something that went well.
//! 10. [`Rule::StageNext`]: the first open stage of the career path (in progress before open) →
//!     talk about the way to it.
//! 11. [`Rule::SkillGap`]: the skill with the biggest gap between current and target level →
//!     plan practice for it.

use super::{Brief, GoalConcern, OpenAction, Suggestion};
use crate::domain::path::StageStatus;
use crate::domain::session::Owner;
use serde::Serialize;

/// At most this many overdue action items of one side become suggestions.
pub const MAX_PER_SIDE: usize = 3;

/// The rule a suggestion comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    FirstSession,
    CadenceSlipped,
    MoodFalling,
    LowLevel,
    OverdueAction,
    GoalOverdue,
    GoalDueSoon,
    GoalStalled,
    OnlyImprovements,
    StageNext,
    SkillGap,
}

struct Out(Vec<Suggestion>);

impl Out {
    fn add(&mut self, rule: Rule, text: String, cause: String) {
        self.0.push(Suggestion { text, cause, rule });
    }
}

pub(super) fn suggest(b: &Brief, name: &str) -> Vec<Suggestion> {
    let mut out = Out(Vec::new());
    meeting(b, name, &mut out);
    wellbeing(b, &mut out);
    for side in [&b.mentee_actions, &b.mentor_actions] {
        overdue_actions(side, &mut out);
    }
    goals(b, &mut out);
    if b.feedback.only_improvements {
        out.add(
            Rule::OnlyImprovements,
            "Start with something that went well".into(),
            format!(
                "the last {} strengths and improvements given ({}) were all improvements",
                b.feedback.lately.len(),
                b.feedback
                    .lately
                    .iter()
                    .map(|d| d.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    path(b, &mut out);
    out.0
}

/// Rules 1 and 2.
fn meeting(b: &Brief, name: &str, out: &mut Out) {
    if b.last_session.is_none() {
        out.add(
            Rule::FirstSession,
            "Agree goals, cadence and ways of working".into(),
            format!("no session with {name} has been held yet"),
        );
    }
    if let Some(c) = b.cadence.as_ref().filter(|c| c.slipped) {
        let last = match &b.last_session {
            Some(s) => format!("last held session {} ({} days ago)", s.date, s.days_since),
            None => "no session held yet".into(),
        };
        out.add(
            Rule::CadenceSlipped,
            "Agree the date of the next session".into(),
            format!(
                "cadence {}; {last}; a session was due {} ({} days overdue)",
                c.cadence, c.due, c.days_overdue
            ),
        );
    }
}

/// Rules 3 and 4.
fn wellbeing(b: &Brief, out: &mut Out) {
    let m = &b.mood;
    if m.fell_three_in_a_row {
        let levels = crate::domain::mood::last_recorded(&m.mood, 4)
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(" → ");
        out.add(
            Rule::MoodFalling,
            "Ask how they are really doing".into(),
            format!("mood fell at the last three sessions: {levels}"),
        );
    } else if let Some((date, level)) = m.last_mood.filter(|(_, v)| *v <= 2) {
        out.add(
            Rule::LowLevel,
            "Ask how they are doing".into(),
            format!("mood {level}/5 at the session on {date}"),
        );
    }
    if let Some((date, level)) = m.last_energy.filter(|(_, v)| *v <= 2) {
        out.add(
            Rule::LowLevel,
            "Talk about workload and energy".into(),
            format!("energy {level}/5 at the session on {date}"),
        );
    }
}

/// Rule 5 for one side.
fn overdue_actions(items: &[OpenAction], out: &mut Out) {
    for a in items
        .iter()
        .filter(|a| a.days_overdue > 0)
        .take(MAX_PER_SIDE)
    {
        let (text, whose) = match a.owner {
            Owner::Mentee => (format!("Follow up: {}", a.text), "the mentee's"),
            Owner::Mentor => (format!("Report back on: {}", a.text), "your"),
        };
        let due = a.due.map(|d| d.to_string()).unwrap_or_default();
        out.add(
            Rule::OverdueAction,
            text,
            format!(
                "{whose} action item {} from {} was due {due}, {} days overdue",
                a.id, a.agreed_on, a.days_overdue
            ),
        );
    }
}

/// Rules 6, 7 and 8.
fn goals(b: &Brief, out: &mut Out) {
    for g in &b.goals {
        let due = g.due.map(|d| d.to_string()).unwrap_or_default();
        let overdue = g
            .concerns
            .iter()
            .any(|c| matches!(c, GoalConcern::Overdue { .. }));
        for c in &g.concerns {
            match *c {
                GoalConcern::Overdue { days } => out.add(
                    Rule::GoalOverdue,
                    format!("Re-plan or close: {}", g.title),
                    format!("goal {} was due {due}, {days} days overdue", g.id),
                ),
                GoalConcern::DueSoon { days } => out.add(
                    Rule::GoalDueSoon,
                    format!("Check what {} still needs", g.title),
                    format!("goal {} is due {due}, in {days} days", g.id),
                ),
                GoalConcern::NoProgress { since } if !overdue => out.add(
                    Rule::GoalStalled,
                    format!("Find what blocks: {}", g.title),
                    format!(
                        "goal {}: no milestone done and no progress recorded since the session on {since}",
                        g.id
                    ),
                ),
                GoalConcern::NoProgress { .. } => {}
            }
        }
    }
}

/// Rules 10 and 11.
fn path(b: &Brief, out: &mut Out) {
    let Some(p) = &b.path else { return };
    let next = p
        .stages
        .iter()
        .find(|s| s.status == StageStatus::InProgress)
        .or_else(|| p.stages.first());
    if let Some(s) = next {
        let target = s
            .target
            .map(|t| format!(", target {t}"))
            .unwrap_or_default();
        let skills = if s.skills.is_empty() {
            String::new()
        } else {
            format!("; needs {}", s.skills.join(", "))
        };
        out.add(
            Rule::StageNext,
            format!("Talk about the way to {}", s.title),
            format!("stage {} is {}{target}{skills}", s.id, s.status.words()),
        );
    }
    if let Some(g) = p.gaps.first() {
        let current = g.current.map_or("none".to_string(), |c| c.to_string());
        out.add(
            Rule::SkillGap,
            format!("Plan practice for {}", g.skill),
            format!(
                "{}: level {current} of target {} (gap {}), the biggest gap",
                g.skill, g.target, g.gap
            ),
        );
    }
}
