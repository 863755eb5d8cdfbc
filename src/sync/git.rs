//! Running the user's own `git`: their credentials, SSH configuration and hooks apply. Never a
//! git library, never a shell: each call is one `git` process with its arguments.

use super::SyncError;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// `git` in one directory.
#[derive(Debug, Clone)]
pub struct Git {
    dir: PathBuf,
    /// May git ask the person for a password or passphrase? Not when the app runs it in the
    /// background: a prompt would hang, so it fails instead.
    interactive: bool,
}

/// What one git command gave back.
#[derive(Debug)]
pub struct Ran {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
}

impl Ran {
    /// What git said went wrong, in one line: its first `fatal:` or `error:` line (the lines
    /// after it are advice), else the last line it wrote on stderr (or stdout).
    pub fn last_line(&self) -> String {
        let first_fatal = self.stderr.lines().map(str::trim).find_map(|l| {
            l.strip_prefix("fatal: ")
                .or_else(|| l.strip_prefix("error: "))
                .map(str::to_string)
        });
        first_fatal
            .or_else(|| last_line(&self.stderr))
            .or_else(|| last_line(&self.stdout))
            .map(|l| l.trim_end_matches('.').to_string())
            .unwrap_or_else(|| "git said nothing more".into())
    }
}

fn last_line(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty() && !l.starts_with("hint:"))
        .map(str::to_string)
}

impl Git {
    pub fn new(dir: &Path, interactive: bool) -> Git {
        Git {
            dir: dir.to_path_buf(),
            interactive,
        }
    }

    /// Runs `git ARGS` in the directory; fails only when git cannot be started.
    pub fn run(&self, args: &[&str]) -> Result<Ran, SyncError> {
        let mut cmd = Command::new("git");
        cmd.args(args).current_dir(&self.dir);
        // A merge's commit message is never opened in an editor.
        cmd.env("GIT_MERGE_AUTOEDIT", "no");
        if self.interactive {
            cmd.stdin(Stdio::inherit());
        } else {
            cmd.stdin(Stdio::null()).env("GIT_TERMINAL_PROMPT", "0");
        }
        let out: Output = cmd.output().map_err(|source| SyncError::NoGit { source })?;
        Ok(Ran {
            ok: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        })
    }

    /// Runs `git ARGS` and returns its standard output, trimmed; a failure is an error that
    /// says what was being done and what git said.
    pub fn ok(&self, what: &'static str, args: &[&str]) -> Result<String, SyncError> {
        let ran = self.run(args)?;
        if ran.ok {
            Ok(ran.stdout.trim_end().to_string())
        } else {
            Err(SyncError::Git {
                what,
                said: ran.last_line(),
            })
        }
    }

    /// Runs `git ARGS` and says only whether it succeeded (for questions such as "is there an
    /// upstream?").
    pub fn yes(&self, args: &[&str]) -> Result<bool, SyncError> {
        Ok(self.run(args)?.ok)
    }

    /// The value of a configuration key, if set.
    pub fn config(&self, key: &str) -> Result<Option<String>, SyncError> {
        let ran = self.run(&["config", "--get", key])?;
        Ok(ran.ok.then(|| ran.stdout.trim_end().to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ran(stdout: &str, stderr: &str) -> Ran {
        Ran {
            ok: false,
            stdout: stdout.into(),
            stderr: stderr.into(),
        }
    }

    #[test]
    fn what_git_said_is_its_first_fatal_line_without_the_advice() {
        let gone = ran(
            "",
            "fatal: '/srv/gone.git' does not appear to be a git repository\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n",
        );
        assert_eq!(
            gone.last_line(),
            "'/srv/gone.git' does not appear to be a git repository"
        );
        let host = ran(
            "",
            "hint: try again\nfatal: unable to access 'x': Could not resolve host: x\n",
        );
        assert_eq!(
            host.last_line(),
            "unable to access 'x': Could not resolve host: x"
        );
        let merge = ran(
            "Auto-merging .gitignore\nCONFLICT (content): Merge conflict in .gitignore\nAutomatic merge failed; fix conflicts and then commit the result.\n",
            "",
        );
        assert_eq!(
            merge.last_line(),
            "Automatic merge failed; fix conflicts and then commit the result"
        );
        assert_eq!(ran("", "").last_line(), "git said nothing more");
    }
}
