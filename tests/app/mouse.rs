//! The mouse: pure `update` tests of the actions a click or the wheel resolves to, the
//! resolution itself against a drawn frame (`keymap::resolve_mouse` reads the layout the render
//! recorded), and a click through the real loop on a test terminal.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common::screen::draw;
use crate::common::today;
use crate::fixtures::demo;
use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use mentor::app::{Action, ListId, Popup, State, Tab, keymap, update, view};
use mentor::tui::{Event, Scripted, StoreShell, run};
use ratatui::buffer::Buffer;
use std::collections::VecDeque;

fn mouse(kind: MouseEventKind, (x, y): (u16, u16)) -> MouseEvent {
    MouseEvent {
        kind,
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    }
}

fn click(at: (u16, u16)) -> MouseEvent {
    mouse(MouseEventKind::Down(MouseButton::Left), at)
}

/// Where `needle` starts on the drawn screen (the first match, top to bottom).
fn find(buffer: &Buffer, needle: &str) -> (u16, u16) {
    find_in(buffer, needle, buffer.area.right())
}

/// Where a mentee's name is in the mentee list (the left column; the tab bar names the selected
/// mentee too).
fn find_left(buffer: &Buffer, name: &str) -> (u16, u16) {
    find_in(buffer, name, 30)
}

/// Where `needle` starts left of column `right`.
fn find_in(buffer: &Buffer, needle: &str, right: u16) -> (u16, u16) {
    let area = buffer.area;
    let chars: Vec<String> = needle.chars().map(String::from).collect();
    for y in area.top()..area.bottom() {
        for x in area.left()..right.min(area.right()) {
            let fits = usize::from(area.right() - x) >= chars.len();
            if fits
                && chars
                    .iter()
                    .enumerate()
                    .all(|(i, c)| buffer[(x + i as u16, y)].symbol() == c)
            {
                return (x, y);
            }
        }
    }
    panic!(
        "{needle:?} is not on the screen:\n{}",
        crate::common::screen::text(buffer)
    );
}

fn name(state: &State, row: usize) -> String {
    let i = view::rows(state, ListId::Mentees)[row];
    state.ws.mentees[i].name.clone()
}

// ---------------------------------------------------------------------------------------------
// update
// ---------------------------------------------------------------------------------------------

#[test]
fn selecting_a_row_focuses_its_list_and_resets_the_lists_below_it() {
    let mut s = demo();
    update(
        &mut s,
        Action::SelectRow {
            list: ListId::Goals,
            row: 1,
        },
    );
    assert_eq!(s.focus.0, ListId::Goals);
    assert_eq!(s.selected(ListId::Goals), 1);
    update(
        &mut s,
        Action::SelectRow {
            list: ListId::Milestones,
            row: 1,
        },
    );
    assert_eq!(s.focus.0, ListId::Milestones);
    // Another mentee: the goals and milestones of the first one are not the selection any more.
    update(
        &mut s,
        Action::SelectRow {
            list: ListId::Mentees,
            row: 2,
        },
    );
    assert_eq!(s.focus.0, ListId::Mentees);
    assert_eq!(s.selected(ListId::Mentees), 2);
    assert_eq!(s.selected(ListId::Goals), 0);
    assert_eq!(s.selected(ListId::Milestones), 0);
    // A row past the end selects the last one.
    update(
        &mut s,
        Action::SelectRow {
            list: ListId::Mentees,
            row: 10_000,
        },
    );
    assert_eq!(s.selected(ListId::Mentees), s.ws.mentees.len() - 1);
}

#[test]
fn a_list_that_is_not_on_screen_never_takes_the_focus() {
    let mut s = demo();
    update(&mut s, Action::ShowTab(Tab::Feedback));
    update(&mut s, Action::FocusPane(ListId::Goals));
    assert_eq!(s.focus.0, ListId::Mentees);
    update(&mut s, Action::FocusPane(ListId::Feedback));
    assert_eq!(s.focus.0, ListId::Feedback);
    update(&mut s, Action::FocusPane(ListId::Mentees));
    assert_eq!(s.focus.0, ListId::Mentees);
}

