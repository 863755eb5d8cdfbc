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

mod files;
mod git;
mod init;
mod message;
mod repo;
mod run;

pub use files::{PRIVACY, looks_public, remote_host};
pub use init::{InitOptions, InitReport, init};
pub use message::message;
pub use run::{Report, Step, app_is_open, run, run_with};

use std::path::PathBuf;

/// Why a sync (or its setup) did not happen, or stopped. Whatever the cause, the store file and
/// the commits in the repository are as they were, or hold more than before: nothing is lost.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("cannot run git ({source}); install git and try again")]
    NoGit { source: std::io::Error },
    #[error("{}: not set up for sync; run `mentor sync init` first (see `mentor sync init --help`)", store.display())]
    NotSetUp { store: PathBuf },
    #[error("{what}: {said}")]
    Git { what: &'static str, said: String },
    #[error("cannot reach the remote \"{remote}\": {said}. Nothing is lost: {}", kept(.committed))]
    Unreachable {
        remote: String,
        said: String,
        /// The message of the commit this sync made, if it made one.
        committed: Option<String>,
    },
    #[error(
        "the remote \"{remote}\" refused the push ({said}); nothing is lost: run `mentor sync` again to bring in what arrived meanwhile"
    )]
    Rejected { remote: String, said: String },
    #[error("git could not merge {} on its own ({said}); the merge was undone and nothing changed here (your commit is kept). {}", files.join(", "), stopped_advice(*.store))]
    MergeStopped {
        /// The files git left conflicted.
        files: Vec<String>,
        /// The store is one of them: the merge driver did not run or failed.
        store: bool,
        said: String,
    },
    #[error("a git merge is already under way in {}; finish it or undo it (`git merge --abort`) first", dir.display())]
    MergeUnderWay { dir: PathBuf },
    #[error("{}: no branch is checked out (detached HEAD); check one out (`git switch main`) and sync again", dir.display())]
    Detached { dir: PathBuf },
    #[error("{}: the app has this store open; sync from the app (its sync key), or close it and run `mentor sync` again", store.display())]
    AppOpen { store: PathBuf },
    #[error(
        "{url} looks like a repository on public hosting. {} If it is private and you mean it, add --i-understand",
        files::PRIVACY
    )]
    PublicRemote { url: String },
    #[error(
        "the repository already has a remote \"{name}\" ({url}); remove or rename it first (`git remote rename {name} old`), or leave out --remote to keep it"
    )]
    RemoteTaken { name: String, url: String },
    #[error(transparent)]
    Locked(crate::store::OpenError),
    #[error(transparent)]
    Load(#[from] crate::store::LoadError),
    #[error("{}: {what}: {source}", path.display())]
    Io {
        path: PathBuf,
        what: &'static str,
        source: std::io::Error,
    },
}

fn stopped_advice(store: bool) -> &'static str {
    if store {
        "The merge driver did not merge the store: check that `mentor merge --help` runs, run `mentor sync init` to set the driver up again, then `mentor sync`"
    } else {
        "Merge it by hand (`git pull` in the store's directory, settle the files, `git commit`), then run `mentor sync` again"
    }
}

fn kept(committed: &Option<String>) -> String {
    match committed {
        Some(message) => format!(
            "your changes are committed here (\"{}\") and go out with the next `mentor sync`",
            message.lines().next().unwrap_or_default()
        ),
        None => "there was nothing new to send; the next `mentor sync` tries again".into(),
    }
}
