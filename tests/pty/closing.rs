//! Issue 20 in a real terminal, in English and Dutch: concluding a mentee (the mentee form, its
//! status set to concluded, the planned session cancelled) opens the closing review; `e` writes
//! the closing note, the review shows it, and it is saved in the store; `w` opens the review
//! again later.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::pty_harness::{CTRL_S, ESC, HIDE_CURSOR, Launch, TAB, Tui, has};
use std::process::Command;

const RIGHT: &str = "\x1b[C";

/// The words the screen shows in one language.
struct Words {
    lang: &'static str,
    review: &'static str,
    cancel_question: &'static str,
    met: &'static str,
    note_heading: &'static str,
    form_title: &'static str,
    active: &'static str,
    concluded: &'static str,
}

const EN: Words = Words {
    lang: "en",
    review: " Closing review: Alice Moreau ",
    cancel_question: "cancel the 1 session still planned?",
    met: "1 met · 1 partly met · 1 not met · 0 dropped",
    note_heading: "Closing note · written ",
    form_title: " Closing note: Alice Moreau ",
    active: "‹ active ›",
    concluded: "‹ concluded ›",
};

const NL: Words = Words {
    lang: "nl",
    review: " Terugblik: Alice Moreau ",
    cancel_question: "de ene nog geplande sessie afzeggen?",
    met: "1 behaald · 1 deels behaald · 1 niet behaald · 0 geschrapt",
    note_heading: "Afsluitende notitie · geschreven ",
    form_title: " Afsluitende notitie: Alice Moreau ",
    active: "‹ actief ›",
    concluded: "‹ afgerond ›",
};

fn conclude_and_write(w: &Words) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("mentor.json");
    let made = Command::new(env!("CARGO_BIN_EXE_mentor"))
        .args(["dev", "demo", "-o"])
        .arg(&store)
        .env("MENTOR_NOW", crate::common::NOW)
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let mut launch = Launch::new(
        "closing",
        &["--store", &store.display().to_string(), "--lang", w.lang],
    );
    launch.cols = 80;
    launch.rows = 24;
    launch.env.push(("MENTOR_NOW", crate::common::NOW.into()));
    let mut tui = Tui::start(launch);
    tui.wait_until("the first frame", |t| {
        t.count(HIDE_CURSOR) >= 1 && has(t.screen(), "Alice Moreau")
    });
    // The mentee form: Status is the third field; active → paused → concluded.
    tui.send("e");
    tui.wait_for("the mentee form", |s| has(s, w.active));
    tui.send(TAB);
    tui.send(TAB);
    tui.send(RIGHT);
    tui.send(RIGHT);
    tui.wait_for("concluded chosen", |s| has(s, w.concluded));
    tui.send(CTRL_S);
    tui.wait_for("the question about the planned session", |s| {
        has(s, w.cancel_question)
    });
    tui.send("y");
    tui.wait_for("the closing review", |s| has(s, w.review) && has(s, w.met));
    tui.send("e");
    tui.wait_for("the note's form", |s| has(s, w.form_title));
    tui.type_text("Keep asking for the hard reviews.");
    tui.send(CTRL_S);
    tui.wait_for("the review again", |s| has(s, w.review));
    tui.send("G");
    tui.wait_for("the note in the review", |s| {
        has(s, w.note_heading) && has(s, "Keep asking for the hard reviews.")
    });
    tui.send(ESC);
    tui.wait_for("the review closed", |s| !has(s, w.review));
    tui.send("w");
    tui.wait_for("the review again with w", |s| has(s, w.review));
    tui.send(ESC);
    tui.wait_for("closed again", |s| !has(s, w.review));
    tui.quit();
    let saved = std::fs::read_to_string(&store).unwrap();
    assert!(
        saved.contains("\"note\": \"Keep asking for the hard reviews.\""),
        "the note is in the store"
    );
    assert!(saved.contains("\"status\": \"concluded\""));
}

#[test]
fn concluding_opens_the_closing_review_and_its_note_is_saved() {
    conclude_and_write(&EN);
}

#[test]
fn concluding_opens_the_closing_review_in_dutch() {
    conclude_and_write(&NL);
}
