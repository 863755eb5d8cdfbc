//! `mentor goal ...` and `mentor milestone ...`.

use super::args::{GoalAdd, GoalCmd, MilestoneCmd};
use super::context::{CliError, Context, non_blank};
use super::output::{Table, due_cell, percent, print, print_json};
use crate::domain::derived::{goal_overdue, progress};
use crate::domain::ops::Op;
use crate::domain::smart::{self, SmartReport};
use crate::domain::{Goal, GoalId, Metric, Milestone, MilestoneId, RecordRef, Workspace, text};
use crate::t;
use chrono::NaiveDate;
use serde_json::{Value, json};
use std::borrow::Cow;

pub fn run_goal(ctx: &Context, cmd: GoalCmd) -> Result<(), CliError> {
    match cmd {
        GoalCmd::Add(a) => add(ctx, *a),
        GoalCmd::Edit(a) => super::edit::goal(ctx, *a),
        GoalCmd::Remove(a) => super::remove::remove(ctx, RecordRef::Goal(GoalId(a.id)), a.yes),
        GoalCmd::List { mentee, json } => list(ctx, mentee.as_deref(), json),
        GoalCmd::Check { mentee, json } => check(ctx, mentee.as_deref(), json),
        GoalCmd::Done { id } => {
            let (_, ws) = ctx.apply(|ws| Ok(Op::AchieveGoal(ws.goal_id(&id)?)))?;
            let (m, g) = ws.find_goal(&id)?;
            let goal = &ws.mentees[m].goals[g];
            let title = text::line(&goal.title);
            let id = goal.id.to_string();
            print(&format!(
                "{}\n",
                t!("cli-goal-achieved", id = id, title = title)
            ))?;
            Ok(())
        }
        GoalCmd::Progress { id, value } => {
            let (_, ws) = ctx.apply(|ws| {
                Ok(Op::GoalProgress {
                    goal: ws.goal_id(&id)?,
                    value,
                })
            })?;
            let (m, g) = ws.find_goal(&id)?;
            let goal = &ws.mentees[m].goals[g];
            let metric = goal
                .metric
                .as_ref()
                .map(|m| m.to_string())
                .unwrap_or_default();
            print(&format!(
                "{}\n",
                t!(
                    "cli-goal-progress",
                    id = goal.id.to_string(),
                    metric = text::line(&metric),
                    percent = percent(progress(goal))
                )
            ))?;
            Ok(())
        }
    }
}

fn add(ctx: &Context, a: GoalAdd) -> Result<(), CliError> {
    let title = non_blank(&a.title, &t!("cli-what-title"))?;
    let due = ctx.opt_date(a.due.as_deref())?;
    let metric = match (a.metric, a.target) {
        (Some(what), Some(target)) => {
            if !a.baseline.is_finite() || !target.is_finite() {
                return Err(CliError::Input(t!("cli-goal-not-numbers")));
            }
            Some(Metric {
                what: non_blank(&what, "--metric")?,
                baseline: a.baseline,
                target,
                current: None,
                unit: a.unit.unwrap_or_default(),
            })
        }
        _ => None,
    };
    let today = ctx.today();
    let mut g = Goal::new(GoalId::from_number(0), &title, today);
    g.status = a.status;
    g.specific = a.specific.unwrap_or_default();
    g.metric = metric;
    g.criterion = a.criterion.unwrap_or_default();
    g.achievable = a.achievable.unwrap_or_default();
    g.relevant = a.relevant.unwrap_or_default();
    g.due = due;
    g.skills = a
        .skill
        .iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let (applied, ws) = ctx.apply(|ws| {
        let i = ws.resolve_mentee(&a.mentee)?;
        Ok(Op::AddGoal {
            mentee: ws.mentees[i].id.clone(),
            goal: Box::new(g),
        })
    })?;
    let Some(RecordRef::Goal(id)) = applied.created else {
        return Err(CliError::Input(t!("cli-goal-not-added")));
    };
    let (m, k) = ws.find_goal(id.as_str())?;
    let goal = &ws.mentees[m].goals[k];
    let report = smart::check(goal, today);
    let mut out = t!(
        "cli-goal-added",
        id = goal.id.to_string(),
        title = text::line(&goal.title),
        smart = report.strip()
    );
    out.push('\n');
    out.push_str(&reasons(&report));
    print(&out)?;
    Ok(())
}

