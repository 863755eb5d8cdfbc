//! Render snapshots of the full-screen app (testing layer 3 of docs/architecture).
//!
//! Each test builds a [`State`], drives it into a screen through [`update`] (the same actions the
//! keys produce), draws it with [`mentor::ui::render`] on a [`TestBackend`] and snapshots the
//! buffer as plain text, one line per row (trailing blanks trimmed). Snapshots hold text only, so
//! focus and selection styling are checked with explicit cell assertions at the end of the file.
//!
//! Review changed snapshots with `cargo insta review`, or rewrite them all with
//! `INSTA_UPDATE=always cargo test --test ui render::` and read the diff.
//! `UPDATE_SCREENSHOT=1 cargo test --test ui readme` rewrites `docs/screenshot.txt` for the README.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common::keys::typed;
use crate::common::screen::{draw_with, text};
use crate::common::today;
use chrono::NaiveDate;
use mentor::app::{Action, ListId, State, Tab, TextEdit, update};
use mentor::demo::demo_workspace;
use mentor::domain::{Mentee, MenteeId, Workspace};
use mentor::ui::Theme;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

const STORE: &str = "/home/sam/.local/share/mentor/mentor.json";

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// The demo workspace, with the first mentee (Alice) selected and the mentee list focused.
fn demo() -> State {
    State::new(demo_workspace(today()), today(), STORE)
}

/// A store with no mentees at all.
fn empty() -> State {
    State::new(Workspace::default(), today(), STORE)
}

/// A store holding one mentee with nothing recorded yet.
fn bare_mentee() -> State {
    let mut ws = Workspace::default();
    let id = MenteeId::from_number(ws.alloc_fresh());
    ws.push_mentee(Mentee::new(id, "Noor Bare", today()));
    State::new(ws, today(), STORE)
}

/// Applies the actions in order, the way the event loop would (effects are dropped).
fn act(state: &mut State, actions: impl IntoIterator<Item = Action>) {
    for action in actions {
        update(state, action);
    }
}

/// Types `text` into the focused form field.
fn type_in_form(state: &mut State, text: &str) {
    act(state, typed(text));
}

fn draw(state: &State) -> Buffer {
    draw_with(state, &Theme::COLOR, 80, 24)
}

/// The screen of `state` at 80x24 in the colour theme, as text.
fn screen(state: &State) -> String {
    text(&draw(state))
}

/// The first cell (column, row) where `needle` starts, searching rows top to bottom and only
/// columns in `columns`.
fn find_in(buffer: &Buffer, needle: &str, columns: std::ops::Range<u16>) -> Option<(u16, u16)> {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        // Map each char of the row back to the column it sits in.
        let mut chars = Vec::new();
        let mut x = area.left();
        while x < area.right() {
            let symbol = buffer[(x, y)].symbol();
            for c in symbol.chars() {
                chars.push((c, x));
            }
            x += symbol.width().max(1) as u16;
        }
        let row: String = chars.iter().map(|(c, _)| *c).collect();
        let mut from = 0;
        while let Some(at) = row[from..].find(needle) {
            let byte = from + at;
            let index = row[..byte].chars().count();
            let column = chars[index].1;
            if columns.contains(&column) {
                return Some((column, y));
            }
            from = byte + needle.len();
        }
    }
    None
}

fn find(buffer: &Buffer, needle: &str) -> (u16, u16) {
    find_in(buffer, needle, 0..u16::MAX)
        .unwrap_or_else(|| panic!("{needle:?} is not on screen:\n{}", text(buffer)))
}

/// Selects the mentee whose name starts with `name`, moving down the list as the keys would.
fn select_mentee(state: &mut State, name: &str) {
    let at = state
        .ws
        .mentees
        .iter()
        .position(|m| m.name.starts_with(name))
        .unwrap_or_else(|| panic!("no mentee {name}"));
    act(state, [Action::Top]);
    act(state, std::iter::repeat_n(Action::Down, at));
}

/// Shows `tab` and moves the focus to its first list.
fn focus_tab(state: &mut State, tab: Tab) {
    act(state, [Action::ShowTab(tab), Action::NextPane]);
}

// ---------------------------------------------------------------------------------------------
// 1. Empty store
// ---------------------------------------------------------------------------------------------

#[test]
fn empty_store_shows_the_welcome_screen() {
    insta::assert_snapshot!("empty_welcome", screen(&empty()));
}

#[test]
fn empty_store_help_overlay() {
    let mut state = empty();
    act(&mut state, [Action::ShowHelp]);
    insta::assert_snapshot!("empty_help", screen(&state));
}

// ---------------------------------------------------------------------------------------------
// 2. Demo workspace, every tab
// ---------------------------------------------------------------------------------------------

#[test]
fn demo_tabs_of_the_first_mentee() {
    for tab in Tab::ALL {
        let mut state = demo();
        act(&mut state, [Action::ShowTab(tab)]);
        let name = format!("demo_alice_{}", tab.title().to_lowercase());
        insta::assert_snapshot!(name, screen(&state));
    }
}

#[test]
fn demo_tabs_of_a_mentee_with_overdue_items() {
    for tab in [Tab::Goals, Tab::Sessions, Tab::Overview] {
        let mut state = demo();
        select_mentee(&mut state, "Bilal");
        act(&mut state, [Action::ShowTab(tab)]);
        let name = format!("demo_bilal_{}", tab.title().to_lowercase());
        insta::assert_snapshot!(name, screen(&state));
    }
}

#[test]
fn demo_goals_tab_with_the_milestones_focused() {
    let mut state = demo();
    focus_tab(&mut state, Tab::Goals);
    act(&mut state, [Action::NextPane]);
    assert_eq!(state.focus.0, ListId::Milestones);
    insta::assert_snapshot!("demo_alice_goals_milestones_focused", screen(&state));
}

