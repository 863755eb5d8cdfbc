//! Directories: what a directory holds, listed ([`names`]) or snapshotted ([`DirSnapshot`]), to
//! prove that nothing was created, changed or removed.

use std::collections::BTreeMap;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Names of the entries of `dir` (not recursive), sorted.
pub fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("list {}: {e}", dir.display()))
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Sets the mode of `path`.
pub fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .unwrap_or_else(|e| panic!("chmod {} {mode:o}: {e}", path.display()));
}

/// What a snapshot records of one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryInfo {
    pub kind: &'static str,
    pub mode: u32,
    pub size: u64,
    pub mtime: Option<SystemTime>,
    /// The inode: a file replaced by a rename has a new one even with the same bytes.
    pub inode: u64,
    /// A hash of the content (files), or of the link target (symlinks).
    pub hash: Option<u128>,
}

impl EntryInfo {
    /// What the entry holds, without when and where it was written: its kind and the hash of its
    /// content or link target.
    fn content(&self) -> (&'static str, Option<u128>) {
        (self.kind, self.hash)
    }
}

/// Every entry under a directory (recursively, not following symlinks), by relative path; the
/// root itself is recorded as `.`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirSnapshot(pub BTreeMap<PathBuf, EntryInfo>);

fn hash(bytes: &[u8]) -> u128 {
    // Not cryptographic; enough to tell two versions of a file apart.
    mentor::store::format::content_hash(bytes)
}

/// The root's own entry in a [`DirSnapshot`].
const ROOT: &str = ".";

impl DirSnapshot {
    pub fn take(root: &Path) -> DirSnapshot {
        fn info(path: &Path) -> EntryInfo {
            let meta = std::fs::symlink_metadata(path)
                .unwrap_or_else(|e| panic!("metadata of {}: {e}", path.display()));
            let ft = meta.file_type();
            let (kind, hashed) = if ft.is_symlink() {
                let target = std::fs::read_link(path).expect("read link");
                ("symlink", Some(hash(target.as_os_str().as_encoded_bytes())))
            } else if ft.is_dir() {
                ("dir", None)
            } else if ft.is_file() {
                let bytes =
                    std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
                ("file", Some(hash(&bytes)))
            } else {
                ("other", None)
            };
            EntryInfo {
                kind,
                mode: meta.permissions().mode() & 0o7777,
                size: meta.len(),
                mtime: meta.modified().ok(),
                inode: meta.ino(),
                hash: hashed,
            }
        }
        fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, EntryInfo>) {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
                .unwrap_or_else(|e| panic!("list {}: {e}", dir.display()))
                .map(|e| e.expect("entry").path())
                .collect();
            entries.sort();
            for path in entries {
                let rel = path
                    .strip_prefix(root)
                    .expect("under the root")
                    .to_path_buf();
                let entry = info(&path);
                let is_dir = entry.kind == "dir";
                out.insert(rel, entry);
                if is_dir {
                    walk(root, &path, out);
                }
            }
        }
        let mut out = BTreeMap::new();
        out.insert(PathBuf::from(ROOT), info(root));
        walk(root, root, &mut out);
        DirSnapshot(out)
    }

    /// What differs from `later` in any way (content, mode, size, time, inode), one line per
    /// entry (empty when nothing does).
    pub fn diff(&self, later: &DirSnapshot) -> Vec<String> {
        self.differences(later, |old, new| old == new)
    }

    /// What differs from `later` in what the entries hold (an entry added or removed, a kind, a
    /// file's bytes, a link's target), ignoring modes, times, inodes and the root's own entry:
    /// a file written and removed again in between leaves no difference.
    pub fn content_diff(&self, later: &DirSnapshot) -> Vec<String> {
        let inner = |s: &DirSnapshot| {
            let mut s = s.clone();
            s.0.remove(Path::new(ROOT));
            s
        };
        inner(self).differences(&inner(later), |old, new| old.content() == new.content())
    }

    fn differences(
        &self,
        later: &DirSnapshot,
        same: impl Fn(&EntryInfo, &EntryInfo) -> bool,
    ) -> Vec<String> {
        let mut lines = Vec::new();
        for (path, old) in &self.0 {
            match later.0.get(path) {
                None => lines.push(format!("{} ({}) was removed", path.display(), old.kind)),
                Some(new) if !same(old, new) => {
                    lines.push(format!("{} changed: {old:?} -> {new:?}", path.display()))
                }
                Some(_) => {}
            }
        }
        for (path, new) in &later.0 {
            if !self.0.contains_key(path) {
                lines.push(format!("{} ({}) appeared", path.display(), new.kind));
            }
        }
        lines
    }

    /// Fails the test, naming every difference, unless `later` equals this snapshot.
    pub fn assert_same(&self, later: &DirSnapshot, what: &str) {
        let diff = self.diff(later);
        assert!(
            diff.is_empty(),
            "{what} changed the directory:\n{}",
            diff.join("\n")
        );
    }

    /// Entries whose name looks like a lock file, a backup directory or a temporary file.
    pub fn store_leftovers(&self) -> Vec<PathBuf> {
        self.0
            .keys()
            .filter(|p| {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                name.ends_with(".lock")
                    || name.ends_with(".backups")
                    || name.contains(".tmp")
                    || name.contains("tmp-")
            })
            .cloned()
            .collect()
    }
}
