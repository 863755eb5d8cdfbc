//! The closing review in the app (issue 20): `w` opens it on a concluded mentee only, `e` writes
//! the closing note in a form through the same operation as `mentor closing`, the review shows
//! again after, undo takes the note back; a mentee's view shows the shared review and writes
//! nothing.

use crate::common::keys::typed;
use crate::common::today;
use crate::fixtures::{demo, run};
use crate::view_common::view_state;
use mentor::app::action::ClosingAction;
use mentor::app::{Action, Effect, Popup, State, closing};
use mentor::domain::closing::Closing;
use mentor::domain::{Mentee, MenteeStatus};
use mentor::store::{CURRENT_VERSION, Loaded, Viewed};

const OPEN: Action = Action::Closing(ClosingAction::Open);
const WRITE: Action = Action::Closing(ClosingAction::Write);

/// The demo with Grace (concluded) selected.
fn on_grace() -> State {
    let mut s = demo();
    let i = grace(&s);
    for _ in 0..i {
        run(&mut s, [Action::Down]);
    }
    assert_eq!(
        mentor::app::view::mentee(&s).unwrap().name,
        "Grace Lindqvist"
    );
    s
}

fn grace(s: &State) -> usize {
    s.ws.mentees
        .iter()
        .position(|m| m.status == MenteeStatus::Concluded)
        .unwrap()
}

fn review_text(s: &State) -> String {
    let Some(Popup::Closing(open)) = &s.popup else {
        panic!("no closing review: {:?}", s.popup)
    };
    closing::lines(s, open, 96)
        .iter()
        .map(|l| format!("{}{}", l.label, l.text))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn w_opens_the_review_of_a_concluded_mentee_only() {
    let mut s = demo();
    assert_eq!(s.ws.mentees[0].status, MenteeStatus::Active);
    run(&mut s, [OPEN]);
    assert!(s.popup.is_none());
    let status = s.status.as_ref().unwrap();
    assert!(
        status.error && status.text.contains("is not concluded"),
        "{}",
        status.text
    );

    let mut s = on_grace();
    run(&mut s, [OPEN]);
    let text = review_text(&s);
    for line in [
        "1 met · 0 partly met · 0 not met · 1 dropped",
        "3 sessions held, 3.0 hours",
        "Observations: 0 shared, 1 private",
        "introduction: Meet Oskar Berg",
        "No closing note yet.",
    ] {
        assert!(text.contains(line), "{line} in\n{text}");
    }
    // It scrolls, and Esc closes it.
    run(&mut s, [Action::Bottom]);
    let Some(Popup::Closing(open)) = &s.popup else {
        panic!()
    };
    assert_eq!(open.scroll, closing::max_scroll(&s, open));
    run(&mut s, [Action::Cancel]);
    assert!(s.popup.is_none());
}

#[test]
fn e_writes_the_closing_note_and_the_review_shows_it_again_undo_takes_it_back() {
    let mut s = on_grace();
    run(&mut s, [OPEN, WRITE]);
    let Some(Popup::Form(form)) = &s.popup else {
        panic!("no form: {:?}", s.popup)
    };
    assert_eq!(form.text("Note"), "");
    run(&mut s, typed("You made the move."));
    run(&mut s, [Action::FormNextField]);
    run(&mut s, typed("Suggest her for spring."));
    assert_eq!(run(&mut s, [Action::FormSubmit]), vec![Effect::Save]);
    let i = grace(&s);
    assert_eq!(
        s.ws.mentees[i].closing,
        Some(Closing {
            note: "You made the move.".into(),
            private_note: "Suggest her for spring.".into(),
            written_on: today(),
        })
    );
    let text = review_text(&s);
    assert!(text.contains("You made the move."), "{text}");
    assert!(
        text.contains("Private note (yours only)\nSuggest her for spring."),
        "{text}"
    );
    assert!(
        text.contains(&format!("Closing note · written {}", today())),
        "{text}"
    );
    // The form opens again with what is written.
    run(&mut s, [WRITE]);
    let Some(Popup::Form(form)) = &s.popup else {
        panic!()
    };
    assert_eq!(form.text("Note"), "You made the move.");
    run(&mut s, [Action::Cancel, Action::Cancel]);
    run(&mut s, [Action::Undo]);
    assert_eq!(s.ws.mentees[i].closing, None);
}

/// The workspace as `mentor view --mentee grace` displays it, Grace's note with a private side.
fn grace_as_mentee() -> State {
    let mut ws = mentor::demo::demo_workspace(today());
    let i = ws
        .mentees
        .iter()
        .position(|m| m.status == MenteeStatus::Concluded)
        .unwrap();
    let m: &mut Mentee = ws.mentee_mut(i);
    m.closing = Some(Closing {
        note: "SHARED-closing".into(),
        private_note: "PRIVATE-closing".into(),
        written_on: today(),
    });
    m.closing_reflection = "SHARED-reflection".into();
    let id = m.id.clone();
    let loaded = Loaded {
        workspace: ws,
        version: CURRENT_VERSION,
    };
    let (shown, info) =
        mentor::tui::view::display(Viewed::Workspace(loaded), Some(&id), "mentor.json").unwrap();
    view_state(shown, info, "mentor.json")
}

#[test]
fn a_mentees_view_shows_the_shared_review_and_writes_nothing() {
    let mut s = grace_as_mentee();
    run(&mut s, [OPEN]);
    let text = review_text(&s);
    assert!(!text.contains("PRIVATE"), "{text}");
    assert!(!text.contains(" private"), "no private counts: {text}");
    assert!(text.contains("SHARED-closing") && text.contains("SHARED-reflection"));
    assert!(
        text.contains("2 strengths, 0 improvements, 0 observations"),
        "{text}"
    );
    run(&mut s, [WRITE]);
    assert!(
        matches!(s.popup, Some(Popup::Closing(_))),
        "no form in a view"
    );
    assert!(s.status.as_ref().is_some_and(|st| st.error));
}
