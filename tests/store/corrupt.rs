//! Promise 4: never overwrite what could not be read.
//!
//! A corpus of broken files, each derived from one small valid document by one edit: 0 bytes,
//! truncated, NUL bytes, invalid UTF-8, wrong types deep inside, a number where a string belongs,
//! no format marker, the wrong kind, a newer or unknown major version, duplicate IDs, dangling goal
//! and series references. Each is refused by `Store::open` with a message that names the file
//! and, where the JSON itself is broken, the line and column and the path inside the document;
//! the file's bytes are unchanged and nothing else is written beside it. Since opening fails
//! there is no `Store`, so no save is possible until the file is fixed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;

use mentor::store::{LoadError, OpenError, OpenOptions, Store, load};
use std::path::Path;

/// The valid document every case starts from. Its layout is fixed: the expected lines and
/// columns below refer to it.
const BASE: &str = r#"{
  "format": "mentor",
  "version": { "major": 2, "minor": 0 },
  "kind": "workspace",
  "mentor": { "name": "Dana", "capacity_hours_per_month": 6 },
  "next_id": 7,
  "mentees": [
    {
      "id": "m1",
      "name": "Alice",
      "goals": [
        {
          "id": "g2",
          "title": "Lead design reviews",
          "created_on": "2026-01-20",
          "due": "2026-06-30",
          "milestones": [ { "id": "ms3", "title": "Shadow a review" } ]
        }
      ],
      "sessions": [
        {
          "id": "s4",
          "at": "2026-02-03T10:00:00+01:00",
          "goals": [ "g2" ],
          "actions": [ { "id": "a5", "text": "Send the checklist" } ]
        }
      ],
      "feedback": [
        { "id": "f6", "date": "2026-02-03", "kind": "strength", "text": "Clear", "goal": "g2" }
      ]
    }
  ]
}
"#;

/// `BASE` with the one occurrence of `from` replaced by `to`.
fn edit(from: &str, to: &str) -> Vec<u8> {
    edit_bytes(from, to.as_bytes())
}

fn edit_bytes(from: &str, to: &[u8]) -> Vec<u8> {
    assert_eq!(BASE.matches(from).count(), 1, "{from:?} must occur once");
    let at = BASE.find(from).expect("present");
    let mut bytes = BASE.as_bytes()[..at].to_vec();
    bytes.extend_from_slice(to);
    bytes.extend_from_slice(&BASE.as_bytes()[at + from.len()..]);
    bytes
}

/// What the refusal must say.
struct Case {
    name: &'static str,
    bytes: Vec<u8>,
    /// Line and column, for errors in the JSON itself.
    at: Option<(usize, usize)>,
    /// The path inside the document, where there is one.
    doc_path: Option<&'static str>,
    /// Further text the message must hold.
    says: &'static str,
}

