//! The progress report of one mentee, as data: what the Markdown and HTML renderings show.
//!
//! By default the report is built from the mentee's projection ([`crate::domain::projection`]),
//! the same allow list a bundle goes through, so it is safe to send: it can only hold what the
//! mentee may see. With `include_private` it is built from the mentor's own record and says so
//! ([`Report::private`]), adding private feedback and the mentor's energy.

use crate::domain::RecordRef;
use crate::domain::derived::{self, Balance, feedback_balance};
use crate::domain::feedback::{FeedbackKind, Visibility};
use crate::domain::goal::{Goal, GoalStatus};
use crate::domain::mentee::Mentee;
use crate::domain::mood::{self, Trend};
use crate::domain::path::StageStatus;
use crate::domain::projection::project;
use crate::domain::reply;
use crate::domain::session::{Owner, SessionStatus};
use crate::domain::smart;
use crate::domain::summary::{self, FollowThrough};
use crate::domain::workspace::{MentorProfile, Workspace};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashSet;

/// What to build a report from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportOptions {
    pub today: NaiveDate,
    /// Only sessions, feedback and done milestones on or after this day (goals are all shown).
    pub since: Option<NaiveDate>,
    /// Build from the mentor's records instead of the mentee's projection.
    pub include_private: bool,
}

/// A milestone as the report shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MilestoneLine {
    pub title: String,
    /// Reported done by the mentee in a reply the mentor accepted.
    pub from_mentee: bool,
    pub due: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
    pub overdue: bool,
}

/// A goal with its progress and SMART state.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalLine {
    pub id: String,
    pub title: String,
    pub status: GoalStatus,
    pub due: Option<NaiveDate>,
    pub achieved_on: Option<NaiveDate>,
    pub overdue: bool,
    /// 0.0 to 1.0, when something says.
    pub progress: Option<f64>,
    /// The metric's current value was reported by the mentee in a reply the mentor accepted.
    pub progress_from_mentee: bool,
    /// The metric in words ("reviews led: 1 of 3 (from 0)").
    pub metric: Option<String>,
    /// The SMART strip (`S·ART`) and whether all five hold.
    pub smart: String,
    pub is_smart: bool,
    /// Milestones done in the period.
    pub done: Vec<MilestoneLine>,
    /// Milestones still open.
    pub open: Vec<MilestoneLine>,
}

/// A feedback note in the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedbackItem {
    pub date: NaiveDate,
    pub kind: FeedbackKind,
    pub text: String,
    /// Only in a private report: whether it was shared.
    pub private: bool,
}

/// One held session's levels.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MoodLine {
    pub date: NaiveDate,
    pub mood: Option<u8>,
    pub energy: Option<u8>,
    /// The mentor's own energy: only in a private report.
    pub mentor_energy: Option<u8>,
}

/// A stage of the career path.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageLine {
    pub title: String,
    pub status: StageStatus,
    pub target: Option<NaiveDate>,
}

/// A skill's levels.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SkillLine {
    pub skill: String,
    pub current: Option<u8>,
    pub target: Option<u8>,
    pub gap: u8,
}

/// The progress report of one mentee.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Built from the mentor's records (private notes and feedback included).
    pub private: bool,
    pub mentee: String,
    pub mentor: String,
    pub today: NaiveDate,
    pub since: Option<NaiveDate>,
    pub aspirations: String,
    /// The mentee's private notes: only in a private report.
    pub private_notes: String,
    pub goals: Vec<GoalLine>,
    /// Days of the sessions held in the period, oldest first.
    pub sessions: Vec<NaiveDate>,
    pub minutes_held: u32,
    /// Action items of the period's sessions, per side (the mentee's first).
    pub actions: Vec<FollowThrough>,
    pub feedback: Vec<FeedbackItem>,
    pub balance: Balance,
    pub mood: Vec<MoodLine>,
    pub mood_trend: Trend,
    pub energy_trend: Trend,
    pub path_title: String,
    pub stages: Vec<StageLine>,
    /// Skills, biggest gap first.
    pub skills: Vec<SkillLine>,
}

/// The report of the mentee at `index`; `None` when there is no such mentee.
pub fn mentee_report(ws: &Workspace, index: usize, opts: ReportOptions) -> Option<Report> {
    let record = ws.mentees.get(index)?;
    let shown;
    let m: &Mentee = if opts.include_private {
        record
    } else {
        shown = project(record).to_mentee();
        &shown
    };
    // What came from the mentee is theirs to see too; the record of it is read before the
    // projection, which leaves the mentor's record of replies out.
    let goals = record.goals.iter();
    let marks: HashSet<String> = goals
        .clone()
        .map(|g| RecordRef::Goal(g.id.clone()))
        .chain(
            goals
                .flat_map(|g| &g.milestones)
                .map(|k| RecordRef::Milestone(k.id.clone())),
        )
        .filter(|r| reply::from_mentee(record, r))
        .map(|r| r.as_str().to_string())
        .collect();
    Some(build(m, &ws.mentor, opts, &marks))
}

