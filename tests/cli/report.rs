//! `mentor brief`, `mentor summary` and `mentor report`, and the mood and energy options of the
//! session commands, end to end.

use crate::cli_env::Env;
use crate::common::mode;
use mentor::domain::text::width;

/// The demo workspace as the store, with a session recording private text and levels.
fn demo() -> Env {
    let e = Env::new();
    e.ok(&["dev", "demo", "-o", e.store.to_str().unwrap()]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "bilal",
        "--at",
        "2026-11-28 09:00",
        "--notes",
        "SHARED-NOTE",
        "--private-notes",
        "CANARY-PRIVATE-SESSION",
        "--mood",
        "1",
        "--energy",
        "2",
        "--mentor-energy",
        "4",
    ]);
    e.ok(&[
        "feedback",
        "add",
        "--mentee",
        "bilal",
        "--kind",
        "improvement",
        "--private",
        "CANARY-PRIVATE-FEEDBACK",
    ]);
    e
}

#[test]
fn mood_and_energy_on_add_held_and_edit_checked_on_the_scale() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    let err = e.fails(&["session", "add", "--mentee", "alice", "--mood", "6"]);
    assert!(
        err.contains("--mood 6 is not on the scale; it must be 1 to 5"),
        "{err}"
    );
    let err = e.fails(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--mentor-energy",
        "0",
    ]);
    assert!(
        err.contains("--mentor-energy 0 is not on the scale"),
        "{err}"
    );
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-11-30 10:00",
        "--mood",
        "4",
    ]);
    let s = &e.doc()["mentees"][0]["sessions"][0];
    assert_eq!(s["mood"], 4);
    assert!(s.get("energy").is_none());
    let id = s["id"].as_str().unwrap().to_string();
    let err = e.fails(&["session", "held", &id, "--yes", "--energy", "9"]);
    assert!(err.contains("--energy 9"), "{err}");
    e.ok(&[
        "session",
        "held",
        &id,
        "--yes",
        "--energy",
        "3",
        "--mentor-energy",
        "2",
    ]);
    let s = &e.doc()["mentees"][0]["sessions"][0];
    assert_eq!(
        (s["status"].as_str(), &s["mood"], &s["energy"]),
        (Some("held"), &4.into(), &3.into())
    );
    assert_eq!(s["mentor_energy"], 2);
    e.ok(&["session", "edit", &id, "--mood", "2"]);
    let s = &e.doc()["mentees"][0]["sessions"][0];
    assert_eq!((&s["mood"], &s["energy"]), (&2.into(), &3.into()));
    // The mentee's bundle carries their mood and energy, never the mentor's energy.
    let bundle = e.path("a.json");
    e.ok(&["share", "alice", "-o", bundle.to_str().unwrap()]);
    let text = std::fs::read_to_string(&bundle).unwrap();
    assert!(
        text.contains("\"mood\": 2") && !text.contains("mentor_energy"),
        "{text}"
    );
}

#[test]
fn the_brief_fits_80_columns_and_each_suggestion_has_its_cause() {
    let e = demo();
    let text = e.ok(&["brief", "bilal"]);
    assert!(
        text.starts_with("Brief: Bilal Haddad (m28), 2026-11-29\n"),
        "{text}"
    );
    for l in text.lines() {
        assert!(width(l) <= 80, "{l}");
    }
    assert!(text.contains("Suggested agenda"));
    assert!(
        text.contains("why: mood fell at the last three sessions: 4 → 3 → 2 → 1"),
        "{text}"
    );
    assert!(
        text.contains("), 1 day ago") && text.contains("Last session  2026-11-28 (s"),
        "{text}"
    );
    assert!(text.contains("SHARED-NOTE") && !text.contains("CANARY-PRIVATE-SESSION"));
    let json = e.json(&["brief", "m28", "--json"]);
    let suggestions = json["suggestions"].as_array().unwrap();
    assert!(!suggestions.is_empty());
    for s in suggestions {
        assert!(!s["cause"].as_str().unwrap().is_empty(), "{s}");
        assert!(s["rule"].is_string());
    }
    assert_eq!(json["last_session"]["date"], "2026-11-28");
    let err = e.fails(&["brief", "nobody"]);
    assert!(err.contains("no mentee matches"), "{err}");
}

