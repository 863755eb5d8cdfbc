//! Reading a store file that must never be written: the mentee's view and `mentor view`.
//!
//! [`ReadOnlyStore`] has no method that writes, creates or locks anything; it reads the file it
//! names, whatever its kind (a workspace or a mentee bundle).

use super::bundle::{self, Bundle, KIND_BUNDLE};
use super::error::LoadError;
use super::format::{self, content_hash};
use super::fs::{RealFs, read_capped};
use super::{Loaded, MAX_FILE_BYTES};
use std::path::{Path, PathBuf};

/// What a read-only file holds.
#[derive(Debug, Clone)]
pub enum Viewed {
    Workspace(Loaded),
    Bundle(Box<Bundle>),
}

/// A store file opened for reading only.
#[derive(Debug, Clone)]
pub struct ReadOnlyStore {
    path: PathBuf,
}

impl ReadOnlyStore {
    pub fn new(path: impl Into<PathBuf>) -> ReadOnlyStore {
        ReadOnlyStore { path: path.into() }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the file; also returns a hash of its bytes, to tell a real change from a touch.
    pub fn read(&self) -> Result<(Viewed, u128), LoadError> {
        let bytes = read_capped(&RealFs, &self.path, MAX_FILE_BYTES)?.ok_or_else(|| {
            LoadError::Missing {
                path: self.path.clone(),
            }
        })?;
        let hash = content_hash(&bytes);
        match format::parse(&bytes, &self.path, true) {
            Ok(parsed) => Ok((
                Viewed::Workspace(Loaded {
                    workspace: parsed.workspace,
                    version: parsed.version,
                }),
                hash,
            )),
            Err(LoadError::WrongKind { found, .. }) if found == KIND_BUNDLE => Ok((
                Viewed::Bundle(Box::new(bundle::parse(&bytes, &self.path)?)),
                hash,
            )),
            Err(e) => Err(e),
        }
    }

    /// The hash of the file's bytes now, or `None` when it cannot be read.
    pub fn current_hash(&self) -> Option<u128> {
        read_capped(&RealFs, &self.path, MAX_FILE_BYTES)
            .ok()
            .flatten()
            .map(|b| content_hash(&b))
    }
}
