//! The mentee's reply from the shell: `mentor reply` writes only the reply file beside the
//! bundle; `mentor inbox` refuses a hostile reply whole (the store byte-identical), takes in a
//! good one once, and accepting and declining come back to the mentee in the next bundle.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::cli_env::Env;
use serde_json::Value;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

/// Alice (m1) with goal g2 (metric, milestone ms3), a held session s4 with her action a5 and the
/// mentor's a6, a planned session s7; Bo (m8) with a held session s9 and his action a10. Alice's
/// plan is shared to `alice.mentor.json`.
fn shared() -> (Env, PathBuf) {
    let e = Env::new();
    e.ok(&["profile", "--name", "Sam Rivera"]);
    e.ok(&["mentee", "add", "Alice Moreau", "--every", "2w"]);
    e.ok(&[
        "goal",
        "add",
        "--mentee",
        "alice",
        "Give talks",
        "--metric",
        "talks",
        "--target",
        "4",
    ]);
    e.ok(&["milestone", "add", "--goal", "g2", "First talk"]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "yesterday 10:00",
        "--notes",
        "Good start",
        "--action",
        "Draft abstract",
        "--action",
        "Send intro",
        "--owner",
        "mentor",
    ]);
    e.ok(&["session", "add", "--mentee", "alice", "--at", "+7d 10:00"]);
    e.ok(&["mentee", "add", "Bo Lind"]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "bo",
        "--at",
        "yesterday 11:00",
        "--action",
        "Bo's own",
    ]);
    let bundle = e.path("alice.mentor.json");
    e.ok(&["share", "alice", "-o", bundle.to_str().unwrap()]);
    let b: Value = serde_json::from_slice(&std::fs::read(&bundle).unwrap()).unwrap();
    let ids: Vec<&str> = [
        &b["mentee"]["goals"][0]["id"],
        &b["mentee"]["goals"][0]["milestones"][0]["id"],
        &b["mentee"]["sessions"][0]["id"],
        &b["mentee"]["sessions"][0]["actions"][0]["id"],
        &b["mentee"]["sessions"][0]["actions"][1]["id"],
        &b["mentee"]["sessions"][1]["id"],
    ]
    .iter()
    .map(|v| v.as_str().unwrap())
    .collect();
    assert_eq!(
        ids,
        ["g2", "ms3", "s4", "a5", "a6", "s7"],
        "the fixture's IDs"
    );
    (e, bundle)
}

