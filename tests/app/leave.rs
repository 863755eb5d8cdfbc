//! Pure update tests for leaving and for text that arrives whole: quitting with unsaved edits
//! (the popup and each of its choices), the terminal size as state (keys wait while it is too
//! small), Ctrl-c in a form with typed text, pastes and editor text in one- and multi-line
//! fields.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common::keys::{ctrl_press, press, typed};
use crate::fixtures::{demo, empty, run};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use mentor::app::action::{EditorTarget, TextEdit};
use mentor::app::keymap;
use mentor::app::{Action, Effect, Popup, SaveStatus, State, UnsavedStep};

fn prompt(text: &str) -> Vec<Action> {
    text.chars()
        .map(|c| Action::PromptEdit(TextEdit::Insert(c)))
        .collect()
}

/// A state whose last save failed.
fn not_saved() -> State {
    let mut s = demo();
    run(
        &mut s,
        [Action::SaveFailed("No space left on device".into())],
    );
    s
}

fn unsaved_step(state: &State) -> &UnsavedStep {
    match &state.popup {
        Some(Popup::Unsaved(u)) => &u.step,
        other => panic!("no unsaved-edits popup: {other:?}"),
    }
}

fn unsaved_error(state: &State) -> Option<String> {
    match &state.popup {
        Some(Popup::Unsaved(u)) => u.error.clone(),
        other => panic!("no unsaved-edits popup: {other:?}"),
    }
}

fn field_value(state: &State, label: &str) -> String {
    match &state.popup {
        Some(Popup::Form(f)) => f.field(label).unwrap().value().to_string(),
        _ => panic!("no form open"),
    }
}

fn field_error(state: &State, label: &str) -> Option<String> {
    match &state.popup {
        Some(Popup::Form(f)) => f.field(label).unwrap().error.clone(),
        _ => panic!("no form open"),
    }
}

/// Moves the focus of the open form to the field `label`.
fn focus_field(state: &mut State, label: &str) {
    for _ in 0..40 {
        if let Some(Popup::Form(f)) = &state.popup
            && f.fields[f.focus].label == label
        {
            return;
        }
        run(state, [Action::FormNextField]);
    }
    panic!("no field {label}");
}

#[test]
fn quitting_with_everything_saved_quits_at_once() {
    let mut s = demo();
    assert!(run(&mut s, [Action::Quit]).is_empty());
    assert!(s.quit);
}

#[test]
fn quitting_while_a_save_is_under_way_waits_for_it_first() {
    let mut s = demo();
    s.save = SaveStatus::Saving;
    assert_eq!(run(&mut s, [Action::Quit]), vec![Effect::Flush]);
    assert!(!s.quit, "not before the save has finished");
    run(&mut s, [Action::Flushed(Some(Ok("10:42".into())))]);
    assert!(s.quit);
    assert_eq!(s.save, SaveStatus::Saved(Some("10:42".into())));
}

#[test]
fn a_save_that_fails_while_quitting_opens_the_choice() {
    let mut s = demo();
    s.save = SaveStatus::Saving;
    run(&mut s, [Action::Quit]);
    run(&mut s, [Action::Flushed(Some(Err("disk full".into())))]);
    assert!(!s.quit);
    assert!(matches!(unsaved_step(&s), UnsavedStep::Choose));
}

#[test]
fn quitting_with_unsaved_edits_never_quits_silently() {
    for quit in [Action::Quit, Action::ForceQuit] {
        let mut s = not_saved();
        assert!(run(&mut s, [quit.clone()]).is_empty());
        assert!(!s.quit, "{quit:?} with unsaved edits asks first");
        assert!(matches!(unsaved_step(&s), UnsavedStep::Choose));
        // Asking again changes nothing; Esc goes back to the app with the edits in memory.
        run(&mut s, [quit]);
        assert!(matches!(unsaved_step(&s), UnsavedStep::Choose));
        run(&mut s, [Action::Cancel]);
        assert!(s.popup.is_none() && !s.quit);
        assert!(matches!(s.save, SaveStatus::NotSaved(_)));
    }
}

