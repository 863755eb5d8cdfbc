//! A file edited through one of its mentees: the workspace in memory holds the header and that
//! one mentee, the file's other mentees stay the text they are, and a save puts the new header
//! and the mentee's new text in where the old ones stood (in the file's own buffer, so a large
//! file is held once).
//!
//! What it writes is exactly what [`super::serialize`] writes for the whole workspace the file
//! holds with that mentee changed, because a text is kept as it is only where the whole write
//! would keep it too: the file is in mentor's layout ([`crate::store::format::layout`]), ends as
//! mentor ends it, and holds no character the formatter escapes.

use super::{EMPTY_MENTEES, TAIL, Written, mentee_text, needs_escape, reusable};
use crate::domain::{Mentee, Workspace};
use crate::store::format::SchemaVersion;
use std::ops::Range;
use std::sync::Arc;

/// What opens the mentee array and its first mentee's text.
const OPEN: &[u8] = b"[\n    {";

/// The file and the one mentee of it that is being edited.
#[derive(Debug)]
pub struct One {
    bytes: Vec<u8>,
    /// Where the mentee array opens (its `[`): the header is everything before.
    open: usize,
    /// Where the mentee's text stands.
    span: Range<usize>,
    /// The mentee as read from (or last written to) that text.
    mentee: Arc<Mentee>,
}

impl One {
    /// `bytes` with `mentee` read from `span`; the bytes back when the file is not in a layout
    /// whose other texts a whole write would keep as they are.
    pub fn new(bytes: Vec<u8>, mentee: Arc<Mentee>, span: Range<usize>) -> Result<One, Vec<u8>> {
        let Some(open) = open_of(&bytes) else {
            return Err(bytes);
        };
        let fits = span.start > open
            && span.end <= bytes.len()
            && bytes.get(open..open + OPEN.len()) == Some(OPEN)
            && bytes.ends_with(TAIL)
            && !needs_escape(&bytes[open..]);
        if !fits {
            return Err(bytes);
        }
        Ok(One {
            bytes,
            open,
            span,
            mentee,
        })
    }

    /// True when `ws` holds exactly this mentee (changed or not): what a save can write.
    pub fn fits(&self, ws: &Workspace) -> bool {
        matches!(ws.mentees.as_slice(), [m] if m.id == self.mentee.id)
    }

    /// The file's bytes, given back.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// The new header and the mentee's text, for `ws` (which [`One::fits`]).
    fn parts(&self, ws: &Workspace, version: SchemaVersion) -> Option<(Vec<u8>, Option<Vec<u8>>)> {
        let mentee = match ws.mentees.as_slice() {
            [m] if m.id == self.mentee.id => m,
            _ => return None,
        };
        let mut header = super::super::header_bytes(ws, &[], version);
        if !header.ends_with(EMPTY_MENTEES) {
            return None;
        }
        header.truncate(header.len() - EMPTY_MENTEES.len());
        let old = self.bytes.get(self.span.clone())?;
        let text =
            (!(Arc::ptr_eq(mentee, &self.mentee) && reusable(old))).then(|| mentee_text(mentee));
        Some((header, text))
    }

    /// The file with `ws`'s header and mentee, in a new buffer; `None` when `ws` does not fit.
    pub fn serialize(&self, ws: &Workspace, version: SchemaVersion) -> Option<Vec<u8>> {
        let (header, text) = self.parts(ws, version)?;
        let text = text.as_deref().unwrap_or(&self.bytes[self.span.clone()]);
        let mut out = Vec::with_capacity(self.bytes.len() + header.len() + text.len());
        out.extend_from_slice(&header);
        out.extend_from_slice(&self.bytes[self.open..self.span.start]);
        out.extend_from_slice(text);
        out.extend_from_slice(&self.bytes[self.span.end..]);
        Some(out)
    }

    /// The same written in the file's own buffer: the new header and text put in where the old
    /// ones stood. `Err(self)` when `ws` does not fit.
    pub fn serialize_in_place(
        mut self,
        ws: &Workspace,
        version: SchemaVersion,
    ) -> Result<Written, One> {
        let Some((header, text)) = self.parts(ws, version) else {
            return Err(self);
        };
        let mut span = self.span.clone();
        if let Some(text) = text {
            // Room for what grows, at once (a splice past the capacity would double the buffer).
            let grows = text.len().saturating_sub(span.len()) + header.len();
            self.bytes.reserve_exact(grows);
            let len = text.len();
            self.bytes.splice(span.clone(), text);
            span = span.start..span.start + len;
        } else {
            self.bytes.reserve_exact(header.len());
        }
        self.bytes.splice(..self.open, header.iter().copied());
        let shift = header.len() as isize - self.open as isize;
        let span = span.start.saturating_add_signed(shift)..span.end.saturating_add_signed(shift);
        Ok(Written {
            bytes: self.bytes,
            spans: vec![span],
        })
    }

    /// What a save wrote for `mentee` (by [`One::serialize_in_place`]): the base for the next.
    pub fn written(written: Written, mentee: Arc<Mentee>) -> Option<One> {
        let span = written.spans.first()?.clone();
        let open = open_of(&written.bytes)?;
        Some(One {
            bytes: written.bytes,
            open,
            span,
            mentee,
        })
    }
}

/// Where the mentee array opens in a file in mentor's layout.
fn open_of(bytes: &[u8]) -> Option<usize> {
    let key = crate::store::format::layout::MENTEES;
    memchr::memmem::find(bytes, key).map(|at| at + key.len())
}

#[cfg(test)]
mod tests;
