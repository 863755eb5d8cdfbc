//! `mentor restore` on a terminal asks before rolling back a store that reads: "y" restores,
//! anything else changes nothing and exits 2.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::pty_harness;

use pty_harness::{Launch, Tui, has};
use std::path::Path;
use std::process::Command;

fn mentor(store: &Path, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_mentor"))
        .arg("--store")
        .arg(store)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn mentees(store: &Path) -> usize {
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(store).unwrap()).unwrap();
    doc["mentees"].as_array().unwrap().len()
}

fn ask(store: &Path, answer: &str) -> (Option<i32>, String) {
    let mut tui = Tui::start(Launch::new(
        "restore asks",
        &[Path::new("--store"), store, Path::new("restore")],
    ));
    tui.wait_for("the question", |s| has(s, "Restore it? [y/N]"));
    let question = tui.with_screen(pty_harness::text);
    tui.send(answer);
    let status = tui.wait_exit();
    (status.exit_code().try_into().ok(), question)
}

#[test]
fn restore_on_a_terminal_asks_before_rolling_back_a_healthy_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("mentor.json");
    mentor(&store, &["mentee", "add", "Alice"]);
    mentor(&store, &["mentee", "add", "Bob"]);
    let before = std::fs::read(&store).unwrap();

    let (code, question) = ask(&store, "n\r");
    assert_eq!(code, Some(2), "{question}");
    assert!(question.contains("reads cleanly (2 mentees"), "{question}");
    assert_eq!(std::fs::read(&store).unwrap(), before);

    let (code, _) = ask(&store, "y\r");
    assert_eq!(code, Some(0));
    assert_eq!(mentees(&store), 1);
}
