//! The command line end to end: the built binary against a store in a temporary directory.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use serde_json::Value;
use std::path::Path;
use std::process::Command;

use crate::cli_env;
use cli_env::{Env, NOW};

fn ids(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_whole_practice_from_the_shell_reads_back_as_json() {
    let e = Env::new();
    e.ok(&[
        "mentee",
        "add",
        "Alice Moreau",
        "--kind",
        "career",
        "--every",
        "2w",
        "--minutes",
        "45",
        "--channel",
        "video",
        "--aspirations",
        "Move into a staff role",
        "--private-notes",
        "Nervous about visibility",
    ]);
    e.ok(&[
        "mentee",
        "add",
        "Bob Stone",
        "--kind",
        "peer",
        "--every",
        "monthly",
        "--channel",
        "chat",
        "--channel",
        "in-person",
        "--boundaries",
        "No calls after 18:00",
    ]);
    e.ok(&[
        "goal",
        "add",
        "--mentee",
        "alice",
        "get better at leadership",
    ]);
    e.ok(&[
        "goal",
        "add",
        "--mentee",
        "alice",
        "Lead a design review",
        "--specific",
        "Run the payments design review from invite to write-up",
        "--metric",
        "design reviews led",
        "--baseline",
        "0",
        "--target",
        "3",
        "--unit",
        "reviews",
        "--achievable",
        "Shadow two reviews first",
        "--why",
        "Needed for the staff promotion",
        "--due",
        "2027-02-15",
        "--skill",
        "facilitation",
        "--status",
        "active",
    ]);
    e.ok(&[
        "goal",
        "add",
        "--mentee",
        "bob",
        "Ship the side project",
        "--criterion",
        "A stranger can install it from the README",
        "--due",
        "+3m",
    ]);
    e.ok(&[
        "milestone",
        "add",
        "--goal",
        "g4",
        "Shadow two reviews",
        "--due",
        "2026-12-20",
    ]);
    e.ok(&[
        "milestone",
        "add",
        "--goal",
        "g4",
        "Run one review with support",
        "--due",
        "+6w",
    ]);
    e.ok(&["milestone", "done", "ms6"]);
    e.ok(&["goal", "progress", "g4", "1"]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-11-27 10:00",
        "--agenda",
        "Review prep",
        "--notes",
        "Walked through the RFC",
        "--private-notes",
        "Seemed tired",
        "--goal",
        "g4",
        "--action",
        "Draft the agenda",
        "--due",
        "friday",
        "--action",
        "Introduce Alice to Dana",
        "--owner",
        "mentor",
    ]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "bob",
        "--at",
        "next monday 09:30",
        "--agenda",
        "Release plan",
    ]);
    e.ok(&[
        "feedback",
        "add",
        "--mentee",
        "alice",
        "--kind",
        "strength",
        "Ran a calm, well-timed review",
        "--goal",
        "g4",
    ]);
    e.ok(&[
        "feedback",
        "add",
        "--mentee",
        "alice",
        "--kind",
        "improvement",
        "Let others finish their point",
        "--private",
    ]);
    e.ok(&[
        "connection",
        "add",
        "--mentee",
        "alice",
        "--kind",
        "introduction",
        "Meet Dana",
        "--who",
        "Dana Kim",
    ]);
    e.ok(&["action", "done", "a10"]);

    let mentees = e.json(&["mentee", "list", "--json"]);
    assert_eq!(ids(&mentees), ["m1", "m2"]);
    assert_eq!(mentees[0]["name"], "Alice Moreau");
    assert_eq!(
        mentees[0]["cadence"],
        serde_json::json!({"every": 2, "unit": "weeks"})
    );
    assert_eq!(mentees[0]["next_checkin"]["due"], "2026-12-11");
    assert_eq!(mentees[1]["kind"], "peer");

    let alice = e.json(&["mentee", "show", "alice", "--json"]);
    assert_eq!(alice["private_notes"], "Nervous about visibility");
    assert_eq!(alice["agreement"]["session_minutes"], 45);
    assert_eq!(alice["agreement"]["channels"], serde_json::json!(["video"]));
    let bob = e.json(&["mentee", "show", "m2", "--json"]);
    assert_eq!(
        bob["agreement"]["channels"],
        serde_json::json!(["chat", "in-person"])
    );
    assert_eq!(bob["agreement"]["boundaries"], "No calls after 18:00");

    let goals = e.json(&["goal", "list", "--json"]);
    assert_eq!(ids(&goals), ["g3", "g4", "g5"]);
    let g4 = &goals[1];
    assert_eq!(g4["smart"], "SMART");
    assert_eq!(g4["metric"]["current"], 1.0);
    assert!((g4["progress"].as_f64().unwrap() - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(ids(&g4["milestones"]), ["ms6", "ms7"]);
    assert_eq!(g4["milestones"][0]["done_on"], "2026-11-29");
    assert_eq!(g4["milestones"][1]["due"], "2027-01-10");
    assert_eq!(g4["skills"], serde_json::json!(["facilitation"]));
    assert_eq!(goals[2]["due"], "2027-02-28");
    assert_eq!(goals[2]["mentee"], "m2");

    let sessions = e.json(&["session", "list", "--json"]);
    assert_eq!(ids(&sessions), ["s11", "s8"], "newest first");
    assert_eq!(sessions[0]["status"], "planned");
    assert_eq!(sessions[0]["at"], "2026-11-30T09:30:00+01:00");
    let s8 = &sessions[1];
    assert_eq!(s8["status"], "held");
    assert_eq!(s8["private_notes"], "Seemed tired");
    assert_eq!(s8["goals"], serde_json::json!(["g4"]));
    assert_eq!(s8["actions"][0]["owner"], "mentee");
    assert_eq!(s8["actions"][0]["due"], "2026-12-04");
    assert_eq!(s8["actions"][1]["owner"], "mentor");
    assert_eq!(s8["actions"][1]["due"], Value::Null);

    let open = e.json(&["action", "list", "--open", "--json"]);
    assert_eq!(ids(&open), ["a9"]);
    let all = e.json(&["action", "list", "--json"]);
    assert_eq!(ids(&all), ["a9", "a10"]);
    assert_eq!(all[1]["done_on"], "2026-11-29");

    let feedback = e.json(&["feedback", "list", "--json"]);
    assert_eq!(feedback.as_array().unwrap().len(), 2);
    let vis: Vec<_> = feedback
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap(),
                f["visibility"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(
        vis.contains(&("strength", "shared")) && vis.contains(&("improvement", "private")),
        "{vis:?}"
    );

    let connections = e.json(&["connection", "list", "--json"]);
    assert_eq!(connections[0]["who"], "Dana Kim");
    assert_eq!(connections[0]["status"], "suggested");

    let check = e.ok(&["goal", "check", "--mentee", "alice"]);
    let vague: Vec<&str> = check
        .lines()
        .skip_while(|l| !l.contains("get better at leadership"))
        .take(6)
        .collect();
    assert!(vague[0].contains("·····"), "{check}");
    assert!(vague[1].contains("not specific"), "{check}");
    assert!(vague[2].contains("not measurable"), "{check}");
    assert!(vague[3].contains("achievable"), "{check}");
    assert!(vague[4].contains("relevance"), "{check}");
    assert!(vague[5].contains("not time-bound"), "{check}");
    let report = e.json(&["goal", "check", "--json"]);
    assert_eq!(report[0]["smart"], "·····");
    assert_eq!(report[0]["letters"][0]["letter"], "specific");
    assert_eq!(report[0]["letters"][0]["holds"], false);
    assert_eq!(report[1]["is_smart"], true);
}

#[test]
fn plain_output_fits_80_columns_and_shows_no_control_bytes() {
    let e = Env::new();
    e.ok(&[
        "mentee",
        "add",
        "Mallory \x1b]52;c;ZXZpbA==\x07\x1b[2J\u{202e}evil",
        "--every",
        "1w",
    ]);
    e.ok(&[
        "goal",
        "add",
        "--mentee",
        "m1",
        &"A very long goal title ".repeat(10),
    ]);
    for args in [
        &["mentee", "list"][..],
        &["goal", "list"],
        &["goal", "check"],
        &["mentee", "show", "m1"],
    ] {
        let out = e.ok(args);
        assert!(
            !out.chars().any(|c| c.is_control() && c != '\n'),
            "{args:?}: {out:?}"
        );
        assert!(!out.contains('\u{202e}'));
        assert!(
            out.contains("\\x1b"),
            "{args:?} should show the escape visibly: {out}"
        );
        if args[1] == "list" {
            assert!(
                out.lines().all(|l| unicode_width(l) <= 80),
                "{args:?}:\n{out}"
            );
        }
    }
}

fn unicode_width(s: &str) -> usize {
    s.chars().count()
}

#[test]
fn bad_input_fails_with_one_line_and_leaves_the_file_alone() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    e.ok(&["mentee", "add", "Alina"]);
    e.ok(&["goal", "add", "--mentee", "alice", "Speak at a meetup"]);
    let before = e.bytes();
    let cases: &[(&[&str], &str)] = &[
        (
            &["goal", "add", "--mentee", "ali", "x"],
            "matches several mentees: Alice (m1), Alina (m2)",
        ),
        (
            &["goal", "add", "--mentee", "zed", "x"],
            "no mentee matches \"zed\"",
        ),
        (
            &[
                "goal",
                "add",
                "--mentee",
                "alice",
                "x",
                "--due",
                "2026-13-01",
            ],
            "invalid date \"2026-13-01\"",
        ),
        (
            &["goal", "add", "--mentee", "alice", "   "],
            "the title must not be empty",
        ),
        (&["mentee", "add", "alice"], "already exists"),
        (
            &["mentee", "add", "Carol", "--every", "sometimes"],
            "invalid cadence",
        ),
        (&["mentee", "remove", "alice"], "add --yes to confirm"),
        (
            &["milestone", "add", "--goal", "g99", "x"],
            "no goal with ID \"g99\"",
        ),
        (&["goal", "progress", "g3", "2"], "has no metric"),
        (
            &["session", "add", "--mentee", "alice", "--at", "whenever"],
            "invalid date and time",
        ),
        (
            &["session", "add", "--mentee", "alice", "--goal", "g1"],
            "is not a goal of Alice",
        ),
        (
            &[
                "session", "add", "--mentee", "alice", "--owner", "mentor", "--action", "x",
            ],
            "must follow the --action",
        ),
        (&["action", "done", "a1"], "no action item with ID"),
    ];
    for (args, expected) in cases {
        let err = e.fails(args);
        assert!(err.contains(expected), "{args:?}: {err}");
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "{args:?} should say one line, not:\n{err}"
        );
        assert_eq!(e.bytes(), before, "{args:?} changed the file");
    }
    // Usage errors come from clap: a short report with the valid values, exit code 2.
    let out = e.cmd(&[
        "feedback", "add", "--mentee", "alice", "--kind", "praise", "x",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("invalid value 'praise'") && err.contains("strength"),
        "{err}"
    );
    assert_eq!(e.bytes(), before);
    let err = e.fails(&["mentee", "remove", "alice"]);
    assert!(err.contains("Alice (m1) with 1 goal, 0 sessions"), "{err}");
    e.ok(&["mentee", "remove", "alice", "--yes"]);
    assert_eq!(ids(&e.json(&["mentee", "list", "--json"])), ["m2"]);
}

const CORRUPT: &str = r#"{
  "format": "mentor",
  "version": { "major": 1, "minor": 0 },
  "kind": "workspace",
  "mentor": { "name": "Sam", "capacity_hours_per_month": null, "default_session_minutes": null },
  "next_id": 5,
  "mentees": [
    { "id": "m1", "name": "Alice",
      "goals": [ { "id": "g2", "title": "Talk", "created_on": "2026-01-01", "due": "2026-13-01" } ] }
  ]
}
"#;

