//! `mentor session ...` and `mentor action ...`.

use super::args::{ActionCmd, SessionAdd, SessionCmd};
use super::context::{CliError, Context, goal_named, non_blank, within};
use super::output::{Table, due_cell, key, print, print_json};
use crate::domain::mood::Levels;
use crate::domain::ops::Op;
use crate::domain::rules;
use crate::domain::{
    ActionId, ActionItem, Owner, RecordRef, Session, SessionId, SessionStatus, text,
};
use crate::t;
use serde_json::{Value, json};

pub fn run_session(
    ctx: &Context,
    cmd: SessionCmd,
    add_matches: Option<&clap::ArgMatches>,
) -> Result<(), CliError> {
    match cmd {
        SessionCmd::Add(a) => add(ctx, *a, add_matches),
        SessionCmd::Edit(a) => super::edit::session(ctx, *a),
        SessionCmd::Remove(a) => {
            super::remove::remove(ctx, RecordRef::Session(SessionId(a.id)), a.yes)
        }
        SessionCmd::CancelSeries { id, from } => {
            super::edit::cancel_series(ctx, &id, from.as_deref())
        }
        SessionCmd::List { mentee, json } => list(ctx, mentee.as_deref(), json),
        SessionCmd::Plan(a) => super::schedule::plan(ctx, *a),
        SessionCmd::Move { id, to } => super::schedule::move_session(ctx, &id, &to),
        SessionCmd::Cancel { id } => {
            super::schedule::set_status(ctx, &id, SessionStatus::Cancelled, None, None)
        }
        SessionCmd::Held {
            id,
            notes,
            private_notes,
            yes,
            levels,
        } => super::schedule::held(ctx, &id, (notes, private_notes), levels, yes),
    }
}

/// Pairs each `--owner` and `--due` with the `--action` given before it on the command line.
fn attach<T: Clone>(
    matches: Option<&clap::ArgMatches>,
    (id, option): (&str, &str),
    values: &[T],
    action_positions: &[usize],
) -> Result<Vec<Option<T>>, CliError> {
    let mut out = vec![None; action_positions.len()];
    let positions: Vec<usize> = matches
        .and_then(|m| m.indices_of(id))
        .map(|i| i.collect())
        .unwrap_or_default();
    for (value, pos) in values.iter().zip(positions) {
        let Some(slot) = action_positions.iter().rposition(|&a| a < pos) else {
            return Err(CliError::Input(t!(
                "cli-action-option-first",
                option = option
            )));
        };
        if out[slot].is_some() {
            return Err(CliError::Input(t!(
                "cli-action-option-twice",
                option = option
            )));
        }
        out[slot] = Some(value.clone());
    }
    Ok(out)
}

/// The action items of `session add`: each `--action` with the `--owner` and `--due` that follow
/// it (their IDs are handed out by the operation).
fn action_items(
    ctx: &Context,
    a: &SessionAdd,
    matches: Option<&clap::ArgMatches>,
) -> Result<Vec<ActionItem>, CliError> {
    let action_positions: Vec<usize> = matches
        .and_then(|m| m.indices_of("actions"))
        .map(|i| i.collect())
        .unwrap_or_default();
    let owners = attach(matches, ("owners", "owner"), &a.owners, &action_positions)?;
    let dues = attach(matches, ("dues", "due"), &a.dues, &action_positions)?;
    let mut drafted = Vec::new();
    for ((text, owner), due) in a.actions.iter().zip(owners).zip(dues) {
        drafted.push(ActionItem {
            id: ActionId::from_number(0),
            due: ctx.opt_date(due.as_deref())?,
            text: non_blank(text, &t!("cli-what-action"))?,
            owner: owner.unwrap_or(Owner::Mentee),
            done_on: None,
        });
    }
    Ok(drafted)
}

