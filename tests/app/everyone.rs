//! The Agenda and the Calendar act: moving through the Agenda's items, `Enter` going to an item
//! in its mentee's tab, `x` marking an action item or a milestone done (undoable), and on the
//! Calendar `a` adding a session that day and `Tab` reaching the day's items.

use crate::fixtures::{demo, run};
use mentor::app::everyone::{DAYS, Item, agenda_item, agenda_len, day_items};
use mentor::app::keymap::{Layer, layer};
use mentor::app::{Action, Effect, ListId, Popup, State, Tab, view};
use mentor::domain::RecordRef;
use mentor::domain::schedule::{action_at, milestone_at, session_at};

/// The demo on the Agenda, with the first item of the kind `pick` accepts selected (by moving
/// down to it, as a user would); its index and the item.
fn agenda_on(pick: impl Fn(Item) -> bool) -> (State, usize, Item) {
    let mut s = demo();
    run(&mut s, [Action::ShowTab(Tab::Agenda), Action::Top]);
    let a = s.memo.agenda(&s.ws, s.today, DAYS);
    let (i, item) = (0..agenda_len(&a))
        .filter_map(|i| agenda_item(&a, i).map(|x| (i, x)))
        .find(|(_, x)| pick(*x))
        .expect("the demo's agenda has such an item");
    run(&mut s, std::iter::repeat_n(Action::Down, i));
    assert_eq!(s.agenda_row, i);
    (s, i, item)
}

fn selected_mentee(s: &State) -> usize {
    view::current(s, ListId::Mentees).expect("a mentee is selected")
}

#[test]
fn the_agenda_is_a_list_moved_through_from_first_to_last() {
    let mut s = demo();
    run(&mut s, [Action::ShowTab(Tab::Agenda)]);
    assert_eq!(layer(&s), Layer::Agenda);
    let len = agenda_len(&s.memo.agenda(&s.ws, s.today, DAYS));
    assert!(
        len > 10,
        "the demo's agenda has more than a screen of items"
    );
    let mentee = s.selected(ListId::Mentees);
    run(&mut s, [Action::Bottom]);
    assert_eq!(s.agenda_row, len - 1);
    run(&mut s, [Action::Down]);
    assert_eq!(s.agenda_row, len - 1, "stays on the last item");
    run(
        &mut s,
        [Action::Top, Action::Down, Action::Down, Action::Up],
    );
    assert_eq!(s.agenda_row, 1);
    run(&mut s, [Action::PageDown]);
    assert_eq!(s.agenda_row, (1 + s.page).min(len - 1));
    run(&mut s, [Action::PageUp, Action::PageUp]);
    assert_eq!(s.agenda_row, 0);
    // The keys moved the Agenda, not the mentee list behind it.
    assert_eq!(s.selected(ListId::Mentees), mentee);
}

#[test]
fn enter_on_a_checkin_shows_that_mentees_sessions() {
    let (mut s, _, item) = agenda_on(|x| matches!(x, Item::CheckIn(_)));
    let Item::CheckIn(m) = item else {
        unreachable!()
    };
    run(&mut s, [Action::Jump]);
    assert_eq!(selected_mentee(&s), m);
    assert_eq!((s.tab, s.focus.0), (Tab::Sessions, ListId::Sessions));
}

#[test]
fn enter_on_a_session_selects_it_in_the_sessions_tab() {
    // A mentee other than the first, so the mentee list's selection has to move.
    let (mut s, _, item) = agenda_on(|x| matches!(x, Item::Session((m, _)) if m > 0));
    let Item::Session(at) = item else {
        unreachable!()
    };
    run(&mut s, [Action::Jump]);
    assert_eq!(selected_mentee(&s), at.0);
    assert_eq!((s.tab, s.focus.0), (Tab::Sessions, ListId::Sessions));
    let (_, session) = session_at(&s.ws, at).unwrap();
    assert_eq!(
        view::selected_id(&s, ListId::Sessions),
        Some(RecordRef::Session(session.id.clone()))
    );
}

#[test]
fn enter_on_an_action_item_selects_its_session_and_it() {
    let (mut s, _, item) =
        agenda_on(|x| matches!(x, Item::Action((_, si, xi)) if si > 0 || xi > 0));
    let Item::Action(at) = item else {
        unreachable!()
    };
    run(&mut s, [Action::Jump]);
    assert_eq!(selected_mentee(&s), at.0);
    assert_eq!((s.tab, s.focus.0), (Tab::Sessions, ListId::Actions));
    let session = &s.ws.mentees[at.0].sessions[at.1];
    assert_eq!(
        view::selected_id(&s, ListId::Sessions),
        Some(RecordRef::Session(session.id.clone()))
    );
    let (_, action) = action_at(&s.ws, at).unwrap();
    assert_eq!(
        view::selected_id(&s, ListId::Actions),
        Some(RecordRef::Action(action.id.clone()))
    );
}

