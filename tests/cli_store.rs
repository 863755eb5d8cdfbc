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
