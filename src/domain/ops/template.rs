//! Applying a template to a mentee: everything [`crate::domain::template::plan`] says it would
//! add, in one operation (one undo step in the app), with the IDs handed out here.

use super::{Applied, Field, OpError, mentee_index};
use crate::domain::ids::{GoalId, MenteeId, MilestoneId, StageId};
use crate::domain::rules::OutOfRange;
use crate::domain::template::{GoalLink, Plan, Template, check, plan};
use crate::domain::{SkillLevel, Workspace};
use chrono::NaiveDate;

/// Applies `t` to the mentee from `start`. [`Applied::count`] is how many things were added
/// (0 when the mentee already had everything). A template that breaks the format's rules (made
/// in code: one read from a file was checked) is refused.
pub fn apply(
    ws: &mut Workspace,
    mentee: &MenteeId,
    t: &Template,
    start: NaiveDate,
) -> Result<Applied, OpError> {
    let i = mentee_index(ws, mentee)?;
    check(t).map_err(|(field, message)| {
        OpError::OutOfRange(
            Field::Text,
            OutOfRange(crate::t!(
                "dom-op-template",
                name = t.name.as_str(),
                field = field.to_string(),
                message = message.to_string()
            )),
        )
    })?;
    let p = plan(t, start, &ws.mentees[i], ws).map_err(|e| OpError::OutOfRange(Field::Until, e))?;
    let count = p.count();
    let p = with_ids(ws, p)?;
    let m = ws.mentee_mut(i);
    for fill in &p.agreement {
        fill.fill(&mut m.agreement);
    }
    if let Some(title) = &p.path_title {
        m.path.title = title.clone();
    }
    let new_goals: Vec<GoalId> = p.goals.iter().map(|g| g.id.clone()).collect();
    let resolve = |links: &[GoalLink]| -> Vec<GoalId> {
        links
            .iter()
            .filter_map(|l| match l {
                GoalLink::Existing { id, .. } => Some(id.clone()),
                GoalLink::New(n) => new_goals.get(*n).cloned(),
            })
            .collect()
    };
    for added in &p.milestones {
        if let Some(g) = m.goals.iter_mut().find(|g| g.id == added.goal) {
            g.milestones.extend(added.milestones.iter().cloned());
        }
    }
    m.goals.extend(p.goals.iter().cloned());
    for links in &p.stage_links {
        if let Some(s) = m.path.stages.iter_mut().find(|s| s.id == links.stage) {
            s.goals.extend(resolve(&links.links));
        }
    }
    for planned in &p.stages {
        let mut stage = planned.stage.clone();
        stage.goals = resolve(&planned.links);
        m.path.stages.push(stage);
    }
    for (skill, target) in &p.levels {
        match m
            .skills
            .iter_mut()
            .find(|l| crate::domain::template::same_title(&l.skill, skill))
        {
            Some(level) => level.target = Some(*target),
            None => m.skills.push(SkillLevel {
                skill: skill.clone(),
                current: None,
                target: Some(*target),
            }),
        }
    }
    ws.skills.extend(p.skills.iter().cloned());
    let mut applied = Applied::mentee(i);
    applied.count = count;
    Ok(applied)
}

/// The plan with real IDs on every record it adds (all or nothing: on `Err` the counter may
/// have moved, but the operation works on a copy of the workspace).
fn with_ids(ws: &mut Workspace, mut p: Plan) -> Result<Plan, OpError> {
    for g in &mut p.goals {
        g.id = ws.new_id::<GoalId>()?;
        for k in &mut g.milestones {
            k.id = ws.new_id::<MilestoneId>()?;
        }
    }
    for added in &mut p.milestones {
        for k in &mut added.milestones {
            k.id = ws.new_id::<MilestoneId>()?;
        }
    }
    for s in &mut p.stages {
        s.stage.id = ws.new_id::<StageId>()?;
    }
    Ok(p)
}
