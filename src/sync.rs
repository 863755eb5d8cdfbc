//! Keeping one store on several machines through the user's own git (`mentor sync`).
//!
//! The store's directory is (or sits in) a git repository. [`init`] sets it up: `.gitattributes`
//! sends the store through the merge driver (`mentor merge %O %A %B`, record by record, see
//! [`crate::domain::merge`]), `.gitignore` keeps the lock, temporary files, backups, conflict
//! copies and mentee bundles out, the driver goes into the repository's local configuration, and
//! the workspace is marked replicated ([`crate::domain::ops::Op::Replicate`]). [`run`] commits
//! the store with a message naming what changed, pulls (fetch, then merge through the driver),
//! pushes, and reports what came in.
//!
//! Every git call is the user's `git` binary ([`git`]), so their credentials, SSH configuration
//! and hooks apply. The store's write lock is held for the whole sync, so no save is in flight
//! while git rewrites the file; the app notices the new content as it notices any command's.
//!
//! This layer uses [`crate::store`] and [`crate::domain`], never the app or the ui.

pub mod exchange;
mod files;
mod git;
mod init;
mod message;
mod repo;
mod run;

pub use files::{looks_public, privacy, remote_host};
pub use init::{InitOptions, InitReport, init};
pub use message::message;
pub use run::{Report, Step, app_is_open, run, run_with};

use crate::i18n::tr;
use crate::t;
use std::path::PathBuf;

/// Why a sync (or its setup) did not happen, or stopped. Whatever the cause, the store file and
/// the commits in the repository are as they were, or hold more than before: nothing is lost.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    NoGit {
        source: std::io::Error,
    },
    NotSetUp {
        store: PathBuf,
    },
    Git {
        what: &'static str,
        said: String,
    },
    Unreachable {
        remote: String,
        said: String,
        /// The message of the commit this sync made, if it made one.
        committed: Option<String>,
    },
    Rejected {
        remote: String,
        said: String,
    },
    MergeStopped {
        /// The files git left conflicted.
        files: Vec<String>,
        /// The store is one of them: the merge driver did not run or failed.
        store: bool,
        said: String,
    },
    MergeUnderWay {
        dir: PathBuf,
    },
    Detached {
        dir: PathBuf,
    },
    AppOpen {
        store: PathBuf,
    },
    PublicRemote {
        url: String,
    },
    RemoteTaken {
        name: String,
        url: String,
    },
    Locked(crate::store::OpenError),
    Load(#[from] crate::store::LoadError),
    Io {
        path: PathBuf,
        what: &'static str,
        source: std::io::Error,
    },
}

fn stopped_advice(store: bool) -> String {
    if store {
        t!("sync-stopped-driver")
    } else {
        t!("sync-stopped-by-hand")
    }
}

fn kept(committed: &Option<String>) -> String {
    match committed {
        Some(message) => t!(
            "sync-kept-committed",
            message = message.lines().next().unwrap_or_default()
        ),
        None => t!("sync-kept-nothing"),
    }
}

fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

impl std::fmt::Display for SyncError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            SyncError::NoGit { source } => t!("sync-no-git", error = source.to_string()),
            SyncError::NotSetUp { store } => t!("sync-not-set-up", store = shown(store)),
            SyncError::Git { what, said } => format!("{}: {said}", tr(what)),
            SyncError::Unreachable {
                remote,
                said,
                committed,
            } => t!(
                "sync-unreachable",
                remote = remote.as_str(),
                said = said.as_str(),
                kept = kept(committed)
            ),
            SyncError::Rejected { remote, said } => t!(
                "sync-rejected",
                remote = remote.as_str(),
                said = said.as_str()
            ),
            SyncError::MergeStopped { files, store, said } => t!(
                "sync-merge-stopped",
                files = files.join(", "),
                said = said.as_str(),
                advice = stopped_advice(*store)
            ),
            SyncError::MergeUnderWay { dir } => t!("sync-merge-under-way", dir = shown(dir)),
            SyncError::Detached { dir } => t!("sync-detached", dir = shown(dir)),
            SyncError::AppOpen { store } => t!("sync-app-open", store = shown(store)),
            SyncError::PublicRemote { url } => t!(
                "sync-public-remote",
                url = url.as_str(),
                privacy = privacy()
            ),
            SyncError::RemoteTaken { name, url } => t!(
                "sync-remote-taken",
                name = name.as_str(),
                url = url.as_str()
            ),
            SyncError::Locked(e) => e.to_string(),
            SyncError::Load(e) => e.to_string(),
            SyncError::Io { path, what, source } => {
                format!("{}: {}: {source}", path.display(), tr(what))
            }
        };
        f.write_str(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn a_refused_or_stopped_sync_speaks_dutch() {
        let not_set_up = SyncError::NotSetUp {
            store: PathBuf::from("/s/mentor.json"),
        };
        let unreachable = SyncError::Unreachable {
            remote: "origin".into(),
            said: "Could not resolve host".into(),
            committed: Some("Alice: 1 goal\n\nmore".into()),
        };
        assert_eq!(
            unreachable.to_string(),
            "cannot reach the remote \"origin\": Could not resolve host. Nothing is lost: your changes are committed here (\"Alice: 1 goal\") and go out with the next `mentor sync`"
        );
        with_lang(Lang::Nl, || {
            assert_eq!(
                not_set_up.to_string(),
                "/s/mentor.json: niet ingesteld voor synchroniseren; voer eerst `mentor sync init` uit (zie `mentor sync init --help`)"
            );
            assert_eq!(
                unreachable.to_string(),
                "kan de remote \"origin\" niet bereiken: Could not resolve host. Er gaat niets verloren: je wijzigingen staan hier in een commit (\"Alice: 1 goal\") en gaan mee met de volgende `mentor sync`"
            );
            let public = SyncError::PublicRemote {
                url: "https://github.com/sam/notes.git".into(),
            }
            .to_string();
            assert!(public.contains(&privacy()), "{public}");
            assert!(public.ends_with("voeg dan --i-understand toe"), "{public}");
            let git = SyncError::Git {
                what: "sync-what-stage",
                said: "index.lock exists".into(),
            };
            assert_eq!(
                git.to_string(),
                "kan de opslag niet stagen: index.lock exists"
            );
        });
    }

    /// The privacy statement is a promise: each language names every part of it.
    #[test]
    fn the_privacy_statement_says_everything_in_both_languages() {
        let en = privacy();
        for part in [
            "whole workspace",
            "private notes",
            "private feedback",
            "full history",
            "only you",
            "Mentee bundles never",
        ] {
            assert!(en.contains(part), "{part}: {en}");
        }
        let nl = with_lang(Lang::Nl, privacy);
        for part in [
            "hele werkruimte",
            "privénotities",
            "privéfeedback",
            "volledige geschiedenis",
            "alleen jij",
            "Mentee-bundels gaan nooit",
        ] {
            assert!(nl.contains(part), "{part}: {nl}");
        }
    }
}
