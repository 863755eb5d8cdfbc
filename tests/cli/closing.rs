//! `mentor closing` (the closing note of a concluded mentee) and `mentor report NAME --closing`
//! (the closing review as Markdown or HTML, the mentee's shared variant by default), end to end
//! on the demo store (issue 20).

use crate::cli_env::Env;
use crate::common::mode;

/// The demo as the store; Grace concluded, her note written with a private side.
fn demo() -> Env {
    let e = Env::new();
    e.ok(&["dev", "demo", "-o", e.store.to_str().unwrap()]);
    let out = e.ok(&[
        "closing",
        "grace",
        "--note",
        "SHARED-NOTE: you made the move.",
        "--private-note",
        "CANARY-PRIVATE-CLOSING",
    ]);
    assert!(
        out.starts_with("closing note of Grace Lindqvist ("),
        "{out}"
    );
    e
}

#[test]
fn the_closing_note_is_for_a_concluded_mentee_a_flag_not_given_keeps_what_is_written() {
    let e = demo();
    let before = e.bytes();
    let err = e.fails(&["closing", "alice", "--note", "bye"]);
    assert!(err.contains("Alice Moreau is not concluded"), "{err}");
    let err = e.fails(&["closing", "grace"]);
    assert!(
        err.contains("--note TEXT and/or --private-note TEXT"),
        "{err}"
    );
    assert_eq!(e.bytes(), before, "nothing written");
    // Only the note given changes; the private note stays.
    e.ok(&["closing", "grace", "--note", "SHARED-NOTE: again."]);
    let full = e.ok(&[
        "report",
        "grace",
        "--closing",
        "--format",
        "md",
        "--include-private",
    ]);
    assert!(full.contains("SHARED-NOTE: again.") && full.contains("CANARY-PRIVATE-CLOSING"));
    // Both empty take it away.
    let out = e.ok(&["closing", "grace", "--note", "", "--private-note", " "]);
    assert!(out.contains("taken away"), "{out}");
    let full = e.ok(&[
        "report",
        "grace",
        "--closing",
        "--format",
        "md",
        "--include-private",
    ]);
    assert!(full.contains("No closing note yet."), "{full}");
}

#[test]
fn the_closing_report_in_markdown_is_the_mentees_and_include_private_is_the_mentors() {
    let e = demo();
    let md = e.ok(&["report", "grace", "--closing", "--format", "md"]);
    assert!(
        md.starts_with("# Closing review: Grace Lindqvist\n"),
        "{md}"
    );
    for line in [
        "1 met · 0 partly met · 0 not met · 1 dropped",
        "3 sessions held, 3.0 hours",
        "- 2 strengths, 0 improvements, 0 observations",
        "introduction: Meet Oskar Berg, data platform lead",
        "SHARED-NOTE: you made the move.",
        "## In Grace Lindqvist's words",
    ] {
        assert!(md.contains(line), "{line} in\n{md}");
    }
    assert!(!md.contains("CANARY") && !md.contains("Includes private records"));
    assert!(!md.contains("Alice") && !md.contains("Bilal"), "only Grace");
    let full = e.ok(&[
        "report",
        "grace",
        "--closing",
        "--format",
        "md",
        "--include-private",
    ]);
    assert!(full.contains("Includes private records"));
    assert!(full.contains("### Private note (yours only)\n\nCANARY-PRIVATE-CLOSING"));
    assert!(
        full.contains("- Observations: 0 shared, 1 private"),
        "{full}"
    );
}

#[test]
fn the_closing_report_in_html_to_a_file_and_in_dutch() {
    let e = demo();
    let html = e.ok(&["report", "grace", "--closing", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        html.contains("<h1>Closing review: Grace Lindqvist</h1>"),
        "{html}"
    );
    assert!(html.contains("SHARED-NOTE") && !html.contains("CANARY"));
    let full = e.ok(&[
        "report",
        "grace",
        "--closing",
        "--format",
        "html",
        "--include-private",
    ]);
    assert!(full.contains("CANARY-PRIVATE-CLOSING") && full.contains("class=\"private\""));
    let out = e.path("grace.html");
    let path = out.to_str().unwrap();
    let cmd = e.cmd(&[
        "report",
        "grace",
        "--closing",
        "--format",
        "html",
        "-o",
        path,
    ]);
    assert!(cmd.status.success() && cmd.stdout.is_empty());
    assert_eq!(mode(&out) & 0o777, 0o600);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), html);
    let nl = e.ok(&[
        "--lang",
        "nl",
        "report",
        "grace",
        "--closing",
        "--format",
        "md",
    ]);
    assert!(nl.starts_with("# Terugblik: Grace Lindqvist\n"), "{nl}");
    assert!(nl.contains("1 behaald · 0 deels behaald · 0 niet behaald · 1 geschrapt"));
    assert!(!nl.contains("CANARY"));
    let err = e.fails(&[
        "report",
        "grace",
        "--closing",
        "--since",
        "2026-01-01",
        "--format",
        "md",
    ]);
    assert!(err.contains("cannot be used with"), "{err}");
    let err = e.fails(&["report", "--practice", "--closing", "--format", "md"]);
    assert!(err.contains("cannot be used with"), "{err}");
}
