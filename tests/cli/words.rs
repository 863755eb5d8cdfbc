//! What the command line writes, word for word: JSON that cannot steer a terminal, labels that say
//! what the mentee sees, plurals, one-line usage errors, and the questions asked before a
//! future session is marked held or a mentee is concluded.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::cli_env;
use crate::common;

use cli_env::Env;

/// Every character that could steer a terminal or reorder text: C0 (serde_json escapes these
/// already), DEL, C1 (U+009D starts an OSC), the bidi marks, embeddings, overrides and isolates,
/// and the line and paragraph separators.
fn hostile_chars() -> Vec<char> {
    (0u32..0x20)
        .chain(0x7f..=0x9f)
        .chain([0x061c, 0x200e, 0x200f, 0x2028, 0x2029])
        .chain(0x202a..=0x202e)
        .chain(0x2066..=0x2069)
        .filter_map(char::from_u32)
        .collect()
}

fn hostile(label: &str) -> String {
    let mut s = format!("{label} ");
    s.extend(hostile_chars());
    s.push_str("\u{9d}52;c;ZWNobyBwd25lZA==\u{7}end");
    s
}

/// True when `out` holds a hostile character outside the JSON layout (newlines of pretty JSON
/// are layout; a newline inside a string is always escaped by serde_json).
fn raw_hostile(out: &str) -> Option<char> {
    out.chars()
        .find(|c| *c != '\n' && hostile_chars().contains(c))
}

fn hostile_store(e: &Env) {
    let mut ws = common::sample_workspace();
    ws.mentor.name = hostile("mentor");
    let m = ws.mentee_mut(0);
    m.name = hostile("name");
    m.aspirations = hostile("aspirations");
    m.goals[0].title = hostile("goal");
    m.goals[0].milestones[0].title = hostile("milestone");
    m.sessions[0].agenda = hostile("agenda");
    m.sessions[0].actions[1].text = hostile("action");
    m.sessions[1].agenda = hostile("planned");
    m.feedback[0].text = hostile("feedback");
    m.connections[0].title = hostile("connection");
    std::fs::create_dir_all(e.store.parent().unwrap()).unwrap();
    std::fs::write(&e.store, common::bytes_of(&ws)).unwrap();
}

#[test]
fn json_output_escapes_every_control_and_bidi_character() {
    let e = Env::new();
    hostile_store(&e);
    let commands: &[&[&str]] = &[
        &["mentee", "list", "--json"],
        &["mentee", "show", "m1", "--json"],
        &["goal", "list", "--json"],
        &["goal", "check", "--json"],
        &["session", "list", "--json"],
        &["action", "list", "--json"],
        &["feedback", "list", "--json"],
        &["connection", "list", "--json"],
        &["agenda", "--days", "366", "--json"],
    ];
    for args in commands {
        let out = e.ok(args);
        assert_eq!(raw_hostile(&out), None, "{args:?} wrote a raw character");
        assert!(
            out.contains("\\u009d") && out.contains("\\u202e"),
            "{args:?}: {out}"
        );
        // The escapes decode to exactly what the store holds.
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let all_strings = strings(&v);
        assert!(
            all_strings
                .iter()
                .any(|s| s.ends_with("\u{9d}52;c;ZWNobyBwd25lZA==\u{7}end")
                    && hostile_chars().iter().all(|c| s.contains(*c))),
            "{args:?}: no string decodes to the stored text"
        );
    }

    // The store itself, once saved by mentor, and a bundle hold no raw character either, and
    // read back to the same text.
    // (An argument cannot hold NUL.)
    let again: String = hostile("again").chars().filter(|c| *c != '\0').collect();
    e.ok(&["mentee", "edit", "m1", "--aspirations", &again]);
    let bytes = String::from_utf8(e.bytes()).unwrap();
    assert_eq!(raw_hostile(&bytes), None, "the store file");
    let shown = e.json(&["mentee", "show", "m1", "--json"]);
    assert_eq!(shown["aspirations"].as_str(), Some(again.as_str()));
    let bundle = e.path("alice.mentor.json");
    e.ok(&["share", "m1", "-o", bundle.to_str().unwrap()]);
    let bytes = std::fs::read_to_string(&bundle).unwrap();
    assert_eq!(raw_hostile(&bytes), None, "the bundle");
}

/// Every string in a JSON value.
fn strings(v: &serde_json::Value) -> Vec<String> {
    match v {
        serde_json::Value::String(s) => vec![s.clone()],
        serde_json::Value::Array(a) => a.iter().flat_map(strings).collect(),
        serde_json::Value::Object(o) => o
            .iter()
            .flat_map(|(k, v)| std::iter::once(k.clone()).chain(strings(v)))
            .collect(),
        _ => Vec::new(),
    }
}

