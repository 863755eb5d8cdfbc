//! The command line and the store's rules: what the CLI refuses, the loader refuses too (and the
//! other way round); a full ID counter refuses the add instead of wrapping.

use serde_json::Value;

mod cli_env;
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
    let by_hand: [(fn(&mut Value), &str, &str); 3] = [
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
