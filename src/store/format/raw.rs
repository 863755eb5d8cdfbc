//! Writing a workspace so that a save costs what it changes: every mentee still the very value
//! that was read from the file (or last written to it) is written back as the text it had there,
//! and only the others are serialised, on several threads when there are many.
//!
//! The file's layout makes this exact. [`super::serialize`] writes pretty JSON, in which a value's
//! text depends only on the value and its depth, and a newline only ever stands between tokens
//! (inside a string it is written `\n`). So a mentee's text at its place in the file is its text
//! on its own with four spaces after every newline, and the text read from a file mentor wrote is
//! byte for byte what a fresh serialisation gives (tests below check both on the demo and on a
//! generated workspace). A text is reused only when it has that layout and holds no character
//! the [`crate::store::json`] formatter would escape; otherwise the mentee is serialised afresh.
//!
//! "The very value" is decided by pointer: the workspace holds mentees as `Arc<Mentee>`, and
//! [`Base`] keeps a clone of each `Arc` it read, so any change to a mentee (`Arc::make_mut`, or a
//! new `Arc`) gives it a new address, and an address [`Base`] holds cannot be reused. Every text
//! written this way was parsed into that very mentee and validated with the whole workspace when
//! it was loaded.

use crate::domain::{Mentee, Workspace};
use std::collections::HashMap;
use std::num::NonZeroUsize;
use std::ops::Range;
use std::sync::Arc;
use std::thread;

mod one;
pub use one::One;

/// A mentee's text as it stands in the file: the indent of its first line.
const ITEM_INDENT: &[u8] = b"\n    ";
/// What ends the mentees array and the file.
const TAIL: &[u8] = b"\n  ]\n}\n";
/// How the header ends when serialised with no mentees.
const EMPTY_MENTEES: &[u8] = b"[]\n}";
/// Below this many mentees to serialise, one thread does it.
const PARALLEL_FROM: usize = 64;
/// At most this many threads serialise mentees.
const MAX_THREADS: usize = 8;

/// The file as last read or written, with each mentee's text in it.
#[derive(Debug)]
pub struct Base {
    bytes: Vec<u8>,
    mentees: Vec<(Arc<Mentee>, Range<usize>)>,
}

impl Base {
    /// `spans[i]` is where `mentees[i]` stands in `bytes`; `None` when they do not pair up.
    pub fn new(bytes: Vec<u8>, mentees: &[Arc<Mentee>], spans: Vec<Range<usize>>) -> Option<Base> {
        if mentees.len() != spans.len() || spans.iter().any(|s| s.end > bytes.len()) {
            return None;
        }
        let mentees = mentees.iter().cloned().zip(spans).collect();
        Some(Base { bytes, mentees })
    }

    /// Lets go of the text (no mentee is reused until [`Base::put_text`] gives it back); returns
    /// its length.
    pub fn take_text(&mut self) -> usize {
        let len = self.bytes.len();
        self.bytes = Vec::new();
        len
    }

    /// Gives back the text let go of by [`Base::take_text`]: `bytes` must be the very same
    /// text (the caller knows it by its hash), `len` long.
    pub fn put_text(&mut self, bytes: Vec<u8>, len: usize) {
        if bytes.len() == len {
            self.bytes = bytes;
        }
    }

    /// The reusable text of `mentee`, the `i`th of the workspace being written.
    fn text_of<'a>(
        &'a self,
        mentee: &Arc<Mentee>,
        i: usize,
        index: &mut Option<HashMap<usize, usize>>,
    ) -> Option<&'a [u8]> {
        let same = |k: usize| self.mentees.get(k).filter(|(m, _)| Arc::ptr_eq(m, mentee));
        // Mostly mentees stay where they were; else look the pointer up.
        let found = same(i).or_else(|| {
            let index = index.get_or_insert_with(|| {
                self.mentees
                    .iter()
                    .enumerate()
                    .map(|(k, (m, _))| (Arc::as_ptr(m) as usize, k))
                    .collect()
            });
            index
                .get(&(Arc::as_ptr(mentee) as usize))
                .and_then(|&k| same(k))
        })?;
        let text = self.bytes.get(found.1.clone())?;
        reusable(text).then_some(text)
    }
}

/// A text written as it is: in the layout a fresh serialisation has at a mentee's depth, and
/// holding nothing the formatter would escape.
fn reusable(text: &[u8]) -> bool {
    text.starts_with(b"{\n      \"") && text.ends_with(b"\n    }") && !needs_escape(text)
}

