//! The facts of the brief, gathered from one mentee's record.

use super::{
    Brief, CadenceCheck, FeedbackLine, FeedbackSince, GoalConcern, GoalNote, LastSession,
    MoodBrief, NextSession, OpenAction, PathBrief, SkillGap, StageNote,
};
use crate::domain::derived::{self, feedback_balance};
use crate::domain::feedback::{FeedbackKind, Visibility};
use crate::domain::goal::Goal;
use crate::domain::mentee::Mentee;
use crate::domain::mood;
use crate::domain::path::skill_key;
use crate::domain::session::{Owner, Session, SessionStatus};
use chrono::NaiveDate;

/// A goal due within this many days is "due soon".
pub const DUE_SOON_DAYS: i64 = 14;
/// How many of the latest strengths and improvements tell whether only improvements were given
/// lately.
pub const RECENT_FEEDBACK: usize = 3;

pub(super) fn gather(m: &Mentee, today: NaiveDate) -> Brief {
    let last = last_held(m, today);
    let since = last.map(Session::date);
    Brief {
        mentee_id: m.id.0.clone(),
        mentee: m.name.clone(),
        today,
        last_session: last.map(|s| LastSession {
            id: s.id.0.clone(),
            date: s.date(),
            days_since: (today - s.date()).num_days(),
            agenda: s.agenda.clone(),
            shared_notes: s.shared_notes.clone(),
        }),
        next_session: next_planned(m, today),
        cadence: cadence(m, today),
        mentee_actions: open_actions(m, Owner::Mentee, today),
        mentor_actions: open_actions(m, Owner::Mentor, today),
        goals: m
            .goals
            .iter()
            .filter_map(|g| goal_note(g, today, since))
            .collect(),
        feedback: feedback(m, since),
        mood: mood_brief(m),
        path: path(m),
        suggestions: Vec::new(),
        questions: Vec::new(),
    }
}

/// The most recent held session on or before `today`.
fn last_held(m: &Mentee, today: NaiveDate) -> Option<&Session> {
    m.sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Held && s.date() <= today)
        .max_by_key(|s| s.at)
}

fn next_planned(m: &Mentee, today: NaiveDate) -> Option<NextSession> {
    m.sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Planned && s.date() >= today)
        .min_by_key(|s| s.at)
        .map(|s| NextSession {
            id: s.id.0.clone(),
            at: s.at,
            agenda: s.agenda.clone(),
        })
}

/// The cadence check: the cadence alone, against the last held session
/// ([`derived::cadence_checkin`]); slipped when that day has passed.
fn cadence(m: &Mentee, today: NaiveDate) -> Option<CadenceCheck> {
    let cadence = m.agreement.cadence?;
    let check = derived::cadence_checkin(m, today)?;
    Some(CadenceCheck {
        cadence: cadence.to_string(),
        due: check.due,
        days_overdue: check.days_overdue,
        slipped: check.days_overdue > 0,
    })
}

/// Open action items of one side, oldest first: by the day of the session they were agreed in,
/// then by due date (undated last).
fn open_actions(m: &Mentee, owner: Owner, today: NaiveDate) -> Vec<OpenAction> {
    let mut items: Vec<OpenAction> = m
        .sessions
        .iter()
        .flat_map(|s| s.actions.iter().map(move |a| (s.date(), a)))
        .filter(|(_, a)| a.owner == owner && !a.is_done())
        .map(|(agreed_on, a)| OpenAction {
            id: a.id.0.clone(),
            text: a.text.clone(),
            owner,
            agreed_on,
            due: a.due,
            days_overdue: a.due.map_or(0, |d| (today - d).num_days().max(0)),
        })
        .collect();
    items.sort_by(|a, b| {
        (a.agreed_on, a.due.is_none(), a.due, &a.id).cmp(&(
            b.agreed_on,
            b.due.is_none(),
            b.due,
            &b.id,
        ))
    });
    items
}

/// Whether a goal shows progress since `since` (the day of the last held session). The store
/// keeps a metric's latest value but not when it changed, so the rule uses what has a date:
///
/// - achieved on or after `since`: progress;
/// - a milestone done on or after `since`: progress;
/// - otherwise, a goal that has open milestones made none; a goal whose metric was never
///   recorded (still at its baseline, no current value) made none; a goal with neither
///   milestones nor a metric has nothing to show progress by, and made none;
/// - a goal whose metric has a recorded value and that has no open milestone: the store cannot
///   tell, so it counts as progress (no concern is raised on a guess).
pub fn progressed_since(goal: &Goal, since: NaiveDate) -> bool {
    if goal.achieved_on.is_some_and(|d| d >= since)
        || goal
            .milestones
            .iter()
            .any(|k| k.done_on.is_some_and(|d| d >= since))
    {
        return true;
    }
    let open_milestones = goal.milestones.iter().any(|k| !k.is_done());
    if open_milestones {
        return false;
    }
    match &goal.metric {
        Some(metric) => metric.current.is_some(),
        None => !goal.milestones.is_empty(),
    }
}

