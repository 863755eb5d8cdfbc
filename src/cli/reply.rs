//! `mentor reply BUNDLE ...`: the mentee writes back to the mentor. Writes only the reply file
//! beside the bundle ([`crate::store::reply::path_for`]); the bundle is read, never written.

use super::args::{ReplyArgs, ReplyCmd};
use super::context::{CliError, Context};
use super::output::{Table, print, print_json};
use crate::domain::projection::{AnswerView, MenteeView};
use crate::domain::reply::{self, Entry, Reply, ReplyError, What};
use crate::domain::text;
use crate::store::bundle::{self, Bundle};
use crate::store::{reply as file, token};
use crate::t;
use chrono::Timelike;
use std::path::{Path, PathBuf};

/// `mentor reply BUNDLE [COMMAND]`.
pub fn run(ctx: &Context, a: ReplyArgs) -> Result<(), CliError> {
    let bundle = read_bundle(&a.bundle)?;
    let path = file::path_for(&a.bundle);
    let to = bundle
        .reply_to
        .clone()
        .ok_or_else(|| CliError::Input(ReplyError::NoIdentity.to_string()))?;
    let mut r = file::read_or_new(&path, &to).map_err(refused)?;
    let view = &bundle.mentee;
    let what = match a.cmd {
        // On a terminal: reply mode, the full-screen app (`super::reply_mode`); otherwise (a
        // script, a pipe) what can be written about and what the reply holds, as text.
        None if interactive() => return super::reply_mode::open(ctx, &a.bundle),
        None => return no_command(&a.bundle, &path, &r, &bundle),
        Some(ReplyCmd::List { json }) => return list(&path, &r, &bundle, json),
        Some(ReplyCmd::Send) => return super::exchange::send(&a.bundle, &path),
        Some(ReplyCmd::Reflect { session, text }) => What::Reflection {
            session: id_in(view, &session),
            text,
        },
        Some(ReplyCmd::Done { id, on }) => {
            let on = ctx.opt_date(on.as_deref())?.unwrap_or(ctx.today());
            reply::done(view, &id_in(view, &id), on).map_err(input)?
        }
        Some(ReplyCmd::Progress { goal, value }) => What::Progress {
            goal: id_in(view, &goal),
            value,
        },
        Some(ReplyCmd::Topic { text }) => What::Topic { text },
        Some(ReplyCmd::Action { text, due }) => What::NewAction {
            text,
            due: ctx.opt_date(due.as_deref())?,
        },
        Some(ReplyCmd::Checkin { mood, energy, text }) => What::Checkin {
            mood,
            energy,
            text: text.unwrap_or_default(),
        },
        Some(ReplyCmd::Closing { text }) => What::Closing { text },
    };
    let id = fresh_id(&r);
    let now = ctx.now.with_nanosecond(0).unwrap_or(ctx.now);
    let entry = reply::add(&mut r, view, what, id, now).map_err(input)?;
    file::write(&path, &r).map_err(refused)?;
    print(&format!(
        "{}\n{}\n",
        t!(
            "reply-cli-wrote",
            id = entry.id.as_str(),
            what = describe(&entry),
            path = text::line(&path.display().to_string()).into_owned()
        ),
        t!("reply-cli-send", count = r.entries.len())
    ))
}

/// The bundle at `path`, read as `mentor view` reads it.
pub(super) fn read_bundle(path: &Path) -> Result<Bundle, CliError> {
    let bytes = std::fs::read(path).map_err(CliError::io(t!(
        "cli-io-bundle",
        path = path.display().to_string()
    )))?;
    Ok(bundle::parse(&bytes, path)?)
}

fn input(e: ReplyError) -> CliError {
    CliError::Input(e.to_string())
}

fn refused(e: file::ReplyFileError) -> CliError {
    CliError::Input(e.to_string())
}

/// An entry ID not yet in the reply.
fn fresh_id(r: &Reply) -> String {
    let mut id = token::new_entry_id();
    while r.entries.iter().any(|e| e.id == id) {
        id = token::new_entry_id();
    }
    id
}

/// The whole ID of the bundle's record `typed` names: itself, or a tagged ID whose short form
/// (the part before the dot) it is.
fn id_in(view: &MenteeView, typed: &str) -> String {
    let mut ids = view.goals.iter().flat_map(|g| {
        std::iter::once(g.id.as_str()).chain(g.milestones.iter().map(|k| k.id.as_str()))
    });
    let mut sessions = view.sessions.iter().flat_map(|s| {
        std::iter::once(s.id.as_str()).chain(s.actions.iter().map(|a| a.id.as_str()))
    });
    let all: Vec<&str> = ids.by_ref().chain(sessions.by_ref()).collect();
    if all.contains(&typed) {
        return typed.to_string();
    }
    let short: Vec<&&str> = all
        .iter()
        .filter(|id| id.split_once('.').is_some_and(|(s, _)| s == typed))
        .collect();
    match short.as_slice() {
        [one] => (**one).to_string(),
        _ => typed.to_string(),
    }
}

