use super::*;
use crate::generate::{Size, generate};
use crate::store::format::{self, CURRENT_VERSION};
use chrono::NaiveDate;
use std::path::Path;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

/// The file as serde writes it in one piece: what every other way of writing must equal.
fn whole(ws: &Workspace) -> Vec<u8> {
    let mut bytes = crate::store::json::to_vec_pretty(&format::write::file_out(
        ws,
        &ws.mentees,
        CURRENT_VERSION,
    ))
    .unwrap();
    bytes.push(b'\n');
    bytes
}

/// The workspace read back from `bytes`, and the base a store keeps of them.
fn read(bytes: &[u8]) -> (Workspace, Base) {
    let parsed = format::parse(bytes, Path::new("t.json"), false).unwrap();
    let spans = parsed
        .spans
        .expect("the fast pass keeps the mentees' places");
    let base = Base::new(bytes.to_vec(), &parsed.workspace.mentees, spans).unwrap();
    (parsed.workspace, base)
}

fn workspaces() -> Vec<(&'static str, Workspace)> {
    vec![
        ("demo", crate::demo::demo_workspace(today())),
        ("S", generate(Size::S, 3, today())),
        // Over PARALLEL_FROM mentees: serialised on several threads.
        ("M", generate(Size::M, 1, today())),
    ]
}

#[test]
fn pieces_equal_one_serialisation_and_reused_texts_equal_fresh_ones() {
    for (name, ws) in workspaces() {
        let expected = whole(&ws);
        let fresh = serialize(&ws, None, CURRENT_VERSION);
        assert!(fresh.bytes == expected, "{name}: fresh pieces differ");
        let (loaded, base) = read(&fresh.bytes);
        let again = serialize(&loaded, Some(&base), CURRENT_VERSION);
        assert!(again.bytes == expected, "{name}: reused texts differ");
        // Every mentee was reused: each span is the very text it had.
        for (span, (_, old)) in again.spans.iter().zip(&base.mentees) {
            assert_eq!(
                again.bytes[span.clone()],
                fresh.bytes[old.clone()],
                "{name}"
            );
        }
        assert_eq!(format::serialize(&loaded, None, CURRENT_VERSION), expected);
    }
}

#[test]
fn a_changed_mentee_is_serialised_again_and_the_others_are_reused() {
    let ws = generate(Size::S, 5, today());
    let (mut loaded, base) = read(&whole(&ws));
    Arc::make_mut(&mut loaded.mentees[3]).name = "Renamed \u{202e}Person".into();
    loaded.mentees.swap(0, 7);
    let mut index = None;
    for (i, m) in loaded.mentees.iter().enumerate() {
        let reused = base.text_of(m, i, &mut index).is_some();
        assert_eq!(reused, i != 3, "mentee {i}");
    }
    let out = serialize(&loaded, Some(&base), CURRENT_VERSION);
    assert!(out.bytes == whole(&loaded));
    let changed = String::from_utf8(out.bytes[out.spans[3].clone()].to_vec()).unwrap();
    assert!(changed.contains("Renamed \\u202ePerson"), "{changed}");
    let back = format::parse(&out.bytes, Path::new("t.json"), false).unwrap();
    assert_eq!(back.workspace, loaded);
}

#[test]
fn a_text_in_another_layout_or_with_a_raw_control_is_written_afresh() {
    let compact = r#"{"format":"mentor","version":{"major":2,"minor":0},"kind":"workspace","next_id":5,"mentees":[{"id":"m1","name":"A\u202eB"},{"id":"m2","name":"Bo"}]}"#;
    let raw_bidi = whole(&generate(Size::Mentees(2), 1, today()));
    let raw_bidi = String::from_utf8(raw_bidi).unwrap();
    let first_name = raw_bidi.find("\"name\": \"").unwrap() + 9;
    let mut hand = raw_bidi.clone();
    hand.insert_str(first_name, "\u{202e}\u{7f}\u{85}");
    for text in [compact.to_string(), hand] {
        let (ws, base) = read(text.as_bytes());
        let out = serialize(&ws, Some(&base), CURRENT_VERSION);
        assert!(out.bytes == whole(&ws), "{text}");
        let written = String::from_utf8(out.bytes).unwrap();
        assert!(!written.contains('\u{202e}') && !written.contains('\u{7f}'));
    }
}

#[test]
fn only_escapable_characters_count() {
    assert!(!needs_escape(
        "plain é ü — “quotes” 日本 👩\u{200d}💻".as_bytes()
    ));
    for c in [
        '\u{7f}', '\u{85}', '\u{9d}', '\u{61c}', '\u{200e}', '\u{2028}', '\u{202e}', '\u{2069}',
    ] {
        assert!(needs_escape(format!("ab{c}cd").as_bytes()), "{c:?}");
        assert!(needs_escape(format!("{c}").as_bytes()), "{c:?}");
    }
}

