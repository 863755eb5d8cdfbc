//! Dates on the command line: whatever a command accepts, the store reads back; text that does
//! not fully read is refused with what was understood, and a typed time is kept.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::cli_env;
use cli_env::Env;
use serde_json::Value;

/// Every command still reads the store (the failure this guards against: a date written past
/// 9999-12-31 made every later command refuse the file).
fn store_reads(e: &Env) {
    e.ok(&["mentee", "list"]);
    e.ok(&["agenda"]);
}

#[test]
fn dates_past_the_last_storable_day_are_refused_and_the_store_stays_readable() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice", "--every", "1w"]);
    e.ok(&["goal", "add", "--mentee", "alice", "Speak"]);
    let before = std::fs::read(&e.store).unwrap();
    let cases: &[&[&str]] = &[
        &[
            "goal",
            "add",
            "--mentee",
            "alice",
            "x",
            "--due",
            "+3000000d",
        ],
        &["mentee", "add", "Bob", "--ends", "+3000000d"],
        &["mentee", "edit", "alice", "--ends", "+3000000d"],
        &[
            "session",
            "plan",
            "--mentee",
            "alice",
            "--from",
            "9999-12-20",
            "--count",
            "5",
        ],
        &[
            "session",
            "add",
            "--mentee",
            "alice",
            "--at",
            "+3000000d 10:00",
        ],
        &[
            "session",
            "add",
            "--mentee",
            "alice",
            "--at",
            "+99999999999d",
        ],
    ];
    for args in cases {
        let out = e.cmd(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("0000-01-01 to 9999-12-31"), "{args:?}: {err}");
        assert_eq!(
            std::fs::read(&e.store).unwrap(),
            before,
            "{args:?} changed the file"
        );
    }
    store_reads(&e);
    // The last storable day itself is fine, and reads back.
    e.ok(&[
        "goal",
        "add",
        "--mentee",
        "alice",
        "Last",
        "--due",
        "9999-12-31",
    ]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "9999-12-31 23:30",
    ]);
    store_reads(&e);
}

#[test]
fn text_that_does_not_fully_read_is_refused_with_what_was_understood() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    for (due, says) in [
        (
            "yesterdayy",
            "invalid date \"yesterdayy\": understood \"yesterday\", then \"y\" is not understood",
        ),
        ("y", "invalid date \"y\": \"y\" is not understood"),
        ("12/01/2026", "write 2026-12-01 or 2026-01-12 (YYYY-MM-DD)"),
        (
            "tomorrow 3pm",
            "\"3pm\" is a time, and a time is not allowed for a date",
        ),
    ] {
        let err = e.fails(&["goal", "add", "--mentee", "alice", "x", "--due", due]);
        assert!(err.contains(says), "{due}: {err}");
    }
    for (at, says) in [
        ("10", "(a time is written 10:00 or 10am)"),
        ("25:00", "\"25:00\" is not a time of day"),
        ("next friday 9", "then \"9\" is not understood"),
    ] {
        let err = e.fails(&["session", "add", "--mentee", "alice", "--at", at]);
        assert!(err.contains(says), "{at}: {err}");
    }
}

#[test]
fn a_typed_time_is_kept() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    for at in [
        "3pm",
        "tomorrow 3pm",
        "13:00",
        "next friday 9am",
        "next friday 9:00",
        "tomorrow at 3:30 pm",
    ] {
        e.ok(&["session", "add", "--mentee", "alice", "--at", at]);
    }
    let v: Value = serde_json::from_str(&e.ok(&["session", "list", "--json"])).unwrap();
    let mut at: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["at"].as_str().unwrap().to_string())
        .collect();
    at.sort();
    assert_eq!(
        at,
        [
            "2026-11-29T13:00:00+01:00",
            "2026-11-29T15:00:00+01:00",
            "2026-11-30T15:00:00+01:00",
            "2026-11-30T15:30:00+01:00",
            "2026-12-04T09:00:00+01:00",
            "2026-12-04T09:00:00+01:00",
        ]
    );
}
