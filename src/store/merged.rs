//! The files of `mentor merge` (git's merge driver): each version read as a whole document, and
//! the merged document written back in the store's layout.

use super::MAX_FILE_BYTES;
use super::error::LoadError;
use super::format;
use super::fs::{Fs, RealFs, read_capped};
use super::paths::StorePaths;
use crate::domain::Workspace;
use crate::domain::conflict::Conflict;
use crate::domain::merge::merge;
use chrono::NaiveDate;
use serde_json::Value;
use std::io;
use std::path::{Path, PathBuf};

mod thin;

use thin::Cut;

/// One version of a store, read for a merge.
#[derive(Debug)]
pub enum Version {
    /// Its text in the store's layout, cut at its mentees.
    Cut(Cut),
    /// Its document (a text not in the layout).
    Whole(Value),
}

impl Version {
    /// The whole document.
    pub fn document(&self) -> serde_json::Result<Value> {
        match self {
            Version::Cut(cut) => cut.document(),
            Version::Whole(doc) => Ok(doc.clone()),
        }
    }
}

/// What [`merge_versions`] made.
#[derive(Debug)]
pub struct MergedText {
    /// The merged store's text (any JSON layout; [`write_text`] parses, validates and lays it out).
    pub text: Vec<u8>,
    /// The conflicts this merge found.
    pub conflicts: Vec<Conflict>,
    /// References dropped because what they named was removed on the other side.
    pub dropped: usize,
}

/// Reads one version of a store for a merge: read, migrated to the current format and validated;
/// its text as the store would write it (the file's own when it already is), so every version
/// merges in the same shape (keys this version does not know are kept). With
/// `empty_is_nothing`, an empty file (git's base when both sides added the file) reads as
/// nothing in common; otherwise it is an error. Returns the version and the workspace it holds.
pub fn read_version(
    path: &Path,
    empty_is_nothing: bool,
) -> Result<(Version, Workspace), LoadError> {
    let bytes = read_capped(&RealFs, path, MAX_FILE_BYTES)?.ok_or_else(|| LoadError::Missing {
        path: path.to_path_buf(),
    })?;
    if bytes.is_empty() && empty_is_nothing {
        return Ok((Version::Cut(Cut::nothing()), format::empty_workspace()));
    }
    let parsed = format::parse(&bytes, path, false)?;
    let ids: Vec<String> = parsed
        .workspace
        .mentees
        .iter()
        .map(|m| m.id.as_str().to_string())
        .collect();
    // A file read through the fast pass at this very version is already in the layout.
    let text = if parsed.spans.is_some() {
        bytes
    } else {
        drop(bytes);
        format::serialize(&parsed.workspace, parsed.unknown.as_ref(), parsed.version)
    };
    let version = match Cut::new(text, ids) {
        Some(cut) => Version::Cut(cut),
        None => Version::Whole(
            document(&parsed)
                .ok_or_else(|| not_a_document(path, crate::t!("store-reason-fields-not-object")))?,
        ),
    };
    Ok((version, parsed.workspace))
}

/// Merges THEIRS into OURS (BASE their common ancestor) by the rules of
/// [`crate::domain::merge::merge`]. Mentees whose text two versions agree on are settled
/// without being merged record by record (see [`thin`]); the result is the same.
pub fn merge_versions(
    base: &Version,
    ours: &Version,
    theirs: &Version,
    today: NaiveDate,
) -> serde_json::Result<MergedText> {
    if let (Version::Cut(b), Version::Cut(o), Version::Cut(t)) = (base, ours, theirs) {
        let thinned = thin::thin(b, o, t)?;
        let merged = merge(&thinned.base, &thinned.ours, &thinned.theirs, today);
        if let Some(text) = thinned.fill(&merged.document) {
            return Ok(MergedText {
                text,
                conflicts: merged.conflicts,
                dropped: merged.dropped,
            });
        }
    }
    let merged = merge(
        &base.document()?,
        &ours.document()?,
        &theirs.document()?,
        today,
    );
    Ok(MergedText {
        text: serde_json::to_vec(&merged.document)?,
        conflicts: merged.conflicts,
        dropped: merged.dropped,
    })
}

/// One version of a store as a whole document ([`read_version`], every mentee in it).
pub fn read_document(path: &Path, empty_is_nothing: bool) -> Result<(Value, Workspace), LoadError> {
    let (version, ws) = read_version(path, empty_is_nothing)?;
    let doc = version
        .document()
        .map_err(|_| not_a_document(path, crate::t!("store-reason-fields-not-object")))?;
    Ok((doc, ws))
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
    Invalid(LoadError),
    Io {
        path: PathBuf,
        step: &'static str,
        source: io::Error,
    },
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            WriteError::Invalid(e) => crate::t!("merge-does-not-hold", error = e.to_string()),
            WriteError::Io { path, step, source } => crate::t!(
                "merge-cannot-write",
                path = path.display().to_string(),
                step = crate::i18n::tr(step),
                error = source.to_string()
            ),
        })
    }
}

/// Checks that `doc` reads back through the store's parse and validation, then writes it over
/// `path` in the store's stable layout (pretty-printed, keys this version does not know kept),
/// atomically: a fresh 0600 temporary file beside it, synced, renamed over it, the directory
/// synced. A symlink at `path` is written through. On an error the file is as it was.
pub fn write_document(path: &Path, doc: &Value) -> Result<Workspace, WriteError> {
    let text = serde_json::to_vec(doc).map_err(|e| WriteError::Io {
        path: path.to_path_buf(),
        step: "store-step-serialise",
        source: io::Error::other(e),
    })?;
    write_text(path, &text)
}

/// [`write_document`] of a document's text.
pub fn write_text(path: &Path, text: &[u8]) -> Result<Workspace, WriteError> {
    let io = |path: &Path, step| {
        let path = path.to_path_buf();
        move |source| WriteError::Io { path, step, source }
    };
    let paths = StorePaths::resolve(path).map_err(io(path, "store-step-find"))?;
    let parsed = format::parse(text, &paths.data, false).map_err(WriteError::Invalid)?;
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
        .map_err(io(&tmp, "store-step-write-a-temp"))
        .and_then(|()| {
            fs.rename(&tmp, &paths.data)
                .map_err(io(&paths.data, "store-step-replace"))
        });
    if let Err(e) = written {
        let _ = fs.remove_file(&tmp);
        return Err(e);
    }
    fs.sync_dir(&paths.dir)
        .map_err(io(&paths.dir, "store-step-sync-dir"))?;
    Ok(parsed.workspace)
}
