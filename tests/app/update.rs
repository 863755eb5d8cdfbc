//! Pure update tests: a fixture state, a list of actions, then assertions on the state and the
//! effects. Every `Action` variant is exercised here (the mouse's in `mouse.rs`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common::keys::typed;
use crate::common::{date, today};
use crate::fixtures::{demo, empty, run};
use chrono::NaiveDate;
use mentor::app::action::{EditorTarget, TextEdit};
use mentor::app::{Action, Effect, ListId, Popup, SaveStatus, State, Tab, view};
use mentor::domain::{GoalStatus, Workspace};

/// Applies actions in order and returns every effect they asked for.
fn form_field<'a>(state: &'a State, label: &str) -> &'a str {
    match &state.popup {
        Some(Popup::Form(f)) => f.field(label).map(|f| f.value()).unwrap_or_default(),
        _ => panic!("no form open"),
    }
}

fn form_error(state: &State, label: &str) -> Option<String> {
    match &state.popup {
        Some(Popup::Form(f)) => f.field(label).and_then(|f| f.error.clone()),
        _ => panic!("no form open"),
    }
}

#[test]
fn moving_the_selection_stays_inside_the_list() {
    let mut s = demo();
    let n = s.ws.mentees.len();
    run(&mut s, [Action::Up]);
    assert_eq!(s.selected(ListId::Mentees), 0);
    run(&mut s, [Action::Down, Action::Down]);
    assert_eq!(s.selected(ListId::Mentees), 2);
    run(&mut s, [Action::Bottom]);
    assert_eq!(s.selected(ListId::Mentees), n - 1);
    run(&mut s, [Action::Down]);
    assert_eq!(s.selected(ListId::Mentees), n - 1);
    run(&mut s, [Action::Top]);
    assert_eq!(s.selected(ListId::Mentees), 0);
    s.page = 3;
    run(&mut s, [Action::PageDown]);
    assert_eq!(s.selected(ListId::Mentees), 3);
    run(&mut s, [Action::PageUp]);
    assert_eq!(s.selected(ListId::Mentees), 0);
}

#[test]
fn changing_mentee_resets_the_detail_selection() {
    let mut s = demo();
    run(&mut s, [Action::NextPane, Action::Down]);
    assert_eq!(s.focus.0, ListId::Goals);
    assert_eq!(s.selected(ListId::Goals), 1);
    run(&mut s, [Action::PrevPane, Action::Down]);
    assert_eq!(s.focus.0, ListId::Mentees);
    assert_eq!(s.selected(ListId::Goals), 0);
    assert_eq!(view::mentee(&s).unwrap().name, s.ws.mentees[1].name);
}

#[test]
fn panes_cycle_through_the_tab_lists() {
    let mut s = demo();
    run(&mut s, [Action::NextPane]);
    assert_eq!(s.focus.0, ListId::Goals);
    run(&mut s, [Action::NextPane]);
    assert_eq!(s.focus.0, ListId::Milestones);
    run(&mut s, [Action::NextPane]);
    assert_eq!(s.focus.0, ListId::Mentees);
    run(&mut s, [Action::PrevPane]);
    assert_eq!(s.focus.0, ListId::Milestones);
}

#[test]
fn tabs_switch_and_keep_focus_sensible() {
    let mut s = demo();
    run(&mut s, [Action::NextPane, Action::ShowTab(Tab::Sessions)]);
    assert_eq!(s.tab, Tab::Sessions);
    assert_eq!(
        s.focus.0,
        ListId::Sessions,
        "focus follows into the new tab"
    );
    run(&mut s, [Action::NextTab]);
    assert_eq!((s.tab, s.focus.0), (Tab::Feedback, ListId::Feedback));
    run(&mut s, [Action::NextTab, Action::NextTab]);
    assert_eq!(
        (s.tab, s.focus.0),
        (Tab::Overview, ListId::Mentees),
        "the overview has no list"
    );
    run(&mut s, [Action::NextTab, Action::NextTab]);
    assert_eq!(
        s.tab,
        Tab::Calendar,
        "the agenda and the calendar come after the mentee's tabs"
    );
    // On the calendar the keys move the calendar: no list has them, the mentee list included.
    assert_eq!(s.focus.0, ListId::Mentees);
    assert!(!s.list_focused(ListId::Mentees));
    run(&mut s, [Action::NextTab]);
    assert_eq!(s.tab, Tab::Path, "the career path comes last");
    run(&mut s, [Action::NextTab]);
    assert_eq!(s.tab, Tab::Goals, "tabs wrap");
    assert!(s.list_focused(s.focus.0));
    run(&mut s, [Action::PrevTab]);
    assert_eq!(s.tab, Tab::Path);
}

#[test]
fn filter_narrows_the_focused_list_and_clears() {
    let mut s = demo();
    run(&mut s, [Action::StartFilter]);
    run(
        &mut s,
        "chen"
            .chars()
            .map(|c| Action::FilterEdit(TextEdit::Insert(c))),
    );
    assert_eq!(view::rows(&s, ListId::Mentees).len(), 1);
    assert_eq!(view::mentee(&s).unwrap().name, "Chen Wei");
    run(&mut s, [Action::FilterAccept]);
    assert!(!s.filter(ListId::Mentees).unwrap().editing);
    run(&mut s, [Action::ClearFilter]);
    assert!(s.filters.is_empty());
    assert_eq!(view::rows(&s, ListId::Mentees).len(), s.ws.mentees.len());
    // Accepting an empty filter is no filter.
    run(&mut s, [Action::StartFilter, Action::FilterAccept]);
    assert!(s.filters.is_empty());
}

#[test]
fn add_mentee_through_the_form_selects_it_and_saves() {
    let mut s = empty();
    let mut actions = vec![Action::Add];
    actions.extend(typed("Alice Moreau"));
    let effects = run(&mut s, actions.clone());
    assert!(effects.is_empty());
    assert_eq!(form_field(&s, "Name"), "Alice Moreau");
    let effects = run(&mut s, [Action::FormSubmit]);
    assert_eq!(effects, vec![Effect::Save]);
    assert!(s.popup.is_none());
    assert_eq!(s.ws.mentees.len(), 1);
    assert_eq!(s.ws.mentees[0].name, "Alice Moreau");
    assert_eq!(s.ws.mentees[0].started_on, Some(today()));
    assert_eq!(view::mentee(&s).unwrap().name, "Alice Moreau");
    assert!(s.ws.validate().is_ok());
}

#[test]
fn invalid_fields_keep_the_form_open_with_the_reason() {
    let mut s = demo();
    run(&mut s, [Action::NextPane, Action::Add]);
    let before = s.ws.clone();
    // An empty title and a date that does not parse.
    let mut actions = vec![];
    for _ in 0..11 {
        actions.push(Action::FormNextField);
    }
    actions.extend(typed("2026-13-01"));
    actions.push(Action::FormSubmit);
    let effects = run(&mut s, actions);
    assert!(effects.is_empty());
    assert_eq!(form_error(&s, "Title").as_deref(), Some("required"));
    assert_eq!(form_error(&s, "Due").as_deref(), Some("not a date"));
    assert_eq!(s.ws, before, "nothing half-valid is saved");
    // A metric without a target is refused while applying, naming the field.
    let mut s = demo();
    run(&mut s, [Action::NextPane, Action::Add]);
    let mut actions = typed("Talk");
    actions.extend([
        Action::FormNextField,
        Action::FormNextField,
        Action::FormNextField,
    ]);
    actions.extend(typed("talks given"));
    actions.push(Action::FormSubmit);
    run(&mut s, actions);
    assert_eq!(
        form_error(&s, "Target").as_deref(),
        Some("needed with a metric")
    );
}

#[test]
fn date_fields_preview_what_they_resolve_to() {
    let mut s = demo();
    run(&mut s, [Action::NextPane, Action::Add]);
    for _ in 0..11 {
        run(&mut s, [Action::FormNextField]);
    }
    run(&mut s, typed("+2w"));
    let Some(Popup::Form(form)) = &s.popup else {
        panic!()
    };
    let due = form.field("Due").unwrap();
    assert_eq!(
        due.preview(s.today, s.zone).as_deref(),
        Some("→ 2026-12-13")
    );
}

