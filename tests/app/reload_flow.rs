//! `R` (reload) in the real event loop against a real store: a conflict copy only when the app
//! holds something the file does not, and when the file has turned unreadable, advice that
//! offers the newest copy that reads (the conflict copy just written included).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common::keys::key;
use crate::common::today;
use crossterm::event::KeyCode;
use mentor::app::{Action, Effect, State};
use mentor::store::{OpenOptions, Store};
use mentor::tui::{Executor, Scripted, StoreShell, run};
use mentor::ui::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::VecDeque;
use std::path::Path;

/// A store holding the demo workspace, opened as the app opens it.
fn demo_store(path: &Path) -> (Store, State) {
    let (mut store, _) = Store::open(path, &OpenOptions::default()).unwrap();
    let ws = mentor::demo::demo_workspace(today());
    store.save(&ws).unwrap();
    let state = State::new(ws, today(), path.display().to_string());
    (store, state)
}

fn conflict_copies(dir: &Path) -> Vec<String> {
    let mut names = crate::common::names(dir);
    names.retain(|n| n.contains(".conflict-"));
    names
}

fn status(state: &State) -> String {
    state
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// The steps: Tab, `x` (toggle), the save, `R`. Everything was saved, so nothing is
/// kept aside, and the message says so.
#[test]
fn reloading_after_a_save_writes_no_conflict_copy_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let (store, mut state) = demo_store(&path);
    let mut shell = StoreShell::inline(Some(store));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let events = vec![
        key(KeyCode::Tab),
        key(KeyCode::Char('x')),
        key(KeyCode::Char('R')),
    ];
    let mut events = Scripted(VecDeque::from(events));
    run(
        &mut terminal,
        &mut state,
        &mut events,
        &mut shell,
        &Theme::COLOR,
    )
    .unwrap();
    // The toggle was made and saved (a second backup: the empty file, then the demo).
    assert_eq!(mentor::store::list_backups(&path).unwrap().len(), 2);
    assert_eq!(
        state.history.can_undo(),
        0,
        "the reload starts a new history"
    );
    assert_eq!(
        status(&state),
        "reloaded from disk; nothing unsaved to keep"
    );
    assert!(conflict_copies(dir.path()).is_empty());
}

/// Edits the file does not hold are kept, in a copy that holds exactly them.
#[test]
fn reloading_with_edits_the_file_does_not_hold_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let (store, mut state) = demo_store(&path);
    let mut shell = StoreShell::inline(Some(store));
    // An edit in memory that never reached the file (as after a failed save).
    state.ws.mentee_mut(0).name = "Alice Unsaved".into();
    let mine = state.ws.clone();
    let Some(Action::Reloaded { workspace, note }) = shell.execute(Effect::Reload, &state) else {
        panic!("not reloaded");
    };
    state.ws = *workspace;
    assert_eq!(conflict_copies(dir.path()), ["mentor.json.conflict-1"]);
    assert!(note.contains("your edits are kept in"), "{note}");
    assert!(note.contains("mentor.json.conflict-1"), "{note}");
    let kept = mentor::store::load(&dir.path().join("mentor.json.conflict-1")).unwrap();
    assert_eq!(kept.workspace, mine);

    // A second reload with nothing new keeps nothing more.
    let Some(Action::Reloaded { note, .. }) = shell.execute(Effect::Reload, &state) else {
        panic!("not reloaded");
    };
    assert!(note.contains("nothing unsaved to keep"), "{note}");
    assert_eq!(conflict_copies(dir.path()).len(), 1);
}

/// The file turns unreadable while the app holds a newer state: that state goes to a conflict
/// copy, and the advice offers it (the newest copy that reads), not the older backup.
#[test]
fn when_the_file_turns_unreadable_the_advice_offers_the_newest_good_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let (store, mut state) = demo_store(&path);
    let mut shell = StoreShell::inline(Some(store));
    // A save, so an older backup exists.
    state.ws.mentee_mut(0).name = "Alice Saved".into();
    assert!(matches!(
        shell.execute(Effect::Save, &state),
        Some(Action::Saved { .. })
    ));
    // Newer edits, then the file is broken behind the app's back.
    state.ws.mentee_mut(0).name = "Alice Newest".into();
    std::fs::write(&path, b"{ \"format\": \"mentor\", ").unwrap();
    let Some(Action::ReloadFailed(why)) = shell.execute(Effect::Reload, &state) else {
        panic!("reloaded a broken file");
    };
    let copy = dir.path().join("mentor.json.conflict-1");
    assert_eq!(
        mentor::store::load(&copy).unwrap().workspace.mentees[0].name,
        "Alice Newest"
    );
    assert!(
        why.contains(&format!("`mentor restore {}`", copy.display())),
        "{why}"
    );
    assert!(why.contains("conflict copy"), "{why}");
    assert!(why.contains("7 mentees"), "{why}");
}
