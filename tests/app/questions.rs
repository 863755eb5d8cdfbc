//! Pure update tests of the questions asked before a change that is most likely a slip: marking
//! a session held before its day, and concluding a mentee whose sessions are still planned.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common::today;
use crate::fixtures::{demo, run};
use mentor::app::{Action, ConfirmKind, Effect, ListId, Popup, State, Tab, TextEdit, view};
use mentor::domain::{MenteeStatus, SessionStatus};

/// The demo's first mentee on the Sessions tab, the newest session (planned, still to come)
/// selected.
fn on_future_session() -> State {
    let mut s = demo();
    run(&mut s, [Action::ShowTab(Tab::Sessions), Action::NextPane]);
    assert_eq!(s.focus.0, ListId::Sessions);
    let session = view::session(&s).expect("a session");
    assert_eq!(session.status, SessionStatus::Planned);
    assert!(session.is_future(today()), "{}", session.at);
    s
}

fn selected_status(s: &State) -> SessionStatus {
    view::session(s).expect("a session").status
}

#[test]
fn marking_a_future_session_held_asks_first() {
    let mut s = on_future_session();
    assert_eq!(run(&mut s, [Action::ToggleDone]), vec![]);
    let Some(Popup::Confirm(c)) = &s.popup else {
        panic!("no question: {:?}", s.status)
    };
    assert_eq!(c.kind, ConfirmKind::HoldFuture);
    assert!(c.message.contains("still to come"), "{}", c.message);
    assert_eq!(selected_status(&s), SessionStatus::Planned);

    // n and Esc keep it planned.
    run(&mut s, [Action::Decline]);
    assert!(s.popup.is_none());
    assert_eq!(selected_status(&s), SessionStatus::Planned);
    run(&mut s, [Action::ToggleDone, Action::Cancel]);
    assert!(s.popup.is_none());
    assert_eq!(selected_status(&s), SessionStatus::Planned);

    // y marks it held, in one undoable step.
    run(&mut s, [Action::ToggleDone]);
    assert_eq!(run(&mut s, [Action::Confirm]), vec![Effect::Save]);
    assert_eq!(selected_status(&s), SessionStatus::Held);
    // Back to planned needs no question.
    run(&mut s, [Action::ToggleDone]);
    assert!(s.popup.is_none());
    assert_eq!(selected_status(&s), SessionStatus::Planned);
}

#[test]
fn marking_a_past_session_held_does_not_ask() {
    let mut s = on_future_session();
    run(&mut s, [Action::Down]);
    let session = view::session(&s).expect("a session").clone();
    assert!(!session.is_future(today()));
    run(&mut s, [Action::ToggleDone]);
    assert!(s.popup.is_none());
    assert_ne!(selected_status(&s), session.status);
}

/// Opens the edit form of the first mentee and sets its status to concluded.
fn concluding() -> State {
    let mut s = demo();
    assert_eq!(s.ws.mentees[0].planned_from(today()).len(), 1);
    run(&mut s, [Action::Edit]);
    // Status is the third field: active → paused → concluded.
    run(
        &mut s,
        [
            Action::FormNextField,
            Action::FormNextField,
            Action::FormEdit(TextEdit::Right),
            Action::FormEdit(TextEdit::Right),
        ],
    );
    match &s.popup {
        Some(Popup::Form(f)) => assert_eq!(f.text("Status"), "concluded"),
        other => panic!("no form: {other:?}"),
    }
    s
}

fn planned(s: &State) -> usize {
    s.ws.mentees[0]
        .sessions
        .iter()
        .filter(|x| x.status == SessionStatus::Planned)
        .count()
}

#[test]
fn concluding_a_mentee_asks_about_planned_sessions_yes_cancels_them() {
    let mut s = concluding();
    assert_eq!(run(&mut s, [Action::FormSubmit]), vec![]);
    assert!(
        matches!(s.popup, Some(Popup::Conclude { planned: 1, .. })),
        "{:?}",
        s.popup
    );
    assert_eq!(s.ws.mentees[0].status, MenteeStatus::Active, "nothing yet");
    assert_eq!(run(&mut s, [Action::Confirm]), vec![Effect::Save]);
    assert_closing_review_open(&s);
    assert_eq!(s.ws.mentees[0].status, MenteeStatus::Concluded);
    assert_eq!(s.ws.mentees[0].ended_on, Some(today()));
    assert_eq!(planned(&s), 0);
    // One step undoes both the status and the cancellations.
    run(&mut s, [Action::Undo]);
    assert_eq!(s.ws.mentees[0].status, MenteeStatus::Active);
    assert_eq!(planned(&s), 1);
}

#[test]
fn concluding_a_mentee_no_keeps_planned_sessions_and_esc_goes_back() {
    let mut s = concluding();
    run(&mut s, [Action::FormSubmit, Action::Cancel]);
    assert!(
        matches!(s.popup, Some(Popup::Form(_))),
        "Esc: back to the form"
    );
    assert_eq!(s.ws.mentees[0].status, MenteeStatus::Active);
    run(&mut s, [Action::FormSubmit]);
    assert!(matches!(s.popup, Some(Popup::Conclude { .. })));
    assert_eq!(run(&mut s, [Action::Decline]), vec![Effect::Save]);
    assert_closing_review_open(&s);
    assert_eq!(s.ws.mentees[0].status, MenteeStatus::Concluded);
    assert_eq!(planned(&s), 1);
}

#[test]
fn no_question_without_planned_sessions_or_when_already_concluded() {
    let mut s = demo();
    // Cancel the planned sessions of the first mentee first.
    let m = s.ws.mentee_mut(0);
    for x in &mut m.sessions {
        if x.status == SessionStatus::Planned {
            x.status = SessionStatus::Cancelled;
        }
    }
    run(&mut s, [Action::Edit]);
    run(
        &mut s,
        [
            Action::FormNextField,
            Action::FormNextField,
            Action::FormEdit(TextEdit::Right),
            Action::FormEdit(TextEdit::Right),
            Action::FormSubmit,
        ],
    );
    assert_closing_review_open(&s);
    assert_eq!(s.ws.mentees[0].status, MenteeStatus::Concluded);
    // Saving the form of a mentee concluded already asks nothing and opens no review.
    run(&mut s, [Action::Cancel, Action::Edit, Action::FormSubmit]);
    assert!(s.popup.is_none(), "{:?}", s.popup);
}

/// Concluding opens the closing review of the mentee concluded (issue 20).
fn assert_closing_review_open(s: &State) {
    match &s.popup {
        Some(Popup::Closing(open)) => {
            assert_eq!(open.mentee, s.ws.mentees[0].id);
            assert_eq!(open.scroll, 0);
        }
        other => panic!("no closing review: {other:?}"),
    }
}
