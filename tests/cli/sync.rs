//! `mentor sync` and `mentor conflicts` end to end, with local repositories only: a bare
//! repository in a temporary directory is the remote, clones of it are the machines. Git is
//! isolated from the machine it runs on (its own HOME, no system configuration, an empty global
//! one, a fixed author), and both git and mentor run with that environment.
//!
//! - Two machines: concurrent adds, edits of different fields of one record, one true conflict
//!   and a removal against an edit; after `sync` on A, B, A the two stores are equal and the
//!   conflicts are listed on both; resolving one on one machine reaches the other.
//! - `sync init` refuses a public-looking remote without `--i-understand` and writes nothing; a
//!   second init (and an init in a fresh clone) adds nothing but what is missing.
//! - A remote out of reach: one clear line, exit code 7, the commit kept, the store untouched.
//! - The commit message names what changed; a sync without a remote commits here and says so.
//! - A merge git itself leaves conflicted is undone; the app holding the store is refused.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temporary world: a private HOME, an empty global git configuration, a bare remote, and a
/// directory per machine.
struct Net {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl Net {
    fn new() -> Net {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir(root.join("home")).unwrap();
        std::fs::write(root.join("home/gitconfig"), "").unwrap();
        let net = Net { _dir: dir, root };
        net.git_ok(&net.root, &["init", "-q", "--bare", "remote.git"]);
        net
    }

    fn remote(&self) -> String {
        self.root.join("remote.git").display().to_string()
    }

    fn machine(&self, m: &str) -> PathBuf {
        self.root.join(m)
    }

    fn store(&self, m: &str) -> PathBuf {
        self.machine(m).join("mentor.json")
    }

    fn isolate(&self, cmd: &mut Command) {
        crate::isolated_git::isolate(&self.root, cmd);
    }

    fn git(&self, dir: &Path, args: &[&str]) -> Output {
        crate::isolated_git::git(&self.root, dir, args)
    }

    fn git_ok(&self, dir: &Path, args: &[&str]) -> String {
        crate::isolated_git::git_ok(&self.root, dir, args)
    }

    /// A machine that starts as a clone of the remote.
    fn clone(&self, m: &str) {
        self.git_ok(&self.root, &["clone", "-q", &self.remote(), m]);
    }

    fn mentor(&self, m: &str, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_mentor"));
        cmd.args(args)
            .current_dir(&self.root)
            .env("MENTOR_STORE", self.store(m))
            .env("MENTOR_NOW", crate::cli_env::NOW)
            .env("TZ", "Europe/Paris");
        self.isolate(&mut cmd);
        cmd.output().unwrap()
    }

    fn ok(&self, m: &str, args: &[&str]) -> String {
        let out = self.mentor(m, args);
        assert!(
            out.status.success(),
            "{m}: {args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs a command that must fail; its exit code and stderr.
    fn fails(&self, m: &str, args: &[&str]) -> (i32, String) {
        let out = self.mentor(m, args);
        assert!(!out.status.success(), "{m}: {args:?} should fail");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stderr).unwrap(),
        )
    }

    fn json(&self, m: &str, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(m, args)).unwrap()
    }

    fn doc(&self, m: &str) -> Value {
        serde_json::from_slice(&std::fs::read(self.store(m)).unwrap()).unwrap()
    }

    /// The subject of the last commit on a machine.
    fn last_subject(&self, m: &str) -> String {
        self.git_ok(&self.machine(m), &["log", "-1", "--format=%s"])
            .trim()
            .to_string()
    }

    fn commits(&self, m: &str) -> usize {
        self.git_ok(&self.machine(m), &["rev-list", "--count", "HEAD"])
            .trim()
            .parse()
            .unwrap()
    }

    /// A goal's ID by its title.
    fn goal(&self, m: &str, title: &str) -> String {
        let goals = self.json(m, &["goal", "list", "--json"]);
        goals
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["title"] == title)
            .unwrap_or_else(|| panic!("no goal {title:?} on {m}: {goals}"))["id"]
            .as_str()
            .unwrap()
            .to_string()
    }

    fn goal_titles(&self, m: &str) -> Vec<String> {
        let mut titles: Vec<String> = self
            .json(m, &["goal", "list", "--json"])
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["title"].as_str().unwrap().to_string())
            .collect();
        titles.sort();
        titles
    }
}

mod cases;
mod scenario;
