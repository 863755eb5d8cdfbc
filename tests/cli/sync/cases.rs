//! Setting sync up, and what a sync does when something is missing or out of reach.

use super::Net;
use mentor::store::{OpenOptions, Store};
use std::sync::Arc;

#[test]
fn init_refuses_a_public_remote_without_i_understand_and_writes_nothing() {
    let net = Net::new();
    net.ok("a", &["mentee", "add", "Alice", "--kind", "career"]);
    let before = std::fs::read(net.store("a")).unwrap();
    for url in [
        "https://github.com/sam/mentoring.git",
        "git@gitlab.com:sam/mentoring.git",
        "ssh://git@codeberg.org/sam/mentoring.git",
    ] {
        let (code, err) = net.fails("a", &["sync", "init", "--remote", url]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("private notes"), "{err}");
        assert!(err.contains("--i-understand"), "{err}");
        assert!(
            !net.machine("a").join(".git").exists(),
            "{url}: a repository was made"
        );
        assert_eq!(std::fs::read(net.store("a")).unwrap(), before);
    }
    let out = net.ok(
        "a",
        &[
            "sync",
            "init",
            "--remote",
            "https://github.com/sam/mentoring.git",
            "--i-understand",
        ],
    );
    assert!(
        out.starts_with("Privacy: A git remote holds your whole workspace"),
        "{out}"
    );
    let url = net.git_ok(&net.machine("a"), &["remote", "get-url", "origin"]);
    assert_eq!(url.trim(), "https://github.com/sam/mentoring.git");
}

#[test]
fn a_second_init_and_an_init_in_a_fresh_clone_are_harmless() {
    let net = Net::new();
    net.ok("a", &["mentee", "add", "Alice", "--kind", "career"]);
    let out = net.ok("a", &["sync", "init", "--remote", &net.remote()]);
    assert!(out.contains("Made "), "{out}");
    assert_eq!(net.doc("a")["replicated"], true);
    let dir = net.machine("a");
    let ignore = std::fs::read_to_string(dir.join(".gitignore")).unwrap();
    for line in [
        "/mentor.json.lock",
        "/mentor.json.editor.lock",
        "/.mentor.json.tmp-*",
        "/mentor.json.backups/",
        "/mentor.json.conflict-*",
        "*.mentor.json",
        "!/mentor.json",
    ] {
        assert!(
            ignore.lines().any(|l| l == line),
            "{line} missing:\n{ignore}"
        );
    }
    let attrs = net.git_ok(&dir, &["check-attr", "merge", "--", "mentor.json"]);
    assert_eq!(attrs.trim(), "mentor.json: merge: mentor");
    assert_eq!(net.commits("a"), 1);
    assert_eq!(
        net.last_subject("a"),
        "mentor sync init: the store, .gitattributes and .gitignore"
    );
    // Nothing a sync must leave out is there to commit.
    net.ok("a", &["goal", "add", "--mentee", "alice", "Lead a review"]);
    net.ok(
        "a",
        &[
            "share",
            "alice",
            "-o",
            &dir.join("alice.mentor.json").display().to_string(),
        ],
    );
    let status = net.git_ok(&dir, &["status", "--porcelain", "--ignored=no"]);
    assert_eq!(status.trim(), "M mentor.json", "{status}");

    let again = net.ok("a", &["sync", "init"]);
    assert!(again.contains("Already set up: nothing to do."), "{again}");
    assert_eq!(
        std::fs::read_to_string(dir.join(".gitignore")).unwrap(),
        ignore
    );
    assert_eq!(net.commits("a"), 1);

    net.ok("a", &["sync"]);
    net.clone("b");
    let b = net.machine("b");
    assert!(
        net.git(&b, &["config", "--local", "merge.mentor.driver"])
            .stdout
            .is_empty()
    );
    let out = net.ok("b", &["sync", "init"]);
    assert!(out.contains("The merge driver is set"), "{out}");
    assert!(!out.contains("Committed"), "{out}");
    assert_eq!(net.commits("b"), 2);
    assert!(
        !net.git(&b, &["config", "--local", "merge.mentor.driver"])
            .stdout
            .is_empty()
    );
}

