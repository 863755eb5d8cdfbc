//! The Path tab's actions (issue 13): a stage's status stepped on, back and skipped; a skill's
//! level and target raised and lowered; stages added, edited and removed through the forms and
//! the confirmation; a skill rated through its form. Each is one undo step and asks for a save.

use crate::common::career::give_path;
use crate::common::keys::typed;
use crate::fixtures::{demo, run};
use mentor::app::action::{PathAction, TextEdit};
use mentor::app::{Action, Effect, ListId, Popup, State, Tab, view};
use mentor::domain::{RecordRef, StageStatus};

/// The demo with Alice's path, the Path tab shown and `list` focused.
fn on_path(list: ListId) -> State {
    let mut s = demo();
    give_path(&mut s.ws, 0);
    run(&mut s, [Action::ShowTab(Tab::Path), Action::NextPane]);
    if list == ListId::Skills {
        run(&mut s, [Action::NextPane]);
    }
    assert_eq!(s.focus.0, list);
    s
}

fn status(s: &State) -> StageStatus {
    view::stage(s).unwrap().status
}

/// The selected skill's (current, target).
fn levels(s: &State) -> (String, Option<u8>, Option<u8>) {
    let l = view::skill(s).unwrap();
    (l.skill, l.current, l.target)
}

/// Moves the open form's focus to `label`.
fn to_field(s: &mut State, label: &str) {
    for _ in 0..16 {
        let Some(Popup::Form(f)) = &s.popup else {
            panic!("no form open")
        };
        if f.fields[f.focus].label == label {
            return;
        }
        run(s, [Action::FormNextField]);
    }
    panic!("no field {label}");
}

#[test]
fn a_stage_status_steps_on_and_back_and_is_skipped_each_one_undo_step() {
    let mut s = on_path(ListId::Stages);
    run(&mut s, [Action::Bottom]);
    assert_eq!(view::stage(&s).unwrap().title, "Principal engineer");
    assert_eq!(status(&s), StageStatus::Open);
    let on = Action::Path(PathAction::StageStatusStep { forward: true });
    let effects = run(&mut s, [on.clone()]);
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(status(&s), StageStatus::InProgress);
    run(&mut s, [on.clone()]);
    assert_eq!(status(&s), StageStatus::Done);
    run(&mut s, [on.clone()]);
    assert_eq!(status(&s), StageStatus::Open, "done steps on to open again");
    run(
        &mut s,
        [Action::Path(PathAction::StageStatusStep { forward: false })],
    );
    assert_eq!(status(&s), StageStatus::Done);
    run(&mut s, [Action::Path(PathAction::StageSkip)]);
    assert_eq!(status(&s), StageStatus::Skipped);
    assert!(s.status.as_ref().unwrap().text.contains("skipped"));
    run(&mut s, [Action::Path(PathAction::StageSkip)]);
    assert_eq!(
        status(&s),
        StageStatus::Open,
        "skipping a skipped stage opens it"
    );
    run(&mut s, [Action::Undo]);
    assert_eq!(status(&s), StageStatus::Skipped);
    run(&mut s, [Action::Undo, Action::Undo]);
    assert_eq!(status(&s), StageStatus::Open);
    run(&mut s, [Action::Redo]);
    assert_eq!(status(&s), StageStatus::Done);
}

#[test]
fn skill_levels_step_within_one_to_five_and_the_selection_follows_the_skill() {
    let mut s = on_path(ListId::Skills);
    // Gaps first: System design (2 of 4) is on top.
    assert_eq!(levels(&s), ("System design".into(), Some(2), Some(4)));
    let up = Action::Path(PathAction::SkillLevelStep {
        target: false,
        by: 1,
    });
    assert_eq!(run(&mut s, [up.clone()]), [Effect::Save]);
    // Its gap fell to 1: it moved below Writing, and stays selected.
    assert_eq!(levels(&s), ("System design".into(), Some(3), Some(4)));
    assert_eq!(view::rows(&s, ListId::Skills).len(), 7);
    run(&mut s, [up.clone(), up.clone()]);
    assert_eq!(levels(&s), ("System design".into(), Some(5), Some(4)));
    assert!(run(&mut s, [up.clone()]).is_empty(), "5 is the highest");
    assert!(s.status.as_ref().unwrap().error);
    let target_down = Action::Path(PathAction::SkillLevelStep {
        target: true,
        by: -1,
    });
    run(&mut s, [target_down]);
    assert_eq!(levels(&s), ("System design".into(), Some(5), Some(3)));
    run(&mut s, [Action::Undo]);
    assert_eq!(levels(&s).2, Some(4));
    run(&mut s, [Action::Undo, Action::Undo, Action::Undo]);
    let m = view::mentee(&s).unwrap();
    let design = m
        .skills
        .iter()
        .find(|l| l.skill == "System design")
        .unwrap();
    assert_eq!((design.current, design.target), (Some(2), Some(4)));
}

