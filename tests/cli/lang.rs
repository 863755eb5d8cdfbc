//! The language on the command line: `--lang`, then the locale; Dutch dates wherever a date is
//! typed, and a first Dutch message with its plural forms.

use crate::cli_env;
use cli_env::Env;
use serde_json::Value;

fn field(e: &Env, args: &[&str], key: &str) -> Vec<String> {
    let v: Value = serde_json::from_str(&e.ok(args)).unwrap();
    let mut out: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x[key].as_str().unwrap_or_default().to_string())
        .collect();
    out.sort();
    out
}

#[test]
fn dutch_dates_are_read_on_the_command_line() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    for at in ["morgen om 9:30", "vrijdag 15:00", "volgende dinsdag 10 uur"] {
        e.ok(&["session", "add", "--mentee", "alice", "--at", at]);
    }
    assert_eq!(
        field(&e, &["session", "list", "--json"], "at"),
        [
            "2026-11-30T09:30:00+01:00",
            "2026-12-01T10:00:00+01:00",
            "2026-12-04T15:00:00+01:00",
        ]
    );
    e.ok(&[
        "goal",
        "add",
        "--mentee",
        "alice",
        "Ship",
        "--due",
        "eind van de maand",
    ]);
    e.ok(&[
        "goal",
        "add",
        "--mentee",
        "alice",
        "Read",
        "--due",
        "over 2 weken",
    ]);
    assert_eq!(
        field(&e, &["goal", "list", "--json"], "due"),
        ["2026-11-30", "2026-12-13"]
    );
    let err = e.fails(&[
        "goal",
        "add",
        "--mentee",
        "alice",
        "x",
        "--due",
        "morgenavond",
    ]);
    assert!(
        err.contains("understood \"morgen\", then \"avond\" is not understood"),
        "{err}"
    );
}

#[test]
fn the_flag_then_the_locale_choose_the_language_with_its_plurals() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Emil Next", "--every", "2w"]);
    let plan = |lang: &[&str], count: &str| {
        let mut args = lang.to_vec();
        args.extend(["session", "plan", "--mentee", "emil", "--count", count]);
        e.ok(&args)
    };
    assert_eq!(
        plan(&["--lang", "nl"], "1"),
        "één sessie gepland met Emil Next, van 2026-12-13 10:00 tot 2026-12-13 10:00.\n"
    );
    assert!(plan(&["--lang", "nl"], "2").starts_with("2 sessies gepland met Emil Next"));
    assert!(plan(&[], "2").starts_with("Planned 2 sessions with Emil Next"));
    // The locale, and --lang over it.
    let out = e
        .command(&["session", "plan", "--mentee", "emil", "--count", "1"])
        .env("LANG", "nl_NL.UTF-8")
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(out.starts_with("één sessie gepland"), "{out}");
    let out = e
        .command(&[
            "--lang", "en", "session", "plan", "--mentee", "emil", "--count", "1",
        ])
        .env("LC_ALL", "nl_BE.UTF-8")
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(out.starts_with("Planned 1 session with"), "{out}");
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let e = Env::new();
    let out = e.cmd(&["--lang", "fr", "where"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("unknown language \"fr\""), "{err}");
}
