//! Git for the end-to-end tests of sync and of the reply's exchange, isolated from the machine
//! the tests run on: its own HOME (with an empty global configuration at `home/gitconfig` under
//! the test's root), no system configuration, a fixed author, no repository from the
//! environment.

use std::path::Path;
use std::process::{Command, Output};

/// Gives `cmd` (git, or mentor running git) the isolated environment of the test rooted at
/// `root`.
pub fn isolate(root: &Path, cmd: &mut Command) {
    cmd.env("HOME", root.join("home"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", root.join("home/gitconfig"))
        .env("GIT_AUTHOR_NAME", "Sam Mentor")
        .env("GIT_AUTHOR_EMAIL", "sam@example.org")
        .env("GIT_COMMITTER_NAME", "Sam Mentor")
        .env("GIT_COMMITTER_EMAIL", "sam@example.org")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE");
}

/// Runs `git ARGS` in `dir`, isolated.
pub fn git(root: &Path, dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new("git");
    cmd.args(args).current_dir(dir);
    isolate(root, &mut cmd);
    cmd.output().expect("git runs")
}

/// [`git`], which must succeed; its standard output.
pub fn git_ok(root: &Path, dir: &Path, args: &[&str]) -> String {
    let out = git(root, dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("git writes UTF-8 here")
}
