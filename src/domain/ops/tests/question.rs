//! Asking a question: remembered once per question with its latest day, and its words on a
//! session's agenda in the same step.

use super::*;

#[test]
fn asking_remembers_the_question_once_with_its_latest_day_and_fills_the_agenda() {
    let mut ws = ws();
    let ada = MenteeId::from_number(1);
    let s4 = SessionId::from_number(4);
    let ask = |day: u32, agenda: Option<(SessionId, String)>, ws: &mut Workspace| {
        Op::AskQuestion {
            mentee: ada.clone(),
            question: " q-goal-measurable-1 ".into(),
            agenda,
        }
        .apply(ws, &ctx(day))
    };
    let text = "How will you know you are getting closer?".to_string();
    let applied = ask(3, Some((s4.clone(), text.clone())), &mut ws).unwrap();
    assert_eq!(applied.changed, Changed::Mentee(0));
    let m = &ws.mentees[0];
    assert_eq!(m.asked.len(), 1);
    assert_eq!(m.asked[0].question, "q-goal-measurable-1");
    assert_eq!(m.asked[0].on, day(3));
    assert_eq!(m.sessions[0].agenda, text);
    // Again, later: one entry, the new day; the agenda line is not added twice.
    ask(9, Some((s4.clone(), format!(" {text} "))), &mut ws).unwrap();
    let m = &ws.mentees[0];
    assert_eq!(m.asked.len(), 1);
    assert_eq!(m.asked[0].on, day(9));
    assert_eq!(m.sessions[0].agenda, text);
    // Without a session: only remembered.
    ask(10, None, &mut ws).unwrap();
    assert_eq!(ws.mentees[0].asked[0].on, day(10));
    assert_eq!(ws.mentees[0].sessions[0].agenda, text);
}

#[test]
fn asking_refuses_a_blank_key_or_another_mentees_session_and_changes_nothing() {
    let mut ws = ws();
    let c = ctx(3);
    Op::AddMentee(Box::new(Mentee::new(
        MenteeId::from_number(0),
        "Bo",
        day(1),
    )))
    .apply(&mut ws, &c)
    .unwrap();
    let bo = ws.mentees[1].id.clone();
    let before = ws.clone();
    let blank = Op::AskQuestion {
        mentee: bo.clone(),
        question: "  ".into(),
        agenda: None,
    };
    assert_eq!(blank.apply(&mut ws, &c), Err(OpError::Blank(Field::Text)));
    let elsewhere = Op::AskQuestion {
        mentee: bo,
        question: "q-know-1".into(),
        agenda: Some((SessionId::from_number(4), "Why now?".into())),
    };
    assert!(matches!(
        elsewhere.apply(&mut ws, &c),
        Err(OpError::Lookup(LookupError::NoRecord {
            kind: "session",
            ..
        }))
    ));
    assert_eq!(ws, before);
}

#[test]
fn what_was_asked_never_reaches_the_mentee() {
    let mut ws = ws();
    Op::AskQuestion {
        mentee: MenteeId::from_number(1),
        question: "q-know-1-CANARY".into(),
        agenda: None,
    }
    .apply(&mut ws, &ctx(3))
    .unwrap();
    let view = crate::domain::projection::project(&ws.mentees[0]);
    let json = serde_json::to_string(&view).unwrap();
    assert!(
        !json.contains("CANARY") && !json.contains("asked"),
        "{json}"
    );
}