#[test]
fn form_fields_cycle_and_enter_submits_on_the_last() {
    let mut s = empty();
    run(&mut s, [Action::Add, Action::FormPrevField]);
    let Some(Popup::Form(f)) = &s.popup else {
        panic!()
    };
    assert_eq!(
        f.focus,
        f.fields.len() - 1,
        "previous from the first wraps to the last"
    );
    run(&mut s, [Action::FormNextField]);
    let Some(Popup::Form(f)) = &s.popup else {
        panic!()
    };
    assert_eq!(f.focus, 0);
    run(&mut s, typed("Bob"));
    run(&mut s, [Action::FormEnter]);
    let Some(Popup::Form(f)) = &s.popup else {
        panic!()
    };
    assert_eq!(f.focus, 1, "Enter on a middle field moves on");
    run(&mut s, [Action::FormPrevField, Action::FormPrevField]);
    let effects = run(&mut s, [Action::FormEnter]);
    assert_eq!(
        effects,
        vec![Effect::Save],
        "Enter on the last field submits"
    );
    assert_eq!(s.ws.mentees[0].name, "Bob");
}

#[test]
fn choice_fields_change_with_arrows_and_space() {
    let mut s = empty();
    run(&mut s, [Action::Add, Action::FormNextField]);
    assert_eq!(form_field(&s, "Kind"), "career");
    run(&mut s, [Action::FormEdit(TextEdit::Right)]);
    assert_eq!(form_field(&s, "Kind"), "peer");
    run(&mut s, [Action::FormEdit(TextEdit::Insert(' '))]);
    assert_eq!(
        form_field(&s, "Kind"),
        "life",
        "Space picks the next choice"
    );
    run(&mut s, [Action::FormEdit(TextEdit::Right)]);
    assert_eq!(form_field(&s, "Kind"), "career", "choices wrap");
    run(&mut s, [Action::FormEdit(TextEdit::Left)]);
    assert_eq!(form_field(&s, "Kind"), "life");
    run(&mut s, [Action::FormEdit(TextEdit::Insert('z'))]);
    assert_eq!(
        form_field(&s, "Kind"),
        "life",
        "typing does not break a choice"
    );
}

#[test]
fn cursor_steps_and_deletes_go_over_whole_grapheme_clusters() {
    let mut s = empty();
    // a, 👩 ZWJ 💻, e with a combining acute, b.
    run(&mut s, [Action::Add]);
    run(&mut s, typed("a👩\u{200D}💻e\u{301}b"));
    let cursor = |s: &State| match &s.popup {
        Some(Popup::Form(f)) => f.fields[f.focus].input.cursor(),
        other => panic!("no form: {other:?}"),
    };
    assert_eq!(cursor(&s), 7);
    run(&mut s, [Action::FormEdit(TextEdit::Left)]);
    assert_eq!(cursor(&s), 6);
    run(&mut s, [Action::FormEdit(TextEdit::Left)]);
    assert_eq!(cursor(&s), 4, "over e and its accent at once");
    run(&mut s, [Action::FormEdit(TextEdit::Left)]);
    assert_eq!(cursor(&s), 1, "over the whole joined sequence");
    run(&mut s, [Action::FormEdit(TextEdit::Right)]);
    assert_eq!(cursor(&s), 4);
    run(&mut s, [Action::FormEdit(TextEdit::Backspace)]);
    assert_eq!(form_field(&s, "Name"), "ae\u{301}b");
    run(&mut s, [Action::FormEdit(TextEdit::Delete)]);
    assert_eq!(form_field(&s, "Name"), "ab");
    run(&mut s, [Action::FormEdit(TextEdit::Backspace)]);
    assert_eq!(form_field(&s, "Name"), "b");
    // Typing a sequence code point by code point still builds it.
    run(&mut s, [Action::FormEdit(TextEdit::End)]);
    run(&mut s, typed("🧑🏽\u{200D}🚀"));
    assert_eq!(form_field(&s, "Name"), "b🧑🏽\u{200D}🚀");
    run(&mut s, [Action::FormEdit(TextEdit::Backspace)]);
    assert_eq!(form_field(&s, "Name"), "b");
}

#[test]
fn edit_form_is_filled_and_changes_the_record() {
    let mut s = demo();
    run(&mut s, [Action::NextPane, Action::Edit]);
    let title = s.ws.mentees[0].goals[0].title.clone();
    assert_eq!(form_field(&s, "Title"), title);
    let mut actions = vec![Action::FormEdit(TextEdit::DeleteLine)];
    actions.extend(typed("Lead four design reviews"));
    actions.push(Action::FormSubmit);
    assert_eq!(run(&mut s, actions), vec![Effect::Save]);
    assert_eq!(s.ws.mentees[0].goals[0].title, "Lead four design reviews");
    assert_eq!(
        s.ws.mentees[0].goals[0].id.as_str(),
        view::selected_id(&s, ListId::Goals).unwrap().as_str()
    );
}

#[test]
fn cancel_asks_before_throwing_typed_text_away() {
    let mut s = empty();
    run(&mut s, [Action::Add, Action::Cancel]);
    assert!(s.popup.is_none(), "an untouched form just closes");
    run(&mut s, [Action::Add]);
    run(&mut s, typed("Half"));
    run(&mut s, [Action::Cancel]);
    assert!(matches!(s.popup, Some(Popup::DiscardForm(_))));
    run(&mut s, [Action::Cancel]);
    assert!(
        matches!(s.popup, Some(Popup::Form(_))),
        "n goes back to the form"
    );
    assert_eq!(form_field(&s, "Name"), "Half");
    run(&mut s, [Action::Cancel, Action::Confirm]);
    assert!(s.popup.is_none());
    assert!(s.ws.mentees.is_empty());
}

#[test]
fn delete_names_the_item_and_only_deletes_on_confirm() {
    let mut s = demo();
    run(&mut s, [Action::NextPane, Action::Delete]);
    let Some(Popup::Confirm(c)) = &s.popup else {
        panic!("no confirmation")
    };
    let goal = s.ws.mentees[0].goals[0].clone();
    assert!(c.message.contains(&goal.title), "{}", c.message);
    assert!(c.message.contains("milestone"), "{}", c.message);
    run(&mut s, [Action::Cancel]);
    assert_eq!(s.ws.mentees[0].goals[0], goal);
    run(&mut s, [Action::Delete]);
    assert_eq!(run(&mut s, [Action::Confirm]), vec![Effect::Save]);
    assert!(s.ws.mentees[0].goals.iter().all(|g| g.id != goal.id));
    assert!(
        s.ws.validate().is_ok(),
        "references to the goal went with it"
    );
}

#[test]
fn toggle_done_on_each_kind() {
    let mut s = demo();
    // Milestones: the first milestone of the first goal.
    run(&mut s, [Action::NextPane, Action::NextPane]);
    let was = s.ws.mentees[0].goals[0].milestones[0].done_on;
    assert!(was.is_some(), "the demo's first milestone is done");
    assert_eq!(run(&mut s, [Action::ToggleDone]), vec![Effect::Save]);
    assert_eq!(s.ws.mentees[0].goals[0].milestones[0].done_on, None);
    run(&mut s, [Action::ToggleDone]);
    assert_eq!(
        s.ws.mentees[0].goals[0].milestones[0].done_on,
        Some(today()),
        "done again, today"
    );
    // Goals: achieved and back.
    run(&mut s, [Action::PrevPane]);
    let g = view::current(&s, ListId::Goals).unwrap();
    let before = s.ws.mentees[0].goals[g].status;
    run(&mut s, [Action::ToggleDone]);
    let after = s.ws.mentees[0].goals[g].status;
    assert_ne!(before, after);
    assert!(before == GoalStatus::Achieved || after == GoalStatus::Achieved);
    // Action items of the newest session with any.
    run(&mut s, [Action::ShowTab(Tab::Sessions)]);
    while view::session(&s).unwrap().actions.is_empty() {
        run(&mut s, [Action::Down]);
    }
    run(&mut s, [Action::NextPane]);
    let id = view::selected_id(&s, ListId::Actions).unwrap();
    let (m, si, a) = s.ws.find_action(id.as_str()).unwrap();
    let was = s.ws.mentees[m].sessions[si].actions[a].done_on;
    run(&mut s, [Action::ToggleDone]);
    assert_ne!(s.ws.mentees[m].sessions[si].actions[a].done_on, was);
    // Feedback cannot be done.
    run(&mut s, [Action::ShowTab(Tab::Feedback)]);
    let before = s.ws.clone();
    assert!(run(&mut s, [Action::ToggleDone]).is_empty());
    assert_eq!(s.ws, before);
    assert!(s.status.as_ref().unwrap().error);
}

