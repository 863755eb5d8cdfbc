//! The store, sync, merge's conflicts and the config file in Dutch (`--lang nl`); English stays
//! as it was.

use crate::cli_env::Env;
use mentor::domain::conflict::conflict_id;
use serde_json::json;

/// Alice with one goal, "Speak", whose title a merge found set to "Speak out" on another
/// machine; returns the conflict's ID and the goal's.
fn with_conflict(e: &Env) -> (String, String) {
    e.ok(&["mentee", "add", "Alice"]);
    e.ok(&["goal", "add", "--mentee", "alice", "Speak"]);
    let mut doc = e.doc();
    let mentee = doc["mentees"][0]["id"].as_str().unwrap().to_string();
    let goal = doc["mentees"][0]["goals"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let path: Vec<String> = vec![
        "mentees".into(),
        mentee,
        "goals".into(),
        goal.clone(),
        "title".into(),
    ];
    let id = conflict_id(&path);
    doc["conflicts"] = json!([{
        "id": id, "path": path, "kind": "field",
        "kept": "Speak", "other": "Speak out", "found_on": "2026-11-29"
    }]);
    std::fs::write(&e.store, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
    (id, goal)
}

#[test]
fn conflicts_are_listed_and_settled_in_dutch() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Bob"]);
    assert_eq!(
        e.ok(&["--lang", "nl", "conflicts"]),
        "Er staan geen conflicten open.\n"
    );
    let e = Env::new();
    let (id, goal) = with_conflict(&e);
    let nl = e.ok(&["--lang", "nl", "conflicts"]);
    assert_eq!(
        nl,
        format!(
            "{id}  Alice · doel {goal} · title  (gevonden op 2026-11-29)\n  bewaard:     Speak\n  opzij gezet: Speak out\n"
        )
    );
    let en = e.ok(&["conflicts"]);
    assert_eq!(
        en,
        format!(
            "{id}  Alice · goal {goal} · title  (found on 2026-11-29)\n  kept:      Speak\n  set aside: Speak out\n"
        )
    );
    // The JSON for scripts keeps its English words.
    let json = e.json(&["--lang", "nl", "conflicts", "--json"]);
    assert_eq!(json[0]["record_kind"], "goal");
    let err = e.fails(&["--lang", "nl", "conflicts", "resolve", "xnone", "--keep"]);
    assert!(
        err.contains("geen conflict past bij \"xnone\" (zie `mentor conflicts`)"),
        "{err}"
    );
    let said = e.ok(&[
        "--lang",
        "nl",
        "conflicts",
        "resolve",
        &id[..6],
        "--take-other",
    ]);
    assert_eq!(
        said,
        format!(
            "Conflict {id} opgelost: Alice, doel {goal}, title heeft nu de waarde die opzij was gezet. De volgende `mentor sync` brengt dit naar de andere computers.\n"
        )
    );
}

#[test]
fn config_show_and_a_bad_config_speak_dutch() {
    let e = Env::new();
    e.write_config("mouse = false\n");
    let out = e.ok(&["--lang", "nl", "config", "show"]);
    assert!(out.contains("(van kracht)"), "{out}");
    let mouse = out.lines().find(|l| l.starts_with("mouse")).unwrap();
    assert!(
        mouse.contains("  uit ") && mouse.ends_with("  bestand"),
        "{out}"
    );
    assert!(out.contains("  standaard\n"), "{out}");
    e.write_config("week_start = \"tuesday\"\n");
    let out = e.ok(&["--lang", "nl", "config", "show"]);
    assert!(
        out.contains("(niet gebruikt: er zit een fout in (zie hieronder))"),
        "{out}"
    );
    assert!(
        out.contains("fout: ")
            && out.contains("config.toml:1: week_start: \"tuesday\"? kies uit monday, sunday"),
        "{out}"
    );
    // For scripts, the same English whatever the language.
    let json = e.json(&["--lang", "nl", "config", "show", "--json"]);
    assert_eq!(json["state"], "not used: it has an error (see below)");
    assert!(
        json["error"]
            .as_str()
            .unwrap()
            .ends_with("\"tuesday\"? use monday, sunday"),
        "{json}"
    );
    // A key override refused, in the language of the locale.
    e.write_config("[keys]\nquit = \"Meta-q\"\n");
    let out = String::from_utf8(
        e.command(&["config", "show"])
            .env("LANG", "nl_NL.UTF-8")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(out.contains("\"Meta-q\" is geen toets"), "{out}");
}

#[test]
fn a_store_that_does_not_read_and_a_sync_refused_speak_dutch() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    std::fs::write(&e.store, b"").unwrap();
    let err = e.fails(&["--lang", "nl", "mentee", "list"]);
    assert!(
        err.contains("het bestand is leeg (0 bytes); het is geen mentor-opslag"),
        "{err}"
    );
    assert!(err.contains("Het bestand is niet veranderd."), "{err}");
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    let out = e
        .command(&["--lang", "nl", "sync"])
        .env("GIT_CEILING_DIRECTORIES", e.dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!out.status.success());
    assert!(
        err.contains("niet ingesteld voor synchroniseren; voer eerst `mentor sync init` uit"),
        "{err}"
    );
}
