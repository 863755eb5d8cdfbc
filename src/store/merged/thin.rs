//! Merging three versions without turning every mentee into a document: a mentee whose text two
//! of the versions agree on is settled before the merge (ours and theirs the same: that; one of
//! them the same as the base: the other), so only the mentees changed on both sides are merged
//! record by record. A settled mentee stands in the documents as a small stub, the same in all
//! three (so the merge keeps it where it is and changes nothing in it), and its text is put back
//! in the merged text in the stub's place before that text is parsed and validated as a whole.
//!
//! Equal texts are equal values, so a mentee settled here is exactly what the record merge would
//! have made of it; two texts of one value written differently (a file edited by hand) are
//! merely not settled, and merge as documents.

use super::super::format::layout;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::ops::Range;

/// The key that marks a stub. A version whose text holds it anywhere is not thinned.
const STUB_KEY: &str = "mentor-merge-settled";

/// One version's text in the store's layout, cut into its header and its mentees' texts.
#[derive(Debug)]
pub struct Cut {
    text: Vec<u8>,
    header: Range<usize>,
    mentees: Vec<(String, Range<usize>)>,
}

impl Cut {
    /// `text` cut at the lines of the layout, `ids` the IDs of its mentees in order; `None`
    /// when the text is not in the layout.
    pub fn new(text: Vec<u8>, ids: Vec<String>) -> Option<Cut> {
        let split = layout::split_checked(&text)?;
        if split.items.len() != ids.len() {
            return None;
        }
        let at = |item: &[u8]| {
            let start = item.as_ptr() as usize - text.as_ptr() as usize;
            start..start + item.len()
        };
        let mentees: Vec<(String, Range<usize>)> = ids
            .into_iter()
            .zip(split.items.iter().map(|i| at(i)))
            .collect();
        let header = 0..split.header.len() - b"[]\n}".len();
        Some(Cut {
            header,
            mentees,
            text,
        })
    }

    /// An empty version (git's base when both sides added the file).
    pub fn nothing() -> Cut {
        Cut {
            text: Vec::new(),
            header: 0..0,
            mentees: Vec::new(),
        }
    }

    fn mentee(&self, id: &str) -> Option<&[u8]> {
        self.mentees
            .iter()
            .find(|(m, _)| m == id)
            .map(|(_, r)| &self.text[r.clone()])
    }

    /// The whole document, every mentee in it.
    pub fn document(&self) -> serde_json::Result<Value> {
        self.thinned(&HashMap::new())
    }

    /// The document with each mentee of `settled` replaced by its stub.
    fn thinned(&self, settled: &HashMap<String, Value>) -> serde_json::Result<Value> {
        if self.text.is_empty() {
            return Ok(Value::Object(Map::new()));
        }
        let mut header = self.text[self.header.clone()].to_vec();
        header.extend_from_slice(b"[]\n}");
        let mut doc: Value = serde_json::from_slice(&header)?;
        let mentees = self
            .mentees
            .iter()
            .map(|(id, r)| match settled.get(id) {
                Some(stub) => Ok(stub.clone()),
                None => serde_json::from_slice(&self.text[r.clone()]),
            })
            .collect::<serde_json::Result<Vec<Value>>>()?;
        if let Some(o) = doc.as_object_mut() {
            o.insert("mentees".into(), Value::Array(mentees));
        }
        Ok(doc)
    }
}

/// The three documents to merge, with the settled mentees as stubs, and what the stubs stand
/// for.
pub struct Thinned {
    pub base: Value,
    pub ours: Value,
    pub theirs: Value,
    /// Each stub's compact text and the settled mentee's text.
    settled: Vec<(Vec<u8>, Vec<u8>)>,
}

/// Settles every mentee two versions agree on, and makes the documents of the rest. Nothing is
/// settled when a version's text holds the stub key anywhere.
pub fn thin(base: &Cut, ours: &Cut, theirs: &Cut) -> serde_json::Result<Thinned> {
    let mut stubs = HashMap::new();
    let mut settled = Vec::new();
    let has_key = |c: &Cut| memchr::memmem::find(&c.text, STUB_KEY.as_bytes()).is_some();
    let thinnable = ![base, ours, theirs].into_iter().any(has_key);
    for (id, r) in ours.mentees.iter().filter(|_| thinnable) {
        let o = &ours.text[r.clone()];
        let Some(t) = theirs.mentee(id) else {
            continue;
        };
        let b = base.mentee(id);
        let text = if o == t || b == Some(t) {
            o
        } else if b == Some(o) {
            t
        } else {
            continue;
        };
        let stub = serde_json::json!({ "id": id, STUB_KEY: settled.len() });
        settled.push((serde_json::to_vec(&stub)?, text.to_vec()));
        stubs.insert(id.clone(), stub);
    }
    Ok(Thinned {
        base: base.thinned(&stubs)?,
        ours: ours.thinned(&stubs)?,
        theirs: theirs.thinned(&stubs)?,
        settled,
    })
}

impl Thinned {
    /// The merged document's text with every stub replaced by the text it stands for; `None`
    /// when a stub is not found exactly once, in order (the merge never drops or moves one
    /// past another, so this does not happen).
    pub fn fill(&self, merged: &Value) -> Option<Vec<u8>> {
        let compact = serde_json::to_vec(merged).ok()?;
        let extra: usize = self.settled.iter().map(|(_, t)| t.len()).sum();
        let mut out = Vec::with_capacity(compact.len() + extra);
        let mut from = 0;
        let mut order: Vec<(usize, usize)> = Vec::with_capacity(self.settled.len());
        for (i, (stub, _)) in self.settled.iter().enumerate() {
            let at = memchr::memmem::find(&compact, stub)?;
            if memchr::memmem::find(&compact[at + 1..], stub).is_some() {
                return None;
            }
            order.push((at, i));
        }
        order.sort_unstable();
        for (at, i) in order {
            let (stub, text) = &self.settled[i];
            if at < from {
                return None;
            }
            out.extend_from_slice(&compact[from..at]);
            out.extend_from_slice(text);
            from = at + stub.len();
        }
        out.extend_from_slice(&compact[from..]);
        Some(out)
    }
}

#[cfg(test)]
mod tests;
