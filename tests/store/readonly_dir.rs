//! A store in a folder the app may not write in opens read-only with the reason, as a locked
//! store does, instead of refusing to start. Tests run as root, whom permission bits do not stop,
//! so the folder's refusal is played by a file-system layer that answers every write in it with
//! "permission denied", as a 0500 folder does for its owner.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;

use mentor::store::access::{Access, open_for_app};
use mentor::store::{Fs, OpenOptions, Store};
use std::fs::File;
use std::io;
use std::path::Path;
use std::sync::Arc;

/// A folder with mode 0500: existing files can be read (and a writable one written), nothing
/// can be created, removed or renamed.
#[derive(Debug)]
struct ReadOnlyFolder;

fn denied() -> io::Error {
    io::Error::from(io::ErrorKind::PermissionDenied)
}

impl Fs for ReadOnlyFolder {
    fn create_new(&self, _: &Path) -> io::Result<File> {
        Err(denied())
    }
    fn open_lock(&self, path: &Path) -> io::Result<File> {
        if path.exists() {
            File::options().read(true).write(true).open(path)
        } else {
            Err(denied())
        }
    }
    fn hard_link(&self, _: &Path, _: &Path) -> io::Result<()> {
        Err(denied())
    }
    fn rename(&self, _: &Path, _: &Path) -> io::Result<()> {
        Err(denied())
    }
    fn remove_file(&self, _: &Path) -> io::Result<()> {
        Err(denied())
    }
    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        if path.is_dir() { Ok(()) } else { Err(denied()) }
    }
}

fn store_with_alice(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("mentor.json");
    let (mut store, _) = Store::open(&path, &OpenOptions::default()).unwrap();
    store.save(&common::sample_workspace()).unwrap();
    path
}

fn expect_read_only(path: &Path) -> String {
    match open_for_app(path, &OpenOptions::default(), Arc::new(ReadOnlyFolder)) {
        Ok(Access::ReadOnly { workspace, reason }) => {
            assert_eq!(workspace, common::sample_workspace());
            reason
        }
        Ok(Access::Edit(..)) => panic!("opened for editing in a folder that cannot be written"),
        Err(e) => panic!("refused instead of opening read-only: {e}"),
    }
}

/// No lock file yet: taking the lock is what fails.
#[test]
fn without_a_lock_file_the_store_opens_read_only_with_the_reason() {
    let (_guard, dir) = common::temp_dir();
    let path = store_with_alice(&dir);
    std::fs::remove_file(dir.join("mentor.json.lock")).unwrap();
    let before = common::DirSnapshot::take(&dir);
    let reason = expect_read_only(&path);
    assert!(
        reason.contains(&format!("cannot write in {}", dir.display())),
        "{reason}"
    );
    assert!(
        reason.contains("this window only shows the store"),
        "{reason}"
    );
    before.assert_same(&common::DirSnapshot::take(&dir), "opening read-only");
}

/// The lock file is there (and writable), so the lock is taken; the first save would fail.
/// The probe finds that out at once.
#[test]
fn with_a_lock_file_the_probe_finds_the_folder_read_only() {
    let (_guard, dir) = common::temp_dir();
    let path = store_with_alice(&dir);
    let reason = expect_read_only(&path);
    assert!(reason.contains("permission denied"), "{reason}");
    // The lock was let go: an editor with the real file system opens it afterwards.
    assert!(matches!(
        open_for_app(
            &path,
            &OpenOptions::default(),
            Arc::new(mentor::store::RealFs)
        ),
        Ok(Access::Edit(..))
    ));
}

/// In a folder that can be written, the app edits, and the probe leaves nothing behind.
#[test]
fn a_writable_folder_opens_for_editing_and_the_probe_leaves_nothing() {
    let (_guard, dir) = common::temp_dir();
    let path = store_with_alice(&dir);
    let names = common::names(&dir);
    match open_for_app(
        &path,
        &OpenOptions::default(),
        Arc::new(mentor::store::RealFs),
    ) {
        Ok(Access::Edit(_, ws)) => assert_eq!(ws, common::sample_workspace()),
        other => panic!("{other:?}"),
    }
    // The app's editor lock stays beside the store, as the lock does; nothing else is new.
    let mut after = common::names(&dir);
    after.retain(|n| !n.ends_with(".editor.lock"));
    assert_eq!(after, names);
}

/// The same with a real 0500 folder, where permission bits apply (not as root: there the
/// folder's mode stops nothing, and the layer above stands in for it).
#[test]
fn a_real_0500_folder_opens_read_only_where_permissions_apply() {
    use std::os::unix::fs::PermissionsExt;
    let (_guard, dir) = common::temp_dir();
    let folder = dir.join("store");
    std::fs::create_dir(&folder).unwrap();
    let path = store_with_alice(&folder);
    std::fs::remove_file(folder.join("mentor.json.lock")).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o500)).unwrap();
    let privileged = File::create(folder.join("probe")).is_ok();
    let opened = open_for_app(
        &path,
        &OpenOptions::default(),
        Arc::new(mentor::store::RealFs),
    );
    let _ = std::fs::remove_file(folder.join("probe"));
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o700)).unwrap();
    if privileged {
        eprintln!("permission bits do not apply to this user; covered by the layer above");
        return;
    }
    match opened {
        Ok(Access::ReadOnly { reason, .. }) => assert!(reason.contains("cannot write in")),
        other => panic!("{other:?}"),
    }
}
