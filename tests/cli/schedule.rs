//! Scheduling from the command line, end to end: `session plan|move|cancel|held` and `agenda`,
//! through the built binary against a store in a temporary directory, with "now" and the zone
//! fixed (`MENTOR_NOW`, `TZ=Europe/Paris`: summer time starts on 2027-03-28).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use serde_json::{Value, json};

use crate::cli_env;
use cli_env::Env;

/// Every session of one mentee, earliest first (`session list` gives newest first).
fn sessions(e: &Env, mentee: &str) -> Vec<Value> {
    let list = e.json(&["session", "list", "--mentee", mentee, "--json"]);
    let mut rows = list.as_array().unwrap().clone();
    rows.reverse();
    rows
}

fn field<'a>(rows: &'a [Value], key: &str) -> Vec<&'a str> {
    rows.iter().map(|r| r[key].as_str().unwrap()).collect()
}

fn session<'a>(rows: &'a [Value], id: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no session {id}"))
}

// ---------------------------------------------------------------------------------------------
// Planning a series, and changing one occurrence
// ---------------------------------------------------------------------------------------------

#[test]
fn a_fortnightly_series_keeps_its_hour_across_summer_time_and_survives_a_move_and_a_cancel() {
    let e = Env::new();
    e.ok(&[
        "mentee",
        "add",
        "Alice Moreau",
        "--every",
        "2w",
        "--minutes",
        "45",
        "--channel",
        "video",
    ]);
    let out = e.ok(&[
        "session",
        "plan",
        "--mentee",
        "alice",
        "--every",
        "2w",
        "--from",
        "2027-03-15",
        "--at",
        "10:00",
        "--count",
        "6",
        "--agenda",
        "Progress check",
    ]);
    assert_eq!(
        out,
        "Planned 6 sessions with Alice Moreau from 2027-03-15 10:00 to 2027-05-24 10:00.\n"
    );

    let planned = sessions(&e, "alice");
    assert_eq!(planned.len(), 6);
    // 10:00 in Paris every time: winter time before 2027-03-28, summer time after.
    assert_eq!(
        field(&planned, "at"),
        [
            "2027-03-15T10:00:00+01:00",
            "2027-03-29T10:00:00+02:00",
            "2027-04-12T10:00:00+02:00",
            "2027-04-26T10:00:00+02:00",
            "2027-05-10T10:00:00+02:00",
            "2027-05-24T10:00:00+02:00",
        ]
    );
    let series_id = planned[0]["series"]["id"].as_str().unwrap().to_string();
    assert!(series_id.starts_with("sr"), "{series_id}");
    for s in &planned {
        assert_eq!(s["status"], "planned", "{s}");
        assert_eq!(s["series"]["id"], series_id.as_str(), "one series: {s}");
        assert_eq!(
            s["series"]["slot"], s["at"],
            "the slot is the planned time: {s}"
        );
        assert_eq!(s["minutes"], 45, "the agreement's length: {s}");
        assert_eq!(s["channel"], "video", "the agreement's channel: {s}");
        assert_eq!(s["agenda"], "Progress check");
        assert_eq!(s["mentee"], "m1");
    }
    let ids: Vec<String> = field(&planned, "id")
        .iter()
        .map(|s| s.to_string())
        .collect();
    let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), 6, "{ids:?}");
    // The series record itself, in the file.
    let alice = &e.doc()["mentees"][0];
    assert_eq!(
        alice["series"],
        json!([{
            "id": series_id,
            "every": {"every": 2, "unit": "weeks"},
            "first": "2027-03-15T10:00:00+01:00",
            "count": 6,
            "minutes": 45,
        }])
    );

    // Move the third, cancel the fourth.
    let (moved, cancelled) = (ids[2].as_str(), ids[3].as_str());
    assert_eq!(
        e.ok(&["session", "move", moved, "--to", "2027-04-01 15:00"]),
        format!("Session {moved} moved to 2027-04-01 15:00.\n")
    );
    assert_eq!(
        e.ok(&["session", "cancel", cancelled]),
        format!("Session {cancelled} cancelled.\n")
    );
    let after = sessions(&e, "alice");
    let m = session(&after, moved);
    // A time typed in winter for a summer day gets the summer offset.
    assert_eq!(m["at"], "2027-04-01T15:00:00+02:00");
    assert_eq!(m["status"], "planned");
    assert_eq!(
        m["series"],
        json!({"id": series_id, "slot": "2027-04-12T10:00:00+02:00"}),
        "a moved session keeps its place in the series"
    );
    let c = session(&after, cancelled);
    assert_eq!(c["status"], "cancelled");
    assert_eq!(c["at"], "2027-04-26T10:00:00+02:00");
    assert_eq!(c["series"], planned[3]["series"]);
    for (i, id) in ids.iter().enumerate() {
        if id != moved && id != cancelled {
            assert_eq!(session(&after, id), &planned[i], "{id} changed");
        }
    }
    assert_eq!(e.doc()["mentees"][0]["series"], alice["series"]);

    // Held, with notes; a second call adds to them. (The session is still to come: --yes.)
    let first = ids[0].as_str();
    assert_eq!(
        e.ok(&[
            "session",
            "held",
            first,
            "--notes",
            "Went through the plan",
            "--private-notes",
            "Seemed tired",
            "--yes",
        ]),
        format!("Session {first} held.\n")
    );
    e.ok(&[
        "session",
        "held",
        first,
        "--notes",
        "  Agreed next steps  ",
        "--yes",
    ]);
    let s = session(&sessions(&e, "alice"), first).clone();
    assert_eq!(s["status"], "held");
    assert_eq!(
        s["shared_notes"],
        "Went through the plan\nAgreed next steps"
    );
    assert_eq!(s["private_notes"], "Seemed tired");
    assert_eq!(s["at"], planned[0]["at"]);
    assert_eq!(s["series"], planned[0]["series"]);
    // Holding it moves the next check-in to two weeks after it.
    let list = e.json(&["mentee", "list", "--json"]);
    assert_eq!(list[0]["next_checkin"]["due"], "2027-03-29");
}

