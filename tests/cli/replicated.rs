//! A replicated store on the command line: new records carry this process's replica tag, and
//! the short form of a tagged ID (`g14` for `g14.k7qxm`) names the record when it names one;
//! what the command passes on to the operation, and prints, is the whole ID.

use crate::cli_env::Env;
use serde_json::{Value, json};

/// Alice (m1) with plain goal g2, and, as if merged from two machines (tags `k7qxm` and
/// `p2a4d`), goals g13.k7qxm, g13.p2a4d and g14.k7qxm; the store is replicated.
fn replicated() -> Env {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    e.ok(&["goal", "add", "--mentee", "alice", "Plain"]);
    let mut doc = e.doc();
    let goal =
        |id: &str, title: &str| json!({ "id": id, "title": title, "created_on": "2026-11-20" });
    let goals = doc["mentees"][0]["goals"].as_array_mut().unwrap();
    goals.push(goal("g13.k7qxm", "Write"));
    goals.push(goal("g13.p2a4d", "Speak"));
    goals.push(goal("g14.k7qxm", "Lead"));
    doc["next_id"] = json!(15);
    doc["replicated"] = json!(true);
    std::fs::write(&e.store, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
    e
}

fn goal<'a>(doc: &'a Value, id: &str) -> &'a Value {
    let goals = doc["mentees"][0]["goals"].as_array().unwrap();
    goals.iter().find(|g| g["id"] == id).unwrap()
}

/// The tag of an ID made by one command: five letters or digits after the dot.
fn tag_of(id: &str) -> &str {
    let (_, tag) = id
        .split_once('.')
        .unwrap_or_else(|| panic!("{id} has no tag"));
    assert!(
        tag.len() == 5
            && tag
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
        "{id}"
    );
    tag
}

#[test]
fn a_short_form_naming_one_goal_acts_on_it_by_its_whole_id() {
    let e = replicated();
    let out = e.ok(&["goal", "done", "g14"]);
    assert_eq!(out, "Goal g14.k7qxm \"Lead\" achieved.\n");
    assert_eq!(goal(&e.doc(), "g14.k7qxm")["status"], "achieved");

    let out = e.ok(&["goal", "done", "g13.p2a4d"]);
    assert!(out.starts_with("Goal g13.p2a4d \"Speak\""), "{out}");
    // Plain IDs work as before.
    e.ok(&["goal", "done", "g2"]);
    assert_eq!(goal(&e.doc(), "g2")["status"], "achieved");
}

#[test]
fn a_short_form_naming_several_goals_is_refused_with_their_whole_ids() {
    let e = replicated();
    let before = e.bytes();
    for args in [
        &["goal", "done", "g13"][..],
        &["goal", "edit", "g13", "--title", "X"],
        &["goal", "remove", "g13", "--yes"],
        &["milestone", "add", "--goal", "g13", "X"],
    ] {
        let err = e.fails(args);
        assert!(
            err.contains("g13 names 2 goals: g13.k7qxm, g13.p2a4d; type the whole ID"),
            "{args:?}: {err}"
        );
    }
    assert!(e.bytes() == before, "nothing was written");
}

