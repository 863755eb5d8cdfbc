//! Issue 14 in the app: a session's mood and energy in its form and detail.

use crate::common::keys::typed;
use crate::fixtures::{demo, run};
use mentor::app::action::TextEdit;
use mentor::app::{Action, Effect, Popup, State, Tab, view};

/// Moves the open form's focus to the field labelled `label` and empties it.
fn clear_field(s: &mut State, label: &str) {
    for _ in 0..20 {
        let Some(Popup::Form(f)) = &s.popup else {
            panic!("no form open")
        };
        if f.fields[f.focus].label == label {
            run(s, [Action::FormEdit(TextEdit::DeleteLine)]);
            return;
        }
        run(s, [Action::FormNextField]);
    }
    panic!("no field {label}");
}

fn form_error(s: &State, label: &str) -> Option<String> {
    match &s.popup {
        Some(Popup::Form(f)) => f.field(label).and_then(|f| f.error.clone()),
        _ => panic!("no form open"),
    }
}

/// The demo with Alice's last held session (the second on her Sessions tab) being edited.
fn editing_held_session() -> State {
    let mut s = demo();
    run(
        &mut s,
        [
            Action::ShowTab(Tab::Sessions),
            Action::NextPane,
            Action::Down,
        ],
    );
    run(&mut s, [Action::Edit]);
    assert!(matches!(s.popup, Some(Popup::Form(_))), "{:?}", s.status);
    s
}

#[test]
fn the_session_form_records_mood_and_energies_on_the_1_to_5_scale() {
    let mut s = editing_held_session();
    let id = view::session(&s).unwrap().id.clone();
    for (label, value) in [("Mood", "4"), ("Energy", "2"), ("Your energy", "5")] {
        clear_field(&mut s, label);
        run(&mut s, typed(value));
    }
    let effects = run(&mut s, [Action::FormSubmit]);
    assert!(s.popup.is_none(), "{:?}", s.popup);
    assert_eq!(effects, [Effect::Save]);
    let (m, k) = s.ws.find_session(id.as_str()).unwrap();
    let session = &s.ws.mentees[m].sessions[k];
    assert_eq!(
        (session.mood, session.energy, session.mentor_energy),
        (Some(4), Some(2), Some(5))
    );
    // Opened again, the form shows them; emptied, they are gone again.
    run(&mut s, [Action::Edit]);
    for label in ["Mood", "Energy", "Your energy"] {
        clear_field(&mut s, label);
    }
    run(&mut s, [Action::FormSubmit]);
    let session = &s.ws.mentees[m].sessions[k];
    assert_eq!(
        (session.mood, session.energy, session.mentor_energy),
        (None, None, None)
    );
}

#[test]
fn a_level_outside_1_to_5_is_refused_under_its_field() {
    for bad in ["0", "6", "3.5", "high", "-1", "300"] {
        let mut s = editing_held_session();
        let before = s.ws.clone();
        clear_field(&mut s, "Mood");
        run(&mut s, typed(bad));
        assert!(run(&mut s, [Action::FormSubmit]).is_empty(), "{bad}");
        assert!(matches!(s.popup, Some(Popup::Form(_))), "{bad}");
        assert_eq!(
            form_error(&s, "Mood").as_deref(),
            Some("1 to 5, or empty for none"),
            "{bad}"
        );
        assert_eq!(s.ws, before, "{bad}");
    }
    for good in ["1", "5", " 3 "] {
        let mut s = editing_held_session();
        clear_field(&mut s, "Energy");
        run(&mut s, typed(good));
        run(&mut s, [Action::FormSubmit]);
        assert!(s.popup.is_none(), "{good}: {:?}", s.popup);
    }
}

#[test]
fn the_session_detail_shows_the_levels_and_keeps_the_mentors_energy_private() {
    use mentor::app::detail::{Tone, rows};
    use mentor::domain::RecordRef;
    let mut s = editing_held_session();
    for (label, value) in [("Mood", "4"), ("Energy", "2"), ("Your energy", "5")] {
        clear_field(&mut s, label);
        run(&mut s, typed(value));
    }
    run(&mut s, [Action::FormSubmit]);
    let record = RecordRef::Session(view::session(&s).unwrap().id.clone());
    let shown: Vec<(&str, String, Tone)> = rows(&s, &record)
        .into_iter()
        .map(|r| (r.label, r.text, r.tone))
        .collect();
    let find = |label: &str| shown.iter().find(|r| r.0 == label).cloned();
    assert_eq!(find("mood"), Some(("mood", "4 of 5".into(), Tone::Plain)));
    assert_eq!(
        find("energy"),
        Some(("energy", "2 of 5".into(), Tone::Plain))
    );
    assert_eq!(
        find("your energy"),
        Some(("your energy", "5 of 5".into(), Tone::Private))
    );
    // The mentee looking: the mentor's energy is not there.
    let mut view = s.clone().viewing(mentor::app::ViewInfo {
        mentee_only: true,
        ..Default::default()
    });
    view.popup = None;
    assert!(
        rows(&view, &record)
            .iter()
            .all(|r| r.label != "your energy"),
        "{:?}",
        rows(&view, &record)
    );
}
