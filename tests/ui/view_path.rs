//! The Path tab in the mentee's view (issue 13): built from the projection, it shows the path,
//! the stages' descriptions, skills, levels and goals, and never a stage's private note (a
//! canary in every stage's note is looked for on every frame: every stage selected, the matrix
//! focused, every page of every stage's detail overlay, at 80x24 and wide; and in the
//! displayed workspace itself).

use crate::common::career::{STAGE_CANARY, give_path};
use crate::common::screen::screen_text;
use crate::common::today;
use crate::view_common::view_state;
use mentor::app::{Action, ListId, Popup, State, Tab, update, view};
use mentor::store::bundle::Bundle;
use mentor::store::{CURRENT_VERSION, Loaded, Viewed};
use mentor::tui::view::{display, resolve};

fn act(state: &mut State, actions: impl IntoIterator<Item = Action>) {
    for a in actions {
        update(state, a);
    }
}

fn workspace() -> mentor::domain::Workspace {
    let mut ws = mentor::demo::demo_workspace(today());
    give_path(&mut ws, 0);
    ws
}

/// Alice's plan as she sees it: from the workspace with `--mentee`, or from her bundle.
fn views() -> Vec<(&'static str, State)> {
    let viewed = Viewed::Workspace(Loaded {
        workspace: workspace(),
        version: CURRENT_VERSION,
    });
    let id = resolve(&viewed, Some("alice")).unwrap();
    let (ws, info) = display(viewed, id.as_ref(), "mentor.json").unwrap();
    let seen = view_state(ws, info, "mentor.json");
    let now = chrono::DateTime::parse_from_rfc3339(crate::view_common::NOW).unwrap();
    let b = Bundle::of(&workspace(), 0, now).unwrap();
    let (ws, info) = display(Viewed::Bundle(Box::new(b)), None, "alice.json").unwrap();
    vec![
        ("workspace", seen),
        ("bundle", view_state(ws, info, "alice.json")),
    ]
}

/// Every frame worth looking at on the Path tab of `state`, at `w` x `h`.
fn frames(state: &State, w: u16, h: u16) -> Vec<String> {
    let mut s = state.clone();
    act(
        &mut s,
        [Action::ShowTab(Tab::Path), Action::NextPane, Action::Top],
    );
    let mut out = Vec::new();
    let stages = view::rows(&s, ListId::Stages).len();
    assert_eq!(stages, 3, "the mentee sees every stage");
    for _ in 0..stages {
        out.push(screen_text(&s, w, h));
        let mut open = s.clone();
        act(&mut open, [Action::Open]);
        assert!(matches!(open.popup, Some(Popup::Detail(_))));
        for _ in 0..6 {
            out.push(screen_text(&open, w, h));
            act(&mut open, [Action::PageDown]);
        }
        act(&mut s, [Action::Down]);
    }
    act(&mut s, [Action::NextPane]);
    out.push(screen_text(&s, w, h));
    out
}

#[test]
fn a_stage_private_note_never_reaches_the_mentee() {
    // The mentor's own screen does show it (in the stage's detail), so the canary can be seen.
    let mut mentor = State::new(workspace(), today(), "mentor.json");
    act(
        &mut mentor,
        [Action::ShowTab(Tab::Path), Action::NextPane, Action::Open],
    );
    assert!(screen_text(&mentor, 100, 40).contains(STAGE_CANARY));
    for (from, state) in views() {
        let bytes = mentor::store::format::serialize(&state.ws, None, CURRENT_VERSION);
        let file = String::from_utf8(bytes).unwrap();
        assert!(
            !file.contains(STAGE_CANARY),
            "{from}: in the displayed workspace"
        );
        assert!(
            file.contains("Sets the technical direction"),
            "{from}: the description is shared"
        );
        for (w, h) in [(80, 24), (130, 40)] {
            for frame in frames(&state, w, h) {
                assert!(!frame.contains(STAGE_CANARY), "{from} {w}x{h}:\n{frame}");
                assert!(!frame.contains("worried about"), "{from} {w}x{h}:\n{frame}");
            }
        }
    }
}

#[test]
fn the_mentee_sees_the_roadmap_and_the_matrix() {
    let (_, mut state) = views().remove(0);
    act(&mut state, [Action::ShowTab(Tab::Path)]);
    let roadmap = screen_text(&state, 80, 24);
    insta::assert_snapshot!("mentee_view_path_80x24", roadmap);
    assert!(roadmap.contains("[~] Staff engineer") && roadmap.contains("●●○○· 2→4"));
    act(&mut state, [Action::NextPane, Action::NextPane]);
    let matrix = screen_text(&state, 80, 24);
    insta::assert_snapshot!("mentee_view_matrix_80x24", matrix);
    assert!(matrix.contains("Skill matrix"));
    let wide = screen_text(&state, 130, 34);
    insta::assert_snapshot!("mentee_view_path_130x34", wide);
}

#[test]
fn the_mentee_with_no_path_is_told_their_mentor_adds_it() {
    let viewed = Viewed::Workspace(Loaded {
        workspace: mentor::demo::demo_workspace(today()),
        version: CURRENT_VERSION,
    });
    let id = resolve(&viewed, Some("chen")).unwrap();
    let (ws, info) = display(viewed, id.as_ref(), "mentor.json").unwrap();
    let mut state = view_state(ws, info, "mentor.json");
    act(&mut state, [Action::ShowTab(Tab::Path)]);
    let shown = screen_text(&state, 80, 24);
    assert!(shown.contains("your mentor adds"), "{shown}");
    assert!(
        !shown.contains("mentor path stage add"),
        "no command for the mentee: {shown}"
    );
}
