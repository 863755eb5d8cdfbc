//! Goals are picked by title in the session and feedback forms; the form submits their IDs.

use crate::fixtures::demo;
use mentor::app::action::TextEdit;
use mentor::app::{Action, Popup, State, Tab, update, view};

fn run(state: &mut State, actions: impl IntoIterator<Item = Action>) {
    for a in actions {
        update(state, a);
    }
}

/// Moves the form's focus to the field `label`.
fn focus(state: &mut State, label: &str) {
    for _ in 0..16 {
        match &state.popup {
            Some(Popup::Form(f)) if f.fields[f.focus].label == label => return,
            Some(Popup::Form(_)) => run(state, [Action::FormNextField]),
            _ => panic!("no form open"),
        }
    }
    panic!("no field {label}");
}

fn value(state: &State, label: &str) -> String {
    match &state.popup {
        Some(Popup::Form(f)) => f.field(label).unwrap().value().to_string(),
        _ => panic!("no form open"),
    }
}

const RIGHT: Action = Action::FormEdit(TextEdit::Right);
const SPACE: Action = Action::FormEdit(TextEdit::Insert(' '));

#[test]
fn a_session_form_picks_goals_by_title_and_saves_their_ids() {
    let mut s = demo();
    let m = view::mentee(&s).unwrap().clone();
    assert!(
        m.goals.len() >= 3,
        "the demo's first mentee has three goals"
    );
    run(
        &mut s,
        [
            Action::ShowTab(Tab::Sessions),
            Action::NextPane,
            Action::Add,
        ],
    );
    focus(&mut s, "Goals");
    let shown = value(&s, "Goals");
    assert!(
        shown.contains(&format!("›[ ] {}", m.goals[0].title)),
        "{shown}"
    );
    assert!(
        !shown.contains(m.goals[0].id.as_str()),
        "titles, not IDs: {shown}"
    );
    // Typing does nothing; Space picks the goal under the cursor, → moves on.
    run(
        &mut s,
        [Action::FormEdit(TextEdit::Insert('g')), SPACE, RIGHT, RIGHT],
    );
    run(&mut s, [SPACE, SPACE, SPACE, Action::FormSubmit]);
    assert!(s.popup.is_none(), "the form was applied");
    let m = view::mentee(&s).unwrap();
    let added = m.sessions.iter().max_by_key(|x| x.id.number()).unwrap();
    let want = vec![m.goals[0].id.clone(), m.goals[2].id.clone()];
    assert_eq!(added.goals, want);
}

#[test]
fn editing_a_session_shows_its_goals_picked() {
    let mut s = demo();
    run(&mut s, [Action::ShowTab(Tab::Sessions), Action::NextPane]);
    let session = view::session(&s).unwrap().clone();
    run(&mut s, [Action::Edit]);
    let shown = value(&s, "Goals");
    let m = view::mentee(&s).unwrap();
    for g in &m.goals {
        let tick = if session.goals.contains(&g.id) {
            "[x]"
        } else {
            "[ ]"
        };
        assert!(shown.contains(&format!("{tick} {}", g.title)), "{shown}");
    }
    run(&mut s, [Action::FormSubmit]);
    let after = view::mentee(&s).unwrap();
    let kept = after.sessions.iter().find(|x| x.id == session.id).unwrap();
    assert_eq!(
        kept.goals, session.goals,
        "an untouched pick keeps the goals"
    );
}

#[test]
fn a_feedback_form_picks_one_goal_or_none() {
    let mut s = demo();
    run(
        &mut s,
        [
            Action::ShowTab(Tab::Feedback),
            Action::NextPane,
            Action::Add,
        ],
    );
    focus(&mut s, "Text");
    run(&mut s, [Action::FormEdit(TextEdit::Insert('x'))]);
    focus(&mut s, "Goal");
    assert_eq!(value(&s, "Goal"), "(none)");
    run(&mut s, [RIGHT]);
    let m = view::mentee(&s).unwrap().clone();
    assert_eq!(value(&s, "Goal"), m.goals[0].title);
    run(&mut s, [Action::FormSubmit]);
    assert!(s.popup.is_none(), "the form was applied");
    let m = view::mentee(&s).unwrap();
    let added = m.feedback.iter().max_by_key(|f| f.id.number()).unwrap();
    assert_eq!(added.goal.as_ref(), Some(&m.goals[0].id));
}