#[test]
fn until_plans_up_to_and_including_the_end_date() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Bob Stone", "--every", "1w"]);
    let out = e.ok(&[
        "session",
        "plan",
        "--mentee",
        "bob",
        "--from",
        "2027-01-04",
        "--until",
        "2027-02-01",
        "--at",
        "18:30",
    ]);
    assert_eq!(
        out,
        "Planned 5 sessions with Bob Stone from 2027-01-04 18:30 to 2027-02-01 18:30.\n"
    );
    assert_eq!(
        field(&sessions(&e, "bob"), "at"),
        [
            "2027-01-04T18:30:00+01:00",
            "2027-01-11T18:30:00+01:00",
            "2027-01-18T18:30:00+01:00",
            "2027-01-25T18:30:00+01:00",
            "2027-02-01T18:30:00+01:00",
        ],
        "the agreement's cadence, up to the end date included"
    );
    // An end date between two occurrences stops at the one before it.
    e.ok(&[
        "session",
        "plan",
        "--mentee",
        "bob",
        "--from",
        "2027-06-07",
        "--until",
        "2027-06-27",
        "--every",
        "1w",
    ]);
    let bob = sessions(&e, "bob");
    let june: Vec<&str> = field(&bob, "at")
        .into_iter()
        .filter(|at| at.starts_with("2027-06"))
        .collect();
    assert_eq!(
        june,
        [
            "2027-06-07T10:00:00+02:00",
            "2027-06-14T10:00:00+02:00",
            "2027-06-21T10:00:00+02:00",
        ],
        "--at defaults to 10:00"
    );
    // Two series: two series IDs.
    let series: Vec<Value> = e.doc()["mentees"][0]["series"].as_array().unwrap().clone();
    assert_eq!(series.len(), 2);
    assert_ne!(series[0]["id"], series[1]["id"]);
    assert_eq!(series[0]["count"], 5);
    assert_eq!(series[1]["count"], 3);
}

