//! The files of `mentor merge` (git's merge driver): each version read as a whole document, and
//! the merged document written back in the store's layout.

use super::MAX_FILE_BYTES;
use super::error::LoadError;
use super::format;
use super::fs::{Fs, RealFs, read_capped};
use super::paths::StorePaths;
use crate::domain::Workspace;
use serde_json::Value;
use std::io;
use std::path::{Path, PathBuf};

/// One version of a store as a document: read, migrated to the current format and validated,
/// then written out again in memory, so every version merges in the same shape (keys this
/// version does not know are kept). With `empty_is_nothing`, an empty file (git's base when
/// both sides added the file) reads as an empty document: nothing in common; otherwise it is an
/// error. Returns the document and the workspace it holds.
pub fn read_document(path: &Path, empty_is_nothing: bool) -> Result<(Value, Workspace), LoadError> {
    let bytes = read_capped(&RealFs, path, MAX_FILE_BYTES)?.ok_or_else(|| LoadError::Missing {
        path: path.to_path_buf(),
    })?;
    if bytes.is_empty() && empty_is_nothing {
        return Ok((
            Value::Object(serde_json::Map::new()),
            format::empty_workspace(),
        ));
    }
    let parsed = format::parse(&bytes, path, false)?;
    let doc = document(&parsed)
        .ok_or_else(|| not_a_document(path, "its fields do not make a JSON object".into()))?;
    Ok((doc, parsed.workspace))
}

fn document(parsed: &format::Parsed) -> Option<Value> {
    let bytes = format::serialize(&parsed.workspace, parsed.unknown.as_ref(), parsed.version);
    serde_json::from_slice(&bytes).ok()
}

fn not_a_document(path: &Path, reason: String) -> LoadError {
    LoadError::NotAStore {
        path: path.to_path_buf(),
        reason,
    }
}

/// Why a merged document was not written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The merged document does not read back as a store.
    #[error("the merged store does not hold together: {0}")]
    Invalid(LoadError),
    #[error("{}: cannot write the merged store ({step}): {source}", path.display())]
    Io {
        path: PathBuf,
        step: &'static str,
        source: io::Error,
    },
}

/// Checks that `doc` reads back through the store's parse and validation, then writes it over
/// `path` in the store's stable layout (pretty-printed, keys this version does not know kept),
/// atomically: a fresh 0600 temporary file beside it, synced, renamed over it, the directory
/// synced. A symlink at `path` is written through. On an error the file is as it was.
pub fn write_document(path: &Path, doc: &Value) -> Result<Workspace, WriteError> {
    let io = |path: &Path, step| {
        let path = path.to_path_buf();
        move |source| WriteError::Io { path, step, source }
    };
    let paths = StorePaths::resolve(path).map_err(io(path, "finding the file"))?;
    let text = serde_json::to_vec(doc).map_err(|e| io(path, "serialising")(io::Error::other(e)))?;
    let parsed = format::parse(&text, &paths.data, false).map_err(WriteError::Invalid)?;
    let bytes = format::serialize(&parsed.workspace, parsed.unknown.as_ref(), parsed.version);
    // Named like a save's temporary file, so a store opened later removes one left by a crash
    // and `.gitignore` (`mentor sync init`) already ignores it.
    let tmp = paths.dir.join(format!(
        ".{}.tmp-merge-{}",
        paths.file_name(),
        std::process::id()
    ));
    let fs = RealFs;
    let _ = fs.remove_file(&tmp);
    let written = fs
        .create_new(&tmp)
        .and_then(|mut file| {
            fs.write_all(&mut file, &bytes)?;
            fs.sync_file(&file)
        })
        .map_err(io(&tmp, "writing a temporary file"))
        .and_then(|()| {
            fs.rename(&tmp, &paths.data)
                .map_err(io(&paths.data, "replacing the file"))
        });
    if let Err(e) = written {
        let _ = fs.remove_file(&tmp);
        return Err(e);
    }
    fs.sync_dir(&paths.dir)
        .map_err(io(&paths.dir, "syncing the directory"))?;
    Ok(parsed.workspace)
}
