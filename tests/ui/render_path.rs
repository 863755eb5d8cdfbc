//! The Path tab: the roadmap of stages, the selected stage's skills and goals, the skill matrix,
//! the empty state; at 80x24 and wide; readable without colour.

use crate::common::career::give_path;
use crate::common::screen::{draw_with, text};
use crate::common::today;
use mentor::app::action::PathAction;
use mentor::app::{Action, ListId, State, Tab, update};
use mentor::demo::demo_workspace;
use mentor::domain::{Mentee, MenteeId, Workspace};
use mentor::ui::Theme;
use ratatui::style::Color;

const STORE: &str = "/home/sam/.local/share/mentor/mentor.json";

/// The demo with a path given to Alice (the first mentee, selected), on the Path tab.
fn alice_path() -> State {
    let mut ws = demo_workspace(today());
    give_path(&mut ws, 0);
    let mut state = State::new(ws, today(), STORE);
    act(&mut state, [Action::ShowTab(Tab::Path)]);
    state
}

fn act(state: &mut State, actions: impl IntoIterator<Item = Action>) {
    for action in actions {
        update(state, action);
    }
}

fn screen(state: &State, width: u16, height: u16) -> String {
    text(&draw_with(state, &Theme::COLOR, width, height))
}

#[test]
fn roadmap_at_80x24() {
    let mut state = alice_path();
    // The tab opens on the stage in progress; Tab gives the stages the keys.
    act(&mut state, [Action::NextPane]);
    let shown = screen(&state, 80, 24);
    insta::assert_snapshot!("path_roadmap_80x24", shown);
    assert!(shown.contains("[~] Staff engineer"), "{shown}");
    assert!(
        shown.contains("●●○○· 2→4"),
        "the level bar and numbers: {shown}"
    );
}

#[test]
fn matrix_at_80x24_takes_the_lower_pane_with_the_keys() {
    let mut state = alice_path();
    act(&mut state, [Action::NextPane, Action::NextPane]);
    assert_eq!(state.focus.0, ListId::Skills);
    let shown = screen(&state, 80, 24);
    insta::assert_snapshot!("path_matrix_80x24", shown);
    // Gaps first: Writing (2) and System design (2) before Mentoring (1); met ones after.
    let at = |s: &str| {
        shown
            .find(s)
            .unwrap_or_else(|| panic!("{s} missing:\n{shown}"))
    };
    assert!(at("System design") < at("Mentoring"));
    assert!(at("Writing") < at("Mentoring"));
    assert!(at("Mentoring") < at("Code review"));
}

#[test]
fn wide_shows_roadmap_and_matrix_side_by_side() {
    let mut state = alice_path();
    act(&mut state, [Action::NextPane]);
    let shown = screen(&state, 130, 34);
    insta::assert_snapshot!("path_wide_130x34", shown);
    assert!(shown.contains("Skill matrix") && shown.contains("Staff engineer"));
}

#[test]
fn empty_path_says_how_to_start() {
    let mut ws = Workspace::default();
    let id = MenteeId::from_number(ws.alloc_fresh());
    ws.push_mentee(Mentee::new(id, "Noor Bare", today()));
    let mut state = State::new(ws, today(), STORE);
    act(&mut state, [Action::ShowTab(Tab::Path)]);
    let shown = screen(&state, 80, 24);
    insta::assert_snapshot!("path_empty_80x24", shown);
    assert!(shown.contains("mentor path stage add"), "{shown}");
}

#[test]
fn level_bar_reads_without_colour() {
    let state = alice_path();
    let buffer = draw_with(&state, &Theme::MONO, 80, 24);
    let shown = text(&buffer);
    assert!(shown.contains("●●○○· 2→4"), "{shown}");
    let coloured = buffer
        .content()
        .iter()
        .filter(|c| c.fg != Color::Reset || c.bg != Color::Reset)
        .count();
    assert_eq!(coloured, 0, "NO_COLOR draws no colour:\n{shown}");
}

// ---------------------------------------------------------------------------------------------
// Applying a template: the picker and the preview
// ---------------------------------------------------------------------------------------------

fn noor() -> State {
    let mut ws = Workspace::default();
    let id = MenteeId::from_number(ws.alloc_fresh());
    ws.push_mentee(Mentee::new(id, "Noor Bare", today()));
    State::new(ws, today(), STORE)
}

fn open_picker(state: &mut State) {
    let loaded = mentor::tui::templates::answer(mentor::store::templates::catalog(None));
    act(state, [Action::Path(PathAction::ApplyTemplate), loaded]);
}

#[test]
fn template_picker_and_preview_at_80x24() {
    let mut state = noor();
    open_picker(&mut state);
    let picker = screen(&state, 80, 24);
    insta::assert_snapshot!("template_picker_80x24", picker);
    assert!(
        picker.contains("engineering-ic") && picker.contains("built-in"),
        "{picker}"
    );
    act(&mut state, [Action::Path(PathAction::TemplateChoose)]);
    let preview = screen(&state, 80, 24);
    insta::assert_snapshot!("template_preview_80x24", preview);
    assert!(preview.contains("+ stage"), "{preview}");
    assert!(
        preview.contains("more below"),
        "a long plan says there is more: {preview}"
    );
    assert!(
        state.ws.mentees[0].path.stages.is_empty(),
        "nothing applied yet"
    );
}

#[test]
fn the_stage_pane_scrolls_with_j_and_k_when_it_does_not_fit() {
    let mut state = alice_path();
    let top = screen(&state, 80, 18);
    assert!(top.contains("in progress"), "{top}");
    assert!(
        !top.contains("Publish the event bus"),
        "the goals are below: {top}"
    );
    // J as far as it goes: the last goal comes into view, the first line goes out of it.
    act(&mut state, [Action::ScrollText(50)]);
    let end = screen(&state, 80, 18);
    assert!(end.contains("Publish the event bus"), "{end}");
    assert!(!end.contains("in progress ·"), "{end}");
    act(&mut state, [Action::ScrollText(-50)]);
    assert_eq!(screen(&state, 80, 18), top);
}

#[test]
fn an_empty_session_agenda_names_the_key_for_questions() {
    let mut state = alice_path();
    act(
        &mut state,
        [
            Action::ShowTab(Tab::Sessions),
            Action::NextPane,
            Action::Add,
        ],
    );
    for _ in 0..20 {
        if screen(&state, 80, 24).contains("▸Agenda") {
            break;
        }
        act(&mut state, [Action::FormNextField]);
    }
    let shown = screen(&state, 80, 24);
    assert!(
        shown.contains("C-g: agenda prompts · C-o: a question to ask"),
        "{shown}"
    );
    act(&mut state, [Action::Path(PathAction::AgendaPrompts)]);
    let filled = screen(&state, 80, 24);
    assert!(!filled.contains("agenda prompts"), "{filled}");
    assert!(
        filled.contains("agenda: GROW"),
        "the status says which set: {filled}"
    );
}
