//! Settling a conflict a merge of two replicas recorded ([`crate::domain::conflict`]).

use super::{Applied, Changed, OpError, record};
use crate::domain::conflict::ConflictKind;
use crate::domain::{Mentee, MentorProfile, Skill, Workspace};
use serde_json::Value;
use std::sync::Arc;

/// Settles conflict `id`: with `take_other` the value set aside replaces the kept one (for a
/// record removed on the other side, the record is removed, with what hangs on it); without, the
/// kept value stays. Either way the conflict leaves the list. The result is validated like a
/// loaded file: a value that no longer fits (a goal it names is gone) is refused and nothing
/// changes.
pub fn resolve(ws: &mut Workspace, id: &str, take_other: bool) -> Result<Applied, OpError> {
    let at = ws
        .conflicts
        .iter()
        .position(|c| c.id == id)
        .ok_or_else(|| OpError::NoConflict(id.to_string()))?;
    let conflict = ws.conflicts.remove(at);
    let mut applied = Applied::mentee(0);
    applied.changed = Changed::Conflicts;
    if take_other {
        let changed = match conflict.kind {
            ConflictKind::Removed => remove_at(ws, &conflict.path)?,
            ConflictKind::Field => set_at(ws, &conflict.path, conflict.other.clone())?,
        };
        applied.mentees.extend(changed);
        ws.validate()
            .map_err(|e| OpError::ConflictValue(conflict.id.clone(), e.to_string()))?;
    }
    Ok(applied)
}

/// Marks the workspace as replicated ([`super::Op::Replicate`]): the one place that says what
/// being kept on several machines means for the workspace itself. Nothing else changes: IDs
/// already handed out stay as they are (every replica descends from this file, so they are
/// unique already); new ones carry the replica tag.
pub fn replicate(ws: &mut Workspace) -> Applied {
    ws.replicated = true;
    let mut applied = Applied::mentee(0);
    applied.changed = Changed::Conflicts;
    applied
}

/// Removes the record the path names; the index of the mentee that changed, if one remains.
fn remove_at(ws: &mut Workspace, path: &[String]) -> Result<Option<usize>, OpError> {
    let target = match path {
        [.., list, id] => crate::domain::conflict::record_in_list(list, id),
        _ => None,
    }
    .ok_or_else(|| unplaceable(path))?;
    let applied = record::remove(ws, &target)?;
    Ok(match applied.changed {
        Changed::Mentee(i) => Some(i),
        _ => None,
    })
}

/// Puts `value` at `path`; the index of the mentee that changed, if it was inside one.
fn set_at(ws: &mut Workspace, path: &[String], value: Value) -> Result<Option<usize>, OpError> {
    let bad = || unplaceable(path);
    match path {
        [top, id, rest @ ..] if top == "mentees" && !rest.is_empty() => {
            let i = ws.mentees.iter().position(|m| m.id.as_str() == id);
            let i = i.ok_or_else(bad)?;
            let mut doc = serde_json::to_value(&*ws.mentees[i]).map_err(|_| bad())?;
            put(&mut doc, rest, value).ok_or_else(bad)?;
            let mentee: Mentee = serde_json::from_value(doc).map_err(|_| bad())?;
            ws.mentees[i] = Arc::new(mentee);
            Ok(Some(i))
        }
        [top, rest @ ..] if top == "mentor" && !rest.is_empty() => {
            let mut doc = serde_json::to_value(&ws.mentor).map_err(|_| bad())?;
            put(&mut doc, rest, value).ok_or_else(bad)?;
            ws.mentor = serde_json::from_value::<MentorProfile>(doc).map_err(|_| bad())?;
            Ok(None)
        }
        [top] if top == "skills" => {
            ws.skills = serde_json::from_value::<Vec<Skill>>(value).map_err(|_| bad())?;
            Ok(None)
        }
        _ => Err(bad()),
    }
}

/// Puts `value` at `path` inside `doc`: an object's key, or in a list of records the one with
/// that `"id"`. `None` when the path leads nowhere.
fn put(doc: &mut Value, path: &[String], value: Value) -> Option<()> {
    let (step, rest) = path.split_first()?;
    let slot = match doc {
        Value::Object(map) if rest.is_empty() => {
            map.insert(step.clone(), value);
            return Some(());
        }
        Value::Object(map) => map.get_mut(step)?,
        Value::Array(items) => items
            .iter_mut()
            .find(|item| item.get("id").and_then(Value::as_str) == Some(step))?,
        _ => return None,
    };
    if rest.is_empty() {
        *slot = value;
        Some(())
    } else {
        put(slot, rest, value)
    }
}

