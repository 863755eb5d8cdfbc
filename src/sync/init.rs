//! `mentor sync init`: setting a store up for sync. Every step only fills in what is missing,
//! so running it again, or in a fresh clone, is harmless.

use super::SyncError;
use super::files;
use super::repo::{ATTRIBUTES, IGNORE, Repo};
use crate::domain::ops::{Ctx, Op};
use crate::store::{OpenOptions, Store};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What to set up.
#[derive(Debug, Clone, Default)]
pub struct InitOptions {
    /// A remote to add as `origin`.
    pub remote: Option<String>,
    /// The person has read that the remote holds everything, and a public-looking URL is
    /// really private.
    pub i_understand: bool,
    /// May git ask for passwords (the command line) or not (the app)?
    pub interactive: bool,
}

/// What `init` did; each `bool` is true when that step wrote something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitReport {
    /// The top of the repository the store is in.
    pub top: PathBuf,
    pub created_repository: bool,
    pub attributes: bool,
    pub ignore: bool,
    pub driver: bool,
    /// The workspace was marked replicated now.
    pub replicated: bool,
    /// The commit made, by its message.
    pub committed: Option<String>,
    /// The remote `origin` added now.
    pub remote_added: Option<String>,
    /// The remote the repository syncs with, if any (added now or before).
    pub remote: Option<String>,
}

/// The message of the commit `init` makes.
pub const INIT_MESSAGE: &str = "mentor sync init: the store, .gitattributes and .gitignore";

/// How long init waits for a command or the app to finish a save.
const LOCK_WAIT: Duration = Duration::from_secs(10);

/// Sets the store at `store` up for sync: see the module's documentation. A public-looking
/// remote without `i_understand`, or a different `origin` already there, is refused before
/// anything is written.
pub fn init(store: &Path, options: &InitOptions, ctx: &Ctx) -> Result<InitReport, SyncError> {
    if let Some(url) = &options.remote
        && files::looks_public(url)
        && !options.i_understand
    {
        return Err(SyncError::PublicRemote { url: url.clone() });
    }
    let (repo, inside) = Repo::find(store, options.interactive)?;
    if inside && let Some(url) = &options.remote {
        check_origin(&repo, url)?;
    }
    let replicated = mark_replicated(store, ctx)?;
    let created_repository = !inside;
    if created_repository {
        repo.git
            .ok("cannot make a git repository", &["init", "-q"])?;
    }
    let top = PathBuf::from(repo.git.ok(
        "cannot find the repository",
        &["rev-parse", "--show-toplevel"],
    )?);
    let attributes = write_lines(
        &repo.paths.dir.join(ATTRIBUTES),
        &[files::attributes_line(&repo.file)],
    )?;
    let ignore = write_lines(
        &repo.paths.dir.join(IGNORE),
        &files::ignore_lines(&repo.file),
    )?;
    let driver = repo.ensure_driver()?;
    repo.keep_private()?;
    // A commit only when init wrote something: a store changed since is the next sync's to
    // commit, under a message naming what changed.
    let wrote = created_repository || attributes || ignore || replicated;
    let committed = if wrote {
        let ws = crate::store::load(store)?.workspace;
        repo.commit_as(&ws, Some(INIT_MESSAGE))?
    } else {
        None
    };
    let remote_added = match &options.remote {
        Some(url) if repo.git.config("remote.origin.url")?.is_none() => {
            repo.git
                .ok("cannot add the remote", &["remote", "add", "origin", url])?;
            Some(url.clone())
        }
        _ => None,
    };
    let branch = repo.branch()?;
    let remote = match repo.remote(&branch)? {
        Some((name, _)) => repo.git.config(&format!("remote.{name}.url"))?,
        None => None,
    };
    Ok(InitReport {
        top,
        created_repository,
        attributes,
        ignore,
        driver,
        replicated,
        committed,
        remote_added,
        remote,
    })
}

/// Refuses a remote URL when `origin` exists already with another URL.
fn check_origin(repo: &Repo, url: &str) -> Result<(), SyncError> {
    match repo.git.config("remote.origin.url")? {
        Some(existing) if existing != url => Err(SyncError::RemoteTaken {
            name: "origin".into(),
            url: existing,
        }),
        _ => Ok(()),
    }
}

/// Marks the workspace replicated through [`Op::Replicate`], saved like any command's change
/// (the store is created when there is none yet). Returns whether it changed anything.
fn mark_replicated(store: &Path, ctx: &Ctx) -> Result<bool, SyncError> {
    let options = OpenOptions {
        lock_wait: LOCK_WAIT,
        ..OpenOptions::default()
    };
    let (mut opened, mut ws) = Store::open(store, &options).map_err(|e| match e {
        crate::store::OpenError::Load(e) => SyncError::Load(e),
        other => SyncError::Locked(other),
    })?;
    if ws.replicated {
        return Ok(false);
    }
    // The op cannot fail; its refusal would still be worded, never unwrapped.
    Op::Replicate
        .apply(&mut ws, ctx)
        .map_err(|e| SyncError::Git {
            what: "cannot mark the workspace replicated",
            said: e.to_string(),
        })?;
    opened
        .save(&ws)
        .map_err(|e| SyncError::Locked(crate::store::OpenError::Save(e)))?;
    Ok(true)
}

/// Adds the lines `path` lacks; returns whether it wrote the file.
fn write_lines(path: &Path, wanted: &[String]) -> Result<bool, SyncError> {
    let io = |what| {
        move |source| SyncError::Io {
            path: path.to_path_buf(),
            what,
            source,
        }
    };
    let existing = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(io("cannot read")(e)),
    };
    match files::fill_in(&existing, wanted) {
        Some(text) => std::fs::write(path, text)
            .map(|()| true)
            .map_err(io("cannot write")),
        None => Ok(false),
    }
}