fn add(ctx: &Context, a: SessionAdd, matches: Option<&clap::ArgMatches>) -> Result<(), CliError> {
    let at = match &a.at {
        Some(text) => ctx.datetime(text)?,
        None => ctx.now,
    };
    let status = a.status.unwrap_or(if at > ctx.now {
        SessionStatus::Planned
    } else {
        SessionStatus::Held
    });
    let drafted = action_items(ctx, &a, matches)?;
    if let Some(m) = a.minutes {
        within("--minutes", rules::minutes(m))?;
    }
    let levels = levels(&a.levels)?;
    let mut s = Session::new(SessionId::from_number(0), at, status);
    s.minutes = a.minutes;
    s.channel = a.channel;
    s.agenda = a.agenda.clone().unwrap_or_default();
    s.shared_notes = a.notes.clone().unwrap_or_default();
    s.private_notes = a.private_notes.clone().unwrap_or_default();
    s.actions = drafted;
    levels.set_on(&mut s);
    let (applied, ws) = ctx.apply_to(&a.mentee, |ws| {
        let mut s = s.clone();
        let i = ws.resolve_mentee(&a.mentee)?;
        let m = &ws.mentees[i];
        // The operation refuses a goal that is not the mentee's.
        s.goals = (a.goals.iter().map(|g| goal_named(ws, g))).collect::<Result<_, _>>()?;
        // What the command does not say comes from the agreement.
        s.minutes = s.minutes.or(m.agreement.session_minutes);
        s.channel = s.channel.or_else(|| m.agreement.channels.first().copied());
        Ok(Op::AddSession {
            mentee: m.id.clone(),
            session: Box::new(s),
        })
    })?;
    let Some(RecordRef::Session(id)) = &applied.created else {
        return Err(CliError::Input(t!("cli-session-not-added")));
    };
    let (m, k) = ws.find_session(id.as_str())?;
    let (session, name) = (&ws.mentees[m].sessions[k], &ws.mentees[m].name);
    let mut out = t!(
        "cli-session-added",
        status = key(&session.status),
        id = session.id.to_string(),
        name = text::line(name),
        at = session.at.format("%Y-%m-%d %H:%M").to_string()
    );
    out.push('\n');
    for item in &session.actions {
        let line = match item.due {
            Some(d) => t!(
                "cli-session-added-action-due",
                id = item.id.to_string(),
                owner = key(&item.owner),
                due = d.to_string(),
                text = text::line(&item.text)
            ),
            None => t!(
                "cli-session-added-action",
                id = item.id.to_string(),
                owner = key(&item.owner),
                text = text::line(&item.text)
            ),
        };
        out.push_str(&format!("  {line}\n"));
    }
    print(&out)?;
    Ok(())
}

/// `--mood`, `--energy` and `--mentor-energy`, each checked on the 1 to 5 scale.
pub fn levels(a: &super::args::LevelArgs) -> Result<Levels, CliError> {
    let check = |flag: &str, v: Option<u8>| v.map(|n| within(flag, rules::level(n))).transpose();
    Ok(Levels {
        mood: check("--mood", a.mood)?,
        energy: check("--energy", a.energy)?,
        mentor_energy: check("--mentor-energy", a.mentor_energy)?,
    })
}

fn list(ctx: &Context, mentee: Option<&str>, json: bool) -> Result<(), CliError> {
    let ws = ctx.read()?;
    let only = mentee.map(|q| ws.resolve_mentee(q)).transpose()?;
    let mut rows: Vec<(usize, &Session)> = ws
        .mentees
        .iter()
        .enumerate()
        .filter(|(i, _)| only.is_none_or(|o| o == *i))
        .flat_map(|(i, m)| m.sessions.iter().map(move |s| (i, s)))
        .collect();
    rows.sort_by_key(|(_, s)| std::cmp::Reverse(s.at));
    if json {
        let out: Vec<Value> = rows
            .iter()
            .map(|(i, s)| {
                let mut v = serde_json::to_value(s).unwrap_or(Value::Null);
                if let Some(o) = v.as_object_mut() {
                    o.insert("mentee".into(), json!(ws.mentees[*i].id));
                    o.insert("mentee_name".into(), json!(ws.mentees[*i].name));
                }
                v
            })
            .collect();
        print_json(&out)?;
        return Ok(());
    }
    let mut table = Table::new(&[
        t!("cli-col-id"),
        t!("cli-col-when"),
        t!("cli-col-mentee"),
        t!("cli-col-status"),
        t!("cli-col-open"),
        t!("cli-col-agenda-notes"),
    ]);
    for (i, s) in rows {
        let open = s.actions.iter().filter(|a| !a.is_done()).count();
        let summary = if s.agenda.is_empty() {
            s.shared_notes.clone()
        } else {
            s.agenda.clone()
        };
        table.row(vec![
            s.id.to_string(),
            s.at.format("%Y-%m-%d %H:%M").to_string(),
            ws.mentees[i].name.clone(),
            s.status.to_string(),
            open.to_string(),
            summary,
        ]);
    }
    table.print_or(&t!("cli-session-list-empty"))?;
    Ok(())
}

