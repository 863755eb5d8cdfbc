//! Render snapshots of issue 20: the brief's questions to ask, each with its reason, the
//! marked one and the keys that ask them, in English and Dutch at 80x24 and 100x30.

use crate::common::screen::screen_text;
use crate::common::today;
use mentor::app::action::BriefAction;
use mentor::app::{Action, State, update};
use mentor::demo::demo_workspace;
use mentor::i18n::{Lang, with_lang};

fn act(state: &mut State, actions: impl IntoIterator<Item = Action>) {
    for action in actions {
        update(state, action);
    }
}

/// Alice's brief at `w`x`h`, the mark moved past the suggestions onto question 2 (scrolled
/// into view).
fn alice_questions(w: u16, h: u16) -> State {
    let mut state = State::new(
        demo_workspace(today()),
        today(),
        "/home/sam/.local/share/mentor/mentor.json",
    );
    act(
        &mut state,
        [Action::Resized { w, h }, Action::Brief(BriefAction::Open)],
    );
    let n = mentor::app::brief::of(&state, brief(&state))
        .unwrap()
        .suggestions
        .len();
    act(
        &mut state,
        [Action::Brief(BriefAction::Pick(n as isize + 1))],
    );
    state
}

fn brief(state: &State) -> &mentor::app::brief::Open {
    match &state.popup {
        Some(mentor::app::Popup::Brief(open)) => open,
        other => panic!("no brief: {other:?}"),
    }
}

#[test]
fn the_briefs_questions_to_ask_at_80x24() {
    let shown = with_lang(Lang::En, || {
        let state = alice_questions(80, 24);
        screen_text(&state, 80, 24)
    });
    assert!(shown.contains("Questions to ask (3)"), "{shown}");
    assert!(
        shown.contains("▸ 2. What exactly will be different"),
        "{shown}"
    );
    assert!(
        shown.contains("why: goal “Get better at leadership”"),
        "{shown}"
    );
    assert!(shown.contains("1-3 ask"), "{shown}");
    insta::assert_snapshot!("brief_questions_80x24", shown);
}

#[test]
fn the_briefs_questions_to_ask_in_dutch() {
    let shown = with_lang(Lang::Nl, || {
        let state = alice_questions(80, 24);
        screen_text(&state, 80, 24)
    });
    assert!(shown.contains("Vragen om te stellen (3)"), "{shown}");
    assert!(
        shown.contains("▸ 2. Wat is er precies anders als je dit doel hebt bereikt?"),
        "{shown}"
    );
    assert!(shown.contains("1-3 stel"), "{shown}");
    insta::assert_snapshot!("brief_questions_nl_80x24", shown);
}

#[test]
fn the_briefs_questions_to_ask_at_100x30() {
    let shown = with_lang(Lang::En, || {
        let state = alice_questions(100, 30);
        screen_text(&state, 100, 30)
    });
    assert!(shown.contains("▸ 2. "), "{shown}");
    insta::assert_snapshot!("brief_questions_100x30", shown);
}
