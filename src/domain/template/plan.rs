//! What applying a template to a mentee would add: [`plan`] works it out from the template, the
//! start date and the mentee's record as it is, without changing anything (the dry run), and
//! [`crate::domain::ops::Op::ApplyTemplate`] adds exactly that in one operation.
//!
//! The rules: an agreement field is filled only where the mentee's is empty; a stage, a goal,
//! a milestone of a goal and a declared skill are added only when none with the same title (or
//! name) exists, compared trimmed and in any case; a stage that exists gets the links to the
//! template's goals it lacks; a skill's target level is set only where the mentee has none.
//! Applying the same template twice therefore adds nothing the second time.

use super::relative::RelDate;
use super::types::{AgreementDraft, GoalDraft, Template};
use crate::domain::ids::{GoalId, MilestoneId, StageId};
use crate::domain::path::skill_key;
use crate::domain::rules::OutOfRange;
use crate::domain::{
    Agreement, Cadence, Channel, Goal, GoalStatus, Mentee, Metric, Milestone, Skill, Stage,
    Workspace,
};
use chrono::NaiveDate;

/// One agreement field the template fills.
#[derive(Debug, Clone, PartialEq)]
pub enum AgreementFill {
    Cadence(Cadence),
    SessionMinutes(u32),
    Channels(Vec<Channel>),
    ResponseTime(String),
    Boundaries(String),
    SuccessMeasures(String),
    EndsOn(NaiveDate),
}

impl AgreementFill {
    /// Sets the field on `a`.
    pub fn fill(&self, a: &mut Agreement) {
        match self {
            AgreementFill::Cadence(c) => a.cadence = Some(*c),
            AgreementFill::SessionMinutes(n) => a.session_minutes = Some(*n),
            AgreementFill::Channels(c) => a.channels = c.clone(),
            AgreementFill::ResponseTime(t) => a.response_time = t.clone(),
            AgreementFill::Boundaries(t) => a.boundaries = t.clone(),
            AgreementFill::SuccessMeasures(t) => a.success_measures = t.clone(),
            AgreementFill::EndsOn(d) => a.ends_on = Some(*d),
        }
    }
}

/// A goal a stage is to name: one the mentee has, or the n-th goal the plan adds.
#[derive(Debug, Clone, PartialEq)]
pub enum GoalLink {
    Existing { id: GoalId, title: String },
    New(usize),
}

/// A stage the plan adds (its `goals` empty: see `links`).
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedStage {
    pub stage: Stage,
    pub links: Vec<GoalLink>,
}

/// Links the plan adds to a stage the mentee already has.
#[derive(Debug, Clone, PartialEq)]
pub struct StageLinks {
    pub stage: StageId,
    pub title: String,
    pub links: Vec<GoalLink>,
}

/// Milestones the plan adds to a goal the mentee already has.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalMilestones {
    pub goal: GoalId,
    pub title: String,
    pub milestones: Vec<Milestone>,
}

/// Everything applying a template would add (records have placeholder IDs; the operation
/// hands out the real ones).
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub template: String,
    pub start: NaiveDate,
    pub agreement: Vec<AgreementFill>,
    /// The path's title, when the mentee's path has none.
    pub path_title: Option<String>,
    pub stages: Vec<PlannedStage>,
    pub stage_links: Vec<StageLinks>,
    pub goals: Vec<Goal>,
    pub milestones: Vec<GoalMilestones>,
    /// Skills declared in the workspace's vocabulary.
    pub skills: Vec<Skill>,
    /// Target levels set for the mentee: (skill, level).
    pub levels: Vec<(String, u8)>,
}

impl Plan {
    /// True when applying would add nothing.
    pub fn is_empty(&self) -> bool {
        self.agreement.is_empty()
            && self.path_title.is_none()
            && self.stages.is_empty()
            && self.stage_links.is_empty()
            && self.goals.is_empty()
            && self.milestones.is_empty()
            && self.skills.is_empty()
            && self.levels.is_empty()
    }
}

/// Same title, trimmed and in any case.
pub fn same_title(a: &str, b: &str) -> bool {
    skill_key(a) == skill_key(b)
}

/// A relative date from `start`, refused past the last date a file can hold.
fn date(rel: Option<RelDate>, start: NaiveDate) -> Result<Option<NaiveDate>, OutOfRange> {
    rel.map(|r| {
        r.after(start).ok_or_else(|| {
            OutOfRange(crate::t!(
                "dom-template-past-last-date",
                rel = r.to_string(),
                start = crate::domain::dates::iso(start).to_string()
            ))
        })
    })
    .transpose()
}

/// What applying `t` to `mentee` (of `ws`) from `start` would add.
pub fn plan(
    t: &Template,
    start: NaiveDate,
    mentee: &Mentee,
    ws: &Workspace,
) -> Result<Plan, OutOfRange> {
    let mut p = Plan {
        template: t.name.clone(),
        start,
        agreement: agreement(&t.agreement, &mentee.agreement, start)?,
        path_title: (mentee.path.title.trim().is_empty() && !t.path.title.trim().is_empty())
            .then(|| t.path.title.trim().to_string()),
        stages: Vec::new(),
        stage_links: Vec::new(),
        goals: Vec::new(),
        milestones: Vec::new(),
        skills: Vec::new(),
        levels: Vec::new(),
    };
    let links = goals(t, start, mentee, &mut p)?;
    stages(t, start, mentee, &links, &mut p)?;
    skills(t, mentee, ws, &mut p);
    Ok(p)
}