fn reasons(report: &SmartReport) -> String {
    report
        .missing()
        .filter_map(|l| l.reason.as_ref())
        .map(|r| format!("  {}\n", text::line(&r.to_string())))
        .collect()
}

/// The goals to show: one mentee's, or everyone's, with the mentee's index.
fn goals<'a>(ws: &'a Workspace, mentee: Option<&str>) -> Result<Vec<(usize, &'a Goal)>, CliError> {
    let only = mentee.map(|q| ws.resolve_mentee(q)).transpose()?;
    Ok(ws
        .mentees
        .iter()
        .enumerate()
        .filter(|(i, _)| only.is_none_or(|o| o == *i))
        .flat_map(|(i, m)| m.goals.iter().map(move |g| (i, g)))
        .collect())
}

fn list(ctx: &Context, mentee: Option<&str>, json: bool) -> Result<(), CliError> {
    let ws = ctx.read_for(mentee)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    write_goal_list(
        &mut out,
        &ws,
        mentee,
        json,
        ctx.today(),
        super::output::width(),
    )
    .and_then(|()| std::io::Write::flush(&mut out).map_err(CliError::io(t!("cli-io-list"))))
    .map_err(CliError::on_stdout)
}

/// One goal as `goal list --json` writes it: the goal's own fields, then what is derived.
#[derive(serde::Serialize)]
struct GoalRow<'a> {
    #[serde(flatten)]
    goal: &'a Goal,
    mentee: &'a crate::domain::MenteeId,
    mentee_name: &'a str,
    progress: Option<f64>,
    smart: String,
    overdue: bool,
}

/// The rows of `goal list --json`, serialised one at a time (no copy of the whole list).
struct GoalRows<'a> {
    ws: &'a Workspace,
    rows: &'a [(usize, &'a Goal)],
    today: NaiveDate,
}

impl serde::Serialize for GoalRows<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.rows.iter().map(|(i, g)| GoalRow {
            goal: g,
            mentee: &self.ws.mentees[*i].id,
            mentee_name: &self.ws.mentees[*i].name,
            progress: progress(g),
            smart: smart::check(g, self.today).strip(),
            overdue: goal_overdue(g, self.today),
        }))
    }
}

/// Writes what `mentor goal list` prints for `ws` to `out`: every goal (or one mentee's) as a
/// table fitted to `width` columns, or with `json` as pretty JSON, ending in a newline. The
/// JSON is streamed record by record, so a large workspace is never held twice.
pub fn write_goal_list(
    out: &mut dyn std::io::Write,
    ws: &Workspace,
    mentee: Option<&str>,
    json: bool,
    today: NaiveDate,
    width: usize,
) -> Result<(), CliError> {
    let rows = goals(ws, mentee)?;
    let io = CliError::io(t!("cli-io-list"));
    if json {
        crate::store::json::to_writer_pretty(
            &mut *out,
            &GoalRows {
                ws,
                rows: &rows,
                today,
            },
        )
        .map_err(|e| CliError::io(t!("cli-io-json"))(e.into()))?;
        return out.write_all(b"\n").map_err(io);
    }
    // The headers are looked up once for the whole list, not once per row.
    let mut table = Table::new(&[
        t!("cli-col-id"),
        t!("cli-col-mentee"),
        t!("cli-col-goal"),
        t!("cli-col-status"),
        t!("cli-col-due"),
        t!("cli-col-smart"),
        t!("cli-col-done"),
    ]);
    for (i, g) in rows {
        let due = due_cell(g.due, goal_overdue(g, today));
        table.cells([
            Cow::Borrowed(g.id.as_str()),
            Cow::Borrowed(ws.mentees[i].name.as_str()),
            Cow::Borrowed(g.title.as_str()),
            Cow::Owned(g.status.to_string()),
            Cow::Owned(due),
            Cow::Owned(smart::check(g, today).strip()),
            Cow::Owned(percent(progress(g))),
        ]);
    }
    let text = table.render_or(&t!("cli-goal-list-empty"), width);
    out.write_all(text.as_bytes()).map_err(io)
}

