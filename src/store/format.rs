//! The file format: header, parsing with precise errors, writing with a stable layout, and
//! keeping fields this version does not know.
//!
//! ```json
//! {
//!   "format": "mentor",
//!   "version": { "major": 2, "minor": 0 },
//!   "kind": "workspace",
//!   "mentor": { ... },
//!   "next_id": 42,
//!   "mentees": [ ... ]
//! }
//! ```
//!
//! Every known field is always written (absent values as `null` or `[]`), in a fixed order, and
//! records stay in the order they were added, so the file diffs well. A key present in the file
//! but unknown to this version (written by a newer minor version, or by hand) is kept: on load
//! such keys are noticed, the original document is kept, and on save its unknown keys are put back
//! into the objects they came from (records are matched by `id`).

mod finish;
pub(crate) mod layout;
mod position;
pub mod raw;
mod typed;
mod write;

use finish::{finish, finish_tags};
use write::header_bytes;
pub use write::{merge_unknown, serialize};

use super::error::LoadError;
use super::migrate;
use crate::domain::{Conflict, Mentee, MentorProfile, Skill, Workspace};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;
use std::path::Path;
use std::sync::Arc;

/// The format marker every store file starts with.
pub const FORMAT: &str = "mentor";
/// The kind of a mentor's own file.
pub const KIND_WORKSPACE: &str = "workspace";

/// A format version: a newer minor only adds fields; a newer major may change meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SchemaVersion {
    pub major: u32,
    pub minor: u32,
}

impl fmt::Display for SchemaVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

/// The version this build writes.
///
/// 2.0 (issue 15, `mentor sync`): an ID may carry a replica tag after a dot (`g13.k7qxm`),
/// `next_id` is above every number any replica has handed out, and the file may say it is
/// `replicated` and hold `conflicts`. A 1.x file is upgraded by [`migrate`] (its plain IDs stay as
/// they are).
pub const CURRENT_VERSION: SchemaVersion = SchemaVersion { major: 2, minor: 0 };

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: SchemaVersion,
    kind: &'static str,
    mentor: &'a MentorProfile,
    next_id: u64,
    /// Written only once the store has one, so older files stay byte for byte as they were.
    #[serde(skip_serializing_if = "Option::is_none")]
    store_token: Option<&'a str>,
    /// Written only once a skill is declared, so older files stay byte for byte as they were.
    #[serde(skip_serializing_if = "<[Skill]>::is_empty")]
    skills: &'a [Skill],
    /// Written only once the store is replicated.
    #[serde(skip_serializing_if = "is_false")]
    replicated: bool,
    /// Written only while a conflict waits.
    #[serde(skip_serializing_if = "<[Conflict]>::is_empty")]
    conflicts: &'a [Conflict],
    mentees: &'a [Arc<Mentee>],
}

#[derive(Deserialize)]
struct FileIn {
    format: String,
    version: SchemaVersion,
    kind: String,
    #[serde(default)]
    mentor: MentorProfile,
    #[serde(default)]
    next_id: u64,
    #[serde(default)]
    store_token: Option<String>,
    #[serde(default)]
    skills: Vec<Skill>,
    #[serde(default)]
    replicated: bool,
    #[serde(default)]
    conflicts: Vec<Conflict>,
    #[serde(default)]
    mentees: Vec<Arc<Mentee>>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Only the header, for files that do not parse as a whole.
#[derive(Deserialize)]
struct Header {
    format: Option<Value>,
    version: Option<Value>,
    kind: Option<Value>,
}

/// A parsed file.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub workspace: Workspace,
    pub version: SchemaVersion,
    /// The original document, kept only when it holds keys this version does not know.
    pub unknown: Option<Value>,
    /// Where each mentee's text stands in the bytes parsed (after a byte order mark), when the
    /// fast pass read a file of exactly this version with no unknown keys: what a save may write
    /// back as it is ([`raw`]).
    pub spans: Option<Vec<std::ops::Range<usize>>>,
    /// Read by the fast typed pass (not the careful path, which finds out what is wrong or
    /// migrates the document as a JSON tree).
    pub fast: bool,
}

/// A workspace with nothing in it yet.
pub fn empty_workspace() -> Workspace {
    Workspace {
        mentor: MentorProfile::default(),
        next_id: 1,
        mentees: Vec::new(),
        store_token: None,
        skills: Vec::new(),
        replicated: false,
        conflicts: Vec::new(),
        replica: Default::default(),
    }
}

