//! Where the store lives.

use std::io;
use std::path::{Path, PathBuf};

/// The file name of the default store.
pub const FILE_NAME: &str = "mentor.json";

/// The default store: `mentor.json` in the platform's local data directory for the app
/// (`~/.local/share/mentor/` on Linux, following `XDG_DATA_HOME`).
pub fn default_store_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "mentor").map(|d| d.data_local_dir().join(FILE_NAME))
}

/// The files that belong to one store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorePaths {
    /// The path as given (possibly a symlink).
    pub given: PathBuf,
    /// The file actually written: the given path with symlinks resolved, so a linked data file is
    /// written through rather than replaced by a regular file.
    pub data: PathBuf,
    /// The directory holding `data`; temporary files are made here so a rename is atomic.
    pub dir: PathBuf,
    /// The lock file beside the data file.
    pub lock: PathBuf,
    /// The directory of rotating backups.
    pub backups: PathBuf,
}

impl StorePaths {
    /// Works out the paths for a store at `given`, resolving a symlink at the file itself.
    pub fn resolve(given: &Path) -> io::Result<StorePaths> {
        let absolute = std::path::absolute(given)?;
        let data = match std::fs::symlink_metadata(&absolute) {
            Ok(meta) if meta.file_type().is_symlink() => {
                std::fs::canonicalize(&absolute).map_err(|e| {
                    io::Error::new(
                        e.kind(),
                        crate::t!("store-symlink-unreachable", error = e.to_string()),
                    )
                })?
            }
            _ => absolute,
        };
        let dir = data
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("/"));
        let name = data
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| {
                io::Error::new(
                    io::ErrorKind::InvalidInput,
                    crate::t!("store-path-names-no-file"),
                )
            })?;
        Ok(StorePaths {
            given: given.to_path_buf(),
            lock: dir.join(format!("{name}.lock")),
            backups: dir.join(format!("{name}.backups")),
            dir,
            data,
        })
    }

    /// The data file's name.
    /// The app's editor lock beside the store (`<file>.editor.lock`): held by the one app that
    /// edits the store, for as long as it is open.
    pub fn editor_lock(&self) -> PathBuf {
        self.dir.join(format!("{}.editor.lock", self.file_name()))
    }

    pub fn file_name(&self) -> String {
        self.data
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}