fn agreement(
    d: &AgreementDraft,
    a: &Agreement,
    start: NaiveDate,
) -> Result<Vec<AgreementFill>, OutOfRange> {
    let mut out = Vec::new();
    let text = |s: &str, have: &str| {
        (have.trim().is_empty() && !s.trim().is_empty()).then(|| s.trim().to_string())
    };
    if let (Some(c), None) = (d.cadence, a.cadence) {
        out.push(AgreementFill::Cadence(c));
    }
    if let (Some(n), None) = (d.session_minutes, a.session_minutes) {
        out.push(AgreementFill::SessionMinutes(n));
    }
    if a.channels.is_empty() && !d.channels.is_empty() {
        out.push(AgreementFill::Channels(d.channels.clone()));
    }
    if let Some(t) = text(&d.response_time, &a.response_time) {
        out.push(AgreementFill::ResponseTime(t));
    }
    if let Some(t) = text(&d.boundaries, &a.boundaries) {
        out.push(AgreementFill::Boundaries(t));
    }
    if let Some(t) = text(&d.success_measures, &a.success_measures) {
        out.push(AgreementFill::SuccessMeasures(t));
    }
    if a.ends_on.is_none()
        && let Some(end) = date(d.length, start)?
    {
        out.push(AgreementFill::EndsOn(end));
    }
    Ok(out)
}

/// The goals and milestones to add; returns, for each of the template's goals, the link a
/// stage naming it gets.
fn goals(
    t: &Template,
    start: NaiveDate,
    mentee: &Mentee,
    p: &mut Plan,
) -> Result<Vec<GoalLink>, OutOfRange> {
    let mut links = Vec::new();
    for g in &t.goals {
        match mentee.goals.iter().find(|x| same_title(&x.title, &g.title)) {
            Some(have) => {
                let missing = milestones(g, start, |title| {
                    have.milestones.iter().any(|k| same_title(&k.title, title))
                })?;
                if !missing.is_empty() {
                    p.milestones.push(GoalMilestones {
                        goal: have.id.clone(),
                        title: have.title.clone(),
                        milestones: missing,
                    });
                }
                links.push(GoalLink::Existing {
                    id: have.id.clone(),
                    title: have.title.clone(),
                });
            }
            None => {
                links.push(GoalLink::New(p.goals.len()));
                p.goals.push(goal(g, start)?);
            }
        }
    }
    Ok(links)
}

/// The template goal's milestones that `exists` does not already name, dated from `start`.
fn milestones(
    g: &GoalDraft,
    start: NaiveDate,
    exists: impl Fn(&str) -> bool,
) -> Result<Vec<Milestone>, OutOfRange> {
    g.milestones
        .iter()
        .filter(|k| !exists(&k.title))
        .map(|k| {
            Ok(Milestone::new(
                MilestoneId::from_number(0),
                k.title.trim(),
                date(k.due, start)?,
            ))
        })
        .collect()
}

fn goal(g: &GoalDraft, start: NaiveDate) -> Result<Goal, OutOfRange> {
    let mut goal = Goal::new(GoalId::from_number(0), g.title.trim(), start);
    goal.status = GoalStatus::Active;
    goal.specific = g.specific.clone();
    goal.criterion = g.criterion.clone();
    goal.achievable = g.achievable.clone();
    goal.relevant = g.relevant.clone();
    goal.due = date(g.due, start)?;
    goal.skills = g.skills.iter().map(|s| s.trim().to_string()).collect();
    goal.metric = g.metric.as_ref().map(|m| Metric {
        what: m.what.clone(),
        baseline: m.baseline,
        target: m.target,
        current: None,
        unit: m.unit.clone(),
    });
    goal.milestones = milestones(g, start, |_| false)?;
    Ok(goal)
}

/// The goal links of a stage naming `keys`.
fn stage_goal_links(t: &Template, keys: &[String], links: &[GoalLink]) -> Vec<GoalLink> {
    keys.iter()
        .filter_map(|key| {
            t.goals
                .iter()
                .position(|g| g.key.as_deref().is_some_and(|k| same_title(k, key)))
        })
        .filter_map(|i| links.get(i).cloned())
        .collect()
}

fn stages(
    t: &Template,
    start: NaiveDate,
    mentee: &Mentee,
    links: &[GoalLink],
    p: &mut Plan,
) -> Result<(), OutOfRange> {
    for s in &t.path.stages {
        let wanted = stage_goal_links(t, &s.goals, links);
        match mentee
            .path
            .stages
            .iter()
            .find(|x| same_title(&x.title, &s.title))
        {
            Some(have) => {
                let missing: Vec<GoalLink> = wanted
                    .into_iter()
                    .filter(
                        |l| !matches!(l, GoalLink::Existing { id, .. } if have.goals.contains(id)),
                    )
                    .collect();
                if !missing.is_empty() {
                    p.stage_links.push(StageLinks {
                        stage: have.id.clone(),
                        title: have.title.clone(),
                        links: missing,
                    });
                }
            }
            None => {
                let mut stage = Stage::new(StageId::from_number(0), s.title.trim());
                stage.description = s.description.clone();
                stage.target = date(s.target, start)?;
                stage.skills = s.skills.iter().map(|k| k.trim().to_string()).collect();
                p.stages.push(PlannedStage {
                    stage,
                    links: wanted,
                });
            }
        }
    }
    Ok(())
}

fn skills(t: &Template, mentee: &Mentee, ws: &Workspace, p: &mut Plan) {
    for s in &t.skills {
        let name = s.name.trim();
        if !ws.skills.iter().any(|x| same_title(&x.name, name)) {
            p.skills.push(Skill {
                name: name.to_string(),
                description: s.description.clone(),
            });
        }
        let Some(target) = s.target else { continue };
        let unset = match mentee.skills.iter().find(|l| same_title(&l.skill, name)) {
            Some(level) => level.target.is_none(),
            None => true,
        };
        if unset {
            p.levels.push((name.to_string(), target));
        }
    }
}
