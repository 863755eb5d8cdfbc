//! What can go wrong with the store, in words that name the file and the place in it.

use crate::domain::workspace::Invalid;
use crate::i18n::tr;
use crate::t;
use std::fmt;
use std::io;
use std::path::PathBuf;

/// A store file could not be read into a workspace. Nothing is ever written after one of these.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    Missing { path: PathBuf },
    /// The file is gone but its backups are not: starting afresh would rotate them away.
    MissingWithBackups { path: PathBuf, backups: PathBuf },
    Io { path: PathBuf, source: io::Error },
    TooLarge { path: PathBuf, size: u64, cap: u64 },
    Empty { path: PathBuf },
    /// The JSON does not parse, or a value has the wrong type.
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        doc_path: String,
        message: String,
    },
    NotAStore { path: PathBuf, reason: String },
    WrongKind {
        path: PathBuf,
        found: String,
        expected: &'static str,
    },
    NewerMajor {
        path: PathBuf,
        found: String,
        supported: u32,
    },
    Migration {
        path: PathBuf,
        found: String,
        reason: String,
    },
    Invalid { path: PathBuf, invalid: Invalid },
}

impl LoadError {
    /// The file the error is about.
    pub fn path(&self) -> &std::path::Path {
        match self {
            LoadError::Missing { path }
            | LoadError::MissingWithBackups { path, .. }
            | LoadError::Io { path, .. }
            | LoadError::TooLarge { path, .. }
            | LoadError::Empty { path }
            | LoadError::Parse { path, .. }
            | LoadError::NotAStore { path, .. }
            | LoadError::WrongKind { path, .. }
            | LoadError::NewerMajor { path, .. }
            | LoadError::Migration { path, .. }
            | LoadError::Invalid { path, .. } => path,
        }
    }
}

/// An editing store could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    Load(#[from] LoadError),
    Locked {
        path: PathBuf,
        holder: Option<String>,
    },
    Io {
        path: PathBuf,
        action: &'static str,
        source: io::Error,
    },
    Save(SaveError),
}

/// A save did not happen. The file on disk is as it was, and the edits are still in memory.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    Conflict { path: PathBuf },
    Io {
        path: PathBuf,
        step: &'static str,
        source: io::Error,
    },
    NewerMajor { path: PathBuf, found: String },
}

/// A path as the messages show it.
fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            LoadError::Missing { path } => t!("store-missing", path = shown(path)),
            LoadError::MissingWithBackups { path, backups } => t!(
                "store-missing-with-backups",
                path = shown(path),
                backups = shown(backups)
            ),
            LoadError::Io { path, source } => t!(
                "store-cannot-read",
                path = shown(path),
                error = source.to_string()
            ),
            LoadError::TooLarge { path, size, cap } => t!(
                "store-too-large",
                path = shown(path),
                size = size.to_string(),
                cap = cap.to_string()
            ),
            LoadError::Empty { path } => t!("store-empty", path = shown(path)),
            LoadError::Parse {
                path,
                line,
                column,
                doc_path,
                message,
            } => format!("{}:{line}:{column}: {doc_path}: {message}", path.display()),
            LoadError::NotAStore { path, reason } => {
                t!("store-not-a-store", path = shown(path), reason = reason.as_str())
            }
            LoadError::WrongKind {
                path,
                found,
                expected,
            } => t!(
                "store-wrong-kind",
                path = shown(path),
                found = found.as_str(),
                expected = *expected
            ),
            LoadError::NewerMajor {
                path,
                found,
                supported,
            } => t!(
                "store-newer-major",
                path = shown(path),
                found = found.as_str(),
                supported = supported.to_string()
            ),
            LoadError::Migration {
                path,
                found,
                reason,
            } => t!(
                "store-migration",
                path = shown(path),
                found = found.as_str(),
                reason = reason.as_str()
            ),
            LoadError::Invalid { path, invalid } => format!("{}: {invalid}", path.display()),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            OpenError::Load(e) => return e.fmt(f),
            OpenError::Locked {
                path,
                holder: Some(holder),
            } => t!(
                "store-locked-by",
                path = shown(path),
                process = holder.as_str()
            ),
            OpenError::Locked { path, holder: None } => t!("store-locked", path = shown(path)),
            OpenError::Io {
                path,
                action,
                source,
            } => t!(
                "store-open-failed",
                path = shown(path),
                action = tr(action),
                error = source.to_string()
            ),
            OpenError::Save(e) => t!("store-cannot-create", error = e.to_string()),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            SaveError::Conflict { path } => t!("store-changed-on-disk", path = shown(path)),
            SaveError::Io { path, step, source } => t!(
                "store-not-saved",
                path = shown(path),
                step = tr(step),
                error = source.to_string()
            ),
            SaveError::NewerMajor { path, found } => t!(
                "store-not-saved-newer",
                path = shown(path),
                found = found.as_str()
            ),
        };
        f.write_str(&text)
    }
}
