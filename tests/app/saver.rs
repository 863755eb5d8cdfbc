//! Saving in the background: the screen never waits, saves coalesce, and quitting waits until
//! the last save is durable (or keeps the edits in a conflict copy when it fails).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common::keys::{ch, ctrl};
use crate::common::today;
use mentor::app::{SaveStatus, State};
use mentor::domain::{Mentee, MenteeId};
use mentor::store::{OpenOptions, Store};
use mentor::tui::saver::Saver;
use mentor::tui::{Event, Executor, Scripted, StoreShell, run};
use mentor::ui::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::VecDeque;

#[test]
fn background_saves_coalesce_and_finish_writes_the_latest() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let (store, mut ws) = Store::open(&path, &OpenOptions::default()).unwrap();
    let mut saver = Saver::background(store, None);
    let mut asked = 0;
    for n in 0..50 {
        ws.mentor.name = format!("version {n}");
        assert_eq!(
            saver.request(&ws),
            None,
            "a background save never answers at once"
        );
        asked += 1;
    }
    let mut outcomes = saver.poll();
    outcomes.extend(saver.finish());
    assert!(!saver.busy());
    assert!(outcomes.iter().all(Result::is_ok), "{outcomes:?}");
    // The first request starts a save; with no poll in between, the 49 after it only replace
    // the one waiting: two saves in all, the second of the latest content.
    assert_eq!(
        outcomes.len(),
        2,
        "{} saves for {asked} requests",
        outcomes.len()
    );
    let on_disk = mentor::store::load(&path).unwrap().workspace;
    assert_eq!(
        on_disk.mentor.name, "version 49",
        "the latest content is what lands"
    );
}

#[test]
fn quitting_waits_for_the_last_background_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let (store, ws) = Store::open(&path, &OpenOptions::default()).unwrap();
    let mut state = State::new(ws, today(), "x");
    let mut shell = StoreShell::background(Some(store), None);
    let mut events: Vec<Event> = vec![ch('a')];
    events.extend("Alice".chars().map(ch));
    events.push(ctrl('s'));
    events.push(ch('q'));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    run(
        &mut terminal,
        &mut state,
        &mut Scripted(VecDeque::from(events)),
        &mut shell,
        &Theme::COLOR,
    )
    .unwrap();
    // `run` returned: the save is on disk, without any sleep or poll here.
    assert!(
        matches!(state.save, SaveStatus::Saved(Some(_))),
        "{:?}",
        state.save
    );
    let on_disk = mentor::store::load(&path).unwrap().workspace;
    assert_eq!(on_disk.mentees.len(), 1);
    assert_eq!(on_disk.mentees[0].name, "Alice");
}

#[test]
fn a_last_save_that_fails_keeps_the_edits_in_a_conflict_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let (store, mut ws) = Store::open(&path, &OpenOptions::default()).unwrap();
    // Another program replaces the file: the next save must refuse to overwrite it.
    let outside = std::fs::read_to_string(&path)
        .unwrap()
        .replace("\"next_id\": 1", "\"next_id\": 7");
    std::fs::write(dir.path().join("tmp"), &outside).unwrap();
    std::fs::rename(dir.path().join("tmp"), &path).unwrap();
    let id = MenteeId::from_number(ws.alloc_fresh());
    ws.push_mentee(Mentee::new(id, "Only in memory", today()));
    let mut state = State::new(ws, today(), "x");
    let mut shell = StoreShell::background(Some(store), None);
    assert_eq!(shell.execute(mentor::app::Effect::Save, &state), None);
    let actions = shell.finish(&state);
    for a in actions {
        mentor::app::update(&mut state, a);
    }
    let SaveStatus::NotSaved(why) = &state.save else {
        panic!("{:?}", state.save)
    };
    assert!(why.contains("mentor.json.conflict-1"), "{why}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        outside,
        "the outside edit is untouched"
    );
    let kept = std::fs::read_to_string(dir.path().join("mentor.json.conflict-1")).unwrap();
    assert!(kept.contains("Only in memory"));
}

#[test]
fn every_interleaving_of_requests_and_polls_ends_with_the_latest_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let (store, mut ws) = Store::open(&path, &OpenOptions::default()).unwrap();
    let mut saver = Saver::background(store, None);
    // A fixed pseudo-random mix of requests, polls and short waits.
    let mut seed = 0x9e37_79b9_u32;
    for n in 0..300 {
        ws.mentor.name = format!("version {n}");
        let _ = saver.request(&ws);
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        if seed.is_multiple_of(3) {
            assert!(saver.poll().iter().all(Result::is_ok));
        }
        if seed.is_multiple_of(7) {
            std::thread::sleep(std::time::Duration::from_micros(u64::from(seed % 500)));
        }
        // Whenever nothing is in flight, what is on disk is the latest asked for.
        if !saver.busy() {
            assert_eq!(
                mentor::store::load(&path).unwrap().workspace.mentor.name,
                format!("version {n}")
            );
        }
    }
    assert!(saver.finish().iter().all(Result::is_ok));
    assert_eq!(
        mentor::store::load(&path).unwrap().workspace.mentor.name,
        "version 299"
    );
}

