//! Lists of records merged by ID, and the order of the merged list.

use super::value::{Merger, Three};
use crate::domain::conflict::ConflictKind;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// True for a list of records: every element an object with a key of its own (see [`id_of`]),
/// no key twice. An empty list is one too (records may be added to it).
pub fn is_records(list: &[Value]) -> bool {
    let mut seen = HashSet::new();
    list.iter()
        .all(|item| id_of(item).is_some_and(|id| seen.insert(id)))
}

/// A record's key: its string `"id"`; for the kinds of record that have none, the key they are
/// known by: a decided reply entry (`Mentee.replies`) by its entry's `id`, an asked question
/// (`Mentee.asked`) by its `question`. So two machines deciding different entries, or asking
/// different questions, both keep theirs.
fn id_of(item: &Value) -> Option<&str> {
    let o = item.as_object()?;
    match o.get("id") {
        Some(id) => id.as_str(),
        None => o
            .get("entry")
            .and_then(|e| e.get("id"))
            .or_else(|| o.get("question"))?
            .as_str(),
    }
}

fn by_id(list: &[Value]) -> HashMap<&str, &Value> {
    list.iter()
        .filter_map(|item| Some((id_of(item)?, item)))
        .collect()
}

fn ids(list: &[Value]) -> Vec<&str> {
    list.iter().filter_map(id_of).collect()
}

/// Merges two lists of records changed on both sides, record by record (a base that is not a
/// list of records counts as empty). A record removed on one side and changed on the other is
/// kept as changed, with a [`ConflictKind::Removed`] conflict.
pub fn merge(
    m: &mut Merger,
    path: &mut Vec<String>,
    base: Option<&Vec<Value>>,
    ours: &[Value],
    theirs: &[Value],
) -> Vec<Value> {
    let empty = Vec::new();
    let base = base.unwrap_or(&empty);
    let (b, o, t) = (by_id(base), by_id(ours), by_id(theirs));
    let mut merged: HashMap<&str, Value> = HashMap::new();
    for id in ids(ours).into_iter().chain(ids(theirs)) {
        if merged.contains_key(id) {
            continue;
        }
        let three = Three {
            base: b.get(id).copied(),
            ours: o.get(id).copied(),
            theirs: t.get(id).copied(),
        };
        path.push(id.to_string());
        let record = self::record(m, path, three);
        path.pop();
        if let Some(record) = record {
            merged.insert(id, record);
        }
    }
    order(&ids(base), &ids(ours), &ids(theirs), &merged)
        .into_iter()
        .filter_map(|id| merged.remove(id))
        .collect()
}

/// One record: the value rules, and an edit beats a removal.
fn record(m: &mut Merger, path: &mut Vec<String>, three: Three) -> Option<Value> {
    if let Some(settled) = three.settled() {
        return settled.cloned();
    }
    match (three.ours, three.theirs) {
        (Some(_), Some(_)) => m.value(path, three),
        (kept, None) | (None, kept) => {
            m.conflict(path, ConflictKind::Removed, kept, None);
            kept.cloned()
        }
    }
}

/// The order of the merged list: ours' order, with each record only theirs has placed after
/// the record before it in theirs (and after the records ours added right there, so two lists
/// that both grew at the end read ours' new records first); theirs' order (and ours' records
/// placed likewise) when only theirs changed the relative order of the records all three
/// versions hold.
fn order<'a>(
    base: &[&'a str],
    ours: &[&'a str],
    theirs: &[&'a str],
    kept: &HashMap<&'a str, Value>,
) -> Vec<&'a str> {
    let in_all: HashSet<&str> = {
        let (o, t): (HashSet<_>, HashSet<_>) = (ours.iter().collect(), theirs.iter().collect());
        base.iter()
            .filter(|id| o.contains(id) && t.contains(id))
            .copied()
            .collect()
    };
    let common = |list: &[&'a str]| -> Vec<&'a str> {
        list.iter()
            .filter(|id| in_all.contains(*id))
            .copied()
            .collect()
    };
    let theirs_moved = common(ours) == common(base) && common(theirs) != common(base);
    let (first, second) = if theirs_moved {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let mut out: Vec<&str> = first
        .iter()
        .filter(|id| kept.contains_key(*id))
        .copied()
        .collect();
    let mut placed: HashSet<&str> = out.iter().copied().collect();
    let in_second: HashSet<&str> = second.iter().copied().collect();
    for (i, id) in second.iter().enumerate() {
        if placed.contains(id) || !kept.contains_key(id) {
            continue;
        }
        let anchor = second[..i].iter().rev().find(|p| placed.contains(*p));
        let mut at = anchor
            .and_then(|a| out.iter().position(|x| x == a))
            .map_or(0, |p| p + 1);
        while at < out.len() && !in_second.contains(out[at]) {
            at += 1;
        }
        out.insert(at, id);
        placed.insert(id);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(ids: &[&'static str]) -> HashMap<&'static str, Value> {
        ids.iter().map(|id| (*id, Value::Null)).collect()
    }

    #[test]
    fn records_only_theirs_has_go_after_their_predecessor_in_theirs() {
        let k = kept(&["a", "b", "c", "x", "y", "z"]);
        let got = order(
            &["a", "b", "c"],
            &["a", "b", "c", "z"],
            &["x", "a", "y", "b", "c"],
            &k,
        );
        assert_eq!(got, ["x", "a", "y", "b", "c", "z"]);
    }

    #[test]
    fn theirs_order_wins_when_only_theirs_moved_a_record() {
        let k = kept(&["a", "b", "c", "n"]);
        let got = order(
            &["a", "b", "c"],
            &["a", "b", "n", "c"],
            &["c", "a", "b"],
            &k,
        );
        assert_eq!(got, ["c", "a", "b", "n"]);
        // Both moved: ours' order.
        let got = order(&["a", "b", "c"], &["b", "a", "c"], &["c", "a", "b"], &k);
        assert_eq!(got, ["b", "a", "c"]);
    }

    #[test]
    fn a_list_of_records_has_an_id_on_every_element_once() {
        let rec = |id: &str| serde_json::json!({ "id": id });
        assert!(is_records(&[]));
        assert!(is_records(&[rec("a"), rec("b")]));
        assert!(!is_records(&[rec("a"), rec("a")]));
        assert!(!is_records(&[rec("a"), Value::from("b")]));
        assert!(!is_records(&[serde_json::json!({ "id": 3 })]));
    }
}
