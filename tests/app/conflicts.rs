//! The conflicts a sync left, in the app (issue 15): the list (`C`), settling one each way,
//! undo and redo of that, and the banner's state; the sync key's effect and what its progress
//! and its end say.

use crate::fixtures::{demo, run};
use mentor::app::action::{SyncAction, SyncFailure};
use mentor::app::{Action, Effect, Popup, SaveStatus, State, update};
use mentor::domain::conflict::{Conflict, ConflictKind, conflict_id};
use serde_json::Value;

fn sync(a: SyncAction) -> Action {
    Action::Sync(a)
}

fn resolve(take_other: bool) -> Action {
    sync(SyncAction::Resolve { take_other })
}

fn conflict(path: &[&str], kind: ConflictKind, kept: Value, other: Value) -> Conflict {
    let path: Vec<String> = path.iter().map(|s| s.to_string()).collect();
    Conflict {
        id: conflict_id(&path),
        path,
        kind,
        kept,
        other,
        found_on: crate::common::today(),
    }
}

/// The demo with two conflicts: the first mentee's first goal's title (changed on both
/// machines), and the second mentee's first goal (removed on the other machine).
fn with_conflicts() -> State {
    let mut s = demo();
    let a = s.ws.mentees[0].clone();
    let b = s.ws.mentees[1].clone();
    let (ga, gb) = (&a.goals[0], &b.goals[0]);
    s.ws.conflicts.push(conflict(
        &["mentees", a.id.as_str(), "goals", ga.id.as_str(), "title"],
        ConflictKind::Field,
        ga.title.clone().into(),
        "Lead two reviews".into(),
    ));
    s.ws.conflicts.push(conflict(
        &["mentees", b.id.as_str(), "goals", gb.id.as_str()],
        ConflictKind::Removed,
        serde_json::to_value(gb).unwrap(),
        Value::Null,
    ));
    s
}

fn selected(s: &State) -> usize {
    match &s.popup {
        Some(Popup::Conflicts(open)) => open.selected,
        _ => panic!("the list of conflicts is not open"),
    }
}

#[test]
fn the_list_opens_on_the_selected_mentees_first_conflict() {
    let mut s = with_conflicts();
    run(&mut s, [sync(SyncAction::OpenConflicts)]);
    assert_eq!(selected(&s), 0, "the first mentee's conflict");
    let mut s = with_conflicts();
    run(&mut s, [Action::Down, sync(SyncAction::OpenConflicts)]);
    assert_eq!(selected(&s), 1, "the second mentee's conflict");
    run(&mut s, [sync(SyncAction::Move(5))]);
    assert_eq!(selected(&s), 1, "never past the last");
    run(&mut s, [sync(SyncAction::Move(-1)), Action::Cancel]);
    assert!(s.popup.is_none());
    let mut none = demo();
    run(&mut none, [sync(SyncAction::OpenConflicts)]);
    assert!(none.popup.is_none());
    assert!(none.status.unwrap().text.contains("no conflicts"));
}

#[test]
fn keeping_the_value_here_changes_nothing_but_the_list() {
    let mut s = with_conflicts();
    let mentees = s.ws.mentees.clone();
    let effects = run(&mut s, [sync(SyncAction::OpenConflicts), resolve(false)]);
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(s.save, SaveStatus::Saving);
    assert_eq!(s.ws.conflicts.len(), 1, "the banner now counts one");
    assert_eq!(s.ws.mentees, mentees);
    let said = s.status.clone().unwrap().text;
    assert!(
        said.contains("kept the value the merge kept") && said.contains("1 conflict left"),
        "{said}"
    );
}

#[test]
fn taking_the_other_value_sets_it_and_undo_and_redo_bring_both_back() {
    let mut s = with_conflicts();
    let before = s.ws.clone();
    run(&mut s, [sync(SyncAction::OpenConflicts), resolve(true)]);
    assert_eq!(s.ws.mentees[0].goals[0].title, "Lead two reviews");
    assert_eq!(s.ws.conflicts.len(), 1);
    // `u` in the list undoes it: the title and the conflict come back.
    let effects = run(&mut s, [Action::Undo]);
    assert_eq!(effects, [Effect::Save]);
    assert!(s.ws == before, "undo restores the value and the list");
    assert!(
        s.status
            .clone()
            .unwrap()
            .text
            .contains("undid: took the value the merge set aside")
    );
    run(&mut s, [Action::Redo]);
    assert_eq!(s.ws.mentees[0].goals[0].title, "Lead two reviews");
    assert_eq!(s.ws.conflicts.len(), 1);
}

#[test]
fn a_record_removed_on_the_other_machine_is_kept_or_removed_and_undo_brings_it_back() {
    let mut s = with_conflicts();
    let goals = s.ws.mentees[1].goals.len();
    let before = s.ws.clone();
    run(
        &mut s,
        [sync(SyncAction::OpenConflicts), sync(SyncAction::Move(1))],
    );
    run(&mut s, [resolve(true)]);
    assert_eq!(s.ws.mentees[1].goals.len(), goals - 1, "removed");
    assert!(
        s.status
            .clone()
            .unwrap()
            .text
            .contains("removed the record")
    );
    run(&mut s, [Action::Undo]);
    assert!(s.ws == before);
    assert_eq!(selected(&s), 1, "the conflict that came back is selected");
    run(&mut s, [resolve(false)]);
    assert_eq!(s.ws.mentees[1].goals.len(), goals, "kept");
    assert_eq!(s.ws.conflicts.len(), 1);
}

