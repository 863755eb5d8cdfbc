//! Finding in a real terminal: `Ctrl-f` and `:` open the search, `Enter` jumps to a result, `s`
//! sorts the mentee list.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::pty_harness;

use pty_harness::{CTRL_S, ENTER, ESC, Launch, Tui, has};
use std::path::Path;

const CTRL_F: &str = "\x06";

#[test]
fn ctrl_f_and_colon_search_and_enter_jumps_to_the_mentee() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("mentor.json");
    let mut tui = Tui::start(Launch {
        cwd: Some(dir.path().to_path_buf()),
        ..Launch::new("find", &[Path::new("--store"), &store])
    });
    tui.wait_for("the welcome screen", |s| has(s, "Mentees (0)"));
    for name in ["Zoe Park", "Bo Chen"] {
        tui.send("a");
        tui.wait_for("the mentee form", |s| has(s, " New mentee "));
        tui.type_text(name);
        tui.send(CTRL_S);
        tui.wait_for("the new mentee", |s| {
            !has(s, " New mentee ") && has(s, name)
        });
    }
    // The last added is selected; the search finds the first and goes there.
    tui.send(CTRL_F);
    tui.wait_for("the search", |s| has(s, "Search every record"));
    tui.type_text("zoe");
    tui.wait_for("one result", |s| {
        has(s, "1 record found") && has(s, "name: Zoe Park")
    });
    tui.send(ENTER);
    tui.wait_for("Zoe selected on the overview", |s| {
        !has(s, "Search every record") && has(s, "▸ Zoe Park") && has(s, "5 Overview")
    });
    tui.send(":");
    tui.wait_for("the search again", |s| has(s, "Search every record"));
    tui.send(ESC);
    tui.wait_for("the search closed", |s| !has(s, "Search every record"));
    tui.send("s");
    tui.wait_for("sorted by name", |s| has(s, "Mentees (2, by name)"));
    tui.quit();
}
