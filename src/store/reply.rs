//! The mentee's reply file: `<bundle stem>.reply.json` beside the bundle, mode 0600, written
//! atomically (a new file renamed into place), read as untrusted input.
//!
//! ```json
//! { "format": "mentor", "version": {"major": 2, "minor": 0}, "kind": "mentee-reply",
//!   "reply_to": { "mentee": "m3", "key": "..." }, "entries": [ ... ] }
//! ```
//!
//! Reading refuses a file larger than [`reply::MAX_BYTES`], any key this version does not know
//! (at the top, in `reply_to`, in an entry), a file of another kind or a newer major version, and
//! any entry that is not well formed ([`reply::check_entry`]: its ID, its texts' length and
//! characters, its levels), more than [`reply::MAX_ENTRIES`] entries or an ID twice. The entry
//! kinds are documented in `docs/REPLY.md`.

use super::format::{CURRENT_VERSION, FORMAT, SchemaVersion};
use crate::domain::reply::{self, Entry, Reply, ReplyError, ReplyTo};
use crate::t;
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The kind of a reply file.
pub const KIND_REPLY: &str = "mentee-reply";

/// A reply file as written.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct ReplyFile {
    format: String,
    version: SchemaVersion,
    kind: String,
    reply_to: ReplyTo,
    entries: Vec<Entry>,
}

/// Why a reply file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum ReplyFileError {
    #[error("{}", t!("reply-file-io", path = path.display().to_string(), error = error.to_string()))]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{}", t!("reply-file-refused", path = path.display().to_string(), why = why.to_string()))]
    Refused { path: PathBuf, why: ReplyError },
}

impl ReplyFileError {
    /// The reason a reply was refused, when it was (not for a file that could not be read).
    pub fn refusal(&self) -> Option<&ReplyError> {
        match self {
            ReplyFileError::Refused { why, .. } => Some(why),
            ReplyFileError::Io { .. } => None,
        }
    }
}

/// The reply file for the bundle at `bundle`: beside it, named after it
/// (`alice-moreau.mentor.json` → `alice-moreau.reply.json`).
pub fn path_for(bundle: &Path) -> PathBuf {
    let name = bundle
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name
        .strip_suffix(".mentor.json")
        .or_else(|| name.strip_suffix(".json"))
        .unwrap_or(&name);
    let stem = if stem.is_empty() { "mentee" } else { stem };
    bundle.with_file_name(format!("{stem}.reply.json"))
}

/// Reads a reply from `bytes` (the file at `path`), refusing anything but a well-formed reply.
pub fn parse(bytes: &[u8], path: &Path) -> Result<Reply, ReplyFileError> {
    let refused = |why| ReplyFileError::Refused {
        path: path.to_path_buf(),
        why,
    };
    let size = bytes.len() as u64;
    if size > reply::MAX_BYTES {
        return Err(refused(ReplyError::TooLarge {
            bytes: size,
            limit: reply::MAX_BYTES,
        }));
    }
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        refused(ReplyError::Malformed(
            crate::domain::text::line(&e.to_string()).into_owned(),
        ))
    })?;
    if let Some(why) = unknown_key(&value) {
        return Err(refused(ReplyError::Malformed(why)));
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let file: ReplyFile = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let inner = e.inner().to_string();
        let message = inner
            .rfind(" at line ")
            .map_or(inner.clone(), |i| inner[..i].to_string());
        let place = e.path().to_string();
        let why = crate::domain::text::line(&format!("{place}: {message}")).into_owned();
        refused(ReplyError::Malformed(why))
    })?;
    de.end()
        .map_err(|e| refused(ReplyError::Malformed(e.to_string())))?;
    if file.format != FORMAT || file.kind != KIND_REPLY {
        let kind = crate::domain::text::line(&file.kind).into_owned();
        return Err(refused(ReplyError::Malformed(t!(
            "reply-file-kind",
            kind = kind
        ))));
    }
    if file.version.major > CURRENT_VERSION.major {
        return Err(refused(ReplyError::Malformed(t!(
            "reply-file-newer",
            version = file.version.to_string()
        ))));
    }
    check_entries(&file.entries).map_err(refused)?;
    Ok(Reply {
        reply_to: file.reply_to,
        entries: file.entries,
    })
}

