//! Render snapshots of text terminals disagree on: joined emoji (👩‍💻, 🧑🏽‍🚀, 👨‍👩‍👧‍👦), skin-tone
//! modifiers, flags, combining marks, Hangul written as jamo, right-to-left scripts and wide CJK,
//! in the mentee list and in a form field.
//!
//! What these prove: every cluster sits whole in one cell, gets the room of its widest reading
//! (the sum of its parts' widths), the cells of that room are never written by the diff, and
//! everything after it (the kind column, the pane border, the cursor) is where that room says.
//! Snapshots hold text only; a cluster's room shows as blanks after it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common::{screen, today};
use mentor::app::{Action, Popup, State, TextEdit, update};
use mentor::domain::text;
use mentor::domain::{Mentee, MenteeId, Workspace};
use mentor::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::{Backend, TestBackend};
use ratatui::buffer::{Buffer, CellDiffOption};

const STORE: &str = "/home/sam/.local/share/mentor/mentor.json";

const NAMES: [&str; 11] = [
    "👩\u{200D}💻 Ada Lovelace",
    "🧑🏽\u{200D}🚀",
    "b\u{200D}👩",
    "Zoe\u{308} Ele\u{301}onore",
    "\u{1112}\u{1161}\u{11AB} Jamo",
    "שלום עליכם",
    "مرحبا بالعالم",
    "👍🏽 Kim",
    "🇳🇱 Joost de Vries",
    "日本語の名前はとても長いです",
    "👨\u{200D}👩\u{200D}👧\u{200D}👦 family",
];

fn named(names: &[&str]) -> State {
    let mut ws = Workspace::default();
    for name in names {
        let id = MenteeId::from_number(ws.alloc_fresh());
        ws.push_mentee(Mentee::new(id, *name, today()));
    }
    State::new(ws, today(), STORE)
}

/// The frame as drawn (with each cell's diff option), and the test terminal it was drawn on.
fn draw(state: &State) -> (Buffer, Terminal<TestBackend>) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("a test terminal");
    let frame = terminal
        .draw(|f| ui::render(f, state, &Theme::COLOR))
        .expect("drawing never fails on a test backend")
        .buffer
        .clone();
    (frame, terminal)
}

/// Where the cell holding exactly `cluster` is, searching columns `columns`.
fn cell_of(buffer: &Buffer, cluster: &str, columns: std::ops::Range<u16>) -> Option<(u16, u16)> {
    let area = buffer.area;
    (area.top()..area.bottom())
        .flat_map(|y| columns.clone().map(move |x| (x, y)))
        .find(|&(x, y)| x < area.right() && buffer[(x, y)].symbol() == cluster)
}

/// The cluster is whole in one cell and the rest of its widest room is never written.
fn assert_room(buffer: &Buffer, cluster: &str, columns: std::ops::Range<u16>) -> (u16, u16) {
    let (x, y) = cell_of(buffer, cluster, columns).unwrap_or_else(|| {
        panic!(
            "{cluster:?} is not whole in a cell:\n{}",
            screen::text(buffer)
        )
    });
    let room = text::width(cluster) as u16;
    for i in x + 1..x + room {
        assert_eq!(buffer[(i, y)].symbol(), " ", "{cluster:?} at {i}");
        assert_eq!(
            buffer[(i, y)].diff_option,
            CellDiffOption::Skip,
            "{cluster:?}: cell {i} of its room would be written"
        );
    }
    (x, y)
}

#[test]
fn mentee_list_with_joined_emoji_and_every_script() {
    let state = named(&NAMES);
    let (frame, _) = draw(&state);
    let buffer = &frame;
    insta::assert_snapshot!("mentee_list_joined_emoji", screen::text(buffer));
    let list = 0..26;
    for cluster in [
        "👩\u{200D}💻",
        "🧑🏽\u{200D}🚀",
        "👍🏽",
        "🇳🇱",
        "👨\u{200D}👩\u{200D}👧\u{200D}👦",
    ] {
        assert_room(buffer, cluster, list.clone());
    }
    // Combining marks and jamo stay with their letter.
    assert!(cell_of(buffer, "e\u{308}", list.clone()).is_some());
    assert!(cell_of(buffer, "e\u{301}", list.clone()).is_some());
    assert!(cell_of(buffer, "\u{1112}\u{1161}\u{11AB}", list.clone()).is_some());
    // A joiner that joins nothing is not drawn: no terminal can join "b" and "👩".
    let (bx, by) = cell_of(buffer, "b", 2..4).expect("the b row");
    assert_eq!(buffer[(bx + 1, by)].symbol(), "👩");
    // Every row of the list ends at the same border, whatever its name holds.
    let rows: Vec<u16> = (2..2 + NAMES.len() as u16).collect();
    for y in &rows {
        assert_eq!(
            buffer[(25, *y)].symbol(),
            "│",
            "row {y}:\n{}",
            screen::text(buffer)
        );
        // The kind column starts where the name's room ends.
        assert_eq!(
            buffer[(18, *y)].symbol(),
            "c",
            "row {y}:\n{}",
            screen::text(buffer)
        );
    }
}