#[test]
fn every_command_refuses_a_corrupt_store_naming_file_line_column_and_path() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    std::fs::write(&e.store, CORRUPT).unwrap();
    let commands: &[&[&str]] = &[
        &[],
        &["mentee", "list"],
        &["mentee", "show", "alice"],
        &["mentee", "add", "Bob"],
        &["mentee", "edit", "alice", "--every", "1w"],
        &["mentee", "remove", "alice", "--yes"],
        &["goal", "list", "--json"],
        &["goal", "check"],
        &["goal", "add", "--mentee", "alice", "x"],
        &["goal", "done", "g2"],
        &["milestone", "add", "--goal", "g2", "x"],
        &["session", "add", "--mentee", "alice"],
        &["session", "list"],
        &["action", "list"],
        &[
            "feedback", "add", "--mentee", "alice", "--kind", "strength", "x",
        ],
        &["feedback", "list"],
        &["connection", "list"],
        &["profile", "--capacity", "4"],
    ];
    let expected = format!("{}:9:", e.store.display());
    for args in commands {
        let out = e.cmd(args);
        assert_eq!(out.status.code(), Some(3), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&expected), "{args:?}: {err}");
        assert!(
            err.contains("mentees[0].goals[0].due: invalid date \"2026-13-01\""),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("newest copy that reads cleanly"),
            "{args:?}: {err}"
        );
        assert_eq!(
            std::fs::read_to_string(&e.store).unwrap(),
            CORRUPT,
            "{args:?} changed the file"
        );
    }
}

