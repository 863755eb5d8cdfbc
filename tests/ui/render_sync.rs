//! Sync and its conflicts on screen (issue 15): the header's banner (how many conflicts a sync
//! left and the key that lists them; a sync under way and its step), the list of conflicts with
//! the selected one whole, at 80x24 and 100x30; the banner's style; nothing of it in a view.

use crate::common::screen::{draw_with, text};
use crate::common::today;
use mentor::app::action::SyncAction;
use mentor::app::{Action, State, ViewInfo, update};
use mentor::demo::demo_workspace;
use mentor::domain::conflict::{Conflict, ConflictKind, conflict_id};
use mentor::ui::Theme;
use ratatui::style::Color;
use serde_json::Value;

const STORE: &str = "/home/sam/.local/share/mentor/mentor.json";

fn conflict(path: &[&str], kind: ConflictKind, kept: Value, other: Value) -> Conflict {
    let path: Vec<String> = path.iter().map(|s| s.to_string()).collect();
    Conflict {
        id: conflict_id(&path),
        path,
        kind,
        kept,
        other,
        found_on: today(),
    }
}

/// The demo with three conflicts: a goal's title, a session's shared notes (a long text with
/// line breaks), and a goal removed on the other machine.
fn with_conflicts() -> State {
    let mut ws = demo_workspace(today());
    let a = ws.mentees[0].clone();
    let b = ws.mentees[1].clone();
    let (g, s) = (&a.goals[0], &a.sessions[0]);
    let notes = "Talked about the review rotation and who runs the next one.\n\
                 She wants to lead the next two reviews and asked for a checklist of what a \
                 reviewer looks at first, with examples from the last quarter.";
    ws.conflicts = vec![
        conflict(
            &["mentees", a.id.as_str(), "goals", g.id.as_str(), "title"],
            ConflictKind::Field,
            g.title.clone().into(),
            "Lead two cross-team design reviews before the spring planning round".into(),
        ),
        conflict(
            &[
                "mentees",
                a.id.as_str(),
                "sessions",
                s.id.as_str(),
                "shared_notes",
            ],
            ConflictKind::Field,
            s.shared_notes.clone().into(),
            notes.into(),
        ),
        conflict(
            &["mentees", b.id.as_str(), "goals", b.goals[0].id.as_str()],
            ConflictKind::Removed,
            serde_json::to_value(&b.goals[0]).unwrap(),
            Value::Null,
        ),
    ];
    State::new(ws, today(), STORE)
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
fn the_banner_says_how_many_conflicts_and_which_key_lists_them() {
    let mut state = with_conflicts();
    insta::assert_snapshot!("sync_banner_80x24", screen(&state, 80, 24));
    act(
        &mut state,
        [
            Action::Sync(SyncAction::Start),
            Action::Sync(SyncAction::Progress("pulling".into())),
        ],
    );
    let shown = screen(&state, 100, 30);
    assert!(shown.lines().next().unwrap().contains("syncing: pulling…"));
    insta::assert_snapshot!("sync_banner_syncing_100x30", shown);
}

#[test]
fn the_banner_is_drawn_as_a_banner() {
    let state = with_conflicts();
    let buffer = draw_with(&state, &Theme::COLOR, 80, 24);
    let row: String = (0..80)
        .map(|x| buffer[(x, 0)].symbol().to_string())
        .collect();
    let at = row.find("3 conflicts").unwrap();
    let x = row[..at].chars().count() as u16;
    assert_eq!(
        buffer[(x, 0)].bg,
        Color::Yellow,
        "the read-only banner's style"
    );
    let mono = draw_with(&state, &Theme::MONO, 80, 24);
    assert!(
        mono[(x, 0)]
            .modifier
            .contains(ratatui::style::Modifier::REVERSED),
        "without colour, reversed"
    );
}

#[test]
fn the_list_shows_each_conflict_and_the_selected_one_whole() {
    let mut state = with_conflicts();
    act(
        &mut state,
        [
            Action::Sync(SyncAction::OpenConflicts),
            Action::Sync(SyncAction::Move(1)),
        ],
    );
    let small = screen(&state, 80, 24);
    assert!(
        small.contains("checklist of what a reviewer looks at first"),
        "the selected notes whole"
    );
    insta::assert_snapshot!("conflicts_list_80x24", small);
    act(&mut state, [Action::Sync(SyncAction::Move(1))]);
    let wide = screen(&state, 100, 30);
    assert!(wide.contains("removed on one machine, changed on another: kept"));
    assert!(wide.contains("h keep the record"));
    insta::assert_snapshot!("conflicts_list_removed_100x30", wide);
}

#[test]
fn a_view_shows_no_banner() {
    let state = with_conflicts();
    let info = ViewInfo {
        title: "mentor.json".into(),
        ..ViewInfo::default()
    };
    let state = State::new(state.ws, today(), STORE).viewing(info);
    let top = screen(&state, 80, 24);
    assert!(!top.lines().next().unwrap().contains("conflict"), "{top}");
}

#[test]
fn the_list_speaks_dutch() {
    let mut state = with_conflicts();
    act(&mut state, [Action::Sync(SyncAction::OpenConflicts)]);
    let shown = mentor::i18n::with_lang(mentor::i18n::Lang::Nl, || screen(&state, 80, 24));
    assert!(
        shown.contains("Conflicten van een synchronisatie (1 van 3)"),
        "{shown}"
    );
    assert!(
        shown.contains("· doel \""),
        "the record's kind in Dutch: {shown}"
    );
    assert!(shown.contains("h deze waarde houden"), "{shown}");
    let top = mentor::i18n::with_lang(mentor::i18n::Lang::Nl, || screen(&with_conflicts(), 80, 24));
    assert!(
        top.lines()
            .next()
            .unwrap()
            .contains("3 conflicten na synchronisatie: C toont ze")
    );
}
