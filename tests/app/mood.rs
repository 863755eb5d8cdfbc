//! Issue 14 in the app: a session's mood and energy in its form and detail; the Agenda's warning
//! of a falling mood.

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

/// The demo with one more held session for Bilal and the moods of his held sessions falling
/// 5, 4, 3, 2.
fn bilal_falling() -> State {
    use mentor::domain::{Session, SessionId, SessionStatus};
    let mut s = demo();
    let bilal =
        s.ws.mentees
            .iter()
            .position(|m| m.name.starts_with("Bilal"))
            .unwrap();
    let id = SessionId::from_number(s.ws.alloc_fresh());
    let m = s.ws.mentee_mut(bilal);
    let first = m.sessions.iter().map(|x| x.at).min().unwrap();
    m.sessions.push(Session::new(
        id,
        first - chrono::Duration::days(7),
        SessionStatus::Held,
    ));
    let mut held: Vec<&mut Session> = m
        .sessions
        .iter_mut()
        .filter(|x| x.status == SessionStatus::Held)
        .collect();
    held.sort_by_key(|x| x.at);
    for (x, mood) in held.into_iter().zip([5, 4, 3, 2]) {
        x.mood = Some(mood);
    }
    s
}

#[test]
fn enter_on_the_agendas_mood_warning_shows_the_mentees_overview() {
    let mut s = bilal_falling();
    run(&mut s, [Action::ShowTab(Tab::Agenda)]);
    assert_eq!(s.agenda_row, 0);
    // `o` opens the mentee it names.
    run(&mut s, [Action::Open]);
    let Some(Popup::Detail(d)) = &s.popup else {
        panic!("no detail: {:?}", s.status)
    };
    assert_eq!(
        d.record,
        mentor::domain::RecordRef::Mentee(s.ws.mentees[1].id.clone())
    );
    run(&mut s, [Action::Cancel, Action::Jump]);
    assert_eq!(s.tab, Tab::Overview);
    assert_eq!(view::mentee(&s).unwrap().name, "Bilal Haddad");
}

#[test]
fn the_mood_warning_is_the_mentors_and_left_out_of_the_mentees_view() {
    use mentor::app::everyone::{self, DAYS};
    let s = bilal_falling();
    assert_eq!(everyone::agenda(&s).mood_falls, [1]);
    let view = s.clone().viewing(mentor::app::ViewInfo {
        mentee_only: true,
        ..Default::default()
    });
    assert_eq!(view.memo.agenda(&view.ws, view.today, DAYS).mood_falls, [1]);
    assert!(everyone::agenda(&view).mood_falls.is_empty());
}
