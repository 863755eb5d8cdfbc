//! The goal and milestone forms.

use super::super::form::{Field, FieldKind as K, Form, FormTarget};
use super::super::state::State;
use super::{Done, Refusal, date, run};
use crate::domain::goal::fmt_number;
use crate::domain::ops::Op;
use crate::domain::workspace::parse_kebab;
use crate::domain::{Goal, GoalId, GoalStatus, Metric, Milestone, MilestoneId};
use crate::t;

pub fn goal_form(target: FormTarget, g: Option<&Goal>) -> Form {
    let title = match g {
        Some(g) => t!("app-title-edit-goal", title = g.title.as_str()),
        None => t!("app-title-new-goal"),
    };
    let metric = g.and_then(|g| g.metric.as_ref());
    let num = |n: Option<f64>| n.map(fmt_number).unwrap_or_default();
    let fields = vec![
        Field::new(
            "Title",
            K::Required,
            g.map(|g| g.title.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Status",
            K::Choice(GoalStatus::NAMES),
            g.map_or("draft", |g| g.status.name()),
        ),
        Field::new(
            "Specific",
            K::Notes,
            g.map(|g| g.specific.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Metric",
            K::Text,
            metric.map(|m| m.what.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Baseline",
            K::Number { required: false },
            num(metric.map(|m| m.baseline)),
        ),
        Field::new(
            "Target",
            K::Number { required: false },
            num(metric.map(|m| m.target)),
        ),
        Field::new(
            "Current",
            K::Number { required: false },
            num(metric.and_then(|m| m.current)),
        ),
        Field::new(
            "Unit",
            K::Text,
            metric.map(|m| m.unit.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Criterion",
            K::Text,
            g.map(|g| g.criterion.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Achievable",
            K::Text,
            g.map(|g| g.achievable.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Relevant",
            K::Text,
            g.map(|g| g.relevant.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Due",
            K::Date { required: false },
            date(g.and_then(|g| g.due)),
        ),
        Field::new(
            "Skills",
            K::List,
            g.map(|g| g.skills.join(", ")).unwrap_or_default(),
        ),
    ];
    Form::new(target, title, fields).shared_except(&[])
}

fn fill_goal(g: &mut Goal, form: &Form, today: chrono::NaiveDate) -> Result<(), Refusal> {
    let what = form.text("Metric");
    let target = form.opt_number("Target");
    g.metric = match (what.is_empty(), target) {
        (true, None) => None,
        (true, Some(_)) => return Err(Some(("Metric", t!("app-check-metric")))),
        (false, None) => return Err(Some(("Target", t!("app-check-target")))),
        (false, Some(target)) => Some(Metric {
            what,
            baseline: form.opt_number("Baseline").unwrap_or(0.0),
            target,
            current: form.opt_number("Current"),
            unit: form.text("Unit"),
        }),
    };
    g.title = form.text("Title");
    // The day it was achieved follows the achieve rule of the operation.
    g.status = parse_kebab(&form.text("Status")).unwrap_or_default();
    g.specific = form.text("Specific");
    g.criterion = form.text("Criterion");
    g.achievable = form.text("Achievable");
    g.relevant = form.text("Relevant");
    g.due = form.opt_date("Due", today);
    g.skills = form.list("Skills");
    Ok(())
}

pub fn apply_goal(state: &mut State, form: &Form, target: &FormTarget) -> Result<Done, Refusal> {
    let today = state.today;
    let title = form.text("Title");
    let (op, label) = match target {
        FormTarget::Goal(id) => {
            let (m, k) = state.ws.find_goal(id.as_str()).map_err(|_| None)?;
            let mut g = state.ws.mentees[m].goals[k].clone();
            fill_goal(&mut g, form, today)?;
            (
                Op::EditGoal(Box::new(g)),
                t!("app-did-edit-goal", title = title.as_str()),
            )
        }
        FormTarget::NewGoal { mentee } => {
            let mut g = Goal::new(GoalId::from_number(0), &title, today);
            fill_goal(&mut g, form, today)?;
            let op = Op::AddGoal {
                mentee: mentee.clone(),
                goal: Box::new(g),
            };
            (op, t!("app-did-add-goal", title = title.as_str()))
        }
        _ => return Err(None),
    };
    run(state, op, label, "")
}

pub fn milestone_form(target: FormTarget, k: Option<&Milestone>) -> Form {
    let title = match k {
        Some(k) => t!("app-title-edit-milestone", title = k.title.as_str()),
        None => t!("app-title-new-milestone"),
    };
    let fields = vec![
        Field::new(
            "Title",
            K::Required,
            k.map(|k| k.title.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Due",
            K::Date { required: false },
            date(k.and_then(|k| k.due)),
        ),
        Field::new(
            "Note",
            K::Notes,
            k.map(|k| k.note.clone()).unwrap_or_default(),
        ),
    ];
    Form::new(target, title, fields).shared_except(&[])
}

pub fn apply_milestone(
    state: &mut State,
    form: &Form,
    target: &FormTarget,
) -> Result<Done, Refusal> {
    let today = state.today;
    let title = form.text("Title");
    let fill = |k: &mut Milestone| {
        k.title = form.text("Title");
        k.due = form.opt_date("Due", today);
        k.note = form.text("Note");
    };
    let (op, label) = match target {
        FormTarget::Milestone(id) => {
            let (m, g, x) = state.ws.find_milestone(id.as_str()).map_err(|_| None)?;
            let mut k = state.ws.mentees[m].goals[g].milestones[x].clone();
            fill(&mut k);
            (
                Op::EditMilestone(k),
                t!("app-did-edit-milestone", title = title.as_str()),
            )
        }
        FormTarget::NewMilestone { goal } => {
            let mut k = Milestone::new(MilestoneId::from_number(0), &title, None);
            fill(&mut k);
            let op = Op::AddMilestone {
                goal: goal.clone(),
                milestone: k,
            };
            (op, t!("app-did-add-milestone", title = title.as_str()))
        }
        _ => return Err(None),
    };
    run(state, op, label, "")
}
