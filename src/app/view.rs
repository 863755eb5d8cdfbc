//! What the lists show: rows after sorting and filtering, and which record is selected. Shared by
//! `update` (to act on the selection) and `ui` (to draw it).

use super::state::{ListId, State};
use crate::domain::{Goal, Mentee, RecordRef, Session};

/// The filter of `list`, lower-cased, when one is typed.
fn needle(state: &State, list: ListId) -> Option<String> {
    state
        .filter
        .as_ref()
        .filter(|f| f.list == list && !f.input.value().is_empty())
        .map(|f| f.input.value().to_lowercase())
}

/// True when one of `texts` contains `needle` (lower-cased), or there is none.
fn passes(needle: Option<&str>, texts: &[&str]) -> bool {
    needle.is_none_or(|n| texts.iter().any(|t| t.to_lowercase().contains(n)))
}

/// The rows of `list`: indices into the records it shows, in display order, filtered.
pub fn rows(state: &State, list: ListId) -> Vec<usize> {
    let needle = needle(state, list);
    let passes = |texts: &[&str]| passes(needle.as_deref(), texts);
    match list {
        ListId::Mentees => (0..state.ws.mentees.len())
            .filter(|&i| passes(&[&state.ws.mentees[i].name]))
            .collect(),
        ListId::Goals => mentee(state).map_or_else(Vec::new, |m| {
            (0..m.goals.len())
                .filter(|&i| passes(&[&m.goals[i].title]))
                .collect()
        }),
        ListId::Milestones => goal(state).map_or_else(Vec::new, |g| {
            (0..g.milestones.len())
                .filter(|&i| passes(&[&g.milestones[i].title]))
                .collect()
        }),
        ListId::Sessions => mentee(state).map_or_else(Vec::new, |m| {
            let mut rows: Vec<usize> = (0..m.sessions.len())
                .filter(|&i| {
                    let s = &m.sessions[i];
                    passes(&[&s.agenda, &s.shared_notes])
                })
                .collect();
            rows.sort_by_key(|&i| std::cmp::Reverse(m.sessions[i].at));
            rows
        }),
        ListId::Actions => session(state).map_or_else(Vec::new, |s| {
            let mut rows: Vec<usize> = (0..s.actions.len())
                .filter(|&i| passes(&[&s.actions[i].text]))
                .collect();
            if state.mentee_view() {
                // In a mentee's own view, their items come first.
                rows.sort_by_key(|&i| s.actions[i].owner != crate::domain::Owner::Mentee);
            }
            rows
        }),
        ListId::Feedback => mentee(state).map_or_else(Vec::new, |m| {
            let mut rows: Vec<usize> = (0..m.feedback.len())
                .filter(|&i| passes(&[&m.feedback[i].text]))
                .collect();
            rows.sort_by_key(|&i| std::cmp::Reverse(m.feedback[i].date));
            rows
        }),
        ListId::Connections => mentee(state).map_or_else(Vec::new, |m| {
            (0..m.connections.len())
                .filter(|&i| {
                    let c = &m.connections[i];
                    passes(&[&c.title, &c.who])
                })
                .collect()
        }),
    }
}

/// The record index of the selected row of `list`, if the list has rows.
pub fn current(state: &State, list: ListId) -> Option<usize> {
    let rows = rows(state, list);
    rows.get(state.selected(list).min(rows.len().saturating_sub(1)))
        .copied()
}

/// The index of the selected mentee in the workspace.
pub fn mentee_index(state: &State) -> Option<usize> {
    current(state, ListId::Mentees)
}

pub fn mentee(state: &State) -> Option<&Mentee> {
    mentee_index(state).map(|i| state.ws.mentees[i].as_ref())
}

pub fn goal(state: &State) -> Option<&Goal> {
    let m = mentee(state)?;
    current(state, ListId::Goals).map(|i| &m.goals[i])
}

pub fn session(state: &State) -> Option<&Session> {
    let m = mentee(state)?;
    current(state, ListId::Sessions).map(|i| &m.sessions[i])
}

/// The ID of the selected record of `list`.
pub fn selected_id(state: &State, list: ListId) -> Option<RecordRef> {
    let m = mentee(state);
    let i = current(state, list)?;
    Some(match list {
        ListId::Mentees => RecordRef::Mentee(state.ws.mentees[i].id.clone()),
        ListId::Goals => RecordRef::Goal(m?.goals[i].id.clone()),
        ListId::Milestones => RecordRef::Milestone(goal(state)?.milestones[i].id.clone()),
        ListId::Sessions => RecordRef::Session(m?.sessions[i].id.clone()),
        ListId::Actions => RecordRef::Action(session(state)?.actions[i].id.clone()),
        ListId::Feedback => RecordRef::Feedback(m?.feedback[i].id.clone()),
        ListId::Connections => RecordRef::Connection(m?.connections[i].id.clone()),
    })
}