/// A fast, stable hash of a file's bytes, to notice that it changed on disk.
pub fn content_hash(bytes: &[u8]) -> u128 {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

/// Parses a store file. `allow_newer_major` lets a reader look at a file of a newer major version
/// when it still parses (never for writing).
pub fn parse(bytes: &[u8], path: &Path, allow_newer_major: bool) -> Result<Parsed, LoadError> {
    if bytes.is_empty() {
        return Err(LoadError::Empty {
            path: path.to_path_buf(),
        });
    }
    // A byte order mark written by an editor is not part of the document; a save writes the
    // file without it.
    let had_bom = bytes.starts_with(position::BOM);
    let bytes = bytes.strip_prefix(position::BOM).unwrap_or(bytes);
    if !starts_as_object(bytes) {
        return slow_parse(bytes, path);
    }
    // Fast path: one typed pass (mentees parsed on every core) that also notices unknown keys.
    match typed::parse(bytes, None) {
        Ok(typed::Typed {
            file,
            unknown_keys,
            spans,
        }) if file.version.major == CURRENT_VERSION.major => {
            check_header(&file.format, &file.kind, path)?;
            let unknown = if unknown_keys {
                Some(
                    serde_json::from_slice(bytes)
                        .map_err(|e| syntax_error(path, &e, ".", bytes))?,
                )
            } else {
                None
            };
            let reusable = !unknown_keys && file.version == CURRENT_VERSION;
            let mut parsed = finish(file, unknown, path)?;
            parsed.fast = true;
            if reusable {
                let bom = position::BOM.len() * usize::from(had_bom);
                parsed.spans = Some(
                    spans
                        .into_iter()
                        .map(|s| s.start + bom..s.end + bom)
                        .collect(),
                );
            }
            Ok(parsed)
        }
        // An older major version whose steps change nothing the types hold: read as it is, the
        // steps' checks made on the typed form (any doubt, and any error, goes the careful way,
        // which says it in the migration's words).
        Ok(typed::Typed {
            file,
            unknown_keys: false,
            ..
        }) if file.version.major < CURRENT_VERSION.major => {
            check_header(&file.format, &file.kind, path)?;
            let from = file.version.major;
            match finish_tags(file, None, path) {
                Ok((mut parsed, tagged)) if !migrate::typed_step_refuses(from, tagged) => {
                    parsed.fast = true;
                    Ok(parsed)
                }
                _ => slow_parse(bytes, path),
            }
        }
        Ok(typed::Typed { file, .. }) if file.version.major > CURRENT_VERSION.major => {
            check_header(&file.format, &file.kind, path)?;
            if allow_newer_major {
                let version = file.version;
                let mut parsed = finish(file, None, path)?;
                parsed.version = version;
                parsed.fast = true;
                Ok(parsed)
            } else {
                Err(newer_major(path, file.version))
            }
        }
        _ => slow_parse(bytes, path),
    }
}

/// The benchmark floor: the file's bytes deserialised by plain `serde_json::from_slice` into the
/// same struct [`parse`] reads, and nothing else (no unknown-key tracking, no header or version
/// check, no validation, no migration), on one thread: what a plain serde load costs, against
/// which `benches/speed.rs` measures [`parse`] and [`super::load`]. (With more than one core,
/// [`parse`] can take less time than this: it parses mentees on several threads, although it does
/// more work in total.) Not for reading real files.
pub fn parse_floor(bytes: &[u8]) -> serde_json::Result<Workspace> {
    let file: FileIn = serde_json::from_slice(bytes)?;
    Ok(Workspace {
        mentor: file.mentor,
        next_id: file.next_id,
        mentees: file.mentees,
        store_token: file.store_token,
        skills: file.skills,
        replicated: file.replicated,
        conflicts: file.conflicts,
        replica: Default::default(),
    })
}

/// The careful path: find out what is wrong, or migrate an older major version.
fn slow_parse(bytes: &[u8], path: &Path) -> Result<Parsed, LoadError> {
    let mut value: Value = match serde_json::from_slice(bytes) {
        Ok(value) => value,
        // Not JSON at all: parse again tracking the path, to say where in the document.
        Err(e) => {
            let mut de = serde_json::Deserializer::from_slice(bytes);
            let at = match serde_path_to_error::deserialize::<_, Value>(&mut de) {
                Err(tracked) => tracked.path().to_string(),
                Ok(_) => ".".to_string(),
            };
            return Err(syntax_error(path, &e, &at, bytes));
        }
    };
    if !value.is_object() {
        return Err(not_an_object(path));
    }
    let header: Header = serde_json::from_value(value.clone()).map_err(|_| not_an_object(path))?;
    let format = header
        .format
        .as_ref()
        .and_then(Value::as_str)
        .unwrap_or_default();
    let kind = header
        .kind
        .as_ref()
        .and_then(Value::as_str)
        .unwrap_or_default();
    check_header(format, kind, path)?;
    let version: SchemaVersion = header
        .version
        .and_then(|v| serde_json::from_value(v).ok())
        .ok_or_else(|| LoadError::NotAStore {
            path: path.to_path_buf(),
            reason: crate::t!("store-reason-version-object"),
        })?;
    if version.major > CURRENT_VERSION.major {
        // A newer file that parsed would have taken the fast path; this one cannot be read.
        return Err(newer_major(path, version));
    }
    if version.major < CURRENT_VERSION.major {
        migrate::upgrade(&mut value, version.major, migrate::STEPS).map_err(|reason| {
            LoadError::Migration {
                path: path.to_path_buf(),
                found: version.to_string(),
                reason,
            }
        })?;
    }
    // Parse again with a path-tracking deserializer over the bytes when they are the current
    // major (so errors carry line and column), else over the migrated document.
    let typed: Result<FileIn, LoadError> = if version.major == CURRENT_VERSION.major {
        let mut de = serde_json::Deserializer::from_slice(bytes);
        serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let doc_path = e.path().to_string();
            syntax_error(path, e.inner(), &doc_path, bytes)
        })
    } else {
        serde_path_to_error::deserialize(value.clone()).map_err(|e| {
            let doc_path = e.path().to_string();
            // A step keeps what it does not change where it was: when the bytes fail to read at
            // the same place, that error says where in the file (line and column).
            let mut de = serde_json::Deserializer::from_slice(bytes);
            match serde_path_to_error::deserialize::<_, FileIn>(&mut de) {
                Err(at) if at.path().to_string() == doc_path => {
                    syntax_error(path, at.inner(), &doc_path, bytes)
                }
                _ => LoadError::Parse {
                    path: path.to_path_buf(),
                    line: 0,
                    column: 0,
                    doc_path: position::doc_path(&doc_path),
                    message: e.inner().to_string(),
                },
            }
        })
    };
    let mut parsed = finish(typed?, Some(value), path)?;
    parsed.version = version;
    Ok(parsed)
}

