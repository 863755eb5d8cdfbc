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
    /// The last line git wrote on stderr (or stdout), for a one-line report.
    pub fn last_line(&self) -> String {
        last_line(&self.stderr)
            .or_else(|| last_line(&self.stdout))
            .unwrap_or_else(|| "git said nothing more".into())
    }
}

fn last_line(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty() && !l.starts_with("hint:"))
        .map(|l| {
            l.trim_start_matches("fatal: ")
                .trim_start_matches("error: ")
                .to_string()
        })
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

    #[test]
    fn the_last_line_skips_hints_and_prefixes() {
        let ran = Ran {
            ok: false,
            stdout: String::new(),
            stderr: "fatal: unable to access 'x': Could not resolve host: x\nhint: try again\n\n"
                .into(),
        };
        assert_eq!(
            ran.last_line(),
            "unable to access 'x': Could not resolve host: x"
        );
        let quiet = Ran {
            ok: false,
            stdout: String::new(),
            stderr: String::new(),
        };
        assert_eq!(quiet.last_line(), "git said nothing more");
    }
}
