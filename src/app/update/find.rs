//! Finding: the global search (typing the query, moving through the results, jumping to one), and
//! the mentee list's order and whether it hides concluded mentees.
//!
//! What is searched and how it matches is the domain's ([`crate::domain::search`]); here the
//! results are only kept and shown. The search looks at the workspace the app holds: in a
//! mentee's read-only view that is the projected workspace, so nothing hidden from them is found.

use super::super::action::Action;
use super::super::state::{ListId, Popup, Search, State, Tab};
use super::super::view;
use super::navigate::select;
use crate::domain::RecordRef;
use crate::domain::search::{Hit, search_among};
use crate::t;

/// The most results the search lists (it says when there are more).
pub const SEARCH_LIMIT: usize = 200;

pub fn update(state: &mut State, action: Action) {
    match action {
        Action::OpenSearch => {
            state.popup = Some(Popup::Search(Box::default()));
        }
        Action::SearchEdit(edit) => {
            if let Some(Popup::Search(s)) = &mut state.popup {
                edit.apply(&mut s.input);
                refresh(&state.ws, s);
            }
        }
        Action::SearchMove(step) => {
            if let Some(Popup::Search(s)) = &mut state.popup {
                let last = s.found.hits.len().saturating_sub(1) as isize;
                s.selected = (s.selected as isize).saturating_add(step).clamp(0, last) as usize;
            }
        }
        Action::SearchJump => {
            let hit = match &state.popup {
                Some(Popup::Search(s)) => s.found.hits.get(s.selected).cloned(),
                _ => None,
            };
            if let Some(hit) = hit {
                state.popup = None;
                jump(state, &hit);
            }
        }
        Action::CycleMenteeOrder => {
            let order = state.mentee_order.next();
            keeping_mentee(state, |s| s.mentee_order = order);
            let said = order.label().unwrap_or_else(|| t!("app-order-added"));
            state.info(t!("app-mentees-ordered", order = said));
        }
        Action::ToggleConcluded => {
            let hide = !state.hide_concluded;
            keeping_mentee(state, |s| s.hide_concluded = hide);
            state.info(if hide {
                t!("app-concluded-hidden")
            } else {
                t!("app-concluded-shown")
            });
        }
        _ => {}
    }
}

/// The search's results for its query as typed now. Typing on (the new query contains the one
/// searched last, whose results were complete) looks again only at the mentees found then.
pub(super) fn refresh(ws: &crate::domain::Workspace, s: &mut Search) {
    let query = s.input.value().trim().to_lowercase();
    let among = s
        .searched
        .as_ref()
        .filter(|last| !last.is_empty() && query.contains(last.as_str()))
        .and_then(|_| s.found.mentees());
    s.found = search_among(ws, &query, SEARCH_LIMIT, among.as_deref());
    s.searched = Some(query);
    s.selected = 0;
}

/// Looks again for the open search's query after a reload replaced the workspace, so its
/// results (their snippets, and where Enter goes) are of the workspace shown: in a mentee's view,
/// a record the mentor has since hidden or removed leaves the results. The same record stays
/// selected while it is still found.
pub(super) fn search_again(state: &mut State) {
    let Some(Popup::Search(s)) = &mut state.popup else {
        return;
    };
    let chosen = s.found.hits.get(s.selected).map(|h| h.record.clone());
    s.searched = None;
    refresh(&state.ws, s);
    s.selected = chosen
        .and_then(|r| s.found.hits.iter().position(|h| h.record == r))
        .unwrap_or(0);
}

/// Changes how the mentee list is made, keeping the same mentee selected when it is still shown.
fn keeping_mentee(state: &mut State, change: impl FnOnce(&mut State)) {
    let before = view::mentee_index(state);
    change(state);
    let rows = view::rows(state, ListId::Mentees);
    match before.and_then(|i| rows.iter().position(|&r| r == i)) {
        Some(row) => state.set_selected(ListId::Mentees, row),
        None => {
            state.set_selected(ListId::Mentees, 0);
            reset_records(state);
        }
    }
}

/// Every list but the mentees back to its first row (another mentee is selected).
fn reset_records(state: &mut State) {
    for list in ListId::ALL {
        if list != ListId::Mentees {
            state.set_selected(list, 0);
        }
    }
}

/// Selects the record of `index` in `list`, first ending what hides it there (the list's
/// filter; for a mentee, also the hiding of concluded ones).
fn show(state: &mut State, list: ListId, index: usize) {
    let position = |state: &State| view::rows(state, list).iter().position(|&r| r == index);
    let row = position(state).or_else(|| {
        state.filters.retain(|f| f.list != list);
        if list == ListId::Mentees {
            state.hide_concluded = false;
        }
        position(state)
    });
    select(state, list, row.unwrap_or(0));
}

/// Shows the record of `hit`: its mentee selected, its tab, the focus on its list and the
/// record selected there (with the goal or session it belongs to selected first).
fn jump(state: &mut State, hit: &Hit) {
    let before = view::mentee_index(state);
    show(state, ListId::Mentees, hit.mentee);
    if before != Some(hit.mentee) {
        reset_records(state);
    }
    let ws = &state.ws;
    let id = hit.record.as_str();
    // The lists to select in, outermost first, with the record's index in each.
    let path: Vec<(ListId, usize)> = match &hit.record {
        RecordRef::Mentee(_) | RecordRef::Series(_) => Vec::new(),
        RecordRef::Stage(_) => state.ws.mentees[hit.mentee]
            .path
            .stages
            .iter()
            .position(|st| st.id.as_str() == id)
            .map(|st| vec![(ListId::Stages, st)])
            .unwrap_or_default(),
        RecordRef::Goal(_) => ws
            .find_goal(id)
            .map(|(_, g)| vec![(ListId::Goals, g)])
            .unwrap_or_default(),
        RecordRef::Milestone(_) => ws
            .find_milestone(id)
            .map(|(_, g, k)| vec![(ListId::Goals, g), (ListId::Milestones, k)])
            .unwrap_or_default(),
        RecordRef::Session(_) => ws
            .find_session(id)
            .map(|(_, s)| vec![(ListId::Sessions, s)])
            .unwrap_or_default(),
        RecordRef::Action(_) => ws
            .find_action(id)
            .map(|(_, s, a)| vec![(ListId::Sessions, s), (ListId::Actions, a)])
            .unwrap_or_default(),
        RecordRef::Feedback(_) => state.ws.mentees[hit.mentee]
            .feedback
            .iter()
            .position(|f| f.id.as_str() == id)
            .map(|f| vec![(ListId::Feedback, f)])
            .unwrap_or_default(),
        RecordRef::Connection(_) => state.ws.mentees[hit.mentee]
            .connections
            .iter()
            .position(|c| c.id.as_str() == id)
            .map(|c| vec![(ListId::Connections, c)])
            .unwrap_or_default(),
    };
    state.tab = match path.first().map(|(l, _)| *l) {
        Some(ListId::Goals) => Tab::Goals,
        Some(ListId::Sessions) => Tab::Sessions,
        Some(ListId::Feedback) => Tab::Feedback,
        Some(ListId::Connections) => Tab::Network,
        Some(ListId::Stages) => Tab::Path,
        _ => Tab::Overview,
    };
    state.focus.0 = ListId::Mentees;
    for (list, index) in path {
        show(state, list, index);
        state.focus.0 = list;
    }
}