#[test]
fn enter_on_a_milestone_selects_its_goal_and_it() {
    let (mut s, _, item) = agenda_on(|x| matches!(x, Item::Milestone(_)));
    let Item::Milestone(at) = item else {
        unreachable!()
    };
    // A filter on the mentee list that hides the mentee does not stop the jump.
    run(
        &mut s,
        [
            Action::StartFilter,
            Action::FilterEdit(mentor::app::TextEdit::Insert('#')),
        ],
    );
    run(&mut s, [Action::FilterAccept, Action::Jump]);
    assert!(s.filters.is_empty());
    assert_eq!(selected_mentee(&s), at.0);
    assert_eq!((s.tab, s.focus.0), (Tab::Goals, ListId::Milestones));
    let (_, goal, milestone) = milestone_at(&s.ws, at).unwrap();
    assert_eq!(
        view::selected_id(&s, ListId::Goals),
        Some(RecordRef::Goal(goal.id.clone()))
    );
    assert_eq!(
        view::selected_id(&s, ListId::Milestones),
        Some(RecordRef::Milestone(milestone.id.clone()))
    );
}

/// `x` on the item `pick` accepts marks it done through an undoable edit; the Agenda no longer
/// lists it and stays on screen; `u` brings it back.
fn x_marks_done_and_undo_brings_back(
    pick: impl Fn(Item) -> bool,
    is_done: impl Fn(&State, Item) -> bool,
) {
    let (mut s, i, item) = agenda_on(pick);
    let len = agenda_len(&s.memo.agenda(&s.ws, s.today, DAYS));
    assert!(!is_done(&s, item));
    let effects = run(&mut s, [Action::ToggleDone]);
    assert_eq!(effects, vec![Effect::Save]);
    assert!(is_done(&s, item), "{:?}", s.status);
    assert_eq!(s.tab, Tab::Agenda);
    let after = s.memo.agenda(&s.ws, s.today, DAYS);
    assert_eq!(agenda_len(&after), len - 1);
    assert_ne!(agenda_item(&after, i), Some(item), "the row moved on");
    run(&mut s, [Action::Undo]);
    assert!(!is_done(&s, item));
    let back = s.memo.agenda(&s.ws, s.today, DAYS);
    assert_eq!(agenda_item(&back, i), Some(item));
}

#[test]
fn x_on_an_action_item_marks_it_done_and_u_undoes_it() {
    x_marks_done_and_undo_brings_back(
        |x| matches!(x, Item::Action(_)),
        |s, x| match x {
            Item::Action(at) => action_at(&s.ws, at).unwrap().1.is_done(),
            _ => unreachable!(),
        },
    );
}

#[test]
fn x_on_a_milestone_marks_it_done_and_u_undoes_it() {
    x_marks_done_and_undo_brings_back(
        |x| matches!(x, Item::Milestone(_)),
        |s, x| match x {
            Item::Milestone(at) => milestone_at(&s.ws, at).unwrap().2.is_done(),
            _ => unreachable!(),
        },
    );
}

#[test]
fn x_on_a_session_row_changes_nothing_and_says_why() {
    let (mut s, _, _) = agenda_on(|x| matches!(x, Item::Session(_)));
    let before = s.ws.clone();
    assert!(run(&mut s, [Action::ToggleDone]).is_empty());
    assert_eq!(s.ws, before);
    assert!(
        s.status
            .as_ref()
            .is_some_and(|st| st.error && st.text.contains("Enter"))
    );
}

/// The day of the demo's month with the most items, and its items.
fn busy_day(s: &State) -> (chrono::NaiveDate, Vec<Item>) {
    let days = s.memo.month(&s.ws, s.today, s.today);
    let day = days
        .iter()
        .max_by_key(|d| d.sessions.len() + d.due())
        .unwrap();
    (day.date, day_items(day))
}

#[test]
fn a_on_the_calendar_adds_a_session_on_the_selected_day() {
    let mut s = demo();
    run(
        &mut s,
        [Action::ShowTab(Tab::Calendar), Action::CalendarDays(3)],
    );
    let day = s.calendar_day;
    let mentee = view::mentee(&s).unwrap().id.clone();
    run(&mut s, [Action::Add]);
    let Some(Popup::Form(form)) = &s.popup else {
        panic!("no form: {:?}", s.status)
    };
    assert_eq!(form.field("When").unwrap().value(), format!("{day} 10:00"));
    assert_eq!(form.field("Status").unwrap().value(), "planned");
    assert_eq!(
        form.target,
        mentor::app::form::FormTarget::NewSession {
            mentee: mentee.clone()
        }
    );
    let sessions = s.ws.mentees[0].sessions.len();
    run(&mut s, [Action::FormSubmit]);
    assert!(s.popup.is_none(), "{:?}", s.status);
    let added = s.ws.mentees.iter().find(|m| m.id == mentee).unwrap();
    assert_eq!(added.sessions.len(), sessions + 1);
    assert!(added.sessions.iter().any(|x| x.date() == day));
}