/// The help of every flag whose text reaches the mentee says so; private flags say never.
#[test]
fn help_says_which_flags_the_mentee_sees() {
    let e = Env::new();
    let flat = |args: &[&str]| e.ok(args).split_whitespace().collect::<Vec<_>>().join(" ");
    let connection = flat(&["connection", "add", "--help"]);
    assert!(
        connection.contains("--note <TEXT> A note about it: shared with the mentee"),
        "{connection}"
    );
    let session = flat(&["session", "add", "--help"]);
    for wanted in [
        "--agenda <TEXT> What to talk about (shared with the mentee)",
        "--notes <TEXT> Notes both sides see: shared with the mentee",
        "--private-notes <TEXT> Notes only you see (never shared)",
        "--action <TEXT> An action item, shared with the mentee",
    ] {
        assert!(session.contains(wanted), "{wanted}: {session}");
    }
    let held = flat(&["session", "held", "--help"]);
    assert!(held.contains("shared with the mentee"), "{held}");
    let milestone = flat(&["milestone", "add", "--help"]);
    assert!(
        milestone.contains("(shared with the mentee)"),
        "{milestone}"
    );
    let mentee = flat(&["mentee", "add", "--help"]);
    assert!(mentee.contains("(shared with them)"), "{mentee}");
    assert!(mentee.contains("(never shared)"), "{mentee}");
}

/// Sessions planned on 11-20 (passed without being marked), 12-01 and 12-15 (to come), on a
/// store with one mentee (Alice, every two weeks); today is 11-29.
fn with_planned_sessions(e: &Env) {
    e.ok(&["mentee", "add", "Alice Moreau", "--every", "2w"]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-11-20 10:00",
        "--status",
        "planned",
    ]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-12-01 10:00",
    ]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-12-15 10:00",
    ]);
}

