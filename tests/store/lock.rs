//! Promise 7: one writer at a time.
//!
//! A second editor of the same store is refused at once, with a message naming the file and the
//! process that holds it; it succeeds once the first lets go. A holder that is killed (a child
//! process, this test binary re-run in the holder role) does not block the next editor, because
//! the lock is the kernel's. A store opened through a symlink and through its real path shares
//! one lock. (The N processes x M records part of this promise is a CLI test.)

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;

use common::{Child, child_command, child_path, child_role, temp_dir};
use mentor::store::{OpenError, OpenOptions, Store, load};
use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::time::{Duration, Instant};

fn now_or_never() -> OpenOptions {
    OpenOptions {
        lock_wait: Duration::ZERO,
        ..OpenOptions::default()
    }
}

/// Asserts that opening `path` is refused because `data` is locked, naming `holder`.
fn assert_locked(path: &Path, data: &Path, holder: u32) {
    match Store::open(path, &now_or_never()) {
        Err(e @ OpenError::Locked { .. }) => {
            let OpenError::Locked {
                path: locked,
                holder: named,
            } = &e
            else {
                unreachable!()
            };
            assert_eq!(locked, data);
            assert_eq!(named.as_deref(), Some(holder.to_string().as_str()));
            let message = e.to_string();
            assert!(
                message.starts_with(&data.display().to_string())
                    && message.contains("another mentor is editing this store")
                    && message.contains(&format!("(process {holder})")),
                "{message}"
            );
        }
        Err(e) => panic!("refused for another reason: {e}"),
        Ok(_) => panic!("a second editor opened {}", path.display()),
    }
}

#[test]
fn a_second_editor_is_refused_at_once_and_succeeds_after_the_first_closes() {
    let (_guard, dir) = temp_dir();
    let path = dir.join("mentor.json");
    let (mut first, mut ws) = Store::open(&path, &now_or_never()).expect("first");
    ws.mentor.name = "First".into();
    first.save(&ws).expect("save");
    let bytes = std::fs::read(&path).expect("read");

    assert_locked(&path, &path, std::process::id());
    // Refused, not just delayed: even a waiting opener gives up when its time is over, and the
    // refusal changed nothing.
    let waited = Store::open(
        &path,
        &OpenOptions {
            lock_wait: Duration::from_millis(50),
            ..OpenOptions::default()
        },
    );
    assert!(
        matches!(waited, Err(OpenError::Locked { .. })),
        "{waited:?}"
    );
    assert_eq!(std::fs::read(&path).expect("read"), bytes);
    // Readers are not locked out.
    assert_eq!(load(&path).expect("load").workspace, ws);

    drop(first);
    let (_second, seen) = Store::open(&path, &now_or_never()).expect("second, after the first");
    assert_eq!(seen, ws);
}

#[test]
fn a_waiting_editor_gets_the_store_when_the_holder_lets_go() {
    let (_guard, dir) = temp_dir();
    let path = dir.join("mentor.json");
    let (first, _) = Store::open(&path, &now_or_never()).expect("first");
    let waiter = {
        let path = path.clone();
        std::thread::spawn(move || {
            Store::open(
                &path,
                &OpenOptions {
                    lock_wait: Duration::from_secs(60),
                    ..OpenOptions::default()
                },
            )
            .map(|_| ())
        })
    };
    // Whether the waiter is already waiting or not yet started, it must get the store.
    drop(first);
    waiter.join().expect("waiter").expect("the waiter opened");
}

const HOLDER_TEST: &str = "a_killed_holder_does_not_block_the_next_editor";
const HOLDER_ROLE: &str = "lock-holder";

#[test]
fn a_killed_holder_does_not_block_the_next_editor() {
    if child_role().as_deref() == Some(HOLDER_ROLE) {
        // The child: take the lock, say so, and hold it until killed (or the parent goes away).
        let path = child_path();
        let (_store, _) = Store::open(&path, &now_or_never()).expect("child open");
        common::report("locked");
        let mut rest = Vec::new();
        let _ = std::io::stdin().read_to_end(&mut rest);
        return;
    }
    let (_guard, dir) = temp_dir();
    let path = dir.join("mentor.json");
    drop(Store::open(&path, &now_or_never()).expect("create"));

    for round in 0..3 {
        let mut child = Child::spawn(child_command(
            &common::test_path(module_path!(), HOLDER_TEST),
            HOLDER_ROLE,
            &path,
            None,
        ));
        assert_eq!(child.expect_report(), "locked", "round {round}");
        let pid = child.process.id();
        assert_locked(&path, &path, pid);

        let (status, _, stderr) = child.kill();
        assert_eq!(
            status.signal(),
            Some(9),
            "round {round}: {status}\n{stderr}"
        );
        let started = Instant::now();
        let (_store, _) = Store::open(&path, &now_or_never())
            .unwrap_or_else(|e| panic!("round {round}: blocked by a killed holder: {e}"));
        eprintln!(
            "round {round}: opened {:?} after killing holder {pid}",
            started.elapsed()
        );
    }
}

#[test]
fn a_symlink_and_its_target_share_one_lock() {
    let (_guard, dir) = temp_dir();
    let real_dir = dir.join("sync");
    let link_dir = dir.join("home");
    std::fs::create_dir_all(&real_dir).expect("mkdir");
    std::fs::create_dir_all(&link_dir).expect("mkdir");
    let real = real_dir.join("mentor.json");
    let link = link_dir.join("mentor.json");
    drop(Store::open(&real, &now_or_never()).expect("create"));
    std::os::unix::fs::symlink(&real, &link).expect("symlink");

    let through_link = Store::open(&link, &now_or_never()).expect("through the link");
    assert_locked(&real, &real, std::process::id());
    drop(through_link);

    let through_real = Store::open(&real, &now_or_never()).expect("through the real path");
    assert_locked(&link, &real, std::process::id());
    drop(through_real);

    // A relative link, too.
    let relative = link_dir.join("relative.json");
    std::os::unix::fs::symlink("../sync/mentor.json", &relative).expect("symlink");
    let _held = Store::open(&relative, &now_or_never()).expect("through the relative link");
    assert_locked(&link, &real, std::process::id());
    assert_locked(&real, &real, std::process::id());
}