#[test]
fn undo_and_redo_more_than_a_hundred_steps() {
    let mut s = empty();
    for n in 0..120 {
        let mut actions = vec![Action::Add];
        actions.extend(typed(&format!("Mentee {n}")));
        actions.push(Action::FormSubmit);
        run(&mut s, actions);
    }
    assert_eq!(s.ws.mentees.len(), 120);
    let full = s.ws.clone();
    for n in (0..120).rev() {
        assert_eq!(run(&mut s, [Action::Undo]), vec![Effect::Save]);
        assert_eq!(s.ws.mentees.len(), n);
    }
    assert!(
        run(&mut s, [Action::Undo]).is_empty(),
        "nothing left to undo"
    );
    for _ in 0..120 {
        run(&mut s, [Action::Redo]);
    }
    assert_eq!(s.ws, full);
    assert!(run(&mut s, [Action::Redo]).is_empty());
}

#[test]
fn undo_restores_a_deleted_mentee_in_place() {
    let mut s = demo();
    let before = s.ws.clone();
    run(
        &mut s,
        [Action::Down, Action::Down, Action::Delete, Action::Confirm],
    );
    assert_eq!(s.ws.mentees.len(), before.mentees.len() - 1);
    run(&mut s, [Action::Undo]);
    assert_eq!(s.ws, before);
    run(&mut s, [Action::Redo]);
    assert_eq!(s.ws.mentees.len(), before.mentees.len() - 1);
    // A new edit after an undo drops the redo.
    run(
        &mut s,
        [
            Action::Undo,
            Action::NextPane,
            Action::Down,
            Action::ToggleDone,
        ],
    );
    assert!(run(&mut s, [Action::Redo]).is_empty());
}

#[test]
fn editor_round_trip_for_a_record_and_a_form_field() {
    let mut s = demo();
    run(&mut s, [Action::ShowTab(Tab::Feedback), Action::NextPane]);
    let id = view::selected_id(&s, ListId::Feedback).unwrap();
    let effects = run(&mut s, [Action::EditInEditor]);
    let [Effect::OpenEditor { target, text }] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(target, &EditorTarget::Record(id.clone()));
    assert!(!text.is_empty());
    let done = Action::EditorDone {
        target: target.clone(),
        result: Ok("Rewritten in the editor\n".into()),
    };
    assert_eq!(run(&mut s, [done]), vec![Effect::Save]);
    let m = &s.ws.mentees[0];
    assert_eq!(
        m.feedback
            .iter()
            .find(|f| f.id.as_str() == id.as_str())
            .unwrap()
            .text,
        "Rewritten in the editor"
    );
    // A failed editor changes nothing and says so.
    let before = s.ws.clone();
    let failed = Action::EditorDone {
        target: EditorTarget::Record(id),
        result: Err("vi exited with 1".into()),
    };
    assert!(run(&mut s, [failed]).is_empty());
    assert_eq!(s.ws, before);
    assert!(s.status.as_ref().unwrap().text.contains("vi exited with 1"));
    // In a form, Ctrl-E edits the focused field and the text lands in it.
    run(&mut s, [Action::Add]);
    let effects = run(&mut s, [Action::FormNextField, Action::FormEditInEditor]);
    assert_eq!(
        effects,
        vec![Effect::OpenEditor {
            target: EditorTarget::FormField(1),
            text: String::new()
        }]
    );
    run(
        &mut s,
        [Action::EditorDone {
            target: EditorTarget::FormField(1),
            result: Ok("From the editor".into()),
        }],
    );
    assert_eq!(form_field(&s, "Text"), "From the editor");
}

#[test]
fn read_only_refuses_every_edit_and_says_so() {
    let mut s = demo();
    s.read_only = Some("another mentor is editing this file".into());
    let before = s.ws.clone();
    for action in [
        Action::Add,
        Action::Edit,
        Action::Delete,
        Action::ToggleDone,
        Action::Undo,
        Action::Redo,
        Action::EditInEditor,
    ] {
        assert!(run(&mut s, [action.clone()]).is_empty(), "{action:?}");
        assert!(s.popup.is_none(), "{action:?}");
        assert_eq!(
            s.status.as_ref().map(|st| st.text.as_str()),
            Some("read-only: nothing can be changed here")
        );
    }
    assert_eq!(s.ws, before);
    // Moving and looking still work.
    run(
        &mut s,
        [
            Action::Down,
            Action::ShowTab(Tab::Overview),
            Action::ShowHelp,
        ],
    );
    assert!(matches!(s.popup, Some(Popup::Help(_))));
}

#[test]
fn help_opens_and_closes() {
    let mut s = demo();
    run(&mut s, [Action::ShowHelp]);
    assert!(matches!(s.popup, Some(Popup::Help(_))));
    run(&mut s, [Action::Cancel]);
    assert!(s.popup.is_none());
}

#[test]
fn save_results_show_in_the_header_state() {
    let mut s = demo();
    run(&mut s, [Action::SaveFailed("disk full".into())]);
    assert_eq!(s.save, SaveStatus::NotSaved("disk full".into()));
    assert!(s.status.as_ref().unwrap().error);
    run(&mut s, [Action::Saved { at: "10:42".into() }]);
    assert_eq!(s.save, SaveStatus::Saved(Some("10:42".into())));
}

/// The shell never changes the state: `update` itself says a save is under way whenever it asks
/// for one, whatever asked (a toggle, a form, undo), and nothing else does.
#[test]
fn asking_for_a_save_marks_the_state_saving() {
    let mut s = demo();
    assert_eq!(s.save, SaveStatus::Saved(None));
    run(&mut s, [Action::ShowTab(Tab::Sessions), Action::NextPane]);
    assert_eq!(run(&mut s, [Action::Down]), vec![]);
    assert_eq!(s.save, SaveStatus::Saved(None), "moving is no edit");
    let mut asked = Vec::new();
    for action in [Action::ToggleDone, Action::Undo, Action::Redo] {
        s.save = SaveStatus::Saved(Some("09:00".into()));
        let effects = run(&mut s, [action.clone()]);
        asked.push(effects.contains(&Effect::Save));
        assert_eq!(
            effects.contains(&Effect::Save),
            s.save == SaveStatus::Saving,
            "{action:?} asked for {effects:?} and left {:?}",
            s.save
        );
    }
    assert!(asked.iter().all(|a| *a), "each of them saved: {asked:?}");
    run(&mut s, [Action::Saved { at: "09:01".into() }]);
    assert_eq!(s.save, SaveStatus::Saved(Some("09:01".into())));
}

#[test]
fn reload_asks_the_shell_and_replaces_the_workspace() {
    let mut s = demo();
    run(&mut s, [Action::Down, Action::Down, Action::NextPane]);
    assert_eq!(run(&mut s, [Action::Reload]), vec![Effect::Reload]);
    let mut fresh = mentor::demo::demo_workspace(today());
    fresh.mentees.truncate(1);
    run(
        &mut s,
        [Action::Reloaded {
            workspace: Box::new(fresh.clone()),
            note: "reloaded from disk".into(),
        }],
    );
    assert_eq!(s.ws, fresh);
    assert_eq!(
        s.selected(ListId::Mentees),
        0,
        "selection clamped into the new list"
    );
    assert_eq!(
        s.history.can_undo(),
        0,
        "undo steps of the old content are gone"
    );
    run(&mut s, [Action::ReloadFailed("cannot reload: gone".into())]);
    assert!(s.status.as_ref().unwrap().error);
}

#[test]
fn a_reload_keeps_the_selected_records_by_id() {
    // The third mentee, its second goal, focused: what x or d would act on.
    let mut s = demo();
    run(
        &mut s,
        [
            Action::Down,
            Action::Down,
            Action::ShowTab(Tab::Goals),
            Action::NextPane,
            Action::Down,
        ],
    );
    let mentee = view::selected_id(&s, ListId::Mentees).unwrap();
    let goal = view::selected_id(&s, ListId::Goals).unwrap();

    // A command added a mentee first and a goal before the selected one; the app reloads.
    let mut fresh = s.ws.clone();
    let first = mentor::domain::Mentee::new(
        mentor::domain::MenteeId::from_number(9001),
        "Aaron First",
        today(),
    );
    fresh.mentees.insert(0, std::sync::Arc::new(first));
    let g = mentor::domain::Goal::new(
        mentor::domain::GoalId::from_number(9002),
        "A goal added outside",
        today(),
    );
    fresh.mentee_mut(3).goals.insert(0, g);
    for reloaded in [
        Action::Reloaded {
            workspace: Box::new(fresh.clone()),
            note: "reloaded from disk".into(),
        },
        Action::BecameEditor {
            workspace: Box::new(fresh.clone()),
        },
    ] {
        run(&mut s, [reloaded]);
        assert_eq!(s.ws, fresh);
        assert_eq!(view::selected_id(&s, ListId::Mentees), Some(mentee.clone()));
        assert_eq!(view::selected_id(&s, ListId::Goals), Some(goal.clone()));
    }
}

