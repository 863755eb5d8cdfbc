//! The mentee's reply file: where it goes, that it is private and written whole, and that a
//! reply is read as untrusted input (size, unknown keys, kind, version, entries).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common::temp_dir;
use chrono::DateTime;
use mentor::domain::reply::{Entry, MAX_BYTES, Reply, ReplyError, ReplyTo, What};
use mentor::store::reply::{parse, path_for, read, read_or_new, to_bytes, write};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn to() -> ReplyTo {
    ReplyTo {
        mentee: "m1".into(),
        key: "abcdefghijklmnopqrstuvwxyz".into(),
    }
}

fn reply(n: usize) -> Reply {
    let entries = (0..n)
        .map(|i| Entry {
            id: format!("r{i:010}"),
            written_at: DateTime::parse_from_rfc3339("2026-03-05T10:00:00+01:00").unwrap(),
            what: What::Topic {
                text: format!("topic {i}"),
            },
            seen: String::new(),
        })
        .collect();
    Reply {
        reply_to: to(),
        entries,
    }
}

fn refusal(bytes: &[u8]) -> ReplyError {
    let e = parse(bytes, Path::new("x.reply.json")).unwrap_err();
    e.refusal().cloned().expect("a refusal")
}

#[test]
fn the_reply_sits_beside_the_bundle_named_after_it() {
    let p = |s: &str| path_for(Path::new(s)).display().to_string();
    assert_eq!(
        p("/x/alice-moreau.mentor.json"),
        "/x/alice-moreau.reply.json"
    );
    assert_eq!(p("plan.json"), "plan.reply.json");
    assert_eq!(p("dir/bundle"), "dir/bundle.reply.json");
}

#[test]
fn a_reply_is_written_private_and_whole_and_read_back() {
    let (dir, _) = temp_dir();
    let path = dir.path().join("a.reply.json");
    assert_eq!(
        read_or_new(&path, &to()).unwrap(),
        reply(0),
        "no file: a new reply"
    );
    assert!(!path.exists(), "reading writes nothing");
    write(&path, &reply(3)).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(read(&path).unwrap(), reply(3));
    write(&path, &reply(4)).unwrap();
    assert_eq!(read_or_new(&path, &to()).unwrap(), reply(4));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"kind\": \"mentee-reply\""), "{text}");
    // A reply file answering another plan is not added to.
    let other = ReplyTo {
        mentee: "m2".into(),
        ..to()
    };
    let e = read_or_new(&path, &other).unwrap_err();
    assert_eq!(e.refusal(), Some(&ReplyError::Identity));
}

#[test]
fn a_reply_over_the_size_limit_is_refused_unread() {
    let (dir, _) = temp_dir();
    let path = dir.path().join("big.reply.json");
    let mut bytes = to_bytes(&reply(1));
    bytes.truncate(bytes.len() - 2);
    bytes.extend(std::iter::repeat_n(b' ', MAX_BYTES as usize));
    bytes.extend(b"}\n");
    std::fs::write(&path, &bytes).unwrap();
    let e = read(&path).unwrap_err();
    assert!(
        matches!(e.refusal(), Some(ReplyError::TooLarge { .. })),
        "{e}"
    );
    assert!(e.to_string().contains("more than the 262144"), "{e}");
}

#[test]
fn unknown_keys_other_kinds_and_newer_versions_are_refused() {
    let good = String::from_utf8(to_bytes(&reply(1))).unwrap();
    assert!(parse(good.as_bytes(), Path::new("r.json")).is_ok());
    let top = good.replacen(
        "\"kind\"",
        "\"mentor\": {\"name\": \"Eve\"},\n  \"kind\"",
        1,
    );
    let e = refusal(top.as_bytes());
    assert!(e.to_string().contains("unknown field `mentor`"), "{e}");
    let inner = good.replacen("\"text\"", "\"private_notes\": \"x\", \"text\"", 1);
    let e = refusal(inner.as_bytes());
    assert!(e.to_string().contains("private_notes"), "{e}");
    let to_key = good.replacen("\"key\"", "\"name\": \"Ada\", \"key\"", 1);
    assert!(matches!(
        refusal(to_key.as_bytes()),
        ReplyError::Malformed(_)
    ));
    let kind = good.replacen("mentee-reply", "workspace", 1);
    assert!(
        refusal(kind.as_bytes())
            .to_string()
            .contains("kind \"workspace\"")
    );
    let newer = good.replacen("\"major\": 2", "\"major\": 9", 1);
    assert!(refusal(newer.as_bytes()).to_string().contains("newer"));
    let trailing = format!("{good} {{}}");
    assert!(matches!(
        refusal(trailing.as_bytes()),
        ReplyError::Malformed(_)
    ));
    let control = good.replacen("topic 0", "topic \\u001b[2J", 1);
    assert!(matches!(
        refusal(control.as_bytes()),
        ReplyError::UnsafeText { .. }
    ));
    let bidi = good.replacen("topic 0", "topic \u{202e}", 1);
    assert!(matches!(
        refusal(bidi.as_bytes()),
        ReplyError::UnsafeText { .. }
    ));
    let many = to_bytes(&reply(mentor::domain::reply::MAX_ENTRIES + 1));
    assert!(matches!(refusal(&many), ReplyError::TooMany { .. }));
}