#[test]
fn retry_saves_again_and_quits_once_it_worked() {
    let mut s = not_saved();
    run(&mut s, [Action::Quit]);
    let effects = run(&mut s, [Action::QuitRetry]);
    assert_eq!(
        effects,
        vec![Effect::Save, Effect::Flush],
        "the store itself"
    );
    assert!(!s.quit);
    // Still failing: the choice comes back, saying so.
    run(
        &mut s,
        [
            Action::SaveFailed("No space left on device".into()),
            Action::Flushed(None),
        ],
    );
    assert!(!s.quit);
    assert!(matches!(unsaved_step(&s), UnsavedStep::Choose));
    assert!(unsaved_error(&s).unwrap().contains("still not saved"));
    // Space was freed: the retry saves and the app quits with everything on disk.
    run(&mut s, [Action::QuitRetry]);
    run(
        &mut s,
        [Action::Saved { at: "10:43".into() }, Action::Flushed(None)],
    );
    assert!(s.quit);
    assert_eq!(s.save, SaveStatus::Saved(Some("10:43".into())));
}

#[test]
fn a_copy_elsewhere_asks_for_a_path_and_quits_once_written() {
    let mut s = not_saved();
    run(&mut s, [Action::Quit, Action::QuitCopyElsewhere]);
    assert!(matches!(unsaved_step(&s), UnsavedStep::CopyTo(_)));
    // Nothing typed: refused, with the reason.
    assert!(run(&mut s, [Action::PromptSubmit]).is_empty());
    assert!(unsaved_error(&s).is_some());
    run(&mut s, prompt("/mnt/usb/mentor-copy.jsx"));
    run(&mut s, [Action::PromptEdit(TextEdit::Backspace)]);
    run(&mut s, prompt("on"));
    let effects = run(&mut s, [Action::PromptSubmit]);
    assert_eq!(
        effects,
        vec![Effect::WriteCopy {
            path: "/mnt/usb/mentor-copy.json".into()
        }]
    );
    // The copy failed: say why, stay.
    run(
        &mut s,
        [Action::CopyWritten(Err(
            "/mnt/usb/mentor-copy.json: File exists".into(),
        ))],
    );
    assert!(!s.quit);
    assert!(unsaved_error(&s).unwrap().contains("File exists"));
    // Esc goes back to the choice, not out of it.
    run(&mut s, [Action::Cancel]);
    assert!(matches!(unsaved_step(&s), UnsavedStep::Choose));
    run(&mut s, [Action::QuitCopyElsewhere]);
    run(&mut s, prompt("/tmp/copy.json"));
    run(&mut s, [Action::PromptSubmit]);
    run(&mut s, [Action::CopyWritten(Ok("/tmp/copy.json".into()))]);
    assert!(s.quit);
    let SaveStatus::NotSaved(why) = &s.save else {
        panic!("the store does not hold the edits: {:?}", s.save)
    };
    assert!(why.contains("/tmp/copy.json"), "{why}");
}

#[test]
fn quitting_anyway_needs_the_typed_word() {
    let mut s = not_saved();
    run(&mut s, [Action::Quit, Action::QuitDiscard]);
    assert!(matches!(unsaved_step(&s), UnsavedStep::Discard(_)));
    run(&mut s, prompt("y"));
    run(&mut s, [Action::PromptSubmit]);
    assert!(!s.quit, "a y is not enough");
    assert!(unsaved_error(&s).unwrap().contains("discard"));
    run(&mut s, [Action::PromptEdit(TextEdit::DeleteLine)]);
    run(&mut s, prompt("discard"));
    assert!(run(&mut s, [Action::PromptSubmit]).is_empty());
    assert!(s.quit);
    assert!(
        matches!(&s.save, SaveStatus::NotSaved(why) if why.contains("without saving")),
        "{:?}",
        s.save
    );
}

