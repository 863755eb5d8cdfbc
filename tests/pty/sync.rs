//! Sync and its conflicts in a real terminal (issue 15): a store holding a conflict shows the
//! banner, the list settles it with one key and the file says so; the sync key on a store not
//! set up says how to set it up; the sync key against a local bare repository brings in what
//! another machine sent. Git runs isolated: its own HOME, no system configuration, an empty
//! global one, a fixed author.

use crate::pty_harness;

use pty_harness::{Launch, Tui, has, row_text};
use serde_json::{Value, json};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A temporary world for git: a private HOME with an empty configuration.
struct World {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl World {
    fn new() -> World {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir(root.join("home")).unwrap();
        std::fs::write(root.join("home/gitconfig"), "").unwrap();
        World { _dir: dir, root }
    }

    /// The environment git (and so mentor's sync) runs with.
    fn env(&self) -> Vec<(&'static str, OsString)> {
        let home = self.root.join("home");
        vec![
            ("HOME", home.clone().into()),
            ("GIT_CONFIG_NOSYSTEM", "1".into()),
            ("GIT_CONFIG_GLOBAL", home.join("gitconfig").into()),
            ("GIT_AUTHOR_NAME", "Sam Mentor".into()),
            ("GIT_AUTHOR_EMAIL", "sam@example.org".into()),
            ("GIT_COMMITTER_NAME", "Sam Mentor".into()),
            ("GIT_COMMITTER_EMAIL", "sam@example.org".into()),
        ]
    }

    fn command(&self, program: &str, dir: &Path) -> Command {
        let mut cmd = Command::new(program);
        cmd.current_dir(dir)
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("MENTOR_STORE");
        for (k, v) in self.env() {
            cmd.env(k, v);
        }
        cmd
    }

    fn git(&self, dir: &Path, args: &[&str]) {
        let out = self.command("git", dir).args(args).output().unwrap();
        assert!(out.status.success(), "git {args:?}: {out:?}");
    }

    /// `mentor --store STORE ARGS`, which must succeed; its output.
    fn mentor(&self, store: &Path, args: &[&str]) -> String {
        let out = self
            .command(env!("CARGO_BIN_EXE_mentor"), &self.root)
            .arg("--store")
            .arg(store)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "mentor {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// The app on `store`, with git's environment.
    fn app(&self, name: &'static str, store: &Path) -> Tui {
        let tui = Tui::start(Launch {
            cwd: Some(self.root.clone()),
            env: self.env(),
            ..Launch::new(name, &[Path::new("--store"), store])
        });
        tui.wait_for("the first screen", |s| {
            has(s, "Mentees (") && has(s, " q quit")
        });
        tui
    }
}

fn doc(store: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(store).unwrap()).unwrap()
}

#[test]
fn a_conflict_is_settled_with_one_key_and_the_file_says_so() {
    let world = World::new();
    let store = world.root.join("mentor.json");
    world.mentor(
        &store,
        &["mentee", "add", "Alice Moreau", "--kind", "career"],
    );
    world.mentor(
        &store,
        &["goal", "add", "--mentee", "alice", "Lead a review"],
    );
    let mut d = doc(&store);
    let (m, g) = (
        d["mentees"][0]["id"].as_str().unwrap().to_string(),
        d["mentees"][0]["goals"][0]["id"]
            .as_str()
            .unwrap()
            .to_string(),
    );
    d["conflicts"] = json!([{
        "id": "x0123456789ab",
        "path": ["mentees", m, "goals", g, "title"],
        "kind": "field",
        "kept": "Lead a review",
        "other": "Lead two reviews",
        "found_on": "2026-12-01"
    }]);
    std::fs::write(&store, serde_json::to_vec_pretty(&d).unwrap()).unwrap();

    let mut tui = world.app("conflict", &store);
    tui.wait_for("the banner", |s| {
        row_text(s, 0).contains("1 conflict from sync: C lists them")
    });
    // Not set up for sync: the sync key says how to set it up.
    tui.send("Y");
    tui.wait_for("the advice", |s| has(s, "run `mentor sync init` first"));
    tui.send("C");
    tui.wait_for("the list", |s| {
        has(s, "Conflicts a sync left (1 of 1)") && has(s, "set aside: Lead two reviews")
    });
    tui.send("o");
    tui.wait_for("the settling", |s| has(s, "no conflicts left"));
    tui.esc("the list closed", |s| !has(s, "Conflicts a sync left"));
    tui.wait_for("the banner gone and the save", |s| {
        !row_text(s, 0).contains("conflict") && row_text(s, 0).contains("saved")
    });
    tui.quit();
    let d = doc(&store);
    assert_eq!(d["mentees"][0]["goals"][0]["title"], "Lead two reviews");
    assert!(d.get("conflicts").is_none(), "{d:#}");
}

#[test]
fn the_sync_key_brings_in_what_another_machine_sent() {
    let world = World::new();
    world.git(&world.root, &["init", "-q", "--bare", "remote.git"]);
    let remote = world.root.join("remote.git").display().to_string();
    std::fs::create_dir(world.root.join("a")).unwrap();
    let a = world.root.join("a/mentor.json");
    world.mentor(&a, &["mentee", "add", "Alice Moreau", "--kind", "career"]);
    world.mentor(&a, &["sync", "init", "--remote", &remote]);
    world.mentor(&a, &["sync"]);
    world.git(&world.root, &["clone", "-q", &remote, "b"]);
    let b = world.root.join("b/mentor.json");
    world.mentor(&b, &["sync"]);
    world.mentor(
        &b,
        &["goal", "add", "--mentee", "alice", "Sent from the desktop"],
    );
    world.mentor(&b, &["sync"]);

    let mut tui = world.app("sync", &a);
    tui.send("Y");
    tui.wait_for("what came in", |s| {
        has(s, "synced: came in: ") && has(s, "Sent from the desktop")
    });
    tui.quit();
    let d = doc(&a);
    assert_eq!(
        d["mentees"][0]["goals"][0]["title"],
        "Sent from the desktop"
    );
}
