//! The command line and the store's rules: what the CLI refuses, the loader refuses too (and the
//! other way round); a full ID counter refuses the add instead of wrapping.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use serde_json::Value;

use crate::cli_env;
use cli_env::Env;

/// Sets a value in the store file by hand, as an editor would.
fn set(e: &Env, edit: impl FnOnce(&mut Value)) {
    let mut doc = e.doc();
    edit(&mut doc);
    std::fs::write(&e.store, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
}

#[test]
fn a_counter_at_its_limit_refuses_the_add_and_the_store_still_reads() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    set(&e, |d| d["next_id"] = Value::from(u64::MAX - 1));
    // The last number there is is handed out; the counter then stands at its limit.
    e.ok(&["goal", "add", "--mentee", "alice", "Lead a review"]);
    assert_eq!(e.doc()["next_id"], Value::from(u64::MAX));
    let before = e.bytes();
    for args in [
        &["goal", "add", "--mentee", "alice", "One more"][..],
        &["mentee", "add", "Bob"],
        &[
            "session",
            "add",
            "--mentee",
            "alice",
            "--at",
            "2026-11-30T10:00:00+01:00",
        ],
        &[
            "feedback", "add", "--mentee", "alice", "--kind", "strength", "Clear",
        ],
    ] {
        let out = e.cmd(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("no more record IDs"), "{args:?}: {err}");
        assert!(err.contains("next_id"), "{args:?}: {err}");
        assert_eq!(e.bytes(), before, "{args:?} wrote to the store");
    }
    // Nothing unreadable was written: every command still reads the store.
    let goals = e.json(&["goal", "list", "--mentee", "alice", "--json"]);
    assert_eq!(goals.as_array().unwrap().len(), 1, "{goals}");
}

