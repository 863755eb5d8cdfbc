//! Changes to the selected record: delete, mark done, edit a long text, undo and redo.

use super::super::action::{EditorTarget, Effect};
use super::super::edit;
use super::super::state::{Confirm, ConfirmKind, ListId, Popup, State};
use super::super::view;
use super::clamp_all;
use crate::domain::ops::{Op, OpError, long_text};
use crate::domain::{ConnectionStatus, GoalStatus, RecordRef, SessionStatus};

/// Selects the record added last (the one with the highest ID number) in `list`.
pub fn select_newest(state: &mut State, list: ListId) {
    let newest = state.ws.next_id.saturating_sub(1);
    let rows = view::rows(state, list);
    for row in 0..rows.len() {
        state.set_selected(list, row);
        if view::selected_id(state, list).and_then(|r| r.number()) == Some(newest) {
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
        ListId::Stages => {
            let st = &m?.path.stages[i];
            format!("stage \"{}\" of the career path (its goals stay)", st.title)
        }
        ListId::Skills => return None,
    })
}

/// Opens the selected record of the focused list in the detail overlay, at its top.
pub fn open(state: &mut State) {
    // On the Agenda or a calendar day's items, `o` opens the item selected there.
    let everyone = state.agenda_shown() || state.day_row.is_some() && state.calendar_shown();
    let record = if everyone {
        super::everyone::selected_record(state).ok_or_else(|| "nothing selected to open".into())
    } else {
        let list = state.focus.0;
        view::selected_id(state, list).ok_or_else(|| nothing_selected(state, list))
    };
    match record {
        Ok(record) => {
            state.popup = Some(Popup::Detail(super::super::detail::Detail {
                record,
                scroll: 0,
            }));
        }
        Err(why) => state.error(why),
    }
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
        _ => state.error(nothing_selected(state, list)),
    }
}

/// Why nothing of `list` can be opened or deleted: nothing is selected, or (a skill of the
/// matrix, which is named by its text and no record of its own) what to do instead.
fn nothing_selected(state: &State, list: ListId) -> String {
    if list == ListId::Skills && view::skill(state).is_some() {
        return "a skill is no record of its own: e edits its levels (both - takes it off)".into();
    }
    format!("no {} selected", list.noun())
}

/// Removes the record the confirmation names.
pub fn delete(state: &mut State, c: &Confirm) -> Vec<Effect> {
    let label = format!("delete {}", c.list.noun());
    match edit::apply(state, Op::Remove(c.id.clone()), &label) {
        Ok((_, effects)) => {
            clamp_all(state);
            state.info(format!("{label}; u undoes it"));
            effects
        }
        Err(_) => {
            state.error("it is already gone");
            Vec::new()
        }
    }
}

/// The operation that marks `target` done, or not done again, and what it says then.
fn toggle_op(state: &State, target: &RecordRef) -> Option<(Op, &'static str)> {
    let m = view::mentee(state)?;
    Some(match target {
        RecordRef::Goal(id) => {
            let g = m.goals.iter().find(|g| &g.id == id)?;
            if g.status == GoalStatus::Achieved {
                (Op::ReopenGoal(id.clone()), "goal active again")
            } else {
                (Op::AchieveGoal(id.clone()), "goal achieved")
            }
        }
        RecordRef::Session(id) => {
            let s = m.sessions.iter().find(|s| &s.id == id)?;
            let (status, msg) = if s.status == SessionStatus::Held {
                (SessionStatus::Planned, "session planned")
            } else {
                (SessionStatus::Held, "session held")
            };
            let op = Op::SetSessionStatus {
                session: id.clone(),
                status,
                future_ok: true,
                notes: None,
                private_notes: None,
                levels: Default::default(),
            };
            (op, msg)
        }
        RecordRef::Milestone(id) => {
            let k = m
                .goals
                .iter()
                .flat_map(|g| &g.milestones)
                .find(|k| &k.id == id)?;
            done_op(
                target,
                k.is_done(),
                ("milestone done", "milestone open again"),
            )
        }
        RecordRef::Action(id) => {
            let a = m
                .sessions
                .iter()
                .flat_map(|s| &s.actions)
                .find(|a| &a.id == id)?;
            done_op(target, a.is_done(), ("action done", "action open again"))
        }
        RecordRef::Connection(id) => {
            let c = m.connections.iter().find(|c| &c.id == id)?;
            let made = c.status == ConnectionStatus::Done;
            done_op(target, made, ("connection made", "connection suggested"))
        }
        RecordRef::Mentee(_)
        | RecordRef::Feedback(_)
        | RecordRef::Series(_)
        | RecordRef::Stage(_) => return None,
    })
}

/// Marks `target` done when it is not, else open again.
fn done_op(
    target: &RecordRef,
    done: bool,
    (on, off): (&'static str, &'static str),
) -> (Op, &'static str) {
    let op = Op::SetDone {
        target: target.clone(),
        done: !done,
    };
    (op, if done { off } else { on })
}

/// Marks the selected item done, or not done again. A planned session whose day is still to come
/// is marked held only once `confirmed` (otherwise the question is asked first).
pub fn toggle_done(state: &mut State, confirmed: bool) -> Vec<Effect> {
    let list = state.focus.0;
    let Some(id) = view::selected_id(state, list) else {
        state.error(format!("no {} selected", list.noun()));
        return Vec::new();
    };
    if list == ListId::Sessions
        && !confirmed
        && let Some(s) = view::session(state)
        && s.status != SessionStatus::Held
        && s.is_future(state.today)
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
    let result = toggle_op(state, &id).map(|(op, msg)| {
        (
            edit::apply(state, op, format!("toggle {}", list.noun())),
            msg,
        )
    });
    match result {
        Some((Ok((_, effects)), msg)) => {
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
    let conflicts = super::sync::ids(state);
    let done = if undo {
        state.history.undo(&mut state.ws)
    } else {
        state.history.redo(&mut state.ws)
    };
    clamp_all(state);
    super::sync::follow(state, &conflicts);
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

pub fn editor_for_selected(state: &mut State) -> Vec<Effect> {
    let list = state.focus.0;
    let found = view::selected_id(state, list)
        .and_then(|id| long_text(&state.ws, &id).ok().map(|text| (id, text)));
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
            let id_kind = id.kind();
            let op = Op::SetText { target: id, text };
            match edit::apply(state, op, "edit text") {
                Ok((_, effects)) => {
                    state.info("text updated");
                    effects
                }
                Err(OpError::Lookup(_)) => {
                    state.error("the record is gone; nothing changed");
                    Vec::new()
                }
                Err(OpError::Blank(_)) => {
                    let what = match id_kind {
                        "feedback" => "feedback needs text",
                        _ => "an action item needs text",
                    };
                    state.error(format!("{what}; nothing changed"));
                    Vec::new()
                }
                Err(why) => {
                    state.error(format!("{why}; nothing changed"));
                    Vec::new()
                }
            }
        }
    }
}
