//! Promise 1: after a crash at any moment, the file holds the complete old version or the complete
//! new one.
//!
//! A child process (this test binary, re-run in the child role) opens the store and saves
//! generation after generation, reporting each one on stdout after `save` returned `Ok`. The
//! parent kills it with SIGKILL after a pseudo-random delay, hundreds of times. After every kill
//! the file parses, all its fields belong to one generation, that generation is the last one
//! reported or the one after, every backup parses, and the next open is not blocked by a stale
//! lock.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;

use common::{Child, child_command, child_path, child_role, tmp_files};
use mentor::domain::workspace::ReplicaTag;
use mentor::domain::{Mentee, MenteeId, Workspace};
use mentor::store::{OpenOptions, Store, list_backups, load};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::time::Duration;

/// How many times the child is killed.
const KILLS: u64 = 300;
/// The longest pseudo-random delay before a kill, in microseconds.
const MAX_DELAY_US: usize = 30_000;
const TEST_NAME: &str = "crash_at_any_moment_leaves_old_or_new_generation";
const ROLE: &str = "crash-saver";
const KEEP_BACKUPS: usize = 3;

/// The text that makes each generation's file a different size, so that a torn or mixed write
/// could not pass for a whole one.
fn filler(generation: u64) -> String {
    let len = (generation.wrapping_mul(7919) % 20_000) as usize;
    "0123456789abcdef"
        .chars()
        .cycle()
        .skip((generation % 16) as usize)
        .take(len)
        .collect()
}

/// Turns `ws` into generation `generation`. The store is replicated (as `mentor sync init`
/// leaves it), so its mentee has an ID with a replica tag: the crash test holds for the IDs
/// sync makes.
fn set_generation(ws: &mut Workspace, generation: u64) {
    if ws.mentees.is_empty() {
        ws.replicated = true;
        if ws.replica.0.is_none() {
            ws.replica = ReplicaTag(Some("crash".into()));
        }
        let id: MenteeId = ws.new_id().expect("an ID");
        ws.push_mentee(Mentee::new(id, "Crash test", common::today()));
    }
    ws.alloc_fresh();
    ws.mentor.name = format!("gen {generation}");
    ws.mentee_mut(0).aspirations = filler(generation);
}

/// The generation a workspace holds, checking that all of it belongs to that generation.
fn generation_of(ws: &Workspace, file: &Path) -> u64 {
    if ws.mentor.name.is_empty() {
        assert!(
            ws.mentees.is_empty(),
            "{}: generation 0 has no mentees",
            file.display()
        );
        return 0;
    }
    let generation: u64 = ws
        .mentor
        .name
        .strip_prefix("gen ")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{}: unexpected name {:?}", file.display(), ws.mentor.name));
    assert_eq!(
        ws.mentees[0].aspirations,
        filler(generation),
        "{}: the file mixes generations",
        file.display()
    );
    // The mentee took one ID, and every generation one more.
    assert_eq!(ws.next_id, generation + 2, "{}: next_id", file.display());
    assert!(
        ws.replicated && ws.mentees[0].id.tag().is_some(),
        "{}: a replicated store with a tagged ID",
        file.display()
    );
    generation
}

/// The child: save generations until killed.
fn run_saver() {
    let path = child_path();
    let options = OpenOptions {
        keep_backups: KEEP_BACKUPS,
        ..OpenOptions::default()
    };
    let (mut store, mut ws) = match Store::open(&path, &options) {
        Ok(opened) => opened,
        Err(e) => {
            common::report(&format!("error open: {e}"));
            std::process::exit(2);
        }
    };
    let mut generation = generation_of(&ws, &path);
    loop {
        generation += 1;
        set_generation(&mut ws, generation);
        if let Err(e) = store.save(&ws) {
            common::report(&format!("error save: {e}"));
            std::process::exit(2);
        }
        common::report(&format!("gen {generation}"));
        if generation > 10_000_000 {
            // Nobody killed us: stop rather than run forever.
            std::process::exit(4);
        }
    }
}

#[derive(Debug, Default)]
struct Outcomes {
    /// The file held the last reported generation (the save in flight was lost, or none was).
    old: u64,
    /// The file held the generation after the last reported one (the kill came between the
    /// save and its report).
    new: u64,
    /// Kills that came before the child reported any generation.
    before_first_report: u64,
    /// Generations reported in all.
    generations: u64,
    /// Temporary files left by killed children (removed after counting).
    leftover_tmp: u64,
    backups_checked: u64,
}

