//! Feedback that fits the person and the hours given (issue 20), from the command line: the
//! agreement's feedback preferences set and shown, the advice after an improvement without a
//! strength (on stderr, the note added all the same), and the hours in `mentor summary`.

use crate::cli_env::Env;

fn stderr_of(e: &Env, args: &[&str]) -> (String, String) {
    let out = e.cmd(args);
    assert!(out.status.success(), "{args:?}: {out:?}");
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn the_agreement_records_how_the_mentee_prefers_feedback() {
    let e = Env::new();
    e.ok(&[
        "mentee",
        "add",
        "Alice",
        "--prefers",
        "with-examples",
        "--prefers",
        "direct",
        "--more-of",
        "Examples from her reviews",
    ]);
    let shown = e.ok(&["mentee", "show", "alice"]);
    assert!(
        shown.contains("  feedback         direct, with examples"),
        "in the set's order:\n{shown}"
    );
    assert!(
        shown.contains("  more of          Examples from her reviews"),
        "{shown}"
    );
    let nl = e.ok(&["--lang", "nl", "mentee", "show", "alice"]);
    assert!(nl.contains("direct, met voorbeelden"), "{nl}");
    assert!(nl.contains("meer van"), "{nl}");
    let v = e.json(&["mentee", "show", "alice", "--json"]);
    assert_eq!(
        v["agreement"]["feedback_preferences"],
        serde_json::json!(["direct", "with-examples"])
    );
    assert_eq!(
        v["agreement"]["feedback_more_of"],
        "Examples from her reviews"
    );

    // Edit replaces the set; the line stays unless given.
    e.ok(&["mentee", "edit", "alice", "--prefers", "gentle"]);
    let v = e.json(&["mentee", "show", "alice", "--json"]);
    assert_eq!(
        v["agreement"]["feedback_preferences"],
        serde_json::json!(["gentle"])
    );
    assert_eq!(
        v["agreement"]["feedback_more_of"],
        "Examples from her reviews"
    );
    e.ok(&["mentee", "edit", "alice", "--no-prefers", "--more-of", ""]);
    let v = e.json(&["mentee", "show", "alice", "--json"]);
    assert!(v["agreement"].get("feedback_preferences").is_none(), "{v}");
    let file = String::from_utf8(e.bytes()).unwrap();
    assert!(
        !file.contains("feedback_preferences"),
        "an empty set is not written"
    );
    // Not one of the set: refused, naming the values.
    let err = e.fails(&["mentee", "edit", "alice", "--prefers", "loud"]);
    assert!(err.contains("written-first"), "{err}");
}

#[test]
fn an_improvement_without_a_strength_gets_advice_on_stderr_and_is_added() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice", "--every", "2w"]);
    // No session held yet: the last 30 days.
    let (out, err) = stderr_of(
        &e,
        &[
            "feedback",
            "add",
            "--mentee",
            "alice",
            "--kind",
            "improvement",
            "Rushes the ending",
        ],
    );
    assert!(out.contains("improvement"), "the note is added: {out}");
    assert_eq!(
        err.trim(),
        "mentor: advice: No strength noted in the last 30 days: name what went well beside what to improve."
    );
    let v = e.json(&["feedback", "list", "--mentee", "alice", "--json"]);
    assert_eq!(v.as_array().unwrap().len(), 1);
    // A strength in the period: no advice for the next improvement, nor for a strength.
    let (_, err) = stderr_of(
        &e,
        &[
            "feedback",
            "add",
            "--mentee",
            "alice",
            "--kind",
            "strength",
            "Calm",
            "--date",
            "2026-11-27",
        ],
    );
    assert_eq!(err, "");
    let (_, err) = stderr_of(
        &e,
        &[
            "feedback",
            "add",
            "--mentee",
            "alice",
            "--kind",
            "improvement",
            "Slides too dense",
        ],
    );
    assert_eq!(err, "");
    // A session held after that strength (the day after) starts a new period: advice again, naming it.
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-11-28 10:00",
    ]);
    let (_, err) = stderr_of(
        &e,
        &[
            "feedback",
            "add",
            "--mentee",
            "alice",
            "--kind",
            "improvement",
            "Late again",
        ],
    );
    assert!(err.contains("since the last session (2026-11-28)"), "{err}");
    let (_, err) = stderr_of(
        &e,
        &[
            "--lang",
            "nl",
            "feedback",
            "add",
            "--mentee",
            "alice",
            "--kind",
            "improvement",
            "Te lang",
        ],
    );
    assert!(
        err.contains("mentor: tip: Geen sterk punt genoteerd sinds de laatste sessie (2026-11-28)"),
        "{err}"
    );
}

#[test]
fn the_summary_shows_hours_per_month_over_the_year_against_the_capacity() {
    let e = Env::new();
    e.ok(&["profile", "--capacity", "1"]);
    e.ok(&["mentee", "add", "Alice", "--minutes", "45"]);
    e.ok(&["mentee", "add", "Bob"]);
    for (who, at, minutes) in [
        // Before the year (2025-12 to 2026-11): not counted.
        ("alice", "2025-11-30 10:00", "60"),
        ("alice", "2025-12-01 10:00", "90"),
        ("alice", "2026-11-20 10:00", "45"),
        ("bob", "2026-11-21 10:00", "30"),
    ] {
        e.ok(&[
            "session",
            "add",
            "--mentee",
            who,
            "--at",
            at,
            "--minutes",
            minutes,
        ]);
    }
    // Planned and cancelled sessions count nothing.
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-11-22 10:00",
        "--minutes",
        "600",
        "--status",
        "cancelled",
    ]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-12-02 10:00",
        "--minutes",
        "600",
    ]);
    let text = e.ok(&["summary", "alice"]);
    for want in [
        "Hours given (held sessions, 2025-12 to 2026-11)",
        "  month     Alice   all mentees   capacity",
        "  2025-12     1.5           1.5        1.0  over",
        "  2026-01     0.0           0.0        1.0\n",
        "  2026-11     0.8           1.2        1.0  over",
        "  year        2.2           2.8       12.0\n",
    ] {
        assert!(text.contains(want), "{want}:\n{text}");
    }
    let v = e.json(&["summary", "alice", "--json"]);
    let h = &v["hours"];
    assert_eq!(h["months"].as_array().unwrap().len(), 12);
    assert_eq!(h["months"][0]["month"], "2025-12");
    assert_eq!(h["year_hours"], 2.25);
    assert_eq!(h["all_mentees_year_hours"], 2.75);
    assert_eq!(h["capacity_hours_per_year"], 12.0);
    let nl = e.ok(&["--lang", "nl", "summary", "alice"]);
    assert!(
        nl.contains("Gegeven uren (gehouden sessies, 2025-12 t/m 2026-11)"),
        "{nl}"
    );
    assert!(
        nl.contains("  2025-12     1,5            1,5          1,0  te vol"),
        "{nl}"
    );
}

#[test]
fn without_a_capacity_the_summary_says_how_to_set_one() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    let text = e.ok(&["summary", "alice"]);
    assert!(text.contains("  month     Alice   all mentees\n"), "{text}");
    assert!(
        text.contains("No capacity set: mentor profile --capacity HOURS"),
        "{text}"
    );
}