fn unplaceable(path: &[String]) -> OpError {
    OpError::ConflictPlace(path.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::conflict::{Conflict, conflict_id};
    use crate::domain::ops::Op;
    use crate::domain::{Goal, GoalId, GoalStatus, MenteeId};
    use chrono::NaiveDate;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    fn workspace() -> Workspace {
        let mut ws = crate::domain::Workspace {
            next_id: 10,
            ..Default::default()
        };
        let mut m = Mentee::new(MenteeId::from_number(1), "Alice", day());
        m.goals
            .push(Goal::new(GoalId::from_number(2), "Lead a review", day()));
        m.goals
            .push(Goal::new(GoalId::from_number(3), "Give a talk", day()));
        ws.push_mentee(m);
        ws
    }

    fn conflict(path: &[&str], kind: ConflictKind, kept: Value, other: Value) -> Conflict {
        let path: Vec<String> = path.iter().map(|s| s.to_string()).collect();
        Conflict {
            id: conflict_id(&path),
            path,
            kind,
            kept,
            other,
            found_on: day(),
        }
    }

    fn ctx() -> super::super::Ctx {
        let now = day().and_hms_opt(9, 0, 0).unwrap().and_utc().fixed_offset();
        super::super::Ctx {
            today: day(),
            now,
            zone: crate::domain::schedule::Zone::Fixed(*now.offset()),
        }
    }

    fn resolve_op(id: &str, take_other: bool) -> Op {
        Op::ResolveConflict {
            id: id.to_string(),
            take_other,
        }
    }

    #[test]
    fn replicating_marks_the_workspace_once_and_changes_nothing_else() {
        let mut ws = workspace();
        let before = ws.clone();
        let applied = Op::Replicate.apply(&mut ws, &ctx()).unwrap();
        assert_eq!(applied.changed, Changed::Conflicts);
        assert!(applied.mentees.is_empty());
        assert!(ws.replicated);
        assert_eq!(ws.mentees, before.mentees);
        assert_eq!(ws.next_id, before.next_id);
        let again = ws.clone();
        Op::Replicate.apply(&mut ws, &ctx()).unwrap();
        assert_eq!(ws, again);
    }

    #[test]
    fn taking_the_other_value_sets_the_field_and_clears_the_conflict() {
        let mut ws = workspace();
        let c = conflict(
            &["mentees", "m1", "goals", "g2", "title"],
            ConflictKind::Field,
            "Lead a review".into(),
            "Lead two reviews".into(),
        );
        let id = c.id.clone();
        ws.conflicts.push(c);
        let applied = resolve_op(&id, true).apply(&mut ws, &ctx()).unwrap();
        assert_eq!(applied.changed, Changed::Conflicts);
        assert_eq!(applied.mentees, vec![0]);
        assert_eq!(ws.mentees[0].goals[0].title, "Lead two reviews");
        assert!(ws.conflicts.is_empty());
    }

    #[test]
    fn keeping_changes_nothing_but_the_list() {
        let mut ws = workspace();
        let c = conflict(
            &["mentor", "name"],
            ConflictKind::Field,
            "Sam".into(),
            "Samuel".into(),
        );
        let id = c.id.clone();
        ws.conflicts.push(c);
        let before = ws.mentees.clone();
        resolve_op(&id, false).apply(&mut ws, &ctx()).unwrap();
        assert!(ws.conflicts.is_empty());
        assert_eq!(ws.mentees, before);
        assert_eq!(ws.mentor.name, "");
    }

    #[test]
    fn taking_a_removal_removes_the_record_and_its_references() {
        let mut ws = workspace();
        Arc::make_mut(&mut ws.mentees[0]).goals[1].status = GoalStatus::Active;
        let c = conflict(
            &["mentees", "m1", "goals", "g3"],
            ConflictKind::Removed,
            serde_json::to_value(&ws.mentees[0].goals[1]).unwrap(),
            Value::Null,
        );
        let id = c.id.clone();
        ws.conflicts.push(c);
        resolve_op(&id, true).apply(&mut ws, &ctx()).unwrap();
        assert_eq!(ws.mentees[0].goals.len(), 1);
        assert!(ws.conflicts.is_empty());
    }

    #[test]
    fn a_value_that_does_not_fit_is_refused_and_nothing_changes() {
        let mut ws = workspace();
        let c = conflict(
            &["mentees", "m1", "goals", "g2", "title"],
            ConflictKind::Field,
            "Lead a review".into(),
            "   ".into(),
        );
        let id = c.id.clone();
        ws.conflicts.push(c);
        let before = ws.clone();
        let err = resolve_op(&id, true).apply(&mut ws, &ctx()).unwrap_err();
        assert!(matches!(err, OpError::ConflictValue(..)), "{err:?}");
        assert_eq!(ws, before);
        let nowhere = conflict(
            &["mentees", "m9", "name"],
            ConflictKind::Field,
            1.into(),
            2.into(),
        );
        let id = nowhere.id.clone();
        ws.conflicts.push(nowhere);
        let err = resolve_op(&id, true).apply(&mut ws, &ctx()).unwrap_err();
        assert!(matches!(err, OpError::ConflictPlace(_)), "{err:?}");
        let err = resolve_op("x000000000000", false)
            .apply(&mut ws, &ctx())
            .unwrap_err();
        assert!(err.to_string().contains("x000000000000"));
    }
}
