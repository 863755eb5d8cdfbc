//! Issue 20 in a real terminal: from the brief, `1` puts the first proposed question on the
//! agenda of the mentee's next session and remembers it as asked; in English and in Dutch, the
//! store file checked after quitting.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::pty_harness::{ESC, HIDE_CURSOR, Launch, Tui, has};
use serde_json::Value;
use std::path::Path;

/// The demo written as a real store (the app's `--demo` never writes one).
fn demo_store(dir: &Path) -> std::path::PathBuf {
    let store = dir.join("mentor.json");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mentor"))
        .args(["dev", "demo", "-o", &store.display().to_string()])
        .env("MENTOR_NOW", crate::common::NOW)
        .env("TZ", "Europe/Paris")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    store
}

/// Alice (the first mentee): her planned session's agenda and the questions asked of her.
fn alice(store: &Path) -> (String, Vec<String>) {
    let doc: Value = serde_json::from_slice(&std::fs::read(store).unwrap()).unwrap();
    let m = &doc["mentees"][0];
    assert_eq!(m["name"], "Alice Moreau");
    let agenda = m["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["status"] == "planned")
        .unwrap()["agenda"]
        .as_str()
        .unwrap()
        .to_string();
    let asked = m["asked"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|x| x["question"].as_str().unwrap().to_string())
                .collect()
        })
        .unwrap_or_default();
    (agenda, asked)
}

/// Opens the app on the store in `lang` at `cols`x`rows`, the brief of Alice, and presses `1`.
fn ask_first(name: &'static str, lang: &str, (cols, rows): (u16, u16), said: [&str; 3]) {
    let [brief_title, footer, heading] = said;
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let (before, asked) = alice(&store);
    assert!(asked.is_empty());
    let mut launch = Launch::new(name, &["--store", &store.display().to_string()]);
    launch.cols = cols;
    launch.rows = rows;
    launch.env.push(("MENTOR_NOW", crate::common::NOW.into()));
    launch.env.push(("TZ", "Europe/Paris".into()));
    launch.env.push(("LANG", lang.into()));
    let mut tui = Tui::start(launch);
    tui.wait_until("the first frame", |t| {
        t.count(HIDE_CURSOR) >= 1 && has(t.screen(), "Alice Moreau")
    });
    tui.send("b");
    tui.wait_for("the brief with its keys", |s| {
        has(s, brief_title) && has(s, footer)
    });
    // The questions are further down: scrolled into view to see what `1` asks.
    tui.send("G");
    tui.wait_for("the questions", |s| has(s, heading));
    tui.send("1");
    tui.esc("the brief closed", |s| !has(s, brief_title));
    tui.quit();
    let (agenda, asked) = alice(&store);
    assert_eq!(asked, ["q-progress-obstacle-1"]);
    let question = if lang.starts_with("nl") {
        "Wat houdt je op dit moment tegen?"
    } else {
        "What is standing in your way right now?"
    };
    assert_eq!(agenda, format!("{}\n{question}", before.trim_end()));
}

#[test]
fn one_key_in_the_brief_puts_a_question_on_the_next_agenda_in_english() {
    ask_first(
        "questions-en",
        "C.UTF-8",
        (100, 30),
        [" Brief: Alice Moreau ", "1-3 ask", "Questions to ask (3)"],
    );
}

#[test]
fn one_key_in_the_brief_puts_a_question_on_the_next_agenda_in_dutch() {
    ask_first(
        "questions-nl",
        "nl_NL.UTF-8",
        (80, 24),
        [
            " Voorbereiding: Alice Moreau ",
            "1-3 stel",
            "Vragen om te stellen (3)",
        ],
    );
}

#[test]
fn the_question_asked_is_shown_replaced_in_the_brief() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let mut launch = Launch::new(
        "questions-shown",
        &["--store", &store.display().to_string()],
    );
    launch.env.push(("MENTOR_NOW", crate::common::NOW.into()));
    launch.env.push(("TZ", "Europe/Paris".into()));
    let mut tui = Tui::start(launch);
    tui.wait_until("the first frame", |t| {
        t.count(HIDE_CURSOR) >= 1 && has(t.screen(), "Alice Moreau")
    });
    tui.send("b");
    tui.wait_for("the first question", |s| {
        has(s, "· 1. What is standing in your way right now?")
    });
    tui.send("1");
    // Asked now, so it rests: the next obstacle question takes its place, marked; the one
    // asked is on the next session's agenda (the brief's top line).
    tui.wait_for("the next question in its place", |s| {
        has(s, "▸ 1. What have you tried so far, and what happened?")
            && !has(s, "1. What is standing in your way right now?")
            && has(s, "               What is standing in your way right now?")
    });
    tui.send(ESC);
    tui.wait_for("the brief closed", |s| !has(s, " Brief: "));
    tui.quit();
}
