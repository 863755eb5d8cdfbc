//! What the lists show: rows after sorting and filtering, and which record is selected. Shared by
//! `update` (to act on the selection) and `ui` (to draw it).

use super::memo::MenteeRowsKey;
use super::state::{ListId, MenteeOrder, State};
use crate::domain::derived::skill_matrix;
use crate::domain::path::{SkillLevel, Stage};
use crate::domain::search::{Needle, mentee_matches};
use crate::domain::{Goal, Mentee, MenteeStatus, RecordRef, Session};
use std::sync::Arc;

/// The filter of `list`, when one is typed.
fn needle(state: &State, list: ListId) -> Option<Needle> {
    state
        .filter(list)
        .and_then(|f| Needle::new(f.input.value()))
}

/// True when one of `texts` holds `needle` (any case), or there is none.
fn passes(needle: Option<&Needle>, texts: &[&str]) -> bool {
    needle.is_none_or(|n| texts.iter().any(|t| n.matches(t)))
}

/// The text of the filter of `list`, when it has one.
pub fn filter_text(state: &State, list: ListId) -> Option<&str> {
    state
        .filter(list)
        .map(|f| f.input.value())
        .filter(|v| !v.trim().is_empty())
}

/// How many rows `list` holds with no filter (and, for mentees, nothing hidden).
pub fn total(state: &State, list: ListId) -> usize {
    let m = mentee(state);
    match list {
        ListId::Mentees => state.ws.mentees.len(),
        ListId::Goals => m.map_or(0, |m| m.goals.len()),
        ListId::Milestones => goal(state).map_or(0, |g| g.milestones.len()),
        ListId::Sessions => m.map_or(0, |m| m.sessions.len()),
        ListId::Actions => session(state).map_or(0, |s| s.actions.len()),
        ListId::Feedback => m.map_or(0, |m| m.feedback.len()),
        ListId::Connections => m.map_or(0, |m| m.connections.len()),
        ListId::Stages => m.map_or(0, |m| m.path.stages.len()),
        ListId::Skills => m.map_or(0, |m| skill_matrix(m).len()),
    }
}

/// The count a list's title shows: `17`, or `2 of 17` while some rows are filtered out.
pub fn count(state: &State, list: ListId) -> String {
    let shown = rows(state, list).len();
    let total = total(state, list);
    if shown == total {
        shown.to_string()
    } else {
        crate::t!("mentees-shown-of", shown = shown, total = total)
    }
}

/// The mentees shown, in the list's order: those the filter matches (by name or any text of
/// their records, see [`crate::domain::search`]), without the concluded ones when they are
/// hidden. Computed once per change of the workspace, filter or order (see [`Memo`]).
fn mentee_rows(state: &State) -> Arc<Vec<usize>> {
    let key = MenteeRowsKey {
        filter: filter_text(state, ListId::Mentees).map(str::to_lowercase),
        order: state.mentee_order,
        hide_concluded: state.hide_concluded,
    };
    let checkins = (state.mentee_order == MenteeOrder::CheckIn)
        .then(|| state.memo.checkins(&state.ws, state.today));
    state
        .memo
        .mentee_rows(&state.ws, state.today, key, |among| {
            let ws = &state.ws;
            let needle = needle(state, ListId::Mentees);
            let matches = |&i: &usize| {
                needle
                    .as_ref()
                    .is_none_or(|n| mentee_matches(&ws.mentees[i], n))
            };
            if let Some(among) = among {
                // Already in the list's order, hiding what it hides: only the filter narrows.
                return among.iter().copied().filter(matches).collect();
            }
            let mut rows: Vec<usize> = (0..ws.mentees.len())
                .filter(|&i| {
                    !(state.hide_concluded && ws.mentees[i].status == MenteeStatus::Concluded)
                })
                .filter(matches)
                .collect();
            let name = |i: usize| ws.mentees[i].name.to_lowercase();
            match state.mentee_order {
                MenteeOrder::Added => {}
                MenteeOrder::Name => rows.sort_by_cached_key(|&i| name(i)),
                MenteeOrder::CheckIn => rows.sort_by_cached_key(|&i| {
                    let due = checkins
                        .as_ref()
                        .and_then(|c| c.each.get(i).copied().flatten());
                    (due.is_none(), due.map(|c| c.due), name(i))
                }),
                MenteeOrder::Kind => {
                    rows.sort_by_cached_key(|&i| (ws.mentees[i].kind.name(), name(i)))
                }
            }
            rows
        })
}

/// The rows of `list`: indices into the records it shows, in display order, filtered.
pub fn rows(state: &State, list: ListId) -> Vec<usize> {
    let needle = needle(state, list);
    let passes = |texts: &[&str]| passes(needle.as_ref(), texts);
    match list {
        ListId::Mentees => mentee_rows(state).as_ref().clone(),
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
        ListId::Stages => mentee(state).map_or_else(Vec::new, |m| {
            let stages = &m.path.stages;
            (0..stages.len())
                .filter(|&i| passes(&[&stages[i].title, &stages[i].description]))
                .collect()
        }),
        ListId::Skills => mentee(state).map_or_else(Vec::new, |m| {
            let matrix = skill_matrix(m);
            (0..matrix.len())
                .filter(|&i| passes(&[&matrix[i].skill]))
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

/// The selected stage of the mentee's career path.
pub fn stage(state: &State) -> Option<&Stage> {
    let m = mentee(state)?;
    current(state, ListId::Stages).map(|i| &m.path.stages[i])
}

/// The row of the stage the mentee is at: the first in progress, else the first open one, else
/// the first (the Path tab opens on it).
pub fn current_stage_row(state: &State) -> usize {
    let Some(m) = mentee(state) else { return 0 };
    let rows = rows(state, ListId::Stages);
    let first = |open: fn(crate::domain::StageStatus) -> bool| {
        rows.iter().position(|&i| open(m.path.stages[i].status))
    };
    first(|s| s == crate::domain::StageStatus::InProgress)
        .or_else(|| first(|s| s.is_open()))
        .unwrap_or(0)
}

/// The record a stage is.
pub fn stage_ref(st: &Stage) -> RecordRef {
    RecordRef::Stage(st.id.clone())
}

/// The selected row of the mentee's skill matrix (a skill they may hold no level in yet).
pub fn skill(state: &State) -> Option<SkillLevel> {
    let m = mentee(state)?;
    current(state, ListId::Skills).and_then(|i| skill_matrix(m).into_iter().nth(i))
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
        ListId::Stages => stage_ref(&m?.path.stages[i]),
        // A skill is named by its text, not an ID: it is no record of its own.
        ListId::Skills => return None,
    })
}
