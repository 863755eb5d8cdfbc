//! Issue 14 in the app: a session's mood and energy in its form and detail.

use crate::common::keys::typed;
use crate::fixtures::{demo, run};
use mentor::app::action::{BriefAction, TextEdit};

fn report_edit(e: TextEdit) -> Action {
    Action::Brief(BriefAction::ReportEdit(e))
}
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

// ---------------------------------------------------------------------------------------------
// The brief (`b`)
// ---------------------------------------------------------------------------------------------

fn brief_open(s: &State) -> &mentor::app::brief::Open {
    match &s.popup {
        Some(Popup::Brief(open)) => open,
        other => panic!("no brief open: {other:?} {:?}", s.status),
    }
}

#[test]
fn b_opens_the_brief_of_the_selected_mentee_and_esc_closes_it() {
    let mut s = demo();
    run(&mut s, [Action::Down, Action::Brief(BriefAction::Open)]);
    assert_eq!(brief_open(&s).mentee, s.ws.mentees[1].id);
    assert_eq!(brief_open(&s).scroll, 0);
    run(&mut s, [Action::Cancel]);
    assert!(s.popup.is_none());
    // From the Sessions tab, on a planned session: its mentee's brief.
    let mut s = demo();
    run(&mut s, [Action::ShowTab(Tab::Sessions), Action::NextPane]);
    run(&mut s, [Action::Brief(BriefAction::Open)]);
    assert_eq!(brief_open(&s).mentee, s.ws.mentees[0].id);
    // On the Agenda: the selected item's mentee (here the first check-in's).
    let mut s = demo();
    run(&mut s, [Action::ShowTab(Tab::Agenda), Action::Down]);
    let item = {
        let a = s.memo.agenda(&s.ws, s.today, mentor::app::everyone::DAYS);
        mentor::app::everyone::agenda_item(&a, s.agenda_row).unwrap()
    };
    run(&mut s, [Action::Brief(BriefAction::Open)]);
    assert_eq!(brief_open(&s).mentee, s.ws.mentees[item.mentee()].id);
    // An empty workspace has nobody to brief on.
    let mut s = crate::fixtures::empty();
    run(&mut s, [Action::Brief(BriefAction::Open)]);
    assert!(s.popup.is_none());
    assert!(s.status.unwrap().error);
}

#[test]
fn the_brief_scrolls_within_its_lines() {
    let mut s = demo();
    run(
        &mut s,
        [
            Action::Resized { w: 80, h: 24 },
            Action::Brief(BriefAction::Open),
        ],
    );
    let max = mentor::app::brief::max_scroll(&s, brief_open(&s));
    assert!(max > 0, "the demo's brief is longer than a screen");
    run(&mut s, [Action::Down, Action::Down]);
    assert_eq!(brief_open(&s).scroll, 2);
    run(&mut s, [Action::Up]);
    assert_eq!(brief_open(&s).scroll, 1);
    run(&mut s, [Action::Bottom, Action::Down, Action::PageDown]);
    assert_eq!(brief_open(&s).scroll, max);
    run(&mut s, [Action::Top, Action::Up]);
    assert_eq!(brief_open(&s).scroll, 0);
    run(&mut s, [Action::PageDown]);
    assert_eq!(
        brief_open(&s).scroll,
        mentor::app::detail::page(&s).min(max)
    );
}

#[test]
fn tab_marks_the_next_suggestion_and_a_adds_it_to_the_next_sessions_agenda() {
    // Alice's last held session at mood 2: one suggestion more (asking how she is doing).
    let mut s = demo();
    let alice = s.ws.mentee_mut(0);
    let last = alice
        .sessions
        .iter_mut()
        .filter(|x| x.status == mentor::domain::SessionStatus::Held)
        .max_by_key(|x| x.at)
        .unwrap();
    last.mood = Some(2);
    run(&mut s, [Action::Brief(BriefAction::Open)]);
    let b = mentor::app::brief::of(&s, brief_open(&s)).unwrap();
    assert!(b.suggestions.len() >= 2, "{:?}", b.suggestions);
    let next = b.next_session.clone().unwrap();
    run(&mut s, [Action::Brief(BriefAction::Pick(1))]);
    assert_eq!(brief_open(&s).pick, 1);
    run(
        &mut s,
        [
            Action::Brief(BriefAction::Pick(-1)),
            Action::Brief(BriefAction::Pick(-1)),
        ],
    );
    assert_eq!(brief_open(&s).pick, b.suggestions.len() - 1);
    let picked = b.suggestions[b.suggestions.len() - 1].text.clone();
    let effects = run(&mut s, [Action::Brief(BriefAction::AddSuggestion)]);
    assert_eq!(effects, [Effect::Save]);
    let (m, k) = s.ws.find_session(&next.id).unwrap();
    let agenda = s.ws.mentees[m].sessions[k].agenda.clone();
    assert!(agenda.starts_with(next.agenda.trim_end()), "{agenda}");
    assert!(agenda.ends_with(&format!("\n{picked}")), "{agenda}");
    // The brief stays open; a second `a` adds nothing twice; `u` takes it back.
    assert!(matches!(s.popup, Some(Popup::Brief(_))));
    assert!(run(&mut s, [Action::Brief(BriefAction::AddSuggestion)]).is_empty());
    assert_eq!(s.ws.mentees[m].sessions[k].agenda, agenda);
    run(&mut s, [Action::Cancel, Action::Undo]);
    assert_eq!(s.ws.mentees[m].sessions[k].agenda, next.agenda);
}

