//! `mentor inbox REPLYFILE ...`: the mentor takes in a mentee's reply, lists its entries with what
//! each would do, and accepts or declines them, through the reply's operations
//! ([`crate::domain::ops::ReplyOp`]).

use super::args::{InboxArgs, InboxCmd};
use super::context::{CliError, Context};
use super::output::{Table, print, print_json};
use crate::domain::ops::{Op, OpError, ReplyOp, addressee};
use crate::domain::reply::{self, Assessment, Reply, State, What};
use crate::domain::{MenteeId, Workspace, text};
use crate::store::reply as file;
use crate::t;
use std::path::Path;

/// What taking in a reply did: entries new to the inbox, accepted, declined.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Counts {
    pub received: usize,
    pub accepted: usize,
    pub declined: usize,
}

/// `mentor inbox REPLYFILE [--accept-all | --json | accept ENTRY | decline ENTRY]`.
pub fn run(ctx: &Context, a: InboxArgs) -> Result<(), CliError> {
    if let Some(dir) = &a.from {
        return super::exchange::inbox_from(ctx, dir, a.json);
    }
    let Some(path) = a.file.as_deref() else {
        return Err(CliError::Input(t!("inbox-cli-which")));
    };
    let reply = file::read(path).map_err(|e| CliError::Input(e.to_string()))?;
    let decision = match a.cmd {
        Some(InboxCmd::Accept { entry, reason }) => Some((entry, true, reason.unwrap_or_default())),
        Some(InboxCmd::Decline { entry, reason }) => {
            Some((entry, false, reason.unwrap_or_default()))
        }
        None => None,
    };
    let (ws, mentee, received) = take_in(ctx, path, &reply, decision, a.accept_all)?;
    let m = ws.mentee_by_id(mentee.as_str())?;
    let rows = rows(&ws, m, &reply, ctx.today());
    if a.json {
        return print_json(&json_of(&ws, m, received, &rows));
    }
    print(&text_of(&ws.mentees[m].name, path, received, &rows))
}

/// A refusal of the reply at `path` in the words of the reply file's refusal.
fn refusal(path: &Path, e: OpError) -> CliError {
    match e {
        OpError::Reply(why) => CliError::Input(
            file::ReplyFileError::Refused {
                path: path.to_path_buf(),
                why,
            }
            .to_string(),
        ),
        other => other.into(),
    }
}

/// Receives `reply` and makes the decision asked for, saving only when something changes.
/// Returns the workspace after, the mentee, and how many entries came in new and how many were
/// accepted.
pub(super) fn take_in(
    ctx: &Context,
    path: &Path,
    reply: &Reply,
    decision: Option<(String, bool, String)>,
    accept_all: bool,
) -> Result<(Workspace, MenteeId, Counts), CliError> {
    let ops = ctx.ops();
    let receive = |ws: &mut Workspace| {
        let m = addressee(ws, reply).map_err(|e| refusal(path, e))?;
        let id = ws.mentees[m].id.clone();
        let op = Op::Reply(ReplyOp::Receive(Box::new(reply.clone())));
        let count = op.apply(ws, &ops).map_err(|e| refusal(path, e))?.count;
        Ok::<_, CliError>((id, count))
    };
    let mut ws = ctx.read()?;
    let (id, count) = receive(&mut ws)?;
    if count == 0 && decision.is_none() && !accept_all {
        return Ok((ws, id, Counts::default()));
    }
    ctx.edit(|ws| {
        let (id, count) = receive(ws)?;
        let mut c = Counts {
            received: count,
            ..Counts::default()
        };
        match decision {
            Some((entry, accept, reason)) => {
                let op = ReplyOp::Decide {
                    mentee: id.clone(),
                    entry,
                    accept,
                    reason,
                };
                Op::Reply(op).apply(ws, &ops)?;
                (c.accepted, c.declined) = (usize::from(accept), usize::from(!accept));
            }
            None if accept_all => {
                let op = ReplyOp::AcceptAll(id.clone());
                c.accepted = Op::Reply(op).apply(ws, &ops)?.count;
            }
            None => {}
        }
        Ok((ws.clone(), id, c))
    })
}

/// The mentee's waiting entries, then this reply's entries already decided.
pub(super) fn rows(
    ws: &Workspace,
    m: usize,
    r: &Reply,
    today: chrono::NaiveDate,
) -> Vec<Assessment> {
    let mentee = &ws.mentees[m];
    let mut rows = reply::inbox(mentee, today);
    let ours = |id: &str| r.entries.iter().any(|e| e.id == id);
    rows.extend(
        mentee
            .replies
            .iter()
            .filter(|d| ours(&d.entry.id))
            .map(|d| reply::decided(mentee, d)),
    );
    rows
}

