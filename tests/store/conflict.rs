//! Promise 8: an outside edit made while the app is open is never silently lost.
//!
//! While a store is open, the data file is replaced the way editors and sync tools do it (write
//! a temporary file, rename it over), or rewritten in place, or deleted. The next save is refused
//! with `SaveError::Conflict`, the outside content stays on disk byte for byte, and the edits
//! stay in memory. The check is on content, not modification time: rewriting the same bytes is
//! not a conflict.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;

use common::{sample_workspace, temp_dir, tmp_files};
use mentor::domain::Workspace;
use mentor::store::{OpenOptions, SaveError, Store, list_backups, load};
use std::path::Path;

/// Replaces `path` the way an editor does: a new file beside it, renamed over it.
fn replace_like_an_editor(path: &Path, bytes: &[u8]) {
    let tmp = path.with_file_name("mentor.json.swp~");
    std::fs::write(&tmp, bytes).expect("write");
    std::fs::rename(&tmp, path).expect("rename over");
}

/// A store open on a file with some content, and that content.
fn open_store(dir: &Path) -> (Store, Workspace) {
    let path = dir.join("mentor.json");
    let (mut store, _) = Store::open(&path, &OpenOptions::default()).expect("create");
    let ws = sample_workspace();
    store.save(&ws).expect("save");
    (store, ws)
}

fn outside_version(ws: &Workspace) -> Vec<u8> {
    let mut outside = ws.clone();
    outside.mentor.name = "Edited in another program".into();
    outside.mentees.remove(1);
    common::bytes_of(&outside)
}

fn assert_conflict(result: Result<(), SaveError>, path: &Path) {
    match result {
        Err(e @ SaveError::Conflict { .. }) => {
            let message = e.to_string();
            assert!(
                message.starts_with(&path.display().to_string())
                    && message.contains("changed on disk since it was opened")
                    && message.contains("not saved"),
                "{message}"
            );
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
}

#[test]
fn a_file_replaced_by_rename_is_not_overwritten() {
    let (_guard, dir) = temp_dir();
    let path = dir.join("mentor.json");
    let (mut store, ws) = open_store(&dir);
    let backups_before = list_backups(&path).expect("backups");

    let outside = outside_version(&ws);
    replace_like_an_editor(&path, &outside);
    let mut mine = ws.clone();
    mine.mentee_mut(0).aspirations = "My edit in the app".into();
    let kept = mine.clone();

    assert_conflict(store.save(&mine), &path);
    assert_eq!(std::fs::read(&path).expect("read"), outside);
    assert_eq!(mine, kept, "the edits are still in memory");
    assert!(tmp_files(&dir).is_empty());
    assert_eq!(list_backups(&path).expect("backups"), backups_before);
    // Trying again does not wear the refusal down.
    assert_conflict(store.save(&mine), &path);
    assert_eq!(std::fs::read(&path).expect("read"), outside);

    // Reopening (after closing) shows the outside version, which can then be edited.
    drop(store);
    let (mut store, reread) = Store::open(&path, &OpenOptions::default()).expect("reopen");
    assert_eq!(common::bytes_of(&reread), outside);
    store.save(&reread).expect("save after reloading");
}

#[test]
fn a_file_rewritten_in_place_is_not_overwritten() {
    let (_guard, dir) = temp_dir();
    let path = dir.join("mentor.json");
    let (mut store, ws) = open_store(&dir);
    let outside = outside_version(&ws);
    std::fs::write(&path, &outside).expect("rewrite in place");
    assert_conflict(store.save(&ws), &path);
    assert_eq!(std::fs::read(&path).expect("read"), outside);
}

#[test]
fn a_file_replaced_by_something_unreadable_is_not_overwritten() {
    let (_guard, dir) = temp_dir();
    let path = dir.join("mentor.json");
    let (mut store, ws) = open_store(&dir);
    let outside = b"{ \"format\": \"mentor\", half a sync".to_vec();
    replace_like_an_editor(&path, &outside);
    assert_conflict(store.save(&ws), &path);
    assert_eq!(std::fs::read(&path).expect("read"), outside);
}

#[test]
fn a_file_deleted_outside_is_not_recreated() {
    let (_guard, dir) = temp_dir();
    let path = dir.join("mentor.json");
    let (mut store, ws) = open_store(&dir);
    std::fs::remove_file(&path).expect("delete");
    assert_conflict(store.save(&ws), &path);
    assert!(!path.exists(), "the deleted file came back");
    assert!(tmp_files(&dir).is_empty());
}

#[test]
fn rewriting_the_same_bytes_is_not_a_conflict() {
    let (_guard, dir) = temp_dir();
    let path = dir.join("mentor.json");
    let (mut store, ws) = open_store(&dir);
    // A sync tool that puts back identical content (new inode, new mtime) changed nothing.
    let same = std::fs::read(&path).expect("read");
    replace_like_an_editor(&path, &same);
    let mut mine = ws.clone();
    mine.mentor.name = "Saved anyway".into();
    store
        .save(&mine)
        .expect("identical content is not a conflict");
    assert_eq!(load(&path).expect("load").workspace, mine);
}