#[test]
fn with_no_session_planned_a_opens_a_new_session_with_the_suggestion() {
    use mentor::domain::SessionStatus;
    let mut s = demo();
    let m = s.ws.mentee_mut(0);
    m.sessions.retain(|x| x.status != SessionStatus::Planned);
    run(&mut s, [Action::Brief(BriefAction::Open)]);
    let b = mentor::app::brief::of(&s, brief_open(&s)).unwrap();
    assert!(b.next_session.is_none());
    let first = b.suggestions[0].text.clone();
    assert!(run(&mut s, [Action::Brief(BriefAction::AddSuggestion)]).is_empty());
    let Some(Popup::Form(f)) = &s.popup else {
        panic!("no form: {:?}", s.popup)
    };
    assert_eq!(f.field("Agenda").unwrap().value(), first);
    assert_eq!(f.field("Status").unwrap().value(), "planned");
}

#[test]
fn the_brief_is_the_mentors_and_adding_from_it_is_refused_read_only() {
    let mut s = demo().read_only(Some("another editor holds it".into()));
    run(&mut s, [Action::Brief(BriefAction::Open)]);
    let before = s.ws.clone();
    run(&mut s, [Action::Brief(BriefAction::AddSuggestion)]);
    assert_eq!(s.ws, before);
    assert!(s.status.as_ref().unwrap().error);
    let mut s = demo().viewing(mentor::app::ViewInfo {
        mentee_only: true,
        ..Default::default()
    });
    run(&mut s, [Action::Brief(BriefAction::Open)]);
    assert!(s.popup.is_none());
}

// ---------------------------------------------------------------------------------------------
// The progress report (`r`)
// ---------------------------------------------------------------------------------------------

fn prompt(s: &State) -> &mentor::app::report::Prompt {
    match &s.popup {
        Some(Popup::Report(p)) => p,
        other => panic!("no report prompt: {other:?} {:?}", s.status),
    }
}

#[test]
fn r_asks_where_and_enter_asks_the_shell_to_write_the_report() {
    use mentor::app::report::Format;
    let mut s = demo();
    run(&mut s, [Action::Brief(BriefAction::Report)]);
    assert_eq!(prompt(&s).path.value(), "alice-moreau-report.html");
    assert_eq!(prompt(&s).format, Format::Html);
    run(&mut s, [Action::Brief(BriefAction::ReportFormat)]);
    assert_eq!(prompt(&s).path.value(), "alice-moreau-report.md");
    run(&mut s, [Action::Brief(BriefAction::ReportFormat)]);
    run(&mut s, [report_edit(TextEdit::Home)]);
    run(
        &mut s,
        typed("out/").into_iter().map(|a| match a {
            Action::FormEdit(e) => report_edit(e),
            other => other,
        }),
    );
    assert_eq!(prompt(&s).path.value(), "out/alice-moreau-report.html");
    let effects = run(&mut s, [Action::Brief(BriefAction::ReportSubmit)]);
    let [Effect::WriteReport { path, text }] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(path, "out/alice-moreau-report.html");
    assert!(text.contains("Alice Moreau"), "{text}");
    // The prompt waits for the answer; a refusal stays in it, to change the path.
    let why = "out/alice-moreau-report.html exists already: give another name".to_string();
    run(
        &mut s,
        [Action::Brief(BriefAction::ReportWritten(Err(why.clone())))],
    );
    assert_eq!(prompt(&s).error.as_deref(), Some(why.as_str()));
    run(
        &mut s,
        [Action::Brief(BriefAction::ReportWritten(Ok(
            "/tmp/x/alice.html".into(),
        )))],
    );
    assert!(s.popup.is_none());
    let status = s.status.clone().unwrap();
    assert!(!status.error);
    assert!(status.text.contains("/tmp/x/alice.html"), "{}", status.text);
}

#[test]
fn the_report_needs_a_path_and_is_not_written_from_a_view() {
    let mut s = demo();
    run(
        &mut s,
        [
            Action::Brief(BriefAction::Report),
            report_edit(TextEdit::DeleteLine),
        ],
    );
    assert!(run(&mut s, [Action::Brief(BriefAction::ReportSubmit)]).is_empty());
    assert!(prompt(&s).error.is_some());
    run(&mut s, [Action::Cancel]);
    assert!(s.popup.is_none());
    let mut s = demo().viewing(mentor::app::ViewInfo::default());
    assert!(run(&mut s, [Action::Brief(BriefAction::Report)]).is_empty());
    assert!(s.popup.is_none());
    assert!(s.status.unwrap().error);
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
