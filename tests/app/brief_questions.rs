//! Issue 20 in the app: the brief's questions to ask. `1` to `3` (or the mark moved past the
//! suggestions, then `a`) put a question on the next session's agenda and remember it as asked,
//! in one undoable step; with no session planned a new session's form opens with it.

use crate::common::keys::press;
use crate::fixtures::{demo, run};
use crossterm::event::KeyCode;
use mentor::app::action::BriefAction;
use mentor::app::brief::{self, Marked};
use mentor::app::{Action, Effect, Popup, State, keymap};
use mentor::domain::questions::{Bank, own};
use mentor::domain::{MenteeStatus, SessionStatus};

fn open(s: &State) -> &brief::Open {
    match &s.popup {
        Some(Popup::Brief(open)) => open,
        other => panic!("no brief open: {other:?} {:?}", s.status),
    }
}

fn brief_of(s: &State) -> mentor::domain::brief::Brief {
    brief::of(s, open(s)).unwrap()
}

/// The demo with Alice's brief open.
fn alice() -> State {
    let mut s = demo();
    run(&mut s, [Action::Brief(BriefAction::Open)]);
    s
}

#[test]
fn the_brief_proposes_three_questions_each_with_its_reason() {
    let s = alice();
    let b = brief_of(&s);
    assert_eq!(b.questions.len(), 3);
    for q in &b.questions {
        assert!(s.questions.get(&q.key).is_some(), "{}", q.key);
        assert!(!q.reason.is_empty());
    }
    // The screen's lines say them, numbered, with their reasons.
    let lines: Vec<String> = brief::lines(&s, open(&s), 90)
        .into_iter()
        .map(|l| l.text)
        .collect();
    let at = lines
        .iter()
        .position(|l| l == "Questions to ask (3)")
        .unwrap();
    assert_eq!(lines[at + 1], format!("· 1. {}", b.questions[0].text));
    let reason = lines[at + 2].trim_start();
    assert_eq!(reason, format!("why: {}", b.questions[0].reason));
}

#[test]
fn a_digit_puts_that_question_on_the_next_sessions_agenda_and_remembers_it() {
    let mut s = alice();
    let b = brief_of(&s);
    let asked = b.questions[1].clone();
    let next = b.next_session.clone().unwrap();
    let effects = run(&mut s, [Action::Brief(BriefAction::Ask(2))]);
    assert_eq!(effects, [Effect::Save]);
    let (m, k) = s.ws.find_session(&next.id).unwrap();
    let agenda = s.ws.mentees[m].sessions[k].agenda.clone();
    assert_eq!(
        agenda,
        format!("{}\n{}", next.agenda.trim_end(), asked.text)
    );
    let remembered = &s.ws.mentees[m].asked;
    assert_eq!(remembered.len(), 1);
    assert_eq!(remembered[0].question, asked.key);
    assert_eq!(remembered[0].on, s.today);
    // The brief stays open, its mark on the question asked, which is no longer proposed.
    assert_eq!(open(&s).pick, b.suggestions.len() + 1);
    let now = brief_of(&s);
    assert!(now.questions.iter().all(|q| q.key != asked.key));
    assert!(!s.status.as_ref().unwrap().error);
    // One undo takes back both the agenda line and the memory.
    run(&mut s, [Action::Cancel, Action::Undo]);
    assert_eq!(s.ws.mentees[m].sessions[k].agenda, next.agenda);
    assert!(s.ws.mentees[m].asked.is_empty());
}

#[test]
fn the_mark_moves_on_from_the_suggestions_to_the_questions_and_a_asks_the_marked_one() {
    let mut s = alice();
    let b = brief_of(&s);
    let n = b.suggestions.len() as isize;
    run(&mut s, [Action::Brief(BriefAction::Pick(n))]);
    assert_eq!(
        brief::marked(&b, open(&s).pick),
        Some(Marked::Question(&b.questions[0]))
    );
    let line = brief::pick_line(&s, open(&s)).unwrap();
    let lines = brief::lines(&s, open(&s), 76);
    assert!(
        lines[line].text.starts_with("▸ 1. "),
        "{}",
        lines[line].text
    );
    assert_eq!(
        run(&mut s, [Action::Brief(BriefAction::AddSuggestion)]),
        [Effect::Save]
    );
    assert_eq!(s.ws.mentees[0].asked[0].question, b.questions[0].key);
}

#[test]
fn with_no_session_planned_the_question_opens_a_new_sessions_form_and_is_remembered() {
    let mut s = demo();
    let alice = s.ws.mentee_mut(0);
    alice
        .sessions
        .retain(|x| x.status != SessionStatus::Planned);
    run(&mut s, [Action::Brief(BriefAction::Open)]);
    let q = brief_of(&s).questions[0].clone();
    run(&mut s, [Action::Brief(BriefAction::Ask(1))]);
    let Some(Popup::Form(form)) = &s.popup else {
        panic!("no form: {:?}", s.popup);
    };
    assert_eq!(form.text("Agenda"), q.text);
    assert_eq!(s.ws.mentees[0].asked[0].question, q.key);
}

