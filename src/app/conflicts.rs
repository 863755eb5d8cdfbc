//! The conflicts a sync left (issue 15): the list the app shows over the screen (`C`), one
//! conflict a row, each said in words: whose it is, which record (its kind and title), which
//! field, the value kept here and the other machine's. One key per choice settles the selected
//! one through [`crate::domain::ops::Op::ResolveConflict`] (see `update/sync.rs`).
//!
//! The words are built here from the workspace, so `update` (its messages) and the screen agree.

use crate::domain::Workspace;
use crate::domain::conflict::{Conflict, ConflictKind};
use crate::t;
use serde_json::Value;

/// The open list: which conflict is selected (an index into the workspace's conflicts).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Open {
    pub selected: usize,
}

/// One conflict in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Described {
    /// The mentee's name; empty for a conflict outside every mentee (the mentor's profile).
    pub who: String,
    /// The record: its kind and title (`goal "Lead a review"`), `the mentee`, `your profile`.
    pub record: String,
    /// The field, dotted (`title`, `agreement.cadence`); empty for a whole record.
    pub field: String,
    pub kind: ConflictKind,
    /// The value kept here, as text.
    pub kept: String,
    /// The value the merge set aside, as text.
    pub other: String,
}

/// `c` in words, against the workspace that holds it.
pub fn describe(ws: &Workspace, c: &Conflict) -> Described {
    let mentee = c
        .mentee()
        .and_then(|id| ws.mentees.iter().find(|m| m.id.as_str() == id));
    let who = match (mentee, c.mentee()) {
        (Some(m), _) => m.name.clone(),
        (None, Some(id)) => id.to_string(),
        (None, None) => String::new(),
    };
    let (kept, other) = match c.kind {
        ConflictKind::Field => (value_text(&c.kept), value_text(&c.other)),
        ConflictKind::Removed => (
            crate::t!("app-conflict-record-kept"),
            crate::t!("app-conflict-record-removed"),
        ),
    };
    let record = match c.kind {
        ConflictKind::Removed => record_words(&c.path, Some(&c.kept)),
        ConflictKind::Field => {
            let doc = mentee.and_then(|m| serde_json::to_value(&**m).ok());
            let found = doc.as_ref().and_then(|d| record_in(d, &c.path));
            record_words(&c.path, found)
        }
    };
    Described {
        who,
        record,
        field: c.field(),
        kind: c.kind,
        kept,
        other,
    }
}

/// The index of the first conflict about the mentee `id`, if there is one.
pub fn first_of(ws: &Workspace, id: &str) -> Option<usize> {
    ws.conflicts.iter().position(|c| c.mentee() == Some(id))
}

/// How many conflicts are about the mentee `id`.
pub fn count_of(ws: &Workspace, id: &str) -> usize {
    ws.conflicts
        .iter()
        .filter(|c| c.mentee() == Some(id))
        .count()
}

/// A value as the mentor reads it: a text as it is, nothing as `(empty)`, a list of texts
/// joined by commas, anything else as compact JSON.
pub fn value_text(v: &Value) -> String {
    match v {
        Value::Null => t!("app-conflict-empty"),
        Value::String(s) if s.trim().is_empty() => t!("app-conflict-empty"),
        Value::String(s) => s.clone(),
        Value::Bool(true) => t!("app-conflict-yes"),
        Value::Bool(false) => t!("app-conflict-no"),
        Value::Number(n) => n.to_string(),
        Value::Array(items) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// The position of the innermost record step of `path` (the list key, the ID after it).
fn last_record(path: &[String]) -> Option<usize> {
    let mut found = None;
    let mut i = 0;
    while i + 1 < path.len() {
        if crate::domain::conflict::RECORD_LISTS.contains(&path[i].as_str()) {
            found = Some(i);
            i += 2;
        } else {
            i += 1;
        }
    }
    found
}

/// The record the path passes through last, found inside its mentee's document (`doc`, the
/// mentee as JSON; the path's first two steps name the mentee).
fn record_in<'a>(doc: &'a Value, path: &[String]) -> Option<&'a Value> {
    let end = last_record(path)?;
    let mut at = doc;
    let mut i = 2;
    while i <= end + 1 && i < path.len() {
        at = match at {
            Value::Object(map) => map.get(&path[i])?,
            Value::Array(items) => items
                .iter()
                .find(|item| item.get("id").and_then(Value::as_str) == Some(path[i].as_str()))?,
            _ => return None,
        };
        i += 1;
    }
    Some(at)
}

