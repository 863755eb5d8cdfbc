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
use crate::t;
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
            t!("dom-brief-only-improvements"),
            t!(
                "dom-brief-only-improvements-why",
                count = b.feedback.lately.len(),
                dates = b
                    .feedback
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
            t!("dom-brief-first-session"),
            t!("dom-brief-first-session-why", name = name),
        );
    }
    if let Some(c) = b.cadence.as_ref().filter(|c| c.slipped) {
        let last = match &b.last_session {
            Some(s) => t!(
                "dom-brief-last-session",
                date = s.date.to_string(),
                days = s.days_since
            ),
            None => t!("dom-brief-no-session-yet"),
        };
        out.add(
            Rule::CadenceSlipped,
            t!("dom-brief-cadence-slipped"),
            t!(
                "dom-brief-cadence-slipped-why",
                cadence = c.cadence.to_string(),
                last = last,
                due = c.due.to_string(),
                days = c.days_overdue
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
            t!("dom-brief-mood-falling"),
            t!("dom-brief-mood-falling-why", levels = levels),
        );
    } else if let Some((date, level)) = m.last_mood.filter(|(_, v)| *v <= 2) {
        out.add(
            Rule::LowLevel,
            t!("dom-brief-low-mood"),
            t!(
                "dom-brief-low-mood-why",
                level = level,
                date = date.to_string()
            ),
        );
    }
    if let Some((date, level)) = m.last_energy.filter(|(_, v)| *v <= 2) {
        out.add(
            Rule::LowLevel,
            t!("dom-brief-low-energy"),
            t!(
                "dom-brief-low-energy-why",
                level = level,
                date = date.to_string()
            ),
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
        let due = a.due.map(|d| d.to_string()).unwrap_or_default();
        let (id, agreed, days) = (a.id.to_string(), a.agreed_on.to_string(), a.days_overdue);
        let (text, cause) = match a.owner {
            Owner::Mentee => (
                t!("dom-brief-follow-up", text = a.text.as_str()),
                t!(
                    "dom-brief-mentee-action-why",
                    id = id,
                    agreed = agreed,
                    due = due,
                    days = days
                ),
            ),
            Owner::Mentor => (
                t!("dom-brief-report-back", text = a.text.as_str()),
                t!(
                    "dom-brief-mentor-action-why",
                    id = id,
                    agreed = agreed,
                    due = due,
                    days = days
                ),
            ),
        };
        out.add(Rule::OverdueAction, text, cause);
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
                    t!("dom-brief-goal-overdue", title = g.title.as_str()),
                    t!(
                        "dom-brief-goal-overdue-why",
                        id = g.id.to_string(),
                        due = due.as_str(),
                        days = days
                    ),
                ),
                GoalConcern::DueSoon { days } => out.add(
                    Rule::GoalDueSoon,
                    t!("dom-brief-goal-due-soon", title = g.title.as_str()),
                    t!(
                        "dom-brief-goal-due-soon-why",
                        id = g.id.to_string(),
                        due = due.as_str(),
                        days = days
                    ),
                ),
                GoalConcern::NoProgress { since } if !overdue => out.add(
                    Rule::GoalStalled,
                    t!("dom-brief-goal-stalled", title = g.title.as_str()),
                    t!(
                        "dom-brief-goal-stalled-why",
                        id = g.id.to_string(),
                        since = since.to_string()
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
            .map(|d| t!("dom-brief-stage-target", date = d.to_string()))
            .unwrap_or_default();
        let skills = if s.skills.is_empty() {
            String::new()
        } else {
            t!("dom-brief-stage-needs", skills = s.skills.join(", "))
        };
        out.add(
            Rule::StageNext,
            t!("dom-brief-stage-next", title = s.title.as_str()),
            t!(
                "dom-brief-stage-next-why",
                id = s.id.to_string(),
                status = s.status.words(),
                target = target,
                skills = skills
            ),
        );
    }
    if let Some(g) = p.gaps.first() {
        let current = g
            .current
            .map_or(t!("dom-brief-level-none"), |c| c.to_string());
        out.add(
            Rule::SkillGap,
            t!("dom-brief-skill-gap", skill = g.skill.as_str()),
            t!(
                "dom-brief-skill-gap-why",
                skill = g.skill.as_str(),
                current = current,
                target = g.target,
                gap = g.gap
            ),
        );
    }
}
