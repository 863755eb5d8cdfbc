//! `mentor share` and `mentor view`: the mentee's side.

use super::args::{ShareArgs, ViewArgs};
use super::context::{CliError, Context};
use super::output::print;
use crate::domain::projection::project;
use crate::domain::text;
use crate::domain::text::plural;
use crate::store::bundle::{self, Bundle};
use crate::store::{LoadError, ReadOnlyStore, Viewed};
use std::path::PathBuf;

/// `mentor share MENTEE`.
pub fn share(ctx: &Context, a: ShareArgs) -> Result<(), CliError> {
    let ws = ctx.read()?;
    let i = ws.resolve_mentee(&a.mentee)?;
    let b =
        Bundle::of(&ws, i, ctx.now).ok_or_else(|| CliError::Input("that mentee is gone".into()))?;
    let path = a
        .output
        .unwrap_or_else(|| PathBuf::from(bundle::file_name_for(&b.mentee.name)));
    bundle::write_new(&path, &b.to_bytes(), a.force).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            CliError::Input(format!(
                "{} already exists; use --force to replace it",
                path.display()
            ))
        } else {
            CliError::io(format!("{}: cannot write the bundle", path.display()))(e)
        }
    })?;
    let v = &b.mentee;
    print(&format!(
        "Shared {}'s plan ({}, {}, {}, {}) in {}.\nThey open it with: mentor view {}\n",
        text::line(&v.name),
        plural(v.goals.len(), "goal", "goals"),
        plural(v.sessions.len(), "session", "sessions"),
        plural(
            v.feedback.len(),
            "shared feedback note",
            "shared feedback notes"
        ),
        plural(v.connections.len(), "connection", "connections"),
        path.display(),
        path.display()
    ))?;
    Ok(())
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
            "mentor: warning: {} was written by a newer mentor (format {v}); showing what this version understands",
            text::line(&path.display().to_string())
        );
    }
    if a.print {
        let (view, mentor, shared) = match (&viewed, &a.mentee) {
            (Viewed::Bundle(b), None) => (
                b.mentee.clone(),
                b.mentor.clone(),
                Some(b.shared_at.format("%Y-%m-%d %H:%M").to_string()),
            ),
            (Viewed::Bundle(_), Some(_)) => {
                return Err(CliError::Input(
                    "this file is one mentee's bundle already; --mentee is for workspaces".into(),
                ));
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
                return Err(CliError::Input(
                    "say whose plan to print: --mentee NAME".into(),
                ));
            }
        };
        print(&super::plan_text(
            &view,
            &mentor,
            shared.as_deref(),
            ctx.today(),
        ))?;
        return Ok(());
    }
    let label = path.display().to_string();
    let mentee =
        crate::tui::view::resolve(&viewed, a.mentee.as_deref()).map_err(CliError::Input)?;
    let (workspace, mut info) =
        crate::tui::view::display(viewed, mentee.as_ref(), &label).map_err(CliError::Input)?;
    if let Some(v) = &newer {
        info.title = format!(
            "newer format {v}, shown as far as understood · {}",
            info.title
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
    .map_err(CliError::io("cannot use the terminal"))
}
