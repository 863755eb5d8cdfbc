//! Acting from the Agenda and the Calendar: moving through their items, going to an item in its
//! mentee's tab, marking an item done, adding a session on the calendar's day.

use super::super::action::{Action, Effect};
use super::super::edit;
use super::super::everyone::{self, Item};
use super::super::forms;
use super::super::state::{ListId, Popup, State, Tab};
use super::super::view;
use super::navigate::select;
use crate::domain::ops::Op;
use crate::domain::schedule::DayAt;
use crate::t;

/// True when `action` moves in (or into, or out of) the Agenda's or the calendar's own lists,
/// rather than in the focused list.
pub fn handles(state: &State, action: &Action) -> bool {
    let moves = matches!(
        action,
        Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom
    );
    let panes = matches!(action, Action::NextPane | Action::PrevPane);
    matches!(action, Action::Jump)
        || (state.agenda_shown() && moves)
        || (state.calendar_shown() && (panes || (moves && state.day_row.is_some())))
}

/// Applies one of the actions [`handles`] says are the Agenda's or the calendar's.
pub fn navigate(state: &mut State, action: Action) {
    let step = match action {
        Action::Up => -1,
        Action::Down => 1,
        Action::PageUp => -(state.page.max(1) as isize),
        Action::PageDown => state.page.max(1) as isize,
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        Action::NextPane | Action::PrevPane => {
            state.day_row = match state.day_row {
                Some(_) => None,
                None => Some(0),
            };
            return;
        }
        Action::Jump => return jump_to_selected(state),
        _ => return,
    };
    let moved = |row: usize, len: usize| {
        (row as isize)
            .saturating_add(step)
            .clamp(0, (len as isize - 1).max(0)) as usize
    };
    if state.agenda_shown() {
        let len = everyone::agenda_len(&agenda(state));
        state.agenda_row = moved(state.agenda_row, len);
    } else if let Some(row) = state.day_row {
        let len = everyone::day_items(&day(state)).len();
        state.day_row = Some(moved(row, len));
    }
}

/// The Agenda, from the memo.
fn agenda(state: &State) -> std::sync::Arc<crate::domain::schedule::AgendaAt> {
    everyone::agenda(state)
}

/// The calendar's selected day, from the memo.
pub fn day(state: &State) -> DayAt {
    let days = state.memo.month(&state.ws, state.today, state.calendar_day);
    days.iter()
        .find(|d| d.date == state.calendar_day)
        .cloned()
        .unwrap_or_else(|| DayAt::empty(state.calendar_day))
}

/// The item selected on the Agenda (clamped to its items) or in the calendar's day list.
fn selected_item(state: &State) -> Option<Item> {
    if state.agenda_shown() {
        let a = agenda(state);
        let last = everyone::agenda_len(&a).checked_sub(1)?;
        everyone::agenda_item(&a, state.agenda_row.min(last))
    } else if let Some(row) = state.day_row.filter(|_| state.calendar_shown()) {
        let items = everyone::day_items(&day(state));
        items.get(row.min(items.len().checked_sub(1)?)).copied()
    } else {
        None
    }
}

/// The mentee of the item selected on the Agenda or in the calendar's day, if any.
pub(super) fn selected_mentee(state: &State) -> Option<usize> {
    selected_item(state).map(Item::mentee)
}

/// The record of the item selected on the Agenda or in the calendar's day, if any.
pub(super) fn selected_record(state: &State) -> Option<crate::domain::RecordRef> {
    selected_item(state)?.record(&state.ws)
}

/// Selects the item about `record` on the Agenda or in the calendar's day again (after a reload
/// moved it), when it is still there.
pub(super) fn reselect(state: &mut State, record: &crate::domain::RecordRef) {
    let ws = &state.ws;
    if state.agenda_shown() {
        let a = agenda(state);
        let found = (0..everyone::agenda_len(&a)).find(|&i| {
            everyone::agenda_item(&a, i)
                .and_then(|item| item.record(ws))
                .as_ref()
                == Some(record)
        });
        if let Some(i) = found {
            state.agenda_row = i;
        }
    } else if state.day_row.is_some() && state.calendar_shown() {
        let items = everyone::day_items(&day(state));
        if let Some(i) = items
            .iter()
            .position(|item| item.record(ws).as_ref() == Some(record))
        {
            state.day_row = Some(i);
        }
    }
}