#[test]
fn quit_force_quit_unbound_and_tick() {
    let mut s = demo();
    let before = s.ws.clone();
    assert!(run(&mut s, [Action::Unbound]).is_empty());
    assert_eq!(s.ws, before);
    assert!(!s.quit);
    let tomorrow = today().succ_opt().unwrap();
    run(&mut s, [Action::Tick(tomorrow)]);
    assert_eq!(s.today, tomorrow);
    run(&mut s, [Action::Quit]);
    assert!(s.quit);
    let mut s = demo();
    run(&mut s, [Action::Add, Action::ForceQuit]);
    assert!(s.quit, "Ctrl-C quits even from a form");
}

#[test]
fn adding_needs_a_parent_and_says_which() {
    let mut s = empty();
    run(&mut s, [Action::ShowTab(Tab::Goals)]);
    s.focus.0 = ListId::Goals;
    assert!(run(&mut s, [Action::Add]).is_empty());
    assert!(s.popup.is_none());
    assert_eq!(s.status.as_ref().unwrap().text, "add a mentee first (a)");
    run(&mut s, [Action::Edit]);
    assert_eq!(s.status.as_ref().unwrap().text, "no goal selected");
}

// ---------------------------------------------------------------------------------------------
// The read-only view of a file (`mentor view`)
// ---------------------------------------------------------------------------------------------

/// The demo workspace in a read-only view with a warning showing (as after a failed reload).
fn viewing() -> State {
    let mut s = demo();
    s.read_only = Some("a view; nothing here can be changed".into());
    s.view = Some(mentor::app::ViewInfo {
        title: "test.json".into(),
        warning: Some("the file changed but does not read".into()),
        ..Default::default()
    });
    s
}

#[test]
fn view_reloaded_replaces_the_workspace_and_keeps_the_selection_by_id() {
    let mut s = viewing();
    // The third mentee, its second goal, on the Goals tab.
    run(
        &mut s,
        [
            Action::Down,
            Action::Down,
            Action::ShowTab(Tab::Goals),
            Action::NextPane,
            Action::Down,
        ],
    );
    assert_eq!(s.focus.0, ListId::Goals);
    let mentee = view::selected_id(&s, ListId::Mentees).unwrap();
    let goal = view::selected_id(&s, ListId::Goals).unwrap();
    assert_eq!(s.selected(ListId::Goals), 1);

    // The file now has a new mentee first and a new goal before the selected one: both selected
    // records move down a row.
    let mut fresh = mentor::demo::demo_workspace(today());
    let first = mentor::domain::Mentee::new(
        mentor::domain::MenteeId::from_number(9001),
        "Aaron First",
        today(),
    );
    fresh.mentees.insert(0, std::sync::Arc::new(first));
    let g = mentor::domain::Goal::new(
        mentor::domain::GoalId::from_number(9002),
        "A goal added outside",
        today(),
    );
    fresh.mentee_mut(3).goals.insert(0, g);
    let effects = run(
        &mut s,
        [Action::ViewReloaded {
            workspace: Box::new(fresh.clone()),
            at: "10:42".into(),
        }],
    );
    assert!(effects.is_empty(), "a reload writes nothing");
    assert_eq!(s.ws, fresh, "the workspace is replaced");
    assert_eq!(
        s.selected(ListId::Mentees),
        3,
        "the mentee moved a row down"
    );
    assert_eq!(view::selected_id(&s, ListId::Mentees), Some(mentee));
    assert_eq!(s.selected(ListId::Goals), 2, "the goal moved a row down");
    assert_eq!(view::selected_id(&s, ListId::Goals), Some(goal));
    assert_eq!(s.focus.0, ListId::Goals, "the focus stays");
    let info = s.view.as_ref().unwrap();
    assert_eq!(info.updated.as_deref(), Some("10:42"));
    assert_eq!(info.warning, None, "a good read clears the warning");
    assert!(s.read_only.is_some(), "still read-only");

    // A reload where the selected goal is gone: the selection stays inside the list.
    let mut fewer = fresh.clone();
    fewer.mentee_mut(3).goals.truncate(1);
    run(
        &mut s,
        [Action::ViewReloaded {
            workspace: Box::new(fewer.clone()),
            at: "10:43".into(),
        }],
    );
    assert_eq!(
        view::selected_id(&s, ListId::Mentees)
            .as_ref()
            .map(|r| r.as_str()),
        Some(fewer.mentees[3].id.as_str())
    );
    assert_eq!(s.selected(ListId::Goals), 0);
    assert_eq!(s.view.as_ref().unwrap().updated.as_deref(), Some("10:43"));
}

#[test]
fn view_reload_failed_keeps_the_last_good_workspace_and_warns() {
    let mut s = viewing();
    let ws = s.ws.clone();
    run(
        &mut s,
        [Action::ViewReloaded {
            workspace: Box::new(ws),
            at: "09:00".into(),
        }],
    );
    run(&mut s, [Action::Down, Action::NextPane, Action::Down]);
    let before = s.ws.clone();
    let selected = (s.selected(ListId::Mentees), s.selected(ListId::Goals));
    let why = "the file changed but does not read (bad JSON); showing the last good version";
    let effects = run(&mut s, [Action::ViewReloadFailed(why.into())]);
    assert!(effects.is_empty());
    assert_eq!(s.ws, before, "the last good version stays");
    assert_eq!(
        (s.selected(ListId::Mentees), s.selected(ListId::Goals)),
        selected
    );
    let info = s.view.as_ref().unwrap();
    assert_eq!(info.warning.as_deref(), Some(why));
    assert_eq!(
        info.updated.as_deref(),
        Some("09:00"),
        "when it was last read stays"
    );
    // The warning stays through key presses until a good read.
    run(&mut s, [Action::Down, Action::Add]);
    assert_eq!(s.view.as_ref().unwrap().warning.as_deref(), Some(why));
    run(
        &mut s,
        [Action::ViewReloaded {
            workspace: Box::new(before),
            at: "09:05".into(),
        }],
    );
    assert_eq!(s.view.as_ref().unwrap().warning, None);
}

#[test]
fn a_mentees_own_action_items_come_first_in_their_view() {
    use mentor::domain::{ActionId, ActionItem, Mentee, MenteeId, Owner, Session, SessionId};
    let mut ws = Workspace {
        next_id: 1,
        ..Workspace::default()
    };
    let mut m = Mentee::new(MenteeId::from_number(ws.alloc_fresh()), "Noor", today());
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-20T10:00:00+01:00").unwrap();
    let mut session = Session::new(
        SessionId::from_number(ws.alloc_fresh()),
        at,
        mentor::domain::SessionStatus::Held,
    );
    for (text, owner) in [
        ("mentor one", Owner::Mentor),
        ("mentee one", Owner::Mentee),
        ("mentor two", Owner::Mentor),
        ("mentee two", Owner::Mentee),
    ] {
        session.actions.push(ActionItem {
            id: ActionId::from_number(ws.alloc_fresh()),
            text: text.into(),
            owner,
            due: None,
            done_on: None,
        });
    }
    m.sessions.push(session);
    ws.push_mentee(m);
    let texts = |s: &State| -> Vec<String> {
        let session = view::session(s).unwrap();
        view::rows(s, ListId::Actions)
            .into_iter()
            .map(|i| session.actions[i].text.clone())
            .collect()
    };

    // The mentor's own screen, and a whole file viewed: the order they were agreed in.
    let mut s = State::new(ws.clone(), today(), "test.json");
    assert_eq!(
        texts(&s),
        ["mentor one", "mentee one", "mentor two", "mentee two"]
    );
    s.view = Some(mentor::app::ViewInfo::default());
    assert_eq!(
        texts(&s),
        ["mentor one", "mentee one", "mentor two", "mentee two"]
    );

    // The mentee's view: theirs first, each group in its own order.
    s.view = Some(mentor::app::ViewInfo {
        mentee_only: true,
        ..Default::default()
    });
    assert_eq!(
        texts(&s),
        ["mentee one", "mentee two", "mentor one", "mentor two"]
    );
    run(&mut s, [Action::ShowTab(Tab::Sessions)]);
    s.focus.0 = ListId::Actions;
    run(&mut s, [Action::Top]);
    let first = view::selected_id(&s, ListId::Actions).unwrap();
    assert_eq!(
        first.as_str(),
        ws.mentees[0].sessions[0].actions[1].id.as_str()
    );
    run(&mut s, [Action::Down, Action::Down]);
    assert_eq!(
        view::selected_id(&s, ListId::Actions)
            .as_ref()
            .map(|r| r.as_str()),
        Some(ws.mentees[0].sessions[0].actions[0].id.as_str()),
        "the selection follows the shown order"
    );
}