/// True when `text` holds a character [`crate::store::json`] writes as `\uXXXX`: a control
/// character (JSON allows DEL and C1 controls raw in strings), a bidi control, or a line or
/// paragraph separator. Only bytes that can start one are looked at closely.
fn needs_escape(text: &[u8]) -> bool {
    if memchr::memchr(0x7f, text).is_some() {
        return true;
    }
    memchr::memchr3_iter(0xc2, 0xd8, 0xe2, text).any(|at| {
        let end = (at + 3).min(text.len());
        let head = &text[at..end];
        let c = (1..=head.len())
            .rev()
            .find_map(|n| std::str::from_utf8(&head[..n]).ok())
            .and_then(|s| s.chars().next());
        c.is_some_and(crate::store::json::escaped)
    })
}

/// What a save writes, and where each mentee stands in it.
#[derive(Debug)]
pub struct Written {
    pub bytes: Vec<u8>,
    pub spans: Vec<Range<usize>>,
}

/// `ws` as the file's bytes (see [`super::serialize`]), each mentee `base` holds unchanged
/// written as its text there.
pub fn serialize(ws: &Workspace, base: Option<&Base>, version: super::SchemaVersion) -> Written {
    let mut header = super::header_bytes(ws, &[], version);
    if ws.mentees.is_empty() || !header.ends_with(EMPTY_MENTEES) {
        header.push(b'\n');
        return Written {
            bytes: header,
            spans: Vec::new(),
        };
    }
    header.truncate(header.len() - EMPTY_MENTEES.len());
    let mut index = None;
    let reused: Vec<Option<&[u8]>> = ws
        .mentees
        .iter()
        .enumerate()
        .map(|(i, m)| base.and_then(|b| b.text_of(m, i, &mut index)))
        .collect();
    let fresh = fresh_texts(ws, &reused);
    let size: usize = header.len()
        + 1
        + reused
            .iter()
            .zip(&fresh)
            .map(|(r, f)| r.map_or_else(|| f.len(), <[u8]>::len) + ITEM_INDENT.len() + 1)
            .sum::<usize>()
        + TAIL.len();
    let mut bytes = Vec::with_capacity(size);
    bytes.extend_from_slice(&header);
    bytes.push(b'[');
    let mut spans = Vec::with_capacity(ws.mentees.len());
    for (i, (r, f)) in reused.iter().zip(&fresh).enumerate() {
        if i > 0 {
            bytes.push(b',');
        }
        bytes.extend_from_slice(ITEM_INDENT);
        let start = bytes.len();
        bytes.extend_from_slice(r.unwrap_or(f));
        spans.push(start..bytes.len());
    }
    bytes.extend_from_slice(TAIL);
    Written { bytes, spans }
}

/// At most this many changed mentees are put into the old text in place; more are written into a
/// new buffer (each one in place moves the rest of the file).
const IN_PLACE_MAX: usize = 8;