#[test]
fn the_summary_in_text_and_json() {
    let e = demo();
    let text = e.ok(&["summary", "alice"]);
    assert!(text.starts_with("Summary: Alice Moreau (m1), all records, to 2026-11-29"));
    assert!(text.contains("Recurring themes\n  review: "), "{text}");
    assert!(text.contains("mentee: 4 made, 2 kept (50%)"), "{text}");
    for l in text.lines() {
        assert!(width(l) <= 80, "{l}");
    }
    let json = e.json(&["summary", "alice", "--since", "2026-11-01", "--json"]);
    assert_eq!(json["since"], "2026-11-01");
    assert_eq!(json["follow_through"][0]["owner"], "mentee");
    assert!(
        json["themes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["occasions"].as_u64() >= Some(2))
    );
}

#[test]
fn a_report_to_a_file_is_0600_and_never_replaces_one_without_force() {
    let e = demo();
    let out = e.path("bilal.html");
    let path = out.to_str().unwrap();
    let cmd = e.cmd(&["report", "bilal", "--format", "html", "-o", path]);
    assert!(cmd.status.success() && cmd.stdout.is_empty());
    assert_eq!(mode(&out) & 0o777, 0o600);
    let first = std::fs::read_to_string(&out).unwrap();
    assert!(first.starts_with("<!DOCTYPE html>"));
    assert!(!first.contains("CANARY-PRIVATE") && !first.contains("CANARY"));
    let err = e.fails(&["report", "bilal", "--format", "md", "-o", path]);
    assert!(err.contains("already exists; use --force"), "{err}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), first, "untouched");
    e.ok(&["report", "bilal", "--format", "md", "-o", path, "--force"]);
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.starts_with("# Progress report: Bilal Haddad"));
    assert_eq!(mode(&out) & 0o777, 0o600);
}

#[test]
fn a_default_report_is_the_mentees_and_include_private_says_so() {
    let e = demo();
    for format in ["md", "html"] {
        let text = e.ok(&["report", "bilal", "--format", format]);
        assert!(!text.contains("CANARY"), "{format}: {text}");
        assert!(!text.contains("Includes private records"));
        // Other mentees are not in it.
        assert!(
            !text.contains("Alice") && !text.contains("Chen"),
            "{format}"
        );
        let private = e.ok(&["report", "bilal", "--format", format, "--include-private"]);
        assert!(private.contains("Includes private records"));
        assert!(private.contains("CANARY-PRIVATE-FEEDBACK"));
    }
    let since = e.ok(&["report", "bilal", "--format", "md", "--since", "2026-11-20"]);
    assert!(since.contains("1 session held"), "{since}");
}

#[test]
fn the_practice_report_and_the_argument_rules() {
    let e = demo();
    let md = e.ok(&["report", "--practice", "--format", "md"]);
    assert!(md.starts_with("# Practice report\n"));
    assert!(md.contains("| 2026-11 |"), "{md}");
    assert!(md.contains("## Overdue check-ins"));
    let html = e.ok(&["report", "--practice", "--format", "html"]);
    assert!(html.contains("<svg role=\"img\""));
    let err = e.fails(&["report", "--format", "md"]);
    assert!(err.contains("MENTEE") || err.contains("required"), "{err}");
    let err = e.fails(&["report", "alice", "--practice", "--format", "md"]);
    assert!(err.contains("cannot be used with"), "{err}");
    let err = e.fails(&["report", "alice", "--format", "pdf"]);
    assert!(err.contains("pdf"), "{err}");
}

/// `--lang nl`: the reports, the brief and the printed plan in Dutch, the shareable ones still
/// free of private text.
#[test]
fn the_reports_the_brief_and_the_plan_in_dutch() {
    let e = demo();
    let md = e.ok(&["--lang", "nl", "report", "bilal", "--format", "md"]);
    assert!(
        md.starts_with("# Voortgangsrapport: Bilal Haddad\n"),
        "{md}"
    );
    assert!(md.contains("· Datum: zondag 29 november 2026 ·"), "{md}");
    assert!(!md.contains("CANARY") && !md.contains("Progress report"));
    let html = e.ok(&["--lang", "nl", "report", "bilal", "--format", "html"]);
    assert!(html.contains("<html lang=\"nl\">") && !html.contains("CANARY"));
    let private = e.ok(&[
        "--lang",
        "nl",
        "report",
        "bilal",
        "--format",
        "md",
        "--include-private",
    ]);
    assert!(private.contains("Bevat privégegevens") && private.contains("CANARY-PRIVATE"));
    let practice = e.ok(&["--lang", "nl", "report", "--practice", "--format", "md"]);
    assert!(practice.starts_with("# Praktijkrapport\n"), "{practice}");
    let brief = e
        .command(&["brief", "bilal"])
        .env("LANG", "nl_NL.UTF-8")
        .output()
        .unwrap();
    let brief = String::from_utf8(brief.stdout).unwrap();
    assert!(
        brief.starts_with("Briefing: Bilal Haddad (m28), zondag 29 november 2026\n"),
        "{brief}"
    );
    assert!(brief.lines().all(|l| width(l) <= 80), "{brief}");
    assert!(brief.contains("Voorstel voor de agenda") && !brief.contains("CANARY-PRIVATE-SESSION"));
    let bundle = e.path("b.json");
    e.ok(&["share", "bilal", "-o", bundle.to_str().unwrap()]);
    let plan = e.ok(&["--lang", "nl", "view", bundle.to_str().unwrap(), "--print"]);
    assert!(
        plan.starts_with("Mentoringplan van Bilal Haddad\n"),
        "{plan}"
    );
    assert!(plan.contains("\nAfspraken\n") && plan.contains("\nVolgende check-in: "));
    assert!(
        plan.contains("SHARED-NOTE") && !plan.contains("CANARY"),
        "{plan}"
    );
}