fn corpus() -> Vec<Case> {
    let half = BASE.len() / 2;
    let truncated = BASE.as_bytes()[..half].to_vec();
    // An early end is placed at the last character the file holds (not past trailing space).
    let kept = BASE[..half].trim_end();
    let truncated_line = 1 + kept.matches('\n').count();
    let truncated_column = kept.len() - 1 - kept.rfind('\n').expect("a newline");
    let mut nul_tail = BASE.as_bytes().to_vec();
    nul_tail.extend_from_slice(&[0u8; 512]);
    let base_lines = BASE.matches('\n').count();
    vec![
        Case {
            name: "zero bytes",
            bytes: Vec::new(),
            at: None,
            doc_path: None,
            says: "the file is empty (0 bytes); it is not a mentor store",
        },
        Case {
            name: "only white space",
            bytes: b"\n  \n".to_vec(),
            // Nothing to point at: the start (serde_json says 3:0, past the end).
            at: Some((1, 1)),
            doc_path: None,
            says: "EOF while parsing a value",
        },
        Case {
            name: "truncated half-way",
            bytes: truncated,
            at: Some((truncated_line, truncated_column)),
            doc_path: Some("mentees[0].goals[0].milestones"),
            says: "EOF while parsing a list (the file ends here: was it cut short?)",
        },
        Case {
            name: "all NUL bytes (a block that was never written)",
            bytes: vec![0u8; 4096],
            at: Some((1, 1)),
            doc_path: None,
            says: "expected value",
        },
        Case {
            name: "NUL bytes after the document",
            bytes: nul_tail,
            at: Some((base_lines + 1, 1)),
            doc_path: None,
            says: "trailing characters",
        },
        Case {
            name: "a NUL byte inside a string",
            bytes: edit_bytes("\"Alice\"", b"\"Al\0ce\""),
            at: Some((10, 18)),
            doc_path: None,
            says: "control character (\\u0000-\\u001F) found while parsing a string",
        },
        Case {
            name: "invalid UTF-8 inside a string",
            bytes: edit_bytes("\"Alice\"", b"\"Al\xff\xfece\""),
            at: Some((10, 18)),
            doc_path: None,
            says: "invalid unicode code point",
        },
        Case {
            name: "invalid UTF-8 outside a string",
            bytes: edit_bytes("\"next_id\": 7", b"\"next_id\": \xc3\xa9"),
            at: Some((6, 14)),
            doc_path: None,
            says: "expected value",
        },
        Case {
            name: "an impossible date deep inside",
            bytes: edit("\"due\": \"2026-06-30\"", "\"due\": \"2026-13-01\""),
            at: Some((16, 29)),
            doc_path: Some("mentees[0].goals[0].due"),
            says: "invalid date \"2026-13-01\" (expected YYYY-MM-DD)",
        },
        Case {
            name: "a number where a string belongs",
            bytes: edit("\"name\": \"Alice\"", "\"name\": 42"),
            at: Some((10, 16)),
            doc_path: Some("mentees[0].name"),
            says: "invalid type: integer `42`, expected a string",
        },
        Case {
            name: "a string where a number belongs",
            bytes: edit("\"next_id\": 7", "\"next_id\": \"7\""),
            at: Some((6, 16)),
            doc_path: Some("next_id"),
            says: "invalid type: string \"7\", expected u64",
        },
        Case {
            name: "a number too large for a float",
            bytes: edit(
                "\"capacity_hours_per_month\": 6",
                "\"capacity_hours_per_month\": 1e999",
            ),
            at: Some((5, 63)),
            doc_path: None,
            says: "number out of range",
        },
        Case {
            name: "an unknown kind of feedback",
            bytes: edit("\"kind\": \"strength\"", "\"kind\": \"praise\""),
            at: Some((29, 60)),
            doc_path: Some("mentees[0].feedback[0].kind"),
            says: "unknown variant `praise`, expected one of `strength`, `improvement`, `observation`",
        },
        Case {
            name: "a session moment that is not RFC 3339",
            bytes: edit("\"2026-02-03T10:00:00+01:00\"", "\"3 Feb, 10am\""),
            at: Some((23, 29)),
            doc_path: Some("mentees[0].sessions[0].at"),
            says: "invalid date and time \"3 Feb, 10am\"",
        },
        Case {
            name: "a required field missing",
            bytes: edit("\"created_on\": \"2026-01-20\",", ""),
            at: Some((18, 9)),
            doc_path: Some("mentees[0].goals[0]"),
            says: "missing field `created_on`",
        },
        Case {
            name: "no format marker",
            bytes: edit("\"format\": \"mentor\",", ""),
            at: None,
            doc_path: None,
            says: "not a mentor store: expected \"format\": \"mentor\" at the top",
        },
        Case {
            name: "another program's file",
            bytes: br#"{"tasks": [{"description": "buy milk"}]}"#.to_vec(),
            at: None,
            doc_path: None,
            says: "not a mentor store: expected \"format\": \"mentor\" at the top",
        },
        Case {
            name: "a JSON array at the top",
            bytes: b"[1, 2, 3]\n".to_vec(),
            at: None,
            doc_path: None,
            says: "not a mentor store",
        },
        Case {
            name: "a JSON string at the top",
            bytes: b"\"mentor\"\n".to_vec(),
            at: None,
            doc_path: None,
            says: "not a mentor store: the top level is not a JSON object",
        },
        Case {
            name: "the wrong kind of file",
            bytes: edit("\"kind\": \"workspace\"", "\"kind\": \"mentee-bundle\""),
            at: None,
            doc_path: None,
            says: "this is a mentee-bundle file, not a workspace",
        },
        Case {
            name: "no version",
            bytes: edit("\"version\": { \"major\": 2, \"minor\": 0 },", ""),
            at: None,
            doc_path: None,
            says: "\"version\" must be an object like {\"major\": 2, \"minor\": 0}",
        },
        Case {
            name: "a newer major version",
            bytes: edit("\"major\": 2, \"minor\": 0", "\"major\": 3, \"minor\": 0"),
            at: None,
            doc_path: None,
            says: "written by a newer mentor (format version 3.0); this version reads up to 2.x",
        },
        Case {
            name: "a newer major version that also changed the meaning of fields",
            bytes: replace_in(
                edit("\"major\": 2, \"minor\": 0", "\"major\": 4, \"minor\": 1"),
                "\"next_id\": 7",
                "\"next_id\": \"m7\"",
            ),
            at: None,
            doc_path: None,
            says: "written by a newer mentor (format version 4.1)",
        },
        Case {
            name: "an older major version with no known upgrade",
            bytes: edit("\"major\": 2, \"minor\": 0", "\"major\": 0, \"minor\": 3"),
            at: None,
            doc_path: None,
            says: "cannot upgrade from format version 0.3: no upgrade is known from major version 0",
        },
        Case {
            name: "a 1.x file with an ID only 2.0 can hold",
            bytes: replace_in(
                edit("\"major\": 2, \"minor\": 0", "\"major\": 1, \"minor\": 1"),
                "\"id\": \"ms3\"",
                "\"id\": \"ms3.k7qxm\"",
            ),
            at: None,
            doc_path: None,
            says: "cannot upgrade from format version 1.1: mentees[0].goals[0].milestones[0].id is \"ms3.k7qxm\": a version 1 file has no IDs with a dot",
        },
        Case {
            name: "duplicate IDs",
            bytes: edit("\"id\": \"ms3\"", "\"id\": \"ms2\""),
            at: None,
            doc_path: Some("mentees[0].goals[0].milestones[0].id"),
            says: "duplicate ID \"ms2\" (its number 2 is already in use)",
        },
        Case {
            name: "an ID of the wrong shape",
            bytes: edit("\"id\": \"g2\"", "\"id\": \"goal-2\""),
            at: None,
            doc_path: Some("mentees[0].goals[0].id"),
            says: "goal ID \"goal-2\" does not have the expected shape",
        },
        Case {
            name: "a session pointing at a goal that does not exist",
            bytes: edit("\"goals\": [ \"g2\" ]", "\"goals\": [ \"g99\" ]"),
            at: None,
            doc_path: Some("mentees[0].sessions[0].goals[0]"),
            says: "is not a goal of this mentee",
        },
        Case {
            name: "a session placed in a series that does not exist",
            bytes: edit(
                "\"at\": \"2026-02-03T10:00:00+01:00\",",
                "\"at\": \"2026-02-03T10:00:00+01:00\", \"series\": { \"id\": \"sr99\", \"slot\": \"2026-02-03T10:00:00+01:00\" },",
            ),
            at: None,
            doc_path: Some("mentees[0].sessions[0].series.id"),
            says: "series \"sr99\" is not a series of this mentee",
        },
        Case {
            name: "a series whose ID another record uses",
            bytes: edit(
                "\"feedback\": [",
                "\"series\": [ { \"id\": \"sr6\", \"every\": { \"every\": 2, \"unit\": \"weeks\" }, \"first\": \"2026-02-03T10:00:00+01:00\", \"count\": 1 } ],\n      \"feedback\": [",
            ),
            at: None,
            doc_path: Some("mentees[0].series[0].id"),
            says: "duplicate ID \"sr6\" (its number 6 is already in use)",
        },
        Case {
            name: "feedback pointing at a goal that does not exist",
            bytes: edit("\"goal\": \"g2\"", "\"goal\": \"g99\""),
            at: None,
            doc_path: Some("mentees[0].feedback[0].goal"),
            says: "is not a goal of this mentee",
        },
        Case {
            name: "an ID counter behind the IDs in use",
            bytes: edit("\"next_id\": 7", "\"next_id\": 3"),
            at: None,
            doc_path: Some("next_id"),
            says: "is 3 but IDs up to 6 are in use; set it to 7 or more",
        },
        Case {
            name: "a blank name",
            bytes: edit("\"name\": \"Alice\"", "\"name\": \"  \""),
            at: None,
            doc_path: Some("mentees[0].name"),
            says: "name is empty",
        },
        // The limits on numbers are the ones the command line applies (domain::rules).
        Case {
            name: "a negative capacity",
            bytes: edit(
                "\"capacity_hours_per_month\": 6",
                "\"capacity_hours_per_month\": -5",
            ),
            at: None,
            doc_path: Some("mentor.capacity_hours_per_month"),
            says: "-5 is not a number of hours a month, 0 or more",
        },
        Case {
            name: "a cadence of every 0",
            bytes: edit(
                "\"name\": \"Alice\",",
                "\"name\": \"Alice\", \"agreement\": { \"cadence\": { \"every\": 0, \"unit\": \"weeks\" } },",
            ),
            at: None,
            doc_path: Some("mentees[0].agreement.cadence.every"),
            says: "a cadence of every 0 means never",
        },
        Case {
            name: "a session of 0 minutes",
            bytes: edit(
                "\"goals\": [ \"g2\" ],",
                "\"goals\": [ \"g2\" ], \"minutes\": 0,",
            ),
            at: None,
            doc_path: Some("mentees[0].sessions[0].minutes"),
            says: "must be more than 0 minutes",
        },
        Case {
            name: "a session of negative minutes",
            bytes: edit(
                "\"goals\": [ \"g2\" ],",
                "\"goals\": [ \"g2\" ], \"minutes\": -5,",
            ),
            at: Some((24, 42)),
            doc_path: Some("mentees[0].sessions[0].minutes"),
            says: "invalid value: integer `-5`, expected u32",
        },
    ]
}