#[test]
fn tab_on_the_calendar_reaches_the_days_items_and_enter_goes_to_one() {
    let mut s = demo();
    let (date, items) = busy_day(&s);
    assert!(items.len() > 1);
    run(
        &mut s,
        [Action::ShowTab(Tab::Calendar), Action::CalendarToday],
    );
    s.calendar_day = date;
    run(&mut s, [Action::NextPane]);
    assert_eq!(layer(&s), Layer::CalendarDay);
    assert_eq!(s.day_row, Some(0));
    run(&mut s, [Action::Down, Action::Down, Action::Up]);
    assert_eq!(s.day_row, Some(1));
    // `a` there is with the selected item's mentee, on that day.
    let mentee = s.ws.mentees[items[1].mentee()].clone();
    run(&mut s, [Action::Add]);
    let Some(Popup::Form(form)) = &s.popup else {
        panic!("no form")
    };
    assert_eq!(
        form.target,
        mentor::app::form::FormTarget::NewSession {
            mentee: mentee.id.clone()
        }
    );
    assert_eq!(form.field("When").unwrap().value(), format!("{date} 10:00"));
    assert_eq!(form.title, format!("New session with {}", mentee.name));
    run(&mut s, [Action::Cancel]);
    // Tab goes back to the month; Tab again, down once, Enter goes to the item.
    run(&mut s, [Action::NextPane]);
    assert_eq!(layer(&s), Layer::Calendar);
    run(&mut s, [Action::NextPane, Action::Down, Action::Jump]);
    assert_eq!(selected_mentee(&s), items[1].mentee());
    assert!(matches!(s.tab, Tab::Goals | Tab::Sessions));
    assert_eq!(s.day_row, None);
}

/// Read-only (a view, or another instance holds the lock), the Agenda still moves and goes to
/// items; `x` is refused and changes nothing.
#[test]
fn read_only_the_agenda_goes_to_items_but_marks_nothing() {
    let (s, _, item) = agenda_on(|x| matches!(x, Item::Action(_)));
    let mut s = s.read_only(Some("held by another instance".into()));
    let before = s.ws.clone();
    run(&mut s, [Action::ToggleDone]);
    assert_eq!(s.ws, before);
    assert!(
        s.status
            .as_ref()
            .is_some_and(|st| st.text.starts_with("read-only"))
    );
    run(&mut s, [Action::Jump]);
    assert_eq!(selected_mentee(&s), item.mentee());
    assert_eq!((s.tab, s.focus.0), (Tab::Sessions, ListId::Actions));
}

#[test]
fn a_reload_keeps_the_agenda_on_the_same_item() {
    // A milestone selected: x would mark it done.
    let (mut s, i, item) = agenda_on(|x| matches!(x, Item::Milestone(_)));
    let record = item.record(&s.ws).unwrap();
    // A command removes an action item, listed above it; the app reloads.
    let a = s.memo.agenda(&s.ws, s.today, DAYS);
    let Some(Item::Action((m, ss, x))) = (0..i)
        .filter_map(|k| agenda_item(&a, k))
        .find(|x| matches!(x, Item::Action(_)))
    else {
        panic!("the demo's agenda has an action item before its milestones");
    };
    let mut fresh = s.ws.clone();
    fresh.mentee_mut(m).sessions[ss].actions.remove(x);
    run(
        &mut s,
        [Action::Reloaded {
            workspace: Box::new(fresh),
            note: "reloaded from disk".into(),
        }],
    );
    let a = s.memo.agenda(&s.ws, s.today, DAYS);
    let now = agenda_item(&a, s.agenda_row).unwrap();
    assert_eq!(
        now.record(&s.ws),
        Some(record),
        "x would act on another item"
    );
}

#[test]
fn o_on_the_agenda_opens_the_item_in_place() {
    let (mut s, _, item) = agenda_on(|x| matches!(x, Item::Milestone(_)));
    let key = crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Char('o'));
    assert_eq!(mentor::app::keymap::resolve(&s, key), Some(Action::Open));
    run(&mut s, [Action::Open]);
    let Some(Popup::Detail(d)) = &s.popup else {
        panic!("no item opened: {:?}", s.popup);
    };
    assert_eq!(Some(d.record.clone()), item.record(&s.ws));
    assert!(matches!(d.record, RecordRef::Milestone(_)));
    // Still on the Agenda underneath.
    assert_eq!(s.tab, Tab::Agenda);
}
