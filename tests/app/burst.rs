//! A burst of keys costs one frame: the loop takes every event already waiting before it draws
//! (up to a batch), ends on the same state and screen as one frame a key, and waits for a frame
//! before a click.

use crate::common::keys::{ch, key};
use crate::common::today;
use crossterm::event::{KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use mentor::app::{ListId, State};
use mentor::generate::{Size, generate};
use mentor::tui::{Batch, Burst, Event, EventSource, Scripted, StoreShell, run_counting};
use mentor::ui::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::VecDeque;
use std::time::Duration;

/// Batches bounded by count only, so that what a test sees does not depend on the clock.
const BY_COUNT: Batch = Batch {
    events: 64,
    time: Duration::MAX,
};

/// Runs the loop over `events` on a workspace of 100 mentees; the final state, screen and
/// frames drawn.
fn run(events: &mut dyn EventSource) -> (State, String, usize) {
    let ws = generate(Size::M, 1, today());
    let mut state = State::new(ws, today(), "/tmp/mentor.json");
    let mut shell = StoreShell::inline(None);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let frames = run_counting(
        &mut terminal,
        &mut state,
        events,
        &mut shell,
        &Theme::COLOR,
        BY_COUNT,
    )
    .unwrap();
    let screen = format!("{:?}", terminal.backend().buffer());
    (state, screen, frames)
}

fn downs(n: usize) -> Vec<Event> {
    (0..n).map(|_| key(KeyCode::Down)).collect()
}

#[test]
fn two_hundred_keys_at_once_draw_five_frames_and_end_where_one_frame_a_key_ends() {
    let (one_by_one, screen, frames) = run(&mut Scripted(VecDeque::from(downs(200))));
    assert_eq!(frames, 201, "the first frame and one a key");
    let (burst, burst_screen, burst_frames) = run(&mut Burst(VecDeque::from(downs(200))));
    // The first frame, then one a batch of 64: 64 + 64 + 64 + 8.
    assert_eq!(burst_frames, 5);
    assert_eq!(
        burst.selected(ListId::Mentees),
        one_by_one.selected(ListId::Mentees)
    );
    assert!(burst.selected(ListId::Mentees) > 50);
    assert_eq!(burst_screen, screen, "the last state is drawn");
}

#[test]
fn a_click_in_a_burst_waits_for_the_frame_it_clicks_on() {
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 3,
        row: 6,
        modifiers: KeyModifiers::NONE,
    });
    let events = || {
        let mut events = downs(3);
        events.push(click.clone());
        events.extend(downs(2));
        events.push(ch('j'));
        events
    };
    let (one_by_one, screen, frames) = run(&mut Scripted(VecDeque::from(events())));
    assert_eq!(frames, 8);
    let (burst, burst_screen, burst_frames) = run(&mut Burst(VecDeque::from(events())));
    // The first frame, the three keys, then the click with the keys after it.
    assert_eq!(burst_frames, 3);
    assert_eq!(
        burst.selected(ListId::Mentees),
        one_by_one.selected(ListId::Mentees)
    );
    assert_eq!(burst_screen, screen);
}