fn replace_in(bytes: Vec<u8>, from: &str, to: &str) -> Vec<u8> {
    String::from_utf8(bytes)
        .expect("utf-8")
        .replacen(from, to, 1)
        .into_bytes()
}

#[test]
fn the_base_document_is_valid() {
    let (_guard, dir) = common::temp_dir();
    let path = dir.join("mentor.json");
    std::fs::write(&path, BASE).expect("write");
    let (_store, ws) = Store::open(&path, &OpenOptions::default()).expect("open");
    assert_eq!(
        ws.mentees[0].goals[0].milestones[0].title,
        "Shadow a review"
    );
}

/// Checks the refusal of one broken file.
fn check_refused(case: &Case, err: &LoadError, path: &Path) {
    let message = err.to_string();
    let name = case.name;
    assert_eq!(err.path(), path, "{name}: {message}");
    let file = path.display().to_string();
    assert!(
        message.starts_with(&file),
        "{name}: the message does not name the file: {message}"
    );
    match case.at {
        Some((line, column)) => {
            let LoadError::Parse {
                line: l,
                column: c,
                doc_path,
                ..
            } = err
            else {
                panic!("{name}: not a parse error: {err:?}");
            };
            assert_eq!((*l, *c), (line, column), "{name}: {message}");
            assert!(
                message.starts_with(&format!("{file}:{line}:{column}: ")),
                "{name}: {message}"
            );
            if let Some(expected) = case.doc_path {
                assert_eq!(doc_path, expected, "{name}: {message}");
            }
        }
        None => assert!(!matches!(err, LoadError::Parse { .. }), "{name}: {err:?}"),
    }
    if let Some(doc_path) = case.doc_path {
        assert!(
            message.contains(&format!(": {doc_path}: ")),
            "{name}: the message does not name `{doc_path}`: {message}"
        );
    }
    assert!(message.contains(case.says), "{name}: {message}");
    // Text quoted from the file cannot control the terminal.
    assert!(
        !message.chars().any(|c| c.is_control()),
        "{name}: control character in {message:?}"
    );
}

