//! `mentor goal|milestone|session|action|feedback|connection edit` and `session cancel-series`:
//! each takes the record as it is, changes what the options say, and applies the same edit
//! operation as the app's form (which checks it).

use super::args::{ActionEdit, ConnectionEdit, FeedbackEdit, GoalEdit, MilestoneEdit, SessionEdit};
use super::context::{CliError, Context, goal_named, non_blank, within};
use super::output::key;
use super::output::print;
use crate::domain::ops::Op;
use crate::domain::text::line;
use crate::domain::{Metric, SeriesId, Visibility, Workspace, rules};
use crate::t;

/// Sets `slot` when a value was given.
fn set<T>(slot: &mut T, value: Option<T>) {
    if let Some(v) = value {
        *slot = v;
    }
}

/// A date option with its `--clear-...` option: `Some(None)` clears, `None` leaves as is.
fn date_change(
    ctx: &Context,
    given: Option<&str>,
    clear: bool,
) -> Result<Option<Option<chrono::NaiveDate>>, CliError> {
    Ok(match (given, clear) {
        (_, true) => Some(None),
        (Some(d), false) => Some(Some(ctx.date(d)?)),
        (None, false) => None,
    })
}

/// Says what was updated.
/// `Updated what.` (`what` is one of the `cli-label-*` texts), made safe to print.
fn updated(what: &str) -> Result<(), CliError> {
    print(&format!("{}\n", t!("cli-updated", what = line(what))))
}

pub fn goal(ctx: &Context, a: GoalEdit) -> Result<(), CliError> {
    let title = a
        .title
        .as_deref()
        .map(|t| non_blank(t, &t!("cli-what-title")))
        .transpose()?;
    let due = date_change(ctx, a.due.as_deref(), a.clear_due)?;
    let (_, ws) = ctx.apply(|ws| {
        let (m, k) = ws.find_goal(&a.id)?;
        let mut g = ws.mentees[m].goals[k].clone();
        set(&mut g.title, title);
        set(&mut g.specific, a.specific.clone());
        set(&mut g.criterion, a.criterion.clone());
        set(&mut g.achievable, a.achievable.clone());
        set(&mut g.relevant, a.relevant.clone());
        set(&mut g.due, due);
        set(&mut g.status, a.status);
        if a.no_skills {
            g.skills.clear();
        } else if !a.skill.is_empty() {
            g.skills = a.skill.iter().map(|s| s.trim().to_string()).collect();
            g.skills.retain(|s| !s.is_empty());
        }
        g.metric = metric(g.metric.take(), &a)?;
        Ok(Op::EditGoal(Box::new(g)))
    })?;
    let (m, k) = ws.find_goal(&a.id)?;
    let g = &ws.mentees[m].goals[k];
    updated(&t!(
        "cli-what-goal",
        id = g.id.to_string(),
        title = g.title.as_str()
    ))
}

/// The goal's metric after the metric options.
fn metric(old: Option<Metric>, a: &GoalEdit) -> Result<Option<Metric>, CliError> {
    if a.no_metric {
        return Ok(None);
    }
    let given = a.metric.is_some() || a.baseline.is_some() || a.target.is_some();
    let mut m = match (old, &a.metric, a.target) {
        (Some(m), _, _) => m,
        (None, Some(what), Some(target)) => Metric {
            what: what.clone(),
            baseline: 0.0,
            target,
            current: None,
            unit: String::new(),
        },
        (None, _, _) if given || a.unit.is_some() => {
            return Err(CliError::Input(t!("cli-edit-no-metric")));
        }
        (None, _, _) => return Ok(None),
    };
    set(&mut m.what, a.metric.clone());
    set(&mut m.baseline, a.baseline);
    set(&mut m.target, a.target);
    set(&mut m.unit, a.unit.clone());
    Ok(Some(m))
}

pub fn milestone(ctx: &Context, a: MilestoneEdit) -> Result<(), CliError> {
    let title = a
        .title
        .as_deref()
        .map(|t| non_blank(t, &t!("cli-what-title")))
        .transpose()?;
    let due = date_change(ctx, a.due.as_deref(), a.clear_due)?;
    let (_, ws) = ctx.apply(|ws| {
        let (m, g, x) = ws.find_milestone(&a.id)?;
        let mut k = ws.mentees[m].goals[g].milestones[x].clone();
        set(&mut k.title, title);
        set(&mut k.due, due);
        set(&mut k.note, a.note);
        Ok(Op::EditMilestone(k))
    })?;
    let (m, g, x) = ws.find_milestone(&a.id)?;
    let k = &ws.mentees[m].goals[g].milestones[x];
    updated(&t!(
        "cli-what-milestone",
        id = k.id.to_string(),
        title = k.title.as_str()
    ))
}

