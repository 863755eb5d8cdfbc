//! Feedback that fits the person (issue 20): the agreement form ticks how the mentee prefers
//! feedback and what they want more of; the feedback form's guide shows them with the balance,
//! and advises (never refuses) an improvement without a strength in its period.

use crate::fixtures::{demo, run};
use mentor::app::action::TextEdit;
use mentor::app::form::FormTarget;
use mentor::app::forms::guide;
use mentor::app::{Action, Popup, State, Tab, view};
use mentor::domain::FeedbackKind;
use mentor::domain::fit::{Advice, FeedbackPreference as P};

/// Moves the form's focus to the field `label`.
fn focus(state: &mut State, label: &str) {
    for _ in 0..20 {
        match &state.popup {
            Some(Popup::Form(f)) if f.fields[f.focus].label == label => return,
            Some(Popup::Form(_)) => {
                run(state, [Action::FormNextField]);
            }
            _ => panic!("no form open"),
        }
    }
    panic!("no field {label}");
}

fn type_text(state: &mut State, text: &str) {
    run(
        state,
        text.chars().map(|c| Action::FormEdit(TextEdit::Insert(c))),
    );
}

const RIGHT: Action = Action::FormEdit(TextEdit::Right);
const SPACE: Action = Action::FormEdit(TextEdit::Insert(' '));

#[test]
fn the_agreement_form_ticks_feedback_preferences_and_undo_takes_them_back() {
    let mut s = demo();
    // Bilal, the second mentee: gentle, written first; nothing he wants more of yet.
    run(&mut s, [Action::Down, Action::Edit]);
    let before = view::mentee(&s).unwrap().agreement.clone();
    assert_eq!(
        before.feedback_preferences,
        vec![P::Gentle, P::WrittenFirst]
    );
    focus(&mut s, "Prefers feedback");
    // Space ticks "direct" under the cursor; → → to "written first", Space unticks it.
    run(&mut s, [SPACE, RIGHT, RIGHT, SPACE]);
    focus(&mut s, "Wants more of");
    type_text(&mut s, "praise in the team channel");
    run(&mut s, [Action::FormSubmit]);
    assert!(s.popup.is_none(), "the form was applied");
    let a = &view::mentee(&s).unwrap().agreement;
    assert_eq!(a.feedback_preferences, vec![P::Direct, P::Gentle]);
    assert_eq!(a.feedback_more_of, "praise in the team channel");
    run(&mut s, [Action::Undo]);
    assert_eq!(view::mentee(&s).unwrap().agreement, before);
}

fn form_guide(s: &State) -> mentor::app::forms::Guide {
    match &s.popup {
        Some(Popup::Form(f)) => guide(s, f).expect("a feedback form has a guide"),
        _ => panic!("no form open"),
    }
}

#[test]
fn the_feedback_form_shows_the_preferences_and_advises_an_improvement_without_a_strength() {
    let mut s = demo();
    // Alice: direct, with examples; her last notes since the last session hold no strength.
    run(
        &mut s,
        [
            Action::ShowTab(Tab::Feedback),
            Action::NextPane,
            Action::Add,
        ],
    );
    let g = form_guide(&s);
    assert_eq!(g.preferences, vec![P::Direct, P::WithExamples]);
    assert!(g.more_of.contains("design reviews"), "{}", g.more_of);
    assert_eq!(g.advice, None, "a strength needs no advice");
    let m = view::mentee(&s).unwrap().clone();
    assert_eq!((g.balance.strengths, g.balance.improvements), {
        let b = mentor::domain::derived::feedback_balance(&m.feedback, 10);
        (b.strengths, b.improvements)
    });
    // The kind moves on to improvement: the advice names the last held session.
    focus(&mut s, "Kind");
    run(&mut s, [RIGHT]);
    let last_held = m
        .sessions
        .iter()
        .filter(|x| x.status == mentor::domain::SessionStatus::Held && x.date() <= s.today)
        .map(|x| x.date())
        .max();
    let Some(Advice::NoStrengthInPeriod(p)) = form_guide(&s).advice else {
        panic!("an improvement without a strength gets advice");
    };
    assert_eq!(p.since_session, last_held);
    // Advice, not a block: the note is saved.
    focus(&mut s, "Text");
    type_text(&mut s, "Let the room finish before you answer");
    run(&mut s, [Action::FormSubmit]);
    assert!(s.popup.is_none(), "the form was applied");
    let after = view::mentee(&s).unwrap();
    let added = after.feedback.iter().max_by_key(|f| f.id.number()).unwrap();
    assert_eq!(added.kind, FeedbackKind::Improvement);
}

#[test]
fn a_strength_in_the_period_takes_the_advice_away_and_other_forms_have_no_guide() {
    let mut s = demo();
    run(&mut s, [Action::ShowTab(Tab::Feedback), Action::NextPane]);
    // A strength today, then an improvement today: no advice.
    run(&mut s, [Action::Add]);
    focus(&mut s, "Text");
    type_text(&mut s, "Clear decision record");
    run(&mut s, [Action::FormSubmit, Action::Add]);
    focus(&mut s, "Kind");
    run(&mut s, [RIGHT]);
    assert_eq!(form_guide(&s).advice, None);
    // Cancel asks before discarding what was typed; yes.
    run(&mut s, [Action::Cancel, Action::Confirm]);
    assert!(s.popup.is_none());
    // A goal's form has none.
    run(&mut s, [Action::ShowTab(Tab::Goals), Action::Add]);
    match &s.popup {
        Some(Popup::Form(f)) => {
            assert!(matches!(f.target, FormTarget::NewGoal { .. }));
            assert!(guide(&s, f).is_none());
        }
        _ => panic!("no form open"),
    }
}