/// [`serialize`] into the base's own buffer when only a few mentees changed in place (none added,
/// removed or moved): the new header and each changed mentee's text are put in where the old ones
/// stood, so a save of a large file holds it once in memory, not twice. Otherwise as
/// [`serialize`]. The base is used up either way: what is returned describes the new text.
pub fn serialize_reusing(
    ws: &Workspace,
    base: Option<Base>,
    version: super::SchemaVersion,
) -> Written {
    let fits = |b: &Base| {
        b.mentees.len() == ws.mentees.len()
            && !ws.mentees.is_empty()
            && b.mentees.iter().all(|(_, span)| span.end <= b.bytes.len())
    };
    let Some(base) = base.filter(fits) else {
        return serialize(ws, None, version);
    };
    let changed: Vec<usize> = (0..ws.mentees.len())
        .filter(|&i| {
            let (old, span) = &base.mentees[i];
            !(Arc::ptr_eq(old, &ws.mentees[i])
                && base.bytes.get(span.clone()).is_some_and(reusable))
        })
        .collect();
    let first = base.mentees[0].1.start;
    let header = super::header_bytes(ws, &[], version);
    let open = first.checked_sub(ITEM_INDENT.len() + 1);
    let head_ok = header.ends_with(EMPTY_MENTEES)
        && open.and_then(|o| base.bytes.get(o..first)) == Some(b"[\n    ".as_slice());
    // What follows the last mentee is kept as it is: only mentor's own ending may be (a file
    // edited by hand may hold keys after the mentees, which the new header already has).
    let last = base.mentees.last().map_or(0, |(_, span)| span.end);
    let tail_ok = base.bytes.get(last..) == Some(TAIL);
    if changed.len() > IN_PLACE_MAX || !head_ok || !tail_ok {
        return serialize(ws, Some(&base), version);
    }
    let Base { mut bytes, mentees } = base;
    let mut spans: Vec<Range<usize>> = mentees.into_iter().map(|(_, span)| span).collect();
    let texts: Vec<Vec<u8>> = changed
        .iter()
        .map(|&i| mentee_text(&ws.mentees[i]))
        .collect();
    // Room for what grows, at once (a splice past the capacity would double the buffer).
    let longer: usize = changed
        .iter()
        .zip(&texts)
        .map(|(&i, t)| t.len().saturating_sub(spans[i].len()))
        .sum();
    bytes.reserve_exact(longer + header.len());
    // From the last change to the first, so that the places before each are still right.
    for (&i, text) in changed.iter().zip(texts).rev() {
        let old = spans[i].clone();
        let grown = text.len() as isize - old.len() as isize;
        bytes.splice(old.clone(), text);
        spans[i] = old.start..old.end.saturating_add_signed(grown);
        for later in &mut spans[i + 1..] {
            *later =
                later.start.saturating_add_signed(grown)..later.end.saturating_add_signed(grown);
        }
    }
    let head = &header[..header.len() - EMPTY_MENTEES.len()];
    let old_head = open.unwrap_or(0);
    let grown = head.len() as isize - old_head as isize;
    bytes.splice(..old_head, head.iter().copied());
    for span in &mut spans {
        *span = span.start.saturating_add_signed(grown)..span.end.saturating_add_signed(grown);
    }
    Written { bytes, spans }
}

/// The text of every mentee not reused (empty for the others), serialised on up to one thread
/// per core when there are many.
fn fresh_texts(ws: &Workspace, reused: &[Option<&[u8]>]) -> Vec<Vec<u8>> {
    let todo: Vec<usize> = (0..reused.len()).filter(|&i| reused[i].is_none()).collect();
    let mut out: Vec<Vec<u8>> = vec![Vec::new(); reused.len()];
    let threads = if todo.len() < PARALLEL_FROM {
        1
    } else {
        thread::available_parallelism()
            .map_or(1, NonZeroUsize::get)
            .min(MAX_THREADS)
    };
    if threads == 1 {
        for &i in &todo {
            out[i] = mentee_text(&ws.mentees[i]);
        }
        return out;
    }
    let chunk = todo.len().div_ceil(threads);
    let done: Vec<Vec<(usize, Vec<u8>)>> = thread::scope(|scope| {
        let work = |part: &[usize]| -> Vec<(usize, Vec<u8>)> {
            part.iter()
                .map(|&i| (i, mentee_text(&ws.mentees[i])))
                .collect()
        };
        let mut parts = todo.chunks(chunk);
        let mine = parts.next().unwrap_or(&[]);
        let helpers: Vec<_> = parts
            .map(|part| {
                (
                    part,
                    thread::Builder::new().spawn_scoped(scope, move || work(part)),
                )
            })
            .collect();
        let mut done = vec![work(mine)];
        for (part, helper) in helpers {
            // A thread the system refused to start: its share is done here.
            done.push(match helper {
                Ok(h) => h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
                Err(_) => work(part),
            });
        }
        done
    });
    for (i, text) in done.into_iter().flatten() {
        out[i] = text;
    }
    out
}

/// One mentee as pretty JSON at its depth in the file: its text on its own, with four more
/// spaces after every newline.
fn mentee_text(mentee: &Mentee) -> Vec<u8> {
    let alone = crate::store::json::to_vec_pretty(mentee).unwrap_or_default();
    let lines = memchr::memchr_iter(b'\n', &alone).count();
    let mut out = Vec::with_capacity(alone.len() + 4 * lines);
    let mut from = 0;
    for at in memchr::memchr_iter(b'\n', &alone) {
        out.extend_from_slice(&alone[from..=at]);
        out.extend_from_slice(b"    ");
        from = at + 1;
    }
    out.extend_from_slice(&alone[from..]);
    out
}

#[cfg(test)]
mod tests;
