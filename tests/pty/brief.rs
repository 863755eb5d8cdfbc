//! Issue 14 in a real terminal: `b` on the demo shows the brief, `r` writes a progress report
//! (0600, never over an existing file).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::pty_harness::{ENTER, ESC, HIDE_CURSOR, Launch, Tui, has};
use std::os::unix::fs::PermissionsExt;

#[test]
fn b_shows_the_brief_and_r_writes_the_report_without_clobbering() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("mentor.json");
    let mut launch = Launch::new(
        "brief",
        &["--store", &store.display().to_string(), "--demo"],
    );
    launch.cols = 80;
    launch.rows = 24;
    launch.cwd = Some(dir.path().to_path_buf());
    launch.env.push(("MENTOR_NOW", crate::common::NOW.into()));
    let mut tui = Tui::start(launch);
    tui.wait_until("the demo's first frame", |t| {
        t.count(HIDE_CURSOR) >= 1 && has(t.screen(), "Mentees (") && has(t.screen(), " q quit")
    });
    tui.send("b");
    tui.wait_for("the brief", |s| {
        has(s, " Brief: Alice Moreau ")
            && has(s, "last session")
            && has(s, "Suggested agenda items")
            && has(s, "because")
            && has(s, "lines 1–20 of")
    });
    tui.send("j");
    tui.wait_for("scrolled a line", |s| has(s, "lines 2–21 of"));
    tui.send(ESC);
    tui.wait_for("the brief closed", |s| !has(s, " Brief: "));

    tui.send("r");
    tui.wait_for("the report prompt", |s| {
        has(s, " Write a progress report ") && has(s, "alice-moreau-report.html")
    });
    tui.send(ENTER);
    tui.wait_for("written", |s| {
        !has(s, " Write a progress report ") && has(s, "report written to")
    });
    let report = dir.path().join("alice-moreau-report.html");
    let first = std::fs::read_to_string(&report).unwrap();
    assert!(first.contains("Alice Moreau"));
    let mode = std::fs::metadata(&report).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // Again: the file is there, so nothing is written and the prompt says why.
    tui.send("r");
    tui.wait_for("the prompt again", |s| has(s, " Write a progress report "));
    tui.send(ENTER);
    tui.wait_for("refused", |s| {
        has(s, " Write a progress report ") && has(s, "exists already")
    });
    assert_eq!(std::fs::read_to_string(&report).unwrap(), first);
    tui.send(ESC);
    tui.wait_for("the prompt closed", |s| {
        !has(s, " Write a progress report ")
    });
    tui.quit();
}
