//! The reply through a git repository the mentor and the mentee share (a bare repository in a
//! temporary directory, one clone each; git isolated from the machine by `isolated_git.rs`): the
//! mentor's `share --to` commits and pushes the bundle, the mentee's `reply ... send` commits
//! and pushes the reply, the mentor's `inbox --from` pulls and takes it in, and the next share
//! brings the answers back. The store itself never goes into that repository.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct World {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl World {
    fn new() -> World {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        for d in ["home", "data"] {
            std::fs::create_dir(root.join(d)).unwrap();
        }
        std::fs::write(root.join("home/gitconfig"), "").unwrap();
        let w = World { _dir: dir, root };
        w.git_ok(&w.root, &["init", "-q", "--bare", "exchange.git"]);
        w
    }

    fn isolate(&self, cmd: &mut Command) {
        crate::isolated_git::isolate(&self.root, cmd);
    }

    fn git_ok(&self, dir: &Path, args: &[&str]) -> String {
        crate::isolated_git::git_ok(&self.root, dir, args)
    }

    fn clone(&self, name: &str) -> PathBuf {
        self.git_ok(&self.root, &["clone", "-q", "exchange.git", name]);
        self.root.join(name)
    }

    fn store(&self) -> PathBuf {
        self.root.join("data/mentor.json")
    }

    fn mentor(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_mentor"));
        cmd.args(args)
            .current_dir(&self.root)
            .env("MENTOR_STORE", self.store())
            .env("MENTOR_CONFIG", self.root.join("home/none.toml"))
            .env("MENTOR_NOW", crate::cli_env::NOW)
            .env("TZ", "Europe/Paris")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8");
        self.isolate(&mut cmd);
        cmd.output().unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.mentor(args);
        assert!(
            out.status.success(),
            "{args:?}: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn fails(&self, args: &[&str]) -> String {
        let out = self.mentor(args);
        assert!(!out.status.success(), "{args:?} should fail");
        String::from_utf8(out.stderr).unwrap()
    }

    fn files_in_remote(&self) -> Vec<String> {
        let bare = self.root.join("exchange.git");
        let out = self.git_ok(&bare, &["ls-tree", "-r", "--name-only", "HEAD"]);
        out.lines().map(str::to_string).collect()
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn share_reply_and_inbox_through_two_clones() {
    let w = World::new();
    w.ok(&["mentee", "add", "Alice Moreau"]);
    w.ok(&[
        "goal",
        "add",
        "--mentee",
        "alice",
        "Give talks",
        "--metric",
        "talks",
        "--target",
        "4",
    ]);
    w.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "yesterday 10:00",
        "--action",
        "Draft",
    ]);
    w.ok(&["session", "add", "--mentee", "alice", "--at", "+7d 10:00"]);
    let mentor_side = w.clone("mentor-side");
    let out = w.ok(&["share", "alice", "--to", s(&mentor_side)]);
    assert!(out.contains("Committed") && out.contains("pushed"), "{out}");
    assert_eq!(
        w.files_in_remote(),
        ["alice-moreau.mentor.json"],
        "only the bundle goes in"
    );

    // The mentee clones, replies and sends.
    let mentee_side = w.clone("mentee-side");
    let bundle = mentee_side.join("alice-moreau.mentor.json");
    w.ok(&["reply", s(&bundle), "progress", "g2", "1"]);
    w.ok(&["reply", s(&bundle), "topic", "Which conference first?"]);
    let sent = w.ok(&["reply", s(&bundle), "send"]);
    assert!(sent.contains("pushed"), "{sent}");
    assert_eq!(
        w.files_in_remote(),
        ["alice-moreau.mentor.json", "alice-moreau.reply.json"]
    );

    // The mentor pulls and takes it in, accepts all, shares again.
    let inbox = w.ok(&["inbox", "--from", s(&mentor_side)]);
    assert!(inbox.contains("2 new entries from Alice Moreau"), "{inbox}");
    let again = w.ok(&["inbox", "--from", s(&mentor_side)]);
    assert!(again.contains("Nothing new from Alice Moreau"), "{again}");
    let reply = mentor_side.join("alice-moreau.reply.json");
    w.ok(&["inbox", s(&reply), "--accept-all"]);
    w.ok(&["share", "alice", "--to", s(&mentor_side)]);

    // The mentee pulls: the answers are in the bundle.
    w.git_ok(&mentee_side, &["pull", "-q"]);
    let list = w.ok(&["reply", s(&bundle), "list"]);
    assert!(
        list.contains("Your mentor has answered everything"),
        "{list}"
    );
    assert_eq!(list.matches("accepted").count(), 2, "{list}");
    let print = w.ok(&["view", s(&bundle), "--print"]);
    assert!(print.contains("talks: 1 of 4"), "{print}");
    // The store never went into the exchange.
    let log = w.git_ok(&mentor_side, &["log", "--name-only", "--format="]);
    assert!(
        log.lines()
            .all(|l| l.is_empty() || l.starts_with("alice-moreau.")),
        "{log}"
    );
}

#[test]
fn the_stores_own_repository_and_a_folder_outside_git_are_refused() {
    let w = World::new();
    w.ok(&["mentee", "add", "Alice Moreau"]);
    w.git_ok(&w.root.join("data"), &["init", "-q"]);
    let err = w.fails(&["share", "alice", "--to", s(&w.root.join("data"))]);
    assert!(err.contains("holds your store"), "{err}");
    let plain = w.root.join("plain");
    std::fs::create_dir(&plain).unwrap();
    let err = w.fails(&["share", "alice", "--to", s(&plain)]);
    assert!(err.contains("is not in a git work tree"), "{err}");
    w.ok(&["share", "alice", "-o", s(&plain.join("alice.mentor.json"))]);
    w.ok(&["reply", s(&plain.join("alice.mentor.json")), "topic", "hi"]);
    let err = w.fails(&["reply", s(&plain.join("alice.mentor.json")), "send"]);
    assert!(err.contains("is not in a git work tree"), "{err}");
}