#[test]
fn the_wheel_moves_the_list_it_is_over_and_leaves_the_focus() {
    let mut s = demo();
    update(&mut s, Action::FocusPane(ListId::Goals));
    update(
        &mut s,
        Action::Wheel {
            list: ListId::Mentees,
            delta: 3,
        },
    );
    assert_eq!(s.selected(ListId::Mentees), 3);
    assert_eq!(s.focus.0, ListId::Goals);
    update(
        &mut s,
        Action::Wheel {
            list: ListId::Mentees,
            delta: -5,
        },
    );
    assert_eq!(s.selected(ListId::Mentees), 0);
    update(
        &mut s,
        Action::Wheel {
            list: ListId::Mentees,
            delta: 10_000,
        },
    );
    assert_eq!(s.selected(ListId::Mentees), s.ws.mentees.len() - 1);
}

// ---------------------------------------------------------------------------------------------
// What a click is on, from the drawn frame
// ---------------------------------------------------------------------------------------------

#[test]
fn a_click_on_a_row_selects_that_row() {
    let s = demo();
    let third = name(&s, 2);
    let screen = draw(&s, 100, 30);
    let at = find(&screen, &third);
    assert_eq!(
        keymap::resolve_mouse(&s, click(at)),
        Some(Action::SelectRow {
            list: ListId::Mentees,
            row: 2
        })
    );
    // Anywhere along the row, up to the border.
    let end = (at.0 + 15, at.1);
    assert_eq!(
        keymap::resolve_mouse(&s, click(end)),
        Some(Action::SelectRow {
            list: ListId::Mentees,
            row: 2
        })
    );
}

#[test]
fn a_click_on_a_scrolled_list_counts_from_the_first_row_shown() {
    let mut ws = mentor::domain::Workspace::default();
    for n in 1..=30 {
        let id = mentor::domain::MenteeId::from_number(ws.alloc_fresh());
        let name = format!("Mentee {n:02}");
        ws.mentees
            .push(mentor::domain::Mentee::new(id, name, today()).into());
    }
    let mut s = State::new(ws, today(), "test.json");
    update(&mut s, Action::Bottom);
    let last = s.ws.mentees.len() - 1;
    let screen = draw(&s, 100, 20);
    let at = find_left(&screen, &name(&s, last));
    assert_eq!(
        keymap::resolve_mouse(&s, click(at)),
        Some(Action::SelectRow {
            list: ListId::Mentees,
            row: last
        })
    );
    let above = (at.0, at.1 - 1);
    assert_eq!(
        keymap::resolve_mouse(&s, click(above)),
        Some(Action::SelectRow {
            list: ListId::Mentees,
            row: last - 1
        })
    );
}

#[test]
fn a_click_on_a_pane_border_focuses_it_and_on_a_tab_shows_it() {
    let s = demo();
    let screen = draw(&s, 160, 40);
    let (x, y) = find(&screen, "Milestones");
    assert_eq!(
        keymap::resolve_mouse(&s, click((x, y))),
        Some(Action::FocusPane(ListId::Milestones))
    );
    let (x, y) = find(&screen, "3 Feedback");
    assert_eq!(
        keymap::resolve_mouse(&s, click((x, y))),
        Some(Action::ShowTab(Tab::Feedback))
    );
    // The blank before the label is not the tab.
    assert_eq!(keymap::resolve_mouse(&s, click((x - 2, y))), None);
}

#[test]
fn a_click_on_a_footer_hint_runs_it_and_a_popup_leaves_only_the_footer() {
    let mut s = demo();
    let screen = draw(&s, 100, 30);
    let (x, y) = find(&screen, "? help");
    assert_eq!(
        keymap::resolve_mouse(&s, click((x + 3, y))),
        Some(Action::ShowHelp)
    );
    let (x, y) = find(&screen, "q quit");
    assert_eq!(keymap::resolve_mouse(&s, click((x, y))), Some(Action::Quit));
    let row = find_left(&screen, &name(&s, 1));

    update(&mut s, Action::ShowHelp);
    let screen = draw(&s, 100, 30);
    assert!(matches!(s.popup, Some(Popup::Help(_))));
    // Under the popup no click answers but the footer's; the wheel scrolls help itself.
    assert_eq!(keymap::resolve_mouse(&s, click(row)), None);
    let wheel = mouse(MouseEventKind::ScrollDown, row);
    assert_eq!(keymap::resolve_mouse(&s, wheel), Some(Action::Down));
    // Help covers the footer too: what was a hint there is not one any more.
    let (x, y) = find(&draw(&demo(), 100, 30), "q quit");
    assert_eq!(keymap::resolve_mouse(&s, click((x, y))), None);
    drop(screen);

    // A question leaves the footer in view, and its hints answer it.
    update(&mut s, Action::Cancel);
    update(&mut s, Action::Delete);
    assert!(matches!(s.popup, Some(Popup::Confirm(_))));
    let screen = draw(&s, 100, 30);
    let (x, y) = find_in_row(&screen, "n no", 29);
    assert_eq!(
        keymap::resolve_mouse(&s, click((x, y))),
        Some(Action::Decline)
    );
}

