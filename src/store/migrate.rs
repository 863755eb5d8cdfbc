//! Upgrading files written by an older major version of the format.
//!
//! A step turns a document of major version N into one of N + 1, working on the JSON tree before
//! it is read into the current types. Minor versions only ever add fields and need no step.
//! Version 1 is the first released format, so the list of steps is empty today; the machinery and
//! its tests are in place so that the first real change of meaning lands with a step and a
//! committed fixture (`tests/fixtures/`). The store takes a backup of the old file before the
//! first save after an upgrade.

use super::format::CURRENT_VERSION;
use serde_json::{Value, json};

/// Turns a document of major version `from` into one of `from + 1`.
pub type Step = fn(&mut Value) -> Result<(), String>;

/// The steps, as (major version they start from, step).
pub const STEPS: &[(u32, Step)] = &[];

/// Runs the steps from major version `from` up to the current one.
pub fn upgrade(doc: &mut Value, from: u32, steps: &[(u32, Step)]) -> Result<(), String> {
    let mut major = from;
    while major < CURRENT_VERSION.major {
        let (_, step) = steps
            .iter()
            .find(|(start, _)| *start == major)
            .ok_or_else(|| format!("no upgrade is known from major version {major}"))?;
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
        let steps: &[(u32, Step)] = &[(0, rename_people)];
        let mut doc = json!({ "people": [1, 2] });
        upgrade(&mut doc, 0, steps).unwrap();
        assert_eq!(
            doc,
            json!({ "mentees": [1, 2], "version": { "major": 1, "minor": 0 } })
        );
        let mut broken = json!({ "nobody": [] });
        assert_eq!(upgrade(&mut broken, 0, steps), Err("no people".to_string()));
    }
}
