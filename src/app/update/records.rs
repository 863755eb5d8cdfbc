//! Changes to the selected record: delete, mark done, edit a long text, undo and redo.

use super::super::action::{EditorTarget, Effect};
use super::super::edit;
use super::super::state::{Confirm, ConfirmKind, ListId, Popup, State};
use super::super::view;
use super::clamp_all;
use crate::domain::ops::{Op, OpError, long_text};
use crate::domain::{ConnectionStatus, GoalStatus, RecordRef, SessionStatus};
use crate::t;

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
    Some(match list {
        ListId::Mentees => {
            let m = &state.ws.mentees[i];
            t!(
                "app-describe-mentee",
                name = m.name.as_str(),
                goals = m.goals.len(),
                sessions = m.sessions.len(),
                feedback = m.feedback.len()
            )
        }
        ListId::Goals => {
            let g = &m?.goals[i];
            t!(
                "app-describe-goal",
                title = g.title.as_str(),
                milestones = g.milestones.len()
            )
        }
        ListId::Milestones => {
            let k = &view::goal(state)?.milestones[i];
            t!("app-describe-milestone", title = k.title.as_str())
        }
        ListId::Sessions => {
            let s = &m?.sessions[i];
            t!(
                "app-describe-session",
                at = s.at.format("%Y-%m-%d %H:%M").to_string(),
                actions = s.actions.len()
            )
        }
        ListId::Actions => {
            let a = &view::session(state)?.actions[i];
            t!("app-describe-action", text = a.text.as_str())
        }
        ListId::Feedback => t!(
            "app-describe-feedback",
            kind = m?.feedback[i].kind.to_string(),
            date = m?.feedback[i].date.to_string()
        ),
        ListId::Connections => t!(
            "app-describe-connection",
            title = m?.connections[i].title.as_str()
        ),
        ListId::Stages => {
            let st = &m?.path.stages[i];
            t!("app-describe-stage", title = st.title.as_str())
        }
        ListId::Skills => return None,
    })
}

/// Opens the selected record of the focused list in the detail overlay, at its top.
pub fn open(state: &mut State) {
    // On the Agenda or a calendar day's items, `o` opens the item selected there.
    let everyone = state.agenda_shown() || state.day_row.is_some() && state.calendar_shown();
    let record = if everyone {
        super::everyone::selected_record(state).ok_or_else(|| t!("app-nothing-to-open"))
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
            let message = t!("app-ask-delete", what = crate::domain::text::line(&what));
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
        return t!("app-skill-no-record");
    }
    t!("app-none-selected", what = list.noun_text())
}

/// Removes the record the confirmation names.
pub fn delete(state: &mut State, c: &Confirm) -> Vec<Effect> {
    let label = t!("app-did-delete", what = c.list.noun_text());
    match edit::apply(state, Op::Remove(c.id.clone()), &label) {
        Ok((_, effects)) => {
            clamp_all(state);
            state.info(t!("app-undoable", did = label.as_str()));
            effects
        }
        Err(_) => {
            state.error(t!("app-already-gone"));
            Vec::new()
        }
    }
}

/// The operation that marks `target` done, or not done again, and what it says then.
fn toggle_op(state: &State, target: &RecordRef) -> Option<(Op, String)> {
    let m = view::mentee(state)?;
    Some(match target {
        RecordRef::Goal(id) => {
            let g = m.goals.iter().find(|g| &g.id == id)?;
            if g.status == GoalStatus::Achieved {
                (Op::ReopenGoal(id.clone()), t!("app-goal-reopened"))
            } else {
                (Op::AchieveGoal(id.clone()), t!("app-goal-achieved"))
            }
        }
        RecordRef::Session(id) => {
            let s = m.sessions.iter().find(|s| &s.id == id)?;
            let (status, msg) = if s.status == SessionStatus::Held {
                (SessionStatus::Planned, t!("app-session-planned"))
            } else {
                (SessionStatus::Held, t!("app-session-held"))
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
                (t!("app-milestone-done"), t!("app-milestone-open")),
            )
        }
        RecordRef::Action(id) => {
            let a = m
                .sessions
                .iter()
                .flat_map(|s| &s.actions)
                .find(|a| &a.id == id)?;
            done_op(
                target,
                a.is_done(),
                (t!("app-action-done"), t!("app-action-open")),
            )
        }
        RecordRef::Connection(id) => {
            let c = m.connections.iter().find(|c| &c.id == id)?;
            let made = c.status == ConnectionStatus::Done;
            done_op(
                target,
                made,
                (t!("app-connection-made"), t!("app-connection-suggested")),
            )
        }
        RecordRef::Mentee(_)
        | RecordRef::Feedback(_)
        | RecordRef::Series(_)
        | RecordRef::Stage(_) => return None,
    })
}

/// Marks `target` done when it is not, else open again.
fn done_op(target: &RecordRef, done: bool, (on, off): (String, String)) -> (Op, String) {
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
        state.error(t!("app-none-selected", what = list.noun_text()));
        return Vec::new();
    };
    if list == ListId::Sessions
        && !confirmed
        && let Some(s) = view::session(state)
        && s.status != SessionStatus::Held
        && s.is_future(state.today)
    {
        let message = t!(
            "app-ask-hold-future",
            at = s.at.format("%Y-%m-%d %H:%M").to_string()
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
            edit::apply(state, op, t!("app-did-toggle", what = list.noun_text())),
            msg,
        )
    });
    match result {
        Some((Ok((_, effects)), msg)) => {
            state.info(msg);
            effects
        }
        _ => {
            state.error(t!("app-cannot-mark-done", what = list.noun_text()));
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
            state.info(if undo {
                t!("app-undid", did = label)
            } else {
                t!("app-redid", did = label)
            });
            vec![Effect::Save]
        }
        None => {
            state.info(if undo {
                t!("app-nothing-to-undo")
            } else {
                t!("app-nothing-to-redo")
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
            state.error(t!("app-none-selected", what = list.noun_text()));
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
            state.error(t!("app-editor-failed", why = why));
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
            match edit::apply(state, op, t!("app-did-edit-text")) {
                Ok((_, effects)) => {
                    state.info(t!("app-text-updated"));
                    effects
                }
                Err(OpError::Lookup(_)) => {
                    state.error(t!("app-record-gone"));
                    Vec::new()
                }
                Err(OpError::Blank(_)) => {
                    state.error(match id_kind {
                        "feedback" => t!("app-feedback-needs-text"),
                        _ => t!("app-action-needs-text"),
                    });
                    Vec::new()
                }
                Err(why) => {
                    state.error(t!("app-nothing-changed", why = why.to_string()));
                    Vec::new()
                }
            }
        }
    }
}
