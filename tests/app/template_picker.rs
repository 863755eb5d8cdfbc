//! Applying a template from the app (`T`: picker, preview, apply as one undo step) and agenda
//! prompts in a session form (`Ctrl-g`), issue 13.

use crate::common::keys::typed;
use crate::fixtures::{demo, empty, run};
use mentor::app::action::{PathAction, TextEdit};
use mentor::app::edit;
use mentor::app::{Action, Effect, ListId, Popup, State, Tab, view};
use mentor::domain::ops::Op;
use mentor::domain::template::{QuestionSet, agenda_prompts};
use mentor::domain::{Mentee, MenteeId};
use mentor::store::templates::catalog;

fn p(a: PathAction) -> Action {
    Action::Path(a)
}

/// One mentee with nothing yet, selected.
fn one_mentee() -> State {
    let mut s = empty();
    let m = Mentee::new(MenteeId::from_number(0), "Noor Okafor", s.today);
    edit::apply(&mut s, Op::AddMentee(Box::new(m)), "add").unwrap();
    s.history = Default::default();
    s
}

/// What the shell answers to `Effect::LoadTemplates` (the built-in templates only).
fn loaded() -> Action {
    mentor::tui::templates::answer(catalog(None))
}

fn popup(s: &State) -> &mentor::app::template::TemplatePopup {
    match &s.popup {
        Some(Popup::Template(t)) => t,
        _ => panic!("no template popup"),
    }
}

/// Opens the picker and selects the template called `name`.
fn pick(s: &mut State, name: &str) {
    assert_eq!(
        run(s, [p(PathAction::ApplyTemplate)]),
        [Effect::LoadTemplates]
    );
    run(s, [loaded()]);
    let at = popup(s)
        .choices
        .iter()
        .position(|c| c.template.name == name)
        .unwrap_or_else(|| panic!("no template {name}"));
    run(s, [p(PathAction::TemplateMove(at as isize))]);
    assert_eq!(popup(s).selected, at);
}

#[test]
fn a_template_is_previewed_then_applied_as_one_undo_step() {
    let mut s = one_mentee();
    let before = s.ws.clone();
    pick(&mut s, "engineering-ic");
    assert!(s.ws == before, "opening the picker changes nothing");
    run(&mut s, [p(PathAction::TemplateChoose)]);
    let preview = popup(&s).preview.clone().expect("a preview");
    assert!(
        preview.lines.iter().any(|l| l.starts_with("stage ")),
        "{:?}",
        preview.lines
    );
    assert!(
        preview.lines.iter().any(|l| l.starts_with("goal ")),
        "{:?}",
        preview.lines
    );
    assert!(s.ws == before, "the preview changes nothing");
    // Back to the list, and forward again.
    run(&mut s, [p(PathAction::TemplateBack)]);
    assert!(popup(&s).preview.is_none());
    run(&mut s, [p(PathAction::TemplateChoose)]);
    assert_eq!(run(&mut s, [p(PathAction::TemplateChoose)]), [Effect::Save]);
    assert!(s.popup.is_none());
    assert_eq!(s.tab, Tab::Path, "the path it added is shown");
    let m = view::mentee(&s).unwrap();
    assert!(!m.path.stages.is_empty() && !m.goals.is_empty());
    assert!(view::rows(&s, ListId::Stages).len() == m.path.stages.len());
    let after = s.ws.clone();
    let said = &s.status.as_ref().unwrap().text;
    assert!(
        said.contains(&format!("{} things added", preview.lines.len())),
        "{said}"
    );
    run(&mut s, [Action::Undo]);
    assert!(
        s.ws.mentees == before.mentees,
        "one undo takes all of it back"
    );
    run(&mut s, [Action::Redo]);
    assert!(s.ws.mentees == after.mentees);
    // A second time there is nothing to add, and the preview says so.
    pick(&mut s, "engineering-ic");
    run(&mut s, [p(PathAction::TemplateChoose)]);
    assert!(popup(&s).preview.as_ref().unwrap().lines.is_empty());
    assert!(run(&mut s, [p(PathAction::TemplateChoose)]).is_empty());
    assert!(s.ws == after, "nothing changed");
    assert!(s.status.as_ref().unwrap().text.contains("nothing to add"));
}

