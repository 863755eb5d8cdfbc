//! The store prunes its backups and conflict copies by the retention rule (by count and by
//! time; the rule itself is table-tested in src/store/retention.rs).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;

use mentor::store::retention::Retention;
use mentor::store::{OpenOptions, Store, list_backups};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const HOUR: u64 = 3600;

fn set_time(path: &std::path::Path, t: SystemTime) {
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(t)
        .unwrap();
}

/// Forty saves whose backups are dated twelve hours apart: the newest ten stay, and of the
/// older ones the newest of each day (and, past a month, of each week).
#[test]
fn backups_keep_history_by_time_as_well_as_by_count() {
    let (_guard, dir) = common::temp_dir();
    let path = dir.join("mentor.json");
    let (mut store, mut ws) = Store::open(&path, &OpenOptions::default()).unwrap();
    let now = SystemTime::now();
    let saves = 40u64;
    let dated = |seq: u64| now - Duration::from_secs((saves + 1 - seq) * 12 * HOUR);
    for n in 1..=saves {
        ws.mentor.name = format!("Version {n}");
        store.save(&ws).unwrap();
        // The backup this save took holds the version before: date it back.
        let newest = &list_backups(&path).unwrap()[0];
        assert_eq!(newest.seq, n);
        set_time(&newest.path, dated(n));
    }
    // One more save prunes with every date in place.
    ws.mentor.name = "Final".into();
    store.save(&ws).unwrap();
    let newest = &list_backups(&path).unwrap()[0];
    set_time(&newest.path, now);

    let left: Vec<u64> = list_backups(&path).unwrap().iter().map(|b| b.seq).collect();
    let secs = |t: SystemTime| t.duration_since(UNIX_EPOCH).unwrap().as_secs() as i64;
    let times: Vec<i64> = (1..=saves)
        .rev()
        .map(|seq| secs(dated(seq)))
        .collect::<Vec<_>>();
    // What the rule keeps of backups 1..=40 (newest first), plus the newest (41).
    let mut expected: Vec<u64> = vec![saves + 1];
    let keep = Retention {
        newest: 9,
        ..Retention::default()
    }
    .keep(&times, secs(now));
    expected.extend(
        (1..=saves)
            .rev()
            .zip(keep)
            .filter(|(_, k)| *k)
            .map(|(s, _)| s),
    );
    assert_eq!(left, expected);
    // By count alone only ten would be left; by time, a backup from about 20 days ago is too.
    assert!(left.len() > 10, "{left:?}");
    assert!(left.contains(&1) || left.contains(&2), "{left:?}");
    assert!(
        left[..10] == [41, 40, 39, 38, 37, 36, 35, 34, 33, 32],
        "{left:?}"
    );
    // Each kept backup still reads.
    for b in list_backups(&path).unwrap() {
        mentor::store::load(&b.path).unwrap();
    }
}

/// Conflict copies are pruned by the same rule instead of piling up.
#[test]
fn conflict_copies_are_pruned_like_backups() {
    let (_guard, dir) = common::temp_dir();
    let path = dir.join("mentor.json");
    let (store, mut ws) = Store::open(&path, &OpenOptions::default()).unwrap();
    // All dated within one day five days ago: only the newest ten stay.
    let then = SystemTime::now() - Duration::from_secs(5 * 24 * HOUR);
    for n in 1..=15 {
        ws.mentor.name = format!("Unsaved {n}");
        let copy = store
            .keep_if_unsaved(&ws)
            .unwrap()
            .expect("differs from the file");
        assert!(
            copy.ends_with(format!("mentor.json.conflict-{n}")),
            "{copy:?}"
        );
        set_time(&copy, then);
    }
    let mut left: Vec<String> = common::names(&dir)
        .into_iter()
        .filter(|n| n.contains(".conflict-"))
        .collect();
    left.sort_by_key(|n| n.rsplit('-').next().unwrap().parse::<u32>().unwrap());
    let expected: Vec<String> = (6..=15)
        .map(|n| format!("mentor.json.conflict-{n}"))
        .collect();
    assert_eq!(left, expected);
    // What is on disk already is not copied again.
    let on_disk = mentor::store::load(&path).unwrap().workspace;
    assert_eq!(store.keep_if_unsaved(&on_disk).unwrap(), None);
}
