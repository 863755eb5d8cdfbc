//! Goals and their milestones: add, edit, achieve, reopen, record progress; milestones added,
//! edited, and marked done or open (see [`set_milestone_done`]).

use super::{Applied, Ctx, Field, OpError, mentee_index, milestone_at, non_blank};
use crate::domain::ids::{GoalId, MenteeId, MilestoneId, RecordRef};
use crate::domain::{Goal, GoalStatus, Metric, Milestone, Workspace};

/// The mentee and goal index of the goal with this ID.
fn goal_at(ws: &Workspace, id: &GoalId) -> Result<(usize, usize), OpError> {
    Ok(ws.find_goal(id.as_str())?)
}

/// A metric, when there is one, says what is counted and holds numbers.
fn check_metric(metric: Option<&Metric>) -> Result<(), OpError> {
    let Some(m) = metric else { return Ok(()) };
    non_blank(&m.what, Field::Metric)?;
    let numbers = [Some(m.baseline), Some(m.target), m.current];
    if numbers.iter().flatten().any(|n| !n.is_finite()) {
        return Err(OpError::OutOfRange(
            Field::Target,
            crate::domain::rules::OutOfRange(crate::t!("dom-op-numbers")),
        ));
    }
    Ok(())
}

/// The achieve rule, the one place `achieved_on` is decided: an achieved goal keeps the day it
/// was first recorded achieved (achieving it again, or editing it, does not move the day); a
/// goal achieved now gets today; a goal that is not achieved has no day.
fn achieved_on(g: &mut Goal, earlier: Option<chrono::NaiveDate>, today: chrono::NaiveDate) {
    g.achieved_on = match g.status {
        GoalStatus::Achieved => Some(earlier.or(g.achieved_on).unwrap_or(today)),
        _ => None,
    };
}

pub fn add(
    ws: &mut Workspace,
    ctx: &Ctx,
    mentee: &MenteeId,
    mut g: Goal,
) -> Result<Applied, OpError> {
    let i = mentee_index(ws, mentee)?;
    non_blank(&g.title, Field::Title)?;
    check_metric(g.metric.as_ref())?;
    g.skills = super::path::skill_list(ws, &g.skills)?;
    g.id = ws.new_id::<GoalId>()?;
    for k in &mut g.milestones {
        k.id = ws.new_id::<MilestoneId>()?;
    }
    achieved_on(&mut g, None, ctx.today);
    let id = g.id.clone();
    ws.mentee_mut(i).goals.push(g);
    Ok(Applied::mentee(i).created(RecordRef::Goal(id)))
}

/// Replaces the goal with `g`'s ID by `g` (milestones included).
pub fn edit(ws: &mut Workspace, ctx: &Ctx, mut g: Goal) -> Result<Applied, OpError> {
    let (m, k) = goal_at(ws, &g.id)?;
    non_blank(&g.title, Field::Title)?;
    check_metric(g.metric.as_ref())?;
    g.skills = super::path::skill_list(ws, &g.skills)?;
    let earlier = ws.mentees[m].goals[k].achieved_on;
    achieved_on(&mut g, earlier, ctx.today);
    ws.mentee_mut(m).goals[k] = g;
    Ok(Applied::mentee(m))
}

/// Marks the goal achieved; a goal already achieved keeps its day.
pub fn achieve(ws: &mut Workspace, ctx: &Ctx, id: &GoalId) -> Result<Applied, OpError> {
    let (m, k) = goal_at(ws, id)?;
    let g = &mut ws.mentee_mut(m).goals[k];
    let earlier = g.achieved_on;
    g.status = GoalStatus::Achieved;
    achieved_on(g, earlier, ctx.today);
    Ok(Applied::mentee(m))
}

/// Makes the goal active again (it loses its achieved day).
pub fn reopen(ws: &mut Workspace, id: &GoalId) -> Result<Applied, OpError> {
    let (m, k) = goal_at(ws, id)?;
    let g = &mut ws.mentee_mut(m).goals[k];
    g.status = GoalStatus::Active;
    g.achieved_on = None;
    Ok(Applied::mentee(m))
}

pub fn progress(ws: &mut Workspace, id: &GoalId, value: f64) -> Result<Applied, OpError> {
    if !value.is_finite() {
        return Err(OpError::OutOfRange(
            Field::Value,
            crate::domain::rules::OutOfRange(crate::t!(
                "dom-op-metric-number",
                value = value.to_string()
            )),
        ));
    }
    let (m, k) = goal_at(ws, id)?;
    if ws.mentees[m].goals[k].metric.is_none() {
        return Err(OpError::NoMetric(id.clone()));
    }
    if let Some(metric) = ws.mentee_mut(m).goals[k].metric.as_mut() {
        metric.current = Some(value);
    }
    Ok(Applied::mentee(m))
}

pub fn add_milestone(
    ws: &mut Workspace,
    goal: &GoalId,
    mut k: Milestone,
) -> Result<Applied, OpError> {
    let (m, g) = goal_at(ws, goal)?;
    non_blank(&k.title, Field::Title)?;
    k.id = ws.new_id::<MilestoneId>()?;
    let id = k.id.clone();
    ws.mentee_mut(m).goals[g].milestones.push(k);
    Ok(Applied::mentee(m).created(RecordRef::Milestone(id)))
}

pub fn edit_milestone(ws: &mut Workspace, k: Milestone) -> Result<Applied, OpError> {
    let (m, g, x) = milestone_at(ws, &k.id)?;
    non_blank(&k.title, Field::Title)?;
    ws.mentee_mut(m).goals[g].milestones[x] = k;
    Ok(Applied::mentee(m))
}

/// Marks the milestone done (a milestone already done keeps its day) or open again.
pub fn set_milestone_done(
    ws: &mut Workspace,
    ctx: &Ctx,
    id: &MilestoneId,
    done: bool,
) -> Result<Applied, OpError> {
    let (m, g, x) = milestone_at(ws, id)?;
    let k = &mut ws.mentee_mut(m).goals[g].milestones[x];
    if done {
        k.done_on.get_or_insert(ctx.today);
    } else {
        k.done_on = None;
    }
    Ok(Applied::mentee(m))
}