fn statuses(e: &Env) -> Vec<String> {
    e.json(&["session", "list", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                s["at"].as_str().unwrap(),
                s["status"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn a_future_session_is_marked_held_only_with_yes() {
    let e = Env::new();
    with_planned_sessions(&e);
    let future = e
        .json(&["session", "list", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["at"].as_str().unwrap().starts_with("2026-12-01"))
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let before = e.bytes();
    let out = e.cmd(&["session", "held", &future]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("still to come") && err.contains("--yes"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert_eq!(e.bytes(), before, "nothing written");
    e.ok(&["session", "held", &future, "--yes"]);
    assert!(
        statuses(&e)
            .iter()
            .any(|s| s.starts_with("2026-12-01") && s.ends_with("held"))
    );
}

#[test]
fn concluding_a_mentee_with_planned_sessions_says_what_to_do_with_them() {
    let e = Env::new();
    with_planned_sessions(&e);
    let before = e.bytes();
    let out = e.cmd(&["mentee", "edit", "alice", "--status", "concluded"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("2 sessions still planned")
            && err.contains("--cancel-planned")
            && err.contains("--keep-planned"),
        "{err}"
    );
    assert_eq!(e.bytes(), before, "nothing written");
    let both = e.cmd(&[
        "mentee",
        "edit",
        "alice",
        "--status",
        "concluded",
        "--cancel-planned",
        "--keep-planned",
    ]);
    assert_eq!(both.status.code(), Some(2));

    let kept = Env::new();
    with_planned_sessions(&kept);
    kept.ok(&[
        "mentee",
        "edit",
        "alice",
        "--status",
        "concluded",
        "--keep-planned",
    ]);
    assert_eq!(
        statuses(&kept)
            .iter()
            .filter(|s| s.ends_with("planned"))
            .count(),
        3,
        "{:?}",
        statuses(&kept)
    );

    let out = e.ok(&[
        "mentee",
        "edit",
        "alice",
        "--status",
        "concluded",
        "--cancel-planned",
    ]);
    assert!(out.contains("cancelled 2 planned sessions"), "{out}");
    let after = statuses(&e);
    // The one whose day passed is left to the mentor; the two still to come are cancelled.
    assert_eq!(
        after.iter().filter(|s| s.ends_with("cancelled")).count(),
        2,
        "{after:?}"
    );
    assert!(
        after
            .iter()
            .any(|s| s.starts_with("2026-11-20") && s.ends_with("planned"))
    );
    let shown = e.json(&["mentee", "show", "alice", "--json"]);
    assert_eq!(shown["status"], "concluded");
}

/// One of everything, so every count in the output is a 1 (or a 0).
fn one_of_everything(e: &Env) {
    e.ok(&[
        "mentee",
        "add",
        "Alice Moreau",
        "--every",
        "2w",
        "--minutes",
        "1",
        "--success",
        "Leads reviews",
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
        "reviews led",
        "--baseline",
        "0",
        "--target",
        "3",
        "--achievable",
        "Shadow two first",
        "--why",
        "Needed for the promotion",
        "--due",
        "2027-01-01",
    ]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-11-20 10:00",
        "--notes",
        "n",
    ]);
    e.ok(&[
        "feedback", "add", "--mentee", "alice", "--kind", "strength", "Good",
    ]);
    e.ok(&[
        "connection",
        "add",
        "--mentee",
        "alice",
        "--kind",
        "course",
        "Writing",
    ]);
}

/// A count of one never takes a plural noun ("1 sessions", "1 strengths"), anywhere.
fn assert_no_bad_plural(out: &str, what: &str) {
    let words: Vec<&str> = out.split_whitespace().collect();
    for pair in words.windows(2) {
        let number = pair[0].trim_start_matches('(');
        let noun = pair[1].trim_end_matches([',', '.', ')', ';']);
        assert!(
            !(number == "1" && noun.len() > 2 && noun.ends_with('s') && noun != "is"),
            "{what}: \"{} {}\" in:\n{out}",
            pair[0],
            pair[1]
        );
    }
}

#[test]
fn counts_of_one_are_singular_everywhere() {
    let e = Env::new();
    one_of_everything(&e);
    let bundle = e.path("alice.mentor.json");
    let outputs = [
        ("mentee show", e.ok(&["mentee", "show", "alice"])),
        ("goal check", e.ok(&["goal", "check"])),
        ("profile", e.ok(&["profile"])),
        (
            "feedback list",
            e.ok(&["feedback", "list", "--mentee", "alice"]),
        ),
        ("agenda", e.ok(&["agenda", "--days", "1"])),
        ("print", e.ok(&["view", "--mentee", "alice", "--print"])),
        ("summary", e.ok(&[])),
        (
            "share",
            e.ok(&["share", "alice", "-o", bundle.to_str().unwrap()]),
        ),
        (
            "plan",
            e.ok(&["session", "plan", "--mentee", "alice", "--count", "1"]),
        ),
        ("remove", e.fails(&["mentee", "remove", "alice"])),
    ];
    for (what, out) in &outputs {
        assert_no_bad_plural(out, what);
    }
    let text: std::collections::BTreeMap<_, _> = outputs.into_iter().collect();
    assert!(
        text["goal check"].contains("1 of 1 goal is SMART."),
        "{}",
        text["goal check"]
    );
    assert!(
        text["mentee show"].contains("Feedback: 1 strength, 0 improvements, 0 observations"),
        "{}",
        text["mentee show"]
    );
    assert!(text["share"].contains("(1 goal, 1 session, 1 shared feedback note, 1 connection)"));
    assert!(text["agenda"].starts_with("Agenda from 2026-11-29 for 1 day\n"));
}

/// `mentee show`: a long label keeps a space before its value, and the feedback verdict is in
/// words ("(too-few)" was the JSON name).
#[test]
fn mentee_show_reads_as_words() {
    let e = Env::new();
    one_of_everything(&e);
    let out = e.ok(&["mentee", "show", "alice"]);
    assert!(out.contains("success measures Leads reviews"), "{out}");
    assert!(!out.contains("measuresLeads"), "{out}");
    assert!(out.contains("(too few to judge)"), "{out}");
    assert!(!out.contains("too-few"), "{out}");
    // The JSON keeps the machine name.
    let json = e.json(&["mentee", "show", "alice", "--json"]);
    assert!(json.to_string().contains("too-few"), "{json}");
}

/// The printed plan says what the SMART check found in words, never "SMART SMART".
#[test]
fn the_printed_plan_says_smart_once() {
    let e = Env::new();
    one_of_everything(&e);
    e.ok(&["goal", "add", "--mentee", "alice", "Get better"]);
    let out = e.ok(&["view", "--mentee", "alice", "--print"]);
    assert!(!out.contains("SMART SMART"), "{out}");
    assert!(out.contains("SMART: all five hold"), "{out}");
    assert!(out.contains("SMART: not yet S, M"), "{out}");
}

/// Usage errors are one line on stderr, with exit code 2, as the README promises; help and the
/// version still print as usual.
#[test]
fn usage_errors_are_one_line() {
    let e = Env::new();
    for (args, says) in [
        (
            &["feedback", "add", "--mentee", "a", "--kind", "praise", "x"][..],
            "invalid value 'praise'",
        ),
        (&["goal", "add"][..], "--mentee <MENTEE>, <TITLE>"),
        (&["nonsense"][..], "unrecognized subcommand 'nonsense'"),
        (&["mentee"][..], "add, list"),
        (
            &["mentee", "add", "--success-measures", "x", "y"][..],
            "a similar argument exists: '--success'",
        ),
        (&["agenda", "--days", "999"][..], "999 is not in 1..=366"),
        (&["session", "list", "--mentee"][..], "a value is required"),
        (
            &["mentee", "add", "\u{1b}]52;c;x\u{7}", "--kind", "x"][..],
            "invalid value 'x'",
        ),
    ] {
        let out = e.cmd(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.starts_with("mentor: "), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}:\n{err}");
        assert!(
            !err.contains('\u{1b}') && !err.contains('\u{7}'),
            "{args:?}: {err:?}"
        );
    }
    let help = e.cmd(&["mentee", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("Usage: mentor mentee"));
    let version = e.ok(&["--version"]);
    assert!(version.starts_with("mentor "), "{version}");
    assert!(!e.store.exists(), "nothing created");
}