// ---------------------------------------------------------------------------------------------
// 3. A mentee with nothing recorded
// ---------------------------------------------------------------------------------------------

#[test]
fn empty_states_of_every_tab() {
    for tab in Tab::ALL {
        let mut state = bare_mentee();
        act(&mut state, [Action::ShowTab(tab)]);
        let name = format!("bare_{}", tab.title().to_lowercase());
        insta::assert_snapshot!(name, screen(&state));
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Popups
// ---------------------------------------------------------------------------------------------

/// The add form of the list focused after `setup`.
fn add_form(setup: impl FnOnce(&mut State)) -> String {
    let mut state = demo();
    setup(&mut state);
    act(&mut state, [Action::Add]);
    assert!(
        matches!(state.popup, Some(mentor::app::Popup::Form(_))),
        "no form opened: {:?}",
        state.status
    );
    screen(&state)
}

#[test]
fn add_forms_of_every_record_kind() {
    insta::assert_snapshot!("form_add_mentee", add_form(|_| {}));
    insta::assert_snapshot!("form_add_goal", add_form(|s| focus_tab(s, Tab::Goals)));
    insta::assert_snapshot!(
        "form_add_milestone",
        add_form(|s| {
            focus_tab(s, Tab::Goals);
            act(s, [Action::NextPane]);
        })
    );
    insta::assert_snapshot!(
        "form_add_session",
        add_form(|s| focus_tab(s, Tab::Sessions))
    );
    insta::assert_snapshot!(
        "form_add_action_item",
        add_form(|s| {
            focus_tab(s, Tab::Sessions);
            act(s, [Action::NextPane]);
        })
    );
    insta::assert_snapshot!(
        "form_add_feedback",
        add_form(|s| focus_tab(s, Tab::Feedback))
    );
    insta::assert_snapshot!(
        "form_add_connection",
        add_form(|s| focus_tab(s, Tab::Network))
    );
}

#[test]
fn add_mentee_form_on_the_empty_store() {
    let mut state = empty();
    act(&mut state, [Action::Add]);
    insta::assert_snapshot!("empty_form_add_mentee", screen(&state));
}

#[test]
fn edit_forms_are_filled() {
    let mut state = demo();
    focus_tab(&mut state, Tab::Goals);
    act(&mut state, [Action::Edit]);
    insta::assert_snapshot!("form_edit_goal", screen(&state));

    let mut state = demo();
    act(&mut state, [Action::Edit]);
    insta::assert_snapshot!("form_edit_mentee", screen(&state));

    let mut state = demo();
    focus_tab(&mut state, Tab::Sessions);
    act(&mut state, [Action::Edit]);
    insta::assert_snapshot!("form_edit_session", screen(&state));
}

#[test]
fn form_shows_a_validation_error_inline() {
    let mut state = demo();
    focus_tab(&mut state, Tab::Goals);
    act(&mut state, [Action::Add, Action::FormSubmit]);
    let shown = screen(&state);
    assert!(shown.contains("✗ required"), "{shown}");
    insta::assert_snapshot!("form_validation_error", shown);
}

#[test]
fn form_shows_a_bad_date_inline() {
    let mut state = demo();
    focus_tab(&mut state, Tab::Goals);
    act(&mut state, [Action::NextPane, Action::Add]);
    type_in_form(&mut state, "Book the venue");
    act(&mut state, [Action::FormNextField]);
    type_in_form(&mut state, "someday");
    act(&mut state, [Action::FormSubmit]);
    let shown = screen(&state);
    assert!(shown.contains("✗ not a date"), "{shown}");
    insta::assert_snapshot!("form_bad_date", shown);
}

#[test]
fn date_field_previews_what_it_resolves_to() {
    let mut state = demo();
    focus_tab(&mut state, Tab::Goals);
    act(&mut state, [Action::NextPane, Action::Add]);
    type_in_form(&mut state, "Book the venue");
    act(&mut state, [Action::FormNextField]);
    type_in_form(&mut state, "+2w");
    let shown = screen(&state);
    assert!(shown.contains("→ 2026-12-13"), "{shown}");
    insta::assert_snapshot!("form_date_preview", shown);
}

#[test]
fn delete_asks_naming_what_will_go() {
    let mut state = demo();
    act(&mut state, [Action::Delete]);
    insta::assert_snapshot!("confirm_delete_mentee", screen(&state));

    let mut state = demo();
    focus_tab(&mut state, Tab::Goals);
    act(&mut state, [Action::Delete]);
    insta::assert_snapshot!("confirm_delete_goal", screen(&state));
}

#[test]
fn cancelling_a_typed_form_asks_first() {
    let mut state = demo();
    focus_tab(&mut state, Tab::Goals);
    act(&mut state, [Action::Add]);
    type_in_form(&mut state, "Speak at a meetup");
    act(&mut state, [Action::Cancel]);
    assert!(matches!(
        state.popup,
        Some(mentor::app::Popup::DiscardForm(_))
    ));
    insta::assert_snapshot!("confirm_discard_form", screen(&state));
}

#[test]
fn help_overlay_populated_and_read_only() {
    let mut state = demo();
    act(&mut state, [Action::ShowHelp]);
    let shown = screen(&state);
    insta::assert_snapshot!("help_demo", shown);
    assert!(shown.contains("delete"), "{shown}");

    let mut state = demo();
    state.read_only = Some("another mentor is editing this file; this window only shows it".into());
    act(&mut state, [Action::ShowHelp]);
    let shown = screen(&state);
    insta::assert_snapshot!("help_read_only", shown);
    for edit in [" add", " edit", " delete", " undo", " redo"] {
        assert!(
            !shown.contains(edit),
            "read-only help offers {edit:?}:\n{shown}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 5. Filter
// ---------------------------------------------------------------------------------------------

#[test]
fn filter_while_typing_and_accepted() {
    let mut state = demo();
    act(&mut state, [Action::StartFilter]);
    act(
        &mut state,
        "portuguese"
            .chars()
            .map(|c| Action::FilterEdit(TextEdit::Insert(c))),
    );
    // Farah: the word is in her goals and agreement, not in her name.
    insta::assert_snapshot!("filter_typing", screen(&state));

    act(&mut state, [Action::FilterAccept]);
    insta::assert_snapshot!("filter_accepted", screen(&state));
}

#[test]
fn filter_with_no_match() {
    let mut state = demo();
    act(&mut state, [Action::StartFilter]);
    act(
        &mut state,
        "zzz"
            .chars()
            .map(|c| Action::FilterEdit(TextEdit::Insert(c))),
    );
    insta::assert_snapshot!("filter_no_match", screen(&state));
}

/// A filter on a list with records: the title counts `N of M` and names the filter; when it
/// hides every row the list says so, not that it is empty; the filter outlives a `Tab` away.
#[test]
fn goal_filter_counts_and_says_when_nothing_matches() {
    let mut state = demo();
    act(&mut state, [Action::NextPane, Action::StartFilter]);
    act(
        &mut state,
        "lead"
            .chars()
            .map(|c| Action::FilterEdit(TextEdit::Insert(c))),
    );
    act(&mut state, [Action::FilterAccept, Action::PrevPane]);
    insta::assert_snapshot!("filter_goals_counted", screen(&state));
    act(&mut state, [Action::NextPane, Action::StartFilter]);
    act(
        &mut state,
        "xyz"
            .chars()
            .map(|c| Action::FilterEdit(TextEdit::Insert(c))),
    );
    act(&mut state, [Action::FilterAccept]);
    insta::assert_snapshot!("filter_goals_no_match", screen(&state));
}

// ---------------------------------------------------------------------------------------------
// 6. Sizes
// ---------------------------------------------------------------------------------------------

#[test]
fn main_screen_at_other_sizes() {
    let state = demo();
    insta::assert_snapshot!(
        "size_60x20",
        text(&draw_with(&state, &Theme::COLOR, 60, 20))
    );
    insta::assert_snapshot!(
        "size_100x30",
        text(&draw_with(&state, &Theme::COLOR, 100, 30))
    );
    let small = text(&draw_with(&state, &Theme::COLOR, 50, 12));
    assert!(small.contains("Terminal too small"), "{small}");
    insta::assert_snapshot!("size_50x12_too_small", small);
}

#[test]
fn popups_at_the_narrow_size() {
    let mut state = demo();
    focus_tab(&mut state, Tab::Goals);
    act(&mut state, [Action::Edit]);
    insta::assert_snapshot!(
        "size_60x20_form_edit_goal",
        text(&draw_with(&state, &Theme::COLOR, 60, 20))
    );

    let mut state = demo();
    act(&mut state, [Action::ShowHelp]);
    insta::assert_snapshot!(
        "size_60x20_help",
        text(&draw_with(&state, &Theme::COLOR, 60, 20))
    );
}

// ---------------------------------------------------------------------------------------------
// 7. Header states
// ---------------------------------------------------------------------------------------------

#[test]
fn read_only_banner_in_the_header() {
    let mut state = demo();
    state.read_only = Some("another mentor is editing this file; this window only shows it".into());
    let shown = screen(&state);
    assert!(shown.lines().next().unwrap_or("").contains("read-only"));
    insta::assert_snapshot!("header_read_only", shown);
}

#[test]
fn not_saved_in_the_header() {
    let mut state = demo();
    act(&mut state, [Action::SaveFailed("disk full".into())]);
    let shown = screen(&state);
    assert!(shown.lines().next().unwrap_or("").contains("NOT SAVED"));
    insta::assert_snapshot!("header_not_saved", shown);
}

// ---------------------------------------------------------------------------------------------
// 8. Hostile text
// ---------------------------------------------------------------------------------------------

/// A mentee whose text tries to control the terminal.
fn hostile() -> State {
    let mut ws = Workspace::default();
    let id = MenteeId::from_number(ws.alloc_fresh());
    let mut m = Mentee::new(
        id,
        "Eve\x1b[31mRed\x1b]52;c;cm0gLXJmIH4=\x07\u{9b}2J\u{202e}evil",
        today(),
    );
    m.aspirations = "clip\x1b]52;c;cm0gLXJmIH4=\x1b\\ \u{85}next \u{202e}desrever\x07".into();
    m.private_notes = "bell\x07 csi\u{9b}31m esc\x1b[2J del\x7f".into();
    m.agreement.boundaries = "\u{202e}bidi tab\there\nnewline".into();
    ws.push_mentee(m);
    State::new(ws, today(), STORE)
}

fn assert_no_control_cells(buffer: &Buffer, what: &str) {
    for y in buffer.area.top()..buffer.area.bottom() {
        for x in buffer.area.left()..buffer.area.right() {
            let symbol = buffer[(x, y)].symbol();
            assert!(
                !symbol.chars().any(|c| c.is_control() || c == '\u{202e}'),
                "{what}: cell ({x}, {y}) holds {symbol:?}:\n{}",
                text(buffer)
            );
        }
    }
}

#[test]
fn hostile_text_never_reaches_the_terminal() {
    for tab in Tab::ALL {
        let mut state = hostile();
        act(&mut state, [Action::ShowTab(tab)]);
        assert_no_control_cells(&draw(&state), tab.title());
    }
    let mut state = hostile();
    act(&mut state, [Action::Edit]);
    let form = draw(&state);
    assert_no_control_cells(&form, "edit form");
    insta::assert_snapshot!("hostile_form_edit_mentee", text(&form));

    let mut state = hostile();
    act(&mut state, [Action::Delete]);
    assert_no_control_cells(&draw(&state), "delete confirmation");

    let mut state = hostile();
    act(&mut state, [Action::ShowTab(Tab::Overview)]);
    let overview = draw(&state);
    assert_no_control_cells(&overview, "overview");
    // Made visible rather than dropped, so the user sees what is in the file.
    let shown = text(&overview);
    assert!(shown.contains("\\u{202e}"), "{shown}");
    assert!(shown.contains("\\x1b"), "{shown}");
    insta::assert_snapshot!("hostile_overview", text(&overview));
}

// ---------------------------------------------------------------------------------------------
// Cell styles: focus and selection without relying on the snapshots
// ---------------------------------------------------------------------------------------------

fn has(buffer: &Buffer, at: (u16, u16), modifier: Modifier) -> bool {
    buffer[at].modifier.contains(modifier)
}

/// The first cell of the name of mentee `name` in the left column.
fn mentee_cell(buffer: &Buffer, name: &str) -> (u16, u16) {
    find_in(buffer, name, 0..26)
        .unwrap_or_else(|| panic!("{name} is not in the mentee list:\n{}", text(buffer)))
}

#[test]
fn focused_selection_is_reversed_and_bold() {
    let buffer = draw(&demo());
    let alice = mentee_cell(&buffer, "Alice Moreau");
    assert!(has(&buffer, alice, Modifier::REVERSED));
    assert!(has(&buffer, alice, Modifier::BOLD));
    // The marker cell carries the same style.
    assert_eq!(buffer[(alice.0 - 2, alice.1)].symbol(), "▸");
    assert!(has(&buffer, (alice.0 - 2, alice.1), Modifier::REVERSED));
}

#[test]
fn unfocused_selection_is_reversed_without_bold() {
    let mut state = demo();
    focus_tab(&mut state, Tab::Goals);
    let buffer = draw(&state);
    let alice = mentee_cell(&buffer, "Alice Moreau");
    assert!(has(&buffer, alice, Modifier::REVERSED));
    assert!(!has(&buffer, alice, Modifier::BOLD));

    // The goal list now has the focus: its selected row is bold as well.
    let goal = &state.ws.mentees[0].goals[0].title;
    let goal_cell = find(&buffer, &goal[..12]);
    assert!(has(&buffer, goal_cell, Modifier::REVERSED));
    assert!(has(&buffer, goal_cell, Modifier::BOLD));
}

#[test]
fn unselected_rows_are_plain() {
    for state in [demo(), {
        let mut s = demo();
        focus_tab(&mut s, Tab::Goals);
        s
    }] {
        let buffer = draw(&state);
        for name in ["Bilal Haddad", "Chen Wei", "Dana Okafor"] {
            let at = mentee_cell(&buffer, name);
            assert!(!has(&buffer, at, Modifier::REVERSED), "{name}");
            assert!(!has(&buffer, at, Modifier::BOLD), "{name}");
            assert_eq!(
                buffer[(at.0 - 2, at.1)].symbol(),
                " ",
                "{name} has a marker"
            );
        }
    }
}

#[test]
fn focused_pane_border_stands_out_in_colour() {
    let mut state = demo();
    act(&mut state, [Action::ShowTab(Tab::Goals)]);
    let buffer = draw(&state);
    // The mentee list (focused) and the goal list (not) have their corners here.
    let mentees = (0, 1);
    let goals = find(&buffer, " Goals (");
    let goals = (goals.0 - 1, goals.1);
    assert_eq!(buffer[mentees].symbol(), "┌");
    assert_eq!(buffer[goals].symbol(), "┌");
    assert_ne!(buffer[mentees].style(), buffer[goals].style());

    // Moving the focus swaps them.
    act(&mut state, [Action::NextPane]);
    let moved = draw(&state);
    assert_eq!(moved[goals].style(), buffer[mentees].style());
    assert_eq!(moved[mentees].style(), buffer[goals].style());
}

#[test]
fn mono_theme_uses_no_colour_and_keeps_the_selection_visible() {
    let mut screens: Vec<(String, State)> = Vec::new();
    for tab in Tab::ALL {
        let mut s = demo();
        select_mentee(&mut s, "Bilal");
        act(&mut s, [Action::ShowTab(tab)]);
        screens.push((format!("bilal {}", tab.title()), s));
    }
    let mut s = demo();
    focus_tab(&mut s, Tab::Goals);
    act(&mut s, [Action::Add, Action::FormSubmit]);
    screens.push(("form with an error".into(), s));
    let mut s = demo();
    act(&mut s, [Action::Delete]);
    screens.push(("confirm".into(), s));
    let mut s = demo();
    act(&mut s, [Action::ShowHelp]);
    screens.push(("help".into(), s));
    let mut s = demo();
    s.read_only = Some("read-only for the test".into());
    screens.push(("read-only".into(), s));
    let mut s = demo();
    act(&mut s, [Action::SaveFailed("disk full".into())]);
    screens.push(("not saved".into(), s));
    screens.push(("empty".into(), empty()));

    for (what, state) in &screens {
        let buffer = draw_with(state, &Theme::MONO, 80, 24);
        for y in 0..24 {
            for x in 0..80 {
                let cell = &buffer[(x, y)];
                assert_eq!(cell.fg, Color::Reset, "{what}: fg of ({x}, {y})");
                assert_eq!(cell.bg, Color::Reset, "{what}: bg of ({x}, {y})");
            }
        }
    }

    let buffer = draw_with(&demo(), &Theme::MONO, 80, 24);
    let alice = mentee_cell(&buffer, "Alice Moreau");
    assert!(has(&buffer, alice, Modifier::REVERSED));
    assert_eq!(buffer[(alice.0 - 2, alice.1)].symbol(), "▸");
    let bilal = mentee_cell(&buffer, "Bilal Haddad");
    assert!(!has(&buffer, bilal, Modifier::REVERSED));

    // An unfocused selection stays visible in mono too.
    let mut state = demo();
    focus_tab(&mut state, Tab::Goals);
    let buffer = draw_with(&state, &Theme::MONO, 80, 24);
    let alice = mentee_cell(&buffer, "Alice Moreau");
    assert!(has(&buffer, alice, Modifier::REVERSED));
    assert_eq!(buffer[(alice.0 - 2, alice.1)].symbol(), "▸");
}

// ---------------------------------------------------------------------------------------------
// The README's text screenshot
// ---------------------------------------------------------------------------------------------

#[test]
fn readme_screenshot_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/screenshot.txt");
    let shown = format!("{}\n", screen(&demo()));
    if std::env::var("UPDATE_SCREENSHOT").as_deref() == Ok("1") {
        std::fs::create_dir_all(path.parent().expect("docs/ has a parent")).expect("mkdir docs");
        std::fs::write(&path, &shown).expect("write docs/screenshot.txt");
    } else if let Ok(saved) = std::fs::read_to_string(&path) {
        assert_eq!(
            saved, shown,
            "docs/screenshot.txt is out of date: rerun with UPDATE_SCREENSHOT=1"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 9. Scheduling: the calendar away from today, the plan-series form, the capacity gauge
// ---------------------------------------------------------------------------------------------

#[test]
fn calendar_of_another_month_with_a_busy_day_selected() {
    let mut state = demo();
    act(
        &mut state,
        [Action::ShowTab(Tab::Calendar), Action::CalendarMonths(1)],
    );
    assert_eq!(
        state.calendar_day,
        NaiveDate::from_ymd_opt(2026, 12, 29).unwrap()
    );
    // Back to Friday 4 December: two sessions that day.
    act(
        &mut state,
        [Action::CalendarDays(-21), Action::CalendarDays(-4)],
    );
    let shown = screen(&state);
    assert!(shown.contains("December 2026"), "{shown}");
    assert!(shown.contains("Friday 2026-12-04"), "{shown}");
    assert!(
        shown.contains("planned session with Alice Moreau"),
        "{shown}"
    );
    insta::assert_snapshot!("calendar_december_busy_day", shown);
}

#[test]
fn plan_series_form() {
    let mut state = demo();
    focus_tab(&mut state, Tab::Sessions);
    act(&mut state, [Action::PlanSeries]);
    let shown = screen(&state);
    assert!(shown.contains("Plan sessions with Alice Moreau"), "{shown}");
    insta::assert_snapshot!("form_plan_series", shown);
}

/// The demo with a capacity below what its cadences ask.
fn over_capacity() -> State {
    let mut state = demo();
    state.ws.mentor.capacity_hours_per_month = Some(5.0);
    assert!(mentor::domain::derived::mentor_load(&state.ws).over_capacity());
    state
}

#[test]
fn capacity_gauge_over_capacity() {
    let mut state = over_capacity();
    act(&mut state, [Action::ShowTab(Tab::Overview)]);
    let shown = screen(&state);
    assert!(shown.contains("Capacity: over"), "{shown}");
    insta::assert_snapshot!("overview_over_capacity", shown);

    let mut state = over_capacity();
    act(&mut state, [Action::ShowTab(Tab::Agenda)]);
    let shown = screen(&state);
    assert!(shown.contains("Capacity: over"), "{shown}");
    assert!(shown.contains("7.9 of 5.0 h/month"), "{shown}");
    insta::assert_snapshot!("agenda_over_capacity", shown);

    // Over capacity in colour: the cadence bar red, the planned one (3.5 of 5) green, the
    // border yellow.
    let buffer = draw(&state);
    let cadences = find(&buffer, "cadences ");
    let bar = (cadences.0 + 9, cadences.1);
    assert_eq!(buffer[bar].symbol(), "█");
    assert_eq!(buffer[bar].fg, Color::Red);
    assert!(has(&buffer, bar, Modifier::BOLD));
    let planned = find(&buffer, "planned  ");
    assert_eq!(buffer[(planned.0 + 9, planned.1)].fg, Color::Green);
    let title = find(&buffer, " Capacity: over ");
    assert_eq!(buffer[(title.0 - 1, title.1)].symbol(), "┌");
    assert_eq!(buffer[(title.0 - 1, title.1)].fg, Color::Yellow);
    // Within capacity the cadence bar is green.
    let mut state = demo();
    act(&mut state, [Action::ShowTab(Tab::Agenda)]);
    let buffer = draw(&state);
    let cadences = find(&buffer, "cadences ");
    assert_eq!(buffer[(cadences.0 + 9, cadences.1)].fg, Color::Green);
}

#[test]
fn capacity_numbers_are_never_cut_off() {
    // The Overview's box is narrow; the Agenda's is wide. Either way every number shows whole.
    for (capacity, expect) in [
        (Some(5.0), ["7.9/5.0 h", "3.5 h/30d"]),
        (Some(12.0), ["7.9/12.0 h", "3.5 h/30d"]),
        (None, ["7.9 h/month", "3.5 h/30 days"]),
    ] {
        let mut state = demo();
        state.ws.mentor.capacity_hours_per_month = capacity;
        act(&mut state, [Action::ShowTab(Tab::Overview)]);
        let shown = screen(&state);
        for text in expect {
            assert!(shown.contains(text), "{capacity:?}: {text}:\n{shown}");
        }
        act(&mut state, [Action::ShowTab(Tab::Agenda)]);
        let shown = screen(&state);
        let line = |label: &str| {
            shown
                .lines()
                .find(|l| l.contains(label))
                .unwrap_or_else(|| panic!("no {label}:\n{shown}"))
                .to_string()
        };
        match capacity {
            Some(cap) => {
                assert!(line("cadences").contains(&format!("7.9 of {cap:.1} h/month")));
                assert!(line("planned ").contains("3.5 h in 30 days"));
            }
            None => {
                assert!(
                    line("cadences").contains("cadences 7.9 h/month · planned 3.5 h in 30 days")
                );
                assert!(shown.contains("no capacity set: mentor profile --capacity HOURS"));
            }
        }
    }
}

#[test]
fn too_small_says_that_keys_wait_and_shows_nothing_else() {
    let mut state = demo();
    // A confirmation was open when the terminal shrank: it is not drawn, and says nothing.
    act(
        &mut state,
        [Action::Delete, Action::Resized { w: 50, h: 12 }],
    );
    assert!(state.too_small());
    let small = text(&draw_with(&state, &Theme::COLOR, 50, 12));
    assert!(
        small.contains("Keys wait until it is larger; q quits."),
        "{small}"
    );
    assert!(!small.contains("Delete"), "{small}");
}

/// A demo state whose last save failed, with `q` pressed.
fn quitting_unsaved() -> State {
    let mut state = demo();
    act(
        &mut state,
        [
            Action::SaveFailed("writing the temporary file: No space left on device".into()),
            Action::Quit,
        ],
    );
    state
}

#[test]
fn quitting_with_unsaved_edits_offers_the_choices() {
    let state = quitting_unsaved();
    let shown = screen(&state);
    // A retry cannot work when another program changed the file; the way that does is named.
    assert!(shown.contains("R reads the file again"), "{shown}");
    insta::assert_snapshot!("unsaved_on_quit_choose", shown);
}

#[test]
fn quitting_anyway_asks_for_the_word() {
    let mut state = quitting_unsaved();
    act(&mut state, [Action::QuitDiscard]);
    act(
        &mut state,
        "disc"
            .chars()
            .map(|c| Action::PromptEdit(TextEdit::Insert(c))),
    );
    act(&mut state, [Action::PromptSubmit]);
    insta::assert_snapshot!("unsaved_on_quit_discard", screen(&state));
}

#[test]
fn a_copy_elsewhere_asks_for_a_path() {
    let mut state = quitting_unsaved();
    act(&mut state, [Action::QuitCopyElsewhere]);
    act(
        &mut state,
        "~/mentor-copy.json"
            .chars()
            .map(|c| Action::PromptEdit(TextEdit::Insert(c))),
    );
    act(
        &mut state,
        [Action::CopyWritten(Err(
            "/root/mentor-copy.json: File exists (os error 17)".into(),
        ))],
    );
    insta::assert_snapshot!("unsaved_on_quit_copy", screen(&state));
}

/// Every field the mentee sees says so on the form (milestone and connection notes went into the
/// bundle while their forms just said "Note"); private fields never do; feedback fields are
/// marked only while the feedback's visibility is `shared`.
#[test]
fn forms_label_what_the_mentee_sees() {
    let milestone = add_form(|s| {
        focus_tab(s, Tab::Goals);
        act(s, [Action::NextPane]);
    });
    let connection = add_form(|s| focus_tab(s, Tab::Network));
    for (what, shown) in [("milestone", &milestone), ("connection", &connection)] {
        assert!(shown.contains("Note (shared)"), "{what}:\n{shown}");
        assert!(shown.contains("your mentee sees it"), "{what}:\n{shown}");
    }
    let session = add_form(|s| focus_tab(s, Tab::Sessions));
    assert!(session.contains("Notes (shared)"), "{session}");
    assert!(session.contains("Private notes "), "{session}");
    assert!(!session.contains("Private notes (shared)"), "{session}");
    assert!(!session.contains("Channel (shared)"), "{session}");
    let mentee = add_form(|_| {});
    assert!(mentee.contains("Aspirations (shared)"), "{mentee}");
    assert!(!mentee.contains("Private notes (shared)"), "{mentee}");

    let mut state = demo();
    focus_tab(&mut state, Tab::Feedback);
    act(&mut state, [Action::Add]);
    assert!(screen(&state).contains("Text (shared)"));
    // Visibility is the third field: make it private.
    act(
        &mut state,
        [
            Action::FormNextField,
            Action::FormNextField,
            Action::FormEdit(TextEdit::Right),
        ],
    );
    let private = screen(&state);
    assert!(private.contains("‹ private ›"), "{private}");
    assert!(!private.contains("(shared)"), "{private}");
    insta::assert_snapshot!("form_add_feedback_private", private);
}

// ---------------------------------------------------------------------------------------------
// Scrolling: list panes keep their offset from frame to frame
// ---------------------------------------------------------------------------------------------

/// A store of `n` mentees named "Mentee 00", "Mentee 01", ….
fn many_mentees(n: usize) -> State {
    let mut ws = Workspace::default();
    for i in 0..n {
        let id = MenteeId::from_number(ws.alloc_fresh());
        ws.push_mentee(Mentee::new(id, format!("Mentee {i:02}"), today()));
    }
    State::new(ws, today(), STORE)
}

/// The mentees the left column shows, top to bottom, and which row is marked selected.
fn shown_mentees(buffer: &Buffer) -> (Vec<usize>, Option<usize>) {
    let mut shown = Vec::new();
    let mut marked = None;
    for line in text(buffer).lines() {
        let pane: String = line.chars().take(25).collect();
        let Some(at) = pane.find("Mentee ") else {
            continue;
        };
        let number = pane[at + 7..at + 9].parse().expect("a two-digit number");
        if pane.contains('▸') {
            marked = Some(shown.len());
        }
        shown.push(number);
    }
    (shown, marked)
}

#[test]
fn a_list_scrolls_by_one_past_its_bottom_and_not_back_on_the_way_up() {
    let mut state = many_mentees(40);
    let (shown, marked) = shown_mentees(&draw(&state));
    let height = shown.len();
    assert!(height > 3 && height < 40, "{shown:?}");
    assert_eq!((shown[0], marked), (0, Some(0)));

    // Down to the last row in view: nothing scrolls.
    act(&mut state, std::iter::repeat_n(Action::Down, height - 1));
    let (shown, marked) = shown_mentees(&draw(&state));
    assert_eq!((shown[0], marked), (0, Some(height - 1)));

    // One past the bottom: the list scrolls by one row.
    act(&mut state, [Action::Down]);
    let (shown, marked) = shown_mentees(&draw(&state));
    assert_eq!((shown[0], marked), (1, Some(height - 1)));
    assert_eq!(shown[height - 1], height);

    // Back up one: the selection moves, the view stays.
    act(&mut state, [Action::Up]);
    let (shown, marked) = shown_mentees(&draw(&state));
    assert_eq!((shown[0], marked), (1, Some(height - 2)));

    // Up to the top row in view, then one past it: one row back.
    act(&mut state, std::iter::repeat_n(Action::Up, height - 2));
    assert_eq!(shown_mentees(&draw(&state)), (shown.clone(), Some(0)));
    act(&mut state, [Action::Up]);
    let (shown, marked) = shown_mentees(&draw(&state));
    assert_eq!((shown[0], marked), (0, Some(0)));
}

#[test]
fn a_scrolled_list_fills_its_pane_when_the_terminal_grows() {
    let mut state = many_mentees(40);
    act(&mut state, [Action::Bottom]);
    let (shown, marked) = shown_mentees(&draw(&state));
    assert_eq!(
        (shown[shown.len() - 1], marked),
        (39, Some(shown.len() - 1))
    );
    // A taller terminal shows more rows above the selection, none left blank below.
    let (taller, marked) = shown_mentees(&draw_with(&state, &Theme::COLOR, 80, 40));
    assert!(taller.len() > shown.len());
    assert_eq!(
        (taller[taller.len() - 1], marked),
        (39, Some(taller.len() - 1))
    );
}

#[test]
fn a_table_header_is_a_plain_row_and_the_selection_a_full_bar() {
    let mut state = demo();
    focus_tab(&mut state, Tab::Goals);
    let buffer = draw(&state);
    let header = find(&buffer, "goal ");
    let due = find(&buffer, "due ");
    assert_eq!(header.1, due.1, "the headings share one row");
    // The header row is neither marked nor highlighted.
    assert_eq!(buffer[(header.0 - 2, header.1)].symbol(), " ");
    assert!(!has(&buffer, header, Modifier::REVERSED));
    // The selected goal is the row below it, highlighted from its marker to the pane's edge.
    let goal = &state.ws.mentees[0].goals[0].title;
    let row = find(&buffer, &goal[..12]);
    assert_eq!(row.1, header.1 + 1);
    assert_eq!(buffer[(row.0 - 2, row.1)].symbol(), "▸");
    let edge = (row.0..buffer.area.right())
        .find(|&x| buffer[(x, row.1)].symbol() == "│")
        .expect("the pane's right border");
    for x in row.0 - 2..edge {
        assert!(has(&buffer, (x, row.1), Modifier::REVERSED), "column {x}");
        assert!(has(&buffer, (x, row.1), Modifier::BOLD), "column {x}");
    }
    // The row below is plain.
    assert!(!has(&buffer, (row.0, row.1 + 1), Modifier::REVERSED));
}

// ---------------------------------------------------------------------------------------------
// The mouse
// ---------------------------------------------------------------------------------------------

/// A left click at `at`, resolved against the frame last drawn, then applied.
fn click(state: &mut State, at: (u16, u16)) {
    let event = crossterm::event::MouseEvent {
        kind: crossterm::event::MouseEventKind::Down(crossterm::event::MouseButton::Left),
        column: at.0,
        row: at.1,
        modifiers: crossterm::event::KeyModifiers::NONE,
    };
    let action =
        mentor::app::keymap::resolve_mouse(state, event).expect("the click means something");
    update(state, action);
}

#[test]
fn a_clicked_goal_is_selected_and_its_pane_focused() {
    let mut state = demo();
    let buffer = draw(&state);
    // The second goal of the selected mentee, clicked where its title is drawn.
    let second = state.ws.mentees[0].goals[1].title.clone();
    click(
        &mut state,
        find_in(&buffer, &second[..12], 26..80).expect("the second goal"),
    );
    assert_eq!(state.focus.0, ListId::Goals);
    assert_eq!(state.selected(ListId::Goals), 1);
    let buffer = draw(&state);
    let row = find(&buffer, &second[..12]);
    assert_eq!(buffer[(row.0 - 2, row.1)].symbol(), "▸");
    insta::assert_snapshot!("mouse_selected_goal", text(&buffer));
}

// ---------------------------------------------------------------------------------------------
// Layout uses the space
// ---------------------------------------------------------------------------------------------

/// The column of the mentee column's right border (its top-right corner on the first pane row).
fn left_border(buffer: &Buffer) -> u16 {
    (0..buffer.area.width)
        .find(|&x| buffer[(x, 1)].symbol() == "┐")
        .expect("the mentee list's top-right corner")
}

#[test]
fn the_mentee_column_grows_with_the_terminal_and_the_names() {
    let state = demo();
    // At 80 columns it keeps its 26; at 160 the longest name and its check-in line show whole.
    assert_eq!(left_border(&draw(&state)), 25);
    let wide = draw_with(&state, &Theme::COLOR, 160, 45);
    assert!(left_border(&wide) > 25, "{}", text(&wide));
    let longest = state
        .ws
        .mentees
        .iter()
        .map(|m| m.name.clone())
        .max_by_key(|n| n.width());
    let longest = longest.expect("the demo has mentees");
    assert!(
        find_in(&wide, &longest, 0..left_border(&wide)).is_some(),
        "{}",
        text(&wide)
    );
    insta::assert_snapshot!("demo_160x45", text(&wide));

    // A name of 200 columns takes at most a quarter of the body.
    let mut long = bare_mentee();
    long.ws.mentees[0] = std::sync::Arc::new(Mentee::new(
        long.ws.mentees[0].id.clone(),
        "N".repeat(200),
        today(),
    ));
    assert_eq!(left_border(&draw_with(&long, &Theme::COLOR, 160, 45)), 39);
}

#[test]
fn a_popup_keeps_the_borders_around_it() {
    for setup in [
        (|s: &mut State| focus_tab(s, Tab::Goals)) as fn(&mut State),
        |s: &mut State| {
            focus_tab(s, Tab::Goals);
            act(s, [Action::Delete]);
        },
    ] {
        let mut state = demo();
        setup(&mut state);
        if state.popup.is_none() {
            act(&mut state, [Action::Add]);
        }
        let buffer = draw(&state);
        // Beside the cleared rows (blank just inside both screen borders), the screen's left and
        // right borders run unbroken (no pane corner or sliver left floating beside the popup),
        // and the bottom border is one line wherever the popup reaches it.
        let cleared = |y: u16| [1, 78].iter().all(|&x| buffer[(x, y)].symbol() == " ");
        let rows: Vec<u16> = (2..21).filter(|&y| cleared(y)).collect();
        assert!(rows.len() >= 8, "{rows:?}");
        for y in rows {
            for x in [0, 79] {
                let s = buffer[(x, y)].symbol();
                assert!(
                    ["│", "├", "┤"].contains(&s),
                    "({x}, {y}) is {s:?}:\n{}",
                    text(&buffer)
                );
            }
        }
        for x in 0..80 {
            let s = buffer[(x, 21)].symbol();
            assert!(
                !["╴", "╶", "╵", "╷"].contains(&s),
                "(x, 21) is {s:?}:\n{}",
                text(&buffer)
            );
        }
    }
}

#[test]
fn session_form_picks_goals_by_title() {
    let mut state = demo();
    focus_tab(&mut state, Tab::Sessions);
    act(&mut state, [Action::Edit]);
    for _ in 0..7 {
        act(&mut state, [Action::FormNextField]);
    }
    act(
        &mut state,
        [
            Action::FormEdit(mentor::app::action::TextEdit::Right),
            Action::FormEdit(mentor::app::action::TextEdit::Insert(' ')),
        ],
    );
    let shown = screen(&state);
    assert!(shown.contains("▸Goals"), "{shown}");
    insta::assert_snapshot!("form_session_goals_picked", shown);
}

// ---------------------------------------------------------------------------------------------
// Finding: the global search, the mentee list sorted and with concluded mentees hidden
// ---------------------------------------------------------------------------------------------

#[test]
fn search_popup_with_results() {
    let mut state = demo();
    act(&mut state, [Action::OpenSearch]);
    insta::assert_snapshot!("search_empty", screen(&state));
    act(
        &mut state,
        "review"
            .chars()
            .map(|c| Action::SearchEdit(TextEdit::Insert(c))),
    );
    act(&mut state, [Action::SearchMove(2)]);
    insta::assert_snapshot!("search_results", screen(&state));
    act(
        &mut state,
        "xyz"
            .chars()
            .map(|c| Action::SearchEdit(TextEdit::Insert(c))),
    );
    insta::assert_snapshot!("search_nothing_found", screen(&state));
}

#[test]
fn mentee_list_sorted_by_name_with_concluded_hidden() {
    let mut state = demo();
    act(
        &mut state,
        [
            Action::CycleMenteeOrder,
            Action::CycleMenteeOrder,
            Action::ToggleConcluded,
        ],
    );
    insta::assert_snapshot!("mentees_by_checkin_concluded_hidden", screen(&state));
}

/// Help ends with the search's keys and the mentee list's legend (at 100x40, scrolled to its end).
#[test]
fn help_with_search_keys_and_the_mentee_legend() {
    let mut state = demo();
    act(
        &mut state,
        [
            Action::Resized { w: 100, h: 40 },
            Action::ShowHelp,
            Action::Bottom,
        ],
    );
    let shown = text(&draw_with(&state, &Theme::COLOR, 100, 40));
    for needed in [
        "Search (C-f)",
        "go to the result",
        "Mentee list",
        "paused or concluded",
    ] {
        assert!(shown.contains(needed), "{needed}:\n{shown}");
    }
    insta::assert_snapshot!("help_100x40", shown);
}

/// With every mentee concluded and the concluded hidden, the screen says so, not that a filter
/// matches nothing.
#[test]
fn every_mentee_hidden_says_why() {
    let mut state = demo();
    for m in &mut state.ws.mentees {
        std::sync::Arc::make_mut(m).status = mentor::domain::MenteeStatus::Concluded;
    }
    act(&mut state, [Action::ToggleConcluded]);
    let shown = screen(&state);
    assert!(
        shown.contains("Every mentee is concluded, and hidden"),
        "{shown}"
    );
    assert!(shown.contains("all concluded; c shows"), "{shown}");
    assert!(!shown.contains("No mentee matches"), "{shown}");
}