/// The record in words: its kind, and its title when `record` (the record as JSON) has one.
fn record_words(path: &[String], record: Option<&Value>) -> String {
    let Some(end) = last_record(path) else {
        return match path.first().map(String::as_str) {
            Some("mentor") => t!("conflicts-profile"),
            Some("skills") => t!("conflicts-skills"),
            _ => path.join("."),
        };
    };
    let kind = path
        .get(end + 1)
        .and_then(|id| crate::domain::conflict::record_in_list(&path[end], id))
        .map_or_else(
            || path[end].clone(),
            |r| crate::domain::shown::record(r.kind()).into(),
        );
    if end == 0 {
        return kind;
    }
    match record.and_then(title) {
        Some(t) => format!("{kind} \"{t}\""),
        None => format!("{kind} {}", path[end + 1]),
    }
}

/// What names a record: its title, name or text, else its time or date.
fn title(record: &Value) -> Option<String> {
    for key in ["title", "name", "text"] {
        if let Some(s) = record.get(key).and_then(Value::as_str)
            && !s.trim().is_empty()
        {
            return Some(s.to_string());
        }
    }
    let at = record.get("at").and_then(Value::as_str);
    if let Some(at) = at {
        return Some(at.chars().take(16).collect::<String>().replace('T', " "));
    }
    let date = record.get("date").and_then(Value::as_str)?;
    match record.get("kind").and_then(Value::as_str) {
        Some(kind) => {
            use crate::domain::{ConnectionKind, FeedbackKind, shown::choice_word};
            let kind = choice_word(FeedbackKind::NAMES, kind)
                .or_else(|| choice_word(ConnectionKind::NAMES, kind))
                .unwrap_or(kind);
            Some(t!("app-conflict-kind-of-date", kind = kind, date = date))
        }
        None => Some(date.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::conflict::conflict_id;

    fn conflict(path: &[&str], kind: ConflictKind, kept: Value, other: Value) -> Conflict {
        let path: Vec<String> = path.iter().map(|s| s.to_string()).collect();
        Conflict {
            id: conflict_id(&path),
            path,
            kind,
            kept,
            other,
            found_on: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        }
    }

    #[test]
    fn a_conflict_is_said_in_words() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let ws = crate::demo::demo_workspace(today);
        let m = &ws.mentees[0];
        let g = &m.goals[0];
        let path = ["mentees", m.id.as_str(), "goals", g.id.as_str(), "title"];
        let c = conflict(&path, ConflictKind::Field, "A".into(), Value::Null);
        let d = describe(&ws, &c);
        assert_eq!(d.who, m.name);
        assert_eq!(d.record, format!("goal \"{}\"", g.title));
        assert_eq!((d.field.as_str(), d.kept.as_str()), ("title", "A"));
        assert_eq!(d.other, "(empty)");
        let c = conflict(
            &["mentees", m.id.as_str(), "aspirations"],
            ConflictKind::Field,
            Value::from(vec!["a", "b"]),
            Value::from(3),
        );
        let d = describe(&ws, &c);
        assert_eq!((d.record.as_str(), d.kept.as_str()), ("mentee", "a, b"));
        assert_eq!(d.other, "3");
        let removed = conflict(
            &["mentees", m.id.as_str(), "goals", "g99"],
            ConflictKind::Removed,
            serde_json::json!({"id": "g99", "title": "Gone there"}),
            Value::Null,
        );
        assert_eq!(describe(&ws, &removed).record, "goal \"Gone there\"");
        let profile = conflict(&["mentor", "name"], ConflictKind::Field, 1.into(), 2.into());
        let d = describe(&ws, &profile);
        assert_eq!((d.who.as_str(), d.record.as_str()), ("", "your profile"));
    }

    #[test]
    fn values_and_the_list_order_read_in_dutch() {
        use crate::app::MenteeOrder;
        use crate::i18n::{Lang, with_lang};
        with_lang(Lang::Nl, || {
            assert_eq!(value_text(&Value::Null), "(leeg)");
            assert_eq!(value_text(&Value::Bool(true)), "ja");
            let feedback = serde_json::json!({ "kind": "strength", "date": "2026-11-30" });
            assert_eq!(
                title(&feedback).as_deref(),
                Some("sterk punt van 2026-11-30")
            );
            assert_eq!(MenteeOrder::Name.label().as_deref(), Some("op naam"));
            assert_eq!(MenteeOrder::Kind.short_label().as_deref(), Some("soort"));
        });
        assert_eq!(value_text(&Value::Bool(false)), "no");
        assert_eq!(MenteeOrder::CheckIn.label().as_deref(), Some("by check-in"));
    }
}