#[test]
fn an_unrated_skill_of_a_stage_gets_a_level_and_a_target() {
    let mut s = on_path(ListId::Skills);
    run(&mut s, [Action::Bottom]);
    assert_eq!(levels(&s), ("Strategy".into(), None, None));
    let down = Action::Path(PathAction::SkillLevelStep {
        target: false,
        by: -1,
    });
    assert!(run(&mut s, [down]).is_empty(), "nothing to lower yet");
    run(
        &mut s,
        [Action::Path(PathAction::SkillLevelStep {
            target: false,
            by: 1,
        })],
    );
    assert_eq!(levels(&s), ("Strategy".into(), Some(1), None));
    run(
        &mut s,
        [Action::Path(PathAction::SkillLevelStep {
            target: true,
            by: 1,
        })],
    );
    assert_eq!(
        levels(&s),
        ("Strategy".into(), Some(1), Some(2)),
        "a first target is one above the level"
    );
}

#[test]
fn stages_are_added_edited_and_removed_through_forms_and_the_confirmation() {
    let mut s = on_path(ListId::Stages);
    run(&mut s, [Action::Add]);
    let Some(Popup::Form(f)) = &s.popup else {
        panic!("no form")
    };
    assert_eq!(f.title, "New stage");
    run(&mut s, typed("Engineering manager"));
    to_field(&mut s, "Target");
    run(&mut s, typed("2028-01-31"));
    to_field(&mut s, "Skills");
    run(&mut s, typed("people management, system design"));
    to_field(&mut s, "Private notes");
    run(&mut s, typed("not sure she wants this"));
    assert_eq!(run(&mut s, [Action::FormSubmit]), [Effect::Save]);
    let st = view::stage(&s).unwrap();
    assert_eq!(st.title, "Engineering manager", "the new stage is selected");
    assert_eq!(st.target.unwrap().to_string(), "2028-01-31");
    assert_eq!(
        st.skills,
        ["people management", "System design"],
        "a known skill is spelled as the vocabulary spells it"
    );
    assert_eq!(view::mentee(&s).unwrap().path.stages.len(), 4);
    // Edit: the form is filled from the stage.
    run(&mut s, [Action::Edit]);
    run(&mut s, [Action::FormEdit(TextEdit::End)]);
    run(&mut s, typed(" (maybe)"));
    to_field(&mut s, "Status");
    run(&mut s, [Action::FormEdit(TextEdit::Right)]);
    run(&mut s, [Action::FormSubmit]);
    let st = view::stage(&s).unwrap();
    assert_eq!(st.title, "Engineering manager (maybe)");
    assert_eq!(st.status, StageStatus::InProgress);
    assert_eq!(st.private_notes, "not sure she wants this");
    // Open shows it in the detail overlay.
    run(&mut s, [Action::Open]);
    assert!(matches!(&s.popup, Some(Popup::Detail(d)) if matches!(d.record, RecordRef::Stage(_))));
    run(&mut s, [Action::Cancel]);
    // Remove, after the confirmation that names it.
    run(&mut s, [Action::Delete]);
    let Some(Popup::Confirm(c)) = &s.popup else {
        panic!("no confirmation")
    };
    assert!(
        c.message.contains("Engineering manager (maybe)"),
        "{}",
        c.message
    );
    run(&mut s, [Action::Confirm]);
    assert_eq!(view::mentee(&s).unwrap().path.stages.len(), 3);
    run(&mut s, [Action::Undo]);
    assert_eq!(view::mentee(&s).unwrap().path.stages.len(), 4);
}

