//! `mentor template ...` end to end: list (built-ins and user templates, shadowing, a bad file
//! named with its line while the others still list), show, apply (dry run changes nothing; a
//! second apply adds nothing), save (0600, never over a file without --force, nothing private
//! and no name), prompts.

use crate::cli_env::Env;
use std::os::unix::fs::PermissionsExt;

fn with_mentee() -> Env {
    let env = Env::new();
    env.ok(&[
        "mentee",
        "add",
        "Alice Moreau",
        "--kind",
        "career",
        "--minutes",
        "30",
    ]);
    env
}

#[test]
fn list_shows_builtins_and_user_templates_that_shadow_them() {
    let env = Env::new();
    let out = env.ok(&["template", "list"]);
    for name in [
        "engineering-ic",
        "marketing-career",
        "peer-onboarding",
        "life-balance",
    ] {
        assert!(out.contains(name) && out.contains("[built-in]"), "{out}");
    }
    std::fs::create_dir_all(env.templates()).unwrap();
    let ours = "name = \"life-balance\"\ntitle = \"Our own balance plan\"\nkind = \"life\"\n";
    std::fs::write(env.templates().join("life-balance.toml"), ours).unwrap();
    let bad = "name = \"bad\"\ntitle = \"Bad\"\nkind = \"life\"\n\n[[goals]]\ntitle = \"G\"\ndue = \"+3q\"\n";
    std::fs::write(env.templates().join("bad.toml"), bad).unwrap();
    let out = env.cmd(&["template", "list"]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let life: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("life-balance"))
        .collect();
    assert_eq!(life.len(), 1, "{stdout}");
    assert!(
        life[0].contains("Our own balance plan")
            && life[0].contains("yours, replaces the built-in"),
        "{stdout}"
    );
    assert_eq!(
        stdout.lines().count(),
        4,
        "the bad file is not listed: {stdout}"
    );
    assert_eq!(
        stderr.trim(),
        "mentor: warning: skipped a template: bad.toml:7: goals[0].due: \"+3q\" is not a relative date (+2w, +3m, +90d)"
    );
    let json = env.json(&["template", "list", "--json"]);
    let life = json
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "life-balance")
        .unwrap();
    assert_eq!(life["source"], "user");
    assert_eq!(life["shadows_builtin"], true);
}

#[test]
fn show_summarises_a_template() {
    let env = Env::new();
    let out = env.ok(&["template", "show", "peer-onboarding"]);
    assert!(
        out.starts_with("Peer onboarding: a new hire's first 90 days (peer-onboarding, peer)"),
        "{out}"
    );
    assert!(
        out.contains("Agreement: meet every week, 30 minutes, in-person, chat, for 90 days"),
        "{out}"
    );
    assert!(
        out.contains("  1. First 30 days: set up and first change (+30d)"),
        "{out}"
    );
    assert!(out.contains("Session 1:"), "{out}");
    let json = env.json(&["template", "show", "peer-onboarding", "--json"]);
    assert_eq!(json["agreement"]["cadence"], "1w");
    assert_eq!(json["goals"][0]["milestones"][0]["due"], "+2d");
    let err = env.fails(&["template", "show", "nope"]);
    assert!(err.contains("no template called \"nope\""), "{err}");
}

