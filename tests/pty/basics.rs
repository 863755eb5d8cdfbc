//! Layer 5: the built binary in a real pseudo-terminal.
//!
//! Each test starts `mentor` in a pty on a store in its own temporary directory, with the harness
//! of `tests/pty_harness` (a terminal emulator fed by a reader thread, waits on what the screen
//! shows, never fixed sleeps, a drop guard, a check for panics at exit).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::pty_harness;

use pty_harness::{
    CTRL_C, CTRL_E, CTRL_R, CTRL_S, ENTER, ENTER_ALT, HIDE_CURSOR, LEAVE_ALT, Launch, TAB, Tui,
    dump, has, rfind, row_text, tail,
};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// `mentor --store STORE` at 100x30, run from the store's directory.
fn launch(name: &'static str, store: &Path) -> Launch {
    Launch {
        cwd: store.parent().map(Path::to_path_buf),
        ..Launch::new(name, &[Path::new("--store"), store])
    }
}

/// Starts `mentor` on `store` at 100x30 and waits for its first screen.
fn open(name: &'static str, store: &Path) -> Tui {
    let tui = Tui::start(launch(name, store));
    tui.wait_for("the first screen", |s| {
        has(s, "Mentees (") && has(s, " q quit")
    });
    tui
}

fn store_in(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("mentor.json")
}

fn read_json(path: &Path) -> Value {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}

/// Waits (bounded) until the store file satisfies `cond`: saves run in the background, so the
/// screen can show a change a moment before it is on disk.
fn file_until(tui: &Tui, path: &Path, what: &str, cond: impl Fn(&Value) -> bool) -> Value {
    // A failure bound only: an fsync on a loaded machine can take seconds.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let doc = read_json(path);
        if cond(&doc) {
            return doc;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the file never showed {what}: {doc:#}\nthe screen:\n{}",
            tui.with_screen(dump)
        );
        std::thread::sleep(std::time::Duration::from_millis(15));
    }
}

fn mentees(doc: &Value) -> &Vec<Value> {
    doc["mentees"].as_array().expect("\"mentees\" is an array")
}

/// Asserts that the terminal is back to normal: out of the alternate screen, cursor shown, and
/// the last switch in the byte stream leaves the alternate screen.
fn assert_terminal_restored(tui: &Tui) {
    tui.with_term(assert_restored);
}

fn assert_restored(t: &pty_harness::Term) {
    let left = rfind(&t.raw, LEAVE_ALT).unwrap_or_else(|| {
        panic!(
            "the output never leaves the alternate screen:\n{}",
            tail(&t.raw, 1500)
        )
    });
    let entered = rfind(&t.raw, ENTER_ALT).expect("the app entered the alternate screen");
    assert!(
        left > entered,
        "the alternate screen is entered again after leaving it:\n{}",
        tail(&t.raw, 1500)
    );
    let after = &t.raw[left..];
    assert!(
        after.len() < 64,
        "the app kept writing after leaving the alternate screen: {}",
        after.escape_ascii()
    );
    assert!(
        !t.screen().alternate_screen(),
        "the emulator is still in the alternate screen"
    );
    assert!(!t.screen().hide_cursor(), "the cursor is left hidden");
}

