//! The git repository a store lives in: finding it, the driver's local configuration, and
//! committing the store.

use super::SyncError;
use super::files::{self, DRIVER, DRIVER_NAME};
use super::git::Git;
use crate::domain::Workspace;
use crate::store::paths::StorePaths;
use std::path::Path;

/// The two files `mentor sync init` writes beside the store.
pub const ATTRIBUTES: &str = ".gitattributes";
pub const IGNORE: &str = ".gitignore";

/// A store inside a git repository. Git runs in the store's directory, so every path handed to
/// it is a plain file name there.
#[derive(Debug)]
pub struct Repo {
    pub git: Git,
    pub paths: StorePaths,
    /// The store's file name in its directory.
    pub file: String,
}

impl Repo {
    /// The store at `store` and the git repository its directory is in, if it is in one.
    pub fn find(store: &Path, interactive: bool) -> Result<(Repo, bool), SyncError> {
        let paths = StorePaths::resolve(store).map_err(|source| SyncError::Io {
            path: store.to_path_buf(),
            what: "cannot use this path",
            source,
        })?;
        let git = Git::new(&paths.dir, interactive);
        let file = paths.file_name();
        let inside = paths.dir.is_dir() && git.ok_inside()?;
        Ok((Repo { git, paths, file }, inside))
    }

    /// The repository of a store set up for sync: the store tracked and sent through the
    /// driver by `.gitattributes`. Anything less is [`SyncError::NotSetUp`].
    pub fn set_up(store: &Path, interactive: bool) -> Result<Repo, SyncError> {
        let (repo, inside) = Repo::find(store, interactive)?;
        let not_set_up = || SyncError::NotSetUp {
            store: store.to_path_buf(),
        };
        if !inside || !repo.tracked()? || repo.merge_attribute()?.as_deref() != Some(DRIVER) {
            return Err(not_set_up());
        }
        Ok(repo)
    }