/// The first key of the file that no reply has, with its place (`entries[0]: unknown field
/// `private_notes``): at the top, in `version`, in `reply_to`, in an entry.
fn unknown_key(v: &serde_json::Value) -> Option<String> {
    let stray = |place: &str, v: &serde_json::Value, known: &[&str]| {
        let object = v.as_object()?;
        let key = object.keys().find(|k| !known.contains(&k.as_str()))?;
        let key = crate::domain::text::line(key).into_owned();
        Some(crate::t!("reply-unknown-field", place = place, key = key))
    };
    const TOP: &[&str] = &["format", "version", "kind", "reply_to", "entries"];
    stray(".", v, TOP)
        .or_else(|| stray("version", &v["version"], &["major", "minor"]))
        .or_else(|| stray("reply_to", &v["reply_to"], &["mentee", "key"]))
        .or_else(|| {
            let entries = v["entries"].as_array()?;
            entries
                .iter()
                .enumerate()
                .find_map(|(i, e)| stray(&format!("entries[{i}]"), e, reply::ENTRY_KEYS))
        })
}

/// The checks of every entry that need no store: how many, each well formed, no ID twice.
fn check_entries(entries: &[Entry]) -> Result<(), ReplyError> {
    if entries.len() > reply::MAX_ENTRIES {
        return Err(ReplyError::TooMany {
            count: entries.len(),
            limit: reply::MAX_ENTRIES,
        });
    }
    let mut ids = std::collections::HashSet::new();
    for e in entries {
        reply::check_entry(e)?;
        if !ids.insert(e.id.as_str()) {
            return Err(ReplyError::Duplicate(e.id.clone()));
        }
    }
    Ok(())
}

/// Reads the reply file at `path` (at most [`reply::MAX_BYTES`] of it are read).
pub fn read(path: &Path) -> Result<Reply, ReplyFileError> {
    let io = |error| ReplyFileError::Io {
        path: path.to_path_buf(),
        error,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    file.take(reply::MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > reply::MAX_BYTES {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(ReplyFileError::Refused {
            path: path.to_path_buf(),
            why: ReplyError::TooLarge {
                bytes: size,
                limit: reply::MAX_BYTES,
            },
        });
    }
    parse(&bytes, path)
}

/// The reply at `path` answering `to`, or a new empty one when there is no file yet. A file
/// answering another plan is refused ([`ReplyError::Identity`]).
pub fn read_or_new(path: &Path, to: &ReplyTo) -> Result<Reply, ReplyFileError> {
    match read(path) {
        Ok(r) if &r.reply_to == to => Ok(r),
        Ok(_) => Err(ReplyFileError::Refused {
            path: path.to_path_buf(),
            why: ReplyError::Identity,
        }),
        Err(ReplyFileError::Io { error, .. }) if error.kind() == std::io::ErrorKind::NotFound => {
            Ok(Reply {
                reply_to: to.clone(),
                entries: Vec::new(),
            })
        }
        Err(e) => Err(e),
    }
}

/// The file's bytes: pretty JSON ending in a newline.
pub fn to_bytes(r: &Reply) -> Vec<u8> {
    let file = ReplyFile {
        format: FORMAT.into(),
        version: CURRENT_VERSION,
        kind: KIND_REPLY.into(),
        reply_to: r.reply_to.clone(),
        entries: r.entries.clone(),
    };
    let mut bytes = super::json::to_vec_pretty(&file).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// Writes the reply to `path`: a new 0600 file beside it, renamed over it (a symlink there is
/// replaced, never followed).
/// A reply larger than a reader takes ([`reply::MAX_BYTES`]) is refused before anything is
/// written, so the file on disk always reads back.
pub fn write(path: &Path, r: &Reply) -> Result<(), ReplyFileError> {
    let bytes = to_bytes(r);
    if bytes.len() as u64 > reply::MAX_BYTES {
        return Err(ReplyFileError::Refused {
            path: path.to_path_buf(),
            why: ReplyError::TooLarge {
                bytes: bytes.len() as u64,
                limit: reply::MAX_BYTES,
            },
        });
    }
    super::bundle::write_new(path, &bytes, true).map_err(|error| ReplyFileError::Io {
        path: path.to_path_buf(),
        error,
    })
}