#[test]
fn records_that_name_a_goal_by_its_short_form_keep_its_whole_id() {
    let e = replicated();
    e.ok(&["milestone", "add", "--goal", "g14", "Draft"]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-11-20 10:00",
        "--goal",
        "g14",
    ]);
    e.ok(&[
        "feedback", "add", "--mentee", "alice", "--kind", "strength", "Calm", "--goal", "g14",
    ]);
    let doc = e.doc();
    let milestone = goal(&doc, "g14.k7qxm")["milestones"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(milestone.starts_with("ms15."), "{milestone}");
    let alice = &doc["mentees"][0];
    assert_eq!(alice["sessions"][0]["goals"], json!(["g14.k7qxm"]));
    assert_eq!(alice["feedback"][0]["goal"], "g14.k7qxm");
    // Each command is a process of its own, with a tag of its own, never one already in use.
    let session = alice["sessions"][0]["id"].as_str().unwrap();
    let feedback = alice["feedback"][0]["id"].as_str().unwrap();
    let tags = [tag_of(&milestone), tag_of(session), tag_of(feedback)];
    for tag in tags {
        assert!(tag != "k7qxm" && tag != "p2a4d", "{tags:?}");
    }
    assert!(tags[0] != tags[1] && tags[1] != tags[2], "{tags:?}");

    // Short forms of the new records work too, and a removal takes the whole ID.
    let short = milestone.split_once('.').unwrap().0;
    let out = e.ok(&["milestone", "done", short]);
    assert!(
        out.starts_with(&format!("Milestone {milestone} done")),
        "{out}"
    );
    e.ok(&["goal", "remove", "g14", "--yes"]);
    let goals = e.doc()["mentees"][0]["goals"].clone();
    assert!(
        goals
            .as_array()
            .unwrap()
            .iter()
            .all(|g| g["id"] != "g14.k7qxm")
    );
}

#[test]
fn an_unreplicated_store_still_makes_plain_ids() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    e.ok(&["goal", "add", "--mentee", "alice", "Plain"]);
    assert_eq!(e.doc()["mentees"][0]["goals"][0]["id"], "g2");
    assert!(e.doc().get("replicated").is_none());
}

/// The whole ID of the only record in `list` whose ID starts with `prefix` and a digit.
fn whole(list: &Value, prefix: &str) -> String {
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["id"].as_str())
        .filter(|id| {
            id.strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        })
        .collect();
    assert_eq!(ids.len(), 1, "{list}");
    ids[0].to_string()
}

#[test]
fn sessions_actions_connections_and_stages_take_short_forms_too() {
    let e = replicated();
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-11-20 10:00",
        "--action",
        "Read",
    ]);
    e.ok(&[
        "connection",
        "add",
        "--mentee",
        "alice",
        "--kind",
        "event",
        "Meetup",
    ]);
    e.ok(&["path", "stage", "add", "alice", "Senior", "--goal", "g14"]);
    let doc = e.doc();
    let alice = &doc["mentees"][0];
    let session = whole(&alice["sessions"], "s");
    let action = whole(&alice["sessions"][0]["actions"], "a");
    let connection = whole(&alice["connections"], "c");
    let stage = whole(&alice["path"]["stages"], "st");
    assert_eq!(alice["path"]["stages"][0]["goals"], json!(["g14.k7qxm"]));
    let short = |id: &str| id.split_once('.').unwrap().0.to_string();
    for id in [&session, &action, &connection, &stage] {
        tag_of(id);
    }

    let out = e.ok(&[
        "session",
        "move",
        &short(&session),
        "--to",
        "2026-11-21 10:00",
    ]);
    assert!(
        out.starts_with(&format!("Session {session} moved")),
        "{out}"
    );
    let out = e.ok(&["session", "held", &short(&session), "--yes"]);
    assert_eq!(out, format!("Session {session} held.\n"));
    let out = e.ok(&["action", "done", &short(&action)]);
    assert_eq!(out, format!("Action {action} done: Read\n"));
    let out = e.ok(&["connection", "done", &short(&connection)]);
    assert_eq!(out, format!("Connection {connection} done: Meetup\n"));
    let out = e.ok(&["path", "stage", "done", &short(&stage)]);
    assert!(out.contains(&format!("stage {stage} \"Senior\"")), "{out}");

    let doc = e.doc();
    let alice = &doc["mentees"][0];
    assert_eq!(alice["sessions"][0]["status"], "held");
    assert!(alice["sessions"][0]["actions"][0]["done_on"].is_string());
    assert_eq!(alice["connections"][0]["status"], "done");
    assert_eq!(alice["path"]["stages"][0]["status"], "done");
}
