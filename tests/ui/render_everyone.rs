//! Render snapshots of the Agenda and the Calendar as lists to act on: the Agenda with a row
//! selected and scrolled past its first screen (no "… N more"), and the Calendar with its day's
//! items holding the keys. Selection styling is checked on the cells, as in `render.rs`.

use crate::common::screen::{draw_with, text};
use crate::common::today;
use mentor::app::everyone::{DAYS, agenda_len};
use mentor::app::{Action, State, Tab, update};
use mentor::demo::demo_workspace;
use mentor::ui::Theme;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

fn demo() -> State {
    State::new(
        demo_workspace(today()),
        today(),
        "/home/sam/.local/share/mentor/mentor.json",
    )
}

fn act(state: &mut State, actions: impl IntoIterator<Item = Action>) {
    for action in actions {
        update(state, action);
    }
}

fn draw(state: &State) -> Buffer {
    draw_with(state, &Theme::COLOR, 80, 24)
}

/// The row of the first line holding `needle`, and whether its first letter is in reverse video.
fn row_of(buffer: &Buffer, needle: &str) -> (u16, bool) {
    let shown = text(buffer);
    let (y, line) = shown
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} is not on screen:\n{shown}"));
    let col = line[..line.find(needle).unwrap_or(0)].chars().count() as u16;
    let cell = &buffer[(col, y as u16)];
    (y as u16, cell.modifier.contains(Modifier::REVERSED))
}

#[test]
fn the_agenda_scrolls_with_its_selection_and_lists_everything() {
    let mut state = demo();
    act(&mut state, [Action::ShowTab(Tab::Agenda)]);
    let first = text(&draw(&state));
    assert!(!first.contains("more"), "{first}");
    // The first item is selected, with its section's heading above it.
    let (_, reversed) = row_of(&draw(&state), "overdue 16d");
    assert!(reversed, "{first}");
    // Down a page and two rows: the view scrolls, the selection is on screen in reverse video.
    act(&mut state, [Action::PageDown, Action::Down, Action::Down]);
    let buffer = draw(&state);
    let shown = text(&buffer);
    assert!(shown.contains("13 of 17"), "{shown}");
    assert!(
        !shown.contains("Check-ins ("),
        "scrolled past the check-ins:\n{shown}"
    );
    insta::assert_snapshot!("agenda_selected_and_scrolled", shown);
    // The last item is reachable and drawn.
    act(&mut state, [Action::Bottom]);
    let len = agenda_len(&state.memo.agenda(&state.ws, state.today, DAYS));
    let shown = text(&draw(&state));
    assert!(shown.contains(&format!("{len} of {len}")), "{shown}");
    insta::assert_snapshot!("agenda_at_its_last_item", shown);
}

#[test]
fn the_calendar_day_list_takes_the_keys_with_tab() {
    let mut state = demo();
    // Friday 4 December: two sessions that day.
    act(
        &mut state,
        [
            Action::ShowTab(Tab::Calendar),
            Action::CalendarMonths(1),
            Action::CalendarDays(-25),
            Action::NextPane,
            Action::Down,
        ],
    );
    let buffer = draw(&state);
    let shown = text(&buffer);
    assert!(shown.contains("Friday 2026-12-04 · 2 of"), "{shown}");
    let (_, first) = row_of(&buffer, "16:00");
    assert!(!first, "{shown}");
    let (_, second) = row_of(&buffer, "18:30");
    assert!(second, "{shown}");
    // The footer names the day list's keys.
    for hint in ["j/k down / up", "Enter go to it", "Tab back to the month"] {
        assert!(shown.contains(hint), "{hint}:\n{shown}");
    }
    insta::assert_snapshot!("calendar_day_items_focused", shown);
}

#[test]
fn the_calendar_footer_shows_its_keys_at_100_columns() {
    let mut state = demo();
    act(&mut state, [Action::ShowTab(Tab::Calendar)]);
    let shown = text(&draw_with(&state, &Theme::COLOR, 100, 30));
    let footer = shown.lines().last().unwrap_or_default();
    for hint in [
        "h/l day",
        "k/j week",
        "PgUp/PgDn month",
        "t today",
        "a add a session",
        "Tab day's items",
        "? help",
        "q quit",
    ] {
        assert!(footer.contains(hint), "{hint}: {footer}");
    }
    // And on the day's items.
    act(&mut state, [Action::NextPane]);
    let shown = text(&draw_with(&state, &Theme::COLOR, 100, 30));
    let footer = shown.lines().last().unwrap_or_default();
    for hint in [
        "j/k down / up",
        "Enter go to it",
        "Tab back to the month",
        "a add session (its mentee)",
    ] {
        assert!(footer.contains(hint), "{hint}: {footer}");
    }
}
