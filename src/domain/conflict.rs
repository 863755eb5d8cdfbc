//! What a merge of two replicas could not decide on its own.
//!
//! When the same field of the same record was changed differently on two machines, the merge
//! (`mentor merge`, run by git during `mentor sync`) keeps one value by a fixed rule and records
//! the other here, so nothing is lost and the mentor decides later: the app shows a banner and a
//! list, `mentor conflicts` lists them, and [`crate::domain::ops::Op::ResolveConflict`] settles
//! one. A record removed on one machine and changed on the other is kept (an edit is never lost
//! silently) and recorded the same way, with the removal as the other choice.

use super::ids::{
    ActionId, ConnectionId, FeedbackId, GoalId, MenteeId, MilestoneId, RecordRef, SeriesId,
    SessionId, StageId,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One undecided difference between two replicas.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// Identifies the conflict: `x` and 12 hex digits derived from its place, so the same
    /// conflict found by two merges has the same ID and merges as one.
    pub id: String,
    /// Where the value is, from the top of the file: object keys, and for a list of records the
    /// ID of the record (`["mentees", "m1", "goals", "g13", "title"]`). For a record removed on
    /// one side, the path of the record itself.
    pub path: Vec<String>,
    pub kind: ConflictKind,
    /// The value the merge kept, now in the store (for [`ConflictKind::Removed`], the record as
    /// it was kept).
    pub kept: Value,
    /// The value set aside (for [`ConflictKind::Removed`], `null`: the record removed).
    pub other: Value,
    /// The day the merge found it.
    pub found_on: NaiveDate,
}

/// What kind of difference a conflict is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConflictKind {
    /// The same field set to two different values.
    Field,
    /// A record removed on one side and changed on the other: it was kept.
    Removed,
}

impl Conflict {
    /// The ID of the mentee the conflict is about, when it is inside one.
    pub fn mentee(&self) -> Option<&str> {
        match self.path.as_slice() {
            [first, id, ..] if first == "mentees" => Some(id),
            _ => None,
        }
    }

    /// The ID of the innermost record the path passes through (the record whose field it is),
    /// when there is one: every second step after a list key names a record.
    pub fn record(&self) -> Option<&str> {
        record_steps(&self.path).last().map(|(_, id)| *id)
    }

    /// The innermost record the path passes through, typed by the list it is in: the record
    /// whose field the conflict is about, or (for [`ConflictKind::Removed`]) the record itself.
    pub fn record_ref(&self) -> Option<RecordRef> {
        let (at, id) = *record_steps(&self.path).last()?;
        record_in_list(&self.path[at - 1], id)
    }

    /// The field inside that record, dotted (`title`, `agreement.cadence`); empty for a whole
    /// record.
    pub fn field(&self) -> String {
        let steps = record_steps(&self.path);
        let after = steps.last().map_or(0, |(i, _)| i + 1);
        self.path[after..].join(".")
    }
}

/// The keys of the file that hold a list of records: in a conflict's path, the step after one
/// of them is a record's ID.
pub const RECORD_LISTS: [&str; 9] = [
    "mentees",
    "goals",
    "milestones",
    "sessions",
    "actions",
    "feedback",
    "connections",
    "series",
    "stages",
];

/// The record steps of a path as (index in the path, record ID): the step after a key of
/// [`RECORD_LISTS`].
fn record_steps(path: &[String]) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < path.len() {
        if RECORD_LISTS.contains(&path[i].as_str()) && i + 1 < path.len() {
            out.push((i + 1, path[i + 1].as_str()));
            i += 2;
        } else {
            i += 1;
        }
    }
    out
}

/// The record with ID `id` in the file's list of records called `list` (one of
/// [`RECORD_LISTS`]).
pub fn record_in_list(list: &str, id: &str) -> Option<RecordRef> {
    let id = id.to_string();
    Some(match list {
        "mentees" => RecordRef::Mentee(MenteeId(id)),
        "goals" => RecordRef::Goal(GoalId(id)),
        "milestones" => RecordRef::Milestone(MilestoneId(id)),
        "sessions" => RecordRef::Session(SessionId(id)),
        "actions" => RecordRef::Action(ActionId(id)),
        "feedback" => RecordRef::Feedback(FeedbackId(id)),
        "connections" => RecordRef::Connection(ConnectionId(id)),
        "series" => RecordRef::Series(SeriesId(id)),
        "stages" => RecordRef::Stage(StageId(id)),
        _ => return None,
    })
}

/// The ID of a conflict at `path`: `x` and 12 hex digits of a stable hash of the path.
pub fn conflict_id(path: &[String]) -> String {
    let mut bytes = Vec::new();
    for step in path {
        bytes.extend_from_slice(step.as_bytes());
        bytes.push(0);
    }
    let hash = xxhash_rust::xxh3::xxh3_64(&bytes);
    format!("x{:012x}", hash >> 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(steps: &[&str]) -> Vec<String> {
        steps.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_conflict_names_its_mentee_record_and_field() {
        let c = Conflict {
            id: conflict_id(&path(&["mentees", "m1", "goals", "g13", "title"])),
            path: path(&["mentees", "m1", "goals", "g13", "title"]),
            kind: ConflictKind::Field,
            kept: Value::from("A"),
            other: Value::from("B"),
            found_on: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        };
        assert_eq!(c.mentee(), Some("m1"));
        assert_eq!(c.record(), Some("g13"));
        assert_eq!(c.record_ref(), Some(RecordRef::Goal(GoalId("g13".into()))));
        assert_eq!(c.field(), "title");
        assert!(c.id.starts_with('x') && c.id.len() == 13);
        let deep = path(&["mentees", "m1", "agreement", "cadence"]);
        let d = Conflict {
            path: deep,
            ..c.clone()
        };
        assert_eq!(d.record(), Some("m1"));
        assert_eq!(d.field(), "agreement.cadence");
        let top = Conflict {
            path: path(&["mentor", "name"]),
            ..c
        };
        assert_eq!((top.mentee(), top.record()), (None, None));
        assert_eq!(top.record_ref(), None);
        assert_eq!(top.field(), "mentor.name");
    }

    #[test]
    fn the_id_depends_on_the_path_only() {
        let a = conflict_id(&path(&["mentees", "m1", "name"]));
        assert_eq!(a, conflict_id(&path(&["mentees", "m1", "name"])));
        assert_ne!(a, conflict_id(&path(&["mentees", "m1", "notes"])));
        assert_ne!(
            conflict_id(&path(&["ab", "c"])),
            conflict_id(&path(&["a", "bc"]))
        );
    }
}
