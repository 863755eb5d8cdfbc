//! Time from the command line: planned series, moving and cancelling sessions, and the agenda.

use super::args::SessionPlan;
use super::context::{CliError, Context, within};
use super::output::{Table, due_cell, key, print, print_json};
use crate::domain::dates::iso;
use crate::domain::mood::Levels;
use crate::domain::ops::{Op, SeriesPlan};
use crate::domain::rules;
use crate::domain::schedule;
use crate::domain::{Cadence, RecordRef, SessionStatus, Workspace, text};
use crate::t;
use chrono::NaiveTime;
use serde_json::json;

/// The session with this ID, or an error that says where to look.
fn session_of(ws: &Workspace, id: &str) -> Result<(usize, usize), CliError> {
    ws.find_session(id)
        .map_err(|e| CliError::Input(t!("cli-see-session-list", error = e.to_string())))
}

/// `mentor session plan`.
pub fn plan(ctx: &Context, a: SessionPlan) -> Result<(), CliError> {
    let time = NaiveTime::parse_from_str(a.at.trim(), "%H:%M")
        .map_err(|_| CliError::Input(t!("cli-plan-bad-time", at = format!("{:?}", a.at))))?;
    let until = ctx.opt_date(a.until.as_deref())?;
    let from = ctx.opt_date(a.from.as_deref())?;
    if let Some(m) = a.minutes {
        within("--minutes", rules::minutes(m))?;
    }
    let every = a.every.as_deref().map(Cadence::parse).transpose()?;
    let plan = SeriesPlan {
        from,
        time,
        every,
        count: a.count,
        until,
        minutes: a.minutes,
        channel: a.channel,
        agenda: a.agenda.unwrap_or_default(),
    };
    let (applied, ws) = ctx.apply(|ws| {
        let i = ws.resolve_mentee(&a.mentee)?;
        Ok(Op::PlanSeries {
            mentee: ws.mentees[i].id.clone(),
            plan,
        })
    })?;
    let Some(RecordRef::Series(series)) = &applied.created else {
        return Err(CliError::Input(t!("cli-plan-none")));
    };
    let (m, r) = ws
        .mentees
        .iter()
        .find_map(|m| m.series.iter().find(|r| &r.id == series).map(|r| (m, r)))
        .ok_or_else(|| CliError::Input(t!("cli-plan-none")))?;
    let last = m
        .sessions
        .iter()
        .filter(|s| s.series.as_ref().is_some_and(|slot| &slot.id == series))
        .map(|s| s.at)
        .max()
        .unwrap_or(r.first);
    let (count, first, name) = (applied.count, r.first, m.name.clone());
    print(&format!(
        "{}\n",
        crate::t!(
            "series-planned",
            sessions = crate::t!("count-sessions", count = count),
            name = text::line(&name),
            first = first.format("%Y-%m-%d %H:%M").to_string(),
            last = last.format("%Y-%m-%d %H:%M").to_string()
        )
    ))?;
    Ok(())
}

/// `mentor session move`.
pub fn move_session(ctx: &Context, id: &str, to: &str) -> Result<(), CliError> {
    let at = ctx.datetime(to)?;
    let (_, ws) = ctx.apply(|ws| {
        let (m, k) = session_of(ws, id)?;
        Ok(Op::MoveSession {
            session: ws.mentees[m].sessions[k].id.clone(),
            at,
        })
    })?;
    print(&format!(
        "{}\n",
        t!(
            "cli-session-moved",
            id = ws.session_id(id)?.to_string(),
            at = at.format("%Y-%m-%d %H:%M").to_string()
        )
    ))?;
    Ok(())
}

/// `mentor session cancel` and `mentor session held`.
/// `mentor session held`: a session whose day is still to come is marked held only with `--yes`.
pub fn held(
    ctx: &Context,
    id: &str,
    notes: (Option<String>, Option<String>),
    levels: super::args::LevelArgs,
    yes: bool,
) -> Result<(), CliError> {
    let levels = super::session::levels(&levels)?;
    set_status_checked(ctx, id, (SessionStatus::Held, yes), notes, levels)
}

pub fn set_status(
    ctx: &Context,
    id: &str,
    status: SessionStatus,
    notes: Option<String>,
    private_notes: Option<String>,
) -> Result<(), CliError> {
    set_status_checked(
        ctx,
        id,
        (status, true),
        (notes, private_notes),
        Levels::default(),
    )
}

