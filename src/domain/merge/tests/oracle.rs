//! What the property test expects of a merge, worked out from the three documents leaf by
//! leaf: a document flattened into its places (object keys, and records by ID, as a conflict's
//! path names them) and the values at them.

use super::super::records::is_records;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

pub type Path = Vec<String>;

/// A document's leaves (scalars, lists that are not of records, empty objects) by place, and
/// the places of its records.
#[derive(Debug, Default, PartialEq)]
pub struct Flat {
    pub leaves: BTreeMap<Path, Value>,
    pub records: BTreeSet<Path>,
}

/// The top-level keys with rules of their own, left out of the leaf rules.
const OWN_RULES: [&str; 5] = [
    "next_id",
    "version",
    "replicated",
    "store_token",
    "conflicts",
];

pub fn flatten(doc: &Value) -> Flat {
    let mut flat = Flat::default();
    if let Value::Object(map) = doc {
        for (k, v) in map.iter().filter(|(k, _)| !OWN_RULES.contains(&k.as_str())) {
            walk(v, &mut vec![k.clone()], &mut flat);
        }
    }
    flat
}

fn walk(v: &Value, path: &mut Path, flat: &mut Flat) {
    match v {
        Value::Object(map) if !map.is_empty() => {
            for (k, item) in map {
                path.push(k.clone());
                walk(item, path, flat);
                path.pop();
            }
        }
        // An empty list holds nothing: no leaf (so a list emptied on one side and grown on the
        // other is not taken for a value changed on one side only).
        Value::Array(items) if items.is_empty() => {}
        Value::Array(items) if is_records(items) => {
            for item in items {
                let id = item["id"].as_str().unwrap_or_default().to_string();
                path.push(id);
                flat.records.insert(path.clone());
                walk(item, path, flat);
                path.pop();
            }
        }
        leaf => {
            flat.leaves.insert(path.clone(), leaf.clone());
        }
    }
}

/// The value at `path`: object keys, and in a list of records the record with that ID.
pub fn at<'a>(doc: &'a Value, path: &[String]) -> Option<&'a Value> {
    path.iter().try_fold(doc, |v, step| match v {
        Value::Object(map) => map.get(step),
        Value::Array(items) => items
            .iter()
            .find(|item| item.get("id").and_then(Value::as_str) == Some(step)),
        _ => None,
    })
}

/// Puts `value` at `path` (which must lead somewhere).
pub fn put(doc: &mut Value, path: &[String], value: Value) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut v = doc;
    for step in parents {
        v = match v {
            Value::Object(map) => map.get_mut(step).unwrap(),
            Value::Array(items) => items
                .iter_mut()
                .find(|item| item.get("id").and_then(Value::as_str) == Some(step))
                .unwrap(),
            _ => panic!("nowhere to put {path:?}"),
        };
    }
    match v {
        Value::Object(map) => {
            map.insert(last.clone(), value);
        }
        Value::Array(items) => {
            let slot = items
                .iter_mut()
                .find(|item| item.get("id").and_then(Value::as_str) == Some(last))
                .unwrap();
            *slot = value;
        }
        _ => panic!("nowhere to put {path:?}"),
    }
}

/// A reference to another record, which the merge may drop when its target was removed.
pub fn is_reference(path: &[String]) -> bool {
    let last = path.last().map(String::as_str);
    let parent = path
        .len()
        .checked_sub(3)
        .and_then(|i| path.get(i))
        .map(String::as_str);
    matches!(
        (parent, last),
        (Some("sessions" | "stages"), Some("goals"))
            | (Some("feedback"), Some("goal"))
            | (Some("sessions"), Some("series"))
    )
}

/// The places where the merge must record a conflict: fields changed differently on both sides
/// (both still there), and records removed on one side (their parent still there) and changed
/// on the other.
pub fn expected_conflicts(base: &Value, a: &Value, b: &Value) -> BTreeSet<Path> {
    let (fb, fa, fbb) = (flatten(base), flatten(a), flatten(b));
    let mut out = BTreeSet::new();
    for (p, va) in &fa.leaves {
        let vb = fb.leaves.get(p);
        if let Some(vx) = fbb.leaves.get(p)
            && Some(va) != vb
            && Some(vx) != vb
            && va != vx
        {
            out.insert(p.clone());
        }
    }
    for r in &fb.records {
        // The record holding this one, if any: the removal is decided there when it went too.
        let parent = (1..r.len())
            .rev()
            .map(|n| &r[..n])
            .find(|p| fb.records.contains(*p));
        let parent_in = |side: &Flat| parent.is_none_or(|p| side.records.contains(p));
        let changed = |side: &Value| at(side, r) != at(base, r);
        let removed_a = !fa.records.contains(r) && parent_in(&fa);
        let removed_b = !fbb.records.contains(r) && parent_in(&fbb);
        if (removed_a && fbb.records.contains(r) && changed(b))
            || (removed_b && fa.records.contains(r) && changed(a))
        {
            out.insert(r.clone());
        }
    }
    out
}
