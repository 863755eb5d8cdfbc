//! The mentee's view speaks to the mentee: "you" are the mentee, and nothing that only concerns
//! the mentor (capacity, how many mentees, everyone's agenda) is on any screen. Snapshots of
//! every tab of the view, from a workspace seen as one mentee and from a bundle.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::view_common;

use crate::common::{screen, today};
use mentor::app::{Action, State, Tab, update};
use mentor::store::bundle::Bundle;
use mentor::store::{CURRENT_VERSION, Loaded, Viewed};
use mentor::tui::view::{display, resolve};
use view_common::view_state;

/// The demo workspace seen as its first mentee (Alice), as `mentor view --mentee alice` opens it.
fn as_mentee() -> State {
    let ws = mentor::demo::demo_workspace(today());
    let viewed = Viewed::Workspace(Loaded {
        workspace: ws,
        version: CURRENT_VERSION,
    });
    let id = resolve(&viewed, Some("alice")).expect("alice resolves");
    let (workspace, info) = display(viewed, id.as_ref(), "mentor.json").expect("displays");
    view_state(workspace, info, "mentor.json")
}

/// The first mentee's bundle, as `mentor view FILE` opens it.
fn from_bundle() -> State {
    let ws = mentor::demo::demo_workspace(today());
    let now = chrono::DateTime::parse_from_rfc3339(view_common::NOW).expect("now");
    let b = Bundle::of(&ws, 0, now).expect("a mentee");
    let (workspace, info) =
        display(Viewed::Bundle(Box::new(b)), None, "alice.json").expect("displays");
    view_state(workspace, info, "alice.json")
}

fn screen(state: &State) -> String {
    screen::screen_text(state, 100, 30)
}

fn show(state: &mut State, tab: Tab) -> String {
    let _ = update(state, Action::ShowTab(tab));
    screen(state)
}

/// Words that speak for the mentor or about mentor-only matters.
const MENTOR_ONLY: &[&str] = &[
    "Capacity",
    "capacity",
    "Mentees (",
    "everyone",
    "Next check-ins",
    "mentor agenda",
    "Mentee (",
    "Alice Moreau · Dry",
    "(Alice Moreau",
    "session with Alice",
];

fn check_every_tab(mut state: State, prefix: &str) {
    for tab in Tab::ALL {
        let shown = show(&mut state, tab);
        for word in MENTOR_ONLY {
            assert!(
                !shown.contains(word),
                "{prefix} {tab:?} shows {word:?}:\n{shown}"
            );
        }
        let name = format!("{prefix}_{}", tab.title().to_lowercase());
        insta::assert_snapshot!(name, shown);
    }
}

#[test]
fn the_workspace_seen_as_the_mentee_speaks_to_the_mentee() {
    let mut state = as_mentee();
    let overview = show(&mut state, Tab::Overview);
    // The mentee's open items are "You", the mentor's are "Your mentor".
    assert!(overview.contains("You (2)"), "{overview}");
    assert!(overview.contains("Your mentor (1)"), "{overview}");
    assert!(overview.contains("Your plan"), "{overview}");
    let agenda = show(&mut state, Tab::Agenda);
    assert!(agenda.contains("Your agenda"), "{agenda}");
    check_every_tab(as_mentee(), "mentee_view");
}

#[test]
fn a_bundle_speaks_to_the_mentee() {
    check_every_tab(from_bundle(), "bundle_view");
}

/// The mentor's own app keeps the mentor's voice (the same screens, not a mentee view).
#[test]
fn the_mentors_app_keeps_the_mentors_voice() {
    let mut state = State::new(
        mentor::demo::demo_workspace(today()),
        today(),
        "mentor.json",
    );
    let overview = show(&mut state, Tab::Overview);
    assert!(overview.contains("Mentee (2)"), "{overview}");
    assert!(overview.contains("You (1)"), "{overview}");
    assert!(overview.contains("Capacity"), "{overview}");
    let agenda = show(&mut state, Tab::Agenda);
    assert!(agenda.contains("Agenda: everyone"), "{agenda}");
}
