//! Time from the command line: planned series, moving and cancelling sessions, and the agenda.

use super::args::SessionPlan;
use super::context::{CliError, Context, within};
use super::output::{Table, due_cell, print, print_json};
use crate::domain::dates::iso;
use crate::domain::derived::cadence_due;
use crate::domain::rules;
use crate::domain::schedule::{self, occurrences};
use crate::domain::text::plural;
use crate::domain::{
    Cadence, Series, SeriesId, SeriesSlot, Session, SessionId, SessionStatus, Workspace, text,
};
use chrono::NaiveTime;
use serde_json::json;

/// The session with this ID, or an error that says where to look.
fn session_of(ws: &Workspace, id: &str) -> Result<(usize, usize), CliError> {
    ws.find_session(id)
        .map_err(|e| CliError::Input(format!("{e} (see `mentor session list`)")))
}

/// `mentor session plan`.
pub fn plan(ctx: &Context, a: SessionPlan) -> Result<(), CliError> {
    let time = NaiveTime::parse_from_str(a.at.trim(), "%H:%M")
        .map_err(|_| CliError::Input(format!("--at {:?}: give a time of day like 10:00", a.at)))?;
    let until = ctx.opt_date(a.until.as_deref())?;
    let from = ctx.opt_date(a.from.as_deref())?;
    if let Some(m) = a.minutes {
        within("--minutes", rules::minutes(m))?;
    }
    let every = a.every.as_deref().map(Cadence::parse).transpose()?;
    let (count, first, last, name) = ctx.edit(|ws| {
        let i = ws.resolve_mentee(&a.mentee)?;
        let m = &ws.mentees[i];
        let every = every.or(m.agreement.cadence).ok_or_else(|| {
            CliError::Input(format!(
                "{} has no cadence in the agreement; say how often with --every",
                m.name
            ))
        })?;
        let from = from
            .or_else(|| cadence_due(m).map(|d| d.max(ctx.today())))
            .unwrap_or_else(|| ctx.today() + chrono::Duration::days(1));
        // Without an end: the agreement's end date, else six sessions.
        let (count, until) = match (a.count, until, m.agreement.ends_on) {
            (None, None, Some(end)) if end >= from => (None, Some(end)),
            (None, None, _) => (Some(6), None),
            other => (other.0, other.1),
        };
        let moments = occurrences(&chrono::Local, from, time, every, count, until)
            .map_err(|e| CliError::Input(e.to_string()))?;
        let minutes = a.minutes.or(m.agreement.session_minutes);
        let channel = a.channel.or_else(|| m.agreement.channels.first().copied());
        let series_id = SeriesId::from_number(ws.alloc()?);
        let mut sessions = Vec::new();
        for at in &moments {
            let mut s = Session::new(
                SessionId::from_number(ws.alloc()?),
                *at,
                SessionStatus::Planned,
            );
            s.minutes = minutes;
            s.channel = channel;
            s.agenda = a.agenda.clone().unwrap_or_default();
            s.series = Some(SeriesSlot {
                id: series_id.clone(),
                slot: *at,
            });
            sessions.push(s);
        }
        let m = ws.mentee_mut(i);
        m.series.push(Series {
            id: series_id,
            every,
            first: moments[0],
            count: moments.len() as u32,
            minutes,
        });
        m.sessions.extend(sessions);
        let last = moments.last().copied().unwrap_or(moments[0]);
        Ok((moments.len(), moments[0], last, m.name.clone()))
    })?;
    print(&format!(
        "Planned {} with {} from {} to {}.\n",
        plural(count, "session", "sessions"),
        text::line(&name),
        first.format("%Y-%m-%d %H:%M"),
        last.format("%Y-%m-%d %H:%M")
    ))?;
    Ok(())
}

/// `mentor session move`.
pub fn move_session(ctx: &Context, id: &str, to: &str) -> Result<(), CliError> {
    let at = ctx.datetime(to)?;
    ctx.edit(|ws| {
        let (m, s) = session_of(ws, id)?;
        ws.mentee_mut(m).sessions[s].at = at;
        Ok(())
    })?;
    print(&format!(
        "Session {id} moved to {}.\n",
        at.format("%Y-%m-%d %H:%M")
    ))?;
    Ok(())
}

/// `mentor session cancel` and `mentor session held`.
/// `mentor session held`: a session whose day is still to come is marked held only with `--yes`.
pub fn held(
    ctx: &Context,
    id: &str,
    notes: Option<String>,
    private_notes: Option<String>,
    yes: bool,
) -> Result<(), CliError> {
    set_status_checked(ctx, id, SessionStatus::Held, notes, private_notes, yes)
}

pub fn set_status(
    ctx: &Context,
    id: &str,
    status: SessionStatus,
    notes: Option<String>,
    private_notes: Option<String>,
) -> Result<(), CliError> {
    set_status_checked(ctx, id, status, notes, private_notes, true)
}

fn set_status_checked(
    ctx: &Context,
    id: &str,
    status: SessionStatus,
    notes: Option<String>,
    private_notes: Option<String>,
    future_ok: bool,
) -> Result<(), CliError> {
    let today = ctx.today();
    ctx.edit(|ws| {
        let (m, s) = session_of(ws, id)?;
        let session = &mut ws.mentee_mut(m).sessions[s];
        if status == SessionStatus::Held && !future_ok && session.is_future(today) {
            return Err(CliError::Input(format!(
                "session {id} is on {}, still to come; to mark it held anyway, add --yes",
                session.date()
            )));
        }
        session.status = status;
        let append = |to: &mut String, more: Option<String>| {
            if let Some(more) = more.filter(|t| !t.trim().is_empty()) {
                if !to.is_empty() {
                    to.push('\n');
                }
                to.push_str(more.trim());
            }
        };
        append(&mut session.shared_notes, notes);
        append(&mut session.private_notes, private_notes);
        Ok(())
    })?;
    print(&format!("Session {id} {status}.\n"))?;
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
    let mut out = format!(
        "Agenda from {} for {}\n",
        iso(today),
        plural(days as usize, "day", "days")
    );
    let mut section = |title: &str, table: Table, empty: &str| {
        out.push_str(&format!("\n{title}\n"));
        if table.is_empty() {
            out.push_str(&format!("  {empty}\n"));
        } else {
            out.push_str(&table.render(80));
        }
    };
    let mut t = Table::new(&["MENTEE", "DUE", "STATE"]);
    for (m, c) in &a.checkins {
        let state = if c.days_overdue > 0 {
            format!("overdue {}d", c.days_overdue)
        } else {
            "due, nothing planned".into()
        };
        t.row(vec![m.name.clone(), iso(c.due).to_string(), state]);
    }
    section("Check-ins", t, "none overdue");
    let mut t = Table::new(&["WHEN", "MENTEE", "ID", "AGENDA"]);
    for (m, s) in &a.sessions {
        t.row(vec![
            s.at.format("%Y-%m-%d %H:%M").to_string(),
            m.name.clone(),
            s.id.to_string(),
            s.agenda.clone(),
        ]);
    }
    section("Sessions", t, "none planned");
    let mut t = Table::new(&["DUE", "MENTEE", "OWNER", "ID", "ACTION"]);
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
    section("Action items", t, "none due");
    let mut t = Table::new(&["DUE", "MENTEE", "ID", "MILESTONE"]);
    for (m, _, k) in &a.milestones {
        let due = due_cell(k.due, k.due.is_some_and(|d| d < today));
        t.row(vec![due, m.name.clone(), k.id.to_string(), k.title.clone()]);
    }
    section("Milestones", t, "none due");
    print(&out)?;
    Ok(())
}
