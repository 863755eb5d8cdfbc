//! What a dead process or a lost file leaves behind is handled on the next open.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use mentor::store::{self, LoadError, OpenError, OpenOptions, Store};

#[test]
fn temporary_files_of_a_dead_save_are_removed_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    drop(Store::open(&path, &OpenOptions::default()).unwrap());
    let stale = dir.path().join(".mentor.json.tmp-99999-1-0");
    std::fs::write(&stale, "half a save").unwrap();
    let unrelated = dir.path().join(".other.tmp-1");
    std::fs::write(&unrelated, "not ours").unwrap();
    let (mut s, ws) = Store::open(&path, &OpenOptions::default()).unwrap();
    assert!(!stale.exists());
    assert!(
        unrelated.exists(),
        "only this store's temporaries are removed"
    );
    s.save(&ws).unwrap();
}

#[test]
fn a_missing_file_with_backups_is_not_silently_started_afresh() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let (mut s, mut ws) = Store::open(&path, &OpenOptions::default()).unwrap();
    ws.mentor.name = "Sam".into();
    s.save(&ws).unwrap();
    drop(s);
    std::fs::remove_file(&path).unwrap();
    let err = Store::open(&path, &OpenOptions::default()).unwrap_err();
    assert!(
        matches!(err, OpenError::Load(LoadError::MissingWithBackups { .. })),
        "{err}"
    );
    assert!(err.to_string().contains("mentor restore"), "{err}");
    assert!(!path.exists(), "nothing was created over the gap");
    assert!(matches!(
        store::load_or_empty(&path),
        Err(LoadError::MissingWithBackups { .. })
    ));
    // With the backups moved away, a fresh start is allowed.
    std::fs::rename(
        dir.path().join("mentor.json.backups"),
        dir.path().join("old-backups"),
    )
    .unwrap();
    assert!(Store::open(&path, &OpenOptions::default()).is_ok());
}