#[test]
fn typed_session_times_take_the_offset_of_their_own_day() {
    use mentor::domain::schedule::Zone;
    let mut s = demo();
    s.zone = Zone::Named(chrono_tz::Europe::Paris);
    // Today (29 November) is winter time; a session typed for 29 March is summer time.
    run(
        &mut s,
        [
            Action::ShowTab(Tab::Sessions),
            Action::NextPane,
            Action::Add,
        ],
    );
    let mut actions = vec![Action::FormEdit(TextEdit::DeleteLine)];
    actions.extend(typed("2027-03-29 10:00"));
    actions.push(Action::FormSubmit);
    assert_eq!(run(&mut s, actions), vec![Effect::Save]);
    let session = view::session(&s).unwrap();
    assert_eq!(session.at.to_rfc3339(), "2027-03-29T10:00:00+02:00");
    // An explicit offset is kept as written.
    run(
        &mut s,
        [Action::Edit, Action::FormEdit(TextEdit::DeleteLine)],
    );
    run(&mut s, typed("2027-03-29T10:00:00-05:00"));
    run(&mut s, [Action::FormSubmit]);
    assert_eq!(
        view::session(&s).unwrap().at.to_rfc3339(),
        "2027-03-29T10:00:00-05:00"
    );
}

// ---------------------------------------------------------------------------------------------
// The calendar, planning a series, and the capacity warning
// ---------------------------------------------------------------------------------------------

/// Moves the focus of the open form to the field `label`, empties it and types `text`.
fn fill(state: &mut State, label: &str, text: &str) {
    for _ in 0..32 {
        let Some(Popup::Form(f)) = &state.popup else {
            panic!("no form open")
        };
        if f.fields[f.focus].label == label {
            run(state, [Action::FormEdit(TextEdit::DeleteLine)]);
            run(state, typed(text));
            assert_eq!(form_field(state, label), text);
            return;
        }
        run(state, [Action::FormNextField]);
    }
    panic!("no field {label}");
}

#[test]
fn calendar_days_move_by_days_and_weeks_across_months_and_years() {
    let mut s = demo();
    run(&mut s, [Action::ShowTab(Tab::Calendar)]);
    let ws = s.ws.clone();
    assert_eq!(s.calendar_day, today(), "the calendar opens on today");
    let steps: &[(i64, NaiveDate)] = &[
        (1, date(2026, 11, 30)),
        (1, date(2026, 12, 1)),
        (-1, date(2026, 11, 30)),
        (7, date(2026, 12, 7)),
        (-7, date(2026, 11, 30)),
        (-7, date(2026, 11, 23)),
        (7 * 6, date(2027, 1, 4)),
        (-7, date(2026, 12, 28)),
        (4, date(2027, 1, 1)),
        (-1, date(2026, 12, 31)),
    ];
    for (n, expected) in steps {
        assert!(run(&mut s, [Action::CalendarDays(*n)]).is_empty());
        assert_eq!(s.calendar_day, *expected, "after {n:+} days");
    }
    assert_eq!(
        s.today,
        today(),
        "moving the calendar is not changing the date"
    );
    assert_eq!(s.ws, ws);
    assert_eq!(s.tab, Tab::Calendar);
    // At the end of the calendar's range it stays put rather than panicking.
    s.calendar_day = NaiveDate::MAX;
    run(&mut s, [Action::CalendarDays(1)]);
    assert_eq!(s.calendar_day, NaiveDate::MAX);
    s.calendar_day = NaiveDate::MIN;
    run(&mut s, [Action::CalendarDays(-7)]);
    assert_eq!(s.calendar_day, NaiveDate::MIN);
}

#[test]
fn calendar_months_keep_the_day_or_take_the_months_last() {
    let mut s = demo();
    run(&mut s, [Action::ShowTab(Tab::Calendar)]);
    s.calendar_day = date(2027, 1, 31);
    run(&mut s, [Action::CalendarMonths(1)]);
    assert_eq!(
        s.calendar_day,
        date(2027, 2, 28),
        "31 January to the end of February"
    );
    run(&mut s, [Action::CalendarMonths(-1)]);
    assert_eq!(
        s.calendar_day,
        date(2027, 1, 28),
        "back from the 28th stays on the 28th"
    );
    // Backwards from a month's end into a shorter month, in a common and a leap year.
    s.calendar_day = date(2027, 3, 31);
    run(&mut s, [Action::CalendarMonths(-1)]);
    assert_eq!(s.calendar_day, date(2027, 2, 28));
    s.calendar_day = date(2028, 3, 31);
    run(&mut s, [Action::CalendarMonths(-1)]);
    assert_eq!(s.calendar_day, date(2028, 2, 29));
    // Across years, both ways, and by more than one month.
    s.calendar_day = date(2027, 1, 15);
    run(&mut s, [Action::CalendarMonths(-1)]);
    assert_eq!(s.calendar_day, date(2026, 12, 15));
    run(&mut s, [Action::CalendarMonths(1)]);
    assert_eq!(s.calendar_day, date(2027, 1, 15));
    s.calendar_day = date(2028, 2, 29);
    run(&mut s, [Action::CalendarMonths(12)]);
    assert_eq!(s.calendar_day, date(2029, 2, 28));
    run(&mut s, [Action::CalendarMonths(-25)]);
    assert_eq!(s.calendar_day, date(2027, 1, 28));
    run(&mut s, [Action::CalendarMonths(0)]);
    assert_eq!(s.calendar_day, date(2027, 1, 28));
    // Out of range: nothing moves, nothing panics.
    for n in [i32::MAX, i32::MIN] {
        run(&mut s, [Action::CalendarMonths(n)]);
        assert_eq!(s.calendar_day, date(2027, 1, 28));
    }
}

#[test]
fn calendar_today_comes_back_to_the_current_date() {
    let mut s = demo();
    run(
        &mut s,
        [
            Action::ShowTab(Tab::Calendar),
            Action::CalendarMonths(5),
            Action::CalendarDays(-3),
        ],
    );
    assert_ne!(s.calendar_day, today());
    assert!(run(&mut s, [Action::CalendarToday]).is_empty());
    assert_eq!(s.calendar_day, today());
    // After midnight, "today" is the new date.
    let tomorrow = today().succ_opt().unwrap();
    run(&mut s, [Action::Tick(tomorrow), Action::CalendarDays(10)]);
    run(&mut s, [Action::CalendarToday]);
    assert_eq!(s.calendar_day, tomorrow);
    // Looking at the calendar is not an edit: it works read-only too.
    s.read_only = Some("read-only for the test".into());
    run(&mut s, [Action::CalendarMonths(1), Action::CalendarDays(1)]);
    assert_eq!(s.calendar_day, date(2026, 12, 31));
    run(&mut s, [Action::CalendarToday]);
    assert_eq!(s.calendar_day, tomorrow);
    assert_eq!(s.status, None, "no read-only complaint");
}

#[test]
fn plan_series_opens_the_form_for_the_selected_mentee() {
    // Alice: fortnightly, 45 minutes, next check-in on 3 December, agreement until 29 March:
    // the same defaults as `mentor session plan` (up to the agreement's end date).
    let mut s = demo();
    run(&mut s, [Action::ShowTab(Tab::Sessions), Action::NextPane]);
    assert!(run(&mut s, [Action::PlanSeries]).is_empty());
    let Some(Popup::Form(f)) = &s.popup else {
        panic!("no form: {:?}", s.status)
    };
    assert_eq!(f.title, "Plan sessions with Alice Moreau");
    assert_eq!(f.focus, 0);
    assert!(!f.dirty);
    let fields: Vec<(&str, &str)> = f.fields.iter().map(|x| (x.label, x.value())).collect();
    assert_eq!(
        fields,
        [
            ("First date", "2026-12-03"),
            ("Time", "10:00"),
            ("Every", "2 weeks"),
            ("Count", ""),
            ("Until", "2027-03-29"),
            ("Minutes", "45"),
            ("Agenda", ""),
        ]
    );
    // Bilal's check-in is overdue: the first date is today, not a day in the past.
    let mut s = demo();
    let bilal =
        s.ws.mentees
            .iter()
            .position(|m| m.name.starts_with("Bilal"))
            .unwrap();
    run(&mut s, std::iter::repeat_n(Action::Down, bilal));
    run(&mut s, [Action::PlanSeries]);
    assert_eq!(form_field(&s, "First date"), "2026-11-29");
    // A mentee with no cadence: tomorrow, and the cadence left to fill in.
    let mut s = empty();
    run(&mut s, [Action::Add]);
    run(&mut s, typed("Noor"));
    run(&mut s, [Action::FormSubmit, Action::PlanSeries]);
    assert_eq!(form_field(&s, "First date"), "2026-11-30");
    assert_eq!(form_field(&s, "Every"), "");
    assert_eq!(form_field(&s, "Minutes"), "");
    // No agreement end date: six sessions.
    assert_eq!(form_field(&s, "Count"), "6");
    assert_eq!(form_field(&s, "Until"), "");
}

