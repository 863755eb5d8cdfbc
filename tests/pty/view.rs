//! `mentor view` in a real pseudo-terminal: live reload of a bundle as the mentor shares it again,
//! a bundle that turns unreadable, and a workspace of a newer major version.
//!
//! The harness is `tests/pty_harness`, shared with `tests/pty.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::pty_harness;
use crate::view_common;

use pty_harness::{Launch, TAB, Tui, dump, has, row_text, rows};
use std::path::{Path, PathBuf};
use view_common::{Bin, NOW};

/// Starts `mentor ARGS` at 100x30 with the environment of `bin`.
fn start(bin: &Bin, args: &[&str]) -> Tui {
    Tui::start(Launch {
        cwd: Some(bin.cwd.clone()),
        env: vec![
            ("MENTOR_STORE", bin.store.clone().into()),
            ("MENTOR_NOW", NOW.into()),
            ("HOME", bin.home.clone().into()),
            ("RUST_BACKTRACE", "0".into()),
        ],
        ..Launch::new("view", args)
    })
}

/// True when the selected row (marked `▸`) of some list on screen shows `needle`.
fn selected(screen: &vt100::Screen, needle: &str) -> bool {
    rows(screen)
        .iter()
        .any(|r| r.contains(&format!("▸ {needle}")) || (r.contains('▸') && r.contains(needle)))
}

/// A store with one mentee and a place to share her bundle.
struct Setup {
    _dir: tempfile::TempDir,
    bin: Bin,
    bundle: PathBuf,
}

impl Setup {
    fn new() -> Setup {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().canonicalize().expect("canonical");
        for d in ["data", "home", "shared"] {
            std::fs::create_dir(root.join(d)).expect("mkdir");
        }
        let bin = Bin {
            store: root.join("data").join("mentor.json"),
            home: root.join("home"),
            cwd: root.join("shared"),
        };
        let bundle = root.join("shared").join("alice.mentor.json");
        Setup {
            _dir: dir,
            bin,
            bundle,
        }
    }

    fn share(&self) {
        let out = self.bundle.to_str().expect("UTF-8");
        self.bin.ok(&["share", "alice", "-o", out, "--force"]);
    }
}

/// Replaces `path` the way editors and sync tools do: a temporary file renamed over it.
fn replace(path: &Path, bytes: &[u8]) {
    let tmp = path.with_file_name(".replace.tmp");
    std::fs::write(&tmp, bytes).expect("write the temporary file");
    std::fs::rename(&tmp, path).expect("rename it over the file");
}

#[test]
fn the_view_reloads_keeps_the_selection_and_survives_a_broken_file() {
    let s = Setup::new();
    s.bin.ok(&["profile", "--name", "Sam Rivera"]);
    s.bin.ok(&["mentee", "add", "Alice Moreau"]);
    for title in ["Lead a design review", "Speak at a meetup"] {
        s.bin.ok(&["goal", "add", "--mentee", "alice", title]);
    }
    for (text, date) in [
        ("Calm under pressure", "2026-11-01"),
        ("Clear summary of the trade-offs", "2026-11-10"),
    ] {
        s.bin.ok(&[
            "feedback", "add", "--mentee", "alice", "--kind", "strength", "--date", date, text,
        ]);
    }
    s.share();
    let bundle = s.bundle.to_str().expect("UTF-8");

    let mut tui = start(&s.bin, &["view", bundle]);
    tui.wait_for("the first goal title and the header", |sc| {
        has(sc, "Lead a design review")
            && has(sc, "Alice Moreau's plan · shared 2026-11-29 09:00")
            && row_text(sc, 0).contains("read-only")
    });

    // The second goal, and the second feedback note (newest first: the older one).
    tui.send("1");
    tui.send(TAB);
    tui.send("j");
    tui.wait_for("the second goal selected", |sc| {
        selected(sc, "Speak at a meetup")
    });
    // Another tab takes the focus to its own list.
    tui.send("3");
    tui.wait_for("the feedback tab", |sc| has(sc, "Feedback (2)"));
    tui.send("j");
    tui.wait_for("the second feedback note selected", |sc| {
        selected(sc, "Calm under pressure")
    });
    assert!(
        !tui.with_screen(|sc| has(sc, "updated")),
        "nothing was reloaded yet"
    );

    // The mentor adds a goal and a newer note (which goes first), and shares again.
    s.bin
        .ok(&["goal", "add", "--mentee", "alice", "Write a design doc"]);
    s.bin.ok(&[
        "feedback",
        "add",
        "--mentee",
        "alice",
        "--kind",
        "observation",
        "Asks good questions",
    ]);
    s.share();
    tui.wait_for(
        "the new note, and the header saying when it was updated",
        |sc| {
            has(sc, "Feedback (3)")
                && has(sc, "Asks good questions")
                && row_text(sc, 0).contains("updated")
        },
    );
    tui.with_screen(|sc| {
        assert!(
            selected(sc, "Calm under pressure"),
            "the selection moved off the note it was on:\n{}",
            dump(sc)
        );
    });
    tui.send("1");
    tui.wait_for("the new goal title, the selection kept", |sc| {
        has(sc, "Write a design doc") && has(sc, "Goals (3)") && selected(sc, "Speak at a meetup")
    });
    let good = std::fs::read(&s.bundle).expect("read the bundle");

    // The file turns unreadable: the last good version stays, with a warning.
    replace(&s.bundle, b"{ \"format\": \"mentor\", this is not JSON\n");
    tui.wait_for("the warning", |sc| {
        has(sc, "does not read") || has(sc, "last good version")
    });
    tui.with_screen(|sc| {
        for title in [
            "Lead a design review",
            "Speak at a meetup",
            "Write a design doc",
        ] {
            assert!(has(sc, title), "{title:?} left the screen:\n{}", dump(sc));
        }
        assert!(
            selected(sc, "Speak at a meetup"),
            "the selection was lost:\n{}",
            dump(sc)
        );
    });

    // The same good bytes again (a sync tool putting the file back): the warning goes.
    replace(&s.bundle, &good);
    tui.wait_for("the warning to go", |sc| {
        !has(sc, "does not read") && !has(sc, "last good version") && has(sc, "Write a design doc")
    });

    // A new version after that reads as well.
    s.bin
        .ok(&["goal", "add", "--mentee", "alice", "Mentor a new hire"]);
    s.share();
    tui.wait_for("the goal shared last", |sc| {
        has(sc, "Mentor a new hire") && has(sc, "Goals (4)")
    });
    tui.quit();
}