/// An open goal's concerns; `None` when there is nothing to say. A goal created on or after the
/// last session is not held to "no progress since".
fn goal_note(g: &Goal, today: NaiveDate, since: Option<NaiveDate>) -> Option<GoalNote> {
    if !g.status.is_open() {
        return None;
    }
    let mut concerns = Vec::new();
    if let Some(due) = g.due {
        let days = (due - today).num_days();
        if days < 0 {
            concerns.push(GoalConcern::Overdue { days: -days });
        } else if days <= DUE_SOON_DAYS {
            concerns.push(GoalConcern::DueSoon { days });
        }
    }
    if let Some(since) = since
        && g.created_on < since
        && !progressed_since(g, since)
    {
        concerns.push(GoalConcern::NoProgress { since });
    }
    (!concerns.is_empty()).then(|| GoalNote {
        id: g.id.0.clone(),
        title: g.title.clone(),
        status: g.status,
        due: g.due,
        progress: derived::progress(g),
        concerns,
    })
}

/// Feedback dated on or after the last session (all of it when none was held), newest first,
/// with its balance; and whether the latest strengths and improvements were all improvements.
fn feedback(m: &Mentee, since: Option<NaiveDate>) -> FeedbackSince {
    let mut recent: Vec<_> = m
        .feedback
        .iter()
        .filter(|f| since.is_none_or(|d| f.date >= d))
        .cloned()
        .collect();
    recent.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| b.id.0.cmp(&a.id.0)));
    let balance = feedback_balance(&recent, recent.len());
    let mut judged: Vec<_> = m
        .feedback
        .iter()
        .filter(|f| f.kind != FeedbackKind::Observation)
        .collect();
    judged.sort_by_key(|f| std::cmp::Reverse(f.date));
    judged.truncate(RECENT_FEEDBACK);
    let only_improvements =
        judged.len() >= 2 && judged.iter().all(|f| f.kind == FeedbackKind::Improvement);
    FeedbackSince {
        since,
        notes: recent
            .iter()
            .map(|f| FeedbackLine {
                date: f.date,
                kind: f.kind,
                text: f.text.clone(),
                shared: f.visibility == Visibility::Shared,
            })
            .collect(),
        balance,
        lately: judged.iter().map(|f| f.date).collect(),
        only_improvements,
    }
}

fn mood_brief(m: &Mentee) -> MoodBrief {
    let points = mood::points(m);
    let mood: Vec<Option<u8>> = points.iter().map(|p| p.mood).collect();
    let energy: Vec<Option<u8>> = points.iter().map(|p| p.energy).collect();
    MoodBrief {
        mood_trend: mood::trend(&mood),
        energy_trend: mood::trend(&energy),
        fell_three_in_a_row: mood::falls_at_end(&mood) >= 3,
        last_mood: points
            .iter()
            .rev()
            .find_map(|p| p.mood.map(|v| (p.date, v))),
        last_energy: points
            .iter()
            .rev()
            .find_map(|p| p.energy.map(|v| (p.date, v))),
        mood,
        energy,
    }
}

/// Open stages in order, skill gaps biggest first, and skills an open stage needs with no level.
fn path(m: &Mentee) -> Option<PathBrief> {
    if m.path.is_empty() && m.skills.is_empty() {
        return None;
    }
    let stages: Vec<StageNote> = m
        .path
        .stages
        .iter()
        .filter(|s| s.status.is_open())
        .map(|s| StageNote {
            id: s.id.0.clone(),
            title: s.title.clone(),
            status: s.status,
            target: s.target,
            skills: s.skills.clone(),
        })
        .collect();
    let mut gaps: Vec<SkillGap> = m
        .skills
        .iter()
        .filter(|l| l.gap() > 0)
        .filter_map(|l| {
            Some(SkillGap {
                skill: l.skill.clone(),
                current: l.current,
                target: l.target?,
                gap: l.gap(),
            })
        })
        .collect();
    gaps.sort_by(|a, b| {
        b.gap
            .cmp(&a.gap)
            .then_with(|| skill_key(&a.skill).cmp(&skill_key(&b.skill)))
    });
    let known: Vec<String> = m.skills.iter().map(|l| skill_key(&l.skill)).collect();
    let mut unassessed: Vec<String> = Vec::new();
    for skill in stages.iter().flat_map(|s| &s.skills) {
        let key = skill_key(skill);
        if !known.contains(&key) && !unassessed.iter().any(|u| skill_key(u) == key) {
            unassessed.push(skill.trim().to_string());
        }
    }
    Some(PathBrief {
        title: m.path.title.clone(),
        stages,
        gaps,
        unassessed,
    })
}