#[test]
fn plan_series_needs_a_mentee_and_a_writable_file() {
    let mut s = empty();
    assert!(run(&mut s, [Action::PlanSeries]).is_empty());
    assert!(s.popup.is_none());
    let status = s.status.clone().unwrap();
    assert_eq!(status.text, "add a mentee first (a)");
    assert!(status.error);

    let mut s = demo();
    s.read_only = Some("another mentor is editing this file".into());
    let before = s.ws.clone();
    run(&mut s, [Action::ShowTab(Tab::Sessions), Action::NextPane]);
    assert!(run(&mut s, [Action::PlanSeries]).is_empty());
    assert!(s.popup.is_none());
    assert_eq!(
        s.status.as_ref().map(|st| (st.text.as_str(), st.error)),
        Some(("read-only: nothing can be changed here", true))
    );
    assert_eq!(s.ws, before);
}

#[test]
fn submitting_the_series_form_plans_the_sessions_as_one_undo_step() {
    use mentor::domain::SessionStatus;
    use mentor::domain::schedule::Zone;
    let mut s = demo();
    s.zone = Zone::Named(chrono_tz::Europe::Paris);
    run(&mut s, [Action::ShowTab(Tab::Sessions), Action::NextPane]);
    let before = s.ws.clone();
    let alice = before.mentees[0].clone();
    run(&mut s, [Action::PlanSeries]);
    // Weekly across the change to summer time on 28 March.
    fill(&mut s, "First date", "2027-03-22");
    fill(&mut s, "Every", "1w");
    fill(&mut s, "Count", "3");
    fill(&mut s, "Until", "");
    fill(&mut s, "Agenda", "Interview practice");
    assert_eq!(run(&mut s, [Action::FormSubmit]), vec![Effect::Save]);
    assert!(s.popup.is_none());
    assert_eq!(
        s.status.as_ref().map(|st| (st.text.as_str(), st.error)),
        Some(("plan 3 sessions", false))
    );

    let m = &s.ws.mentees[0];
    assert_eq!(m.sessions.len(), alice.sessions.len() + 3);
    assert_eq!(&m.sessions[..alice.sessions.len()], &alice.sessions[..]);
    let new = &m.sessions[alice.sessions.len()..];
    let times: Vec<String> = new.iter().map(|x| x.at.to_rfc3339()).collect();
    assert_eq!(
        times,
        [
            "2027-03-22T10:00:00+01:00",
            "2027-03-29T10:00:00+02:00",
            "2027-04-05T10:00:00+02:00",
        ]
    );
    assert_eq!(m.series.len(), alice.series.len() + 1);
    let series = m.series.last().unwrap();
    assert_eq!(series.count, 3);
    assert_eq!(series.first, new[0].at);
    assert_eq!(series.every.to_string(), "every week");
    assert_eq!(series.minutes, Some(45));
    for x in new {
        assert_eq!(x.status, SessionStatus::Planned);
        assert_eq!(x.agenda, "Interview practice");
        assert_eq!(x.minutes, Some(45), "the agreement's length");
        let slot = x.series.as_ref().expect("in the series");
        assert_eq!(slot.id, series.id, "one series ID");
        assert_eq!(slot.slot, x.at);
    }
    assert!(s.ws.validate().is_ok(), "{:?}", s.ws.validate());
    // The newest session (the last of the series) is selected.
    assert_eq!(
        view::selected_id(&s, ListId::Sessions)
            .as_ref()
            .map(|r| r.as_str()),
        Some(new[2].id.as_str())
    );
    assert_eq!(s.focus.0, ListId::Sessions);

    // One undo takes the whole series away; redo brings it back.
    assert_eq!(run(&mut s, [Action::Undo]), vec![Effect::Save]);
    assert_eq!(s.ws.mentees, before.mentees);
    assert_eq!(
        s.status.as_ref().map(|st| st.text.as_str()),
        Some("undid: plan 3 sessions")
    );
    run(&mut s, [Action::Redo]);
    assert_eq!(s.ws.mentees[0].sessions.len(), alice.sessions.len() + 3);
    assert_eq!(s.ws.mentees[0].series.len(), alice.series.len() + 1);
}

#[test]
fn a_series_that_cannot_be_planned_keeps_the_form_open_with_the_reason() {
    let mut s = demo();
    run(&mut s, [Action::ShowTab(Tab::Sessions), Action::NextPane]);
    let before = s.ws.clone();
    run(&mut s, [Action::PlanSeries]);
    fill(&mut s, "Count", "0");
    fill(&mut s, "Time", "25:00");
    assert!(run(&mut s, [Action::FormSubmit]).is_empty());
    assert_eq!(
        form_error(&s, "Count").as_deref(),
        Some("a whole number, 1 or more")
    );
    assert_eq!(form_error(&s, "Time").as_deref(), Some("a time like 10:00"));
    fill(&mut s, "Count", "3");
    fill(&mut s, "Time", "10:00");
    fill(&mut s, "Until", "2026-12-01");
    run(&mut s, [Action::FormSubmit]);
    assert_eq!(
        form_error(&s, "Until").as_deref(),
        Some("the end date 2026-12-01 is before the first session")
    );
    fill(&mut s, "Until", "");
    fill(&mut s, "Count", "");
    run(&mut s, [Action::FormSubmit]);
    assert_eq!(
        form_error(&s, "Count").as_deref(),
        Some("a series needs a number of sessions (1 to 200) or an end date")
    );
    assert_eq!(s.ws, before, "nothing is planned until the form is right");
    // With an end date the count is not needed; the end date is included.
    fill(&mut s, "Until", "2026-12-31");
    assert_eq!(run(&mut s, [Action::FormSubmit]), vec![Effect::Save]);
    let dates: Vec<NaiveDate> = s.ws.mentees[0]
        .sessions
        .iter()
        .filter(|x| x.series.is_some())
        .map(|x| x.date())
        .collect();
    assert_eq!(
        dates,
        [date(2026, 12, 3), date(2026, 12, 17), date(2026, 12, 31)]
    );
}

#[test]
fn a_mentee_over_capacity_is_added_with_an_error_styled_warning() {
    // The demo mentor has 12 hours a month; the demo's cadences take 7.9.
    let mut s = demo();
    let n = s.ws.mentees.len();
    assert!(!mentor::domain::derived::mentor_load(&s.ws).over_capacity());
    run(&mut s, [Action::Add]);
    fill(&mut s, "Name", "Zoe Weekly");
    fill(&mut s, "Cadence", "1w");
    fill(&mut s, "Session minutes", "120");
    assert_eq!(run(&mut s, [Action::FormSubmit]), vec![Effect::Save]);
    assert!(s.popup.is_none());
    assert_eq!(s.ws.mentees.len(), n + 1, "a warning, not a refusal");
    assert_eq!(view::mentee(&s).unwrap().name, "Zoe Weekly");
    let load = mentor::domain::derived::mentor_load(&s.ws);
    assert!(load.over_capacity());
    let status = s.status.clone().expect("a message");
    assert!(status.error, "{status:?}");
    assert_eq!(
        status.text,
        format!(
            "saved, but the cadences now ask {:.1} hours a month, over your capacity of 12.0",
            load.hours_per_month
        )
    );
    assert!(status.text.contains("16.6 hours"), "{}", status.text);
    // One undo removes the mentee.
    run(&mut s, [Action::Undo]);
    assert_eq!(s.ws.mentees.len(), n);

    // A mentee within capacity: an ordinary message.
    run(&mut s, [Action::Add]);
    fill(&mut s, "Name", "Yann Monthly");
    fill(&mut s, "Cadence", "1m");
    run(&mut s, [Action::FormSubmit]);
    let status = s.status.clone().unwrap();
    assert!(!status.error, "{status:?}");
    assert_eq!(status.text, "add mentee Yann Monthly");

    // Raising a cadence by editing warns the same way.
    run(&mut s, [Action::Edit]);
    fill(&mut s, "Cadence", "2d");
    run(&mut s, [Action::FormSubmit]);
    let status = s.status.clone().unwrap();
    assert!(status.error, "{status:?}");
    assert!(status.text.starts_with("saved, but the cadences now ask"));
    assert_eq!(
        s.ws.mentees
            .last()
            .unwrap()
            .agreement
            .cadence
            .unwrap()
            .to_string(),
        "every 2 days"
    );
}

