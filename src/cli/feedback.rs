//! `mentor feedback ...` and `mentor connection ...`.

use super::args::{ConnectionCmd, FeedbackCmd};
use super::context::{CliError, Context, non_blank};
use super::output::{Table, key, opt_date, print, print_json};
use crate::domain::derived::feedback_balance;
use crate::domain::fit::advice;
use crate::domain::ops::{Applied, Changed, Op};
use crate::domain::{
    Connection, ConnectionId, Feedback, FeedbackId, RecordRef, Visibility, Workspace, text,
};
use crate::t;
use serde::Serialize;
use serde_json::{Value, json};

/// Records of one kind across mentees (or of one), each with its mentee's index.
fn across<'a, T>(
    ws: &'a Workspace,
    mentee: Option<&str>,
    records: impl Fn(&'a crate::domain::Mentee) -> &'a [T],
) -> Result<Vec<(usize, &'a T)>, CliError> {
    let only = mentee.map(|q| ws.resolve_mentee(q)).transpose()?;
    Ok(ws
        .mentees
        .iter()
        .enumerate()
        .filter(|(i, _)| only.is_none_or(|o| o == *i))
        .flat_map(|(i, m)| records(m).iter().map(move |r| (i, r)))
        .collect())
}

/// The ID an add created and the name of the mentee it was added to.
fn created(applied: &Applied, ws: &Workspace) -> (String, String) {
    let id = applied
        .created
        .as_ref()
        .map(|r| r.to_string())
        .unwrap_or_default();
    let name = match applied.changed {
        Changed::Mentee(i) => ws.mentees.get(i).map(|m| m.name.clone()),
        _ => None,
    };
    (id, name.unwrap_or_default())
}

/// Each record as JSON with its mentee's ID and name added.
fn with_mentee<T: Serialize>(ws: &Workspace, rows: &[(usize, &T)]) -> Vec<Value> {
    rows.iter()
        .map(|(i, r)| {
            let mut v = serde_json::to_value(r).unwrap_or(Value::Null);
            if let Some(o) = v.as_object_mut() {
                o.insert("mentee".into(), json!(ws.mentees[*i].id));
                o.insert("mentee_name".into(), json!(ws.mentees[*i].name));
            }
            v
        })
        .collect()
}

pub fn run_feedback(ctx: &Context, cmd: FeedbackCmd) -> Result<(), CliError> {
    match cmd {
        FeedbackCmd::Add {
            mentee,
            kind,
            text: body,
            goal,
            private,
            date,
        } => {
            let body = non_blank(&body, &t!("cli-what-feedback-text"))?;
            let date = ctx.opt_date(date.as_deref())?.unwrap_or(ctx.today());
            let visibility = if private {
                Visibility::Private
            } else {
                Visibility::Shared
            };
            let (applied, ws) = ctx.apply_to(&mentee, |ws| {
                let i = ws.resolve_mentee(&mentee)?;
                let feedback = Feedback {
                    id: FeedbackId::from_number(0),
                    date,
                    kind,
                    text: body.clone(),
                    goal: goal.as_deref().map(|g| ws.goal_id(g.trim())).transpose()?,
                    visibility,
                };
                Ok(Op::AddFeedback {
                    mentee: ws.mentees[i].id.clone(),
                    feedback,
                })
            })?;
            let (id, name) = created(&applied, &ws);
            print(&format!(
                "{}\n",
                t!(
                    "cli-feedback-added",
                    visibility = key(&visibility),
                    kind = key(&kind),
                    id = id,
                    name = text::line(&name)
                )
            ))?;
            // The same advice the form gives, after the note is in (never instead of it).
            if let Changed::Mentee(i) = applied.changed
                && let Some(m) = ws.mentees.get(i)
                && let Some(a) = advice(m, kind, date, None)
            {
                eprintln!("mentor: {}", t!("fit-cli-advice", advice = a.words()));
            }
            Ok(())
        }
        FeedbackCmd::Edit(a) => super::edit::feedback(ctx, a),
        FeedbackCmd::Remove(a) => {
            super::remove::remove(ctx, RecordRef::Feedback(FeedbackId(a.id)), a.yes)
        }
        FeedbackCmd::List { mentee, json } => list_feedback(ctx, mentee.as_deref(), json),
    }
}

