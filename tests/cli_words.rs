//! What the command line writes, word for word: JSON that cannot steer a terminal, labels that say
//! what the mentee sees, plurals, one-line usage errors, and the questions asked before a
//! future session is marked held or a mentee is concluded.

mod cli_env;
mod common;

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
