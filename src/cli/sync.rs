//! `mentor sync` and `mentor sync init`: the command-line face of [`crate::sync`].

use super::args::{SyncArgs, SyncCmd};
use super::output::print;
use super::{CliError, Context};
use crate::domain::text;
use crate::sync::{self, InitOptions, InitReport, Report, Step, SyncError};
use std::io::IsTerminal;

pub fn run(ctx: &Context, args: SyncArgs) -> Result<(), CliError> {
    match args.cmd {
        Some(SyncCmd::Init {
            remote,
            i_understand,
        }) => init(ctx, remote, i_understand),
        None => sync_now(ctx),
    }
}

/// `mentor sync init`: the privacy statement always comes first, then what was done.
fn init(ctx: &Context, remote: Option<String>, i_understand: bool) -> Result<(), CliError> {
    let options = InitOptions {
        remote,
        i_understand,
        interactive: true,
    };
    let report = sync::init(&ctx.store, &options, &ctx.ops())?;
    print(&init_text(&report))
}

/// What `init` did, in words, the privacy statement first.
fn init_text(r: &InitReport) -> String {
    let mut lines = vec![format!("Privacy: {}", sync::PRIVACY), String::new()];
    let top = r.top.display();
    lines.push(if r.created_repository {
        format!("Made {top} a git repository.")
    } else {
        format!("Using the git repository at {top}.")
    });
    let mut did = Vec::new();
    if r.attributes {
        did.push(".gitattributes: the store goes through the mentor merge driver.");
    }
    if r.ignore {
        did.push(".gitignore: the store's locks, temporary files, backups, conflict copies and mentee bundles stay out.");
    }
    if r.driver {
        did.push("The merge driver is set in this repository's configuration.");
    }
    if r.replicated {
        did.push("The workspace is now replicated: new records get IDs that cannot collide across machines.");
    }
    lines.extend(did.iter().map(|d| d.to_string()));
    if let Some(message) = &r.committed {
        lines.push(format!("Committed: {message}"));
    }
    let nothing = did.is_empty() && r.committed.is_none() && r.remote_added.is_none();
    if nothing {
        lines.push("Already set up: nothing to do.".into());
    }
    lines.push(match (&r.remote_added, &r.remote) {
        (Some(url), _) => format!(
            "Added the remote origin ({}). Run `mentor sync` to send the store there.",
            text::line(url)
        ),
        (None, Some(url)) => format!(
            "Syncs with {}. Run `mentor sync` to commit, pull and push.",
            text::line(url)
        ),
        (None, None) => "No remote yet: `mentor sync` commits here. Add one with `mentor sync init --remote URL`.".into(),
    });
    lines.join("\n") + "\n"
}

/// `mentor sync`: refused while the app has the store open (the app syncs itself, and a pull
/// rewriting the file under an app with edits in hand would only make it keep them aside).
fn sync_now(ctx: &Context) -> Result<(), CliError> {
    if sync::app_is_open(&ctx.store) {
        return Err(SyncError::AppOpen {
            store: ctx.store.clone(),
        }
        .into());
    }
    let talk = std::io::stderr().is_terminal();
    let mut progress = |step: Step| {
        if talk {
            eprintln!("mentor: {}…", step.words());
        }
    };
    let report = sync::run_with(&ctx.store, true, &mut progress)?;
    print(&report_text(&report))
}

/// What a sync did, one line each: what went out, what came in, the conflicts open.
pub fn report_text(r: &Report) -> String {
    let mut lines = Vec::new();
    lines.push(match &r.sent {
        Some(message) => format!(
            "Committed: {}",
            text::line(message.lines().next().unwrap_or_default())
        ),
        None => "Nothing new to commit here.".into(),
    });
    match &r.remote {
        None => lines.push(
            "No remote: the commit stays on this machine (add one with `mentor sync init --remote URL`).".into(),
        ),
        Some(remote) => {
            let remote = text::line(remote);
            lines.push(if r.received.is_empty() {
                format!("Nothing new from {remote}.")
            } else {
                format!("From {remote}: {}", r.received)
            });
            if r.pushed {
                lines.push(format!("Pushed to {remote}."));
            }
        }
    }
    if r.conflicts > 0 {
        lines.push(format!(
            "{} open: see `mentor conflicts`.",
            crate::domain::text::plural(r.conflicts, "conflict", "conflicts")
        ));
    }
    lines.join("\n") + "\n"
}