    /// Makes the store 0600 and its directory 0700 again, as the store makes them: git writes
    /// the files it checks out or merges (and a clone makes the directory) by the umask, so
    /// readable by others on most systems. The directory's mode also covers `.git` inside it,
    /// where every version of the store lies.
    pub fn keep_private(&self) -> Result<(), SyncError> {
        use std::os::unix::fs::PermissionsExt;
        for (path, mode) in [(&self.paths.data, 0o600), (&self.paths.dir, 0o700)] {
            let io = |what| {
                move |source| SyncError::Io {
                    path: path.clone(),
                    what,
                    source,
                }
            };
            let meta = std::fs::metadata(path).map_err(io("cannot read the permissions"))?;
            if meta.permissions().mode() & 0o077 != 0 {
                let kept = meta.permissions().mode() & 0o700 | mode & 0o700;
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(kept))
                    .map_err(io("cannot make it private"))?;
            }
        }
        Ok(())
    }

    /// Is `path` (as git names it, from the top of the repository) the store file?
    pub fn is_store(&self, path: &str) -> bool {
        Path::new(path)
            .file_name()
            .is_some_and(|n| n.to_string_lossy() == self.file)
    }

    /// Is the store file tracked by git?
    pub fn tracked(&self) -> Result<bool, SyncError> {
        self.git
            .yes(&["ls-files", "--error-unmatch", "--", &self.file])
    }

    /// The `merge` attribute git gives the store file.
    pub fn merge_attribute(&self) -> Result<Option<String>, SyncError> {
        let out = self.git.ok(
            "cannot read .gitattributes",
            &["check-attr", "merge", "--", &self.file],
        )?;
        let value = out.rsplit(": ").next().unwrap_or("").trim();
        Ok((!matches!(value, "" | "unspecified" | "unset")).then(|| value.to_string()))
    }

    /// Puts the merge driver into the repository's local configuration when it is missing or
    /// names another program: a fresh clone has none (git never copies configuration). Returns
    /// whether it wrote anything.
    pub fn ensure_driver(&self) -> Result<bool, SyncError> {
        let exe = std::env::current_exe().map_err(|source| SyncError::Io {
            path: self.paths.dir.clone(),
            what: "cannot find the running mentor program for the merge driver",
            source,
        })?;
        let wanted = files::driver_command(&exe.to_string_lossy());
        let name_key = format!("merge.{DRIVER}.name");
        let driver_key = format!("merge.{DRIVER}.driver");
        let mut wrote = false;
        if self.git.config(&name_key)?.as_deref() != Some(DRIVER_NAME) {
            self.set_local(&name_key, DRIVER_NAME)?;
            wrote = true;
        }
        if self.git.config(&driver_key)?.as_deref() != Some(wanted.as_str()) {
            self.set_local(&driver_key, &wanted)?;
            wrote = true;
        }
        Ok(wrote)
    }

    fn set_local(&self, key: &str, value: &str) -> Result<(), SyncError> {
        self.git
            .ok(
                "cannot set the merge driver in the repository's configuration",
                &["config", "--local", key, value],
            )
            .map(drop)
    }

    /// The files a sync commits, of those that exist: the store and the two attribute files.
    fn committed_files(&self) -> Vec<String> {
        [self.file.as_str(), ATTRIBUTES, IGNORE]
            .into_iter()
            .filter(|f| self.paths.dir.join(f).exists())
            .map(str::to_string)
            .collect()
    }

    /// Commits the store, `.gitattributes` and `.gitignore` (and nothing else the user may have
    /// staged) when they differ from HEAD; the message names what changed in the store since
    /// HEAD ([`super::message`]). Returns the message, or `None` when there was nothing to
    /// commit.
    pub fn commit(&self, now: &Workspace) -> Result<Option<String>, SyncError> {
        self.commit_as(now, None)
    }

    /// [`Repo::commit`] with the message given, when there is one.
    pub fn commit_as(
        &self,
        now: &Workspace,
        given: Option<&str>,
    ) -> Result<Option<String>, SyncError> {
        let files = self.committed_files();
        let mut add = vec!["add", "--"];
        add.extend(files.iter().map(String::as_str));
        self.git.ok("cannot stage the store", &add)?;
        let mut diff = vec!["diff", "--cached", "--quiet", "--"];
        diff.extend(files.iter().map(String::as_str));
        let has_head = self.git.yes(&["rev-parse", "-q", "--verify", "HEAD"])?;
        if has_head && self.git.yes(&diff)? {
            return Ok(None);
        }
        let text = match given {
            Some(text) => text.to_string(),
            None => {
                let before = self.at_head()?;
                let store_changed = !has_head
                    || !self
                        .git
                        .yes(&["diff", "--cached", "--quiet", "--", &self.file])?;
                super::message::message(before.as_ref(), now, store_changed)
            }
        };
        let mut commit = vec!["commit", "-q", "-m", text.as_str(), "--"];
        commit.extend(files.iter().map(String::as_str));
        self.git.ok("cannot commit the store", &commit)?;
        Ok(Some(text))
    }

    /// The workspace in the store as HEAD has it; `None` when HEAD has none (or it does not
    /// read: the message then says less, nothing else depends on it).
    fn at_head(&self) -> Result<Option<Workspace>, SyncError> {
        let ran = self.git.run(&["show", &format!("HEAD:./{}", self.file)])?;
        if !ran.ok {
            return Ok(None);
        }
        Ok(
            crate::store::format::parse(ran.stdout.as_bytes(), &self.paths.data, true)
                .ok()
                .map(|p| p.workspace),
        )
    }

    /// The branch checked out; a detached HEAD is refused.
    pub fn branch(&self) -> Result<String, SyncError> {
        let ran = self.git.run(&["symbolic-ref", "--short", "-q", "HEAD"])?;
        if ran.ok {
            Ok(ran.stdout.trim().to_string())
        } else {
            Err(SyncError::Detached {
                dir: self.paths.dir.clone(),
            })
        }
    }

    /// Is a merge stopped half way (by the user, or a sync that was killed)?
    pub fn merge_under_way(&self) -> Result<bool, SyncError> {
        self.git.yes(&["rev-parse", "-q", "--verify", "MERGE_HEAD"])
    }

    /// The remote to sync with: the branch's upstream remote, else `origin`, else the only one.
    /// The second value is the upstream (`origin/main`) when the branch has one.
    pub fn remote(&self, branch: &str) -> Result<Option<(String, Option<String>)>, SyncError> {
        let upstream = self.git.run(&[
            "rev-parse",
            "--abbrev-ref",
            "--symbolic-full-name",
            "@{upstream}",
        ])?;
        if upstream.ok
            && let Some(remote) = self.git.config(&format!("branch.{branch}.remote"))?
            && remote != "."
        {
            return Ok(Some((remote, Some(upstream.stdout.trim().to_string()))));
        }
        let remotes = self.git.ok("cannot list the remotes", &["remote"])?;
        let names: Vec<&str> = remotes
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let chosen = names
            .iter()
            .find(|n| **n == "origin")
            .or(names.first().filter(|_| names.len() == 1));
        Ok(chosen.map(|n| (n.to_string(), None)))
    }
}

impl Git {
    /// Is this directory inside a git work tree?
    fn ok_inside(&self) -> Result<bool, SyncError> {
        let ran = self.run(&["rev-parse", "--is-inside-work-tree"])?;
        Ok(ran.ok && ran.stdout.trim() == "true")
    }
}
