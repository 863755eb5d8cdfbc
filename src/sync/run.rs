//! `mentor sync`: commit, pull through the merge driver, push, and say what came in.

use super::SyncError;
use super::repo::Repo;
use crate::domain::Workspace;
use crate::domain::merge::{Changes, changes};
use crate::store::fs::RealFs;
use crate::store::lock::{self, Lock};
use crate::store::paths::StorePaths;
use std::path::Path;
use std::time::Duration;

/// Where a sync is, for a progress line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Committing,
    Pulling,
    Pushing,
}

impl Step {
    /// The step in a few words ("pulling").
    pub fn words(self) -> &'static str {
        match self {
            Step::Committing => "committing",
            Step::Pulling => "pulling",
            Step::Pushing => "pushing",
        }
    }
}

/// What a sync did.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The commit of this machine's changes, by its message; `None` when there was nothing new.
    pub sent: Option<String>,
    /// What the pull brought into the store (empty when nothing came in).
    pub received: Changes,
    /// The remote synced with; `None` when the repository has none (the commit stays here).
    pub remote: Option<String>,
    /// The commits went out to the remote.
    pub pushed: bool,
    /// Conflicts open in the store after the sync.
    pub conflicts: usize,
}

/// How long a sync waits for a save in flight (a command's, or the app's) to finish.
const LOCK_WAIT: Duration = Duration::from_secs(10);

/// True when the full-screen app has the store open (it holds the editor lock). The command
/// line does not sync under an open app: the app syncs itself, through [`run`].
pub fn app_is_open(store: &Path) -> bool {
    StorePaths::resolve(store).is_ok_and(|paths| !lock::is_free(&paths.editor_lock()))
}

/// Syncs the store at `store` as the app does: git may not prompt for a password (it fails
/// instead). `progress` hears each step as it starts. See [`run_with`].
pub fn run(store: &Path, progress: &mut dyn FnMut(Step)) -> Result<Report, SyncError> {
    run_with(store, false, progress)
}

/// Syncs the store: makes sure the merge driver is configured, takes the store's write lock
/// (so no save is in flight; the app takes it for each save), commits the store with a message
/// naming what changed, fetches and merges the upstream through the driver, and pushes. With
/// `interactive`, git may ask for a password or passphrase on the terminal.
///
/// Without a remote the commit stays here ([`Report::remote`] is `None`). A remote that cannot
/// be reached is [`SyncError::Unreachable`]: the commit is kept and nothing is lost. A merge git
/// leaves conflicted is undone ([`SyncError::MergeStopped`]).
pub fn run_with(
    store: &Path,
    interactive: bool,
    progress: &mut dyn FnMut(Step),
) -> Result<Report, SyncError> {
    let repo = Repo::set_up(store, interactive)?;
    if repo.merge_under_way()? {
        return Err(SyncError::MergeUnderWay {
            dir: repo.paths.dir.clone(),
        });
    }
    let branch = repo.branch()?;
    repo.ensure_driver()?;
    let _lock = Lock::acquire(&RealFs, &repo.paths.lock, &repo.paths.data, LOCK_WAIT)
        .map_err(SyncError::Locked)?;
    repo.keep_private()?;
    progress(Step::Committing);
    let here = crate::store::load(store)?.workspace;
    let sent = repo.commit(&here)?;
    let Some((remote, upstream)) = repo.remote(&branch)? else {
        return Ok(Report {
            sent,
            received: Changes::default(),
            remote: None,
            pushed: false,
            conflicts: here.conflicts.len(),
        });
    };
    let unreachable = |said: String| SyncError::Unreachable {
        remote: remote.clone(),
        said,
        committed: sent.clone(),
    };
    progress(Step::Pulling);
    let after = pull(&repo, &remote, &branch, upstream.as_deref(), &unreachable)?
        .unwrap_or_else(|| here.clone());
    progress(Step::Pushing);
    push(&repo, &remote, upstream.is_some(), &unreachable)?;
    Ok(Report {
        received: changes(&here, &after),
        sent,
        remote: Some(remote),
        pushed: true,
        conflicts: after.conflicts.len(),
    })
}

/// Fetches from `remote` and merges the upstream (what `git pull --no-rebase --no-edit` does,
/// in two steps so that a remote out of reach and a merge that stopped are told apart). A
/// branch without an upstream merges the remote's branch of the same name, when it has one.
/// Returns the store as merged, or `None` when there was nothing to merge.
fn pull(
    repo: &Repo,
    remote: &str,
    branch: &str,
    upstream: Option<&str>,
    unreachable: &dyn Fn(String) -> SyncError,
) -> Result<Option<Workspace>, SyncError> {
    let fetched = repo.git.run(&["fetch", "--quiet", remote])?;
    if !fetched.ok {
        return Err(unreachable(fetched.last_line()));
    }
    let same_name = format!("{remote}/{branch}");
    let upstream = match upstream {
        Some(u) => Some(u.to_string()),
        None => repo
            .git
            .yes(&[
                "rev-parse",
                "-q",
                "--verify",
                &format!("refs/remotes/{same_name}"),
            ])?
            .then_some(same_name),
    };
    let Some(upstream) = upstream else {
        return Ok(None);
    };
    let merged = repo.git.run(&["merge", "--no-edit", &upstream])?;
    if !merged.ok {
        let said = merged.last_line();
        if repo.merge_under_way()? {
            let listed = repo.git.run(&["diff", "--name-only", "--diff-filter=U"])?;
            let mut files: Vec<String> = listed.stdout.lines().map(str::to_string).collect();
            if files.is_empty() {
                files.push(repo.file.clone());
            }
            let undone = repo.git.run(&["merge", "--abort"])?;
            if !undone.ok {
                return Err(SyncError::Git {
                    what: "git could not merge, nor undo the merge (see `git status`)",
                    said: undone.last_line(),
                });
            }
            let store = files.iter().any(|f| repo.is_store(f));
            return Err(SyncError::MergeStopped { files, store, said });
        }
        return Err(SyncError::Git {
            what: "git did not merge what came in (nothing changed here)",
            said,
        });
    }
    repo.keep_private()?;
    Ok(Some(crate::store::load(&repo.paths.data)?.workspace))
}

/// Pushes the branch: to its upstream, or (the first time) to `remote`, making that the
/// upstream. A push the remote refuses because it moved on meanwhile is
/// [`SyncError::Rejected`]; any other failure is a remote out of reach.
fn push(
    repo: &Repo,
    remote: &str,
    has_upstream: bool,
    unreachable: &dyn Fn(String) -> SyncError,
) -> Result<(), SyncError> {
    let args: &[&str] = if has_upstream {
        &["push", "--quiet", remote, "HEAD"]
    } else {
        &["push", "--quiet", "--set-upstream", remote, "HEAD"]
    };
    let pushed = repo.git.run(args)?;
    if pushed.ok {
        return Ok(());
    }
    let said = pushed.last_line();
    if pushed.stderr.contains("[rejected]") || pushed.stderr.contains("non-fast-forward") {
        return Err(SyncError::Rejected {
            remote: remote.to_string(),
            said,
        });
    }
    Err(unreachable(said))
}
