use super::*;
use crate::domain::{Feedback, FeedbackId, FeedbackKind, Visibility};
use crate::generate::{Size, generate};
use crate::store::format::{self, CURRENT_VERSION};
use chrono::NaiveDate;
use std::path::Path;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

/// The workspace of `bytes` and the one of its header with mentee `i`, with that mentee's span.
fn read(bytes: &[u8], i: usize) -> (Workspace, Workspace, Range<usize>) {
    let parsed = format::parse(bytes, Path::new("t.json"), false).unwrap();
    let spans = parsed.spans.unwrap();
    let whole = parsed.workspace;
    let mut one = whole.clone();
    one.mentees = vec![whole.mentees[i].clone()];
    (whole, one, spans[i].clone())
}

fn note(ws: &mut Workspace, i: usize) {
    let id = ws.new_id::<FeedbackId>().unwrap();
    ws.mentee_mut(i).feedback.push(Feedback {
        id,
        date: today(),
        kind: FeedbackKind::Strength,
        text: "Ran a calm, well-timed review — with a \"quote\"".into(),
        goal: None,
        visibility: Visibility::Shared,
    });
}

/// A change to the first, a middle or the last mentee, written in the file's buffer or in a
/// new one, gives exactly the bytes of the whole workspace with that change; so does writing
/// it unchanged, and writing it again from what the save left.
#[test]
fn one_mentee_changed_writes_what_the_whole_write_writes() {
    let ws = generate(Size::Mentees(12), 5, today());
    let bytes = format::serialize(&ws, None, CURRENT_VERSION);
    for i in [0, 5, 11] {
        let (mut whole, mut one_ws, span) = read(&bytes, i);
        let one = One::new(bytes.clone(), one_ws.mentees[0].clone(), span).unwrap();
        assert_eq!(one.serialize(&one_ws, CURRENT_VERSION).unwrap(), bytes);
        note(&mut whole, i);
        note(&mut one_ws, 0);
        assert_eq!(whole.next_id, one_ws.next_id);
        let expected = format::serialize(&whole, None, CURRENT_VERSION);
        assert_ne!(expected, bytes);
        assert_eq!(one.serialize(&one_ws, CURRENT_VERSION).unwrap(), expected);
        let written = one.serialize_in_place(&one_ws, CURRENT_VERSION).unwrap();
        assert_eq!(written.bytes, expected, "mentee {i}");
        let span = written.spans[0].clone();
        assert!(expected[span.clone()].starts_with(b"{\n      \"id\": "));
        let again = One::written(written, one_ws.mentees[0].clone()).unwrap();
        note(&mut whole, i);
        note(&mut one_ws, 0);
        let expected = format::serialize(&whole, None, CURRENT_VERSION);
        let written = again.serialize_in_place(&one_ws, CURRENT_VERSION).unwrap();
        assert_eq!(written.bytes, expected, "mentee {i}, twice");
    }
}

/// A workspace that does not hold exactly the mentee is not written; nor is a file in which a
/// whole write would not keep the others' text as it is.
#[test]
fn what_does_not_fit_is_not_written() {
    let ws = generate(Size::Mentees(4), 2, today());
    let bytes = format::serialize(&ws, None, CURRENT_VERSION);
    let (whole, one_ws, span) = read(&bytes, 1);
    let one = One::new(bytes.clone(), one_ws.mentees[0].clone(), span.clone()).unwrap();
    assert!(one.fits(&one_ws));
    for other in [whole.clone(), {
        let mut w = whole.clone();
        w.mentees = vec![whole.mentees[2].clone()];
        w
    }] {
        assert!(!one.fits(&other));
        assert!(one.serialize(&other, CURRENT_VERSION).is_none());
    }
    let mut w = whole;
    w.mentees.clear();
    let one = one.serialize_in_place(&w, CURRENT_VERSION).unwrap_err();
    assert_eq!(one.into_bytes(), bytes, "given back as it was");
    // A control character the formatter escapes, or another ending.
    let text = String::from_utf8(bytes.clone()).unwrap();
    let at = text.find("\"aspirations\": \"").unwrap() + 16;
    let mut raw_del = bytes.clone();
    raw_del.insert(at, 0x7f);
    assert!(One::new(raw_del, one_ws.mentees[0].clone(), span.clone()).is_err());
    let mut no_newline = bytes.clone();
    no_newline.pop();
    assert!(One::new(no_newline, one_ws.mentees[0].clone(), span).is_err());
}
