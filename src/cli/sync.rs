//! `mentor sync` and `mentor sync init`: the command-line face of [`crate::sync`].

use super::args::{SyncArgs, SyncCmd};
use super::output::print;
use super::{CliError, Context};
use crate::domain::text;
use crate::sync::{self, InitOptions, InitReport, Report, Step, SyncError};
use crate::t;
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
    let mut lines = vec![
        t!("sync-init-privacy", privacy = sync::privacy()),
        String::new(),
    ];
    let top = r.top.display().to_string();
    lines.push(if r.created_repository {
        t!("sync-init-made-repo", top = top)
    } else {
        t!("sync-init-using-repo", top = top)
    });
    let mut did = Vec::new();
    if r.attributes {
        did.push(t!("sync-init-attributes"));
    }
    if r.ignore {
        did.push(t!("sync-init-ignore"));
    }
    if r.driver {
        did.push(t!("sync-init-driver"));
    }
    if r.replicated {
        did.push(t!("sync-init-replicated"));
    }
    lines.extend(did.iter().cloned());
    if let Some(message) = &r.committed {
        lines.push(t!("sync-committed", message = message.as_str()));
    }
    let nothing = did.is_empty() && r.committed.is_none() && r.remote_added.is_none();
    if nothing {
        lines.push(t!("sync-init-nothing"));
    }
    lines.push(match (&r.remote_added, &r.remote) {
        (Some(url), _) => t!("sync-init-remote-added", url = text::line(url).into_owned()),
        (None, Some(url)) => t!("sync-init-remote", url = text::line(url).into_owned()),
        (None, None) => t!("sync-init-no-remote"),
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
        Some(message) => t!(
            "sync-committed",
            message = text::line(message.lines().next().unwrap_or_default()).into_owned()
        ),
        None => t!("sync-nothing-to-commit"),
    });
    match &r.remote {
        None => lines.push(t!("sync-no-remote")),
        Some(remote) => {
            let remote = text::line(remote).into_owned();
            lines.push(if r.received.is_empty() {
                t!("sync-nothing-from", remote = remote.as_str())
            } else {
                t!(
                    "sync-from",
                    remote = remote.as_str(),
                    received = r.received.to_string()
                )
            });
            if r.pushed {
                lines.push(t!("sync-pushed", remote = remote.as_str()));
            }
        }
    }
    if r.conflicts > 0 {
        lines.push(t!("sync-conflicts-open", count = r.conflicts));
    }
    lines.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn the_reports_speak_dutch() {
        let report = Report {
            sent: Some("Alice: 1 goal\n\nbody".into()),
            received: crate::domain::merge::Changes::default(),
            remote: Some("origin".into()),
            pushed: true,
            conflicts: 2,
        };
        assert_eq!(
            report_text(&report),
            "Committed: Alice: 1 goal\nNothing new from origin.\nPushed to origin.\n2 conflicts open: see `mentor conflicts`.\n"
        );
        with_lang(Lang::Nl, || {
            assert_eq!(
                report_text(&report),
                "Gecommit: Alice: 1 goal\nNiets nieuws van origin.\nVerstuurd naar origin.\n2 conflicten staan open: zie `mentor conflicts`.\n"
            );
            let init = init_text(&InitReport {
                top: "/s".into(),
                created_repository: true,
                attributes: true,
                ignore: true,
                driver: true,
                replicated: true,
                committed: None,
                remote_added: None,
                remote: None,
            });
            assert!(
                init.starts_with(&format!(
                    "Privacy: {}\n\n/s is nu een git-repository.\n",
                    sync::privacy()
                )),
                "{init}"
            );
            assert!(init.ends_with("Nog geen remote: `mentor sync` commit alleen hier. Voeg er een toe met `mentor sync init --remote URL`.\n"), "{init}");
        });
    }
}