/// 1. The whole path of a goal by keys: mentee, goal, milestone, done; quit; the file holds it.
#[test]
fn adds_mentee_goal_and_milestone_by_keys_and_saves_them() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut tui = open("flow", &store);
    tui.wait_for("the welcome screen", |s| {
        has(s, "Welcome to mentor.") && has(s, "Mentees (0)")
    });

    // Help opens; typing searches it; Esc clears the search, then closes it (Esc waited for, so
    // it is not merged with the next key).
    tui.send("?");
    tui.wait_for("the help overlay", |s| {
        has(s, " Keys ") && has(s, "then closes")
    });
    tui.send("redo");
    tui.wait_for("help searched", |s| {
        has(s, "search: redo") && has(s, "undo / redo") && !has(s, "Forms")
    });
    tui.esc("the search cleared", |s| {
        has(s, " Keys ") && !has(s, "search: redo")
    });
    tui.esc("the help overlay to close", |s| {
        !has(s, "then closes") && has(s, "Welcome to mentor.")
    });

    // The mentee.
    tui.send("a");
    tui.wait_for("the mentee form", |s| {
        has(s, " New mentee ") && has(s, "▸Name")
    });
    tui.type_text("Ada Lovelace");
    tui.send(CTRL_S);
    tui.wait_for("the mentee in the list", |s| {
        !has(s, " New mentee ") && has(s, "Mentees (1)") && has(s, "▸ Ada Lovelace")
    });

    // Its goal, in the Goals pane.
    tui.send(TAB);
    tui.send("a");
    tui.wait_for("the goal form", |s| {
        has(s, " New goal ") && has(s, "▸Title")
    });
    tui.type_text("Ship the first PR");
    tui.send(CTRL_S);
    tui.wait_for("the goal in the list", |s| {
        !has(s, " New goal ") && has(s, "Goals (1)") && has(s, "▸ Ship the first PR")
    });

    // Its milestone, in the Milestones pane, marked done.
    tui.send(TAB);
    tui.send("a");
    tui.wait_for("the milestone form", |s| {
        has(s, " New milestone ") && has(s, "▸Title")
    });
    tui.type_text("Open a draft");
    tui.send(CTRL_S);
    tui.wait_for("the open milestone", |s| {
        !has(s, " New milestone ") && has(s, "▸ [ ] Open a draft")
    });
    // Enter opens it to read; Esc closes that again.
    tui.send(ENTER);
    tui.wait_for("the milestone's detail", |s| {
        has(s, " Milestone ") && has(s, "goal") && has(s, "Ship the first PR")
    });
    tui.esc("the detail to close", |s| {
        !has(s, " Milestone ") && has(s, "▸ [ ] Open a draft")
    });
    // e opens it for editing; Esc closes the untouched form again.
    tui.send("e");
    tui.wait_for("the milestone edit form", |s| {
        has(s, " Edit milestone ") && has(s, "Open a draft")
    });
    tui.esc("the edit form to close", |s| {
        !has(s, " Edit milestone ") && has(s, "▸ [ ] Open a draft")
    });
    tui.send("x");
    tui.wait_for("the milestone marked done", |s| {
        has(s, "▸ [x] Open a draft")
    });

    tui.quit();

    let doc = read_json(&store);
    let ms = mentees(&doc);
    assert_eq!(ms.len(), 1, "{doc:#}");
    assert_eq!(ms[0]["name"], "Ada Lovelace");
    let goals = ms[0]["goals"].as_array().expect("goals");
    assert_eq!(goals.len(), 1, "{doc:#}");
    assert_eq!(goals[0]["title"], "Ship the first PR");
    let milestones = goals[0]["milestones"].as_array().expect("milestones");
    assert_eq!(milestones.len(), 1, "{doc:#}");
    assert_eq!(milestones[0]["title"], "Open a draft");
    assert!(
        milestones[0]["done_on"].is_string(),
        "done_on should be a date: {doc:#}"
    );
}

/// A background save reports back by itself: with no further key, the header goes from
/// "saving…" to "saved HH:MM" and the file holds the change.
#[test]
fn a_background_save_is_reported_without_another_key() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut tui = open("saved", &store);
    tui.send("a");
    tui.wait_for("the mentee form", |s| has(s, " New mentee "));
    tui.type_text("Ada Byron");
    tui.send(CTRL_S);
    tui.wait_for("the header saying saved HH:MM", |s| {
        let header = row_text(s, 0);
        has(s, "▸ Ada Byron")
            && header
                .split("saved ")
                .nth(1)
                .is_some_and(|rest| rest.trim().len() == 5 && rest.trim().as_bytes()[2] == b':')
    });
    file_until(&tui, &store, "the new mentee", |doc| {
        mentees(doc).len() == 1
    });
    tui.quit();
}