#[test]
fn dry_run_changes_nothing_and_apply_is_idempotent() {
    let env = with_mentee();
    let before = env.bytes();
    let dry = env.ok(&[
        "template",
        "apply",
        "marketing-career",
        "--mentee",
        "alice",
        "--start",
        "2027-01-04",
        "--dry-run",
    ]);
    assert!(
        dry.starts_with("Would add to Alice Moreau from marketing-career (starting 2027-01-04)"),
        "{dry}"
    );
    assert!(
        dry.contains("  goal \"Run a campaign end to end\" due 2027-06-04\n"),
        "{dry}"
    );
    assert!(
        !dry.contains("session length"),
        "the mentee's 30 minutes stay: {dry}"
    );
    assert_eq!(env.bytes(), before, "a dry run wrote the store");
    let applied = env.ok(&[
        "template",
        "apply",
        "marketing-career",
        "--mentee",
        "alice",
        "--start",
        "2027-01-04",
    ]);
    assert_eq!(applied.replacen("Added", "Would add", 1), dry);
    let doc = env.doc();
    let m = &doc["mentees"][0];
    assert_eq!(m["goals"].as_array().unwrap().len(), 5);
    assert_eq!(m["path"]["stages"].as_array().unwrap().len(), 3);
    assert_eq!(m["agreement"]["session_minutes"], 30);
    let saved = env.bytes();
    let again = env.ok(&[
        "template",
        "apply",
        "marketing-career",
        "--mentee",
        "alice",
        "--start",
        "2027-02-01",
    ]);
    assert_eq!(
        again,
        "Alice Moreau already has everything in marketing-career: nothing new was added.\n"
    );
    assert_eq!(env.bytes(), saved, "the second apply changed the store");
}

#[test]
fn save_writes_a_private_file_without_names_and_never_clobbers() {
    let env = with_mentee();
    env.ok(&["mentee", "add", "Bruno Castellanos"]);
    env.ok(&["profile", "--name", "Sam Okonkwo"]);
    env.ok(&["template", "apply", "engineering-ic", "--mentee", "alice"]);
    env.ok(&[
        "mentee",
        "edit",
        "alice",
        "--private-notes",
        "CANARY-PRIVATE",
        "--boundaries",
        "Alice and Sam keep Bruno out of it",
    ]);
    let out = env.ok(&["template", "save", "alice-track", "--from", "alice"]);
    assert!(
        out.starts_with("Saved Alice Moreau's plan as template alice-track (3 stages, 5 goals)"),
        "{out}"
    );
    let path = env.templates().join("alice-track.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    for canary in [
        "CANARY",
        "Alice",
        "Moreau",
        "Bruno",
        "Castellanos",
        "Sam",
        "Okonkwo",
    ] {
        assert!(!text.contains(canary), "{canary} in:\n{text}");
    }
    assert!(
        text.contains("boundaries = \"the mentee and the mentor keep a colleague out of it\""),
        "{text}"
    );
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let err = env.fails(&["template", "save", "alice-track", "--from", "alice"]);
    assert!(err.contains("already exists; add --force"), "{err}");
    env.ok(&[
        "template",
        "save",
        "alice-track",
        "--from",
        "alice",
        "--force",
    ]);
    // It lists as the user's and applies to another mentee.
    assert!(env.ok(&["template", "list"]).contains("alice-track"));
    let applied = env.ok(&["template", "apply", "alice-track", "--mentee", "bruno"]);
    assert!(
        applied.contains("goal \"Get a cross-team RFC accepted\""),
        "{applied}"
    );
    let err = env.fails(&["template", "save", "Bad Name", "--from", "alice"]);
    assert!(err.contains("not a template name"), "{err}");
}

#[test]
fn prompts_print_a_question_set_or_the_next_sessions_prompts() {
    let env = with_mentee();
    let sets = env.ok(&["template", "prompts"]);
    assert!(sets.contains("grow") && sets.contains("first-session") && sets.contains("check-in"));
    let grow = env.ok(&["template", "prompts", "grow"]);
    assert!(grow.starts_with("Goal\n- "), "{grow}");
    assert!(grow.contains("\nWay forward\n- "), "{grow}");
    let next = env.ok(&[
        "template",
        "prompts",
        "--mentee",
        "alice",
        "--template",
        "life-balance",
    ]);
    assert!(
        next.starts_with("- What made you look for a mentor now?"),
        "{next}"
    );
    let err = env.fails(&["template", "prompts", "pep-talk"]);
    assert!(err.contains("no question set called \"pep-talk\""), "{err}");
    // The prompts go into a session's agenda as they are.
    env.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-12-02 10:00",
        "--agenda",
        grow.trim_end(),
    ]);
    assert_eq!(
        env.doc()["mentees"][0]["sessions"][0]["agenda"],
        grow.trim_end()
    );
}