#[test]
fn restore_puts_back_the_newest_good_backup_and_keeps_the_broken_file() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    e.ok(&["mentee", "add", "Bob"]);
    std::fs::write(&e.store, "{ \"format\": \"mentor\", trunc").unwrap();
    let listing = e.ok(&["restore", "--list"]);
    assert!(listing.contains("reads: 1 mentee,"), "{listing}");
    let out = e.ok(&["restore"]);
    assert!(out.contains("Restored"), "{out}");
    // The newest backup is the state before the last save: Alice alone.
    assert_eq!(ids(&e.json(&["mentee", "list", "--json"])), ["m1"]);
    let kept = e
        .store
        .parent()
        .unwrap()
        .join("mentor.json.backups")
        .join("mentor.json.before-restore-1");
    assert_eq!(
        std::fs::read_to_string(kept).unwrap(),
        "{ \"format\": \"mentor\", trunc"
    );
}

#[test]
fn concurrent_commands_take_turns_and_lose_nothing() {
    const WRITERS: usize = 4;
    const ADDS: usize = 8;
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    let children: Vec<_> = (0..WRITERS)
        .map(|w| {
            let store = e.store.clone();
            std::thread::spawn(move || {
                for n in 0..ADDS {
                    let out = Command::new(env!("CARGO_BIN_EXE_mentor"))
                        .args([
                            "feedback",
                            "add",
                            "--mentee",
                            "m1",
                            "--kind",
                            "observation",
                            &format!("writer {w} note {n}"),
                        ])
                        .env("MENTOR_STORE", &store)
                        .env("MENTOR_NOW", NOW)
                        .env("TZ", "Europe/Paris")
                        .output()
                        .unwrap();
                    assert!(
                        out.status.success(),
                        "{}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            })
        })
        .collect();
    for c in children {
        c.join().unwrap();
    }
    let feedback = e.json(&["feedback", "list", "--json"]);
    let mut texts: Vec<String> = feedback
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["text"].as_str().unwrap().to_string())
        .collect();
    texts.sort();
    let mut expected: Vec<String> = (0..WRITERS)
        .flat_map(|w| (0..ADDS).map(move |n| format!("writer {w} note {n}")))
        .collect();
    expected.sort();
    assert_eq!(texts, expected);
}

#[test]
fn first_run_creates_a_private_store_and_where_names_it() {
    use std::os::unix::fs::PermissionsExt;
    let e = Env::new();
    let out = e.ok(&[]);
    assert!(out.contains(&e.store.display().to_string()), "{out}");
    assert!(out.contains("0 mentees"), "{out}");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&e.store), 0o600);
    assert_eq!(mode(e.store.parent().unwrap()), 0o700);
    let w = e.json(&["where", "--json"]);
    assert_eq!(w["file"], e.store.display().to_string());
    assert_eq!(w["exists"], true);
    assert!(e.ok(&["where"]).contains("mentor.json.lock"));
}

#[test]
fn reading_commands_on_a_missing_store_create_nothing() {
    let e = Env::new();
    assert!(e.ok(&["mentee", "list"]).contains("No mentees yet"));
    assert_eq!(e.ok(&["goal", "list", "--json"]).trim(), "[]");
    assert!(!e.store.exists());
    assert!(!e.store.parent().unwrap().exists());
}

#[test]
fn every_command_has_help_with_an_example() {
    let e = Env::new();
    let groups: &[(&str, &[&str])] = &[
        ("mentee", &["add", "list", "show", "edit", "remove"]),
        (
            "goal",
            &["add", "list", "check", "done", "progress", "edit", "remove"],
        ),
        ("milestone", &["add", "done", "edit", "remove"]),
        (
            "session",
            &[
                "add",
                "list",
                "plan",
                "move",
                "cancel",
                "held",
                "edit",
                "remove",
                "cancel-series",
            ],
        ),
        ("action", &["done", "list", "edit", "remove"]),
        ("feedback", &["add", "list", "edit", "remove"]),
        ("connection", &["add", "done", "list", "edit", "remove"]),
        ("export", &["ics"]),
    ];
    for (group, subs) in groups {
        for sub in *subs {
            let help = e.ok(&[group, sub, "--help"]);
            assert!(
                help.contains("Example"),
                "{group} {sub} --help has no example:\n{help}"
            );
        }
    }
    for top in ["where", "profile", "restore", "share", "view", "agenda"] {
        assert!(e.ok(&[top, "--help"]).contains("Example"), "{top}");
    }
    assert!(e.ok(&["--help"]).contains("Examples:"));
}

#[test]
fn profile_sets_capacity_and_warns_when_a_mentee_exceeds_it() {
    let e = Env::new();
    e.ok(&[
        "profile",
        "--name",
        "Sam",
        "--capacity",
        "2",
        "--session-minutes",
        "60",
    ]);
    e.ok(&["mentee", "add", "Alice", "--every", "1m"]);
    let out = e.cmd(&["mentee", "add", "Bob", "--every", "1w"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("over your capacity of 2.0"));
    let p = e.json(&["profile", "--json"]);
    assert_eq!(p["profile"]["name"], "Sam");
    assert_eq!(p["over_capacity"], true);
    assert_eq!(
        ids(&e.json(&["mentee", "list", "--json"])),
        ["m1", "m2"],
        "a warning, not a refusal"
    );
}

/// The hidden developer command writes a new store of generated mentees, the same file for the
/// same size, seed and day, and never over an existing file.
#[test]
fn dev_generate_writes_a_new_store_and_never_overwrites() {
    let e = Env::new();
    let out = e.dir.path().join("gen.json");
    let path = out.to_str().expect("UTF-8");
    let said = e.ok(&["dev", "generate", "--size", "3", "--seed", "7", "-o", path]);
    assert!(
        said.starts_with(&format!("Wrote {path} (")) && said.contains("3 mentees"),
        "{said}"
    );
    let first = std::fs::read(&out).expect("the file");
    let listed = e.ok(&["--store", path, "mentee", "list", "--json"]);
    let doc: Value = serde_json::from_str(&listed).expect("JSON");
    assert_eq!(doc.as_array().expect("an array").len(), 3);

    let again = e.dir.path().join("again.json");
    let again_path = again.to_str().expect("UTF-8");
    e.ok(&[
        "dev", "generate", "--size", "3", "--seed", "7", "-o", again_path,
    ]);
    assert_eq!(std::fs::read(&again).expect("the file"), first);

    let refused = e.fails(&["dev", "generate", "--size", "s", "-o", path]);
    assert!(refused.contains("already exists"), "{refused}");
    assert_eq!(std::fs::read(&out).expect("the file"), first);
    let help = e.ok(&["--help"]);
    assert!(
        !help.lines().any(|l| l.trim_start().starts_with("dev ")),
        "the command stays hidden:\n{help}"
    );
}