/// 2. `u` takes the new mentee back out of the screen and the file; Ctrl-R puts it back in both.
#[test]
fn undo_and_redo_reach_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut tui = open("undo", &store);

    tui.send("a");
    tui.wait_for("the mentee form", |s| has(s, " New mentee "));
    tui.type_text("Bo Chen");
    tui.send(CTRL_S);
    tui.wait_for("the new mentee", |s| {
        !has(s, " New mentee ") && has(s, "Mentees (1)") && has(s, "▸ Bo Chen")
    });
    file_until(&tui, &store, "the new mentee", |doc| {
        mentees(doc).len() == 1
    });

    tui.send("u");
    tui.wait_for("the mentee undone", |s| {
        has(s, "Mentees (0)") && has(s, "none yet: a adds one") && !has(s, "▸ Bo Chen")
    });
    file_until(&tui, &store, "the mentee undone", |doc| {
        mentees(doc).is_empty()
    });

    tui.send(CTRL_R);
    tui.wait_for("the mentee redone", |s| {
        has(s, "Mentees (1)") && has(s, "▸ Bo Chen")
    });
    let doc = file_until(&tui, &store, "the mentee redone", |doc| {
        mentees(doc).len() == 1
    });
    assert_eq!(mentees(&doc)[0]["name"], "Bo Chen");

    tui.quit();
}

/// 3a. `q` exits 0 and gives the terminal back: primary screen, cursor shown.
#[test]
fn quitting_leaves_the_alternate_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = open("quit", &store_in(&dir));
    assert!(tui.with_screen(|s| s.alternate_screen()));
    tui.quit();
    assert_terminal_restored(&tui);
}

/// 3b. Ctrl-C in an open form with typed text asks first (as Esc does); yes quits, exits 0,
///     restores the terminal and saves nothing.
#[test]
fn ctrl_c_in_an_open_form_quits_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut tui = open("ctrl-c", &store);
    tui.send("a");
    tui.wait_for("the mentee form", |s| has(s, " New mentee "));
    tui.type_text("Half typed");
    tui.send(CTRL_C);
    tui.wait_for("the question", |s| has(s, "Discard what you typed?"));
    tui.send("y");
    let status = tui.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    assert_eq!(status.exit_code(), 0);
    assert_terminal_restored(&tui);
    assert_eq!(mentees(&read_json(&store)).len(), 0);
}

