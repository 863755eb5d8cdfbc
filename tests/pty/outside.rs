//! Outside changes in a real terminal: a read-only second window becomes the editor once the
//! first quits, and then notices a write made by another program and reloads it on `R`.

use crate::pty_harness;

use pty_harness::{CTRL_S, Launch, Tui, has, row_text};
use std::path::Path;

fn open(name: &'static str, store: &Path) -> Tui {
    let tui = Tui::start(Launch {
        cwd: store.parent().map(Path::to_path_buf),
        ..Launch::new(name, &[Path::new("--store"), store])
    });
    tui.wait_for("the first screen", |s| {
        has(s, "Mentees (") && has(s, " q quit")
    });
    tui
}

#[test]
fn a_read_only_window_takes_over_and_then_reloads_an_outside_write() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("mentor.json");
    let mut first = open("first", &store);
    first.send("a");
    first.wait_for("the mentee form", |s| has(s, " New mentee "));
    first.type_text("Grace Hopper");
    first.send(CTRL_S);
    first.wait_for("the new mentee", |s| has(s, "Mentees (1)"));
    let mut second = open("second", &store);
    second.wait_for("the read-only banner", |s| {
        row_text(s, 0).contains("read-only")
    });
    first.quit();
    second.wait_for("the offer to become the editor", |s| {
        has(s, "R makes this window the editor")
    });
    second.send("R");
    second.wait_for("the takeover", |s| has(s, "now the editor"));
    // Another program rewrites the store (as a sync tool would): with everything saved, the
    // app reloads at once.
    let text = std::fs::read_to_string(&store).unwrap();
    std::fs::write(&store, text.replace("Grace Hopper", "Grace B. Hopper")).unwrap();
    second.wait_for("the outside write", |s| has(s, "Grace B. Hopper"));
    // A command changes the store while the app is open: it goes through, and the app shows it.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mentor"))
        .args([
            "goal",
            "add",
            "--mentee",
            "grace",
            "Written by the command line",
        ])
        .env("MENTOR_STORE", &store)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    second.wait_for("the command's goal", |s| has(s, "Written by the command"));
    // The app still edits and saves over it, keeping the command's goal.
    second.send("a");
    second.wait_for("the mentee form", |s| has(s, " New mentee "));
    second.type_text("Ada Lovelace");
    second.send(CTRL_S);
    second.wait_for("the second mentee", |s| has(s, "Mentees (2)"));
    second.quit();
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&store).unwrap()).unwrap();
    let mentees = doc["mentees"].as_array().unwrap();
    assert_eq!(mentees.len(), 2, "{doc:#}");
    assert_eq!(
        mentees[0]["goals"][0]["title"],
        "Written by the command line"
    );
}