#[test]
fn the_popup_keys_resolve_to_its_choices() {
    let mut s = not_saved();
    run(&mut s, [Action::Quit]);
    assert_eq!(
        keymap::resolve(&s, press(KeyCode::Char('r'))),
        Some(Action::QuitRetry)
    );
    assert_eq!(
        keymap::resolve(&s, press(KeyCode::Char('c'))),
        Some(Action::QuitCopyElsewhere)
    );
    assert_eq!(
        keymap::resolve(&s, press(KeyCode::Char('d'))),
        Some(Action::QuitDiscard)
    );
    run(&mut s, [Action::QuitDiscard]);
    assert_eq!(
        keymap::resolve(&s, press(KeyCode::Char('d'))),
        Some(Action::PromptEdit(TextEdit::Insert('d'))),
        "typing, not choosing"
    );
    assert_eq!(
        keymap::resolve(&s, KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)),
        Some(Action::PromptSubmit)
    );
}

#[test]
fn resizing_sets_the_size_and_the_page() {
    let mut s = demo();
    run(&mut s, [Action::Resized { w: 120, h: 40 }]);
    assert_eq!(s.size, Some((120, 40)));
    assert_eq!(s.page, 28);
    assert!(!s.too_small());
    run(&mut s, [Action::Resized { w: 50, h: 12 }]);
    assert!(s.too_small());
    assert_eq!(s.page, 1);
}

#[test]
fn keys_wait_while_the_terminal_is_too_small() {
    let mut s = demo();
    let before = s.ws.mentees.len();
    run(&mut s, [Action::Resized { w: 50, h: 12 }]);
    for c in ['d', 'y', 'a', 'x', 'u', 'j', 'e', '/', '?', 'R'] {
        assert_eq!(
            keymap::resolve(&s, press(KeyCode::Char(c))),
            None,
            "{c} acts while hidden"
        );
    }
    for code in [KeyCode::Enter, KeyCode::Delete, KeyCode::Tab, KeyCode::Esc] {
        assert_eq!(
            keymap::resolve(&s, KeyEvent::new(code, KeyModifiers::NONE)),
            None
        );
    }
    assert_eq!(keymap::resolve_paste(&s, "text".into()), None);
    assert_eq!(
        keymap::resolve(&s, press(KeyCode::Char('q'))),
        Some(Action::Quit)
    );
    assert_eq!(
        keymap::resolve(&s, ctrl_press('c')),
        Some(Action::ForceQuit)
    );
    // Back to a usable size: the keys act again, and nothing happened meanwhile.
    run(&mut s, [Action::Resized { w: 100, h: 30 }]);
    assert_eq!(
        keymap::resolve(&s, press(KeyCode::Char('d'))),
        Some(Action::Delete)
    );
    assert_eq!(s.ws.mentees.len(), before);
    assert!(s.popup.is_none());
}

#[test]
fn ctrl_c_in_a_form_with_typed_text_asks_as_esc_does() {
    let mut s = empty();
    run(&mut s, [Action::Add]);
    run(&mut s, typed("Half a name"));
    assert_eq!(
        keymap::resolve(&s, ctrl_press('c')),
        Some(Action::ForceQuit)
    );
    run(&mut s, [Action::ForceQuit]);
    assert!(!s.quit, "typed text is not thrown away without asking");
    assert!(matches!(s.popup, Some(Popup::DiscardForm(_))));
    // No: back to the form, the text still there; a later yes to Esc does not quit.
    run(&mut s, [Action::Cancel]);
    assert_eq!(field_value(&s, "Name"), "Half a name");
    run(&mut s, [Action::Cancel, Action::Confirm]);
    assert!(s.popup.is_none() && !s.quit);
    // Yes after Ctrl-c: the form goes and the app quits.
    run(&mut s, [Action::Add]);
    run(&mut s, typed("Again"));
    run(&mut s, [Action::ForceQuit, Action::Confirm]);
    assert!(s.quit);
    assert!(s.ws.mentees.is_empty());
}

#[test]
fn ctrl_c_in_an_untouched_form_quits() {
    let mut s = empty();
    run(&mut s, [Action::Add, Action::ForceQuit]);
    assert!(s.quit);
}

