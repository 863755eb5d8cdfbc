//! References a merge left dangling: a record that names a goal or a series removed on the
//! other side. Each is dropped the way [`crate::domain::ops::Op::Remove`] drops them when the
//! goal or series is removed: from a session's and a stage's goals, a feedback note's goal, a
//! session's series slot.

use serde_json::{Map, Value};
use std::collections::HashSet;

/// Drops every dangling reference in the document's mentees; how many were dropped.
pub fn drop_dangling(doc: &mut Value) -> usize {
    let Some(mentees) = doc.get_mut("mentees").and_then(Value::as_array_mut) else {
        return 0;
    };
    mentees
        .iter_mut()
        .filter_map(Value::as_object_mut)
        .map(mentee)
        .sum()
}

fn ids(m: &Map<String, Value>, list: &str) -> HashSet<String> {
    m.get(list)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|r| r.get("id")?.as_str().map(str::to_string))
        .collect()
}

fn records<'a>(
    m: &'a mut Map<String, Value>,
    list: &str,
) -> impl Iterator<Item = &'a mut Map<String, Value>> {
    m.get_mut(list)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object_mut)
}

fn mentee(m: &mut Map<String, Value>) -> usize {
    let goals = ids(m, "goals");
    let series = ids(m, "series");
    let mut dropped = 0;
    for s in records(m, "sessions") {
        dropped += keep_goals(s, &goals);
        let slot = s.get("series").and_then(|slot| slot.get("id")?.as_str());
        if slot.is_some_and(|id| !series.contains(id)) {
            s.insert("series".into(), Value::Null);
            dropped += 1;
        }
    }
    for f in records(m, "feedback") {
        let goal = f.get("goal").and_then(Value::as_str);
        if goal.is_some_and(|g| !goals.contains(g)) {
            f.insert("goal".into(), Value::Null);
            dropped += 1;
        }
    }
    if let Some(path) = m.get_mut("path").and_then(Value::as_object_mut) {
        for st in records(path, "stages") {
            dropped += keep_goals(st, &goals);
        }
    }
    dropped
}

/// Keeps in a record's `goals` only the goals of its mentee; how many went.
fn keep_goals(record: &mut Map<String, Value>, goals: &HashSet<String>) -> usize {
    let Some(list) = record.get_mut("goals").and_then(Value::as_array_mut) else {
        return 0;
    };
    let before = list.len();
    list.retain(|g| g.as_str().is_some_and(|g| goals.contains(g)));
    before - list.len()
}
