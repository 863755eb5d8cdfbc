//! Layer 5: joined emoji typed into the built binary in a real pseudo-terminal.
//!
//! The screen is read through the `vt100` parser, which draws every code point on its own (its
//! width from `unicode-width`, a zero-width code point added to the cell before it): the way
//! xterm and terminals without emoji-sequence support draw 🧑🏽‍🚀, in 6 columns where ratatui
//! alone assumes 2. What this proves: on such a terminal every part of a joined sequence shows,
//! nothing drawn after it lands on its tail, the cursor stands after it, and renaming leaves no
//! stale cell. It cannot show what a terminal that joins the sequence (2 columns) draws; that
//! case, and the same frames on a per-code-point model, are checked with a model terminal in
//! `src/tui/clusters/tests.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::pty_harness;

use mentor::domain::text;
use pty_harness::{CTRL_S, CTRL_U, Launch, Tui, dump, has};
use serde_json::Value;
use std::path::Path;

/// Where a mentee's name starts in the list at 100x30, and the column where its kind starts.
const NAME_COLUMN: u16 = 3;
const KIND_COLUMN: u16 = 18;

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

/// Columns `from..to` of `row` as the terminal shows them: one entry per cell, the second half
/// of a wide character left out, an empty cell as a space.
fn cells(screen: &vt100::Screen, row: u16, from: u16, to: u16) -> String {
    (from..to)
        .filter_map(|col| screen.cell(row, col))
        .filter(|c| !c.is_wide_continuation())
        .map(|c| match c.contents() {
            "" => " ",
            s => s,
        })
        .collect()
}

/// The row whose list part (the left column) holds `needle`.
fn list_row(screen: &vt100::Screen, needle: &str) -> Option<u16> {
    (0..screen.size().0.get()).find(|&r| cells(screen, r, 0, 26).contains(needle))
}

/// `name` as this terminal shows it in the list: its parts, then blanks up to the kind column.
fn list_entry(shown: &str, name: &str) -> String {
    let room = usize::from(KIND_COLUMN - NAME_COLUMN);
    format!("{shown}{}", " ".repeat(room - text::width(name)))
}

fn assert_list_row(tui: &Tui, needle: &str, shown: &str, name: &str) {
    tui.wait_for(&format!("{name:?} alone in its list row"), |s| {
        list_row(s, needle).is_some_and(|r| {
            cells(s, r, NAME_COLUMN, KIND_COLUMN) == list_entry(shown, name)
                && cells(s, r, KIND_COLUMN, KIND_COLUMN + 6) == "career"
        })
    });
}

#[test]
fn joined_emoji_typed_into_a_name_show_whole_and_leave_no_stale_cells() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("mentor.json");
    let mut tui = open("width", &store);

    // A long plain name first, so the list row is full of letters.
    tui.send("a");
    tui.wait_for("the mentee form", |s| has(s, "▸Name"));
    tui.send("Jane Doe-Smithers");
    tui.send(CTRL_S);
    tui.wait_for("the mentee in the list", |s| has(s, "▸ Jane Doe-Smit…"));

    // Renamed, code point by code point, to an astronaut with a skin tone.
    tui.send("e");
    tui.wait_for("the edit form", |s| has(s, " Edit mentee "));
    tui.send(CTRL_U);
    tui.send("🧑🏽\u{200D}🚀 Doe");
    tui.wait_for(
        "the astronaut whole in the Name field, the cursor after it",
        |s| {
            let Some(row) = (0..30).find(|&r| cells(s, r, 0, 100).contains("▸Name")) else {
                return false;
            };
            let Some(at) = (0..100).find(|&c| s.cell(row, c).is_some_and(|c| c.contents() == "🧑"))
            else {
                return false;
            };
            cells(s, row, at, at + 12) == "🧑🏽\u{200D}🚀 Doe  "
                && s.cursor_position() == (row, at + 10)
        },
    );
    tui.send(CTRL_S);
    tui.wait_for("the form to close", |s| !has(s, " Edit mentee "));
    assert_list_row(&tui, "Doe", "🧑🏽\u{200D}🚀 Doe", "🧑🏽\u{200D}🚀 Doe");

    // Renamed back to letters: nothing of the emoji is left behind.
    tui.send("e");
    tui.wait_for("the edit form", |s| has(s, " Edit mentee "));
    tui.send(CTRL_U);
    tui.send("ab");
    tui.send(CTRL_S);
    tui.wait_for("the form to close", |s| !has(s, " Edit mentee "));
    assert_list_row(&tui, "▸ ab", "ab", "ab");
    tui.with_screen(|s| {
        // Row 0 is left out: the header shows the store's path, whose random temporary
        // directory name may hold a `J`.
        let left: String = (1..30).map(|r| cells(s, r, 0, 26)).collect();
        assert!(
            !left.contains(['🧑', '🏽', '🚀', 'J']),
            "stale cells:\n{}",
            dump(s)
        );
    });

    // Typed as `b`, a joiner, `👩`: the joiner joins nothing and is not drawn, the name is kept.
    tui.send("a");
    tui.wait_for("the mentee form", |s| has(s, " New mentee "));
    tui.send("b\u{200D}👩");
    tui.send(CTRL_S);
    tui.wait_for("the form to close", |s| !has(s, " New mentee "));
    assert_list_row(&tui, "b👩", "b👩", "b\u{200D}👩");

    tui.quit();
    let doc: Value =
        serde_json::from_slice(&std::fs::read(&store).expect("the store")).expect("JSON");
    let mut names: Vec<&str> = doc["mentees"]
        .as_array()
        .expect("mentees")
        .iter()
        .filter_map(|m| m["name"].as_str())
        .collect();
    names.sort();
    assert_eq!(names, ["ab", "b\u{200D}👩"]);
}
