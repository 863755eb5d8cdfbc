//! The command line and the app make each change through the same domain operation, so the same
//! change from the same workspace gives the same records. These are the cases where their two
//! copies used to differ: achieving a goal that already has a day, planning a series, and the
//! unique-name rule.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use chrono::NaiveDate;
use mentor::app::action::TextEdit;
use mentor::app::{Action, ListId, Popup, State, Tab, update};
use mentor::domain::schedule::Zone;
use mentor::domain::{GoalStatus, Workspace};
use mentor::store::{OpenOptions, Store};

use crate::cli_env;
use crate::common::keys::typed;
use crate::common::today;
use cli_env::Env;

fn load(e: &Env) -> Workspace {
    mentor::store::load_or_empty(&e.store).unwrap().workspace
}

/// The app on `ws`, on the same day and in the same zone as the commands.
fn app(ws: Workspace) -> State {
    let mut s = State::new(ws, today(), "test.json");
    s.zone = Zone::Named(chrono_tz::Europe::Paris);
    s
}

fn run(s: &mut State, actions: impl IntoIterator<Item = Action>) {
    for a in actions {
        update(s, a);
    }
}

/// Types `text` into the form field `label`, replacing what it holds.
fn fill(s: &mut State, label: &str, text: &str) {
    for _ in 0..32 {
        let Some(Popup::Form(f)) = &s.popup else {
            panic!("no form open")
        };
        if f.fields[f.focus].label == label {
            run(s, [Action::FormEdit(TextEdit::DeleteLine)]);
            run(s, typed(text));
            return;
        }
        run(s, [Action::FormNextField]);
    }
    panic!("no field {label}");
}

/// Alice, with a goal `g2` that is active but carries a day it was achieved on (a goal
/// achieved, reopened by hand in the file, or written by another tool).
fn alice_with_a_stale_day(e: &Env) -> NaiveDate {
    e.ok(&["mentee", "add", "Alice Moreau", "--every", "2w"]);
    e.ok(&[
        "goal", "add", "--mentee", "alice", "Speak up", "--status", "active",
    ]);
    let earlier = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    let (mut store, mut ws) = Store::open(&e.store, &OpenOptions::default()).unwrap();
    let g = &mut ws.mentee_mut(0).goals[0];
    assert_eq!((g.id.as_str(), g.status), ("g2", GoalStatus::Active));
    g.achieved_on = Some(earlier);
    store.save(&ws).unwrap();
    earlier
}

#[test]
fn achieving_a_goal_gives_the_same_day_from_the_command_line_and_the_app() {
    let e = Env::new();
    let earlier = alice_with_a_stale_day(&e);
    let mut s = app(load(&e));
    // The command line, twice: the day stays.
    e.ok(&["goal", "done", "g2"]);
    e.ok(&["goal", "done", "g2"]);
    let cli = load(&e).mentees[0].goals[0].clone();
    assert_eq!(
        (cli.status, cli.achieved_on),
        (GoalStatus::Achieved, Some(earlier))
    );
    // The app from the same workspace: marked done, then saved again through its form.
    run(&mut s, [Action::ShowTab(Tab::Goals), Action::NextPane]);
    assert_eq!(s.focus.0, ListId::Goals);
    run(&mut s, [Action::ToggleDone]);
    assert_eq!(
        s.ws.mentees[0].goals[0], cli,
        "the app used to write today's date"
    );
    s.today = today().succ_opt().unwrap();
    run(&mut s, [Action::Edit, Action::FormSubmit]);
    assert!(s.popup.is_none(), "{:?}", s.status);
    assert_eq!(s.ws.mentees[0].goals[0], cli);
}

