//! The last step of a parse: the workspace built from the file's parts and validated.

use super::{FileIn, Parsed};
use crate::domain::Workspace;
use crate::store::error::LoadError;
use serde_json::Value;
use std::path::Path;

pub(super) fn finish(
    file: FileIn,
    unknown: Option<Value>,
    path: &Path,
) -> Result<Parsed, LoadError> {
    finish_tags(file, unknown, path).map(|(parsed, _)| parsed)
}

/// [`finish`], which also says whether any record's ID carries a replica tag.
pub(super) fn finish_tags(
    file: FileIn,
    unknown: Option<Value>,
    path: &Path,
) -> Result<(Parsed, bool), LoadError> {
    let workspace = Workspace {
        mentor: file.mentor,
        next_id: file.next_id,
        mentees: file.mentees,
        store_token: file.store_token,
        skills: file.skills,
        replicated: file.replicated,
        conflicts: file.conflicts,
        replica: Default::default(),
    };
    let tagged = workspace
        .validate_tags()
        .map_err(|invalid| LoadError::Invalid {
            path: path.to_path_buf(),
            invalid,
        })?;
    let parsed = Parsed {
        workspace,
        version: file.version,
        unknown,
        spans: None,
        fast: false,
    };
    Ok((parsed, tagged))
}