/// Each limit is one rule: the command line refuses a value with the same words the loader uses
/// for the same value found in the file.
#[test]
fn the_command_line_and_the_loader_refuse_the_same_values_with_the_same_rule() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    let before = e.bytes();
    let refused = [
        (
            &["profile", "--capacity=-5"][..],
            "-5 is not a number of hours a month, 0 or more",
        ),
        (
            &["profile", "--session-minutes", "0"],
            "must be more than 0 minutes",
        ),
        (
            &["mentee", "edit", "alice", "--minutes", "0"],
            "must be more than 0 minutes",
        ),
    ];
    for (args, says) in refused {
        let out = e.cmd(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(e.bytes(), before, "{args:?} wrote to the store");
    }
    let err = e.fails(&["mentee", "edit", "alice", "--every", "0w"]);
    assert!(err.contains("0w"), "{err}");
    assert_eq!(e.bytes(), before);

    // The same values written into the file by hand are refused on load, with the same words
    // and the place in the document.
    type Case = (fn(&mut Value), &'static str, &'static str);
    let by_hand: [Case; 3] = [
        (
            |d| d["mentor"]["capacity_hours_per_month"] = Value::from(-5),
            "mentor.capacity_hours_per_month",
            "-5 is not a number of hours a month, 0 or more",
        ),
        (
            |d| d["mentor"]["default_session_minutes"] = Value::from(0),
            "mentor.default_session_minutes",
            "must be more than 0 minutes",
        ),
        (
            |d| {
                d["mentees"][0]["agreement"]["cadence"] =
                    serde_json::json!({ "every": 0, "unit": "weeks" })
            },
            "mentees[0].agreement.cadence.every",
            "a cadence of every 0 means never",
        ),
    ];
    for (edit, doc_path, says) in by_hand {
        std::fs::write(&e.store, &before).unwrap();
        set(&e, edit);
        let out = e.cmd(&["mentee", "list"]);
        assert_eq!(out.status.code(), Some(3), "{doc_path}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&format!("{doc_path}: {says}")), "{err}");
    }
}

/// The store's directory, where conflict copies sit.
fn dir_of(e: &Env) -> std::path::PathBuf {
    e.store.parent().unwrap().to_path_buf()
}

/// Writes a conflict copy holding the store's content with one more mentee, as the app does
/// when its edits cannot be saved.
fn newer_conflict_copy(e: &Env) -> std::path::PathBuf {
    let mut doc = e.doc();
    let next = doc["next_id"].as_u64().unwrap();
    doc["mentees"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({ "id": format!("m{next}"), "name": "Carol" }));
    doc["next_id"] = Value::from(next + 1);
    let path = dir_of(e).join("mentor.json.conflict-1");
    std::fs::write(&path, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
    path
}

/// The store turns unreadable after the app kept newer edits in a conflict copy: the advice
/// offers that copy (not the older backup), with its time and what it holds, and the command
/// that puts it back; that command does.
#[test]
fn an_unreadable_store_is_offered_the_newest_good_copy_of_any_kind() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    e.ok(&["mentee", "add", "Bob"]);
    let copy = newer_conflict_copy(&e);
    std::fs::write(&e.store, "{ \"format\": \"mentor\", trunc").unwrap();
    let err = e.fails(&["mentee", "list"]);
    assert!(
        err.contains(&format!(
            "The newest copy that reads cleanly is {} (conflict copy, ",
            copy.display()
        )),
        "{err}"
    );
    assert!(
        err.contains("it holds 3 mentees, 0 goals, 0 sessions"),
        "{err}"
    );
    assert!(
        err.contains(&format!("`mentor restore {}` puts it back", copy.display())),
        "{err}"
    );
    // A broken store is restored without asking.
    let out = e.ok(&["restore", copy.to_str().unwrap()]);
    assert!(out.contains("(3 mentees, 0 goals, 0 sessions)"), "{out}");
    let names: Vec<String> = e
        .json(&["mentee", "list", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["Alice", "Bob", "Carol"]);
}

#[test]
fn restore_list_shows_every_copy_with_its_time_size_and_state() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    e.ok(&["mentee", "add", "Bob"]);
    let copy = newer_conflict_copy(&e);
    let broken = dir_of(&e).join("mentor.json.conflict-2");
    std::fs::write(&broken, "{ not json").unwrap();
    let listing = e.ok(&["restore", "--list"]);
    // Each copy: a line with its time, kind, size and state, then its path.
    let lines: Vec<&str> = listing.lines().collect();
    let line_of = |name: &str| {
        let at = lines
            .iter()
            .position(|l| l.trim_start().ends_with(name))
            .unwrap_or_else(|| panic!("{name} not listed:\n{listing}"));
        lines[at - 1].to_string()
    };
    let conflict = line_of(copy.file_name().unwrap().to_str().unwrap());
    assert!(conflict.contains("conflict copy"), "{conflict}");
    assert!(
        conflict.contains("reads: 3 mentees, 0 goals, 0 sessions"),
        "{conflict}"
    );
    assert!(
        conflict.contains(" B ") || conflict.contains(" KB "),
        "{conflict}"
    );
    // A time like 2026-12-01 14:05.
    let time = conflict
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        chrono::NaiveDateTime::parse_from_str(&time, "%Y-%m-%d %H:%M").is_ok(),
        "{conflict}"
    );
    assert!(line_of("mentor.json.conflict-2").contains("unreadable"));
    let backup = line_of("mentor.json.000002");
    assert!(backup.contains("backup"), "{backup}");
    assert!(
        backup.contains("reads: 1 mentee, 0 goals, 0 sessions"),
        "{backup}"
    );
    assert!(line_of("mentor.json.000001").contains("reads: 0 mentees"));
}

/// Rolling back a store that reads needs a yes: without a terminal to ask on, `--yes`.
#[test]
fn restoring_over_a_healthy_store_needs_yes() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    e.ok(&["mentee", "add", "Bob"]);
    let before = e.bytes();
    let out = e.cmd(&["restore"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("reads cleanly (2 mentees, 0 goals, 0 sessions)"),
        "{err}"
    );
    assert!(err.contains("Pass --yes"), "{err}");
    assert_eq!(e.bytes(), before, "restored without a yes");
    let backups = dir_of(&e).join("mentor.json.backups");
    assert_eq!(
        std::fs::read_dir(&backups).unwrap().count(),
        2,
        "nothing was kept aside either"
    );

    let out = e.ok(&["restore", "--yes"]);
    assert!(out.contains("(1 mentee, 0 goals, 0 sessions)"), "{out}");
    let listed = e.json(&["mentee", "list", "--json"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    // The store it replaced is kept aside, and can be put back the same way.
    let aside = backups.join("mentor.json.before-restore-1");
    assert_eq!(std::fs::read(&aside).unwrap(), before);
    e.ok(&["restore", aside.to_str().unwrap(), "--yes"]);
    assert_eq!(
        e.json(&["mentee", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}
