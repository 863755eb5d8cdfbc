//! Changes made outside the app, noticed as they happen: the editor tells an outside write from
//! its own saves by content, and a window that opened read-only because another editor held the
//! store offers to become the editor once that one lets go.

use crate::common::today;
use mentor::app::{Action, Effect, State, update};
use mentor::store::access::{Access, HELD_ELSEWHERE, open_for_app};
use mentor::store::{OpenOptions, RealFs, Store};
use mentor::tui::{Executor, StoreShell};
use std::path::Path;
use std::sync::Arc;

fn status(state: &State) -> String {
    state
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

fn open_app(path: &Path) -> Access {
    open_for_app(path, &OpenOptions::default(), Arc::new(RealFs)).unwrap()
}

#[test]
fn the_editor_offers_to_reload_after_an_outside_write_but_not_after_its_own_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let (mut store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
    let ws = mentor::demo::demo_workspace(today());
    store.save(&ws).unwrap();
    let mut state = State::new(ws, today(), "test.json");
    let mut shell = StoreShell::inline(Some(store));
    assert_eq!(shell.file_changed(), None, "nothing changed yet");
    // The app's own save: the watcher fires, the content is what the app wrote.
    state.ws.mentor.name = "Sam".into();
    assert!(matches!(
        shell.execute(Effect::Save, &state),
        Some(Action::Saved { .. })
    ));
    assert_eq!(shell.file_changed(), None, "its own save is not news");
    // Rewriting the same bytes is not a change either.
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes).unwrap();
    assert_eq!(shell.file_changed(), None);
    // Another program writes the file (as a sync tool would): a new goal title.
    let title = state.ws.mentees[0].goals[0].title.clone();
    let text = String::from_utf8(bytes).unwrap();
    std::fs::write(&path, text.replace(&title, "Written outside")).unwrap();
    let news = shell.file_changed();
    assert_eq!(news, Some(Action::StoreChanged));
    // Everything was saved: the app reloads at once. It held exactly what it had saved, so
    // nothing of its own is lost and no conflict copy is written.
    let effects = update(&mut state, news.unwrap());
    assert_eq!(effects, vec![Effect::Reload]);
    let reloaded = shell.execute(Effect::Reload, &state).unwrap();
    update(&mut state, reloaded);
    assert_eq!(state.ws.mentees[0].goals[0].title, "Written outside");
    assert!(
        status(&state).contains("nothing unsaved"),
        "{}",
        status(&state)
    );
    let names = crate::common::names(dir.path());
    assert!(!names.iter().any(|n| n.contains(".conflict-")), "{names:?}");
    assert_eq!(shell.file_changed(), None, "the reload is the new base");
}

#[test]
fn a_read_only_window_becomes_the_editor_when_the_other_lets_go() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let Access::Edit(first, ws) = open_app(&path) else {
        panic!("the first window edits");
    };
    let Access::ReadOnly { workspace, reason } = open_app(&path) else {
        panic!("the second window only reads");
    };
    assert_eq!(reason, HELD_ELSEWHERE);
    assert_eq!(workspace, ws);
    let mut state = State::new(workspace, today(), "test.json").read_only(Some(reason));
    let mut shell = StoreShell::inline(None).reopening(&path, None);
    assert!(shell.poll().is_empty(), "the other editor still holds it");
    drop(first);
    assert_eq!(shell.poll(), vec![Action::EditorFree]);
    assert!(shell.poll().is_empty(), "said once");
    update(&mut state, Action::EditorFree);
    assert!(status(&state).contains("R makes this window the editor"));
    let answer = shell.execute(Effect::Reload, &state).unwrap();
    assert!(matches!(answer, Action::BecameEditor { .. }), "{answer:?}");
    update(&mut state, answer);
    assert_eq!(state.read_only, None);
    // It edits and saves now, and holds the editor lock: a third app opens read-only.
    state.ws.mentor.name = "Sam".into();
    assert!(matches!(
        shell.execute(Effect::Save, &state),
        Some(Action::Saved { .. })
    ));
    assert!(matches!(open_app(&path), Access::ReadOnly { .. }));
}

#[test]
fn a_read_only_window_whose_store_is_still_held_reloads_and_stays_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let Access::Edit(mut first, mut ws) = open_app(&path) else {
        panic!("the first window edits");
    };
    let Access::ReadOnly { workspace, reason } = open_app(&path) else {
        panic!("the second window only reads");
    };
    let mut state = State::new(workspace, today(), "test.json").read_only(Some(reason));
    let mut shell = StoreShell::inline(None).reopening(&path, None);
    ws.mentor.name = "Written by the editor".into();
    first.save(&ws).unwrap();
    assert_eq!(shell.file_changed(), Some(Action::StoreChanged));
    let answer = shell.execute(Effect::Reload, &state).unwrap();
    update(&mut state, answer);
    assert_eq!(state.ws.mentor.name, "Written by the editor");
    assert!(state.read_only.is_some());
    assert!(
        status(&state).contains("still read-only"),
        "{}",
        status(&state)
    );
}

#[test]
fn with_edits_not_yet_on_disk_or_a_form_open_the_editor_offers_r_instead_of_reloading() {
    let mut state = State::new(mentor::demo::demo_workspace(today()), today(), "test.json");
    for save in [
        mentor::app::SaveStatus::Saving,
        mentor::app::SaveStatus::NotSaved("disk full".into()),
    ] {
        state.save = save;
        assert!(update(&mut state, Action::StoreChanged).is_empty());
        assert!(status(&state).contains("R reloads"), "{}", status(&state));
    }
    let mut form = State::new(mentor::demo::demo_workspace(today()), today(), "test.json");
    update(&mut form, Action::Add);
    assert!(form.popup.is_some());
    assert!(
        update(&mut form, Action::StoreChanged).is_empty(),
        "not under an open form"
    );
    let mut read_only = State::new(mentor::demo::demo_workspace(today()), today(), "test.json")
        .read_only(Some(HELD_ELSEWHERE.into()));
    assert!(update(&mut read_only, Action::StoreChanged).is_empty());
    assert!(status(&read_only).contains("R reloads"));
}