pub fn session(ctx: &Context, a: SessionEdit) -> Result<(), CliError> {
    let at = a.at.as_deref().map(|t| ctx.datetime(t)).transpose()?;
    if let Some(m) = a.minutes {
        within("--minutes", rules::minutes(m))?;
    }
    let levels = super::session::levels(&a.levels)?;
    let (_, ws) = ctx.apply(|ws| {
        let (m, k) = ws.find_session(&a.id)?;
        let mut s = ws.mentees[m].sessions[k].clone();
        levels.set_on(&mut s);
        set(&mut s.at, at);
        set(&mut s.minutes, a.minutes.map(Some));
        set(&mut s.channel, a.channel.map(Some));
        set(&mut s.agenda, a.agenda);
        set(&mut s.shared_notes, a.notes);
        set(&mut s.private_notes, a.private_notes);
        if a.no_goals {
            s.goals.clear();
        } else if !a.goals.is_empty() {
            // The operation refuses a goal that is not the mentee's.
            s.goals = (a.goals.iter().map(|g| goal_named(ws, g))).collect::<Result<_, _>>()?;
            s.goals.dedup();
        }
        Ok(Op::EditSession(Box::new(s)))
    })?;
    let (m, k) = ws.find_session(&a.id)?;
    let s = &ws.mentees[m].sessions[k];
    updated(&t!(
        "cli-what-session",
        id = s.id.to_string(),
        name = ws.mentees[m].name.as_str(),
        at = s.at.format("%Y-%m-%d %H:%M").to_string()
    ))
}

pub fn action(ctx: &Context, a: ActionEdit) -> Result<(), CliError> {
    let text = a
        .text
        .as_deref()
        .map(|t| non_blank(t, &t!("cli-what-text")))
        .transpose()?;
    let due = date_change(ctx, a.due.as_deref(), a.clear_due)?;
    let (_, ws) = ctx.apply(|ws| {
        let (m, s, x) = ws.find_action(&a.id)?;
        let mut item = ws.mentees[m].sessions[s].actions[x].clone();
        set(&mut item.text, text);
        set(&mut item.owner, a.owner);
        set(&mut item.due, due);
        Ok(Op::EditAction(item))
    })?;
    let (m, s, x) = ws.find_action(&a.id)?;
    let item = &ws.mentees[m].sessions[s].actions[x];
    updated(&t!(
        "cli-what-action-item",
        id = item.id.to_string(),
        text = item.text.as_str()
    ))
}

pub fn feedback(ctx: &Context, a: FeedbackEdit) -> Result<(), CliError> {
    let text = a
        .text
        .as_deref()
        .map(|t| non_blank(t, &t!("cli-what-text")))
        .transpose()?;
    let date = ctx.opt_date(a.date.as_deref())?;
    let goal = |ws: &Workspace| match (&a.goal, a.no_goal) {
        (_, true) => Ok(Some(None)),
        (Some(g), false) => goal_named(ws, g).map(|g| Some(Some(g))),
        (None, false) => Ok(None),
    };
    let visibility = match (a.private, a.shared) {
        (true, _) => Some(Visibility::Private),
        (false, true) => Some(Visibility::Shared),
        (false, false) => None,
    };
    let (_, ws) = ctx.apply(|ws| {
        let (m, k) = ws.find_feedback(&a.id)?;
        let mut f = ws.mentees[m].feedback[k].clone();
        set(&mut f.kind, a.kind);
        set(&mut f.text, text);
        set(&mut f.goal, goal(ws)?);
        set(&mut f.visibility, visibility);
        set(&mut f.date, date);
        Ok(Op::EditFeedback(f))
    })?;
    let (m, k) = ws.find_feedback(&a.id)?;
    let f = &ws.mentees[m].feedback[k];
    updated(&t!(
        "cli-what-feedback",
        visibility = key(&f.visibility),
        kind = key(&f.kind),
        id = f.id.to_string()
    ))
}

pub fn connection(ctx: &Context, a: ConnectionEdit) -> Result<(), CliError> {
    let title = a
        .title
        .as_deref()
        .map(|t| non_blank(t, &t!("cli-what-title")))
        .transpose()?;
    let date = date_change(ctx, a.date.as_deref(), a.clear_date)?;
    let (_, ws) = ctx.apply(|ws| {
        let (m, k) = ws.find_connection(&a.id)?;
        let mut c = ws.mentees[m].connections[k].clone();
        set(&mut c.kind, a.kind);
        set(&mut c.title, title);
        set(&mut c.who, a.who);
        set(&mut c.note, a.note);
        set(&mut c.status, a.status);
        set(&mut c.date, date);
        Ok(Op::EditConnection(c))
    })?;
    let (m, k) = ws.find_connection(&a.id)?;
    let c = &ws.mentees[m].connections[k];
    updated(&t!(
        "cli-what-connection",
        kind = key(&c.kind),
        id = c.id.to_string(),
        title = c.title.as_str()
    ))
}

/// `mentor session cancel-series`: `id` is a session of the series or the series itself.
pub fn cancel_series(ctx: &Context, id: &str, from: Option<&str>) -> Result<(), CliError> {
    let from = ctx.opt_date(from)?;
    let (applied, _) = ctx.apply(|ws| {
        let (series, start) = series_of(ws, id)?;
        Ok(Op::CancelSeries {
            series,
            from: from.or(start).unwrap_or(ctx.today()),
        })
    })?;
    print(&format!(
        "{}\n",
        t!("cli-series-cancelled", count = applied.count, id = id)
    ))
}

/// The series `id` names, and the day of the session when it names one.
fn series_of(ws: &Workspace, id: &str) -> Result<(SeriesId, Option<chrono::NaiveDate>), CliError> {
    let short = id.split_once('.').map_or(id, |(short, _)| short);
    if short.starts_with(SeriesId::PREFIX) && SeriesId(short.into()).number().is_some() {
        return Ok((ws.series_id(id)?, None));
    }
    let (m, k) = ws.find_session(id)?;
    let s = &ws.mentees[m].sessions[k];
    match &s.series {
        Some(slot) => Ok((slot.id.clone(), Some(s.at.date_naive()))),
        None => Err(CliError::Input(t!("cli-not-a-series", id = id))),
    }
}
