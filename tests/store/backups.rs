//! Promise 9: rotating backups.
//!
//! After K + 3 saves with `keep_backups = K`, exactly K numbered backups exist in
//! `<file>.backups/`, each parses, they are the K versions before the current one in order, and
//! the newest equals the previous save's bytes.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;

use common::{sample_workspace, temp_dir};
use mentor::store::{OpenOptions, Store, list_backups, load};

#[test]
fn k_plus_three_saves_leave_exactly_k_backups_of_the_previous_versions() {
    for keep in [1usize, 3, 5] {
        let (_guard, dir) = temp_dir();
        let path = dir.join("mentor.json");
        let options = OpenOptions {
            keep_backups: keep,
            // Count only: the history kept by time is tested in store_retention.rs.
            keep_history: false,
            ..OpenOptions::default()
        };
        // Opening creates the file (the first version); then K + 3 saves.
        let (mut store, _) = Store::open(&path, &options).expect("create");
        let mut versions = vec![std::fs::read(&path).expect("read")];
        let mut ws = sample_workspace();
        for n in 1..=keep + 3 {
            ws.mentor.name = format!("Version {n}");
            ws.mentee_mut(0).aspirations = "x".repeat(n * 10);
            store.save(&ws).expect("save");
            versions.push(std::fs::read(&path).expect("read"));
        }

        let backups = list_backups(&path).expect("list backups");
        assert_eq!(backups.len(), keep, "keep = {keep}: {backups:?}");
        // Newest first, numbered in sequence, in `<file>.backups/`.
        let newest = backups[0].seq;
        for (i, backup) in backups.iter().enumerate() {
            assert_eq!(backup.seq, newest - i as u64, "keep = {keep}");
            assert_eq!(
                backup.path,
                dir.join("mentor.json.backups")
                    .join(format!("mentor.json.{:06}", backup.seq))
            );
            load(&backup.path).unwrap_or_else(|e| panic!("keep = {keep}: backup {i}: {e}"));
            // Backup i is the version i + 1 saves before the current one.
            let expected = &versions[versions.len() - 2 - i];
            assert!(
                std::fs::read(&backup.path).expect("read") == *expected,
                "keep = {keep}: backup {} is not the version {} saves back",
                backup.path.display(),
                i + 1
            );
        }
        // Nothing else accumulates in the backup directory.
        assert_eq!(
            common::names(&dir.join("mentor.json.backups")).len(),
            keep,
            "keep = {keep}"
        );
        assert_eq!(
            newest,
            (keep + 3) as u64,
            "one backup per save over an existing file"
        );
    }
}

#[test]
fn a_backup_is_not_changed_by_later_saves() {
    // Backups are hard links to the replaced file: a later save must replace the data file,
    // never write into it, or every backup would change with it.
    let (_guard, dir) = temp_dir();
    let path = dir.join("mentor.json");
    let (mut store, _) = Store::open(&path, &OpenOptions::default()).expect("create");
    let mut ws = sample_workspace();
    store.save(&ws).expect("save 1");
    let first = std::fs::read(&path).expect("read");
    ws.mentor.name = "Changed".into();
    store.save(&ws).expect("save 2");
    let backup = list_backups(&path).expect("backups")[0].path.clone();
    assert_eq!(std::fs::read(&backup).expect("read"), first);
    for n in 0..3 {
        ws.mentor.name = format!("Changed {n}");
        store.save(&ws).expect("save");
        assert_eq!(std::fs::read(&backup).expect("read"), first);
    }
}
