//! Render snapshots of the detail overlay (`Enter` or `o` on a row): a short item, a long one at
//! the top and scrolled to its end, at 80x24.

use crate::common::screen::{draw, text};
use crate::common::today;
use mentor::app::{Action, ListId, Popup, State, Tab, update};
use mentor::demo::demo_workspace;

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

fn screen(state: &State) -> String {
    text(&draw(state, 80, 24))
}

/// A connection: every field fits at once; no scroll position is shown.
#[test]
fn detail_of_a_short_item() {
    let mut state = demo();
    act(
        &mut state,
        [
            Action::ShowTab(Tab::Network),
            Action::NextPane,
            Action::Open,
        ],
    );
    assert_eq!(state.focus.0, ListId::Connections);
    let shown = screen(&state);
    assert!(shown.contains(" Connection "), "{shown}");
    assert!(!shown.contains(" lines "), "{shown}");
    insta::assert_snapshot!("detail_short", shown);
}

/// A goal (Alice's first), at 80x24: its fields wrapped, then its milestones, the sessions that
/// touched it and the feedback about it; the top, then scrolled to the end.
#[test]
fn detail_of_a_long_item_scrolls_to_its_end() {
    let mut state = demo();
    act(
        &mut state,
        [
            Action::Resized { w: 80, h: 24 },
            Action::ShowTab(Tab::Goals),
            Action::NextPane,
            Action::Open,
        ],
    );
    let top = screen(&state);
    assert!(
        top.contains(" Goal ") && top.contains("lines 1–20 of"),
        "{top}"
    );
    insta::assert_snapshot!("detail_long_top", top);
    act(&mut state, [Action::Bottom]);
    let end = screen(&state);
    let Some(Popup::Detail(d)) = &state.popup else {
        panic!("the overlay closed");
    };
    assert!(d.scroll > 0);
    assert!(end.contains(&format!("of {} ", d.scroll + 20)), "{end}");
    insta::assert_snapshot!("detail_long_end", end);
}

/// The Notes pane at 80x24 holds more than it shows: `J` scrolls it (the private notes come into
/// view), its border says how much is above and below, and another session starts at its top.
#[test]
fn the_notes_pane_scrolls() {
    let mut state = demo();
    // Alice's review debrief, the third session: its private notes are below the pane.
    act(
        &mut state,
        [
            Action::ShowTab(Tab::Sessions),
            Action::NextPane,
            Action::Down,
            Action::Down,
        ],
    );
    let before = screen(&state);
    assert!(before.contains("↓ 5 more"), "{before}");
    assert!(!before.contains("Worth naming."), "{before}");
    act(&mut state, std::iter::repeat_n(Action::ScrollText(1), 5));
    let scrolled = screen(&state);
    assert!(scrolled.contains("Worth naming."), "{scrolled}");
    assert!(scrolled.contains("↑ 5 more"), "{scrolled}");
    insta::assert_snapshot!("notes_scrolled", scrolled);
    // Past the end nothing moves.
    act(&mut state, [Action::ScrollText(1)]);
    assert_eq!(screen(&state), scrolled);
    // Another session shows from its top; coming back, too (the offset was the other's).
    act(&mut state, [Action::Up]);
    assert!(!screen(&state).contains("↑ "));
}

/// Help searched for "scroll": the rows of every section that scroll, keys in one column; then
/// help scrolled to its end shows the Forms section with its keys in the same column.
#[test]
fn help_searched_and_scrolled() {
    use mentor::app::TextEdit;
    let mut state = demo();
    act(
        &mut state,
        [Action::Resized { w: 80, h: 24 }, Action::ShowHelp],
    );
    act(
        &mut state,
        "scroll"
            .chars()
            .map(|c| Action::HelpEdit(TextEdit::Insert(c))),
    );
    let searched = screen(&state);
    assert!(searched.contains("search: scroll"), "{searched}");
    assert!(!searched.contains("delete"), "{searched}");
    insta::assert_snapshot!("help_searched", searched);
    // Its end, one row up: the Forms section from its heading.
    act(&mut state, [Action::Cancel, Action::Bottom, Action::Up]);
    let end = screen(&state);
    assert!(end.contains("Forms"), "{end}");
    // The keys of every row start in one column and their words in another.
    let words_at: Vec<usize> = end
        .lines()
        .filter(|l| l.contains("next / previous field") || l.contains("next / previous result"))
        .map(|l| {
            let at = l
                .find("next / previous field")
                .or(l.find("next / previous result"))
                .unwrap();
            // In columns, not bytes: the search's keys are arrows.
            mentor::domain::text::width(&l[..at])
        })
        .collect();
    assert_eq!(words_at.len(), 2, "{end}");
    assert_eq!(words_at[0], words_at[1], "{end}");
    insta::assert_snapshot!("help_end", end);
}
