//! Changes to the selected record: delete, mark done, edit a long text, undo and redo.

use super::super::action::{EditorTarget, Effect};
use super::super::edit;
use super::super::state::{Confirm, ConfirmKind, ListId, Popup, State};
use super::super::view;
use super::clamp_all;
use crate::domain::{ConnectionStatus, GoalStatus, Mentee, SessionStatus};

/// Selects the record added last (the one with the highest ID number) in `list`.
pub fn select_newest(state: &mut State, list: ListId) {
    let newest = state.ws.next_id.saturating_sub(1);
    let rows = view::rows(state, list);
    for row in 0..rows.len() {
        state.set_selected(list, row);
        let id = view::selected_id(state, list).unwrap_or_default();
        if id.trim_start_matches(|c: char| c.is_ascii_alphabetic()) == newest.to_string() {
            return;
        }
    }
    state.set_selected(list, rows.len().saturating_sub(1));
}

/// Names the selected record for a confirmation, with what goes with it.
fn describe(state: &State, list: ListId) -> Option<String> {
    let m = view::mentee(state);
    let i = view::current(state, list)?;
    let plural = |n: usize, what: &str| {
        if n == 1 {
            format!("1 {what}")
        } else {
            format!("{n} {what}s")
        }
    };
    Some(match list {
        ListId::Mentees => {
            let m = &state.ws.mentees[i];
            format!(
                "mentee \"{}\" with {}, {} and {}",
                m.name,
                plural(m.goals.len(), "goal"),
                plural(m.sessions.len(), "session"),
                plural(m.feedback.len(), "feedback note")
            )
        }
        ListId::Goals => {
            let g = &m?.goals[i];
            format!(
                "goal \"{}\" with {}",
                g.title,
                plural(g.milestones.len(), "milestone")
            )
        }
        ListId::Milestones => format!("milestone \"{}\"", view::goal(state)?.milestones[i].title),
        ListId::Sessions => {
            let s = &m?.sessions[i];
            format!(
                "the session of {} with {}",
                s.at.format("%Y-%m-%d %H:%M"),
                plural(s.actions.len(), "action item")
            )
        }
        ListId::Actions => format!("action item \"{}\"", view::session(state)?.actions[i].text),
        ListId::Feedback => format!(
            "{} feedback of {}",
            m?.feedback[i].kind, m?.feedback[i].date
        ),
        ListId::Connections => format!("connection \"{}\"", m?.connections[i].title),
    })
}

pub fn ask_delete(state: &mut State) {
    let list = state.focus.0;
    match (describe(state, list), view::selected_id(state, list)) {
        (Some(what), Some(id)) => {
            let message = format!("Delete {}?", crate::domain::text::line(&what));
            state.popup = Some(Popup::Confirm(Confirm {
                message,
                id,
                list,
                kind: ConfirmKind::Delete,
            }));
        }
        _ => state.error(format!("no {} selected", list.noun())),
    }
}

/// Removes the record the confirmation names.
pub fn delete(state: &mut State, c: &Confirm) -> Vec<Effect> {
    let Some(index) = state.ws.holder_of(&c.id) else {
        state.error("it is already gone");
        return Vec::new();
    };
    let label = format!("delete {}", c.list.noun());
    let effects = if c.list == ListId::Mentees {
        edit::remove_mentee(state, index, &label)
    } else {
        let id = c.id.as_str();
        let done = edit::mentee(state, index, &label, |m: &mut Mentee, _| {
            m.goals.retain(|g| g.id.as_str() != id);
            for g in &mut m.goals {
                g.milestones.retain(|k| k.id.as_str() != id);
            }
            m.sessions.retain(|s| s.id.as_str() != id);
            for s in &mut m.sessions {
                s.actions.retain(|a| a.id.as_str() != id);
                s.goals.retain(|g| g.as_str() != id);
            }
            m.feedback.retain(|f| f.id.as_str() != id);
            for f in &mut m.feedback {
                if f.goal.as_ref().is_some_and(|g| g.as_str() == id) {
                    f.goal = None;
                }
            }
            m.connections.retain(|x| x.id.as_str() != id);
            Ok::<(), ()>(())
        });
        match done {
            Some(Ok(((), effects))) => effects,
            _ => Vec::new(),
        }
    };
    clamp_all(state);
    state.info(format!("{label}; u undoes it"));
    effects
}

