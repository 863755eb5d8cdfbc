//! Rotating backups: the previous version of the file is kept at every save.
//!
//! Backups live in `<file>.backups/` beside the data file, named `<file>.<sequence>` with a
//! growing sequence number. The previous version is kept by a hard link made just before the
//! rename, so keeping it costs no copy; where links are not supported it is copied (and given the
//! time of the version it holds). Numbered backups are pruned by the retention rule (see
//! `retention`), as conflict copies are. A backup taken before the first save after a format
//! upgrade is named `<file>.pre-v<version>` and is never pruned.

use super::fs::Fs;
use super::paths::StorePaths;
use std::io;
use std::path::{Path, PathBuf};

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub path: PathBuf,
    /// The sequence number; higher is newer.
    pub seq: u64,
}

fn numbered(paths: &StorePaths, names: Vec<String>) -> Vec<Backup> {
    let prefix = format!("{}.", paths.file_name());
    let mut backups: Vec<Backup> = names
        .into_iter()
        .filter_map(|name| {
            let seq = name.strip_prefix(&prefix)?.parse().ok()?;
            Some(Backup {
                path: paths.backups.join(&name),
                seq,
            })
        })
        .collect();
    backups.sort_by_key(|b| std::cmp::Reverse(b.seq));
    backups
}

/// The numbered backups of the store at `data`, newest first.
pub fn list_backups(data: &Path) -> io::Result<Vec<Backup>> {
    let paths = StorePaths::resolve(data)?;
    Ok(numbered(&paths, super::RealFs.list_dir(&paths.backups)?))
}

/// The numbered backups of a store, newest first.
pub(super) fn numbered_backups(fs: &dyn Fs, paths: &StorePaths) -> io::Result<Vec<Backup>> {
    Ok(numbered(paths, fs.list_dir(&paths.backups)?))
}

/// The path the next backup takes.
pub(super) fn next_path(fs: &dyn Fs, paths: &StorePaths) -> io::Result<PathBuf> {
    let newest = numbered(paths, fs.list_dir(&paths.backups)?)
        .first()
        .map_or(0, |b| b.seq);
    Ok(paths
        .backups
        .join(format!("{}.{:06}", paths.file_name(), newest + 1)))
}

/// Keeps `path`'s current content under `to`: a hard link, or a copy where links fail.
pub(super) fn keep(fs: &dyn Fs, from: &Path, to: &Path) -> io::Result<()> {
    match fs.hard_link(from, to) {
        Ok(()) => Ok(()),
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::Unsupported
                    | io::ErrorKind::PermissionDenied
                    | io::ErrorKind::CrossesDevices
            ) =>
        {
            let bytes = fs.read(from, u64::MAX)?.unwrap_or_default();
            let mut file = fs.create_new(to)?;
            let copied = fs.write_all(&mut file, &bytes).and_then(|()| {
                // The copy is dated when the version it holds was written, as a link would be.
                if let Ok(t) = fs.modified(from) {
                    let _ = file.set_modified(t);
                }
                fs.sync_file(&file)
            });
            if copied.is_err() {
                // A partial copy is not a backup: leave nothing behind.
                drop(file);
                let _ = fs.remove_file(to);
            }
            copied
        }
        Err(e) => Err(e),
    }
}