/// The kind of an entry in the user's words.
fn kind(a: &Assessment) -> String {
    match a.entry.what {
        What::Reflection { .. } => t!("inbox-kind-reflection"),
        What::Progress { .. } => t!("inbox-kind-progress"),
        What::MilestoneDone { .. } => t!("inbox-kind-milestone-done"),
        What::ActionDone { .. } => t!("inbox-kind-action-done"),
        What::NewAction { .. } => t!("inbox-kind-new-action"),
        What::Topic { .. } => t!("inbox-kind-topic"),
        What::Checkin { .. } => t!("inbox-kind-checkin"),
        What::Closing { .. } => t!("inbox-kind-closing"),
    }
}

/// Where an entry stands, in words, and the reason.
fn state(a: &Assessment) -> (String, String) {
    match &a.state {
        State::New => (t!("inbox-state-new"), String::new()),
        State::Stale(why) => (t!("inbox-state-stale"), why.clone()),
        State::Refused(why) => (t!("inbox-state-refused"), why.clone()),
        State::Decided {
            accepted, reason, ..
        } => {
            let word = if *accepted {
                t!("inbox-state-accepted")
            } else {
                t!("inbox-state-declined")
            };
            (word, text::line(reason).into_owned())
        }
    }
}

/// The mentee's inbox after taking in a reply, for `--json`.
pub(super) fn json_of(
    ws: &Workspace,
    m: usize,
    c: Counts,
    rows: &[Assessment],
) -> serde_json::Value {
    serde_json::json!({
        "mentee": ws.mentees[m].id.as_str(),
        "name": ws.mentees[m].name,
        "received": c.received,
        "accepted": c.accepted,
        "declined": c.declined,
        "entries": rows.iter().map(json_row).collect::<Vec<_>>(),
    })
}

fn json_row(a: &Assessment) -> serde_json::Value {
    let (_, why) = state(a);
    let state = match &a.state {
        State::New => "new",
        State::Stale(_) => "stale",
        State::Refused(_) => "refused",
        State::Decided { accepted: true, .. } => "accepted",
        State::Decided { .. } => "declined",
    };
    serde_json::json!({
        "id": a.entry.id,
        "kind": a.entry.what.kind(),
        "written_at": a.entry.written_at,
        "record": a.record.as_ref().map(|r| r.as_str().to_string()),
        "current": a.current,
        "proposed": a.proposed,
        "state": state,
        "why": why,
    })
}

/// What came in, and the table of entries.
pub(super) fn text_of(name: &str, path: &Path, c: Counts, rows: &[Assessment]) -> String {
    let name = text::line(name).into_owned();
    let mut out = t!(
        "inbox-cli-received",
        count = c.received,
        name = name.as_str(),
        path = text::line(&path.display().to_string()).into_owned()
    );
    out.push('\n');
    if c.accepted > 0 {
        out.push_str(&t!("inbox-cli-accepted", count = c.accepted));
        out.push('\n');
    }
    if c.declined > 0 {
        out.push_str(&t!("inbox-cli-declined", count = c.declined));
        out.push('\n');
    }
    let mut table = Table::new(&[
        t!("reply-col-id"),
        t!("inbox-col-kind"),
        t!("inbox-col-record"),
        t!("inbox-col-now"),
        t!("inbox-col-proposed"),
        t!("reply-col-status"),
    ]);
    for a in rows {
        let (word, why) = state(a);
        let status = if why.is_empty() {
            word
        } else {
            format!("{word}: {why}")
        };
        let record = a
            .record
            .as_ref()
            .map(|r| r.as_str().to_string())
            .unwrap_or_default();
        table.row(vec![
            a.entry.id.clone(),
            kind(a),
            record,
            a.current.clone(),
            a.proposed.clone(),
            status,
        ]);
    }
    out.push_str(&table.render_or(&t!("inbox-cli-empty"), super::output::width()));
    let waiting = rows
        .iter()
        .filter(|a| !matches!(a.state, State::Decided { .. }))
        .count();
    if waiting > 0 {
        out.push_str(&t!(
            "inbox-cli-how",
            path = text::line(&path.display().to_string()).into_owned()
        ));
        out.push('\n');
    }
    out
}