/// `p` is bound in the sessions list only, but the action itself may come with the mentee list
/// focused: the series is planned for the selected mentee, and the selection should stay on them.
#[test]
fn planning_a_series_from_the_mentee_list_keeps_the_mentee_selected() {
    let mut s = demo();
    assert_eq!(s.focus.0, ListId::Mentees);
    run(&mut s, [Action::PlanSeries]);
    assert_eq!(run(&mut s, [Action::FormSubmit]), vec![Effect::Save]);
    assert_eq!(s.ws.mentees[0].series.len(), 1);
    assert_eq!(view::mentee(&s).unwrap().name, "Alice Moreau");
}

#[test]
fn p_plans_a_series_from_anywhere_on_the_sessions_tab() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use mentor::app::keymap::resolve;
    let p = KeyEvent::new(KeyCode::Char('p'), KeyModifiers::NONE);
    let mut s = demo();
    assert_eq!(
        resolve(&s, p),
        Some(Action::Unbound),
        "not on the goals tab"
    );
    run(&mut s, [Action::ShowTab(Tab::Sessions)]);
    assert_eq!(s.focus.0, ListId::Mentees);
    assert_eq!(
        resolve(&s, p),
        Some(Action::PlanSeries),
        "from the mentee list"
    );
    run(&mut s, [Action::NextPane, Action::NextPane]);
    assert_eq!(s.focus.0, ListId::Actions);
    assert_eq!(
        resolve(&s, p),
        Some(Action::PlanSeries),
        "from the action items"
    );
}

/// An empty workspace shows the welcome text on every tab, the Calendar's too, and its "a adds
/// your first mentee" holds there: the calendar only takes the keys when it is on screen.
#[test]
fn a_adds_the_first_mentee_from_the_calendar_tab_of_an_empty_workspace() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use mentor::app::keymap::resolve;
    let a = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE);
    let mut s = empty();
    run(&mut s, [Action::ShowTab(Tab::Calendar)]);
    assert!(!s.calendar_shown());
    assert!(s.list_focused(ListId::Mentees));
    assert_eq!(resolve(&s, a), Some(Action::Add));
    run(&mut s, [Action::Add]);
    assert!(matches!(s.popup, Some(Popup::Form(_))));
    // With a mentee, the calendar is shown and has the keys: its `a` adds a session that day.
    let mut d = demo();
    run(&mut d, [Action::ShowTab(Tab::Calendar)]);
    assert!(d.calendar_shown());
    assert!(!d.list_focused(ListId::Mentees));
    assert_eq!(resolve(&d, a), Some(Action::Add));
}

/// Every kind of edit on every kind of record (a form, a toggle, a delete) is undone to exactly
/// the workspace before it and redone to exactly the workspace after it.
#[test]
fn undo_and_redo_every_kind_of_edit_on_every_kind_of_record() {
    // Opens the edit form, moves to the text field `skip` fields down, appends to it, submits.
    let edit_form = |skip: usize| {
        let mut actions = vec![Action::Edit];
        actions.extend(std::iter::repeat_n(Action::FormNextField, skip));
        actions.extend(typed(" (edited)"));
        actions.push(Action::FormSubmit);
        actions
    };
    // (where to go, the edit, what it is)
    let cases: Vec<(Vec<Action>, Vec<Action>, &str)> = vec![
        (vec![], edit_form(0), "a mentee, by form"),
        (vec![Action::NextPane], edit_form(0), "a goal, by form"),
        (
            vec![Action::NextPane],
            vec![Action::ToggleDone],
            "a goal, toggled",
        ),
        (
            vec![Action::NextPane],
            vec![Action::Delete, Action::Confirm],
            "a goal, deleted",
        ),
        (
            vec![Action::NextPane, Action::NextPane],
            vec![Action::ToggleDone],
            "a milestone, toggled",
        ),
        (
            vec![Action::NextPane, Action::NextPane],
            edit_form(0),
            "a milestone, by form",
        ),
        (
            vec![Action::ShowTab(Tab::Sessions), Action::NextPane],
            edit_form(4),
            "a session, by form",
        ),
        (
            vec![Action::ShowTab(Tab::Sessions), Action::NextPane],
            vec![Action::Delete, Action::Confirm],
            "a session, deleted",
        ),
        (
            vec![Action::ShowTab(Tab::Feedback), Action::NextPane],
            edit_form(1),
            "a feedback note, by form",
        ),
        (
            vec![Action::ShowTab(Tab::Feedback), Action::NextPane],
            vec![Action::Delete, Action::Confirm],
            "a feedback note, deleted",
        ),
        (
            vec![Action::ShowTab(Tab::Network), Action::NextPane],
            vec![Action::ToggleDone],
            "a connection, toggled",
        ),
        (
            vec![Action::ShowTab(Tab::Network), Action::NextPane],
            edit_form(1),
            "a connection, by form",
        ),
    ];
    for (go, edit, what) in cases {
        let mut s = demo();
        run(&mut s, go);
        let before = s.ws.clone();
        assert_eq!(run(&mut s, edit), vec![Effect::Save], "{what}: saved once");
        assert!(
            s.popup.is_none(),
            "{what}: the edit finished: {:?}",
            s.status
        );
        let after = s.ws.clone();
        assert_ne!(after, before, "{what}: the edit changed something");
        assert_eq!(run(&mut s, [Action::Undo]), vec![Effect::Save], "{what}");
        assert_eq!(s.ws, before, "{what}: undone exactly");
        assert_eq!(run(&mut s, [Action::Redo]), vec![Effect::Save], "{what}");
        assert_eq!(s.ws, after, "{what}: redone exactly");
    }
}

#[test]
fn a_form_refuses_a_date_the_store_could_not_read_back() {
    let mut s = empty();
    run(&mut s, [Action::Add]);
    fill(&mut s, "Name", "Alice");
    fill(&mut s, "Ends on", "+3000000d");
    let before = s.ws.clone();
    let effects = run(&mut s, [Action::FormSubmit]);
    assert!(effects.is_empty());
    let reason = form_error(&s, "Ends on").unwrap_or_default();
    assert!(reason.contains("0000-01-01 to 9999-12-31"), "{reason}");
    assert_eq!(s.ws, before, "nothing is saved");
    // Text that reads only in part is refused with what was understood.
    fill(&mut s, "Ends on", "yesterdayy");
    run(&mut s, [Action::FormSubmit]);
    assert_eq!(
        form_error(&s, "Ends on").as_deref(),
        Some("understood \"yesterday\", then \"y\" is not understood")
    );
    fill(&mut s, "Ends on", "+2w");
    assert_eq!(run(&mut s, [Action::FormSubmit]), vec![Effect::Save]);
    assert_eq!(s.ws.mentees[0].agreement.ends_on, Some(date(2026, 12, 13)));
}

#[test]
fn a_series_that_would_run_past_the_last_storable_day_is_refused() {
    let mut s = demo();
    run(&mut s, [Action::ShowTab(Tab::Sessions), Action::NextPane]);
    let before = s.ws.clone();
    run(&mut s, [Action::PlanSeries]);
    fill(&mut s, "First date", "9999-12-20");
    fill(&mut s, "Every", "1w");
    fill(&mut s, "Count", "5");
    fill(&mut s, "Until", "");
    assert!(run(&mut s, [Action::FormSubmit]).is_empty());
    let reason = form_error(&s, "First date").unwrap_or_default();
    assert!(reason.contains("0000-01-01 to 9999-12-31"), "{reason}");
    assert_eq!(s.ws, before, "nothing is planned");
}

// ---------------------------------------------------------------------------------------------
// The detail overlay (`Open`, scrolling it, closing it)
// ---------------------------------------------------------------------------------------------