/// A disk that can be full: while it is, every write fails with ENOSPC (as a file is filled).
#[derive(Debug, Default)]
struct FullDisk {
    full: std::sync::atomic::AtomicBool,
}

impl FullDisk {
    fn set_full(&self, full: bool) {
        self.full.store(full, std::sync::atomic::Ordering::SeqCst);
    }
}

impl mentor::store::Fs for FullDisk {
    fn write_all(&self, file: &mut std::fs::File, bytes: &[u8]) -> std::io::Result<()> {
        if self.full.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(std::io::Error::from_raw_os_error(28));
        }
        std::io::Write::write_all(file, bytes)
    }
}

fn conflict_copies(dir: &std::path::Path) -> Vec<String> {
    let mut names = crate::common::names(dir);
    names.retain(|n| n.contains("conflict"));
    names
}

#[test]
fn quitting_on_a_full_disk_asks_and_a_retry_after_freeing_space_saves_to_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let disk = std::sync::Arc::new(FullDisk::default());
    let (store, ws) = Store::open_with(&path, &OpenOptions::default(), disk.clone()).unwrap();
    let mut state = State::new(ws, today(), "x");
    let mut shell = StoreShell::background(Some(store), None);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();

    // The disk is full: adding a mentee is not saved, and `q` asks instead of quitting.
    disk.set_full(true);
    let mut events: Vec<Event> = vec![ch('a')];
    events.extend("Alice".chars().map(ch));
    events.push(ctrl('s'));
    events.push(ch('q'));
    let mut script = Scripted(VecDeque::from(events));
    run(
        &mut terminal,
        &mut state,
        &mut script,
        &mut shell,
        &Theme::COLOR,
    )
    .unwrap();
    assert!(!state.quit, "unsaved edits: the app did not quit");
    assert!(
        matches!(state.popup, Some(mentor::app::Popup::Unsaved(_))),
        "{:?}",
        state.popup
    );
    assert!(matches!(state.save, SaveStatus::NotSaved(_)));
    let screen = format!("{:?}", terminal.backend().buffer());
    assert!(screen.contains("Your edits are not saved"), "{screen}");
    assert!(
        conflict_copies(dir.path()).is_empty(),
        "no copy (and no empty copy) was left: {:?}",
        conflict_copies(dir.path())
    );
    assert!(
        mentor::store::load(&path)
            .unwrap()
            .workspace
            .mentees
            .is_empty()
    );

    // Space was freed: `r` saves to the store itself, and the app quits.
    disk.set_full(false);
    let mut script = Scripted(VecDeque::from(vec![ch('r')]));
    run(
        &mut terminal,
        &mut state,
        &mut script,
        &mut shell,
        &Theme::COLOR,
    )
    .unwrap();
    assert!(state.quit);
    assert!(
        matches!(state.save, SaveStatus::Saved(Some(_))),
        "{:?}",
        state.save
    );
    let on_disk = mentor::store::load(&path).unwrap().workspace;
    assert_eq!(on_disk.mentees.len(), 1);
    assert_eq!(on_disk.mentees[0].name, "Alice");
    assert!(
        conflict_copies(dir.path()).is_empty(),
        "the store, not a copy"
    );
}

#[test]
fn a_conflict_copy_that_cannot_be_written_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let disk = std::sync::Arc::new(FullDisk::default());
    let (store, ws) = Store::open_with(&path, &OpenOptions::default(), disk.clone()).unwrap();
    disk.set_full(true);
    assert!(store.write_conflict_copy(&ws).is_err());
    let elsewhere = dir.path().join("elsewhere.json");
    assert!(store.write_copy_to(&ws, &elsewhere).is_err());
    assert!(!elsewhere.exists(), "no empty copy elsewhere either");
    assert!(conflict_copies(dir.path()).is_empty());
    disk.set_full(false);
    store.write_copy_to(&ws, &elsewhere).unwrap();
    assert!(mentor::store::load(&elsewhere).is_ok());
    assert!(
        store.write_copy_to(&ws, &elsewhere).is_err(),
        "never over an existing file"
    );
}
