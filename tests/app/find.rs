//! Filters that stay with their list, the mentee filter that looks into the records, the global
//! search and its jumps, and the mentee list's order and hiding.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common::today;
use mentor::app::action::TextEdit;
use mentor::app::{Action, Effect, ListId, State, Tab, update, view};

fn demo() -> State {
    State::new(mentor::demo::demo_workspace(today()), today(), "test.json")
}

fn run(state: &mut State, actions: impl IntoIterator<Item = Action>) -> Vec<Effect> {
    actions.into_iter().flat_map(|a| update(state, a)).collect()
}

fn filter(state: &mut State, text: &str) {
    run(state, [Action::StartFilter]);
    run(
        state,
        text.chars()
            .map(|c| Action::FilterEdit(TextEdit::Insert(c))),
    );
    run(state, [Action::FilterAccept]);
}

fn names(state: &State) -> Vec<String> {
    view::rows(state, ListId::Mentees)
        .iter()
        .map(|&i| state.ws.mentees[i].name.clone())
        .collect()
}

fn select_mentee(state: &mut State, name: &str) {
    let rows = view::rows(state, ListId::Mentees);
    let row = rows
        .iter()
        .position(|&i| state.ws.mentees[i].name == name)
        .unwrap();
    state.set_selected(ListId::Mentees, row);
}

#[test]
fn a_filter_stays_with_its_list_across_panes_and_tabs() {
    let mut s = demo();
    select_mentee(&mut s, "Farah Nasser");
    run(&mut s, [Action::NextPane]);
    assert_eq!(s.focus.0, ListId::Goals);
    filter(&mut s, "portuguese");
    let goals = view::rows(&s, ListId::Goals).len();
    assert!(goals < view::total(&s, ListId::Goals), "the filter narrows");
    assert_eq!(
        view::count(&s, ListId::Goals),
        format!("{goals} of {}", view::total(&s, ListId::Goals))
    );
    // Tab to the milestones, back to the mentees, to another tab and back: still filtered.
    run(&mut s, [Action::NextPane, Action::NextPane]);
    assert_eq!(s.focus.0, ListId::Mentees);
    assert_eq!(view::filter_text(&s, ListId::Goals), Some("portuguese"));
    run(
        &mut s,
        [Action::ShowTab(Tab::Sessions), Action::ShowTab(Tab::Goals)],
    );
    assert_eq!(view::rows(&s, ListId::Goals).len(), goals);
    // A filter typed in another list is that list's own; the goals keep theirs.
    filter(&mut s, "farah");
    assert_eq!(names(&s), vec!["Farah Nasser"]);
    assert_eq!(view::filter_text(&s, ListId::Goals), Some("portuguese"));
    // Esc ends the focused list's filter only, then (with none there) every other.
    run(&mut s, [Action::ClearFilter]);
    assert_eq!(view::filter_text(&s, ListId::Mentees), None);
    assert_eq!(
        view::mentee(&s).unwrap().name,
        "Farah Nasser",
        "selection kept"
    );
    assert_eq!(view::filter_text(&s, ListId::Goals), Some("portuguese"));
    run(&mut s, [Action::ClearFilter]);
    assert!(s.filters.is_empty());
}

#[test]
fn the_mentee_filter_matches_goals_notes_and_feedback() {
    let mut s = demo();
    // In Farah's goals and agreement, not in any name.
    filter(&mut s, "PORTUGUESE");
    assert_eq!(names(&s), vec!["Farah Nasser"]);
    // In a private note only (Dana's: parental leave).
    run(&mut s, [Action::ClearFilter]);
    filter(&mut s, "parental leave");
    assert_eq!(names(&s), vec!["Dana Okafor"]);
    // Names still match.
    run(&mut s, [Action::ClearFilter]);
    filter(&mut s, "chen");
    assert!(names(&s).contains(&"Chen Wei".to_string()));
    // Nothing: an empty list, and the count says so.
    run(&mut s, [Action::ClearFilter]);
    filter(&mut s, "xyzzy");
    assert!(names(&s).is_empty());
    assert_eq!(
        view::count(&s, ListId::Mentees),
        format!("0 of {}", s.ws.mentees.len())
    );
}
