//! Issue 14 in the app: the brief overlay (`b`) and writing a progress report (`r`).

use crate::common::keys::typed;
use crate::fixtures::{demo, run};
use mentor::app::action::{BriefAction, TextEdit};
use mentor::app::{Action, Effect, Popup, State, Tab};

fn report_edit(e: TextEdit) -> Action {
    Action::Brief(BriefAction::ReportEdit(e))
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
    // The mark wraps to the last question to ask (after the suggestions), then back.
    let last = mentor::app::brief::markable(&b) - 1;
    assert_eq!(brief_open(&s).pick, last);
    let back = -(b.questions.len() as isize);
    run(&mut s, [Action::Brief(BriefAction::Pick(back))]);
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