/// Marks the selected item done, or not done again. A planned session whose day is still to come
/// is marked held only once `confirmed` (otherwise the question is asked first).
pub fn toggle_done(state: &mut State, confirmed: bool) -> Vec<Effect> {
    let list = state.focus.0;
    let (Some(id), Some(index)) = (view::selected_id(state, list), view::mentee_index(state))
    else {
        state.error(format!("no {} selected", list.noun()));
        return Vec::new();
    };
    let today = state.today;
    if list == ListId::Sessions
        && !confirmed
        && let Some(s) = view::session(state)
        && s.status != SessionStatus::Held
        && s.is_future(today)
    {
        let message = format!(
            "Mark the session of {} held? Its day is still to come.",
            s.at.format("%Y-%m-%d %H:%M")
        );
        state.popup = Some(Popup::Confirm(Confirm {
            message,
            id,
            list,
            kind: ConfirmKind::HoldFuture,
        }));
        return Vec::new();
    }
    let flip = |done: &mut Option<chrono::NaiveDate>| {
        *done = if done.is_some() { None } else { Some(today) };
        done.is_some()
    };
    let result = edit::mentee(state, index, format!("toggle {}", list.noun()), |m, _| {
        let msg = match list {
            ListId::Goals => {
                let g = m.goals.iter_mut().find(|g| g.id.as_str() == id).ok_or(())?;
                if g.status == GoalStatus::Achieved {
                    g.status = GoalStatus::Active;
                    g.achieved_on = None;
                    "goal active again"
                } else {
                    g.status = GoalStatus::Achieved;
                    g.achieved_on = Some(today);
                    "goal achieved"
                }
            }
            ListId::Milestones => {
                let k = m
                    .goals
                    .iter_mut()
                    .flat_map(|g| g.milestones.iter_mut())
                    .find(|k| k.id.as_str() == id)
                    .ok_or(())?;
                if flip(&mut k.done_on) {
                    "milestone done"
                } else {
                    "milestone open again"
                }
            }
            ListId::Sessions => {
                let s = m
                    .sessions
                    .iter_mut()
                    .find(|s| s.id.as_str() == id)
                    .ok_or(())?;
                s.status = if s.status == SessionStatus::Held {
                    SessionStatus::Planned
                } else {
                    SessionStatus::Held
                };
                if s.status == SessionStatus::Held {
                    "session held"
                } else {
                    "session planned"
                }
            }
            ListId::Actions => {
                let a = m
                    .sessions
                    .iter_mut()
                    .flat_map(|s| s.actions.iter_mut())
                    .find(|a| a.id.as_str() == id)
                    .ok_or(())?;
                if flip(&mut a.done_on) {
                    "action done"
                } else {
                    "action open again"
                }
            }
            ListId::Connections => {
                let c = m
                    .connections
                    .iter_mut()
                    .find(|c| c.id.as_str() == id)
                    .ok_or(())?;
                if c.status == ConnectionStatus::Done {
                    c.status = ConnectionStatus::Suggested;
                    "connection suggested"
                } else {
                    c.status = ConnectionStatus::Done;
                    c.date.get_or_insert(today);
                    "connection made"
                }
            }
            ListId::Mentees | ListId::Feedback => return Err(()),
        };
        Ok(msg)
    });
    match result {
        Some(Ok((msg, effects))) => {
            state.info(msg);
            effects
        }
        _ => {
            state.error(format!("a {} cannot be marked done", list.noun()));
            Vec::new()
        }
    }
}

pub fn undo(state: &mut State, undo: bool) -> Vec<Effect> {
    let done = if undo {
        state.history.undo(&mut state.ws)
    } else {
        state.history.redo(&mut state.ws)
    };
    clamp_all(state);
    match done {
        Some(label) => {
            state.info(format!("{}: {label}", if undo { "undid" } else { "redid" }));
            vec![Effect::Save]
        }
        None => {
            state.info(if undo {
                "nothing to undo"
            } else {
                "nothing to redo"
            });
            Vec::new()
        }
    }
}