#[test]
fn the_commit_message_names_what_changed_and_no_remote_keeps_it_here() {
    let net = Net::new();
    net.ok("a", &["mentee", "add", "Alice", "--kind", "career"]);
    net.ok("a", &["sync", "init"]);
    net.ok("a", &["goal", "add", "--mentee", "alice", "Lead a review"]);
    net.ok("a", &["goal", "add", "--mentee", "alice", "Give a talk"]);
    net.ok(
        "a",
        &[
            "session",
            "add",
            "--mentee",
            "alice",
            "--at",
            "2026-11-30 10:00",
        ],
    );
    let out = net.ok("a", &["sync"]);
    assert_eq!(
        out,
        "Committed: Alice: 2 goals, 1 session\nNo remote: the commit stays on this machine (add one with `mentor sync init --remote URL`).\n"
    );
    assert_eq!(net.last_subject("a"), "Alice: 2 goals, 1 session");
    let again = net.ok("a", &["sync"]);
    assert!(again.starts_with("Nothing new to commit here."), "{again}");
    assert_eq!(net.commits("a"), 2);
}

#[test]
fn an_unreachable_remote_loses_nothing() {
    let net = Net::new();
    net.ok("a", &["mentee", "add", "Alice", "--kind", "career"]);
    let away = net.root.join("away.git").display().to_string();
    net.ok("a", &["sync", "init", "--remote", &away]);
    net.ok("a", &["goal", "add", "--mentee", "alice", "Lead a review"]);
    let before = std::fs::read(net.store("a")).unwrap();
    let (code, err) = net.fails("a", &["sync"]);
    assert_eq!(code, 7, "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("mentor: cannot reach the remote \"origin\""),
        "{err}"
    );
    assert!(
        err.contains("does not appear to be a git repository. Nothing is lost"),
        "{err}"
    );
    assert!(
        err.contains("Nothing is lost: your changes are committed here (\"Alice: 1 goal\")"),
        "{err}"
    );
    assert_eq!(std::fs::read(net.store("a")).unwrap(), before);
    assert_eq!(net.last_subject("a"), "Alice: 1 goal");
    // Once the remote is there, the same sync sends it.
    net.git_ok(&net.root, &["init", "-q", "--bare", "away.git"]);
    let out = net.ok("a", &["sync"]);
    assert!(out.contains("Nothing new to commit here.\n"), "{out}");
    assert!(out.contains("Pushed to origin."), "{out}");
}

#[test]
fn sync_refuses_a_store_not_set_up_and_one_the_app_holds() {
    let net = Net::new();
    net.ok("a", &["mentee", "add", "Alice", "--kind", "career"]);
    let (code, err) = net.fails("a", &["sync"]);
    assert_eq!(code, 2);
    assert!(err.contains("run `mentor sync init` first"), "{err}");
    net.ok("a", &["sync", "init"]);
    let (app, _) = Store::open_editor(
        &net.store("a"),
        &OpenOptions::default(),
        Arc::new(mentor::store::RealFs),
    )
    .unwrap();
    let (code, err) = net.fails("a", &["sync"]);
    assert_eq!(code, 4);
    assert!(err.contains("the app has this store open"), "{err}");
    drop(app);
    net.ok("a", &["sync"]);
}

#[test]
fn a_merge_git_leaves_conflicted_is_undone() {
    let net = Net::new();
    net.ok("a", &["mentee", "add", "Alice", "--kind", "career"]);
    net.ok("a", &["sync", "init", "--remote", &net.remote()]);
    net.ok("a", &["sync"]);
    net.clone("b");
    net.ok("b", &["sync"]);
    // Both machines change the same line of .gitignore: git cannot merge that text.
    for (m, line) in [("a", "notes-a/"), ("b", "notes-b/")] {
        let path = net.machine(m).join(".gitignore");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replace("*.mentor.json", line)).unwrap();
    }
    net.ok("a", &["sync"]);
    net.ok("b", &["goal", "add", "--mentee", "alice", "Lead a review"]);
    let before = std::fs::read(net.store("b")).unwrap();
    let (code, err) = net.fails("b", &["sync"]);
    assert_eq!(code, 7, "{err}");
    assert!(
        err.contains("git could not merge .gitignore on its own"),
        "{err}"
    );
    assert!(err.contains("the merge was undone"), "{err}");
    let b = net.machine("b");
    assert!(
        net.git(&b, &["rev-parse", "-q", "--verify", "MERGE_HEAD"])
            .stdout
            .is_empty()
    );
    assert_eq!(net.git_ok(&b, &["status", "--porcelain"]).trim(), "");
    assert_eq!(std::fs::read(net.store("b")).unwrap(), before);
    assert_eq!(net.last_subject("b"), "Alice: 1 goal");
}