/// 4. With NO_COLOR the selection is still visible (reverse video) and nothing is coloured.
#[test]
fn no_color_keeps_the_selection_in_reverse_video() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut no_color = launch("no-color", &store);
    no_color.args.push("--demo".into());
    no_color.env.push(("NO_COLOR", "1".into()));
    let mut tui = Tui::start(no_color);
    // A whole frame: its text, and the cursor hidden at its end.
    tui.wait_until("the demo screen", |t| {
        t.count(HIDE_CURSOR) >= 1 && has(t.screen(), "Mentees (") && has(t.screen(), " q quit")
    });
    tui.with_screen(|s| {
        let (rows, cols) = (s.size().0.get(), s.size().1.get());
        // The mentee list is the left column and has the focus; its selected row starts with ▸
        // right inside the border.
        let row = (0..rows)
            .find(|&r| s.cell(r, 1).is_some_and(|c| c.contents() == "▸"))
            .unwrap_or_else(|| panic!("no selected mentee row:\n{}", dump(s)));
        let line = row_text(s, row);
        assert!(
            line.chars().filter(|c| c.is_alphabetic()).count() > 3,
            "the selected row has no name: {line:?}"
        );
        // Every cell from the marker to the row's last visible character, inside the border.
        let last = (1..25)
            .rev()
            .find(|&c| {
                s.cell(row, c)
                    .is_some_and(|c| !c.contents().trim().is_empty())
            })
            .expect("the row has text");
        for col in 1..=last {
            let cell = s.cell(row, col).expect("cell");
            assert!(
                cell.inverse(),
                "cell ({row}, {col}) {:?} of the selected row is not in reverse video:\n{}",
                cell.contents(),
                dump(s)
            );
        }
        // The focused list's selection is bold as well. (Only the marker and the name are
        // checked: the kind after the name is dim, and vt100 keeps one intensity per cell, so
        // bold and dim together read back as dim.)
        for col in 1..4 {
            let cell = s.cell(row, col).expect("cell");
            assert!(
                cell.bold(),
                "cell ({row}, {col}) {:?} of the focused selection is not bold:\n{}",
                cell.contents(),
                dump(s)
            );
        }
        // The rows around it are not reversed, so the reverse is the selection's.
        for other in [row.saturating_sub(1), row + 1] {
            if other != row {
                let cell = s.cell(other, 3).expect("cell");
                assert!(!cell.inverse(), "row {other} is reversed too:\n{}", dump(s));
            }
        }
        for r in 0..rows {
            for c in 0..cols {
                let cell = s.cell(r, c).expect("cell");
                assert!(
                    cell.fgcolor() == vt100::Color::Default
                        && cell.bgcolor() == vt100::Color::Default,
                    "cell ({r}, {c}) {:?} has colour fg {:?} bg {:?} under NO_COLOR",
                    cell.contents(),
                    cell.fgcolor(),
                    cell.bgcolor()
                );
            }
        }
    });
    // An edit in the demo is saved to its temporary copy: the store named on the command line
    // is never created, nor anything beside it.
    tui.send("a");
    tui.wait_for("the mentee form", |s| has(s, " New mentee "));
    tui.type_text("Demo Edit");
    tui.send(CTRL_S);
    tui.wait_for("the new mentee saved", |s| {
        has(s, "Demo Edit") && !has(s, " New mentee ") && has(s, "saved")
    });
    tui.quit();
    let left = crate::common::names(dir.path());
    assert!(
        left.is_empty(),
        "--demo wrote beside the user's store: {left:?}"
    );
}

/// 5. A second instance on a store another one holds opens read-only and changes nothing.
#[test]
fn a_second_instance_opens_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut first = open("holder", &store);
    first.send("a");
    first.wait_for("the mentee form", |s| has(s, " New mentee "));
    first.type_text("Grace Hopper");
    first.send(CTRL_S);
    first.wait_for("the new mentee", |s| {
        !has(s, " New mentee ") && has(s, "Mentees (1)")
    });
    file_until(&first, &store, "the new mentee", |doc| {
        mentees(doc).len() == 1
    });
    let before = std::fs::read(&store).expect("the store exists");

    let mut second = open("read-only", &store);
    second.wait_for("the read-only banner and the data", |s| {
        row_text(s, 0).contains("read-only") && has(s, "Grace Hopper")
    });
    second.send("a");
    second.wait_for("the refusal", |s| {
        has(s, "read-only: nothing can be changed")
    });
    assert!(
        !second.with_screen(|s| has(s, " New mentee ")),
        "a form opened in read-only mode"
    );
    assert_eq!(
        std::fs::read(&store).unwrap(),
        before,
        "the read-only window changed the file"
    );
    second.quit();
    assert_eq!(std::fs::read(&store).unwrap(), before);

    // The holder was not disturbed: it still edits (and saves) after the second one is gone.
    first.send("u");
    first.wait_for("the holder's undo", |s| has(s, "Mentees (0)"));
    file_until(&first, &store, "the holder's undo", |doc| {
        mentees(doc).is_empty()
    });
    first.quit();
}

