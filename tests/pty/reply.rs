//! The whole round trip of a mentee's reply (issue 19) in real pseudo-terminals: the mentor
//! shares (command line); the mentee writes a reflection and a progress value in reply mode,
//! driven by keys; the mentor's app finds the reply beside the bundle, and in its Inbox, driven
//! by keys, accepts one entry and declines the other with a reason; the mentor shares again; the
//! mentee's reply mode shows the outcome. The bundle is never written by reply mode.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::pty_harness;
use crate::view_common;

use pty_harness::{CTRL_S, ENTER, ESC, Launch, Tui, dump, has};
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use view_common::{Bin, NOW};

/// Starts `mentor ARGS` at 100x30 with the environment of `bin`.
fn start(bin: &Bin, name: &'static str, args: &[&str]) -> Tui {
    Tui::start(Launch {
        cwd: Some(bin.cwd.clone()),
        env: vec![
            ("MENTOR_STORE", bin.store.clone().into()),
            ("MENTOR_NOW", NOW.into()),
            ("HOME", bin.home.clone().into()),
            ("RUST_BACKTRACE", "0".into()),
        ],
        ..Launch::new(name, args)
    })
}

struct Setup {
    _dir: tempfile::TempDir,
    bin: Bin,
    bundle: PathBuf,
    reply: PathBuf,
}

fn setup() -> Setup {
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
    let bundle = root.join("shared").join("alice-moreau.mentor.json");
    let reply = root.join("shared").join("alice-moreau.reply.json");
    Setup {
        _dir: dir,
        bin,
        bundle,
        reply,
    }
}

fn share(s: &Setup) {
    let out = s.bundle.to_str().expect("UTF-8");
    s.bin.ok(&["share", "alice", "-o", out, "--force"]);
}

fn store_json(s: &Setup) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(&s.bin.store).expect("the store")).expect("JSON")
}

/// Waits (a bound for failing only) until the store on disk satisfies `cond`: the app saves in
/// the background.
fn store_until(s: &Setup, tui: &Tui, what: &str, cond: impl Fn(&serde_json::Value) -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !cond(&store_json(s)) {
        assert!(
            std::time::Instant::now() < deadline,
            "the store never showed {what}:\n{}",
            tui.with_screen(dump)
        );
        std::thread::sleep(std::time::Duration::from_millis(15));
    }
}

/// The mentee writes a reflection on her session and a progress value for her goal.
fn mentee_writes(s: &Setup) {
    let bundle = s.bundle.to_str().unwrap();
    let mut tui = start(&s.bin, "reply-write", &["reply", bundle]);
    tui.wait_for("her plan in reply mode", |sc| {
        has(sc, "Lead three design reviews") && has(sc, "reply: nothing waiting (m)")
    });
    // The reflection: the Sessions tab, `n`, the text, Ctrl-s.
    tui.send("2");
    tui.wait_for("the sessions", |sc| has(sc, "Sessions (1)"));
    tui.send("n");
    tui.wait_for("the reflection form", |sc| {
        has(sc, "Your notes on the session of")
    });
    tui.type_text("The checklist helped");
    tui.send(CTRL_S);
    tui.wait_for("where it was written", |sc| {
        has(sc, "alice-moreau.reply.json: send that file") && has(sc, "1 written, not answered")
    });
    // The progress value: the Goals tab, `v`, the value (previewed), Ctrl-s.
    tui.send("1");
    tui.wait_for("the goals", |sc| has(sc, "Goals (1)"));
    tui.send("v");
    tui.wait_for("the progress form", |sc| {
        has(sc, "Progress, now 0 of 3 reviews (0%)")
    });
    tui.send("2");
    tui.wait_for("the value previewed", |sc| {
        has(sc, "→ 2 of 3 reviews (67%)")
    });
    tui.send(CTRL_S);
    tui.wait_for("both written", |sc| has(sc, "2 written, not answered"));
    tui.quit();
}

/// The mentor's app takes the reply in; the Inbox accepts the reflection and declines the
/// progress value with a reason.
fn mentor_decides(s: &Setup) {
    let mut tui = start(&s.bin, "reply-inbox", &[]);
    tui.wait_for("the banner of the waiting replies", |sc| {
        has(sc, "Mentees (1)") && has(sc, "2 replies waiting: I opens them")
    });
    tui.send("I");
    tui.wait_for("the Inbox", |sc| {
        has(sc, "Inbox of Alice Moreau (1 of 2)") && has(sc, "The checklist helped")
    });
    tui.send("a");
    tui.wait_for("the reflection accepted", |sc| {
        has(sc, "accepted reflection") && has(sc, "Inbox of Alice Moreau (1 of 1)")
    });
    tui.send("d");
    tui.wait_for("the reason asked for", |sc| has(sc, "Reason (optional"));
    tui.type_text("Count it after the review");
    tui.send(ENTER);
    tui.wait_for("the progress declined", |sc| {
        has(sc, "declined progress") && has(sc, "nothing left")
    });
    store_until(s, &tui, "both decided", |doc| {
        let m = &doc["mentees"][0];
        m["replies"].as_array().is_some_and(|r| r.len() == 2) && m.get("inbox").is_none()
    });
    tui.esc("the Inbox closed", |sc| !has(sc, "Inbox of"));
    tui.quit();
}

#[test]
fn a_reply_goes_from_the_mentee_to_the_mentor_and_its_outcome_comes_back() {
    let s = setup();
    s.bin.ok(&["profile", "--name", "Sam Rivera"]);
    s.bin.ok(&["mentee", "add", "Alice Moreau"]);
    s.bin.ok(&[
        "goal",
        "add",
        "--mentee",
        "alice",
        "Lead three design reviews",
        "--metric",
        "design reviews led",
        "--target",
        "3",
        "--unit",
        "reviews",
    ]);
    s.bin.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-11-20 10:00",
    ]);
    share(&s);
    let shared = std::fs::read(&s.bundle).expect("the bundle");

    mentee_writes(&s);
    // Reply mode wrote only the reply file, beside the bundle, for her eyes only.
    assert_eq!(std::fs::read(&s.bundle).expect("the bundle"), shared);
    let mode = std::fs::metadata(&s.reply)
        .expect("the reply")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let reply: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&s.reply).unwrap()).unwrap();
    let kinds: Vec<&str> = reply["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["reflection", "progress"]);

    mentor_decides(&s);
    let doc = store_json(&s);
    let m = &doc["mentees"][0];
    assert_eq!(m["sessions"][0]["mentee_notes"], "The checklist helped");
    assert!(
        m["goals"][0]["metric"]
            .get("current")
            .is_none_or(|c| c != 2.0)
    );

    // The mentor shares again: the mentee sees the outcome.
    share(&s);
    let bundle = s.bundle.to_str().unwrap();
    let mut tui = start(&s.bin, "reply-outcome", &["reply", bundle]);
    tui.wait_for("her plan, nothing waiting", |sc| {
        has(sc, "Lead three design reviews") && has(sc, "reply: nothing waiting (m)")
    });
    tui.send("m");
    tui.wait_for("the answers", |sc| {
        has(sc, "Answers from the latest plan (2)")
            && has(sc, "✓ accepted")
            && has(sc, "✗ declined")
            && has(sc, "Reason: \"Count it after")
    });
    tui.send(ESC);
    tui.wait_for("the pane closed", |sc| !has(sc, "Your reply is in"));
    // Her accepted notes are in her plan, marked as hers.
    tui.send("2");
    tui.wait_for("her notes on the session", |sc| {
        has(sc, "↩ Your notes:") && has(sc, "The checklist helped")
    });
    tui.quit();
}
