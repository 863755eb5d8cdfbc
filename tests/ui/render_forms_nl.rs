//! The forms in Dutch at 80x24 (snapshots `nl_form_*`): the labels, the shared mark `(gedeeld)`
//! on every field the mentee sees and only there, a title, a check under a refused field. The
//! form is opened (its title and starting values are written then) and drawn in Dutch.

use crate::common::screen::{draw, text};
use crate::common::today;
use mentor::app::{Action, Popup, State, Tab, update};
use mentor::demo::demo_workspace;
use mentor::i18n::{Lang, with_lang};

const STORE: &str = "/home/sam/.local/share/mentor/mentor.json";

fn demo() -> State {
    State::new(demo_workspace(today()), today(), STORE)
}

/// The add form of the list focused after `setup`, opened and drawn in `lang` at 80x24.
fn add_form_in(lang: Lang, setup: &[Action], submit: bool) -> String {
    with_lang(lang, || {
        let mut state = demo();
        for a in setup.iter().cloned().chain([Action::Add]) {
            update(&mut state, a);
        }
        assert!(
            matches!(state.popup, Some(Popup::Form(_))),
            "{:?}",
            state.status
        );
        if submit {
            update(&mut state, Action::FormSubmit);
        }
        text(&draw(&state, 80, 24))
    })
}

fn goals() -> [Action; 2] {
    [Action::ShowTab(Tab::Goals), Action::NextPane]
}

#[test]
fn the_new_mentee_form_in_dutch() {
    let shown = add_form_in(Lang::Nl, &[], false);
    for words in [
        "Nieuwe mentee",
        "Naam (gedeeld)",
        "Begonnen (gedeeld)",
        "vandaag",
        "Ambities (gedeeld)",
        "Minuten per sessie (gedeeld)",
        "(gedeeld): je mentee ziet het",
    ] {
        assert!(shown.contains(words), "{words:?} missing:\n{shown}");
    }
    // Private notes are the mentor's own: no shared mark.
    let private = shown
        .lines()
        .find(|l| l.contains("Eigen notities"))
        .unwrap();
    assert!(!private.contains("gedeeld"), "{private}");
    assert!(!shown.contains("(shared)"), "{shown}");
    insta::assert_snapshot!("nl_form_add_mentee", shown);
    // English is unchanged by it.
    let english = add_form_in(Lang::En, &[], false);
    assert!(english.contains("Name (shared)"), "{english}");
    assert!(english.contains("Private notes"), "{english}");
}

#[test]
fn the_goal_form_in_dutch() {
    let shown = add_form_in(Lang::Nl, &goals(), false);
    for words in [
        "Nieuw doel",
        "Titel (gedeeld)",
        "Specifiek (gedeeld)",
        "Meetwaarde (gedeeld)",
        "Haalbaar (gedeeld)",
        "Uiterlijk (gedeeld)",
        "Vaardigheden (gedeeld)",
    ] {
        assert!(shown.contains(words), "{words:?} missing:\n{shown}");
    }
    insta::assert_snapshot!("nl_form_add_goal", shown);
}

#[test]
fn a_refused_field_says_why_in_dutch() {
    let shown = add_form_in(Lang::Nl, &goals(), true);
    assert!(shown.contains("✗ verplicht"), "{shown}");
    assert!(!shown.contains("required"), "{shown}");
}

#[test]
fn dutch_forms_fit_80_columns() {
    // Every add form: no label is cut (each label line holds the whole label and its mark).
    let lists: [&[Action]; 5] = [
        &[],
        &[Action::ShowTab(Tab::Goals), Action::NextPane],
        &[Action::ShowTab(Tab::Sessions), Action::NextPane],
        &[Action::ShowTab(Tab::Feedback), Action::NextPane],
        &[Action::ShowTab(Tab::Network), Action::NextPane],
    ];
    for setup in lists {
        let shown = add_form_in(Lang::Nl, setup, false);
        assert!(shown.lines().all(|l| l.chars().count() <= 80), "{shown}");
        assert!(!shown.contains("(shared)"), "{shown}");
    }
}

#[test]
fn the_detail_of_a_goal_in_dutch() {
    let shown = with_lang(Lang::Nl, || {
        let mut state = demo();
        for a in [Action::ShowTab(Tab::Goals), Action::NextPane, Action::Open] {
            update(&mut state, a);
        }
        text(&draw(&state, 80, 24))
    });
    for words in ["voortgang", "uiterlijk", "specifiek", "Mijlpalen ("] {
        assert!(shown.contains(words), "{words:?} missing:\n{shown}");
    }
    // The goal's status in the language's word, not the file's.
    assert!(shown.contains("actief"), "{shown}");
    assert!(!shown.contains("active"), "{shown}");
    assert!(!shown.contains("progress"), "{shown}");
    assert!(!shown.contains("Milestones"), "{shown}");
}

#[test]
fn the_brief_in_dutch() {
    use mentor::app::action::BriefAction;
    let shown = with_lang(Lang::Nl, || {
        let mut state = demo();
        update(&mut state, Action::Brief(BriefAction::Open));
        text(&draw(&state, 80, 24))
    });
    for words in [
        "Voorbereiding: ",
        "vorige sessie",
        "volgende keer",
        "Voorstellen voor de agenda",
    ] {
        assert!(shown.contains(words), "{words:?} missing:\n{shown}");
    }
    assert!(!shown.contains("last session"), "{shown}");
}