fn set_status_checked(
    ctx: &Context,
    id: &str,
    (status, future_ok): (SessionStatus, bool),
    (notes, private_notes): (Option<String>, Option<String>),
    levels: Levels,
) -> Result<(), CliError> {
    let (_, ws) = ctx.apply(|ws| {
        let (m, k) = session_of(ws, id)?;
        Ok(Op::SetSessionStatus {
            session: ws.mentees[m].sessions[k].id.clone(),
            status,
            future_ok,
            notes,
            private_notes,
            levels,
        })
    })?;
    print(&format!(
        "{}\n",
        t!(
            "cli-session-status",
            id = ws.session_id(id)?.to_string(),
            status = key(&status)
        )
    ))?;
    Ok(())
}

/// `mentor agenda`.
pub fn agenda(ctx: &Context, days: u32, json: bool) -> Result<(), CliError> {
    let ws = ctx.read()?;
    let today = ctx.today();
    let a = schedule::agenda(&ws, today, days);
    if json {
        print_json(&json!({
            "from": iso(today).to_string(),
            "days": days,
            "checkins": a.checkins.iter().map(|(m, c)| json!({"mentee": m.id, "mentee_name": m.name, "due": c.due, "days_overdue": c.days_overdue})).collect::<Vec<_>>(),
            "sessions": a.sessions.iter().map(|(m, s)| json!({"mentee": m.id, "mentee_name": m.name, "id": s.id, "at": s.at, "minutes": s.minutes, "agenda": s.agenda})).collect::<Vec<_>>(),
            "actions": a.actions.iter().map(|(m, x)| json!({"mentee": m.id, "mentee_name": m.name, "id": x.id, "text": x.text, "owner": x.owner, "due": x.due})).collect::<Vec<_>>(),
            "milestones": a.milestones.iter().map(|(m, g, k)| json!({"mentee": m.id, "mentee_name": m.name, "goal": g.id, "id": k.id, "title": k.title, "due": k.due})).collect::<Vec<_>>(),
        }))?;
        return Ok(());
    }
    print(&agenda_text(&a, today, days))
}

/// `mentor agenda` as text: a title, then a table (or a line saying it is empty) per section.
fn agenda_text(a: &schedule::Agenda<'_>, today: chrono::NaiveDate, days: u32) -> String {
    let mut out = t!(
        "cli-agenda-title",
        from = iso(today).to_string(),
        days = days
    );
    out.push('\n');
    let mut section = |title: String, table: Table, empty: String| {
        out.push_str(&format!("\n{title}\n"));
        if table.is_empty() {
            out.push_str(&format!("  {empty}\n"));
        } else {
            out.push_str(&table.render(80));
        }
    };
    let mut t = Table::new(&[t!("cli-col-mentee"), t!("cli-col-due"), t!("cli-col-state")]);
    for (m, c) in &a.checkins {
        let state = if c.days_overdue > 0 {
            t!("cli-agenda-overdue", days = c.days_overdue)
        } else {
            t!("cli-agenda-due")
        };
        t.row(vec![m.name.clone(), iso(c.due).to_string(), state]);
    }
    section(t!("cli-agenda-checkins"), t, t!("cli-agenda-none-overdue"));
    let mut t = Table::new(&[
        t!("cli-col-when"),
        t!("cli-col-mentee"),
        t!("cli-col-id"),
        t!("cli-col-agenda"),
    ]);
    for (m, s) in &a.sessions {
        t.row(vec![
            s.at.format("%Y-%m-%d %H:%M").to_string(),
            m.name.clone(),
            s.id.to_string(),
            s.agenda.clone(),
        ]);
    }
    section(t!("cli-agenda-sessions"), t, t!("cli-agenda-none-planned"));
    let mut t = Table::new(&[
        t!("cli-col-due"),
        t!("cli-col-mentee"),
        t!("cli-col-owner"),
        t!("cli-col-id"),
        t!("cli-col-action"),
    ]);
    for (m, x) in &a.actions {
        let due = due_cell(x.due, x.due.is_some_and(|d| d < today));
        t.row(vec![
            due,
            m.name.clone(),
            x.owner.to_string(),
            x.id.to_string(),
            x.text.clone(),
        ]);
    }
    section(t!("cli-agenda-actions"), t, t!("cli-agenda-none-due"));
    let mut t = Table::new(&[
        t!("cli-col-due"),
        t!("cli-col-mentee"),
        t!("cli-col-id"),
        t!("cli-col-milestone"),
    ]);
    for (m, _, k) in &a.milestones {
        let due = due_cell(k.due, k.due.is_some_and(|d| d < today));
        t.row(vec![due, m.name.clone(), k.id.to_string(), k.title.clone()]);
    }
    section(t!("cli-agenda-milestones"), t, t!("cli-agenda-none-due"));
    out
}