#[test]
fn every_broken_file_is_refused_named_and_left_as_it_was() {
    let cases = corpus();
    for case in &cases {
        let (_guard, dir) = common::temp_dir();
        let path = dir.join("mentor.json");
        std::fs::write(&path, &case.bytes).expect("write");

        for options in [
            OpenOptions::default(),
            OpenOptions {
                create: false,
                ..OpenOptions::default()
            },
        ] {
            let err = match Store::open(&path, &options) {
                Ok(_) => panic!("{}: a broken file was opened for editing", case.name),
                Err(OpenError::Load(e)) => e,
                Err(e) => panic!("{}: {e:?}", case.name),
            };
            check_refused(case, &err, &path);
        }
        // The read-only loader refuses it too; the one file it may read is a newer major
        // version that still parses (see below).
        match load(&path) {
            Err(err) => assert!(err.to_string().contains(case.says), "{}: {err}", case.name),
            Ok(loaded) => assert!(loaded.newer_major(), "{}: loaded", case.name),
        }

        assert_eq!(
            std::fs::read(&path).expect("read"),
            case.bytes,
            "{}",
            case.name
        );
        assert_eq!(
            common::names(&dir),
            ["mentor.json", "mentor.json.lock"],
            "{}: something was written beside the file",
            case.name
        );
    }
    eprintln!("corrupt corpus: {} broken files refused", cases.len());
}