#[test]
fn a_mentees_inbox_answers_and_share_survive_the_store() {
    use mentor::domain::reply::{Decided, SharedBundle};
    let (_dir, dir) = temp_dir();
    let path = dir.join("mentor.json");
    let mut ws = crate::common::sample_workspace();
    let at = DateTime::parse_from_rfc3339("2026-03-05T10:00:00+01:00").unwrap();
    let m = ws.mentee_mut(0);
    let mut r = reply(3);
    m.inbox = r.entries.split_off(1);
    m.replies.push(Decided {
        entry: r.entries.remove(0),
        decided_on: at.date_naive(),
        accepted: false,
        reason: "later".into(),
        record: None,
    });
    m.shared = Some(SharedBundle {
        key: "abcdefghijklmnopqrstuvwxyz".into(),
        path: "alice.mentor.json".into(),
        at,
    });
    m.closing_reflection = "thanks".into();
    let (mut store, _) =
        mentor::store::Store::open(&path, &mentor::store::OpenOptions::default()).unwrap();
    store.save(&ws).unwrap();
    drop(store);
    let loaded = mentor::store::load(&path).unwrap().workspace;
    assert_eq!(loaded.mentees[0], ws.mentees[0]);
}

#[test]
fn a_store_keeps_an_inbox_entry_with_a_key_a_newer_version_wrote() {
    let (_dir, dir) = temp_dir();
    let path = dir.join("mentor.json");
    let mut ws = crate::common::sample_workspace();
    ws.mentee_mut(0).inbox = reply(1).entries;
    let bytes = mentor::store::format::serialize(&ws, None, mentor::store::CURRENT_VERSION);
    let mut doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    doc["mentees"][0]["inbox"][0]["mood_colour"] = "teal".into();
    std::fs::write(&path, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
    let loaded = mentor::store::load(&path).unwrap().workspace;
    assert_eq!(loaded.mentees[0].inbox, ws.mentees[0].inbox);
    // A reply file with that key is refused: a reply is read strictly.
    let mut file: serde_json::Value = serde_json::from_slice(&to_bytes(&reply(1))).unwrap();
    file["entries"][0]["mood_colour"] = "teal".into();
    let e = refusal(&serde_json::to_vec(&file).unwrap());
    assert!(
        e.to_string()
            .contains("entries[0]: unknown field `mood_colour`"),
        "{e}"
    );
}

mod any_bytes {
    use super::*;
    use proptest::prelude::*;

    /// A character that may break a reply: JSON's own, controls, bidi, quotes, digits.
    fn nasty() -> impl Strategy<Value = char> {
        prop::sample::select(vec![
            '{', '}', '[', ']', '"', ',', ':', '\\', '\u{1b}', '\u{7}', '\u{9b}', '\u{202e}',
            '\u{2067}', '\n', 'x', '9', '-', 'e', ' ',
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 256,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Whatever is done to a reply's bytes, reading it either refuses it or gives a reply
        /// every entry of which is well formed (IDs, texts without control or bidi characters,
        /// levels, record IDs), within the limits.
        #[test]
        fn a_reply_read_is_well_formed_or_refused(
            edits in prop::collection::vec((any::<prop::sample::Index>(), nasty(), any::<bool>()), 1..6),
        ) {
            let mut text: Vec<char> = String::from_utf8(to_bytes(&reply(3))).unwrap().chars().collect();
            for (at, c, insert) in edits {
                let i = at.index(text.len());
                if insert {
                    text.insert(i, c);
                } else {
                    text[i] = c;
                }
            }
            let bytes: String = text.into_iter().collect();
            if let Ok(r) = parse(bytes.as_bytes(), Path::new("r.json")) {
                prop_assert!(r.entries.len() <= mentor::domain::reply::MAX_ENTRIES);
                for e in &r.entries {
                    prop_assert_eq!(mentor::domain::reply::check_entry(e), Ok(()));
                    if let Some(t) = e.what.text() {
                        prop_assert!(!t.chars().any(|c| c != '\n' && mentor::domain::text::is_unsafe(c)));
                    }
                }
            }
        }
    }
}

#[test]
fn a_reply_too_large_to_read_back_is_never_written() {
    let (_guard, dir) = temp_dir();
    let path = dir.join("ada.reply.json");
    let mut r = reply(1);
    write(&path, &r).unwrap();
    let before = std::fs::read(&path).unwrap();
    // Entries of long texts, each within the limits of an entry, over the file's limit together.
    r = reply(100);
    for e in &mut r.entries {
        e.what = What::Topic {
            text: "x".repeat(3_000),
        };
    }
    assert!(to_bytes(&r).len() as u64 > MAX_BYTES);
    let e = write(&path, &r).unwrap_err();
    assert!(
        matches!(e.refusal(), Some(ReplyError::TooLarge { .. })),
        "{e}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before, "the file as it was");
    assert_eq!(read(&path).unwrap().entries.len(), 1);
}
