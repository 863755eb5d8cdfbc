//! Writing the file: pretty JSON with every known field, keys this version does not know put
//! back where they came from.

use super::{CURRENT_VERSION, FORMAT, FileOut, KIND_WORKSPACE, SchemaVersion, raw};
use crate::domain::{Mentee, Workspace};
use serde_json::Value;
use std::sync::Arc;

/// Writes a workspace as the file's bytes: pretty JSON ending in a newline. `unknown` is the
/// document loaded earlier whose unknown keys are carried over; `version` is what to write in
/// the header (never older than [`CURRENT_VERSION`]).
pub fn serialize(ws: &Workspace, unknown: Option<&Value>, version: SchemaVersion) -> Vec<u8> {
    match unknown {
        None => raw::serialize(ws, None, version).bytes,
        Some(old) => {
            let out = file_out(ws, &ws.mentees, version);
            let mut bytes = serde_json::to_value(&out)
                .and_then(|mut new| {
                    merge_unknown(&mut new, old);
                    crate::store::json::to_vec_pretty(&new)
                })
                // Serialising plain structs, strings and finite numbers into memory cannot fail;
                // a non-finite number (which JSON cannot hold) is written as null by serde_json.
                .unwrap_or_default();
            bytes.push(b'\n');
            bytes
        }
    }
}

pub(super) fn file_out<'a>(
    ws: &'a Workspace,
    mentees: &'a [Arc<Mentee>],
    version: SchemaVersion,
) -> FileOut<'a> {
    FileOut {
        format: FORMAT,
        version: version.max(CURRENT_VERSION),
        kind: KIND_WORKSPACE,
        mentor: &ws.mentor,
        next_id: ws.next_id,
        store_token: ws.store_token.as_deref(),
        skills: &ws.skills,
        replicated: ws.replicated,
        conflicts: &ws.conflicts,
        mentees,
    }
}

/// The file's pretty JSON with `mentees` in place of the workspace's, without the final newline.
pub(super) fn header_bytes(
    ws: &Workspace,
    mentees: &[Arc<Mentee>],
    version: SchemaVersion,
) -> Vec<u8> {
    crate::store::json::to_vec_pretty(&file_out(ws, mentees, version)).unwrap_or_default()
}

/// Copies into `new` every key of `old` that `new` lacks, recursively; arrays of records are
/// matched by their `"id"`.
pub fn merge_unknown(new: &mut Value, old: &Value) {
    match (new, old) {
        (Value::Object(new), Value::Object(old)) => {
            for (key, old_value) in old {
                match new.get_mut(key) {
                    Some(new_value) => merge_unknown(new_value, old_value),
                    None => {
                        new.insert(key.clone(), old_value.clone());
                    }
                }
            }
        }
        (Value::Array(new), Value::Array(old)) => {
            for item in new.iter_mut() {
                let Some(id) = item.get("id").cloned() else {
                    continue;
                };
                if let Some(old_item) = old.iter().find(|o| o.get("id") == Some(&id)) {
                    merge_unknown(item, old_item);
                }
            }
        }
        _ => {}
    }
}
