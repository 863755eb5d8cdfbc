//! The status line and a form's checks in Dutch: what `update` writes when the language is
//! Dutch (`i18n::with_lang`), and the same in English, unchanged.

use crate::common::keys::typed;
use crate::fixtures::{demo, run};
use mentor::app::{Action, Popup, State};
use mentor::i18n::{Lang, with_lang};

fn status(s: &State) -> String {
    s.status
        .as_ref()
        .map(|st| st.text.clone())
        .unwrap_or_default()
}

/// Adds a goal through the form, then undoes and redoes it, saying what each step said.
fn add_goal_then_undo(lang: Lang) -> [String; 4] {
    with_lang(lang, || {
        let mut s = demo();
        run(&mut s, [Action::Undo]);
        let nothing = status(&s);
        let mut actions = vec![Action::NextPane, Action::Add];
        actions.extend(typed("Spreken op een meetup"));
        actions.push(Action::FormSubmit);
        run(&mut s, actions);
        let added = status(&s);
        run(&mut s, [Action::Undo]);
        let undid = status(&s);
        run(&mut s, [Action::Redo]);
        [nothing, added, undid, status(&s)]
    })
}

#[test]
fn adding_and_undoing_say_so_in_dutch() {
    assert_eq!(
        add_goal_then_undo(Lang::Nl),
        [
            "niets om ongedaan te maken",
            "doel Spreken op een meetup toegevoegd",
            "ongedaan: doel Spreken op een meetup toegevoegd",
            "opnieuw: doel Spreken op een meetup toegevoegd",
        ]
    );
    assert_eq!(
        add_goal_then_undo(Lang::En),
        [
            "nothing to undo",
            "add goal Spreken op een meetup",
            "undid: add goal Spreken op een meetup",
            "redid: add goal Spreken op een meetup",
        ]
    );
}

#[test]
fn the_delete_question_in_dutch() {
    let asked = |lang| {
        with_lang(lang, || {
            let mut s = demo();
            run(&mut s, [Action::NextPane, Action::Delete]);
            match &s.popup {
                Some(Popup::Confirm(c)) => c.message.clone(),
                other => panic!("no question: {other:?}"),
            }
        })
    };
    let nl = asked(Lang::Nl);
    assert!(nl.starts_with("Doel \""), "{nl}");
    assert!(nl.ends_with(" wissen?"), "{nl}");
    assert!(nl.contains(" met "), "{nl}");
    let en = asked(Lang::En);
    assert!(en.starts_with("Delete goal \""), "{en}");
    assert!(en.ends_with('?'), "{en}");
}

#[test]
fn a_form_refuses_in_dutch() {
    with_lang(Lang::Nl, || {
        let mut s = demo();
        let mut actions = vec![Action::NextPane, Action::Add];
        actions.extend(typed("Praten"));
        actions.extend([
            Action::FormNextField,
            Action::FormNextField,
            Action::FormNextField,
        ]);
        actions.extend(typed("praatjes"));
        actions.push(Action::FormSubmit);
        run(&mut s, actions);
        let Some(Popup::Form(form)) = &s.popup else {
            panic!("the form closed: {:?}", s.status);
        };
        assert_eq!(form.title, "Nieuw doel");
        let target = form.field("Target").and_then(|f| f.error.clone());
        assert_eq!(target.as_deref(), Some("nodig bij een meetwaarde"));
        assert_eq!(
            form.shown_label(form.field("Target").unwrap()),
            "Streven (gedeeld)"
        );
    });
}
