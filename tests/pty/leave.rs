//! Layer 5, leaving: the built binary in a real pseudo-terminal (and, where tmux is installed,
//! inside tmux, whose reflow of the alternate screen once left the app's rows on the shell's
//! screen).
//!
//! - Quitting with edits that could not be saved asks; a copy elsewhere or a typed `discard`
//!   ends the app with exit code 5, and the reason is printed once the terminal is back.
//! - Growing the terminal wider and taller at once and quitting leaves nothing of the app on the
//!   shell's screen: the alternate screen is cleared before it is left, nothing is drawn after.
//! - Bracketed paste is on while the app runs (and off after): a pasted multi-line text is text.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::pty_harness;

use pty_harness::{
    CLEAR_ALL, CTRL_S, ENTER, HIDE_CURSOR, LEAVE_ALT, Launch, PASTE_OFF, PASTE_ON, TAB, Tui, dump,
    has, rfind, tail,
};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn launch(name: &'static str, store: &Path) -> Launch {
    Launch {
        cwd: store.parent().map(Path::to_path_buf),
        ..Launch::new(name, &[Path::new("--store"), store])
    }
}

fn wait_first_screen(tui: &Tui) {
    tui.wait_for("the first screen", |s| {
        has(s, "Mentees (") && has(s, " q quit")
    });
}

fn read_json(path: &Path) -> Value {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}

/// Opens the app on a new store and the form to add a mentee, then changes the file behind its
/// back (as another program would; with a form open the app offers to reload rather than
/// reloading at once), adds the mentee and waits until the header says it was not saved (the
/// store refuses to overwrite a file that changed on disk). Returns the app, the store and its
/// bytes.
fn unsaved_edit(name: &'static str, dir: &Path) -> (Tui, PathBuf, Vec<u8>) {
    let store = dir.join("mentor.json");
    let tui = Tui::start(launch(name, &store));
    let mut tui = tui;
    wait_first_screen(&tui);
    tui.send("a");
    tui.wait_for("the mentee form", |s| has(s, " New mentee "));
    let mut outside = std::fs::read(&store).expect("the store exists");
    outside.extend_from_slice(b"\n");
    std::fs::write(&store, &outside).expect("change the store behind the app's back");
    tui.type_text("Alice");
    tui.send(CTRL_S);
    tui.wait_for("NOT SAVED", |s| {
        has(s, "NOT SAVED") && !has(s, " New mentee ")
    });
    (tui, store, outside)
}

fn output_text(tui: &Tui) -> String {
    tui.with_term(|t| String::from_utf8_lossy(&t.raw).into_owned())
}

#[test]
fn unsaved_edits_kept_in_a_copy_elsewhere_exit_5() {
    let dir = tempfile::tempdir().unwrap();
    let (mut tui, store, outside) = unsaved_edit("copy-elsewhere", dir.path());
    tui.send("q");
    tui.wait_for("the choice", |s| has(s, "Your edits are not saved"));
    tui.send("c");
    tui.wait_for("the path prompt", |s| has(s, "path:"));
    let copy = dir.path().join("kept.json");
    tui.type_text(&copy.display().to_string());
    tui.send(ENTER);
    let status = tui.wait_exit();
    assert_eq!(
        status.exit_code(),
        5,
        "{}",
        tail(&tui.with_term(|t| t.raw.clone()), 600)
    );
    let doc = read_json(&copy);
    assert_eq!(
        doc["mentees"][0]["name"], "Alice",
        "the copy holds the edit"
    );
    assert_eq!(
        std::fs::read(&store).unwrap(),
        outside,
        "the store is untouched"
    );
    let out = output_text(&tui);
    let said = out
        .rfind("your edits were not saved")
        .expect("the reason is printed");
    assert!(
        said > out.rfind("\x1b[?1049l").unwrap(),
        "printed after the terminal is back"
    );
    assert!(out[said..].contains("kept.json"), "{}", &out[said..]);
}

#[test]
fn quitting_anyway_takes_the_typed_word_and_exits_5() {
    let dir = tempfile::tempdir().unwrap();
    let (mut tui, store, outside) = unsaved_edit("discard", dir.path());
    tui.send("q");
    tui.wait_for("the choice", |s| has(s, "Your edits are not saved"));
    tui.send("d");
    tui.wait_for("the word prompt", |s| has(s, "type:"));
    tui.type_text("yes");
    tui.send(ENTER);
    tui.wait_for("the refusal", |s| has(s, "type discard to quit"));
    tui.send("\x15"); // Ctrl-u: clear the line
    tui.type_text("discard");
    tui.send(ENTER);
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 5);
    assert_eq!(std::fs::read(&store).unwrap(), outside);
    let names = crate::common::names(dir.path());
    assert!(
        names.iter().all(|n| !n.contains("conflict")),
        "discarding writes no copy: {names:?}"
    );
    assert!(output_text(&tui).contains("your edits were not saved"));
}

