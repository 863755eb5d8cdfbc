//! `mentor share` and `mentor view`: the mentee's side.

use super::args::{ShareArgs, ViewArgs};
use super::context::{CliError, Context};
use super::output::print;
use crate::domain::ops::{Op, ReplyOp};
use crate::domain::projection::project;
use crate::domain::text;
use crate::store::bundle::{self, Bundle};
use crate::store::token;
use crate::store::{LoadError, ReadOnlyStore, Viewed};
use crate::t;
use std::path::PathBuf;

/// `mentor share MENTEE`: records the share in the store (the mentee's reply key, drawn the
/// first time, and where the bundle went), then writes the bundle.
pub fn share(ctx: &Context, a: ShareArgs) -> Result<(), CliError> {
    if let Some(dir) = &a.to {
        return super::exchange::share_to_git(ctx, &a.mentee, dir);
    }
    let (path, b) = share_to(ctx, &a.mentee, a.output, a.force)?;
    print(&format!("{}\n", shared_text(&b, &path)))
}

/// What a share wrote, in words: the counts, where, and how the mentee opens it.
pub(super) fn shared_text(b: &Bundle, path: &std::path::Path) -> String {
    let v = &b.mentee;
    let path = path.display().to_string();
    format!(
        "{}\n{}",
        t!(
            "cli-shared",
            name = text::line(&v.name),
            goals = v.goals.len(),
            sessions = v.sessions.len(),
            feedback = v.feedback.len(),
            connections = v.connections.len(),
            path = path.as_str()
        ),
        t!("cli-shared-open", path = path.as_str())
    )
}

/// Shares the mentee `query` to `output` (or the file named after them): refuses an existing
/// file without `force` before anything is written, records the share through
/// [`Op::RecordShare`], then writes the bundle of the workspace as saved. Returns the path and
/// the bundle.
pub fn share_to(
    ctx: &Context,
    query: &str,
    output: Option<PathBuf>,
    force: bool,
) -> Result<(PathBuf, Bundle), CliError> {
    let ws = ctx.read()?;
    let i = ws.resolve_mentee(query)?;
    let path = output.unwrap_or_else(|| PathBuf::from(bundle::file_name_for(&ws.mentees[i].name)));
    let exists = |path: &std::path::Path| {
        CliError::Input(t!("cli-file-exists", path = path.display().to_string()))
    };
    if !force && std::fs::symlink_metadata(&path).is_ok() {
        return Err(exists(&path));
    }
    let id = ws.mentees[i].id.clone();
    let key = ws.mentees[i]
        .shared
        .as_ref()
        .map_or_else(token::new_reply_key, |s| s.key.clone());
    let at = ctx.now;
    // Recorded in full: the app looks for the reply beside it from wherever it was started.
    let shown = std::path::absolute(&path)
        .unwrap_or_else(|_| path.clone())
        .display()
        .to_string();
    let (_, ws) = ctx.apply(|_| {
        Ok(Op::Reply(ReplyOp::Share {
            mentee: id.clone(),
            key,
            path: shown,
            at,
        }))
    })?;
    let i = ws.mentee_by_id(id.as_str())?;
    let b = Bundle::of(&ws, i, ctx.now).ok_or_else(|| CliError::Input(t!("cli-mentee-gone")))?;
    bundle::write_new(&path, &b.to_bytes(), force).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            exists(&path)
        } else {
            CliError::io(t!("cli-io-bundle", path = path.display().to_string()))(e)
        }
    })?;
    Ok((path, b))
}

/// `mentor view [FILE]`.
pub fn view(ctx: &Context, a: ViewArgs) -> Result<(), CliError> {
    let path = a.file.clone().unwrap_or_else(|| ctx.store.clone());
    let store = ReadOnlyStore::new(&path);
    let (viewed, hash) = store.read().map_err(|e| match e {
        LoadError::NewerMajor { .. } => CliError::Input(format!("{e}")),
        other => other.into(),
    })?;
    // A newer major version that still parses is shown as far as this version understands it,
    // and the user is told so (on stderr for `--print`, in the header of the view).
    let newer = match &viewed {
        Viewed::Workspace(l) if l.newer_major() => Some(l.version.to_string()),
        _ => None,
    };
    if let Some(v) = &newer {
        eprintln!(
            "mentor: {}",
            t!(
                "cli-warn-newer",
                store = text::line(&path.display().to_string()).into_owned(),
                version = v.as_str()
            )
        );
    }
    if a.print {
        let answers = match &viewed {
            Viewed::Bundle(b) => super::reply::answers_text(b),
            Viewed::Workspace(_) => String::new(),
        };
        let (view, mentor, shared) = match (&viewed, &a.mentee) {
            (Viewed::Bundle(b), None) => (
                b.mentee.clone(),
                b.mentor.clone(),
                Some(b.shared_at.format("%Y-%m-%d %H:%M").to_string()),
            ),
            (Viewed::Bundle(_), Some(_)) => {
                return Err(CliError::Input(t!("cli-view-bundle-mentee")));
            }
            (Viewed::Workspace(l), Some(q)) => {
                let i = l.workspace.resolve_mentee(q)?;
                (
                    project(&l.workspace.mentees[i]),
                    l.workspace.mentor.name.clone(),
                    None,
                )
            }
            (Viewed::Workspace(_), None) => {
                return Err(CliError::Input(t!("cli-view-whose")));
            }
        };
        let plan = super::plan_text(&view, &mentor, shared.as_deref(), ctx.today());
        print(&(plan + &answers))?;
        return Ok(());
    }
    let label = path.display().to_string();
    let mentee =
        crate::tui::view::resolve(&viewed, a.mentee.as_deref()).map_err(CliError::Input)?;
    let (workspace, mut info) =
        crate::tui::view::display(viewed, mentee.as_ref(), &label).map_err(CliError::Input)?;
    if let Some(v) = &newer {
        info.title = t!(
            "cli-view-newer",
            version = v.as_str(),
            title = info.title.as_str()
        );
    }
    let shell = crate::tui::view::ViewShell {
        store,
        mentee,
        hash,
    };
    crate::tui::view::main(crate::tui::view::ViewLaunch {
        shell,
        workspace,
        info,
        settings: ctx.settings.clone(),
    })
    .map_err(CliError::io(t!("cli-io-terminal")))
}
