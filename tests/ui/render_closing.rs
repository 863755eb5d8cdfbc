//! The closing review at 80x24, in English and Dutch (snapshots `closing_*`): its top (the span,
//! the goals and their history, sessions and hours) and its end (the closing note, the private
//! note, the mentee's reflection), and the closing note's form.

use crate::common::screen::{draw, text};
use crate::common::today;
use mentor::app::action::ClosingAction;
use mentor::app::{Action, Popup, State, update};
use mentor::demo::demo_workspace;
use mentor::domain::MenteeStatus;
use mentor::domain::closing::Closing;
use mentor::i18n::{Lang, with_lang};

const STORE: &str = "/home/sam/.local/share/mentor/mentor.json";

/// The demo with Grace (concluded) selected, her closing note and reflection written.
fn on_grace() -> State {
    let mut ws = demo_workspace(today());
    let i = ws
        .mentees
        .iter()
        .position(|m| m.status == MenteeStatus::Concluded)
        .unwrap();
    let m = ws.mentee_mut(i);
    m.closing = Some(Closing {
        note: "You made the move you came for. Keep the side projects going.".into(),
        private_note: "Suggest her for the spring cohort as a mentor.".into(),
        written_on: today(),
    });
    m.closing_reflection = "The mock interviews were what made the difference.".into();
    let mut state = State::new(ws, today(), STORE);
    for _ in 0..i {
        update(&mut state, Action::Down);
    }
    state
}

/// The review opened with `w` (in `lang`, as a Dutch process does both), then `then`.
fn review_in(lang: Lang, then: &[Action]) -> String {
    let mut state = on_grace();
    with_lang(lang, || {
        update(&mut state, Action::Closing(ClosingAction::Open));
        for a in then {
            update(&mut state, a.clone());
        }
        assert!(matches!(
            state.popup,
            Some(Popup::Closing(_)) | Some(Popup::Form(_))
        ));
        text(&draw(&state, 80, 24))
    })
}

#[test]
fn the_closing_review_in_english() {
    insta::assert_snapshot!("closing_review_top", review_in(Lang::En, &[]));
    insta::assert_snapshot!("closing_review_end", review_in(Lang::En, &[Action::Bottom]));
}

#[test]
fn the_closing_review_in_dutch() {
    let top = review_in(Lang::Nl, &[]);
    assert!(top.contains("Terugblik: Grace Lindqvist"), "{top}");
    insta::assert_snapshot!("closing_review_top_nl", top);
    insta::assert_snapshot!(
        "closing_review_end_nl",
        review_in(Lang::Nl, &[Action::Bottom])
    );
}

#[test]
fn the_closing_note_form() {
    let write = [Action::Closing(ClosingAction::Write)];
    insta::assert_snapshot!("closing_note_form", review_in(Lang::En, &write));
    insta::assert_snapshot!("closing_note_form_nl", review_in(Lang::Nl, &write));
}