/// The bytes after the last frame: the alternate screen is cleared, then left, then nothing but
/// modes (no text, no cursor moves). The emulator's main screen holds nothing of the app.
fn assert_left_clean(tui: &Tui) {
    tui.with_term(|t| {
        let left = rfind(&t.raw, LEAVE_ALT).expect("the app left the alternate screen");
        let last_frame = rfind(&t.raw[..left], HIDE_CURSOR).expect("a frame was drawn");
        let between = &t.raw[last_frame..left];
        assert!(
            rfind(between, CLEAR_ALL).is_some(),
            "the alternate screen is not cleared before it is left: {}",
            between.escape_ascii()
        );
        assert!(
            rfind(between, PASTE_OFF).is_some(),
            "bracketed paste is not turned off: {}",
            between.escape_ascii()
        );
        let after = &t.raw[left..];
        let text = String::from_utf8_lossy(after);
        assert!(
            !text.contains(['│', '─', '┌', '└']) && !text.contains("Mentees"),
            "the app drew after leaving: {}",
            after.escape_ascii()
        );
        assert!(!t.screen().alternate_screen());
        assert!(!t.screen().hide_cursor(), "the cursor is left hidden");
        let main = t.screen().contents();
        assert!(
            !main.contains(['│', '─']) && !main.contains("Mentees"),
            "the shell's screen shows the app:\n{}",
            dump(t.screen())
        );
    });
}

#[test]
fn growing_wider_and_taller_then_quitting_leaves_the_shell_screen_clean() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("mentor.json");
    let mut tui = Tui::start(Launch {
        cols: 120,
        rows: 40,
        ..launch("grow", &store)
    });
    wait_first_screen(&tui);
    // The resize handler is installed once the app waits for input: a key it drew a frame for
    // proves it is there.
    let frames = tui.with_term(|t| t.count(HIDE_CURSOR));
    tui.send("j");
    tui.wait_until("a frame after a key", |t| t.count(HIDE_CURSOR) > frames);
    tui.resize(255, 58);
    tui.wait_for("the footer on the new last row", |s| {
        pty_harness::row_text(s, 57).contains(" q quit")
    });
    tui.send("q");
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 0);
    assert_left_clean(&tui);
}

#[test]
fn a_multi_line_paste_is_text_and_one_line_fields_refuse_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("mentor.json");
    let mut tui = Tui::start(launch("paste", &store));
    wait_first_screen(&tui);
    assert!(
        tui.with_term(|t| rfind(&t.raw, PASTE_ON).is_some()),
        "bracketed paste is on"
    );
    tui.send("a");
    tui.wait_for("the mentee form", |s| has(s, " New mentee "));
    // Without bracketed paste, the Enter inside would submit the form.
    tui.send("\x1b[200~Alice\r\nq\x1b[201~");
    tui.wait_for("the refusal", |s| has(s, "one line only"));
    tui.with_screen(|s| assert!(has(s, " New mentee ") && !has(s, "Alice"), "{}", dump(s)));
    tui.send("\x1b[200~Ada Lovelace\x1b[201~");
    tui.wait_for("the pasted name", |s| has(s, "Ada Lovelace"));
    // Name, Kind, Status, Started, Aspirations.
    tui.send(&TAB.repeat(4));
    tui.send("\x1b[200~Write the first program\rPublish the notes\x1b[201~");
    tui.wait_for("the pasted lines", |s| {
        has(s, "Write the first program⏎Publish the notes")
    });
    tui.send(CTRL_S);
    tui.wait_for("the new mentee", |s| {
        has(s, "Ada Lovelace") && !has(s, " New mentee ") && has(s, "saved")
    });
    tui.send("q");
    assert_eq!(tui.wait_exit().exit_code(), 0);
    assert_left_clean(&tui);
    let doc = read_json(&store);
    assert_eq!(doc["mentees"][0]["name"], "Ada Lovelace");
    assert_eq!(
        doc["mentees"][0]["aspirations"],
        "Write the first program\nPublish the notes"
    );
}