#[test]
fn without_count_or_until_a_series_runs_to_the_agreement_end_else_six_sessions() {
    let e = Env::new();
    e.ok(&[
        "mentee",
        "add",
        "Carol Ends",
        "--every",
        "2w",
        "--ends",
        "2027-02-15",
    ]);
    e.ok(&["mentee", "add", "Dana Open", "--every", "1m"]);
    e.ok(&["mentee", "add", "Emil Next", "--every", "2w"]);

    e.ok(&[
        "session",
        "plan",
        "--mentee",
        "carol",
        "--from",
        "2027-01-04",
    ]);
    assert_eq!(
        field(&sessions(&e, "carol"), "at"),
        [
            "2027-01-04T10:00:00+01:00",
            "2027-01-18T10:00:00+01:00",
            "2027-02-01T10:00:00+01:00",
            "2027-02-15T10:00:00+01:00",
        ],
        "up to the agreement's end date, included"
    );

    // No end date: six. Monthly from the 31st keeps to month ends and crosses summer time.
    e.ok(&[
        "session",
        "plan",
        "--mentee",
        "dana",
        "--from",
        "2027-01-31",
    ]);
    assert_eq!(
        field(&sessions(&e, "dana"), "at"),
        [
            "2027-01-31T10:00:00+01:00",
            "2027-02-28T10:00:00+01:00",
            "2027-03-31T10:00:00+02:00",
            "2027-04-30T10:00:00+02:00",
            "2027-05-31T10:00:00+02:00",
            "2027-06-30T10:00:00+02:00",
        ]
    );

    // Without --from: the next check-in (two weeks after starting today).
    let out = e.ok(&["session", "plan", "--mentee", "emil", "--count", "2"]);
    assert_eq!(
        out,
        "Planned 2 sessions with Emil Next from 2026-12-13 10:00 to 2026-12-27 10:00.\n"
    );
}