#[test]
fn settling_a_removed_mentee_and_undoing_it_restores_the_mentee() {
    let mut s = demo();
    let m = s.ws.mentees[2].clone();
    s.ws.conflicts.push(conflict(
        &["mentees", m.id.as_str()],
        ConflictKind::Removed,
        serde_json::to_value(&*m).unwrap(),
        Value::Null,
    ));
    let before = s.ws.clone();
    run(&mut s, [sync(SyncAction::OpenConflicts), resolve(true)]);
    assert!(s.ws.mentees.iter().all(|x| x.id != m.id));
    assert!(s.ws.conflicts.is_empty(), "the banner is gone");
    assert!(s.status.clone().unwrap().text.contains("no conflicts left"));
    run(&mut s, [Action::Undo]);
    assert!(s.ws == before);
}

#[test]
fn a_value_that_no_longer_fits_is_refused_and_nothing_changes() {
    let mut s = with_conflicts();
    s.ws.conflicts[0].other = "   ".into();
    let before = s.ws.clone();
    let effects = run(&mut s, [sync(SyncAction::OpenConflicts), resolve(true)]);
    assert!(effects.is_empty());
    assert!(s.ws == before);
    assert!(s.status.clone().unwrap().error);
    assert_eq!(s.history.can_undo(), 0);
}

#[test]
fn settling_is_refused_read_only() {
    let mut s = with_conflicts().read_only(Some("another app holds the store".into()));
    let effects = run(&mut s, [sync(SyncAction::OpenConflicts), resolve(true)]);
    assert!(effects.is_empty());
    assert_eq!(s.ws.conflicts.len(), 2);
}

#[test]
fn the_sync_key_asks_the_shell_and_shows_its_progress_then_reloads() {
    let mut s = demo();
    assert_eq!(run(&mut s, [sync(SyncAction::Start)]), [Effect::Sync]);
    assert_eq!(s.syncing.as_deref(), Some("starting"));
    run(&mut s, [sync(SyncAction::Progress("pulling".into()))]);
    assert_eq!(s.syncing.as_deref(), Some("pulling"));
    // A second press, an edit and an outside change wait for it.
    assert!(run(&mut s, [sync(SyncAction::Start)]).is_empty());
    assert!(run(&mut s, [Action::NextPane, Action::ToggleDone]).is_empty());
    assert!(s.status.clone().unwrap().text.contains("syncing"));
    assert!(run(&mut s, [Action::StoreChanged]).is_empty());
    assert!(run(&mut s, [Action::Reload]).is_empty());
    let effects = run(
        &mut s,
        [sync(SyncAction::Done(Ok("2 changes came in".into())))],
    );
    assert_eq!(effects, [Effect::Reload]);
    assert_eq!(s.syncing, None);
    let ws = Box::new(with_conflicts().ws);
    run(
        &mut s,
        [Action::Reloaded {
            workspace: ws,
            note: "reloaded from disk; nothing unsaved to keep".into(),
        }],
    );
    assert_eq!(s.status.clone().unwrap().text, "synced: 2 changes came in");
    assert_eq!(s.ws.conflicts.len(), 2, "the banner counts what came in");
}

#[test]
fn a_sync_that_cannot_run_says_why_and_changes_nothing() {
    let mut s = demo();
    let before = s.ws.clone();
    run(&mut s, [sync(SyncAction::Start)]);
    let effects = run(&mut s, [sync(SyncAction::Done(Err(SyncFailure::NotSetUp)))]);
    assert!(effects.is_empty());
    assert!(
        s.status
            .clone()
            .unwrap()
            .text
            .contains("run `mentor sync init` first")
    );
    run(&mut s, [sync(SyncAction::Start)]);
    let failed = SyncFailure::Failed("the remote cannot be reached".into());
    assert!(run(&mut s, [sync(SyncAction::Done(Err(failed)))]).is_empty());
    let said = s.status.clone().unwrap();
    assert!(
        said.error && said.text.contains("the remote cannot be reached"),
        "{said:?}"
    );
    assert!(
        said.text.starts_with("not synced, nothing lost: "),
        "{said:?}"
    );
    assert_eq!(s.syncing, None);
    assert!(s.ws == before);
    // Edits work again once it ended.
    assert_eq!(
        run(&mut s, [Action::NextPane, Action::ToggleDone]),
        [Effect::Save]
    );
}

#[test]
fn no_sync_starts_while_the_last_save_failed() {
    let mut s = demo();
    update(&mut s, Action::SaveFailed("disk full".into()));
    assert!(run(&mut s, [sync(SyncAction::Start)]).is_empty());
    assert!(s.syncing.is_none());
    assert!(s.status.unwrap().text.contains("last save failed"));
}
