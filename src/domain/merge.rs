//! Merging two replicas of a store record by record, and saying what changed between two
//! versions of a workspace.
//!
//! [`merge`] is the three-way merge `mentor merge` runs for git: it works on the JSON documents
//! of whole store files, so fields this version does not know (written by a newer minor
//! version) merge like any other, as opaque values. A list whose elements are objects with a
//! string `"id"` is a list of records and merges record by record; every other list, and every
//! scalar, is one value; objects merge key by key. A value changed on one side only takes that
//! side's; changed differently on both, ours stays and theirs goes to the document's
//! `conflicts`. The rules in full are in `docs/SYNC.md`, "How two versions merge".

pub mod changes;
mod records;
mod refs;
mod value;

pub use changes::{Changes, changes};

use crate::domain::conflict::Conflict;
use chrono::NaiveDate;
use serde_json::{Map, Value};
use value::{Merger, Three};

/// What [`merge`] made.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The merged document, with the conflicts found added to its `conflicts` list.
    pub document: Value,
    /// The conflicts this merge found, in the order met.
    pub conflicts: Vec<Conflict>,
    /// References dropped because what they named was removed on the other side.
    pub dropped: usize,
}

/// Merges `ours` and `theirs`, two versions of a store document descended from `base`. OURS is
/// the file git merges into (the machine running the sync); where both sides changed a value
/// differently, OURS' value stays and a conflict found on `today` records THEIRS'. Merging with
/// a side equal to `base` gives the other side.
pub fn merge(base: &Value, ours: &Value, theirs: &Value, today: NaiveDate) -> Merged {
    let mut m = Merger::new(today);
    let three = Three {
        base: Some(base),
        ours: Some(ours),
        theirs: Some(theirs),
    };
    let mut document = match (three.settled(), base, ours, theirs) {
        (Some(settled), ..) => settled.cloned().unwrap_or(Value::Null),
        (None, b, Value::Object(o), Value::Object(t)) => {
            Value::Object(top(&mut m, b.as_object(), o, t))
        }
        (None, ..) => m.value(&mut Vec::new(), three).unwrap_or(Value::Null),
    };
    if let Some(doc) = document.as_object_mut() {
        add_conflicts(doc, &m.conflicts);
    }
    refs::restore_kept(&mut document, [ours, theirs], &m.conflicts);
    let dropped = refs::drop_dangling(&mut document);
    Merged {
        document,
        conflicts: m.conflicts,
        dropped,
    }
}

/// The top level: every key merged by the rules, then the keys with rules of their own.
fn top(
    m: &mut Merger,
    base: Option<&Map<String, Value>>,
    ours: &Map<String, Value>,
    theirs: &Map<String, Value>,
) -> Map<String, Value> {
    const OWN_RULES: [&str; 5] = [
        "next_id",
        "version",
        "replicated",
        "store_token",
        "conflicts",
    ];
    let strip = |map: &Map<String, Value>| -> Map<String, Value> {
        map.iter()
            .filter(|(k, _)| !OWN_RULES.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    let (b, o, t) = (base.map(strip), strip(ours), strip(theirs));
    let mut out = m.object(&mut Vec::new(), b.as_ref(), &o, &t);
    let three = |key: &str| Three {
        base: base.and_then(|b| b.get(key)),
        ours: ours.get(key),
        theirs: theirs.get(key),
    };
    let mut put = |key: &str, value: Option<Value>| {
        if let Some(value) = value {
            out.insert(key.to_string(), value);
        }
    };
    put("next_id", larger(three("next_id"), |v| v.as_u64()));
    put("version", larger(three("version"), version));
    let replicated = [ours, theirs]
        .iter()
        .any(|side| side.get("replicated") == Some(&Value::Bool(true)));
    put("replicated", replicated.then_some(Value::Bool(true)));
    put("store_token", store_token(three("store_token")));
    m.record = false;
    put(
        "conflicts",
        m.value(&mut vec!["conflicts".into()], three("conflicts")),
    );
    m.record = true;
    out
}

/// The larger of the two sides' values by `key` (either side's when only one reads).
fn larger<K: Ord>(three: Three, key: impl Fn(&Value) -> Option<K>) -> Option<Value> {
    let sides = [three.ours, three.theirs];
    let best = sides.iter().flatten().max_by_key(|v| key(v));
    best.map(|v| (*v).clone())
}

/// A format version `{"major": 1, "minor": 1}` as a pair to compare.
fn version(v: &Value) -> Option<(u64, u64)> {
    Some((v.get("major")?.as_u64()?, v.get("minor")?.as_u64()?))
}

/// The store token: by the rules, and when both sides set different ones, the smaller text (so
/// every machine settles on the same one).
fn store_token(three: Three) -> Option<Value> {
    if let Some(settled) = three.settled() {
        return settled.cloned();
    }
    match (three.ours, three.theirs) {
        (Some(Value::String(o)), Some(Value::String(t))) => Some(Value::from(o.min(t).as_str())),
        (ours, _) => ours.cloned(),
    }
}

/// Adds the conflicts found to the document's list; one at a place already listed replaces the
/// old entry (the same place gives the same ID).
fn add_conflicts(doc: &mut Map<String, Value>, found: &[Conflict]) {
    if found.is_empty() {
        return;
    }
    let list = doc
        .entry("conflicts")
        .or_insert_with(|| Value::Array(Vec::new()));
    if !list.is_array() {
        *list = Value::Array(Vec::new());
    }
    let Value::Array(list) = list else {
        return;
    };
    for c in found {
        let Ok(entry) = serde_json::to_value(c) else {
            continue;
        };
        let same = list
            .iter_mut()
            .find(|old| old.get("id").and_then(Value::as_str) == Some(c.id.as_str()));
        match same {
            Some(old) => *old = entry,
            None => list.push(entry),
        }
    }
}

#[cfg(test)]
mod tests;