#[test]
fn bad_plans_and_unknown_sessions_fail_with_one_line_and_leave_the_file_alone() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice Moreau", "--every", "2w"]);
    e.ok(&["mentee", "add", "Nadia Nocadence"]);
    e.ok(&[
        "session",
        "plan",
        "--mentee",
        "alice",
        "--from",
        "2027-03-15",
        "--count",
        "2",
    ]);
    let existing = sessions(&e, "alice")[0]["id"].as_str().unwrap().to_string();
    let before = e.bytes();
    let plan = |extra: &[&'static str]| {
        let mut args = vec![
            "session",
            "plan",
            "--mentee",
            "alice",
            "--from",
            "2027-03-15",
        ];
        args.extend_from_slice(extra);
        args
    };
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            plan(&["--count", "0"]),
            "a series needs a number of sessions (1 to 200) or an end date",
        ),
        (
            plan(&["--count", "201"]),
            "that would plan more than 200 sessions; plan a shorter series",
        ),
        (
            plan(&["--until", "2027-03-01"]),
            "the end date 2027-03-01 is before the first session",
        ),
        (
            plan(&["--at", "25:00"]),
            "--at \"25:00\": give a time of day like 10:00",
        ),
        (
            plan(&["--at", "ten"]),
            "--at \"ten\": give a time of day like 10:00",
        ),
        (plan(&["--minutes", "0"]), "--minutes must be more than 0"),
        (plan(&["--every", "sometimes"]), "invalid cadence"),
        (
            vec!["session", "plan", "--mentee", "nadia", "--count", "2"],
            "Nadia Nocadence has no cadence in the agreement; say how often with --every",
        ),
        (
            vec!["session", "plan", "--mentee", "zed", "--count", "2"],
            "no mentee matches \"zed\"",
        ),
        (
            vec!["session", "move", "s999", "--to", "2027-04-01 15:00"],
            "no session with ID \"s999\" (see `mentor session list`)",
        ),
        (
            vec!["session", "cancel", "s999"],
            "no session with ID \"s999\"",
        ),
        (
            vec!["session", "held", "s999", "--notes", "x"],
            "no session with ID \"s999\"",
        ),
        (
            vec!["session", "move", existing.as_str(), "--to", "whenever"],
            "invalid date and time",
        ),
    ];
    for (args, expected) in &cases {
        let out = e.cmd(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?} printed to stdout");
        assert!(err.starts_with("mentor: "), "{args:?}: {err}");
        assert!(err.contains(expected), "{args:?}: {err}");
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "{args:?} should say one line, not:\n{err}"
        );
        assert_eq!(e.bytes(), before, "{args:?} changed the file");
    }
    // --count and --until together is a usage error from clap: exit code 2, file unchanged.
    let out = e.cmd(&plan(&["--count", "2", "--until", "2027-06-01"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be used with"));
    assert_eq!(e.bytes(), before);
}

// ---------------------------------------------------------------------------------------------
// The agenda
// ---------------------------------------------------------------------------------------------

/// A practice on 2026-11-29 with something on each side of every line the agenda draws:
///
/// - Olga: weekly since 2026-11-01, never met: check-in overdue by 21 days.
/// - Alice: fortnightly since 2026-11-20 (held that day): check-in due 2026-12-04, covered by a
///   session planned on 2026-12-02; one cancelled inside the window, one planned outside it;
///   action items due overdue, inside, outside, undated and done; milestones likewise.
/// - Bob: monthly since 2026-11-05: check-in due 2026-12-05 and nothing planned before it (his
///   session on 2026-12-08 comes after); a session on 2026-12-13, the first day past the window;
///   an achieved goal whose milestone is due inside the window.
/// - Carl: concluded, with a planned session and an action item inside the window.
fn agenda_practice() -> Env {
    let e = Env::new();
    let run = |args: &[&str]| e.ok(args);
    run(&[
        "mentee",
        "add",
        "Olga Petrova",
        "--every",
        "1w",
        "--started",
        "2026-11-01",
    ]);
    run(&[
        "mentee",
        "add",
        "Alice Moreau",
        "--every",
        "2w",
        "--started",
        "2026-11-20",
        "--minutes",
        "45",
    ]);
    run(&[
        "mentee",
        "add",
        "Bob Stone",
        "--every",
        "1m",
        "--started",
        "2026-11-05",
    ]);
    run(&[
        "mentee",
        "add",
        "Carl Ended",
        "--every",
        "1w",
        "--started",
        "2026-10-01",
    ]);
    run(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-11-20 10:00",
        "--notes",
        "Kick-off",
        "--action",
        "Overdue action",
        "--due",
        "2026-11-25",
        "--action",
        "Inside action",
        "--owner",
        "mentor",
        "--due",
        "2026-12-05",
        "--action",
        "Outside action",
        "--due",
        "2026-12-20",
        "--action",
        "Undated action",
        "--action",
        "Done action",
        "--due",
        "2026-12-01",
    ]);
    run(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-12-02 10:00",
        "--agenda",
        "Review prep",
    ]);
    run(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-12-03 10:00",
        "--status",
        "cancelled",
    ]);
    run(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-12-20 10:00",
    ]);
    run(&[
        "session",
        "add",
        "--mentee",
        "bob",
        "--at",
        "2026-12-08 18:30",
        "--agenda",
        "Release plan",
    ]);
    run(&[
        "session",
        "add",
        "--mentee",
        "bob",
        "--at",
        "2026-12-13 09:00",
    ]);
    run(&[
        "session",
        "add",
        "--mentee",
        "carl",
        "--at",
        "2026-12-01 10:00",
        "--action",
        "Carl action",
        "--due",
        "2026-12-01",
    ]);
    run(&["action", "done", "a10"]);
    run(&["goal", "add", "--mentee", "alice", "Lead a review"]);
    for (title, due) in [
        ("Overdue step", "2026-11-15"),
        ("Inside step", "2026-12-10"),
        ("Outside step", "2027-01-15"),
        ("Done step", "2026-12-01"),
    ] {
        run(&["milestone", "add", "--goal", "g18", title, "--due", due]);
    }
    run(&["milestone", "done", "ms22"]);
    run(&[
        "goal", "add", "--mentee", "bob", "Ship it", "--status", "achieved",
    ]);
    run(&[
        "milestone",
        "add",
        "--goal",
        "g23",
        "Achieved goal step",
        "--due",
        "2026-12-02",
    ]);
    // Concluded with its planned session kept: the agenda still leaves it out.
    run(&[
        "mentee",
        "edit",
        "carl",
        "--status",
        "concluded",
        "--keep-planned",
    ]);
    e
}

