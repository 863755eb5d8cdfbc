//! Promise 10: private on disk whatever the umask.
//!
//! The umask belongs to the whole process, so the test re-runs itself as a child under
//! `umask 000` (set by a shell before it executes the test binary), checks there that the umask
//! really is 0, opens a new store in a directory that does not exist yet, saves twice, and checks
//! every mode: directories 0700; data, lock, temporary and backup files 0600.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;

use common::{Child, child_command, child_path, child_role, mode, octal, temp_dir};
use mentor::store::{Fs, OpenOptions, RealFs, Store, list_backups};
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

const TEST_NAME: &str = "under_umask_000_every_file_is_private";
const ROLE: &str = "umask-000";

/// The real file system, noting the mode of every file the store creates, right after creating
/// it (temporary files are renamed away before anyone could look at them).
#[derive(Debug, Default)]
struct ModeSpy {
    created: Mutex<Vec<(PathBuf, u32)>>,
}

impl Fs for ModeSpy {
    fn create_new(&self, path: &Path) -> io::Result<File> {
        let file = RealFs.create_new(path)?;
        self.created
            .lock()
            .expect("spy")
            .push((path.to_path_buf(), mode(path)));
        Ok(file)
    }
}

/// The umask of this process, from the kernel (Linux 4.7 and later).
fn current_umask() -> u32 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let line = status
        .lines()
        .find_map(|l| l.strip_prefix("Umask:"))
        .expect("a Umask line");
    u32::from_str_radix(line.trim(), 8).expect("octal umask")
}

fn assert_mode(path: &Path, expected: u32) {
    let found = mode(path);
    assert_eq!(
        found,
        expected,
        "{} is {} instead of {}",
        path.display(),
        octal(found),
        octal(expected)
    );
}

/// The child: everything happens under umask 000.
fn check_modes_under_umask_000() {
    assert_eq!(current_umask(), 0, "the child must run under umask 000");
    let root = child_path();
    // Two levels that do not exist yet.
    let dir = root.join("data").join("mentor");
    let path = dir.join("mentor.json");
    let spy = Arc::new(ModeSpy::default());
    let (mut store, mut ws) =
        Store::open_with(&path, &OpenOptions::default(), spy.clone()).expect("create");
    assert_mode(&root.join("data"), 0o700);
    assert_mode(&dir, 0o700);
    assert_mode(&path, 0o600);
    assert_mode(&dir.join("mentor.json.lock"), 0o600);

    for n in 1..=2 {
        ws.mentor.name = format!("Save {n}");
        store.save(&ws).expect("save");
    }
    assert_mode(&path, 0o600);
    assert_mode(&dir.join("mentor.json.backups"), 0o700);
    let backups = list_backups(&path).expect("backups");
    assert_eq!(backups.len(), 2);
    for backup in &backups {
        assert_mode(&backup.path, 0o600);
    }
    let created = spy.created.lock().expect("spy").clone();
    assert_eq!(created.len(), 3, "one temporary file per save: {created:?}");
    for (file, found) in &created {
        assert!(
            file.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(common::TMP_PREFIX)),
            "{}",
            file.display()
        );
        assert_eq!(
            *found,
            0o600,
            "{} was created {}",
            file.display(),
            octal(*found)
        );
    }
    assert!(common::tmp_files(&dir).is_empty());
    // A file created by this process without asking for privacy is world-writable under this
    // umask: the store's modes above are its own doing, not an accident of the environment.
    let control = root.join("control");
    std::fs::write(&control, b"x").expect("write");
    assert_mode(&control, 0o666);
    common::report("modes checked");
}

#[test]
fn under_umask_000_every_file_is_private() {
    if child_role().as_deref() == Some(ROLE) {
        check_modes_under_umask_000();
        return;
    }
    let (_guard, root) = temp_dir();
    let child = Child::spawn(child_command(
        &common::test_path(module_path!(), TEST_NAME),
        ROLE,
        &root,
        Some("umask 000"),
    ));
    let (status, reports, stderr) = child.wait();
    assert!(status.success(), "the child failed: {status}\n{stderr}");
    // The child really ran the checks (a filter that matched nothing would also exit 0).
    assert_eq!(reports, ["modes checked"], "{stderr}");
}