/// [`write_goal_list`] into a string. Public so that the benchmarks measure exactly the
/// command's work without starting a process.
pub fn goal_list_text(
    ws: &Workspace,
    mentee: Option<&str>,
    json: bool,
    today: NaiveDate,
    width: usize,
) -> Result<String, CliError> {
    let mut out = Vec::new();
    write_goal_list(&mut out, ws, mentee, json, today, width)?;
    Ok(String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

fn check(ctx: &Context, mentee: Option<&str>, json: bool) -> Result<(), CliError> {
    let ws = ctx.read_for(mentee)?;
    let today = ctx.today();
    let rows = goals(&ws, mentee)?;
    if json {
        let out: Vec<Value> = rows
            .iter()
            .map(|(i, g)| {
                let r = smart::check(g, today);
                json!({
                    "id": g.id,
                    "title": g.title,
                    "mentee": ws.mentees[*i].id,
                    "smart": r.strip(),
                    "is_smart": r.is_smart(),
                    "letters": r.letters,
                })
            })
            .collect();
        print_json(&out)?;
        return Ok(());
    }
    if rows.is_empty() {
        print(&format!("{}\n", t!("cli-goal-check-empty")))?;
        return Ok(());
    }
    let mut out = String::new();
    let mut complete = 0;
    for (i, g) in &rows {
        let r = smart::check(g, today);
        complete += usize::from(r.is_smart());
        out.push_str(&format!(
            "{:<6}{}  {}  ({})\n",
            g.id,
            r.strip(),
            text::line(&g.title),
            text::line(&ws.mentees[*i].name)
        ));
        out.push_str(&reasons(&r));
    }
    out.push_str(&t!(
        "cli-goal-check-total",
        complete = complete,
        count = rows.len()
    ));
    out.push('\n');
    print(&out)?;
    Ok(())
}

pub fn run_milestone(ctx: &Context, cmd: MilestoneCmd) -> Result<(), CliError> {
    match cmd {
        MilestoneCmd::Add { goal, title, due } => {
            let title = non_blank(&title, &t!("cli-what-title"))?;
            let due = ctx.opt_date(due.as_deref())?;
            let (applied, ws) = ctx.apply(|ws| {
                Ok(Op::AddMilestone {
                    goal: ws.goal_id(&goal)?,
                    milestone: Milestone::new(MilestoneId::from_number(0), &title, due),
                })
            })?;
            let id = applied.created.map(|r| r.to_string()).unwrap_or_default();
            let goal = ws.goal_id(&goal)?;
            let goal = goal.to_string();
            print(&format!(
                "{}\n",
                t!("cli-milestone-added", id = id, goal = goal)
            ))?;
            Ok(())
        }
        MilestoneCmd::Edit(a) => super::edit::milestone(ctx, a),
        MilestoneCmd::Remove(a) => {
            super::remove::remove(ctx, RecordRef::Milestone(MilestoneId(a.id)), a.yes)
        }
        MilestoneCmd::Done { id } => {
            let (_, ws) = ctx.apply(|ws| {
                Ok(Op::SetDone {
                    target: RecordRef::Milestone(ws.milestone_id(&id)?),
                    done: true,
                })
            })?;
            let (m, g, k) = ws.find_milestone(&id)?;
            let goal = &ws.mentees[m].goals[g];
            print(&format!(
                "{}\n",
                t!(
                    "cli-milestone-done",
                    id = goal.milestones[k].id.to_string(),
                    goal = goal.id.to_string(),
                    percent = percent(progress(goal))
                )
            ))?;
            Ok(())
        }
    }
}
