//! The three-way merge of JSON values: objects key by key, lists of records by ID, anything
//! else as one value.

use super::records;
use crate::domain::conflict::{Conflict, ConflictKind, conflict_id};
use chrono::NaiveDate;
use serde_json::{Map, Value};

/// Walks the three documents, deciding every place where they differ.
pub(super) struct Merger {
    pub today: NaiveDate,
    /// Conflicts found, in the order met.
    pub conflicts: Vec<Conflict>,
    /// False while merging the list of conflicts itself: two versions of one conflict entry keep
    /// ours without a conflict about a conflict.
    pub record: bool,
}

/// One place in the three versions: absent where a version has nothing there.
#[derive(Clone, Copy)]
pub(super) struct Three<'a> {
    pub base: Option<&'a Value>,
    pub ours: Option<&'a Value>,
    pub theirs: Option<&'a Value>,
}

impl<'a> Three<'a> {
    /// The value the rules give without looking inside: the same on both sides, or changed on
    /// one side only. `None` when both sides changed it differently.
    pub fn settled(&self) -> Option<Option<&'a Value>> {
        if self.ours == self.theirs || self.base == self.theirs {
            Some(self.ours)
        } else if self.base == self.ours {
            Some(self.theirs)
        } else {
            None
        }
    }
}

impl Merger {
    pub fn new(today: NaiveDate) -> Merger {
        Merger {
            today,
            conflicts: Vec::new(),
            record: true,
        }
    }

    /// The merged value at `path`; `None` for nothing there (a key or record removed).
    pub fn value(&mut self, path: &mut Vec<String>, v: Three) -> Option<Value> {
        if let Some(settled) = v.settled() {
            return settled.cloned();
        }
        match (v.ours, v.theirs) {
            (Some(Value::Object(o)), Some(Value::Object(t))) => {
                let b = v.base.and_then(Value::as_object);
                Some(Value::Object(self.object(path, b, o, t)))
            }
            (Some(Value::Array(o)), Some(Value::Array(t)))
                if records::is_records(o) && records::is_records(t) =>
            {
                let b = v
                    .base
                    .and_then(Value::as_array)
                    .filter(|b| records::is_records(b));
                Some(Value::Array(records::merge(self, path, b, o, t)))
            }
            _ => {
                self.conflict(path, ConflictKind::Field, v.ours, v.theirs);
                v.ours.cloned()
            }
        }
    }

    /// Two objects changed on both sides, merged key by key: ours' keys in ours' order, then
    /// keys only theirs has. A base that is not an object counts as empty.
    pub fn object(
        &mut self,
        path: &mut Vec<String>,
        base: Option<&Map<String, Value>>,
        ours: &Map<String, Value>,
        theirs: &Map<String, Value>,
    ) -> Map<String, Value> {
        let keys = ours
            .keys()
            .chain(theirs.keys().filter(|k| !ours.contains_key(*k)))
            .chain(
                base.into_iter()
                    .flat_map(Map::keys)
                    .filter(|k| !ours.contains_key(*k) && !theirs.contains_key(*k)),
            );
        let mut out = Map::new();
        for key in keys {
            let three = Three {
                base: base.and_then(|b| b.get(key)),
                ours: ours.get(key),
                theirs: theirs.get(key),
            };
            path.push(key.clone());
            let merged = with_empty(three, |three| self.value(path, three));
            path.pop();
            if let Some(value) = merged {
                out.insert(key.clone(), value);
            }
        }
        out
    }

    /// Records a conflict at `path`: `kept` is in the document, `other` set aside.
    pub fn conflict(
        &mut self,
        path: &[String],
        kind: ConflictKind,
        kept: Option<&Value>,
        other: Option<&Value>,
    ) {
        if !self.record {
            return;
        }
        self.conflicts.push(Conflict {
            id: conflict_id(path),
            path: path.to_vec(),
            kind,
            kept: kept.cloned().unwrap_or(Value::Null),
            other: other.cloned().unwrap_or(Value::Null),
            found_on: self.today,
        });
    }
}

/// Runs `f` with a key absent on a side read as an empty list or object when another side has
/// a list or an object there: the file leaves out an empty career path or skill list, so "all
/// stages removed" merges stage by stage instead of as one value.
fn with_empty<R>(three: Three, f: impl FnOnce(Three) -> R) -> R {
    let all = [three.base, three.ours, three.theirs];
    let empty_list = Value::Array(Vec::new());
    let empty_object = Value::Object(Map::new());
    let empty = if all.iter().flatten().any(|v| v.is_array()) {
        Some(&empty_list)
    } else if all.iter().flatten().any(|v| v.is_object()) {
        Some(&empty_object)
    } else {
        None
    };
    if three.settled().is_some() || empty.is_none() {
        return f(three);
    }
    f(Three {
        base: three.base.or(empty),
        ours: three.ours.or(empty),
        theirs: three.theirs.or(empty),
    })
}
