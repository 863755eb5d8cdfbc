//! Reading one mentee without parsing the others: what `mentor goal list --mentee X` needs.
//!
//! A file mentor wrote has a layout a cheap scan can rely on (see [`super::format::raw`]): the
//! mentees are the last key, and each one's text starts at a line `    {` and ends at the first
//! line `    }` after it (a newline only stands between tokens, so a deeper value is indented
//! further). Each mentee's text starts with its `"id"` and `"name"`. So the header is parsed on
//! its own, the mentees are found by searching for those lines, and only their IDs and names are
//! read: enough to pick the one asked for by the very rule the full read uses
//! ([`crate::domain::Workspace::resolve_mentee`], run on the IDs and names alone). Only that mentee is parsed.
//!
//! Correctness first: anything not exactly as expected (another layout, a key this version does
//! not know, a name that picks out no mentee or several, a mentee whose text does not parse or
//! validate) answers "unsure" (`None`), and the caller reads the whole file the usual way, which
//! also says precisely what is wrong with a broken file.

use super::format::{self, layout};
use super::fs::{RealFs, read_capped};
use super::{LoadError, Loaded, MAX_FILE_BYTES};
use crate::domain::{Mentee, MenteeId, Workspace};
use chrono::NaiveDate;
use std::path::Path;
use std::sync::Arc;

/// Reads the file at `path` keeping only the mentee `query` picks out (by ID, whole name or a
/// unique start of the name, as [`crate::domain::Workspace::resolve_mentee`]); the workspace returned holds the
/// header and that one mentee. `Ok(None)` when unsure (see the module): read the whole file.
pub fn load_mentee(path: &Path, query: &str) -> Result<Option<Loaded>, LoadError> {
    let Some(bytes) = read_capped(&RealFs, path, MAX_FILE_BYTES)? else {
        return Ok(None);
    };
    Ok(scoped(&bytes, path, query))
}

/// [`load_mentee`] on the file's bytes.
pub fn scoped(bytes: &[u8], path: &Path, query: &str) -> Option<Loaded> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (parsed, _) = pick(bytes, path, query)?;
    Some(Loaded {
        workspace: parsed.workspace,
        version: parsed.version,
    })
}

/// What a change to the one mentee `query` picks needs of the file's `bytes`: the workspace of
/// the header and that mentee, and where the mentee's text stands in `bytes`. Only for a file of
/// this very version with no key it does not know, no byte order mark, and not replicated (a
/// replica's new IDs carry a tag that must not be in use anywhere in the file); `None` when
/// unsure, as [`load_mentee`].
pub fn for_edit(
    bytes: &[u8],
    path: &Path,
    query: &str,
) -> Option<(Workspace, std::ops::Range<usize>)> {
    let (parsed, text) = pick(bytes, path, query)?;
    let fits = parsed.version == format::CURRENT_VERSION
        && parsed.unknown.is_none()
        && !parsed.workspace.replicated;
    let start = (text.as_ptr() as usize).checked_sub(bytes.as_ptr() as usize)?;
    fits.then(|| (parsed.workspace, start..start + text.len()))
}

/// The header of `bytes` (no byte order mark) with the one mentee `query` picks, parsed and
/// validated with it, and that mentee's text.
fn pick<'a>(bytes: &'a [u8], path: &Path, query: &str) -> Option<(format::Parsed, &'a [u8])> {
    let layout::Split { header, items } = layout::split_checked(bytes)?;
    let mut parsed = format::parse(&header, path, true).ok()?;
    let stubs = items
        .iter()
        .map(|text| {
            head(text)
                .map(|(id, name)| Arc::new(Mentee::new(MenteeId(id), name, NaiveDate::default())))
        })
        .collect::<Option<Vec<_>>>()?;
    let ws = &mut parsed.workspace;
    ws.mentees = stubs;
    let i = ws.resolve_mentee(query).ok()?;
    let mentee = full(items[i])?;
    if mentee.id != ws.mentees[i].id || mentee.name != ws.mentees[i].name {
        return None;
    }
    ws.mentees = vec![Arc::new(mentee)];
    let tagged = ws.validate_tags().ok()?;
    if super::migrate::typed_step_refuses(parsed.version.major, tagged) {
        return None;
    }
    Some((parsed, items[i]))
}

/// A mentee's ID and name, read from the start of its text in mentor's layout.
fn head(text: &[u8]) -> Option<(String, String)> {
    let rest = text.strip_prefix(b"{\n      \"id\": ")?;
    let (id, rest) = string(rest)?;
    let rest = rest.strip_prefix(b",\n      \"name\": ")?;
    let (name, _) = string(rest)?;
    Some((id, name))
}

/// The JSON string `bytes` starts with, and what follows it.
fn string(bytes: &[u8]) -> Option<(String, &[u8])> {
    if bytes.first() != Some(&b'"') {
        return None;
    }
    let mut stream = serde_json::Deserializer::from_slice(bytes).into_iter::<String>();
    let value = stream.next()?.ok()?;
    Some((value, &bytes[stream.byte_offset()..]))
}

/// The whole mentee, with no key this version does not know.
fn full(text: &[u8]) -> Option<Mentee> {
    let mut unknown = false;
    let mut de = serde_json::Deserializer::from_slice(text);
    let mentee: Mentee = serde_ignored::deserialize(&mut de, |_| unknown = true).ok()?;
    de.end().ok()?;
    (!unknown).then_some(mentee)
}

#[cfg(test)]
mod tests;