/// `mentor action done`: the action item `id` names (its whole ID or the short form) done.
fn action_done(ctx: &Context, id: &str) -> Result<(), CliError> {
    let (_, ws) = ctx.apply(|ws| {
        Ok(Op::SetDone {
            target: RecordRef::Action(ws.action_id(id)?),
            done: true,
        })
    })?;
    let (m, s, a) = ws.find_action(id)?;
    let item = &ws.mentees[m].sessions[s].actions[a];
    let text = text::line(&item.text);
    let id = item.id.to_string();
    print(&format!(
        "{}\n",
        t!("cli-action-done", id = id, text = text)
    ))
}

pub fn run_action(ctx: &Context, cmd: ActionCmd) -> Result<(), CliError> {
    match cmd {
        ActionCmd::Edit(a) => super::edit::action(ctx, a),
        ActionCmd::Remove(a) => {
            super::remove::remove(ctx, RecordRef::Action(ActionId(a.id)), a.yes)
        }
        ActionCmd::Done { id } => action_done(ctx, &id),
        ActionCmd::List {
            open,
            mentee,
            owner,
            json,
        } => {
            let ws = ctx.read()?;
            let only = mentee
                .as_deref()
                .map(|q| ws.resolve_mentee(q))
                .transpose()?;
            let mut rows: Vec<(usize, &SessionId, &ActionItem)> = ws
                .mentees
                .iter()
                .enumerate()
                .filter(|(i, _)| only.is_none_or(|o| o == *i))
                .flat_map(|(i, m)| {
                    m.sessions
                        .iter()
                        .flat_map(move |s| s.actions.iter().map(move |a| (i, &s.id, a)))
                })
                .filter(|(_, _, a)| !open || !a.is_done())
                .filter(|(_, _, a)| owner.is_none_or(|o| o == a.owner))
                .collect();
            rows.sort_by_key(|(_, _, a)| (a.is_done(), a.due.is_none(), a.due));
            if json {
                let out: Vec<Value> = rows
                    .iter()
                    .map(|(i, sid, a)| {
                        let mut v = serde_json::to_value(a).unwrap_or(Value::Null);
                        if let Some(o) = v.as_object_mut() {
                            o.insert("mentee".into(), json!(ws.mentees[*i].id));
                            o.insert("mentee_name".into(), json!(ws.mentees[*i].name));
                            o.insert("session".into(), json!(sid));
                        }
                        v
                    })
                    .collect();
                print_json(&out)?;
                return Ok(());
            }
            let today = ctx.today();
            let mut table = Table::new(&[
                t!("cli-col-id"),
                t!("cli-col-mentee"),
                t!("cli-col-owner"),
                t!("cli-col-due"),
                t!("cli-col-done"),
                t!("cli-col-action"),
            ]);
            for (i, _, a) in rows {
                let overdue = crate::domain::derived::action_overdue(a, today);
                table.row(vec![
                    a.id.to_string(),
                    ws.mentees[i].name.clone(),
                    a.owner.to_string(),
                    due_cell(a.due, overdue),
                    if a.is_done() {
                        "x".into()
                    } else {
                        String::new()
                    },
                    a.text.clone(),
                ]);
            }
            table.print_or(&t!("cli-action-list-empty"))?;
            Ok(())
        }
    }
}
