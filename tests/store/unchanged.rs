//! The check that the file did not change since it was read (step 1 of a save) spares reading a
//! large file back when its stamp vouches for it, and still refuses every change.

use crate::common;

use common::{Call, FaultFs, sample_workspace, temp_dir};
use mentor::store::{OpenOptions, SaveError, Stamp, Store};
use std::path::Path;
use std::time::{Duration, SystemTime};

fn options() -> OpenOptions {
    OpenOptions {
        keep_history: false,
        ..OpenOptions::default()
    }
}

/// A store file last changed long enough ago for its stamp to vouch for it.
fn settled_store(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("mentor.json");
    let (mut store, _) = Store::open(&path, &options()).expect("create");
    store.save(&sample_workspace()).expect("save");
    drop(store);
    std::thread::sleep(Stamp::SETTLE + Duration::from_millis(300));
    path
}

fn reads_of(calls: &[Call], path: &Path) -> usize {
    calls
        .iter()
        .filter(|c| **c == Call::Read(path.to_path_buf()))
        .count()
}

#[test]
fn a_settled_file_is_not_read_back_and_any_change_to_it_is_still_refused() {
    let (_guard, dir) = temp_dir();
    let path = settled_store(&dir);
    let fs = FaultFs::new();

    // Unchanged: the save does not read the file back.
    let (mut store, ws) = Store::open_with(&path, &options(), fs.clone()).expect("open");
    let mark = fs.mark();
    let mut edited = ws.clone();
    edited.mentor.name = "Sam".into();
    store.save(&edited).expect("save");
    assert_eq!(reads_of(&fs.calls_since(mark), &path), 0);
    drop(store);

    // Changed in place to bytes of the same size, with the old modification time put back:
    // the ctime still moves, and the save refuses.
    std::thread::sleep(Stamp::SETTLE + Duration::from_millis(300));
    let (mut store, ws) = Store::open_with(&path, &options(), fs.clone()).expect("open");
    let before = std::fs::read(&path).expect("read");
    let modified = std::fs::metadata(&path)
        .and_then(|m| m.modified())
        .expect("mtime");
    let changed = String::from_utf8(before.clone())
        .expect("text")
        .replacen("Sam", "Kim", 1);
    assert_eq!(changed.len(), before.len());
    std::fs::write(&path, &changed).expect("write in place");
    std::fs::File::options()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_modified(modified))
        .expect("set the time back");
    let refused = store.save(&ws);
    assert!(
        matches!(refused, Err(SaveError::Conflict { .. })),
        "{refused:?}"
    );
    assert_eq!(std::fs::read_to_string(&path).expect("read"), changed);
    drop(store);

    // Touched only: the content is compared, and the save goes ahead.
    std::thread::sleep(Stamp::SETTLE + Duration::from_millis(300));
    let (mut store, ws) = Store::open_with(&path, &options(), fs.clone()).expect("open");
    std::fs::File::options()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_modified(SystemTime::now()))
        .expect("touch");
    let mark = fs.mark();
    store
        .save(&ws)
        .expect("a touched file with the same content is saved over");
    assert_eq!(reads_of(&fs.calls_since(mark), &path), 1);
}

#[test]
fn a_file_changed_just_before_it_was_read_is_compared_by_content() {
    let (_guard, dir) = temp_dir();
    let path = dir.join("mentor.json");
    let (mut store, _) = Store::open(&path, &options()).expect("create");
    store.save(&sample_workspace()).expect("save");
    drop(store);
    let fs = FaultFs::new();
    let (mut store, ws) = Store::open_with(&path, &options(), fs.clone()).expect("open");
    let mark = fs.mark();
    store.save(&ws).expect("save");
    assert_eq!(reads_of(&fs.calls_since(mark), &path), 1);
    // The text read back serves the next save as the text read at first did.
    let mut edited = ws.clone();
    std::sync::Arc::make_mut(&mut edited.mentees[0]).name = "Renamed".into();
    store.save(&edited).expect("save");
    store.save(&edited).expect("save");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        common::bytes_of(&edited)
    );
}