fn jump_to_selected(state: &mut State) {
    match selected_item(state) {
        Some(item) => jump(state, item),
        None => state.error(t!("app-nothing-to-go-to")),
    }
}

/// Shows `item` in its mentee's tab: a falling mood on the Overview; a check-in on the Sessions
/// tab; a session, an action item (with its session) on the Sessions tab; a milestone (with its
/// goal), a goal on the Goals tab. A filter that could hide it is cleared.
pub fn jump(state: &mut State, item: Item) {
    if !item.exists(&state.ws) {
        state.error(t!("app-item-gone"));
        return;
    }
    let m = item.mentee();
    state.filters.clear();
    if state.ws.mentees[m].status == crate::domain::MenteeStatus::Concluded {
        state.hide_concluded = false;
    }
    let Some(row) = view::rows(state, ListId::Mentees)
        .iter()
        .position(|&i| i == m)
    else {
        state.error(t!("app-mentee-not-listed"));
        return;
    };
    select(state, ListId::Mentees, row);
    let (tab, focus) = match item {
        // The mood and energy sparklines are on the Overview.
        Item::MoodFell(_) => (Tab::Overview, ListId::Mentees),
        Item::CheckIn(_) => (Tab::Sessions, ListId::Sessions),
        Item::Session((_, s)) => {
            select_record(state, ListId::Sessions, s);
            state.set_selected(ListId::Actions, 0);
            (Tab::Sessions, ListId::Sessions)
        }
        Item::Action((_, s, x)) => {
            select_record(state, ListId::Sessions, s);
            select_record(state, ListId::Actions, x);
            (Tab::Sessions, ListId::Actions)
        }
        Item::Milestone((_, g, k)) => {
            select_record(state, ListId::Goals, g);
            select_record(state, ListId::Milestones, k);
            (Tab::Goals, ListId::Milestones)
        }
        Item::Goal((_, g)) => {
            select_record(state, ListId::Goals, g);
            state.set_selected(ListId::Milestones, 0);
            (Tab::Goals, ListId::Goals)
        }
    };
    state.tab = tab;
    state.focus.0 = focus;
    state.day_row = None;
}

/// Selects the row of `list` that shows record `index`.
fn select_record(state: &mut State, list: ListId, index: usize) {
    let row = view::rows(state, list)
        .iter()
        .position(|&i| i == index)
        .unwrap_or(0);
    select(state, list, row);
}

/// `x` on the Agenda: marks the selected action item or milestone done (undoable). It then
/// leaves the Agenda, and the selection moves on to the next item.
pub fn done(state: &mut State) -> Vec<Effect> {
    let Some(item) = selected_item(state) else {
        state.error(t!("app-agenda-nothing-selected"));
        return Vec::new();
    };
    let Some(target) = item.done_target(&state.ws) else {
        state.error(t!("app-agenda-not-done-able"));
        return Vec::new();
    };
    let (did, said) = match item {
        Item::Milestone(_) => (
            t!("app-did-milestone-done"),
            t!("app-agenda-milestone-done"),
        ),
        _ => (t!("app-did-action-done"), t!("app-agenda-action-done")),
    };
    let op = Op::SetDone { target, done: true };
    match edit::apply(state, op, did) {
        Ok((_, effects)) => {
            let len = everyone::agenda_len(&agenda(state));
            state.agenda_row = state.agenda_row.min(len.saturating_sub(1));
            state.info(said);
            effects
        }
        Err(e) => {
            state.error(e.to_string());
            Vec::new()
        }
    }
}

/// `a` on the Calendar: the form of a new session on the selected day. It is with the mentee of
/// the selected item when the day's items have the keys, else with the selected mentee.
pub fn add_session(state: &mut State) {
    let from_item = selected_item(state).map(Item::mentee);
    let mentee = from_item
        .and_then(|m| state.ws.mentees.get(m).map(|m| m.as_ref()))
        .or_else(|| view::mentee(state));
    let Some(mentee) = mentee else {
        state.error(t!("app-need-mentee"));
        return;
    };
    let form = forms::session_on(mentee, state.calendar_day, state.today);
    state.popup = Some(Popup::Form(Box::new(form)));
}