fn s(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

fn reply_path(e: &Env) -> PathBuf {
    e.path("alice.reply.json")
}

fn read_json(p: &std::path::Path) -> Value {
    serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()
}

#[test]
fn share_reply_decide_and_share_again_brings_the_mentees_words_and_the_answers_back() {
    let (e, bundle) = shared();
    let b = s(&bundle);
    let bundle_bytes = std::fs::read(&bundle).unwrap();
    let store_before = e.bytes();
    let out = e.ok(&["reply", b, "reflect", "s4", "The mock talk helped"]);
    assert!(
        out.contains("alice.reply.json"),
        "says where it wrote: {out}"
    );
    e.ok(&["reply", b, "done", "a5"]);
    e.ok(&["reply", b, "progress", "g2", "2"]);
    e.ok(&["reply", b, "topic", "Conference CFPs?"]);
    e.ok(&[
        "reply",
        b,
        "checkin",
        "--mood",
        "4",
        "--energy",
        "2",
        "Busy week",
    ]);
    e.ok(&["reply", b, "action", "Submit to a meetup", "--due", "+2w"]);
    assert_eq!(
        std::fs::read(&bundle).unwrap(),
        bundle_bytes,
        "the bundle is never written"
    );
    assert_eq!(e.bytes(), store_before, "replying touches no store");
    let mode = std::fs::metadata(reply_path(&e))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    let list = e.json(&["reply", b, "list", "--json"]);
    let entries = list["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 6);
    assert!(entries.iter().all(|x| x["answer"].is_null()));
    let id = |kind: &str| {
        entries.iter().find(|x| x["kind"] == kind).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (topic, progress) = (id("topic"), id("progress"));

    // The mentor lists, accepts one, declines one with a reason, accepts the rest.
    let r = reply_path(&e);
    let inbox = e.json(&["inbox", s(&r), "--json"]);
    assert_eq!(inbox["received"], 6);
    assert!(
        inbox["entries"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["state"] == "new")
    );
    let row = |v: &Value, id: &str| {
        v["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(row(&inbox, &progress)["current"], "(none)");
    assert_eq!(row(&inbox, &progress)["proposed"], "2");
    e.ok(&["inbox", s(&r), "accept", &progress[..5]]);
    e.ok(&[
        "inbox",
        s(&r),
        "decline",
        &topic,
        "--reason",
        "Let's keep it for later",
    ]);
    let all = e.ok(&["inbox", s(&r), "--accept-all"]);
    assert!(all.contains("Accepted 4 entries"), "{all}");
    let doc = e.doc();
    let alice = &doc["mentees"][0];
    assert_eq!(alice["goals"][0]["metric"]["current"], 2.0);
    assert_eq!(alice["sessions"][0]["mentee_notes"], "The mock talk helped");
    assert_eq!(alice["sessions"][0]["actions"][0]["done_on"], "2026-11-29");
    assert_eq!(
        alice["sessions"][0]["actions"][2]["text"],
        "Submit to a meetup"
    );
    assert_eq!(alice["sessions"][1]["mood"], 4);
    assert!(alice["inbox"].is_null(), "nothing waits");

    // Importing the same reply again applies nothing: the store is byte-identical.
    let before = e.bytes();
    let again = e.ok(&["inbox", s(&r)]);
    assert!(again.contains("Nothing new from Alice Moreau"), "{again}");
    assert_eq!(e.bytes(), before);
    e.ok(&["inbox", s(&r), "--accept-all"]);
    assert_eq!(
        e.json(&["inbox", s(&r), "--json"])["entries"]
            .as_array()
            .unwrap()
            .len(),
        6
    );

    // The next share carries the answers and the mentee's own words.
    e.ok(&["share", "alice", "-o", b, "--force"]);
    let nb = read_json(&bundle);
    assert_eq!(nb["answers"].as_array().unwrap().len(), 6);
    let declined = nb["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["entry"] == topic.as_str())
        .unwrap();
    assert_eq!(declined["accepted"], false);
    assert_eq!(declined["reason"], "Let's keep it for later");
    assert_eq!(
        nb["mentee"]["sessions"][0]["mentee_notes"],
        "The mock talk helped"
    );
    let print = e.ok(&["view", b, "--print"]);
    assert!(
        print.contains("your notes: The mock talk helped"),
        "{print}"
    );
    assert!(
        print.contains("declined  Let's keep it for later"),
        "{print}"
    );
    assert!(print.contains("Submit to a meetup (you"), "{print}");
    let mine = e.ok(&["reply", b, "list"]);
    assert!(mine.contains("declined: Let's keep"), "{mine}");
    let json = e.json(&["reply", b, "list", "--json"]);
    let answered = json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == topic.as_str())
        .unwrap()
        .clone();
    assert_eq!(answered["answer"]["reason"], "Let's keep it for later");
    assert!(
        mine.contains("Your mentor has answered everything"),
        "{mine}"
    );
    // In Dutch too.
    let nl = e.ok(&["--lang", "nl", "reply", b, "list"]);
    assert!(nl.contains("afgewezen: Let"), "{nl}");
}

#[test]
fn reply_without_a_command_shows_what_can_be_written_about() {
    let (e, bundle) = shared();
    let out = e.ok(&["reply", s(&bundle)]);
    for (id, command) in [
        ("s4", "reflect"),
        ("g2", "progress"),
        ("ms3", "done"),
        ("a5", "done"),
    ] {
        assert!(
            out.lines()
                .any(|l| l.starts_with(id) && l.trim_end().ends_with(command)),
            "{id} {command}:\n{out}"
        );
    }
    assert!(
        !out.lines().any(|l| l.starts_with("a6 ")),
        "the mentor's action: {out}"
    );
    assert!(out.contains("Nothing written yet"), "{out}");
    assert!(!reply_path(&e).exists(), "listing writes nothing");
}

#[test]
fn the_mentee_cannot_write_what_the_bundle_does_not_permit() {
    let (e, bundle) = shared();
    let b = s(&bundle);
    for (args, says) in [
        (vec!["done", "a6"], "is the mentor's, not yours"),
        (vec!["done", "a10"], "no milestone or action item a10"),
        (vec!["reflect", "s9", "x"], "not in the shared plan"),
        (
            vec!["topic", "a\u{1b}[2Jb"],
            "control or direction character U+001B",
        ),
        (vec!["topic", "abc\u{202e}fed"], "U+202E"),
        (vec!["topic", "  "], "must not be empty"),
    ] {
        let mut full = vec!["reply", b];
        full.extend(args.iter().copied());
        let err = e.fails(&full);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert!(!reply_path(&e).exists(), "nothing was written");
}

#[test]
fn a_stale_or_removed_record_is_never_applied_blindly() {
    let (e, bundle) = shared();
    let b = s(&bundle);
    e.ok(&["reply", b, "done", "ms3", "--on", "yesterday"]);
    e.ok(&["reply", b, "done", "a5"]);
    e.ok(&["reply", b, "topic", "Still fine"]);
    // After sharing, the mentor renames the milestone and removes the action item.
    e.ok(&["milestone", "edit", "ms3", "--title", "First real talk"]);
    e.ok(&["action", "remove", "a5", "--yes"]);
    let r = reply_path(&e);
    let v = e.json(&["inbox", s(&r), "--json"]);
    let states: Vec<&str> = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["stale", "refused", "new"]);
    let stale = v["entries"][0]["id"].as_str().unwrap().to_string();
    let gone = v["entries"][1]["id"].as_str().unwrap().to_string();
    let text = e.ok(&["inbox", s(&r)]);
    assert!(text.contains("stale: changed"), "{text}");
    assert_eq!(v["entries"][0]["why"], "changed since the plan was shared");
    let all = e.ok(&["inbox", s(&r), "--accept-all"]);
    assert!(all.contains("Accepted 1 entry."), "{all}");
    assert!(e.doc()["mentees"][0]["goals"][0]["milestones"][0]["done_on"].is_null());
    let err = e.fails(&["inbox", s(&r), "accept", &gone]);
    assert!(err.contains("can no longer apply"), "{err}");
    e.ok(&["inbox", s(&r), "accept", &stale]);
    assert_eq!(
        e.doc()["mentees"][0]["goals"][0]["milestones"][0]["done_on"],
        "2026-11-28"
    );
    e.ok(&["inbox", s(&r), "decline", &gone]);
    assert!(e.doc()["mentees"][0]["inbox"].is_null());
}