#[test]
fn a_skill_is_rated_through_its_form_and_selected() {
    let mut s = on_path(ListId::Skills);
    run(&mut s, [Action::Add]);
    run(&mut s, typed("Budget planning"));
    to_field(&mut s, "Current");
    run(&mut s, [Action::FormEdit(TextEdit::Right)]);
    to_field(&mut s, "Target");
    for _ in 0..4 {
        run(&mut s, [Action::FormEdit(TextEdit::Right)]);
    }
    assert_eq!(run(&mut s, [Action::FormSubmit]), [Effect::Save]);
    assert_eq!(levels(&s), ("Budget planning".into(), Some(1), Some(4)));
    // Its gap of 3 is the biggest: it heads the matrix.
    assert_eq!(s.selected(ListId::Skills), 0);
    // Edit sets both levels back to none: the skill leaves the mentee's levels.
    run(&mut s, [Action::Edit]);
    to_field(&mut s, "Current");
    run(&mut s, [Action::FormEdit(TextEdit::Left)]);
    to_field(&mut s, "Target");
    for _ in 0..4 {
        run(&mut s, [Action::FormEdit(TextEdit::Left)]);
    }
    run(&mut s, [Action::FormSubmit]);
    let m = view::mentee(&s).unwrap();
    assert!(m.skills.iter().all(|l| l.skill != "Budget planning"));
    run(&mut s, [Action::Undo]);
    assert_eq!(
        view::mentee(&s).unwrap().skills.last().unwrap().skill,
        "Budget planning"
    );
}

#[test]
fn open_and_delete_on_a_skill_say_what_to_do_instead() {
    let mut s = on_path(ListId::Skills);
    for action in [Action::Open, Action::Delete] {
        assert!(run(&mut s, [action]).is_empty());
        assert!(s.popup.is_none());
        let said = s.status.as_ref().unwrap();
        assert!(
            said.error && said.text.contains("e edits its levels"),
            "{}",
            said.text
        );
    }
}

#[test]
fn the_tab_opens_on_the_stage_in_progress_and_another_mentee_starts_over() {
    let mut s = demo();
    give_path(&mut s.ws, 0);
    give_path(&mut s.ws, 1);
    run(&mut s, [Action::ShowTab(Tab::Path)]);
    assert_eq!(view::stage(&s).unwrap().title, "Staff engineer");
    // Moved to the first stage, to the next mentee: their stage in progress, their top skill.
    run(
        &mut s,
        [
            Action::NextPane,
            Action::Top,
            Action::NextPane,
            Action::Bottom,
        ],
    );
    run(&mut s, [Action::NextPane, Action::Down]);
    assert_eq!(view::mentee(&s).unwrap().name, "Bilal Haddad");
    assert_eq!(view::stage(&s).unwrap().title, "Staff engineer");
    assert_eq!(s.selected(ListId::Skills), 0);
    // With every stage behind, the first open one; with none open, the first.
    let m = s.ws.mentee_mut(1);
    m.path.stages[1].status = StageStatus::Done;
    run(
        &mut s,
        [Action::ShowTab(Tab::Goals), Action::ShowTab(Tab::Path)],
    );
    assert_eq!(view::stage(&s).unwrap().title, "Principal engineer");
    s.ws.mentee_mut(1).path.stages[2].status = StageStatus::Skipped;
    run(
        &mut s,
        [Action::ShowTab(Tab::Goals), Action::ShowTab(Tab::Path)],
    );
    assert_eq!(view::stage(&s).unwrap().title, "Senior engineer");
}

#[test]
fn a_stage_moves_earlier_and_later_and_the_selection_goes_with_it() {
    let mut s = on_path(ListId::Stages);
    let titles = |s: &State| -> Vec<String> {
        let m = view::mentee(s).unwrap();
        m.path.stages.iter().map(|st| st.title.clone()).collect()
    };
    assert_eq!(view::stage(&s).unwrap().title, "Staff engineer");
    let earlier = Action::Path(PathAction::StageMove(-1));
    assert_eq!(run(&mut s, [earlier.clone()]), [Effect::Save]);
    assert_eq!(
        titles(&s),
        ["Staff engineer", "Senior engineer", "Principal engineer"]
    );
    assert_eq!(view::stage(&s).unwrap().title, "Staff engineer");
    assert!(run(&mut s, [earlier]).is_empty(), "the first stays first");
    assert!(s.status.as_ref().unwrap().error);
    run(
        &mut s,
        [
            Action::Path(PathAction::StageMove(1)),
            Action::Path(PathAction::StageMove(1)),
        ],
    );
    assert_eq!(
        titles(&s),
        ["Senior engineer", "Principal engineer", "Staff engineer"]
    );
    assert_eq!(view::stage(&s).unwrap().title, "Staff engineer");
    run(&mut s, [Action::Undo, Action::Undo, Action::Undo]);
    assert_eq!(
        titles(&s),
        ["Senior engineer", "Staff engineer", "Principal engineer"]
    );
}