/// Where `needle` starts in screen row `y`.
fn find_in_row(buffer: &Buffer, needle: &str, y: u16) -> (u16, u16) {
    let row: Vec<&str> = (0..buffer.area.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect();
    let chars: Vec<String> = needle.chars().map(String::from).collect();
    let x = (0..row.len().saturating_sub(chars.len()))
        .find(|&x| chars.iter().enumerate().all(|(i, c)| row[x + i] == c))
        .unwrap_or_else(|| panic!("{needle:?} is not in row {y}: {row:?}"));
    (x as u16, y)
}

#[test]
fn the_wheel_is_resolved_to_the_list_under_the_pointer() {
    let s = demo();
    let screen = draw(&s, 100, 30);
    let over_mentees = find_left(&screen, &name(&s, 0));
    assert_eq!(
        keymap::resolve_mouse(&s, mouse(MouseEventKind::ScrollDown, over_mentees)),
        Some(Action::Wheel {
            list: ListId::Mentees,
            delta: keymap::WHEEL_ROWS
        })
    );
    let over_goals = find(&screen, "Goals (");
    assert_eq!(
        keymap::resolve_mouse(&s, mouse(MouseEventKind::ScrollUp, over_goals)),
        Some(Action::Wheel {
            list: ListId::Goals,
            delta: -keymap::WHEEL_ROWS
        })
    );
    // A release, or the wheel over the header, means nothing.
    let up = mouse(MouseEventKind::Up(MouseButton::Left), over_mentees);
    assert_eq!(keymap::resolve_mouse(&s, up), None);
    assert_eq!(
        keymap::resolve_mouse(&s, mouse(MouseEventKind::ScrollDown, (5, 0))),
        None
    );
}

#[test]
fn nothing_acts_while_the_terminal_is_too_small() {
    let mut s = demo();
    let screen = draw(&s, 100, 30);
    let at = find_left(&screen, &name(&s, 2));
    update(&mut s, Action::Resized { w: 40, h: 10 });
    draw(&s, 40, 10);
    assert_eq!(keymap::resolve_mouse(&s, click(at)), None);
}

// ---------------------------------------------------------------------------------------------
// Through the loop
// ---------------------------------------------------------------------------------------------

#[test]
fn clicks_and_the_wheel_through_the_loop_move_the_selection() {
    let mut state = demo();
    let screen = draw(&state, 100, 30);
    let third = find_left(&screen, &name(&state, 2));
    // At 100 columns the tabs other than the one shown are their numbers.
    let tab = find(&screen, " 2 ");
    let events = vec![
        Event::Mouse(click(third)),
        Event::Mouse(mouse(MouseEventKind::ScrollDown, third)),
        Event::Mouse(click(tab)),
    ];
    let backend = ratatui::backend::TestBackend::new(100, 30);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    let mut shell = StoreShell::inline(None);
    let mut script = Scripted(VecDeque::from(events));
    run(
        &mut terminal,
        &mut state,
        &mut script,
        &mut shell,
        &mentor::ui::Theme::COLOR,
    )
    .unwrap();
    assert_eq!(
        state.selected(ListId::Mentees),
        2 + keymap::WHEEL_ROWS as usize
    );
    assert_eq!(state.tab, Tab::Sessions);
}

#[test]
fn the_wheel_scrolls_an_open_item_and_help() {
    let mut s = demo();
    update(&mut s, Action::Resized { w: 80, h: 24 });
    // The first goal of the demo, opened: the wheel moves it a line a notch, not the lists.
    update(&mut s, Action::NextPane);
    update(&mut s, Action::Open);
    draw(&s, 80, 24);
    let at = (40, 12);
    let down = keymap::resolve_mouse(&s, mouse(MouseEventKind::ScrollDown, at));
    assert_eq!(down, Some(Action::Down));
    update(&mut s, Action::Down);
    assert!(matches!(&s.popup, Some(Popup::Detail(d)) if d.scroll == 1));
    let up = keymap::resolve_mouse(&s, mouse(MouseEventKind::ScrollUp, at));
    assert_eq!(up, Some(Action::Up));
    // A click on an open item does nothing.
    assert_eq!(keymap::resolve_mouse(&s, click(at)), None);
    update(&mut s, Action::Cancel);
    update(&mut s, Action::ShowHelp);
    let down = keymap::resolve_mouse(&s, mouse(MouseEventKind::ScrollDown, at));
    assert_eq!(down, Some(Action::Down));
}

#[test]
fn a_click_while_typing_a_filter_keeps_it_and_ends_the_typing() {
    use mentor::app::action::TextEdit;
    let mut s = demo();
    update(&mut s, Action::FocusPane(ListId::Goals));
    update(&mut s, Action::StartFilter);
    for c in "pub".chars() {
        update(&mut s, Action::FilterEdit(TextEdit::Insert(c)));
    }
    // A click on another tab: the Goals list (and its filter) leaves the screen.
    update(&mut s, Action::ShowTab(Tab::Feedback));
    assert!(
        s.typing_filter().is_none(),
        "keys would go on typing into a filter out of sight"
    );
    assert_eq!(view::filter_text(&s, ListId::Goals), Some("pub"), "kept");
    let j =
        crossterm::event::KeyEvent::new(crossterm::event::KeyCode::Char('j'), KeyModifiers::NONE);
    assert_eq!(keymap::resolve(&s, j), Some(Action::Down), "j moves again");

    // The same for a click on a row, a pane, an Agenda item or the wheel.
    for action in [
        Action::SelectRow {
            list: ListId::Mentees,
            row: 1,
        },
        Action::FocusPane(ListId::Mentees),
        Action::Wheel {
            list: ListId::Mentees,
            delta: 1,
        },
        Action::SelectAgendaItem(0),
    ] {
        update(&mut s, Action::StartFilter);
        update(&mut s, Action::FilterEdit(TextEdit::Insert('a')));
        update(&mut s, action.clone());
        assert!(s.typing_filter().is_none(), "{action:?}");
    }
}

#[test]
fn a_click_on_an_agenda_item_selects_it() {
    use mentor::app::everyone::{DAYS, Item, agenda_item, agenda_len};
    let mut s = demo();
    update(&mut s, Action::ShowTab(Tab::Agenda));
    // The first action item of the Agenda, found on the screen by its text.
    let a = s.memo.agenda(&s.ws, s.today, DAYS);
    let (index, text) = (0..agenda_len(&a))
        .find_map(|i| match agenda_item(&a, i) {
            Some(Item::Action(at)) if i > 0 => mentor::domain::schedule::action_at(&s.ws, at)
                .map(|(_, x)| (i, x.text.chars().take(12).collect::<String>())),
            _ => None,
        })
        .expect("the demo's agenda has an action item");
    let screen = draw(&s, 100, 30);
    let (x, y) = find_in(&screen, &text, 100);
    assert_eq!(
        keymap::resolve_mouse(&s, click((x, y))),
        Some(Action::SelectAgendaItem(index))
    );
    update(&mut s, Action::SelectAgendaItem(index));
    assert_eq!(s.agenda_row, index);
    // A heading is no item.
    let (hx, hy) = find_in(&screen, "Action items", 100);
    assert_eq!(keymap::resolve_mouse(&s, click((hx, hy))), None);
}

/// The Path tab's lists take clicks like any other: a stage row selects the stage; wide, the
/// skill matrix beside it too.
#[test]
fn a_click_on_a_stage_or_a_skill_of_the_path_tab_selects_it() {
    let mut s = demo();
    update(&mut s, Action::ShowTab(Tab::Path));
    let screen = draw(&s, 140, 34);
    let at = find(&screen, "Principal engineer");
    let Some(select) = keymap::resolve_mouse(&s, click(at)) else {
        panic!("the click means nothing")
    };
    assert_eq!(
        select,
        Action::SelectRow {
            list: ListId::Stages,
            row: 2
        }
    );
    update(&mut s, select);
    assert_eq!(s.focus.0, ListId::Stages);
    assert_eq!(view::stage(&s).unwrap().title, "Principal engineer");
    let screen = draw(&s, 140, 34);
    // The second row of the matrix (the first is selected already).
    let skill = mentor::domain::derived::skill_matrix(view::mentee(&s).unwrap())[1]
        .skill
        .clone();
    let at = find(&screen, &format!("  {skill} "));
    let select = keymap::resolve_mouse(&s, click((at.0 + 2, at.1))).unwrap();
    update(&mut s, select);
    assert_eq!(s.focus.0, ListId::Skills);
    assert_eq!(view::skill(&s).unwrap().skill, skill);
}