#[test]
fn a_long_name_is_cut_between_clusters_with_an_ellipsis() {
    let state = named(&[
        "🧑🏽\u{200D}🚀🧑🏽\u{200D}🚀🧑🏽\u{200D}🚀",
        "日本語の名前はとても長いです",
        &"e\u{301}".repeat(15),
    ]);
    let (frame, _) = draw(&state);
    let shown = screen::text(&frame);
    let rows: Vec<&str> = shown.lines().skip(2).take(3).collect();
    // The name column is 14 wide: two astronauts (12) and the ellipsis, the third left out.
    assert!(
        rows[0].starts_with("│▸ 🧑🏽\u{200D}🚀    🧑🏽\u{200D}🚀    …"),
        "{shown}"
    );
    assert!(rows[1].starts_with("│  日本語の名前…  career"), "{shown}");
    assert!(
        rows[2].contains(&format!("{}… career", "e\u{301}".repeat(13))),
        "{shown}"
    );
}

fn type_name(name: &str) -> State {
    let mut state = named(&["Noor"]);
    update(&mut state, Action::Add);
    for c in name.chars() {
        update(&mut state, Action::FormEdit(TextEdit::Insert(c)));
    }
    state
}

#[test]
fn a_form_field_gives_joined_emoji_their_room_and_the_cursor_follows() {
    let state = type_name("🧑🏽\u{200D}🚀 Ada");
    let (buffer, mut terminal) = draw(&state);
    insta::assert_snapshot!("form_field_joined_emoji", screen::text(&buffer));
    let (x, y) = assert_room(&buffer, "🧑🏽\u{200D}🚀", 0..80);
    let cursor = terminal
        .backend_mut()
        .get_cursor_position()
        .expect("a cursor");
    // After the astronaut's 6 columns, the space and "Ada".
    assert_eq!((cursor.x, cursor.y), (x + 6 + 4, y));

    // Step left over "Ada" and the space: the cursor stands right after the astronaut's room.
    let mut state = state;
    for _ in 0..4 {
        update(&mut state, Action::FormEdit(TextEdit::Left));
    }
    let (_, mut terminal) = draw(&state);
    let cursor = terminal
        .backend_mut()
        .get_cursor_position()
        .expect("a cursor");
    assert_eq!((cursor.x, cursor.y), (x + 6, y));
    update(&mut state, Action::FormEdit(TextEdit::Left));
    let (_, mut terminal) = draw(&state);
    let cursor = terminal
        .backend_mut()
        .get_cursor_position()
        .expect("a cursor");
    assert_eq!(
        (cursor.x, cursor.y),
        (x, y),
        "one step goes over the whole sequence"
    );
}

#[test]
fn a_scrolled_form_field_never_shows_part_of_a_cluster() {
    // Far wider than the field: it scrolls to keep the cursor in view.
    let name = "👩\u{200D}💻".repeat(20);
    let state = type_name(&name);
    let (buffer, mut terminal) = draw(&state);
    let Some(Popup::Form(_)) = &state.popup else {
        panic!("no form")
    };
    let cursor = terminal
        .backend_mut()
        .get_cursor_position()
        .expect("a cursor");
    let row: Vec<&str> = (0..80).map(|x| buffer[(x, cursor.y)].symbol()).collect();
    // Only whole sequences, each followed by its never-written room; the cursor after the last.
    assert!(row.contains(&"👩\u{200D}💻"), "{row:?}");
    assert!(
        row.iter()
            .all(|s| *s == "👩\u{200D}💻" || !s.contains(['👩', '💻', '\u{200D}'])),
        "{row:?}"
    );
    let last = (0..cursor.x)
        .rev()
        .find(|&x| buffer[(x, cursor.y)].symbol() == "👩\u{200D}💻")
        .expect("a sequence before the cursor");
    assert_eq!(cursor.x, last + 4);
}