#[test]
fn a_paste_into_a_one_line_field_refuses_newlines() {
    let mut s = empty();
    run(&mut s, [Action::Add]);
    run(&mut s, typed("Al"));
    run(&mut s, [Action::Paste("ice\r\nBob".into())]);
    assert_eq!(field_value(&s, "Name"), "Al", "nothing of it goes in");
    assert!(field_error(&s, "Name").unwrap().contains("one line"));
    // A copied line's own end is not a second line.
    run(&mut s, [Action::Paste("ice Moreau\r".into())]);
    assert_eq!(field_value(&s, "Name"), "Alice Moreau");
    assert_eq!(field_error(&s, "Name"), None);
}

#[test]
fn a_paste_into_a_notes_field_keeps_its_lines() {
    let mut s = empty();
    run(&mut s, [Action::Add]);
    focus_field(&mut s, "Aspirations");
    run(
        &mut s,
        [Action::Paste("Lead reviews\rSpeak at a meetup\r".into())],
    );
    assert_eq!(
        field_value(&s, "Aspirations"),
        "Lead reviews\nSpeak at a meetup\n"
    );
    run(&mut s, [Action::Paste("\x1b[31mno escapes".into())]);
    assert!(field_value(&s, "Aspirations").ends_with("[31mno escapes"));
    focus_field(&mut s, "Name");
    run(&mut s, typed("Alice"));
    run(&mut s, [Action::FormSubmit]);
    assert_eq!(
        s.ws.mentees[0].aspirations,
        "Lead reviews\nSpeak at a meetup\n[31mno escapes"
    );
}

#[test]
fn a_paste_goes_into_the_filter_and_the_popup_line() {
    let mut s = demo();
    run(&mut s, [Action::StartFilter, Action::Paste("Ali\n".into())]);
    assert_eq!(
        s.filter(mentor::app::ListId::Mentees)
            .unwrap()
            .input
            .value(),
        "Ali"
    );
    run(&mut s, [Action::Paste("x\ny".into())]);
    assert_eq!(
        s.filter(mentor::app::ListId::Mentees)
            .unwrap()
            .input
            .value(),
        "Ali"
    );
    assert!(s.status.as_ref().unwrap().error);
    let mut s = not_saved();
    run(&mut s, [Action::Quit, Action::QuitCopyElsewhere]);
    run(&mut s, [Action::Paste("/tmp/copy.json\n".into())]);
    assert_eq!(
        run(&mut s, [Action::PromptSubmit]),
        vec![Effect::WriteCopy {
            path: "/tmp/copy.json".into()
        }]
    );
}

#[test]
fn editor_text_for_a_one_line_field_must_be_one_line() {
    let mut s = empty();
    run(&mut s, [Action::Add]);
    run(&mut s, typed("Alice"));
    let done = |text: &str| Action::EditorDone {
        target: EditorTarget::FormField(0),
        result: Ok(text.into()),
    };
    run(&mut s, [done("Alice\nMoreau\n")]);
    assert_eq!(field_value(&s, "Name"), "Alice", "unchanged");
    assert!(field_error(&s, "Name").unwrap().contains("one line"));
    // The newline the editor adds at the end is not a second line.
    run(&mut s, [done("Alice Moreau\n")]);
    assert_eq!(field_value(&s, "Name"), "Alice Moreau");
    assert_eq!(field_error(&s, "Name"), None);
}

#[test]
fn editor_text_for_a_notes_field_keeps_its_lines() {
    let mut s = empty();
    run(&mut s, [Action::Add]);
    focus_field(&mut s, "Aspirations");
    let index = match &s.popup {
        Some(Popup::Form(f)) => f.focus,
        _ => unreachable!(),
    };
    run(
        &mut s,
        [Action::EditorDone {
            target: EditorTarget::FormField(index),
            result: Ok("first\nsecond\n".into()),
        }],
    );
    assert_eq!(field_value(&s, "Aspirations"), "first\nsecond");
}
