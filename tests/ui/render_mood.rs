//! Render snapshots of issue 14 in the app: the Overview's mood and energy sparklines, the brief
//! overlay, the Agenda's warning of a falling mood, at 80x24.

use crate::common::screen::screen_text;
use crate::common::today;
use mentor::app::action::BriefAction;
use mentor::app::{Action, State, Tab, update};
use mentor::demo::demo_workspace;
use mentor::domain::SessionStatus;

const STORE: &str = "/home/sam/.local/share/mentor/mentor.json";

fn act(state: &mut State, actions: impl IntoIterator<Item = Action>) {
    for action in actions {
        update(state, action);
    }
}

/// The demo with the moods and energies of mentee `i`'s held sessions, oldest first, set to
/// `levels` (a session past the end keeps none).
fn with_levels(mut state: State, i: usize, levels: &[(Option<u8>, Option<u8>)]) -> State {
    let m = state.ws.mentee_mut(i);
    let mut held: Vec<&mut mentor::domain::Session> = m
        .sessions
        .iter_mut()
        .filter(|s| s.status == SessionStatus::Held)
        .collect();
    held.sort_by_key(|s| s.at);
    for (s, (mood, energy)) in held.into_iter().zip(levels) {
        s.mood = *mood;
        s.energy = *energy;
        s.mentor_energy = Some(2);
    }
    state
}

fn demo() -> State {
    State::new(demo_workspace(today()), today(), STORE)
}

/// Alice's three held sessions: mood 4, then none, then 2; energy 3, 3, 4.
fn alice_levels() -> State {
    with_levels(
        demo(),
        0,
        &[(Some(4), Some(3)), (None, Some(3)), (Some(2), Some(4))],
    )
}

#[test]
fn the_overview_shows_mood_and_energy_as_sparklines_with_gaps() {
    let mut state = alice_levels();
    act(&mut state, [Action::ShowTab(Tab::Overview)]);
    let shown = screen_text(&state, 80, 24);
    assert!(shown.contains("Mood & energy"), "{shown}");
    assert!(shown.contains("mood   ▆·▃ 2/5 falling"), "{shown}");
    assert!(shown.contains("energy ▄▄▆ 4/5"), "{shown}");
    insta::assert_snapshot!("overview_mood_sparkline", shown);
    // A mentee with nothing recorded says so.
    let mut state = with_levels(demo(), 0, &[(None, None); 3]);
    act(&mut state, [Action::ShowTab(Tab::Overview)]);
    let shown = screen_text(&state, 80, 24);
    assert!(shown.contains("mood: none recorded yet"), "{shown}");
}

/// The demo with one more held session for mentee `i` (a week before the last), and the moods of
/// their held sessions falling 5, 4, 3, 2.
pub fn falling(mut state: State, i: usize) -> State {
    let id = mentor::domain::SessionId::from_number(state.ws.alloc_fresh());
    let m = state.ws.mentee_mut(i);
    let first = m
        .sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Held)
        .map(|s| s.at)
        .min()
        .unwrap();
    let at = first - chrono::Duration::days(7);
    m.sessions
        .push(mentor::domain::Session::new(id, at, SessionStatus::Held));
    with_levels(
        state,
        i,
        &[
            (Some(5), Some(4)),
            (Some(4), Some(4)),
            (Some(3), None),
            (Some(2), Some(3)),
        ],
    )
}

#[test]
fn the_agenda_warns_of_a_mood_that_fell_three_times_in_a_row() {
    let mut state = falling(demo(), 1);
    act(&mut state, [Action::ShowTab(Tab::Agenda)]);
    let shown = screen_text(&state, 80, 24);
    assert!(
        shown.contains("Mood fell on three sessions in a row (1)"),
        "{shown}"
    );
    assert!(
        shown.contains("! mood falling  Bilal Haddad · mood 5 → 4 → 3 → 2"),
        "{shown}"
    );
    insta::assert_snapshot!("agenda_mood_falling", shown);
    // Without a fall, no such section.
    let mut state = demo();
    act(&mut state, [Action::ShowTab(Tab::Agenda)]);
    assert!(!screen_text(&state, 80, 24).contains("Mood fell"));
}

/// `b` on Alice: the brief at 80x24, its top (the last and next session, cadence, mood and
/// energy, the suggestions with their causes), then scrolled to its end.
#[test]
fn the_brief_of_a_mentee_at_80x24() {
    let mut state = alice_levels();
    act(
        &mut state,
        [
            Action::Resized { w: 80, h: 24 },
            Action::Brief(BriefAction::Open),
        ],
    );
    let top = screen_text(&state, 80, 24);
    assert!(top.contains(" Brief: Alice Moreau "), "{top}");
    assert!(top.contains("last session"), "{top}");
    assert!(top.contains("▆·▃ 2/5 falling"), "{top}");
    assert!(top.contains("because"), "{top}");
    insta::assert_snapshot!("brief_alice_top", top);
    act(&mut state, [Action::Bottom]);
    let end = screen_text(&state, 80, 24);
    assert_ne!(top, end);
    insta::assert_snapshot!("brief_alice_end", end);
}

/// Bilal on the demo: a slipped cadence and a falling mood, many suggestions; the lines that
/// need attention stand out without colour (bold).
#[test]
fn the_brief_of_a_mentee_who_slipped() {
    let mut state = demo();
    act(
        &mut state,
        [
            Action::Resized { w: 80, h: 24 },
            Action::Down,
            Action::Brief(BriefAction::Open),
        ],
    );
    let shown = screen_text(&state, 80, 24);
    assert!(shown.contains(" Brief: Bilal Haddad "), "{shown}");
    assert!(shown.contains("slipped"), "{shown}");
    assert!(shown.contains("▆▄▃ 2/5 falling"), "{shown}");
    insta::assert_snapshot!("brief_bilal_top", shown);
    let buffer = crate::common::screen::draw_with(&state, &mentor::ui::Theme::MONO, 80, 24);
    let row = (0..24)
        .find(|&y| {
            (0..80)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                .contains("slipped")
        })
        .unwrap();
    let x = (0..80)
        .find(|&x| buffer[(x, row)].symbol() == "e" && buffer[(x + 1, row)].symbol() == "v")
        .unwrap();
    assert!(
        buffer[(x, row)]
            .modifier
            .contains(ratatui::style::Modifier::BOLD)
    );
}

#[test]
fn the_report_prompt() {
    let mut state = demo();
    act(&mut state, [Action::Brief(BriefAction::Report)]);
    let shown = screen_text(&state, 80, 24);
    assert!(shown.contains("alice-moreau-report.html"), "{shown}");
    insta::assert_snapshot!("report_prompt", shown);
    act(
        &mut state,
        [
            Action::Brief(BriefAction::ReportFormat),
            Action::Brief(BriefAction::ReportWritten(Err(
                "/home/sam/alice-moreau-report.md exists already: give another name".into(),
            ))),
        ],
    );
    let shown = screen_text(&state, 80, 24);
    assert!(shown.contains("‹ Markdown ›"), "{shown}");
    assert!(shown.contains("exists already"), "{shown}");
    insta::assert_snapshot!("report_prompt_refused", shown);
}
