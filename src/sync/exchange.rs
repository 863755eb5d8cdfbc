//! Bundles and replies through a git repository the mentor and a mentee share: a repository of
//! its own, holding only bundles and replies (never the mentor's store, which holds private
//! notes). The mentor's `share --to DIR` commits the bundle there, the mentee's `reply BUNDLE
//! send` commits the reply file, `inbox --from DIR` pulls; each pushes when the repository has a
//! remote. Every file is written by one side only (the bundle by the mentor, the reply by the
//! mentee), so pulling never meets a conflict.

use super::SyncError;
use super::git::Git;
use std::path::{Path, PathBuf};

/// What publishing a file did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    /// A commit was made (false when the file was committed as it is already).
    pub committed: bool,
    /// The commits went to the remote (false when the repository has none).
    pub pushed: bool,
}

/// The top of the git work tree `dir` is in, if it is in one.
pub fn work_tree(dir: &Path) -> Option<PathBuf> {
    let git = Git::new(dir, true);
    let top = git
        .ok("reply-git-top", &["rev-parse", "--show-toplevel"])
        .ok()?;
    PathBuf::from(top).canonicalize().ok()
}

fn text(path: &Path) -> Result<&str, SyncError> {
    path.to_str().ok_or_else(|| SyncError::Git {
        what: "reply-git-add",
        said: path.display().to_string(),
    })
}

/// The repository's first remote, if it has one.
fn remote(git: &Git) -> Result<Option<String>, SyncError> {
    let remotes = git.ok("reply-git-remote", &["remote"])?;
    Ok(remotes.lines().next().map(str::to_string))
}

/// Brings in what the remote has (a merge; the two sides write different files), when the
/// repository has a remote and the remote has the branch. Returns whether it pulled.
pub fn pull(top: &Path) -> Result<bool, SyncError> {
    let git = Git::new(top, true);
    let Some(origin) = remote(&git)? else {
        return Ok(false);
    };
    if git.yes(&["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"])? {
        git.ok(
            "reply-git-pull",
            &["pull", "-q", "--no-rebase", "--no-edit"],
        )?;
        return Ok(true);
    }
    let branch = git.ok("reply-git-pull", &["symbolic-ref", "--short", "HEAD"])?;
    git.ok("reply-git-pull", &["fetch", "-q", &origin])?;
    let theirs = format!("refs/remotes/{origin}/{branch}");
    if !git.yes(&["rev-parse", "--verify", "-q", &theirs])? {
        return Ok(false);
    }
    git.ok(
        "reply-git-pull",
        &["pull", "-q", "--no-rebase", "--no-edit", &origin, &branch],
    )?;
    Ok(true)
}

/// Commits `file` (in the work tree `top`) alone with `message`, then, when the repository has a
/// remote, pulls and pushes.
pub fn publish(top: &Path, file: &Path, message: &str) -> Result<Published, SyncError> {
    let git = Git::new(top, true);
    let name = text(file)?;
    git.ok("reply-git-add", &["add", "--", name])?;
    let committed = !git.yes(&["diff", "--cached", "--quiet", "--", name])?;
    if committed {
        git.ok(
            "reply-git-commit",
            &["commit", "-q", "-m", message, "--", name],
        )?;
    }
    let Some(origin) = remote(&git)? else {
        return Ok(Published {
            committed,
            pushed: false,
        });
    };
    pull(top)?;
    if git.yes(&["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"])? {
        git.ok("reply-git-push", &["push", "-q"])?;
    } else {
        git.ok("reply-git-push", &["push", "-q", "-u", &origin, "HEAD"])?;
    }
    Ok(Published {
        committed,
        pushed: true,
    })
}