fn detail(s: &State) -> &mentor::app::detail::Detail {
    match &s.popup {
        Some(Popup::Detail(d)) => d,
        other => panic!("no detail open: {other:?}"),
    }
}

#[test]
fn open_shows_the_selected_record_of_the_focused_list() {
    let mut s = demo();
    run(&mut s, [Action::Open]);
    assert_eq!(
        Some(detail(&s).record.clone()),
        view::selected_id(&s, ListId::Mentees)
    );
    run(
        &mut s,
        [
            Action::Cancel,
            Action::ShowTab(Tab::Goals),
            Action::NextPane,
        ],
    );
    run(&mut s, [Action::Down, Action::Open]);
    assert_eq!(
        Some(detail(&s).record.clone()),
        view::selected_id(&s, ListId::Goals)
    );
    assert_eq!(detail(&s).scroll, 0);
    // Keys move the overlay, not the list under it.
    run(&mut s, [Action::Down, Action::Down]);
    assert_eq!(s.selected(ListId::Goals), 1);
    assert_eq!(detail(&s).scroll, 2);
    run(&mut s, [Action::Cancel]);
    assert!(s.popup.is_none());
}

#[test]
fn open_is_allowed_read_only_and_refused_on_an_empty_list() {
    let mut s = demo().read_only(Some("locked".into()));
    run(&mut s, [Action::Open]);
    assert!(matches!(s.popup, Some(Popup::Detail(_))));
    let mut e = empty();
    run(&mut e, [Action::Open]);
    assert!(e.popup.is_none());
    assert!(
        e.status.as_ref().is_some_and(|st| st.error),
        "{:?}",
        e.status
    );
}

#[test]
fn the_detail_scrolls_by_line_and_page_and_stops_at_either_end() {
    let mut s = demo();
    run(
        &mut s,
        [
            Action::Resized { w: 80, h: 24 },
            Action::ShowTab(Tab::Goals),
            Action::NextPane,
            Action::Open,
        ],
    );
    let record = detail(&s).record.clone();
    let max = mentor::app::detail::max_scroll(&s, &record);
    assert!(max > 0, "the goal is longer than the overlay");
    run(&mut s, [Action::Up]);
    assert_eq!(detail(&s).scroll, 0, "never above the top");
    run(&mut s, [Action::PageDown]);
    assert_eq!(detail(&s).scroll, mentor::app::detail::page(&s).min(max));
    run(&mut s, [Action::Bottom]);
    assert_eq!(detail(&s).scroll, max);
    run(&mut s, [Action::Down, Action::PageDown]);
    assert_eq!(detail(&s).scroll, max, "never past the last page");
    run(&mut s, [Action::PageUp, Action::Top]);
    assert_eq!(detail(&s).scroll, 0);
    // A taller terminal has room for more: the end comes sooner.
    run(&mut s, [Action::Resized { w: 80, h: 60 }, Action::Bottom]);
    assert!(detail(&s).scroll < max);
}

#[test]
fn scroll_text_moves_the_pane_of_the_tab_within_what_the_screen_had_room_for() {
    let mut s = demo();
    run(&mut s, [Action::ShowTab(Tab::Sessions), Action::NextPane]);
    // Before the screen was drawn there is no room known: nothing moves.
    run(&mut s, [Action::ScrollText(1)]);
    assert_eq!(s.panes.notes.offset, 0);
    crate::common::screen::draw(&s, 80, 24);
    let room = s.panes.notes.room.get();
    run(&mut s, [Action::ScrollText(1)]);
    assert_eq!(s.panes.notes.offset, 1.min(room));
    run(&mut s, [Action::ScrollText(100)]);
    assert_eq!(s.panes.notes.offset, room);
    run(&mut s, [Action::ScrollText(-100)]);
    assert_eq!(s.panes.notes.offset, 0);
    // The offset belongs to the session it was set on.
    let first = s.panes.notes.record.clone();
    assert!(first.is_some());
    run(&mut s, [Action::Down, Action::ScrollText(1)]);
    assert_ne!(s.panes.notes.record, first);
    // On the Overview, the agreement scrolls; elsewhere nothing does.
    run(&mut s, [Action::ShowTab(Tab::Overview)]);
    crate::common::screen::draw(&s, 80, 24);
    run(&mut s, [Action::ScrollText(2)]);
    assert_eq!(
        s.panes.agreement.offset,
        2.min(s.panes.agreement.room.get())
    );
    assert!(
        s.panes.agreement.offset > 0,
        "the agreement is longer than its box"
    );
    let before = (s.panes.notes.offset, s.panes.agreement.offset);
    run(&mut s, [Action::ShowTab(Tab::Goals), Action::ScrollText(1)]);
    assert_eq!((s.panes.notes.offset, s.panes.agreement.offset), before);
}

// ---------------------------------------------------------------------------------------------
// Help: searching and scrolling
// ---------------------------------------------------------------------------------------------

fn help(s: &State) -> &mentor::app::help::Help {
    match &s.popup {
        Some(Popup::Help(h)) => h,
        other => panic!("no help open: {other:?}"),
    }
}

#[test]
fn help_filters_as_you_type_and_esc_clears_then_closes() {
    let mut s = demo();
    run(&mut s, [Action::Resized { w: 80, h: 24 }, Action::ShowHelp]);
    let all = mentor::app::help::rows(&s, "").len();
    run(&mut s, [Action::PageDown]);
    assert!(help(&s).scroll > 0, "help is longer than 80x24 shows");
    run(&mut s, typed_help("calendar"));
    assert_eq!(help(&s).query.value(), "calendar");
    assert_eq!(help(&s).scroll, 0, "a new search starts at the top");
    let found = mentor::app::help::rows(&s, "calendar");
    assert!(found.len() < all && found.len() > 2, "{found:?}");
    // j and q are letters of the search here, not moves or quitting.
    run(&mut s, typed_help("jq"));
    assert!(!s.quit);
    assert_eq!(help(&s).query.value(), "calendarjq");
    assert!(mentor::app::help::rows(&s, "calendarjq").is_empty());
    run(&mut s, [Action::Cancel]);
    assert_eq!(help(&s).query.value(), "", "Esc clears the search first");
    run(&mut s, [Action::Cancel]);
    assert!(s.popup.is_none(), "then closes");
}

#[test]
fn a_paste_goes_into_helps_search() {
    let mut s = demo();
    run(&mut s, [Action::Resized { w: 80, h: 24 }, Action::ShowHelp]);
    run(
        &mut s,
        [Action::PageDown, Action::Paste("calendar\n".into())],
    );
    assert_eq!(help(&s).query.value(), "calendar", "as if typed");
    assert_eq!(help(&s).scroll, 0, "a new search starts at the top");
    // Two lines are not one search: nothing goes in.
    run(&mut s, [Action::Paste(" day\nweek".into())]);
    assert_eq!(help(&s).query.value(), "calendar");
    assert!(s.status.is_some(), "and the app says why");
}

#[test]
fn help_scrolls_within_its_rows() {
    let mut s = demo();
    run(&mut s, [Action::Resized { w: 80, h: 24 }, Action::ShowHelp]);
    let max = mentor::app::help::max_scroll(&s, help(&s));
    assert!(max > 0);
    run(&mut s, [Action::Up]);
    assert_eq!(help(&s).scroll, 0);
    run(&mut s, [Action::Down]);
    assert_eq!(help(&s).scroll, 1);
    run(&mut s, [Action::Bottom, Action::Down, Action::PageDown]);
    assert_eq!(help(&s).scroll, max);
    run(&mut s, [Action::Top]);
    assert_eq!(help(&s).scroll, 0);
}

/// Keys typed into help's search.
fn typed_help(text: &str) -> Vec<Action> {
    text.chars()
        .map(|c| Action::HelpEdit(TextEdit::Insert(c)))
        .collect()
}

#[test]
fn in_help_letters_search_and_arrows_scroll() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut s = demo();
    run(&mut s, [Action::ShowHelp]);
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    let resolve = |s: &State, code| mentor::app::keymap::resolve(s, key(code));
    assert_eq!(
        resolve(&s, KeyCode::Char('j')),
        Some(Action::HelpEdit(TextEdit::Insert('j')))
    );
    assert_eq!(
        resolve(&s, KeyCode::Char('q')),
        Some(Action::HelpEdit(TextEdit::Insert('q')))
    );
    assert_eq!(resolve(&s, KeyCode::Down), Some(Action::Down));
    assert_eq!(resolve(&s, KeyCode::PageDown), Some(Action::PageDown));
    assert_eq!(resolve(&s, KeyCode::Esc), Some(Action::Cancel));
}