/// The main long text of a record: what `E` opens in the editor.
fn long_text(m: &Mentee, id: &str) -> Option<String> {
    if m.id.as_str() == id {
        return Some(m.aspirations.clone());
    }
    for g in &m.goals {
        if g.id.as_str() == id {
            return Some(g.specific.clone());
        }
        if let Some(k) = g.milestones.iter().find(|k| k.id.as_str() == id) {
            return Some(k.note.clone());
        }
    }
    for s in &m.sessions {
        if s.id.as_str() == id {
            return Some(s.shared_notes.clone());
        }
        if let Some(a) = s.actions.iter().find(|a| a.id.as_str() == id) {
            return Some(a.text.clone());
        }
    }
    m.feedback
        .iter()
        .find(|f| f.id.as_str() == id)
        .map(|f| f.text.clone())
        .or_else(|| {
            m.connections
                .iter()
                .find(|c| c.id.as_str() == id)
                .map(|c| c.note.clone())
        })
}

pub fn editor_for_selected(state: &mut State) -> Vec<Effect> {
    let list = state.focus.0;
    let found = view::selected_id(state, list).and_then(|id| {
        let m = &state.ws.mentees[state.ws.holder_of(&id)?];
        long_text(m, &id).map(|text| (id, text))
    });
    match found {
        Some((id, text)) => vec![Effect::OpenEditor {
            target: EditorTarget::Record(id),
            text,
        }],
        None => {
            state.error(format!("no {} selected", list.noun()));
            Vec::new()
        }
    }
}

pub fn editor_done(
    state: &mut State,
    target: EditorTarget,
    result: Result<String, String>,
) -> Vec<Effect> {
    let text = match result {
        Ok(text) => text.trim_end().to_string(),
        Err(why) => {
            state.error(format!("the editor failed: {why}; nothing changed"));
            return Vec::new();
        }
    };
    match target {
        EditorTarget::FormField(i) => {
            if let Some(Popup::Form(form)) = &mut state.popup
                && let Some(field) = form.fields.get_mut(i)
            {
                // A one-line field refuses what has several lines, and stays as it was.
                if !field.multiline()
                    && let Err(why) = super::input::one_line(&text)
                {
                    field.error = Some(why);
                    return Vec::new();
                }
                field.input = tui_input::Input::new(text);
                field.error = None;
                form.dirty = true;
            }
            Vec::new()
        }
        EditorTarget::Record(id) => {
            let Some(index) = state.ws.holder_of(&id) else {
                state.error("the record is gone; nothing changed");
                return Vec::new();
            };
            let result = edit::mentee(state, index, "edit text", |m, _| {
                if m.id.as_str() == id {
                    m.aspirations = text;
                    return Ok(());
                }
                for g in &mut m.goals {
                    if g.id.as_str() == id {
                        g.specific = text;
                        return Ok(());
                    }
                    if let Some(k) = g.milestones.iter_mut().find(|k| k.id.as_str() == id) {
                        k.note = text;
                        return Ok(());
                    }
                }
                for s in &mut m.sessions {
                    if s.id.as_str() == id {
                        s.shared_notes = text;
                        return Ok(());
                    }
                    if let Some(a) = s.actions.iter_mut().find(|a| a.id.as_str() == id) {
                        if text.trim().is_empty() {
                            return Err("an action item needs text");
                        }
                        a.text = text;
                        return Ok(());
                    }
                }
                if let Some(f) = m.feedback.iter_mut().find(|f| f.id.as_str() == id) {
                    if text.trim().is_empty() {
                        return Err("feedback needs text");
                    }
                    f.text = text;
                    return Ok(());
                }
                if let Some(c) = m.connections.iter_mut().find(|c| c.id.as_str() == id) {
                    c.note = text;
                    return Ok(());
                }
                Err("the record is gone")
            });
            match result {
                Some(Ok(((), effects))) => {
                    state.info("text updated");
                    effects
                }
                Some(Err(why)) => {
                    state.error(format!("{why}; nothing changed"));
                    Vec::new()
                }
                None => Vec::new(),
            }
        }
    }
}
