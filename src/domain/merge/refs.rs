//! References a merge left dangling: a record that names a goal or a series removed on the
//! other side. Each is dropped the way [`crate::domain::ops::Op::Remove`] drops them when the
//! goal or series is removed: from a session's and a stage's goals, a feedback note's goal, a
//! session's series slot.
//!
//! And the other way round: when a removal lost to an edit (the goal or series is kept, with a
//! [`ConflictKind::Removed`] conflict), the references the removing side dropped along with it
//! are put back from the side that kept it, so keeping a record keeps what named it.

use crate::domain::conflict::{Conflict, ConflictKind};
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

/// Puts back the references to every goal or series the merge kept although one side removed
/// it: each reference the keeping side (`ours` or `theirs`, whichever still holds the record)
/// has and the merged document lacks. How many were put back.
pub fn restore_kept(doc: &mut Value, sides: [&Value; 2], conflicts: &[Conflict]) -> usize {
    let mut restored = 0;
    for c in conflicts.iter().filter(|c| c.kind == ConflictKind::Removed) {
        let [first, mentee, list, id] = c.path.as_slice() else {
            continue;
        };
        if first != "mentees" || (list != "goals" && list != "series") {
            continue;
        }
        let keeper = sides
            .iter()
            .filter_map(|side| mentee_in(side, mentee))
            .find(|m| ids(m, list).contains(id.as_str()));
        let (Some(keeper), Some(target)) = (keeper, mentee_in_mut(doc, mentee)) else {
            continue;
        };
        restored += if list == "goals" {
            restore_goal(target, keeper, id)
        } else {
            restore_series(target, keeper, id)
        };
    }
    restored
}

fn mentee_in<'a>(doc: &'a Value, id: &str) -> Option<&'a Map<String, Value>> {
    record_in(doc.as_object()?, "mentees", id)
}

fn mentee_in_mut<'a>(doc: &'a mut Value, id: &str) -> Option<&'a mut Map<String, Value>> {
    doc.get_mut("mentees")?
        .as_array_mut()?
        .iter_mut()
        .filter_map(Value::as_object_mut)
        .find(|m| m.get("id").and_then(Value::as_str) == Some(id))
}

/// The record of `list` in `m` whose ID is `id`.
fn record_in<'a>(
    m: &'a Map<String, Value>,
    list: &str,
    id: &str,
) -> Option<&'a Map<String, Value>> {
    m.get(list)?
        .as_array()?
        .iter()
        .filter_map(Value::as_object)
        .find(|r| r.get("id").and_then(Value::as_str) == Some(id))
}

fn names(list: Option<&Value>, goal: &str) -> bool {
    list.and_then(Value::as_array)
        .is_some_and(|l| l.iter().any(|g| g.as_str() == Some(goal)))
}

/// Puts `goal` back in the merged record's `goals` (where the keeper has it) if the keeper's
/// record names it and the merged one does not; 1 if it did.
fn put_goal_back(
    merged: &mut Map<String, Value>,
    keeper: &Map<String, Value>,
    goal: &str,
) -> usize {
    if !names(keeper.get("goals"), goal) || names(merged.get("goals"), goal) {
        return 0;
    }
    let at = keeper
        .get("goals")
        .and_then(Value::as_array)
        .and_then(|l| l.iter().position(|g| g.as_str() == Some(goal)))
        .unwrap_or(0);
    match merged.get_mut("goals").and_then(Value::as_array_mut) {
        Some(list) => list.insert(at.min(list.len()), Value::from(goal)),
        None => {
            merged.insert("goals".into(), Value::Array(vec![Value::from(goal)]));
        }
    }
    1
}

/// Each record of `list` in `target`, with the record of the same ID in `keeper` (those the
/// keeper has).
fn with_keepers<'a>(
    target: &'a mut Map<String, Value>,
    keeper: &'a Map<String, Value>,
    list: &'a str,
) -> impl Iterator<Item = (&'a mut Map<String, Value>, &'a Map<String, Value>)> {
    records(target, list).filter_map(move |r| {
        let k = record_in(keeper, list, r.get("id")?.as_str()?)?;
        Some((r, k))
    })
}

fn restore_goal(target: &mut Map<String, Value>, keeper: &Map<String, Value>, goal: &str) -> usize {
    let mut restored = 0;
    for (s, k) in with_keepers(target, keeper, "sessions") {
        restored += put_goal_back(s, k, goal);
    }
    for (f, k) in with_keepers(target, keeper, "feedback") {
        let kept = k.get("goal").and_then(Value::as_str);
        if kept == Some(goal) && f.get("goal").is_none_or(Value::is_null) {
            f.insert("goal".into(), Value::from(goal));
            restored += 1;
        }
    }
    let keeper_path = keeper.get("path").and_then(Value::as_object);
    if let (Some(path), Some(kp)) = (
        target.get_mut("path").and_then(Value::as_object_mut),
        keeper_path,
    ) {
        for (st, k) in with_keepers(path, kp, "stages") {
            restored += put_goal_back(st, k, goal);
        }
    }
    restored
}

fn restore_series(
    target: &mut Map<String, Value>,
    keeper: &Map<String, Value>,
    series: &str,
) -> usize {
    let mut restored = 0;
    for (s, k) in with_keepers(target, keeper, "sessions") {
        let slot = k.get("series");
        let names_it = slot.and_then(|v| v.get("id")?.as_str()) == Some(series);
        if let Some(slot) = slot.filter(|_| names_it)
            && s.get("series").is_none_or(Value::is_null)
        {
            s.insert("series".into(), slot.clone());
            restored += 1;
        }
    }
    restored
}
