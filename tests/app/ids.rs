//! Pure update tests: a store whose ID counter is at its limit refuses a new record in the form
//! (with the reason under it) instead of handing out a number that wraps.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common::keys::typed;
use crate::common::today;
use crate::fixtures::run;
use mentor::app::{Action, Popup, State};

fn form_error(state: &State) -> String {
    match &state.popup {
        Some(Popup::Form(f)) => f.error.clone().unwrap_or_default(),
        _ => panic!("the form closed"),
    }
}

#[test]
fn a_full_counter_refuses_new_records_in_the_form() {
    let mut ws = mentor::demo::demo_workspace(today());
    ws.next_id = u64::MAX;
    let mut s = State::new(ws.clone(), today(), "test.json");

    // A mentee.
    let mut actions = vec![Action::Add];
    actions.extend(typed("Zed"));
    actions.push(Action::FormSubmit);
    assert_eq!(run(&mut s, actions), vec![]);
    assert!(
        form_error(&s).contains("no more record IDs"),
        "{}",
        form_error(&s)
    );
    assert_eq!(s.ws, ws, "nothing changed");

    // A goal of the selected mentee.
    run(&mut s, [Action::Cancel, Action::NextPane, Action::Add]);
    let mut actions = typed("One more goal");
    actions.push(Action::FormSubmit);
    assert_eq!(run(&mut s, actions), vec![]);
    assert!(
        form_error(&s).contains("no more record IDs"),
        "{}",
        form_error(&s)
    );
    assert_eq!(s.ws, ws, "nothing changed");
    assert_eq!(s.ws.next_id, u64::MAX);
}
