//! `mentor questions` (the bank, by phase, text and JSON, English and Dutch; the mentor's own
//! file merged and a bad one named line by line), `mentor questions ask`, and the brief's
//! questions to ask.

use crate::cli_env::Env;
use mentor::domain::text::width;

fn demo() -> Env {
    let e = Env::new();
    e.ok(&["dev", "demo", "-o", e.store.to_str().unwrap()]);
    e
}

#[test]
fn questions_lists_the_bank_by_phase_in_80_columns() {
    let e = Env::new();
    let text = e.ok(&["questions"]);
    assert!(
        text.starts_with("Getting to know each other [know]\n"),
        "{text}"
    );
    assert!(text.contains("\nClosing [closing]\n"), "{text}");
    assert!(
        text.contains(
            "\n  q-goal-measurable-1    How will you know you are getting closer: what could\n"
        ),
        "{text}"
    );
    assert!(text.lines().all(|l| width(l) <= 80), "{text}");
    assert!(text.contains("Add your own questions in"), "{text}");
    let goals = e.ok(&["questions", "--phase", "goals"]);
    assert!(
        goals.starts_with("Finding and shaping goals [goals]\n"),
        "{goals}"
    );
    assert!(!goals.contains("[know]") && goals.contains("q-goal-time-bound-2"));
    let json = e.json(&["questions", "--json"]);
    let all = json.as_array().unwrap();
    assert!(all.len() >= 60);
    assert_eq!(all[0]["key"], "q-know-1");
    assert_eq!(all[0]["phase"], "know");
    assert_eq!(all[0]["source"], "builtin");
    let m1 = all
        .iter()
        .find(|q| q["key"] == "q-goal-measurable-1")
        .unwrap();
    assert_eq!(m1["focus"], "measurable");
    let err = e.fails(&["questions", "--phase", "nonsense"]);
    assert!(err.contains("nonsense"), "{err}");
}

#[test]
fn questions_in_dutch() {
    let e = Env::new();
    let text = e.ok(&["--lang", "nl", "questions", "--phase", "know"]);
    assert!(text.starts_with("Elkaar leren kennen [know]\n"), "{text}");
    assert!(
        text.contains("  q-know-1               Waarom wil je juist nu een mentor?"),
        "{text}"
    );
    assert!(text.contains("Zet je eigen vragen in"), "{text}");
    let json = e.json(&["--lang", "nl", "questions", "--json", "--phase", "closing"]);
    assert_eq!(
        json[0]["text"],
        "Als je terugkijkt: wat is er voor je veranderd sinds we begonnen?"
    );
}

#[test]
fn your_own_questions_are_listed_beside_the_built_in_ones_and_marked() {
    let e = Env::new();
    e.write_questions(
        "# mine\n[know]\nWhat do you do on a free Sunday?\n[progress.obstacles]\nWhat would you drop first?\n",
    );
    let text = e.ok(&["questions", "--phase", "know"]);
    let own = text.lines().find(|l| l.contains("free Sunday")).unwrap();
    assert!(own.starts_with("* own-"), "{own}");
    assert!(text.contains("* yours (2), from "), "{text}");
    let json = e.json(&["questions", "--json", "--phase", "progress"]);
    let mine = json
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["source"] == "own")
        .unwrap();
    assert_eq!(mine["text"], "What would you drop first?");
    assert_eq!(mine["focus"], "obstacles");
    assert_eq!(mine["line"], 5);
}

#[test]
fn a_bad_questions_file_is_named_with_its_line_and_the_bank_still_works() {
    let e = Env::new();
    e.write_questions("Before any heading?\n[know]\nKept?\n[gaols]\nLost?\n");
    let out = e.cmd(&["questions", "--phase", "know"]);
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let file = e.config().with_file_name("questions.txt");
    let file = file.display();
    assert!(
        stderr.contains(&format!(
            "mentor: your questions file: {file}:1: a question before any [phase] heading"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{file}:4: “gaols” is not a phase")),
        "{stderr}"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("q-know-9") && stdout.contains("Kept?") && !stdout.contains("Lost?"));
    // A directory where the file should be: named, and the built-in bank lists all the same.
    let e = Env::new();
    std::fs::create_dir_all(e.config().with_file_name("questions.txt")).unwrap();
    let out = e.cmd(&["questions"]);
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("cannot be read")
    );
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("q-closing-7")
    );
}

#[test]
fn ask_puts_the_question_on_the_next_sessions_agenda_and_remembers_it() {
    let e = demo();
    let said = e.ok(&["questions", "ask", "alice", "q-goal-measurable-1"]);
    assert!(
        said.starts_with("Asked q-goal-measurable-1 of Alice Moreau; on the agenda of s"),
        "{said}"
    );
    assert!(said.ends_with(
        "  How will you know you are getting closer: what could you count or observe?\n"
    ));
    let doc = e.doc();
    let alice = &doc["mentees"][0];
    assert_eq!(alice["asked"][0]["question"], "q-goal-measurable-1");
    assert_eq!(alice["asked"][0]["on"], "2026-11-29");
    let planned = alice["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["status"] == "planned")
        .unwrap();
    let agenda = planned["agenda"].as_str().unwrap();
    assert!(
        agenda.ends_with(
            "\nHow will you know you are getting closer: what could you count or observe?"
        ),
        "{agenda}"
    );
    // The brief leaves it out now.
    let json = e.json(&["brief", "alice", "--json"]);
    let keys: Vec<&str> = json["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys.len(), 3);
    assert!(!keys.contains(&"q-goal-measurable-1"), "{keys:?}");
    // In Dutch, with --no-agenda: remembered only, the agenda as it was.
    let said = e.ok(&[
        "--lang",
        "nl",
        "questions",
        "ask",
        "alice",
        "q-know-2",
        "--no-agenda",
    ]);
    assert!(
        said.starts_with("Vraag q-know-2 gesteld aan Alice Moreau (onthouden"),
        "{said}"
    );
    assert!(said.contains("Hoe ziet een goede werkweek er voor jou uit?"));
    let doc = e.doc();
    assert_eq!(doc["mentees"][0]["asked"][1]["question"], "q-know-2");
    let err = e.fails(&["questions", "ask", "alice", "q-nope"]);
    assert!(err.contains("no question \"q-nope\""), "{err}");
}

#[test]
fn the_brief_says_three_questions_to_ask_with_their_keys_and_reasons() {
    let e = demo();
    let text = e.ok(&["brief", "alice"]);
    let at = text.find("Questions to ask (3)\n").expect("the questions");
    let part = &text[at..];
    assert!(part.contains("\n 1. ") && part.contains("\n 3. "), "{part}");
    assert!(
        part.contains(
            " 1. What is standing in your way right now?\n      q-progress-obstacle-1 · goal"
        ),
        "{part}"
    );
    assert!(text.lines().all(|l| width(l) <= 80), "{text}");
    let json = e.json(&["brief", "alice", "--json"]);
    for q in json["questions"].as_array().unwrap() {
        assert!(!q["reason"].as_str().unwrap().is_empty(), "{q}");
        assert!(!q["text"].as_str().unwrap().is_empty(), "{q}");
    }
    let nl = e.ok(&["--lang", "nl", "brief", "alice"]);
    assert!(nl.contains("Vragen om te stellen (3)\n"), "{nl}");
    assert!(nl.contains("Wat houdt je op dit moment tegen?"), "{nl}");
}