#[test]
fn a_series_planned_with_the_same_inputs_is_the_same_from_the_command_line_and_the_form() {
    let e = Env::new();
    e.ok(&[
        "mentee",
        "add",
        "Alice Moreau",
        "--every",
        "2w",
        "--minutes",
        "45",
        "--channel",
        "video",
    ]);
    let mut s = app(load(&e));
    e.ok(&[
        "session",
        "plan",
        "--mentee",
        "alice",
        "--from",
        "2027-03-15",
        "--at",
        "10:00",
        "--count",
        "4",
        "--agenda",
        "Progress check",
    ]);
    let cli = load(&e);
    run(&mut s, [Action::ShowTab(Tab::Sessions), Action::PlanSeries]);
    fill(&mut s, "First date", "2027-03-15");
    fill(&mut s, "Time", "10:00");
    fill(&mut s, "Count", "4");
    fill(&mut s, "Agenda", "Progress check");
    run(&mut s, [Action::FormSubmit]);
    assert!(s.popup.is_none(), "{:?}", s.status);
    let (a, c) = (&s.ws.mentees[0], &cli.mentees[0]);
    assert_eq!(a.series, c.series);
    assert_eq!(
        a.sessions, c.sessions,
        "same moments (across summer time), IDs and defaults"
    );
    assert_eq!(s.ws.next_id, cli.next_id);
    let offsets: Vec<String> = c
        .sessions
        .iter()
        .map(|x| x.at.offset().to_string())
        .collect();
    assert_eq!(offsets, ["+01:00", "+02:00", "+02:00", "+02:00"]);
}

#[test]
fn a_taken_name_is_refused_alike_in_any_case() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice Moreau"]);
    let mut s = app(load(&e));
    assert!(
        e.fails(&["mentee", "add", "alice moreau"])
            .contains("already exists")
    );
    run(&mut s, [Action::Add]);
    fill(&mut s, "Name", "ALICE MOREAU");
    run(&mut s, [Action::FormSubmit]);
    let Some(Popup::Form(f)) = &s.popup else {
        panic!("the form should stay open")
    };
    assert!(f.field("Name").and_then(|x| x.error.clone()).is_some());
    assert_eq!(s.ws, load(&e), "neither changed anything");
}

#[test]
fn a_series_with_nothing_said_about_its_end_ends_alike_at_the_agreement_end() {
    let e = Env::new();
    let alice = [
        "mentee",
        "add",
        "Alice Moreau",
        "--every",
        "1w",
        "--ends",
        "2026-12-24",
    ];
    e.ok(&alice);
    let mut s = app(load(&e));
    e.ok(&["session", "plan", "--mentee", "alice", "--at", "10:00"]);
    let cli = load(&e);
    // The form as it opens: the same first date (a week after the start) and end the command
    // line takes; the form used to offer six sessions instead.
    run(
        &mut s,
        [
            Action::ShowTab(Tab::Sessions),
            Action::PlanSeries,
            Action::FormSubmit,
        ],
    );
    assert!(s.popup.is_none(), "{:?}", s.status);
    assert_eq!(s.ws.mentees[0].sessions, cli.mentees[0].sessions);
    assert_eq!(s.ws.mentees[0].series, cli.mentees[0].series);
    let days: Vec<String> = cli.mentees[0]
        .sessions
        .iter()
        .map(|x| x.date().to_string())
        .collect();
    assert_eq!(days, ["2026-12-06", "2026-12-13", "2026-12-20"]);
}

/// The closing note (issue 20): `mentor closing` and the review's form write the same record,
/// through the same operation, trimmed and dated today.
#[test]
fn the_closing_note_is_the_same_from_the_command_line_and_the_review() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice Moreau"]);
    e.ok(&["mentee", "edit", "alice", "--status", "concluded"]);
    let mut s = app(load(&e));
    e.ok(&[
        "closing",
        "alice",
        "--note",
        " Well done. ",
        "--private-note",
        "Mine.",
    ]);
    let cli = load(&e).mentees[0].closing.clone();
    assert!(cli.is_some());
    run(
        &mut s,
        [
            Action::Closing(mentor::app::action::ClosingAction::Open),
            Action::Closing(mentor::app::action::ClosingAction::Write),
        ],
    );
    fill(&mut s, "Note", " Well done. ");
    fill(&mut s, "Private notes", "Mine.");
    run(&mut s, [Action::FormSubmit]);
    assert!(matches!(s.popup, Some(Popup::Closing(_))), "{:?}", s.status);
    assert_eq!(s.ws.mentees[0].closing, cli);
}