/// 6. Too small a terminal says so; growing it brings the normal screen back.
#[test]
fn too_small_then_resized() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut tui = Tui::start(Launch {
        cols: 40,
        rows: 10,
        ..launch("resize", &store)
    });
    tui.wait_until("the too-small message", |t| {
        t.count(HIDE_CURSOR) >= 1 && has(t.screen(), "too small")
    });
    // The app installs its SIGWINCH handler when it first waits for input, just after the first
    // frame. A key it has drawn a frame for proves it is there, so the resize is not lost.
    let frames = tui.with_term(|t| t.count(HIDE_CURSOR));
    tui.send("j");
    tui.wait_until("a frame after a key", |t| t.count(HIDE_CURSOR) > frames);
    assert!(tui.with_screen(|s| has(s, "too small")));

    tui.resize(100, 30);
    tui.wait_for("the normal screen", |s| {
        !has(s, "too small") && has(s, "Welcome to mentor.") && has(s, "Mentees (0)")
    });
    tui.quit();
}

/// Writes an executable shell script `name` in `dir` and returns its path.
fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("write the script");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    path
}

/// `mentor` on `store` with `$EDITOR` set to `editor`, waiting for the first screen.
fn open_with_editor(name: &'static str, store: &Path, editor: &Path) -> Tui {
    let mut launch = launch(name, store);
    launch.env.push(("EDITOR", editor.into()));
    let tui = Tui::start(launch);
    tui.wait_for("the first screen", |s| {
        has(s, "Mentees (") && has(s, " q quit")
    });
    tui
}

/// 7. Ctrl-e hands a form field to the real `$EDITOR`: the text goes through a private file
///    (mode 600, in a directory of mode 700), the terminal comes back to the app, and the edited
///    text is in the field.
#[test]
fn a_form_field_edited_in_the_editor_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let tools = tempfile::tempdir().unwrap();
    let seen = tools.path().join("seen");
    let editor = script(
        tools.path(),
        "editor.sh",
        &format!(
            "stat -c %a \"$1\" \"$(dirname \"$1\")\" > '{}'\nprintf 'Ada Lovelace' > \"$1\"",
            seen.display()
        ),
    );
    let mut tui = open_with_editor("editor", &store, &editor);
    tui.send("a");
    tui.wait_for("the mentee form", |s| has(s, " New mentee "));
    tui.type_text("Ada");
    tui.send(CTRL_E);
    tui.wait_for("the edited text back in the form", |s| {
        has(s, " New mentee ") && has(s, "Ada Lovelace")
    });
    assert_eq!(
        std::fs::read_to_string(&seen).expect("the editor ran"),
        "600\n700\n",
        "the text file and its directory are private"
    );
    tui.send(CTRL_S);
    tui.wait_for("the new mentee", |s| {
        has(s, "Ada Lovelace") && !has(s, " New mentee ")
    });
    tui.quit();
    assert_terminal_restored(&tui);
    let doc = file_until(&tui, &store, "the mentee", |d| mentees(d).len() == 1);
    assert_eq!(mentees(&doc)[0]["name"], "Ada Lovelace");
}

/// 8. An editor that fails leaves the field as it was, says why, and the app goes on.
#[test]
fn an_editor_that_fails_changes_nothing_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let tools = tempfile::tempdir().unwrap();
    let editor = script(tools.path(), "broken.sh", "printf 'junk' > \"$1\"\nexit 3");
    let mut tui = open_with_editor("broken-editor", &store, &editor);
    tui.send("a");
    tui.wait_for("the mentee form", |s| has(s, " New mentee "));
    tui.type_text("Grace");
    tui.send(CTRL_E);
    tui.wait_for("the reason", |s| has(s, "exited with"));
    tui.with_screen(|s| {
        assert!(has(s, " New mentee ") && has(s, "Grace"), "{}", dump(s));
        assert!(!has(s, "junk"), "the failed edit was taken:\n{}", dump(s));
    });
    tui.type_text(" Hopper");
    tui.send(CTRL_S);
    tui.wait_for("the new mentee", |s| {
        has(s, "Grace Hopper") && !has(s, " New mentee ")
    });
    tui.quit();
    assert_terminal_restored(&tui);
}
