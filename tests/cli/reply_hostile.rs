//! A reply is untrusted input: each way a reply may try to reach further than it may is refused
//! whole by `mentor inbox`, with a message that says what was wrong, and the store (and its
//! directory) stays byte for byte as it was.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::cli_env::Env;
use crate::common::DirSnapshot;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// Alice (m1, goal g2, session s3 with her action a4) and Bo (m5, session s6 with his action
/// a7); Alice's plan shared, and a reply of hers holding one good topic.
fn setup() -> (Env, PathBuf, PathBuf) {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice Moreau"]);
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
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "yesterday 10:00",
        "--action",
        "Draft",
    ]);
    e.ok(&["mentee", "add", "Bo Lind"]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "bo",
        "--at",
        "yesterday 11:00",
        "--action",
        "His",
    ]);
    let bundle = e.path("alice.mentor.json");
    e.ok(&["share", "alice", "-o", bundle.to_str().unwrap()]);
    e.ok(&["reply", bundle.to_str().unwrap(), "topic", "hello"]);
    let reply = e.path("alice.reply.json");
    (e, bundle, reply)
}

/// Writes the reply changed by `change`, runs `mentor inbox` on it, and checks it is refused
/// with `says` and that the store's directory is as it was. Returns the message.
fn refused(change: impl FnOnce(&mut Value), says: &str) -> String {
    let (e, _, reply) = setup();
    let mut v: Value = serde_json::from_slice(&std::fs::read(&reply).unwrap()).unwrap();
    change(&mut v);
    std::fs::write(&reply, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    refused_file(&e, &reply, says)
}

fn refused_file(e: &Env, reply: &Path, says: &str) -> String {
    let data = e.store.parent().unwrap().to_path_buf();
    let before = DirSnapshot::take(&data);
    let store = e.bytes();
    let err = e.fails(&["inbox", reply.to_str().unwrap()]);
    assert!(err.contains(says), "expected {says:?} in: {err}");
    assert!(err.contains("is refused, nothing of it is taken"), "{err}");
    assert_eq!(e.bytes(), store, "the store is byte-identical");
    before.assert_same(&DirSnapshot::take(&data), "a refused reply");
    // Accepting all from it is refused the same way.
    let err = e.fails(&["inbox", reply.to_str().unwrap(), "--accept-all"]);
    assert!(err.contains(says), "{err}");
    assert_eq!(e.bytes(), store);
    err
}

/// A second entry, written by hand, of kind `kind` with `fields`.
fn push(v: &mut Value, kind: &str, fields: Value) {
    let mut entry =
        json!({"id": "rzzzzzzzzzz", "written_at": "2026-11-30T10:00:00+01:00", "kind": kind});
    for (k, x) in fields.as_object().unwrap() {
        entry[k] = x.clone();
    }
    v["entries"].as_array_mut().unwrap().push(entry);
}

#[test]
fn another_mentees_record_is_refused() {
    refused(
        |v| {
            push(
                v,
                "action_done",
                json!({"action": "a7", "on": "2026-11-30"}),
            )
        },
        "entry rzzzzzzzzzz names a7, a record of another mentee",
    );
}

#[test]
fn a_private_field_or_an_unknown_key_is_refused() {
    refused(
        |v| v["entries"][0]["private_notes"] = "mine now".into(),
        "unknown field `private_notes`",
    );
    refused(
        |v| {
            push(
                v,
                "reflection",
                json!({"session": "s3", "text": "x", "shared_notes": "y"}),
            )
        },
        "unknown field `shared_notes`",
    );
}

#[test]
fn the_mentors_profile_is_refused() {
    refused(
        |v| v["mentor"] = json!({"name": "Eve", "capacity_hours_per_month": 1}),
        "unknown field `mentor`",
    );
    refused(
        |v| push(v, "profile", json!({})),
        "reply entry of kind \"profile\"",
    );
}

#[test]
fn an_id_chosen_by_the_reply_for_a_new_record_is_refused() {
    refused(
        |v| push(v, "new_action", json!({"text": "mine", "action": "a99"})),
        "a new_action entry may not have \"action\"",
    );
    refused(
        |v| v["entries"][0]["id"] = "a99".into(),
        "\"a99\" is not an entry ID of a reply",
    );
}

#[test]
fn a_reply_over_the_size_limit_is_refused() {
    refused(
        |v| v["entries"][0]["text"] = "x".repeat(300 * 1024).into(),
        "more than the 262144 a reply may be",
    );
    refused(
        |v| v["entries"][0]["text"] = "x".repeat(4001).into(),
        "the text is 4001 characters, more than the 4000",
    );
}

#[test]
fn control_and_bidi_characters_are_refused() {
    refused(
        |v| v["entries"][0]["text"] = "\u{1b}]52;c;aGk=\u{7}".into(),
        "control or direction character U+001B",
    );
    refused(
        |v| v["entries"][0]["text"] = "abc\u{202e}fed".into(),
        "control or direction character U+202E",
    );
    refused(|v| v["entries"][0]["text"] = "x\u{9b}31m".into(), "U+009B");
}

#[test]
fn a_reply_for_another_mentees_bundle_is_refused() {
    refused(
        |v| v["reply_to"]["mentee"] = "m5".into(),
        "this reply answers a plan shared with someone else",
    );
    refused(
        |v| v["reply_to"]["key"] = "aaaaaaaaaaaaaaaaaaaaaaaaaa".into(),
        "this reply answers a plan shared with someone else",
    );
    // Bo's plan shared too: a reply to Alice's bundle carrying Bo's ID is still refused.
    let (e, _, reply) = setup();
    e.ok(&[
        "share",
        "bo",
        "-o",
        e.path("bo.mentor.json").to_str().unwrap(),
    ]);
    let mut v: Value = serde_json::from_slice(&std::fs::read(&reply).unwrap()).unwrap();
    v["reply_to"]["mentee"] = "m5".into();
    std::fs::write(&reply, serde_json::to_vec(&v).unwrap()).unwrap();
    refused_file(&e, &reply, "shared with someone else");
}

#[test]
fn a_bundle_without_identity_cannot_be_replied_to() {
    let (e, bundle, reply) = setup();
    std::fs::remove_file(&reply).unwrap();
    let mut b: Value = serde_json::from_slice(&std::fs::read(&bundle).unwrap()).unwrap();
    b.as_object_mut().unwrap().remove("reply_to");
    std::fs::write(&bundle, serde_json::to_vec_pretty(&b).unwrap()).unwrap();
    let err = e.fails(&["reply", bundle.to_str().unwrap(), "topic", "hello"]);
    assert!(err.contains("shared before replies existed"), "{err}");
    assert!(!reply.exists(), "no reply file was made");
}