/// An entry in a few words: its kind and what it names or says.
pub(super) fn describe(e: &Entry) -> String {
    let said = |s: &str| text::line(s).into_owned();
    match &e.what {
        What::Reflection { session, text } => {
            t!(
                "reply-cli-reflection",
                session = said(session),
                text = said(text)
            )
        }
        What::Progress { goal, value } => {
            t!(
                "reply-cli-progress",
                goal = said(goal),
                value = value.to_string()
            )
        }
        What::MilestoneDone { milestone: id, on } | What::ActionDone { action: id, on } => {
            t!(
                "reply-cli-done",
                id = said(id),
                date = crate::i18n::date::short(*on)
            )
        }
        What::NewAction { text, .. } => t!("reply-cli-action", text = said(text)),
        What::Topic { text } => t!("reply-cli-topic", text = said(text)),
        What::Checkin { mood, energy, .. } => {
            t!("reply-cli-checkin", mood = *mood, energy = *energy)
        }
        What::Closing { text } => t!("reply-cli-closing", text = said(text)),
    }
}

/// Where an entry stands for the mentee: waiting, or the mentor's answer.
fn status(e: &Entry, answers: &[AnswerView]) -> String {
    match answers.iter().find(|a| a.entry == e.id) {
        None => t!("reply-cli-waiting"),
        Some(a) if a.reason.is_empty() && a.accepted => t!("reply-cli-accepted"),
        Some(a) if a.reason.is_empty() => t!("reply-cli-declined"),
        Some(a) => {
            let reason = text::line(&a.reason).into_owned();
            if a.accepted {
                t!("reply-cli-accepted-why", reason = reason)
            } else {
                t!("reply-cli-declined-why", reason = reason)
            }
        }
    }
}

/// `mentor reply BUNDLE list [--json]`.
fn list(path: &Path, r: &Reply, b: &Bundle, json: bool) -> Result<(), CliError> {
    if json {
        let rows: Vec<serde_json::Value> = r
            .entries
            .iter()
            .map(|e| {
                let answer = b.answers.iter().find(|a| a.entry == e.id);
                let mut v = serde_json::to_value(e).unwrap_or_default();
                v["answer"] = serde_json::to_value(answer).unwrap_or_default();
                v
            })
            .collect();
        return print_json(&serde_json::json!({
            "reply": path.display().to_string(),
            "entries": rows,
        }));
    }
    print(&list_text(path, r, b))
}

/// The mentor's answers the bundle carries, for the printed plan (nothing when there are none).
pub(super) fn answers_text(b: &Bundle) -> String {
    if b.answers.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{}\n", t!("reply-plan-answers", count = b.answers.len()));
    for a in &b.answers {
        let word = if a.accepted {
            t!("reply-cli-accepted")
        } else {
            t!("reply-cli-declined")
        };
        let reason = text::line(&a.reason);
        let line = format!("  {}  {word}  {reason}", text::line(&a.entry));
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The reply's entries as a table, and where the file is.
pub(super) fn list_text(path: &Path, r: &Reply, b: &Bundle) -> String {
    let mut table = Table::new(&[
        t!("reply-col-id"),
        t!("reply-col-entry"),
        t!("reply-col-status"),
    ]);
    for e in &r.entries {
        table.row(vec![e.id.clone(), describe(e), status(e, &b.answers)]);
    }
    let waiting = reply::unanswered(&r.entries, &b.answers).len();
    format!(
        "{}\n{}{}\n",
        t!(
            "reply-cli-file",
            path = text::line(&path.display().to_string()).into_owned()
        ),
        table.render_or(&t!("reply-cli-empty"), super::output::width()),
        t!("reply-cli-unseen", count = waiting)
    )
}

/// What in the bundle a reply can be about, with the IDs the commands take: sessions (reflect),
/// goals with a metric (progress), milestones not done and the mentee's own open action items
/// (done).
pub(super) fn targets_text(view: &MenteeView) -> String {
    let mut table = Table::new(&[
        t!("reply-col-id"),
        t!("reply-col-about"),
        t!("reply-col-can"),
    ]);
    let line = |s: &str| text::line(s).into_owned();
    for s in &view.sessions {
        let day = crate::i18n::date::short(s.at.date_naive());
        table.row(vec![
            s.id.clone(),
            t!("reply-target-session", date = day),
            "reflect".into(),
        ]);
    }
    for g in &view.goals {
        if g.metric.is_some() {
            table.row(vec![g.id.clone(), line(&g.title), "progress".into()]);
        }
        for k in g.milestones.iter().filter(|k| k.done_on.is_none()) {
            table.row(vec![k.id.clone(), line(&k.title), "done".into()]);
        }
    }
    let own = view.sessions.iter().flat_map(|s| &s.actions);
    for a in own.filter(|a| a.owner == crate::domain::Owner::Mentee && a.done_on.is_none()) {
        table.row(vec![a.id.clone(), line(&a.text), "done".into()]);
    }
    format!(
        "{}\n{}",
        t!("reply-cli-targets"),
        table.render_or(&t!("reply-cli-no-targets"), super::output::width())
    )
}

/// `mentor reply BUNDLE` without a command: what it can be about, the list, and how to add to
/// it.
fn no_command(bundle: &Path, path: &Path, r: &Reply, b: &Bundle) -> Result<(), CliError> {
    let shown: PathBuf = bundle.to_path_buf();
    print(&format!(
        "{}\n{}{}\n",
        targets_text(&b.mentee),
        list_text(path, r, b),
        t!(
            "reply-cli-hint",
            bundle = text::line(&shown.display().to_string()).into_owned()
        )
    ))
}

/// True when both ends are a terminal: `mentor reply BUNDLE` then opens reply mode.
fn interactive() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal() && std::io::stdin().is_terminal()
}