#[test]
fn a_digit_with_no_such_question_says_so_and_changes_nothing() {
    let mut s = demo();
    // Concluded, no goals, no end date, agreement written: only the last row proposes.
    let m = s.ws.mentee_mut(0);
    m.status = MenteeStatus::Concluded;
    m.goals.clear();
    m.agreement.ends_on = None;
    m.ended_on = None;
    m.agreement.boundaries = "none".into();
    m.agreement.response_time = "a day".into();
    m.kind = mentor::domain::MentoringKind::Peer;
    run(&mut s, [Action::Brief(BriefAction::Open)]);
    assert_eq!(brief_of(&s).questions.len(), 1);
    let before = s.ws.clone();
    assert!(run(&mut s, [Action::Brief(BriefAction::Ask(3))]).is_empty());
    assert!(s.status.as_ref().unwrap().error);
    assert_eq!(s.ws, before);
}

#[test]
fn one_two_three_ask_in_the_brief_and_are_refused_read_only() {
    let s = alice();
    for (c, n) in [('1', 1), ('2', 2), ('3', 3)] {
        assert_eq!(
            keymap::resolve(&s, press(KeyCode::Char(c))),
            Some(Action::Brief(BriefAction::Ask(n)))
        );
    }
    assert!(Action::Brief(BriefAction::Ask(1)).is_edit());
    let mut ro = demo().read_only(Some("read-only".into()));
    run(&mut ro, [Action::Brief(BriefAction::Open)]);
    let before = ro.ws.clone();
    assert!(run(&mut ro, [Action::Brief(BriefAction::Ask(1))]).is_empty());
    assert_eq!(ro.ws, before);
    assert!(ro.status.as_ref().unwrap().error);
}

#[test]
fn the_mentors_own_questions_are_proposed_and_a_bad_line_is_the_first_message() {
    let (qs, errors) = own::parse(
        "questions.txt",
        "[goals.specific]\nWhat would your team notice first?\n[oops]\n",
    );
    let problem = Some(errors[0].to_string());
    let mut s = demo().with_questions(Bank::with_own(qs), problem);
    assert!(s.status.as_ref().unwrap().text.contains("questions.txt:3"));
    assert!(s.status.as_ref().unwrap().error);
    run(&mut s, [Action::Brief(BriefAction::Open)]);
    let b = brief_of(&s);
    let own = b.questions.iter().find(|q| q.own).expect("an own question");
    assert_eq!(own.text, "What would your team notice first?");
}

#[test]
fn ctrl_o_in_a_session_form_adds_the_next_proposed_question_and_saving_remembers_them() {
    let mut s = demo();
    let id = s.ws.mentees[0].id.clone();
    let proposed = {
        run(&mut s, [Action::Brief(BriefAction::Open)]);
        let b = brief_of(&s);
        run(&mut s, [Action::Cancel]);
        b.questions
    };
    let m = s.ws.mentees[0].clone();
    let form = mentor::app::forms::session_on(&m, s.today + chrono::Duration::days(2), s.today);
    s.popup = Some(Popup::Form(Box::new(form)));
    let form_question = Action::Brief(BriefAction::FormQuestion);
    assert_eq!(
        keymap::resolve(&s, crate::common::keys::ctrl_press('o')),
        Some(form_question.clone())
    );
    run(&mut s, [form_question.clone(), form_question.clone()]);
    let Some(Popup::Form(form)) = &s.popup else {
        panic!("no form");
    };
    assert_eq!(
        form.text("Agenda"),
        format!("{}\n{}", proposed[0].text, proposed[1].text)
    );
    let status = &s.status.as_ref().unwrap().text;
    assert_eq!(
        status,
        &format!("question 2 of 3 on the agenda: {}", proposed[1].reason)
    );
    // Nothing is remembered before the session is saved.
    assert!(s.ws.mentees[0].asked.is_empty());
    let effects = run(&mut s, [Action::FormSubmit]);
    assert_eq!(effects, [Effect::Save]);
    let m = s.ws.mentees.iter().find(|m| m.id == id).unwrap();
    let asked: Vec<&str> = m.asked.iter().map(|a| a.question.as_str()).collect();
    assert_eq!(asked, [proposed[0].key.as_str(), proposed[1].key.as_str()]);
    assert!(
        m.sessions
            .iter()
            .any(|x| x.agenda.starts_with(&proposed[0].text))
    );
    // Without a form open nothing happens.
    let mut s = demo();
    let before = s.ws.clone();
    assert!(run(&mut s, [form_question]).is_empty());
    assert!(s.popup.is_none() && s.status.is_none());
    assert_eq!(s.ws, before);
}