#[test]
fn a_newer_workspace_opens_with_a_clear_header() {
    let s = Setup::new();
    s.bin.ok(&["mentee", "add", "Alice Moreau"]);
    s.bin
        .ok(&["goal", "add", "--mentee", "alice", "Lead a design review"]);
    let text = std::fs::read_to_string(&s.bin.store).expect("the store");
    let newer = s.bin.cwd.join("newer.json");
    let current = format!("\"major\": {},", mentor::store::CURRENT_VERSION.major);
    assert!(text.contains(&current), "{text}");
    std::fs::write(&newer, text.replacen(&current, "\"major\": 99,", 1)).expect("write");
    let before = std::fs::read(&newer).expect("read");
    let mut tui = start(
        &s.bin,
        &["view", newer.to_str().expect("UTF-8"), "--mentee", "alice"],
    );
    tui.wait_for("the plan and a header naming the newer format", |sc| {
        has(sc, "Lead a design review")
            && row_text(sc, 0).contains(&format!(
                "newer format 99.{}",
                mentor::store::CURRENT_VERSION.minor
            ))
    });
    tui.quit();
    assert_eq!(std::fs::read(&newer).expect("read"), before);
}

/// `mentor --lang nl view BUNDLE` shows the mentee's plan in Dutch: the title, the read-only
/// mark, the tabs and the boxes that speak to the mentee.
#[test]
fn the_mentee_view_in_dutch() {
    let s = Setup::new();
    s.bin.ok(&["profile", "--name", "Sam Rivera"]);
    s.bin.ok(&["mentee", "add", "Alice Moreau"]);
    s.bin
        .ok(&["goal", "add", "--mentee", "alice", "Lead a design review"]);
    s.share();
    let bundle = s.bundle.to_str().expect("UTF-8");
    let mut tui = start(&s.bin, &["--lang", "nl", "view", bundle]);
    tui.wait_for("the Dutch view", |sc| {
        has(sc, "Plan van Alice Moreau · gedeeld 2026-11-29 09:00")
            && row_text(sc, 0).contains("alleen-lezen")
            && has(sc, "Doelen (1)")
            && has(sc, "Lead a design review")
            && has(sc, "? hulp")
    });
    tui.send("5");
    tui.wait_for("the overview in Dutch", |sc| {
        has(sc, "Afspraken") && has(sc, "Open actiepunten") && has(sc, "Jij (0)")
    });
    assert!(
        !tui.with_screen(|sc| has(sc, "Capaciteit") || has(sc, "'s plan")),
        "{}",
        tui.with_screen(dump)
    );
    tui.quit();
}