#[test]
fn crash_at_any_moment_leaves_old_or_new_generation() {
    if child_role().as_deref() == Some(ROLE) {
        run_saver();
        return;
    }
    let (_guard, dir) = common::temp_dir();
    let path = dir.join("mentor.json");
    // Generation 0: the empty store, created before the first child starts.
    let options = OpenOptions {
        keep_backups: KEEP_BACKUPS,
        ..OpenOptions::default()
    };
    drop(Store::open(&path, &options).expect("create the store"));
    let mut on_disk = 0u64;
    let mut seen = Outcomes::default();
    let started = std::time::Instant::now();

    for iteration in 0..KILLS {
        let mut rng =
            mentor::generate::Rng::new(0x6d65_6e74_6f72 ^ iteration.wrapping_mul(0x1000_0001));
        let delay = Duration::from_micros(rng.below(MAX_DELAY_US + 1) as u64);
        let mut child = Child::spawn(child_command(
            &common::test_path(module_path!(), TEST_NAME),
            ROLE,
            &path,
            None,
        ));
        let mut reports = Vec::new();
        // Every other iteration lets the child get into its save loop before the delay starts;
        // the others may kill it anywhere from start-up on.
        if iteration % 2 == 1 {
            reports.push(child.expect_report());
        }
        std::thread::sleep(delay);
        let (status, rest, stderr) = child.kill();
        reports.extend(rest);

        let mut last_reported = None;
        for r in &reports {
            let generation: u64 = r
                .strip_prefix("gen ")
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("iteration {iteration}: child said {r:?}\n{stderr}"));
            if let Some(last) = last_reported {
                assert_eq!(generation, last + 1, "generations are reported in order");
            } else {
                assert_eq!(generation, on_disk + 1, "the child starts after the disk");
            }
            last_reported = Some(generation);
        }
        assert_eq!(
            status.signal(),
            Some(9),
            "iteration {iteration}: the child ended by itself ({status}); stderr:\n{stderr}"
        );

        // The file parses and holds the last reported generation or the one after.
        let last = last_reported.unwrap_or(on_disk);
        let loaded = load(&path).unwrap_or_else(|e| {
            panic!("iteration {iteration}: after a kill the file does not load: {e}")
        });
        let found = generation_of(&loaded.workspace, &path);
        assert!(
            found == last || found == last + 1,
            "iteration {iteration}: the file holds generation {found}, but {last} was the last \
             reported"
        );
        if found == last {
            seen.old += 1;
        } else {
            seen.new += 1;
        }
        if last_reported.is_none() {
            seen.before_first_report += 1;
        }
        seen.generations += found - on_disk;
        on_disk = found;

        // Every backup is a whole earlier generation.
        for backup in list_backups(&path).expect("list backups") {
            let old = load(&backup.path)
                .unwrap_or_else(|e| panic!("iteration {iteration}: backup does not load: {e}"));
            assert!(generation_of(&old.workspace, &backup.path) <= found);
            seen.backups_checked += 1;
        }

        // No stale lock: the next editor opens at once, and sees the same.
        let (store, ws) = Store::open(
            &path,
            &OpenOptions {
                lock_wait: Duration::ZERO,
                ..options.clone()
            },
        )
        .unwrap_or_else(|e| panic!("iteration {iteration}: open after a kill: {e}"));
        assert_eq!(ws, loaded.workspace);
        drop(store);

        // A killed child may leave its temporary file: count it, then clear it away.
        for name in tmp_files(&dir) {
            seen.leftover_tmp += 1;
            std::fs::remove_file(dir.join(name)).expect("remove a leftover temporary file");
        }
    }

    eprintln!(
        "crash loop: {KILLS} kills in {:.1?}; file held the last reported generation {} times, \
         the one after {} times; {} kills came before the first report; {} generations saved \
         in all; {} leftover temporary files; {} backups checked",
        started.elapsed(),
        seen.old,
        seen.new,
        seen.before_first_report,
        seen.generations,
        seen.leftover_tmp,
        seen.backups_checked,
    );
    // Half the iterations waited for a report, so saves did happen while kills came.
    assert!(seen.generations >= KILLS / 2, "{seen:?}");
    assert_eq!(seen.old + seen.new, KILLS);
}
