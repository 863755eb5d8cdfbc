//! Headless flows: the real event loop, scripted keys, a `TestBackend`, and a real store in a
//! temporary directory.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common::keys::{ctrl, key, text};
use crate::common::today;
use crossterm::event::KeyCode;
use mentor::app::State;
use mentor::store::{OpenOptions, Store};
use mentor::tui::{Event, Scripted, StoreShell, run};
use mentor::ui::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::VecDeque;

struct Session {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
}

impl Session {
    fn new() -> Session {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mentor.json");
        Session { _dir: dir, path }
    }

    /// Runs the app on the store with `events`, as the binary would, and returns the final state.
    fn run(&self, events: Vec<Event>) -> State {
        let (store, ws) = Store::open(&self.path, &OpenOptions::default()).unwrap();
        let today = today();
        let mut state = State::new(ws, today, self.path.display().to_string());
        let mut shell = StoreShell::inline(Some(store));
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let mut events = Scripted(VecDeque::from(events));
        run(
            &mut terminal,
            &mut state,
            &mut events,
            &mut shell,
            &Theme::COLOR,
        )
        .unwrap();
        state
    }

    fn file(&self) -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(&self.path).unwrap()).unwrap()
    }
}

#[test]
fn add_mentee_goal_milestone_mark_done_quit() {
    let s = Session::new();
    let mut events = vec![key(KeyCode::Char('a'))];
    events.extend(text("Alice Moreau"));
    events.push(ctrl('s'));
    events.push(key(KeyCode::Tab));
    events.push(key(KeyCode::Char('a')));
    events.extend(text("Lead a design review"));
    events.push(ctrl('s'));
    events.push(key(KeyCode::Tab));
    events.push(key(KeyCode::Char('a')));
    events.extend(text("Shadow two reviews"));
    events.push(key(KeyCode::Tab));
    events.extend(text("+3w"));
    events.push(ctrl('s'));
    events.push(key(KeyCode::Char('x')));
    events.push(key(KeyCode::Char('q')));
    let state = s.run(events);
    assert!(state.quit);

    let file = s.file();
    let mentees = file["mentees"].as_array().unwrap();
    assert_eq!(mentees.len(), 1);
    assert_eq!(mentees[0]["name"], "Alice Moreau");
    let goals = mentees[0]["goals"].as_array().unwrap();
    assert_eq!(goals.len(), 1);
    assert_eq!(goals[0]["title"], "Lead a design review");
    let milestones = goals[0]["milestones"].as_array().unwrap();
    assert_eq!(milestones.len(), 1);
    assert_eq!(milestones[0]["title"], "Shadow two reviews");
    assert_eq!(milestones[0]["due"], "2026-12-20");
    assert!(milestones[0]["done_on"].is_string(), "{}", milestones[0]);
    assert_eq!(
        mentor::store::load(&s.path).unwrap().workspace,
        state.ws,
        "the file holds what the screen showed"
    );
}

#[test]
fn undo_and_redo_reach_the_file() {
    let s = Session::new();
    let mut events = vec![key(KeyCode::Char('a'))];
    events.extend(text("Bob"));
    events.push(ctrl('s'));
    events.push(key(KeyCode::Char('u')));
    events.push(key(KeyCode::Char('q')));
    s.run(events);
    assert_eq!(s.file()["mentees"].as_array().unwrap().len(), 0);
    // Redo within the run brings it back.
    let mut events = vec![key(KeyCode::Char('a'))];
    events.extend(text("Bob"));
    events.extend([
        ctrl('s'),
        key(KeyCode::Char('u')),
        ctrl('r'),
        key(KeyCode::Char('q')),
    ]);
    s.run(events);
    assert_eq!(s.file()["mentees"][0]["name"], "Bob");
    // The history lives within a run: a new run has nothing to redo.
    let state = s.run(vec![ctrl('r')]);
    assert_eq!(state.status.unwrap().text, "nothing to redo");
    assert_eq!(s.file()["mentees"].as_array().unwrap().len(), 1);
}

#[test]
fn a_failed_save_keeps_the_edit_and_says_not_saved() {
    let s = Session::new();
    // Open, then replace the file behind the app's back: the save must refuse, keep the edit.
    let (store, ws) = Store::open(&s.path, &OpenOptions::default()).unwrap();
    let outside = "{\"format\":\"mentor\",\"version\":{\"major\":1,\"minor\":0},\"kind\":\"workspace\",\"next_id\":1,\"mentees\":[]}\n";
    let tmp = s.path.with_extension("outside");
    std::fs::write(&tmp, outside).unwrap();
    std::fs::rename(&tmp, &s.path).unwrap();
    let today = today();
    let mut state = State::new(ws, today, "x");
    let mut shell = StoreShell::inline(Some(store));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut events = vec![key(KeyCode::Char('a'))];
    events.extend(text("Carol"));
    events.push(ctrl('s'));
    let mut events = Scripted(VecDeque::from(events));
    run(
        &mut terminal,
        &mut state,
        &mut events,
        &mut shell,
        &Theme::COLOR,
    )
    .unwrap();
    assert!(matches!(state.save, mentor::app::SaveStatus::NotSaved(_)));
    assert_eq!(
        state.ws.mentees[0].name, "Carol",
        "the edit stays in memory"
    );
    assert_eq!(
        std::fs::read_to_string(&s.path).unwrap(),
        outside,
        "the outside edit survives"
    );
    let screen = format!("{:?}", terminal.backend().buffer());
    assert!(screen.contains("NOT SAVED"));
}

/// Scripted events, then a read that fails, as a terminal that went away.
struct FailingAfter(VecDeque<Event>);

impl mentor::tui::EventSource for FailingAfter {
    fn next(&mut self) -> std::io::Result<Option<Event>> {
        match self.0.pop_front() {
            Some(event) => Ok(Some(event)),
            None => Err(std::io::Error::other("the terminal went away")),
        }
    }
}

/// A failed read ends the loop with that error (the caller reports it once the terminal is
/// restored, exit code 6); it is not taken for the end of a script. The last save still lands
/// before `run` returns. A script that runs out ends normally.
#[test]
fn a_failed_read_is_an_error_and_the_last_save_still_lands() {
    let s = Session::new();
    let mut keys = vec![key(KeyCode::Char('a'))];
    keys.extend(text("Alice Moreau"));
    keys.push(ctrl('s'));
    let (store, ws) = Store::open(&s.path, &OpenOptions::default()).unwrap();
    let today = today();
    let mut state = State::new(ws, today, s.path.display().to_string());
    let mut shell = StoreShell::background(Some(store), None);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let result = run(
        &mut terminal,
        &mut state,
        &mut FailingAfter(VecDeque::from(keys.clone())),
        &mut shell,
        &Theme::COLOR,
    );
    match result {
        Err(mentor::tui::LoopError::Read(e)) => assert_eq!(e.to_string(), "the terminal went away"),
        other => panic!("a failed read must be reported, got {other:?}"),
    }
    assert!(
        matches!(state.save, mentor::app::SaveStatus::Saved(Some(_))),
        "{:?}",
        state.save
    );
    assert_eq!(s.file()["mentees"][0]["name"], "Alice Moreau");

    // The same keys from a script that runs out: no error.
    let again = Session::new();
    let state = again.run(keys);
    assert_eq!(state.ws.mentees.len(), 1);
}
