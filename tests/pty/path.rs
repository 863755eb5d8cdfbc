//! The Path tab in a real terminal (issue 13): the demo at 80x24, tab 8 shows a stage and a
//! level bar, `x` steps the stage's status and `u` undoes it, `T` opens the template picker and
//! its preview, and quitting exits cleanly.

use crate::pty_harness;

use pty_harness::{ENTER, Launch, TAB, Tui, dump, has};

#[test]
fn the_path_tab_of_the_demo_shows_stages_and_level_bars() {
    let dir = tempfile::tempdir().unwrap();
    let mut launch = Launch::new(
        "path",
        &[
            "--store".as_ref(),
            dir.path().join("mentor.json").as_os_str(),
            "--demo".as_ref(),
        ],
    );
    (launch.cols, launch.rows) = (80, 24);
    let mut tui = Tui::start(launch);
    tui.wait_for("the demo", |s| has(s, "Mentees (") && has(s, " q quit"));
    tui.send("8");
    tui.wait_for("the Path tab with a stage and a level bar", |s| {
        has(s, "8 Path") && has(s, "[~] Staff engineer") && has(s, "●") && has(s, "→")
    });
    tui.send(TAB);
    tui.send("x");
    tui.wait_for("the stage done", |s| has(s, "[x] Staff engineer"));
    tui.send("u");
    tui.wait_for("the stage in progress again", |s| {
        has(s, "[~] Staff engineer")
    });
    tui.send("T");
    tui.wait_for("the template picker", |s| {
        has(s, "Apply a template to Alice") && has(s, "engineering-ic")
    });
    tui.send(ENTER);
    tui.wait_for("the preview", |s| {
        has(s, "what it adds") && has(s, "apply it")
    });
    tui.send("n");
    tui.wait_for("back to the list", |s| has(s, "preview what it adds"));
    tui.esc("the picker closed", |s| {
        has(s, "8 Path") && !has(s, "engineering-ic")
    });
    tui.with_screen(|s| assert!(has(s, "Skills ("), "{}", dump(s)));
    tui.quit();
    let status = tui.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    tui.assert_no_panic();
}