#[test]
fn agenda_json_lists_exactly_what_needs_attention_in_the_window() {
    let e = agenda_practice();
    let a = e.json(&["agenda", "--json"]);
    assert_eq!(
        a,
        json!({
            "from": "2026-11-29",
            "days": 14,
            "checkins": [
                {"mentee": "m1", "mentee_name": "Olga Petrova", "due": "2026-11-08", "days_overdue": 21},
                {"mentee": "m3", "mentee_name": "Bob Stone", "due": "2026-12-05", "days_overdue": 0},
            ],
            "sessions": [
                {"mentee": "m2", "mentee_name": "Alice Moreau", "id": "s11",
                 "at": "2026-12-02T10:00:00+01:00", "minutes": 45, "agenda": "Review prep"},
                {"mentee": "m3", "mentee_name": "Bob Stone", "id": "s14",
                 "at": "2026-12-08T18:30:00+01:00", "minutes": null, "agenda": "Release plan"},
            ],
            "actions": [
                {"mentee": "m2", "mentee_name": "Alice Moreau", "id": "a6",
                 "text": "Overdue action", "owner": "mentee", "due": "2026-11-25"},
                {"mentee": "m2", "mentee_name": "Alice Moreau", "id": "a7",
                 "text": "Inside action", "owner": "mentor", "due": "2026-12-05"},
            ],
            "milestones": [
                {"mentee": "m2", "mentee_name": "Alice Moreau", "goal": "g18", "id": "ms19",
                 "title": "Overdue step", "due": "2026-11-15"},
                {"mentee": "m2", "mentee_name": "Alice Moreau", "goal": "g18", "id": "ms20",
                 "title": "Inside step", "due": "2026-12-10"},
            ],
        })
    );

    // The window is N days with today included: the session on day 15 comes in with --days 15.
    let wider = e.json(&["agenda", "--days", "15", "--json"]);
    assert_eq!(wider["days"], 15);
    let ids: Vec<&str> = wider["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["s11", "s14", "s15"]);
    // A one-day window: today only. Overdue things stay; nothing ahead shows.
    let today = e.json(&["agenda", "--days", "1", "--json"]);
    assert_eq!(today["checkins"].as_array().unwrap().len(), 1);
    assert_eq!(today["sessions"], json!([]));
    assert_eq!(today["actions"][0]["id"], "a6");
    assert_eq!(today["actions"].as_array().unwrap().len(), 1);
    assert_eq!(today["milestones"][0]["id"], "ms19");
    assert_eq!(today["milestones"].as_array().unwrap().len(), 1);
}

#[test]
fn agenda_text_shows_the_same_four_sections() {
    let e = agenda_practice();
    let before = e.bytes();
    let text = e.ok(&["agenda"]);
    assert_eq!(
        text,
        "\
Agenda from 2026-11-29 for 14 days

Check-ins
MENTEE        DUE         STATE
Olga Petrova  2026-11-08  overdue 21d
Bob Stone     2026-12-05  due, nothing planned

Sessions
WHEN              MENTEE        ID   AGENDA
2026-12-02 10:00  Alice Moreau  s11  Review prep
2026-12-08 18:30  Bob Stone     s14  Release plan

Action items
DUE          MENTEE        OWNER   ID  ACTION
2026-11-25!  Alice Moreau  mentee  a6  Overdue action
2026-12-05   Alice Moreau  mentor  a7  Inside action

Milestones
DUE          MENTEE        ID    MILESTONE
2026-11-15!  Alice Moreau  ms19  Overdue step
2026-12-10   Alice Moreau  ms20  Inside step
"
    );
    assert_eq!(e.bytes(), before, "the agenda only reads");
}

#[test]
fn agenda_of_an_empty_store_says_so_and_creates_nothing() {
    let e = Env::new();
    let text = e.ok(&["agenda"]);
    assert_eq!(
        text,
        "\
Agenda from 2026-11-29 for 14 days

Check-ins
  none overdue

Sessions
  none planned

Action items
  none due

Milestones
  none due
"
    );
    assert_eq!(
        e.json(&["agenda", "--json"]),
        json!({"from": "2026-11-29", "days": 14, "checkins": [], "sessions": [],
               "actions": [], "milestones": []})
    );
    assert!(!e.store.exists());
}