#[test]
fn the_picker_moves_within_the_list_and_esc_closes_it() {
    let mut s = one_mentee();
    run(&mut s, [p(PathAction::ApplyTemplate), loaded()]);
    let n = popup(&s).choices.len();
    assert!(n >= 4, "the four built-in templates at least");
    run(&mut s, [p(PathAction::TemplateMove(-1))]);
    assert_eq!(popup(&s).selected, 0);
    run(&mut s, [p(PathAction::TemplateMove(99))]);
    assert_eq!(popup(&s).selected, n - 1);
    run(&mut s, [p(PathAction::TemplateBack)]);
    assert!(s.popup.is_none());
    // With no mentee there is nothing to apply it to.
    let mut none = empty();
    assert!(run(&mut none, [p(PathAction::ApplyTemplate)]).is_empty());
    assert!(none.status.as_ref().unwrap().error);
}

#[test]
fn read_only_refuses_to_apply_a_template() {
    let mut s = demo();
    s.read_only = Some("test".into());
    assert!(run(&mut s, [p(PathAction::ApplyTemplate)]).is_empty());
    assert!(s.status.as_ref().unwrap().text.starts_with("read-only"));
}

fn agenda(s: &State) -> String {
    match &s.popup {
        Some(Popup::Form(f)) => f.field("Agenda").unwrap().value().to_string(),
        _ => panic!("no form"),
    }
}

#[test]
fn ctrl_g_fills_a_session_agenda_with_question_sets_in_turn() {
    let mut s = demo();
    run(
        &mut s,
        [
            Action::ShowTab(Tab::Sessions),
            Action::NextPane,
            Action::Add,
        ],
    );
    run(&mut s, [Action::Path(PathAction::AgendaPrompts)]);
    assert_eq!(agenda(&s), agenda_prompts(QuestionSet::Grow));
    assert!(agenda(&s).contains("Goal") && agenda(&s).contains("?"));
    let Some(Popup::Form(f)) = &s.popup else {
        panic!()
    };
    assert_eq!(
        f.fields[f.focus].label, "Agenda",
        "the agenda gets the focus"
    );
    run(&mut s, [Action::Path(PathAction::AgendaPrompts)]);
    assert_eq!(agenda(&s), agenda_prompts(QuestionSet::FirstSession));
    // Typed by hand: the text stays, the set comes after it.
    run(&mut s, [Action::FormEdit(TextEdit::DeleteLine)]);
    let Some(Popup::Form(f)) = &mut s.popup else {
        panic!()
    };
    f.fields[f.focus].input = tui_input::Input::new(String::new());
    run(&mut s, typed("Talk about the RFC"));
    run(&mut s, [Action::Path(PathAction::AgendaPrompts)]);
    assert_eq!(
        agenda(&s),
        format!(
            "Talk about the RFC\n\n{}",
            agenda_prompts(QuestionSet::Grow)
        )
    );
    run(&mut s, [Action::Path(PathAction::AgendaPrompts)]);
    assert_eq!(
        agenda(&s),
        format!(
            "Talk about the RFC\n\n{}",
            agenda_prompts(QuestionSet::FirstSession)
        )
    );
    // Saved with the session, as its (shared) agenda.
    run(&mut s, [Action::FormSubmit]);
    let session = view::session(&s).unwrap();
    assert!(session.agenda.starts_with("Talk about the RFC"));
}

#[test]
fn ctrl_g_in_another_form_says_what_it_is_for() {
    let mut s = demo();
    run(&mut s, [Action::NextPane, Action::Add]);
    run(&mut s, [Action::Path(PathAction::AgendaPrompts)]);
    assert!(s.status.as_ref().unwrap().error);
    assert!(matches!(s.popup, Some(Popup::Form(_))));
}