#[test]
fn a_newer_major_version_that_parses_can_be_read_but_not_edited() {
    let (_guard, dir) = common::temp_dir();
    let path = dir.join("mentor.json");
    let bytes = edit("\"major\": 2, \"minor\": 0", "\"major\": 3, \"minor\": 4");
    std::fs::write(&path, &bytes).expect("write");
    let loaded = load(&path).expect("a reader may look at it");
    assert!(loaded.newer_major());
    assert_eq!(loaded.workspace.mentees[0].name, "Alice");
    let err = Store::open(&path, &OpenOptions::default()).expect_err("no editing");
    assert!(
        matches!(err, OpenError::Load(LoadError::NewerMajor { .. })),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains("Upgrade mentor to edit it; nothing was changed")
    );
    assert_eq!(std::fs::read(&path).expect("read"), bytes);
}

#[test]
fn once_the_file_is_repaired_it_opens() {
    let (_guard, dir) = common::temp_dir();
    let path = dir.join("mentor.json");
    std::fs::write(&path, edit("\"goal\": \"g2\"", "\"goal\": \"g99\"")).expect("write");
    assert!(Store::open(&path, &OpenOptions::default()).is_err());
    std::fs::write(&path, BASE).expect("repair");
    let (mut store, mut ws) = Store::open(&path, &OpenOptions::default()).expect("open");
    ws.mentor.name = "Dana M.".into();
    store.save(&ws).expect("save");
    assert_eq!(load(&path).expect("load").workspace, ws);
}

/// A file that starts with a UTF-8 byte order mark (as some editors write it).
fn with_bom(bytes: &[u8]) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    out.extend_from_slice(bytes);
    out
}

