//! The store: one JSON file that never loses data.
//!
//! [`Store`] is the editing handle. Opening one takes an exclusive lock on a lock file beside the
//! data file (so a second editor is refused), reads and validates the file, and remembers a hash
//! of its bytes. [`Store::save`] then follows the save protocol (`docs/ARCHITECTURE.md`; its
//! promises and their tests are in `docs/RELIABILITY.md`): refuse to overwrite a file changed on
//! disk since it was read, write a fresh 0600 temporary file in the same directory, sync it, keep
//! the previous version as a rotating backup, rename over the data file, sync the directory; only
//! then is the save reported. Any failure leaves the old file as it was.
//!
//! [`load`] reads a file without locking, creating or writing anything.

pub mod access;
pub mod bundle;
pub mod config;
pub mod error;
pub mod format;
pub mod fs;
pub mod json;
pub mod lock;
pub mod merged;
pub mod migrate;
pub mod paths;
pub mod questions;
pub mod readonly;
pub mod reply;
pub mod scoped;
pub mod token;

mod backup;
mod copies;
pub mod retention;
mod save;
pub mod templates;

pub use backup::{Backup, list_backups};
pub use copies::{Copy, CopyKind, Holds, list_copies, newest_good_copy, recovery_advice};
pub use error::{LoadError, OpenError, SaveError};
pub use format::{CURRENT_VERSION, SchemaVersion};
pub use fs::{Fs, RealFs, Stamp};
pub use readonly::{ReadOnlyStore, Viewed};
pub use save::{OpenOptions, Store};

use std::path::Path;

/// Files larger than this are refused instead of read: a store this size is not a mentor's
/// workspace (the largest realistic one is a few tens of MB).
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// What [`load`] found.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub workspace: crate::domain::Workspace,
    /// The version written in the file.
    pub version: SchemaVersion,
}

impl Loaded {
    /// True when the file was written by a newer major version of the format: it may be read but
    /// must not be written by this version.
    pub fn newer_major(&self) -> bool {
        self.version.major > CURRENT_VERSION.major
    }
}

/// Reads a store file without locking or writing anything. A missing file is an error; see
/// [`load_or_empty`].
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let bytes =
        fs::read_capped(&RealFs, path, MAX_FILE_BYTES)?.ok_or_else(|| LoadError::Missing {
            path: path.to_path_buf(),
        })?;
    let parsed = format::parse(&bytes, path, true)?;
    Ok(Loaded {
        workspace: parsed.workspace,
        version: parsed.version,
    })
}

/// Like [`load`], but a file that does not exist yet reads as an empty workspace (and is not
/// created). A missing file whose backups exist is an error, not an empty workspace.
pub fn load_or_empty(path: &Path) -> Result<Loaded, LoadError> {
    match load(path) {
        Err(LoadError::Missing { .. }) if list_backups(path).is_ok_and(|b| !b.is_empty()) => {
            let paths = paths::StorePaths::resolve(path).map_err(|source| LoadError::Io {
                path: path.to_path_buf(),
                source,
            })?;
            Err(LoadError::MissingWithBackups {
                path: paths.data,
                backups: paths.backups,
            })
        }
        Err(LoadError::Missing { .. }) => Ok(Loaded {
            workspace: format::empty_workspace(),
            version: CURRENT_VERSION,
        }),
        other => other,
    }
}
