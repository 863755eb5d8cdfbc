//! Upgrading files written by an older major version of the format.
//!
//! A step turns a document of major version N into one of N + 1, working on the JSON tree before
//! it is read into the current types. Minor versions only ever add fields and need no step.
//! Each step lands with a committed fixture of the version it starts from and the bytes this
//! version writes for it (`tests/fixtures/`). The store takes a backup of the old file
//! (`<file>.backups/<file>.pre-v<version>`, never pruned) before the first save after an upgrade.
//!
//! The steps:
//! - 1 -> 2 ([`v1_to_v2`]): replica tags in IDs, for `mentor sync`.

use super::format::CURRENT_VERSION;
use serde_json::{Value, json};

/// Turns a document of major version `from` into one of `from + 1`.
pub type Step = fn(&mut Value) -> Result<(), String>;

/// The steps, as (major version they start from, step).
pub const STEPS: &[(u32, Step)] = &[(1, v1_to_v2)];

/// Version 1 to 2. What changes is meaning, not shape:
/// - an ID may carry a replica tag after a dot (`g13.k7qxm`, see [`crate::domain::ids`]);
/// - `next_id` is above every number any replica of the store has handed out (in 1, the one
///   file's own counter);
/// - the file may say it is `replicated` and hold `conflicts` a merge left.
///
/// A 1.x file was written by one mentor on one machine: its IDs are plain, its counter is above
/// them all, and it is not replicated. Each of those already means the same in version 2, so the
/// IDs stay exactly as they are (nothing that names them, in the file, in a calendar or in a
/// script, needs rewriting) and the document is kept as it is. What a 1.x file cannot hold is
/// refused with its place: an ID with a dot (1.x never wrote one, and read such a file as
/// broken), so a damaged file is not taken for a replicated one.
pub fn v1_to_v2(doc: &mut Value) -> Result<(), String> {
    let obj = doc
        .as_object()
        .ok_or_else(|| crate::t!("store-reason-top-not-object"))?;
    if let Some(mentees) = obj.get("mentees") {
        tagged_id(mentees, "mentees").map_or(Ok(()), |(at, id)| {
            Err(crate::t!(
                "store-migrate-tagged-id",
                at = at,
                id = format!("{id:?}")
            ))
        })?;
    }
    Ok(())
}

/// The oldest major version whose files the fast typed pass reads as they are
/// ([`crate::store::format::parse`]): every step from it on changes no value the current types
/// hold, only what [`typed_step_refuses`] checks on the typed form.
pub const TYPED_FROM_MAJOR: u32 = 1;

/// The steps from a major version at or after [`TYPED_FROM_MAJOR`] up to the current one, on a
/// file already read into the current types with no key this version does not know (so every
/// `"id"` under the mentees is a record's ID, or a reference to one, which validation has
/// checked) and validated: true when [`v1_to_v2`] would refuse it, i.e. some record's ID holds a
/// dot (`tagged`, as [`crate::domain::Workspace::validate_tags`] says). The careful path then
/// says where.
pub fn typed_step_refuses(from_major: u32, tagged: bool) -> bool {
    from_major < TYPED_FROM_MAJOR || (from_major < 2 && tagged)
}

/// The first `"id"` under `value` whose text holds a dot, with its place in the document.
fn tagged_id(value: &Value, at: &str) -> Option<(String, String)> {
    match value {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| tagged_id(item, &format!("{at}[{i}]"))),
        Value::Object(fields) => fields.iter().find_map(|(key, field)| match field {
            Value::String(id) if key == "id" && id.contains('.') => {
                Some((format!("{at}.id"), id.clone()))
            }
            _ => tagged_id(field, &format!("{at}.{key}")),
        }),
        _ => None,
    }
}

/// Runs the steps from major version `from` up to the current one.
pub fn upgrade(doc: &mut Value, from: u32, steps: &[(u32, Step)]) -> Result<(), String> {
    let mut major = from;
    while major < CURRENT_VERSION.major {
        let (_, step) = steps
            .iter()
            .find(|(start, _)| *start == major)
            .ok_or_else(|| crate::t!("store-migrate-no-step", major = major.to_string()))?;
        step(doc)?;
        major += 1;
    }
    if let Some(obj) = doc.as_object_mut() {
        obj.insert(
            "version".into(),
            json!({ "major": CURRENT_VERSION.major, "minor": 0 }),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_1_becomes_version_2_with_its_ids_and_counter_unchanged() {
        let original = json!({
            "format": "mentor",
            "version": { "major": 1, "minor": 1 },
            "kind": "workspace",
            "next_id": 9,
            "mentees": [{ "id": "m1", "goals": [{ "id": "g2", "milestones": [{ "id": "ms3" }] }] }],
            "theme": "dark"
        });
        let mut doc = original.clone();
        upgrade(&mut doc, 1, STEPS).unwrap();
        assert_eq!(doc["version"], json!({ "major": 2, "minor": 0 }));
        doc["version"] = original["version"].clone();
        assert_eq!(doc, original, "nothing but the version changes");
    }

    #[test]
    fn a_version_1_file_with_a_tagged_id_is_refused_with_its_place() {
        let mut doc = json!({
            "mentees": [{ "id": "m1", "goals": [{ "id": "g2", "milestones": [{ "id": "ms3.k7qxm" }] }] }]
        });
        let err = upgrade(&mut doc, 1, STEPS).unwrap_err();
        assert!(
            err.contains("mentees[0].goals[0].milestones[0].id is \"ms3.k7qxm\""),
            "{err}"
        );
        // A dot elsewhere (a title, a note) is only text.
        let mut doc = json!({ "mentees": [{ "id": "m1", "name": "A. B.", "goals": [] }] });
        assert_eq!(upgrade(&mut doc, 1, STEPS), Ok(()));
        assert_eq!(
            v1_to_v2(&mut json!([])),
            Err("the top level is not a JSON object".into())
        );
    }

    #[test]
    fn unknown_start_is_refused() {
        let mut doc = json!({});
        let err = upgrade(&mut doc, 0, STEPS).unwrap_err();
        assert!(err.contains("major version 0"));
    }

    #[test]
    fn steps_run_in_order_and_stamp_the_version() {
        fn rename_people(doc: &mut Value) -> Result<(), String> {
            let people = doc
                .as_object_mut()
                .and_then(|o| o.remove("people"))
                .ok_or("no people")?;
            doc["mentees"] = people;
            Ok(())
        }
        let steps: &[(u32, Step)] = &[(0, rename_people), (1, v1_to_v2)];
        let mut doc = json!({ "people": [{ "id": "m1" }] });
        upgrade(&mut doc, 0, steps).unwrap();
        assert_eq!(
            doc,
            json!({ "mentees": [{ "id": "m1" }], "version": { "major": 2, "minor": 0 } })
        );
        let mut broken = json!({ "nobody": [] });
        assert_eq!(upgrade(&mut broken, 0, steps), Err("no people".to_string()));
    }
}
