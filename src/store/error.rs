//! What can go wrong with the store, in words that name the file and the place in it.

use crate::domain::workspace::Invalid;
use std::io;
use std::path::PathBuf;

/// A store file could not be read into a workspace. Nothing is ever written after one of these.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: no such file", path.display())]
    Missing { path: PathBuf },
    /// The file is gone but its backups are not: starting afresh would rotate them away.
    #[error("{}: the file is missing, but backups of it exist in {}; `mentor restore` brings back the newest (or move the backups away to start afresh)", path.display(), backups.display())]
    MissingWithBackups { path: PathBuf, backups: PathBuf },
    #[error("{}: cannot read: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{}: the file is {size} bytes, more than the {cap} bytes a store may have; refusing to read it", path.display())]
    TooLarge { path: PathBuf, size: u64, cap: u64 },
    #[error("{}: the file is empty (0 bytes); it is not a mentor store", path.display())]
    Empty { path: PathBuf },
    /// The JSON does not parse, or a value has the wrong type.
    #[error("{}:{line}:{column}: {doc_path}: {message}", path.display())]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        doc_path: String,
        message: String,
    },
    #[error("{}: not a mentor store: {reason}", path.display())]
    NotAStore { path: PathBuf, reason: String },
    #[error("{}: this is a {found} file, not a {expected}", path.display())]
    WrongKind {
        path: PathBuf,
        found: String,
        expected: &'static str,
    },
    #[error("{}: written by a newer mentor (format version {found}); this version reads up to {supported}.x. Upgrade mentor to edit it; nothing was changed", path.display())]
    NewerMajor {
        path: PathBuf,
        found: String,
        supported: u32,
    },
    #[error("{}: cannot upgrade from format version {found}: {reason}", path.display())]
    Migration {
        path: PathBuf,
        found: String,
        reason: String,
    },
    #[error("{}: {invalid}", path.display())]
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
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("{}: another mentor is editing this store{}; close it first, then run this again (reading commands still work)", path.display(), holder.as_ref().map(|h| format!(" (process {h})")).unwrap_or_default())]
    Locked {
        path: PathBuf,
        holder: Option<String>,
    },
    #[error("{}: {action}: {source}", path.display())]
    Io {
        path: PathBuf,
        action: &'static str,
        source: io::Error,
    },
    #[error("cannot create the store: {0}")]
    Save(SaveError),
}

/// A save did not happen. The file on disk is as it was, and the edits are still in memory.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{}: changed on disk since it was opened (by another program or editor); not saved, so that change is not overwritten", path.display())]
    Conflict { path: PathBuf },
    #[error("{}: not saved: {step} failed: {source}", path.display())]
    Io {
        path: PathBuf,
        step: &'static str,
        source: io::Error,
    },
    #[error("{}: not saved: this file was written by a newer mentor (format version {found})", path.display())]
    NewerMajor { path: PathBuf, found: String },
}
