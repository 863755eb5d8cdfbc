//! Moving around: the selection in a list, panes, tabs, the calendar's day, and the filter.

use super::super::action::Action;
use super::super::detail;
use super::super::state::{Filter, ListId, Popup, State, Tab};
use super::super::view;

/// Applies a move, a change of pane or tab, a calendar step or a filter action.
pub fn update(state: &mut State, action: Action) {
    // An overlay that scrolls takes the moves.
    match state.popup {
        Some(Popup::Detail(_)) => return scroll_detail(state, &action),
        Some(Popup::Help(_)) => return help(state, &action),
        Some(Popup::Brief(_)) => return super::brief::scroll(state, &action),
        Some(Popup::Closing(_)) => return super::closing::scroll(state, &action),
        _ => {}
    }
    if matches!(
        action,
        Action::SelectRow { .. }
            | Action::FocusPane(_)
            | Action::ShowTab(_)
            | Action::Wheel { .. }
            | Action::SelectAgendaItem(_)
    ) {
        // A click elsewhere ends the typing of a filter, as Enter does: the filter stays with
        // its list, and keys act again (they would go on typing into a list out of sight).
        filter(state, Action::FilterAccept);
    }
    if super::everyone::handles(state, &action) {
        return super::everyone::navigate(state, action);
    }
    match action {
        Action::Up => move_by(state, -1),
        Action::Down => move_by(state, 1),
        Action::PageUp => move_by(state, -(state.page.max(1) as isize)),
        Action::PageDown => move_by(state, state.page.max(1) as isize),
        Action::Top => move_by(state, isize::MIN / 2),
        Action::Bottom => move_by(state, isize::MAX / 2),
        Action::NextPane => cycle_pane(state, 1),
        Action::PrevPane => cycle_pane(state, -1),
        Action::NextTab => show_tab(state, state.tab.offset(1)),
        Action::PrevTab => show_tab(state, state.tab.offset(-1)),
        Action::ShowTab(tab) => show_tab(state, tab),
        Action::CalendarDays(n) => {
            state.day_row = state.day_row.map(|_| 0);
            state.calendar_day = state
                .calendar_day
                .checked_add_signed(chrono::Duration::days(n))
                .unwrap_or(state.calendar_day);
        }
        Action::CalendarMonths(n) => {
            let months = chrono::Months::new(n.unsigned_abs());
            let moved = if n >= 0 {
                state.calendar_day.checked_add_months(months)
            } else {
                state.calendar_day.checked_sub_months(months)
            };
            state.calendar_day = moved.unwrap_or(state.calendar_day);
        }
        Action::CalendarToday => {
            state.day_row = state.day_row.map(|_| 0);
            state.calendar_day = state.today;
        }
        Action::SelectRow { list, row } => {
            focus_list(state, list);
            select(state, list, row);
        }
        Action::FocusPane(list) => focus_list(state, list),
        Action::SelectAgendaItem(index) => {
            if state.agenda_shown() {
                state.agenda_row = index;
            }
        }
        Action::Wheel { list, delta } => {
            let row = state.selected(list).saturating_add_signed(delta);
            select(state, list, row);
        }
        Action::ScrollText(by) => super::super::panes::scroll(state, by),
        other => filter(state, other),
    }
}

/// Where an overlay scrolled to `now` goes on `action`: a line, a page, or either end (the
/// caller keeps it within `max`).
pub(super) fn scrolled(now: usize, max: usize, page: usize, action: &Action) -> usize {
    match action {
        Action::Up => now.saturating_sub(1),
        Action::Down => now + 1,
        Action::PageUp => now.saturating_sub(page),
        Action::PageDown => now + page,
        Action::Top => 0,
        Action::Bottom => max,
        _ => now,
    }
}

/// Scrolls the detail overlay: by a line, a page, or to either end (never past the last page).
fn scroll_detail(state: &mut State, action: &Action) {
    let Some(Popup::Detail(d)) = &state.popup else {
        return;
    };
    let max = detail::max_scroll(state, &d.record);
    let page = detail::page(state);
    let to = scrolled(d.scroll.min(max), max, page, action);
    if let Some(Popup::Detail(d)) = &mut state.popup {
        d.scroll = to.min(max);
    }
}

/// Types into the help's search (from its top), or scrolls it within its rows.
fn help(state: &mut State, action: &Action) {
    let Some(Popup::Help(h)) = &state.popup else {
        return;
    };
    let max = super::super::help::max_scroll(state, h);
    let page = super::super::help::page(state);
    let to = scrolled(h.scroll.min(max), max, page, action);
    if let Some(Popup::Help(h)) = &mut state.popup {
        h.scroll = to.min(max);
        if let Action::HelpEdit(edit) = action {
            edit.apply(&mut h.query);
            h.scroll = 0;
        }
    }
}