#[test]
fn writing_in_the_old_buffer_gives_the_same_bytes_as_a_new_one() {
    let ws = generate(Size::S, 9, today());
    let bytes = whole(&ws);
    for changes in [
        vec![],
        vec![0],
        vec![4],
        vec![9],
        vec![0, 3, 9],
        (0..10).collect(),
    ] {
        let (mut loaded, base) = read(&bytes);
        for &i in &changes {
            let m = Arc::make_mut(&mut loaded.mentees[i]);
            m.name = format!("{} the {}", m.name, "x".repeat(i * 7));
        }
        loaded.mentor.name = "A much longer mentor name than before".into();
        let out = serialize_reusing(&loaded, Some(base), CURRENT_VERSION);
        assert!(out.bytes == whole(&loaded), "{changes:?}");
        // The spans describe the new text: it serves as the base of the next write.
        let next = Base::new(out.bytes.clone(), &loaded.mentees, out.spans).unwrap();
        assert!(serialize(&loaded, Some(&next), CURRENT_VERSION).bytes == out.bytes);
        let mut index = None;
        assert!(
            loaded
                .mentees
                .iter()
                .enumerate()
                .all(|(i, m)| next.text_of(m, i, &mut index).is_some())
        );
    }
    // A mentee added: written afresh.
    let (mut loaded, base) = read(&bytes);
    loaded.mentees.push(Arc::new(Mentee::new(
        crate::domain::MenteeId("m999".into()),
        "New Person",
        today(),
    )));
    assert!(serialize_reusing(&loaded, Some(base), CURRENT_VERSION).bytes == whole(&loaded));
}

#[test]
fn a_base_whose_text_was_let_go_of_reuses_nothing_and_writes_everything_afresh() {
    let ws = generate(Size::S, 2, today());
    let (loaded, mut base) = read(&whole(&ws));
    let len = base.take_text();
    assert!(serialize(&loaded, Some(&base), CURRENT_VERSION).bytes == whole(&ws));
    assert!(serialize_reusing(&loaded, Some(base), CURRENT_VERSION).bytes == whole(&ws));
    let (loaded, mut base) = read(&whole(&ws));
    let text = whole(&ws);
    base.take_text();
    base.put_text(text, len);
    assert!(serialize_reusing(&loaded, Some(base), CURRENT_VERSION).bytes == whole(&ws));
}

#[test]
fn a_file_with_a_key_after_the_mentees_is_written_afresh() {
    // As a file edited by hand may be: the conflicts after the mentees, not before them.
    let mut ws = crate::demo::demo_workspace(today());
    let path: Vec<String> = ["mentor", "name"].iter().map(|s| s.to_string()).collect();
    ws.conflicts.push(crate::domain::conflict::Conflict {
        id: crate::domain::conflict::conflict_id(&path),
        path,
        kind: crate::domain::conflict::ConflictKind::Field,
        kept: "Sam".into(),
        other: "Samuel".into(),
        found_on: today(),
    });
    let mut doc: serde_json::Value = serde_json::from_slice(&whole(&ws)).unwrap();
    let conflicts = doc.as_object_mut().unwrap().remove("conflicts").unwrap();
    doc.as_object_mut()
        .unwrap()
        .insert("conflicts".into(), conflicts);
    let mut bytes = serde_json::to_vec_pretty(&doc).unwrap();
    bytes.push(b'\n');
    let (mut loaded, base) = read(&bytes);
    assert_eq!(loaded.conflicts.len(), 1);
    loaded.conflicts.clear();
    Arc::make_mut(&mut loaded.mentees[0]).name = "Alice M.".into();
    let out = serialize_reusing(&loaded, Some(base), CURRENT_VERSION).bytes;
    assert!(out == whole(&loaded), "{}", String::from_utf8_lossy(&out));
}

/// A file edited by hand with keys after the mentees: the in-place write must not keep that
/// ending (the new header has those keys already), or the file would hold them twice.
#[test]
fn keys_after_the_mentees_are_not_kept_by_the_in_place_write() {
    let mut ws = generate(Size::S, 4, today());
    ws.replicated = true;
    ws.store_token = Some("tok".into());
    let text = String::from_utf8(whole(&ws)).unwrap();
    // Move "replicated" and "store_token" to the end, as a hand edit (or another tool) may.
    let moved = text
        .replacen("  \"store_token\": \"tok\",\n", "", 1)
        .replacen("  \"replicated\": true,\n", "", 1)
        .replacen(
            "\n  ]\n}\n",
            "\n  ],\n  \"replicated\": true,\n  \"store_token\": \"tok\"\n}\n",
            1,
        );
    assert_ne!(moved, text);
    for changes in [vec![], vec![1]] {
        let (mut loaded, base) = read(moved.as_bytes());
        assert_eq!(loaded, ws);
        for &i in &changes {
            Arc::make_mut(&mut loaded.mentees[i]).name = "Changed".into();
        }
        let out = serialize_reusing(&loaded, Some(base), CURRENT_VERSION);
        assert!(
            out.bytes == whole(&loaded),
            "{changes:?}\n{}",
            String::from_utf8_lossy(&out.bytes)
        );
        let back = format::parse(&out.bytes, Path::new("t.json"), false).unwrap();
        assert_eq!(back.workspace, loaded);
    }
}