#[test]
fn a_byte_order_mark_is_read_and_a_save_writes_the_same_file_without_it() {
    let fixture = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/unknown-fields-v2.7.json"),
    )
    .expect("fixture");
    for (name, plain) in [
        ("base", BASE.as_bytes().to_vec()),
        ("unknown keys", fixture),
    ] {
        let (_guard, dir) = common::temp_dir();
        let saved = |bytes: &[u8]| {
            let path = dir.join(format!("{}.json", bytes.len()));
            std::fs::write(&path, bytes).expect("write");
            let (mut store, ws) = Store::open(&path, &OpenOptions::default()).expect(name);
            store.save(&ws).expect("save");
            (ws, std::fs::read(&path).expect("read"))
        };
        let (ws_plain, saved_plain) = saved(&plain);
        let (ws_bom, saved_bom) = saved(&with_bom(&plain));
        assert_eq!(ws_bom, ws_plain, "{name}");
        // Nothing is lost (unknown keys included) and the mark is gone.
        assert_eq!(saved_bom, saved_plain, "{name}");
        assert_eq!(saved_bom.first(), Some(&b'{'), "{name}");
    }
}

/// The threaded pass (large files) and the careful pass (files with an error) read past the
/// mark too, and the careful pass still says where an error is.
#[test]
fn a_byte_order_mark_is_read_by_the_threaded_and_the_careful_pass() {
    let ws = mentor::generate::generate(mentor::generate::Size::M, 7, common::today());
    let bytes = common::bytes_of(&ws);
    assert!(
        bytes.len() > 1024 * 1024,
        "large enough to be parsed on threads"
    );
    let parsed = mentor::store::format::parse(&with_bom(&bytes), Path::new("/m.json"), false)
        .expect("a large file with a mark");
    assert_eq!(parsed.workspace, ws);

    let broken = edit("\"title\": \"Shadow a review\"", "\"title\": 42");
    let plain = mentor::store::format::parse(&broken, Path::new("/m.json"), false)
        .expect_err("broken")
        .to_string();
    let marked = mentor::store::format::parse(&with_bom(&broken), Path::new("/m.json"), false)
        .expect_err("broken")
        .to_string();
    assert_eq!(marked, plain);
    assert!(
        marked.contains(": mentees[0].goals[0].milestones[0].title: "),
        "{marked}"
    );
}

/// Cut short anywhere, a file is refused with a place in it (never column 0) and a path that
/// names the last thing reached (never `?`).
#[test]
fn a_file_cut_short_anywhere_says_where_it_ends() {
    let kept_lines: Vec<&str> = BASE.lines().collect();
    for cut in 1..BASE.len() - 2 {
        let bytes = &BASE.as_bytes()[..cut];
        let err = mentor::store::format::parse(bytes, Path::new("/m.json"), false)
            .expect_err("cut short");
        let LoadError::Parse {
            line,
            column,
            doc_path,
            message,
            ..
        } = &err
        else {
            panic!("cut at {cut}: {err:?}");
        };
        assert!(!doc_path.contains('?'), "cut at {cut}: {err}");
        assert!(*column >= 1, "cut at {cut}: {err}");
        assert!(
            message.contains("the file ends here"),
            "cut at {cut}: {err}"
        );
        // The place is the last character the file holds.
        let last = BASE[..cut].trim_end();
        if !last.is_empty() {
            assert_eq!(*line, 1 + last.matches('\n').count(), "cut at {cut}");
            let text = kept_lines[line - 1];
            assert!(
                text.len() >= *column && !text.as_bytes()[column - 1].is_ascii_whitespace(),
                "cut at {cut}: {err}"
            );
        }
    }
}

#[test]
fn a_deeply_nested_file_names_a_short_path() {
    let bytes = edit(
        "\"name\": \"Dana\"",
        &format!("\"name\": \"Dana\", \"x\": {}", "{\"deeper\": ".repeat(300)),
    );
    let err =
        mentor::store::format::parse(&bytes, Path::new("/m.json"), false).expect_err("too deep");
    let LoadError::Parse { doc_path, .. } = &err else {
        panic!("{err:?}");
    };
    assert!(doc_path.chars().count() <= 80, "{err}");
    assert!(doc_path.starts_with("mentor.x.deeper"), "{err}");
    assert!(doc_path.contains('…'), "{err}");
    assert!(err.to_string().contains("nests too deeply"), "{err}");
}