pub fn run_connection(ctx: &Context, cmd: ConnectionCmd) -> Result<(), CliError> {
    match cmd {
        ConnectionCmd::Add {
            mentee,
            kind,
            title,
            who,
            note,
            status,
            date,
        } => {
            let title = non_blank(&title, &t!("cli-what-title"))?;
            let date = ctx.opt_date(date.as_deref())?;
            let connection = Connection {
                id: ConnectionId::from_number(0),
                kind,
                title,
                who: who.unwrap_or_default(),
                note: note.unwrap_or_default(),
                status,
                date,
            };
            let (applied, ws) = ctx.apply_to(&mentee, |ws| {
                let i = ws.resolve_mentee(&mentee)?;
                Ok(Op::AddConnection {
                    mentee: ws.mentees[i].id.clone(),
                    connection: connection.clone(),
                })
            })?;
            let (id, name) = created(&applied, &ws);
            print(&format!(
                "{}\n",
                t!(
                    "cli-connection-added",
                    kind = key(&kind),
                    id = id,
                    name = text::line(&name)
                )
            ))?;
            Ok(())
        }
        ConnectionCmd::Edit(a) => super::edit::connection(ctx, a),
        ConnectionCmd::Remove(a) => {
            super::remove::remove(ctx, RecordRef::Connection(ConnectionId(a.id)), a.yes)
        }
        ConnectionCmd::Done { id } => {
            let (_, ws) = ctx.apply(|ws| {
                Ok(Op::SetDone {
                    target: RecordRef::Connection(ws.connection_id(&id)?),
                    done: true,
                })
            })?;
            let (m, k) = ws.find_connection(&id)?;
            let done = &ws.mentees[m].connections[k];
            print(&format!(
                "{}\n",
                t!(
                    "cli-connection-done",
                    id = done.id.to_string(),
                    title = text::line(&done.title)
                )
            ))?;
            Ok(())
        }
        ConnectionCmd::List { mentee, json } => list_connections(ctx, mentee.as_deref(), json),
    }
}

/// `mentor feedback list`: newest first, with the balance when one mentee is named.
fn list_feedback(ctx: &Context, mentee: Option<&str>, json: bool) -> Result<(), CliError> {
    let ws = ctx.read()?;
    let mut rows = across(&ws, mentee, |m| &m.feedback)?;
    rows.sort_by_key(|(_, f)| std::cmp::Reverse(f.date));
    if json {
        print_json(&with_mentee(&ws, &rows))?;
        return Ok(());
    }
    let mut table = Table::new(&[
        t!("cli-col-id"),
        t!("cli-col-date"),
        t!("cli-col-mentee"),
        t!("cli-col-kind"),
        t!("cli-col-seen-by"),
        t!("cli-col-text"),
    ]);
    // Looked up once for the whole list.
    let (both, you) = (t!("cli-seen-both"), t!("cli-seen-you"));
    for (i, f) in &rows {
        let seen = match f.visibility {
            Visibility::Shared => both.as_str(),
            Visibility::Private => you.as_str(),
        };
        table.row(vec![
            f.id.to_string(),
            f.date.to_string(),
            ws.mentees[*i].name.clone(),
            f.kind.to_string(),
            seen.into(),
            f.text.clone(),
        ]);
    }
    table.print_or(&t!("cli-feedback-list-empty"))?;
    if let Some(q) = mentee {
        let m = &ws.mentees[ws.resolve_mentee(q)?];
        let b = feedback_balance(&m.feedback, 10);
        print(&format!(
            "{}\n",
            t!(
                "cli-feedback-balance",
                strengths = b.strengths,
                improvements = b.improvements,
                verdict = b.verdict.words()
            )
        ))?;
    }
    Ok(())
}

/// `mentor connection list`.
fn list_connections(ctx: &Context, mentee: Option<&str>, json: bool) -> Result<(), CliError> {
    let ws = ctx.read()?;
    let rows = across(&ws, mentee, |m| &m.connections)?;
    if json {
        print_json(&with_mentee(&ws, &rows))?;
        return Ok(());
    }
    let mut table = Table::new(&[
        t!("cli-col-id"),
        t!("cli-col-mentee"),
        t!("cli-col-kind"),
        t!("cli-col-status"),
        t!("cli-col-date"),
        t!("cli-col-what"),
    ]);
    for (i, c) in &rows {
        let what = if c.who.is_empty() {
            c.title.clone()
        } else {
            format!("{} ({})", c.title, c.who)
        };
        table.row(vec![
            c.id.to_string(),
            ws.mentees[*i].name.clone(),
            c.kind.to_string(),
            c.status.to_string(),
            opt_date(c.date),
            what,
        ]);
    }
    table.print_or(&t!("cli-connection-list-empty"))?;
    Ok(())
}
