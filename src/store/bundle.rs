//! The mentee bundle: one mentee's shareable plan, as a store file of kind `mentee-bundle`.
//!
//! ```json
//! { "format": "mentor", "version": {"major": 2, "minor": 0}, "kind": "mentee-bundle",
//!   "mentor": "Sam Rivera", "shared_at": "2026-11-29T10:42:00+01:00", "mentee": { ... } }
//! ```
//!
//! The `mentee` part is a [`MenteeView`]: built by projection from an allow list, so nothing
//! private can be in it. A bundle is written as a new file of mode 0600 that never replaces an
//! existing file, and never follows a symlink planted where it goes, unless `force` is asked;
//! even then the symlink itself is replaced, never the file it points to.

use super::error::LoadError;
use super::format::{CURRENT_VERSION, FORMAT, SchemaVersion};
use crate::domain::Workspace;
use crate::domain::projection::{AnswerView, MenteeView, answers, project, reply_to};
use crate::domain::reply::ReplyTo;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// The kind of a bundle file.
pub const KIND_BUNDLE: &str = "mentee-bundle";

/// One mentee's plan, as shared with them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub format: String,
    pub version: SchemaVersion,
    pub kind: String,
    /// The mentor's name.
    pub mentor: String,
    pub shared_at: DateTime<FixedOffset>,
    pub mentee: MenteeView,
    /// Who the bundle is for and the key a reply echoes (absent in bundles shared before
    /// replies existed: those cannot be replied to).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<ReplyTo>,
    /// The mentor's answer to each entry of the mentee's replies decided so far.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<AnswerView>,
}

impl Bundle {
    /// The bundle of the mentee at `index`, shared at `now`.
    pub fn of(ws: &Workspace, index: usize, now: DateTime<FixedOffset>) -> Option<Bundle> {
        let mentee = ws.mentees.get(index)?;
        Some(Bundle {
            format: FORMAT.into(),
            version: CURRENT_VERSION,
            kind: KIND_BUNDLE.into(),
            mentor: ws.mentor.name.clone(),
            shared_at: now,
            mentee: project(mentee),
            reply_to: reply_to(mentee),
            answers: answers(mentee),
        })
    }

    /// The file's bytes: pretty JSON ending in a newline.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = super::json::to_vec_pretty(self).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }

    /// A workspace holding only the mentee of the bundle, for display.
    pub fn to_workspace(&self) -> Workspace {
        let mut ws = Workspace {
            next_id: 0,
            ..Workspace::default()
        };
        ws.mentor.name = self.mentor.clone();
        ws.push_mentee(self.mentee.to_mentee());
        ws
    }
}

/// Reads a bundle; errors name the file, line, column and the place in the document.
pub fn parse(bytes: &[u8], path: &Path) -> Result<Bundle, LoadError> {
    #[derive(Deserialize)]
    struct Header {
        version: Option<SchemaVersion>,
    }
    if let Ok(Header { version: Some(v) }) = serde_json::from_slice::<Header>(bytes)
        && v.major > CURRENT_VERSION.major
    {
        return Err(LoadError::NewerMajor {
            path: path.to_path_buf(),
            found: v.to_string(),
            supported: CURRENT_VERSION.major,
        });
    }
    let explain = |inner: &serde_json::Error, doc_path: String| {
        let full = inner.to_string();
        let message = full
            .rfind(" at line ")
            .map_or(full.clone(), |i| full[..i].to_string());
        LoadError::Parse {
            path: path.to_path_buf(),
            line: inner.line(),
            column: inner.column(),
            doc_path,
            message: crate::domain::text::line(&message).into_owned(),
        }
    };
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let bundle: Bundle = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| explain(e.inner(), e.path().to_string()))?;
    de.end().map_err(|e| explain(&e, ".".into()))?;
    if bundle.format != FORMAT || bundle.kind != KIND_BUNDLE {
        return Err(LoadError::WrongKind {
            path: path.to_path_buf(),
            found: bundle.kind,
            expected: KIND_BUNDLE,
        });
    }
    Ok(bundle)
}

/// A file name for a mentee's bundle: the name in lower case, letters, digits and dashes only
/// (no dots, separators or leading dashes), then `.mentor.json`.
pub fn file_name_for(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let stem = out.trim_matches('-');
    let stem = if stem.is_empty() { "mentee" } else { stem };
    format!("{stem}.mentor.json")
}

/// Writes `bytes` to a new file at `path`, mode 0600. Without `force` an existing file or link
/// at `path` is an error (`AlreadyExists`). With `force` the new file is written beside it and
/// renamed over it, which replaces a symlink itself rather than the file it points to.
pub fn write_new(path: &Path, bytes: &[u8], force: bool) -> io::Result<()> {
    let create = |p: &Path| {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(p)
    };
    let write = |p: &Path| -> io::Result<()> {
        let mut file = create(p)?;
        let done = file.write_all(bytes).and_then(|()| file.sync_all());
        if done.is_err() {
            let _ = std::fs::remove_file(p);
        }
        done
    };
    if !force {
        return write(path);
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    write(&tmp)?;
    if let Err(e) = std::fs::rename(&tmp, path) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::File::open(dir).and_then(|d| d.sync_all())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_tame() {
        assert_eq!(file_name_for("Alice Moreau"), "alice-moreau.mentor.json");
        assert_eq!(file_name_for("../../etc/passwd"), "etc-passwd.mentor.json");
        assert_eq!(file_name_for(".hidden"), "hidden.mentor.json");
        assert_eq!(file_name_for("Émile Zoë"), "émile-zoë.mentor.json");
        assert_eq!(file_name_for("///"), "mentee.mentor.json");
        assert_eq!(file_name_for("a\x1b[2Jb"), "a-2jb.mentor.json");
    }
}