/// Starts, edits, accepts or clears the filter of the focused list. Each list keeps its own
/// filter while the focus is elsewhere; only one is typed at a time.
fn filter(state: &mut State, action: Action) {
    match action {
        Action::StartFilter => {
            let list = state.focus.0;
            state.filters.retain(|f| !f.editing || f.list == list);
            if let Some(f) = state.filters.iter_mut().find(|f| f.list == list) {
                f.editing = true;
            } else {
                state.filters.push(Filter {
                    list,
                    input: tui_input::Input::default(),
                    editing: true,
                });
            }
        }
        Action::FilterEdit(edit) => edit_filter(state, |input| edit.apply(input)),
        Action::FilterAccept => {
            for f in &mut state.filters {
                f.editing = false;
            }
            state.filters.retain(|f| !f.input.value().is_empty());
        }
        Action::ClearFilter => clear_filter(state),
        _ => {}
    }
}

/// Changes the text of the filter being typed (a key, or a paste) and selects the first row
/// it leaves. When another record is on the selected row now (the filter moved the rows), the
/// lists below reset, as moving to it would.
pub fn edit_filter(state: &mut State, edit: impl FnOnce(&mut tui_input::Input)) {
    let Some(list) = state.typing_filter().map(|f| f.list) else {
        return;
    };
    let before = view::current(state, list);
    if let Some(f) = state.filters.iter_mut().find(|f| f.editing) {
        edit(&mut f.input);
    }
    select_from(state, list, 0, before);
}

/// `Esc`: ends the filter being typed, else the focused list's, else every filter.
fn clear_filter(state: &mut State) {
    let focused = state.focus.0;
    let ends = |f: &Filter| f.editing;
    let gone: Vec<ListId> = if state.filters.iter().any(ends) {
        state
            .filters
            .iter()
            .filter(|f| ends(f))
            .map(|f| f.list)
            .collect()
    } else if state.filter(focused).is_some() {
        vec![focused]
    } else {
        state.filters.iter().map(|f| f.list).collect()
    };
    for list in gone {
        let row = view::current(state, list);
        state.filters.retain(|f| f.list != list);
        // The selected record stays selected, now among all the list's rows.
        let at = row
            .and_then(|r| view::rows(state, list).iter().position(|&x| x == r))
            .unwrap_or(0);
        state.set_selected(list, at);
    }
}

/// The lists that depend on the selection in `list` (their selection resets when it moves).
fn dependents(list: ListId) -> &'static [ListId] {
    match list {
        ListId::Mentees => &[
            ListId::Goals,
            ListId::Milestones,
            ListId::Sessions,
            ListId::Actions,
            ListId::Feedback,
            ListId::Connections,
            ListId::Stages,
            ListId::Skills,
        ],
        ListId::Goals => &[ListId::Milestones],
        ListId::Sessions => &[ListId::Actions],
        _ => &[],
    }
}

/// Selects `row` of `list` (clamped), resetting the lists that depend on it when it changes.
pub fn select(state: &mut State, list: ListId, row: usize) {
    let before = view::current(state, list);
    select_from(state, list, row, before);
}

/// [`select`], where `before` is the record that was selected (the rows may have changed since,
/// under a filter): the lists that depend on `list` reset when the row or its record changes.
fn select_from(state: &mut State, list: ListId, row: usize, before: Option<usize>) {
    let len = view::rows(state, list).len();
    let row = row.min(len.saturating_sub(1));
    let moved = state.selected(list) != row;
    state.set_selected(list, row);
    if moved || view::current(state, list) != before {
        for dep in dependents(list) {
            state.set_selected(*dep, 0);
        }
        if list == ListId::Mentees {
            state.set_selected(ListId::Stages, view::current_stage_row(state));
        }
    }
}

/// Keeps every selection inside its list (after a deletion or an undo).
pub fn clamp_all(state: &mut State) {
    for list in ListId::ALL {
        let len = view::rows(state, list).len();
        let row = state.selected(list).min(len.saturating_sub(1));
        state.set_selected(list, row);
    }
}

fn move_by(state: &mut State, step: isize) {
    let list = state.focus.0;
    let row = state.selected(list) as isize;
    let len = view::rows(state, list).len() as isize;
    let target = row.saturating_add(step).clamp(0, (len - 1).max(0));
    select(state, list, target as usize);
}

fn cycle_pane(state: &mut State, step: isize) {
    let mut panes = vec![ListId::Mentees];
    panes.extend_from_slice(state.tab.lists());
    let at = panes.iter().position(|l| *l == state.focus.0).unwrap_or(0) as isize;
    let next = (at + step).rem_euclid(panes.len() as isize) as usize;
    state.focus.0 = panes[next];
}

/// Gives the focus to `list` when it is on screen (the mentee list, or a list of the tab shown).
fn focus_list(state: &mut State, list: ListId) {
    if list == ListId::Mentees || state.tab.lists().contains(&list) {
        state.focus.0 = list;
    }
}

fn show_tab(state: &mut State, tab: Tab) {
    // The roadmap opens on the stage the mentee is at.
    if tab == Tab::Path && state.tab != Tab::Path {
        state.set_selected(ListId::Stages, view::current_stage_row(state));
    }
    state.tab = tab;
    // The calendar opens on its month.
    state.day_row = None;
    if state.focus.0 != ListId::Mentees && !tab.lists().contains(&state.focus.0) {
        state.focus.0 = tab.lists().first().copied().unwrap_or(ListId::Mentees);
    }
}