fn not_an_object(path: &Path) -> LoadError {
    LoadError::NotAStore {
        path: path.to_path_buf(),
        reason: crate::t!("store-reason-top-not-object"),
    }
}

/// The document starts with `{` (serde would also read a struct from an array).
fn starts_as_object(bytes: &[u8]) -> bool {
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

fn check_header(format: &str, kind: &str, path: &Path) -> Result<(), LoadError> {
    if format != FORMAT {
        return Err(LoadError::NotAStore {
            path: path.to_path_buf(),
            reason: crate::t!("store-reason-format", format = FORMAT),
        });
    }
    if kind != KIND_WORKSPACE {
        return Err(LoadError::WrongKind {
            path: path.to_path_buf(),
            found: kind.to_string(),
            expected: KIND_WORKSPACE,
        });
    }
    Ok(())
}

fn newer_major(path: &Path, found: SchemaVersion) -> LoadError {
    LoadError::NewerMajor {
        path: path.to_path_buf(),
        found: found.to_string(),
        supported: CURRENT_VERSION.major,
    }
}

fn syntax_error(path: &Path, e: &serde_json::Error, doc_path: &str, bytes: &[u8]) -> LoadError {
    let full = e.to_string();
    let mut message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full,
    };
    let eof = e.classify() == serde_json::error::Category::Eof;
    if eof {
        message.push_str(&format!(" ({})", crate::t!("store-hint-cut-short")));
    } else if message == "recursion limit exceeded" {
        message.push_str(&format!(" ({})", crate::t!("store-hint-too-deep")));
    }
    let (line, column) = position::place(bytes, e.line(), e.column(), eof);
    LoadError::Parse {
        path: path.to_path_buf(),
        line,
        column,
        doc_path: position::doc_path(doc_path),
        message: crate::domain::text::line(&message).into_owned(),
    }
}

#[cfg(test)]
mod tests;