/// The record IDs whose value came from the mentee (see [`crate::domain::reply::from_mentee`]).
type Marks = HashSet<String>;

fn build(m: &Mentee, mentor: &MentorProfile, opts: ReportOptions, marks: &Marks) -> Report {
    let in_period = |d: NaiveDate| opts.since.is_none_or(|s| d >= s) && d <= opts.today;
    let held: Vec<_> = {
        let mut v: Vec<_> = m
            .sessions
            .iter()
            .filter(|s| s.status == SessionStatus::Held && in_period(s.date()))
            .collect();
        v.sort_by_key(|s| s.at);
        v
    };
    let period = summary::summarise(m, opts.since, opts.today);
    let mut feedback: Vec<_> = m.feedback.iter().filter(|f| in_period(f.date)).collect();
    feedback.sort_by_key(|f| (f.date, f.id.0.clone()));
    let owned: Vec<_> = feedback.iter().map(|f| (*f).clone()).collect();
    let mut skills: Vec<SkillLine> = m
        .skills
        .iter()
        .map(|l| SkillLine {
            skill: l.skill.clone(),
            current: l.current,
            target: l.target,
            gap: l.gap(),
        })
        .collect();
    skills.sort_by(|a, b| b.gap.cmp(&a.gap).then_with(|| a.skill.cmp(&b.skill)));
    let series: Vec<MoodLine> = held
        .iter()
        .map(|s| MoodLine {
            date: s.date(),
            mood: s.mood,
            energy: s.energy,
            mentor_energy: s.mentor_energy.filter(|_| opts.include_private),
        })
        .collect();
    let moods: Vec<Option<u8>> = series.iter().map(|l| l.mood).collect();
    let energies: Vec<Option<u8>> = series.iter().map(|l| l.energy).collect();
    Report {
        private: opts.include_private,
        mentee: m.name.clone(),
        mentor: mentor.name.clone(),
        today: opts.today,
        since: opts.since,
        aspirations: m.aspirations.clone(),
        private_notes: if opts.include_private {
            m.private_notes.clone()
        } else {
            String::new()
        },
        goals: m
            .goals
            .iter()
            .map(|g| goal(g, opts, &in_period, marks))
            .collect(),
        sessions: held.iter().map(|s| s.date()).collect(),
        minutes_held: held.iter().filter_map(|s| s.minutes).sum(),
        actions: period.follow_through,
        feedback: feedback
            .iter()
            .map(|f| FeedbackItem {
                date: f.date,
                kind: f.kind,
                text: f.text.clone(),
                private: f.visibility == Visibility::Private,
            })
            .collect(),
        balance: feedback_balance(&owned, owned.len()),
        mood_trend: mood::trend(&moods),
        energy_trend: mood::trend(&energies),
        mood: series,
        path_title: m.path.title.clone(),
        stages: m
            .path
            .stages
            .iter()
            .map(|s| StageLine {
                title: s.title.clone(),
                status: s.status,
                target: s.target,
            })
            .collect(),
        skills,
    }
}

fn goal(
    g: &Goal,
    opts: ReportOptions,
    in_period: &dyn Fn(NaiveDate) -> bool,
    marks: &Marks,
) -> GoalLine {
    let check = smart::check(g, opts.today);
    let line = |k: &crate::domain::goal::Milestone| MilestoneLine {
        title: k.title.clone(),
        from_mentee: marks.contains(k.id.as_str()),
        due: k.due,
        done_on: k.done_on,
        overdue: derived::milestone_overdue(k, opts.today),
    };
    GoalLine {
        id: g.id.0.clone(),
        title: g.title.clone(),
        status: g.status,
        due: g.due,
        achieved_on: g.achieved_on,
        overdue: derived::goal_overdue(g, opts.today),
        progress: derived::progress(g),
        progress_from_mentee: marks.contains(g.id.as_str()),
        metric: g.metric.as_ref().map(|m| m.to_string()),
        smart: check.strip(),
        is_smart: check.is_smart(),
        done: g
            .milestones
            .iter()
            .filter(|k| k.done_on.is_some_and(in_period))
            .map(line)
            .collect(),
        open: g
            .milestones
            .iter()
            .filter(|k| !k.is_done())
            .map(line)
            .collect(),
    }
}

impl Report {
    /// Sessions held per month of the period, oldest first (`YYYY-MM`, count).
    pub fn sessions_per_month(&self) -> Vec<(String, usize)> {
        let mut out: Vec<(String, usize)> = Vec::new();
        for d in &self.sessions {
            let key = d.format("%Y-%m").to_string();
            match out.last_mut() {
                Some((k, n)) if *k == key => *n += 1,
                _ => out.push((key, 1)),
            }
        }
        out
    }

    /// The follow-through of one side.
    pub fn side(&self, owner: Owner) -> Option<&FollowThrough> {
        self.actions.iter().find(|f| f.owner == owner)
    }
}