/// tmux on a private socket, killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("run tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn pane(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "t"])
    }

    fn wait_for(&self, what: &str, cond: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let pane = self.pane();
            if cond(&pane) {
                return pane;
            }
            assert!(
                start.elapsed() < pty_harness::TIMEOUT,
                "gave up waiting for {what}:\n{pane}"
            );
            std::thread::sleep(pty_harness::POLL);
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

/// The reported case under tmux itself: start at 120x40, grow to 255x58, quit. tmux (3.3)
/// reflows the alternate screen back to 120 columns when it is left, and rows drawn wider than
/// that went into the history and came back onto the shell's screen when it grew to 58 rows.
/// Skipped (with a note) where tmux is not installed.
#[test]
fn under_tmux_growing_then_quitting_leaves_no_app_rows() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("tmux is not installed; skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("mentor.json");
    let tmux = Tmux {
        socket: format!("mentor-test-{}", std::process::id()),
    };
    let command = format!(
        "'{}' --store '{}'; echo EXIT=$?; sleep 600",
        env!("CARGO_BIN_EXE_mentor"),
        store.display()
    );
    tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "t",
        "-x",
        "120",
        "-y",
        "40",
        "sh",
        "-c",
        &command,
    ]);
    tmux.wait_for("the app", |p| {
        p.contains("Mentees (") && p.contains(" q quit")
    });
    tmux.run(&["resize-window", "-t", "t", "-x", "255", "-y", "58"]);
    // Drawn at the new size: the header's rule reaches past column 120.
    tmux.wait_for("the app at 255x58", |p| {
        p.lines().count() >= 57
            && p.lines().next().is_some_and(|l| l.chars().count() > 200)
            && p.contains(" q quit")
    });
    tmux.run(&["send-keys", "-t", "t", "q"]);
    let pane = tmux.wait_for("the exit", |p| p.contains("EXIT="));
    assert!(pane.contains("EXIT=0"), "{pane}");
    let history = tmux.run(&["capture-pane", "-p", "-t", "t", "-S", "-200"]);
    assert!(
        !history.contains(['│', '─', '┌', '└']) && !history.contains("Mentees ("),
        "the app's rows are on the shell's screen:\n{history}"
    );
}

fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("write the script");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    path
}

/// `$EDITOR` gets a file ending with a newline; the newline it gives back is dropped; text of
/// several lines is refused by a one-line field, which stays as it was.
#[test]
fn the_editor_gets_a_text_file_and_one_line_fields_refuse_lines() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("mentor.json");
    let tools = tempfile::tempdir().unwrap();
    let turn = tools.path().join("turn");
    // First call: answer whether the file ended with a newline, as one line. Second call: two
    // lines.
    let editor = script(
        tools.path(),
        "editor.sh",
        &format!(
            "if [ -e '{turn}' ]; then printf 'two\\nlines\\n' > \"$1\"; exit 0; fi\n\
             touch '{turn}'\n\
             if [ \"$(tail -c1 \"$1\" | od -An -tx1 | tr -d ' ')\" = 0a ]; then\n\
             printf 'Ada ends-with-newline\\n' > \"$1\"\n\
             else printf 'Ada no-newline\\n' > \"$1\"; fi",
            turn = turn.display()
        ),
    );
    let mut launch = launch("editor-newline", &store);
    launch.env.push(("EDITOR", editor.into()));
    let mut tui = Tui::start(launch);
    wait_first_screen(&tui);
    tui.send("a");
    tui.wait_for("the mentee form", |s| has(s, " New mentee "));
    tui.type_text("Ada");
    tui.send("\x05");
    tui.wait_for("the text back", |s| has(s, "Ada ends-with-newline"));
    tui.with_screen(|s| assert!(!has(s, "⏎"), "the final newline was kept:\n{}", dump(s)));
    tui.send("\x05");
    tui.wait_for("the refusal", |s| has(s, "one line only"));
    tui.with_screen(|s| {
        assert!(
            has(s, "Ada ends-with-newline") && !has(s, "two"),
            "{}",
            dump(s)
        );
    });
    tui.send("\x1b");
    tui.wait_for("the question", |s| has(s, "Discard what you typed?"));
    tui.send("y");
    tui.wait_for("the list", |s| !has(s, "Discard what you typed?"));
    tui.send("q");
    assert_eq!(tui.wait_exit().exit_code(), 0);
    assert_left_clean(&tui);
}
