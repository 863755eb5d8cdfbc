//! `update`: the only place the state changes. Pure: no I/O, no clock.

mod answers;
mod brief;
mod closing;
mod everyone;
mod find;
mod form;
mod inbox;
mod input;
mod leave;
mod navigate;
mod path;
mod prompts;
mod questions;
mod records;
mod reply;
mod results;
mod sync;
mod template;

use crate::t;
use navigate::{clamp_all, edit_filter};

use super::action::{Action, BriefAction, Effect, Part, ReplyAction, SyncAction};
use super::forms;
use super::state::{Popup, SaveStatus, State};

/// Applies `action` to `state`; returns the work the shell must do. Asking for a save marks the
/// state as saving here, so the shell never has to change the state itself.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let effects = apply(state, action);
    if effects.iter().any(|e| matches!(e, Effect::Save)) {
        state.save = SaveStatus::Saving;
    }
    effects
}

fn apply(state: &mut State, action: Action) -> Vec<Effect> {
    if is_user_action(&action) {
        state.status = None;
    }
    if !state.allows(&action) {
        state.error(t!("app-read-only"));
        return Vec::new();
    }
    if sync::held_back(state, &action) {
        return Vec::new();
    }
    match action.part() {
        Part::Navigate => navigate::update(state, action),
        Part::Form => return form::update(state, action),
        Part::Leave => return leave::update(state, action),
        Part::Result => {
            // A workspace read again keeps what was selected, by ID: a command's write (which
            // the app reloads at once) may have added or removed rows above it, and the next
            // key must not act on the record that took its row.
            if let Action::ViewReloaded { .. }
            | Action::Reloaded { .. }
            | Action::BecameEditor { .. } = action
            {
                // The store read again: look for replies that came in meanwhile.
                let look = !matches!(action, Action::ViewReloaded { .. });
                results::keeping_selection(state, |state| results::update(state, action));
                if look {
                    return vec![Effect::LookForReplies];
                }
            } else {
                results::update(state, action);
            }
        }
        Part::Record => return records_and_popups(state, action),
        Part::Find => find::update(state, action),
        Part::Path => return path::update(state, action),
        Part::Brief => {
            if let Action::Brief(action) = action {
                return brief::update(state, action);
            }
        }
        Part::Closing => {
            if let Action::Closing(action) = action {
                return closing::update(state, action);
            }
        }
        Part::Sync => {
            if let Action::Sync(action) = action {
                return sync::update(state, action);
            }
        }
        Part::Reply => {
            if let Action::Reply(action) = action {
                return replies(state, action);
            }
        }
        Part::Nothing => {}
    }
    Vec::new()
}

/// The Inbox's actions (the mentor's) and reply mode's (the mentee's).
fn replies(state: &mut State, action: ReplyAction) -> Vec<Effect> {
    match action {
        ReplyAction::Write(_)
        | ReplyAction::ShowReply
        | ReplyAction::Written(_)
        | ReplyAction::Reloaded { .. } => reply::update(state, action),
        _ => inbox::update(state, action),
    }
}

/// Opening forms and popups, answering them, acting on the selected record, undo, pasting,
/// reloading.
fn records_and_popups(state: &mut State, action: Action) -> Vec<Effect> {
    let opened = match action {
        Action::PlanSeries => forms::open_plan(state),
        Action::Add if state.calendar_shown() => {
            everyone::add_session(state);
            return Vec::new();
        }
        Action::Add => forms::open_add(state, state.focus.0),
        Action::Edit => forms::open_edit(state, state.focus.0),
        Action::Open => {
            records::open(state);
            return Vec::new();
        }
        Action::ShowHelp => {
            state.popup = Some(Popup::Help(Box::default()));
            return Vec::new();
        }
        Action::Cancel => {
            answers::cancel(state);
            return Vec::new();
        }
        Action::Delete => {
            records::ask_delete(state);
            return Vec::new();
        }
        Action::Paste(text) => {
            input::paste(state, &text);
            return Vec::new();
        }
        Action::Confirm => return answers::confirm(state),
        Action::Decline => return answers::decline(state),
        Action::EditInEditor => return records::editor_for_selected(state),
        Action::EditorDone { target, result } => {
            return records::editor_done(state, target, result);
        }
        Action::ToggleDone if state.agenda_shown() => return everyone::done(state),
        Action::ToggleDone => return records::toggle_done(state, false),
        Action::Undo => return records::undo(state, true),
        Action::Redo => return records::undo(state, false),
        Action::Reload => return vec![Effect::Reload],
        Action::StoreChanged => return outside_change(state),
        _ => return Vec::new(),
    };
    match opened {
        Ok(form) => state.popup = Some(Popup::Form(Box::new(form))),
        Err(why) => state.error(why),
    }
    Vec::new()
}

/// The store changed on disk (another program wrote it). The editor with everything saved and
/// nothing open over the lists (a form, a question) reloads at once: nothing of its own can be
/// lost. Otherwise, and in a read-only window, `R` is offered.
fn outside_change(state: &mut State) -> Vec<Effect> {
    // A sync writes the store; it is read again when the sync ends.
    if state.syncing.is_some() {
        return Vec::new();
    }
    let idle = state.popup.is_none() && matches!(state.save, SaveStatus::Saved(_));
    if state.read_only.is_none() && idle {
        state.info(t!("app-store-reloading"));
        return vec![Effect::Reload];
    }
    state.error(t!("app-store-changed"));
    Vec::new()
}

/// Actions that come from a key press (they clear the last message).
fn is_user_action(action: &Action) -> bool {
    !matches!(
        action,
        Action::Saved { .. }
            | Action::SaveFailed(_)
            | Action::EditorDone { .. }
            | Action::Reloaded { .. }
            | Action::ReloadFailed(_)
            | Action::StoreChanged
            | Action::EditorFree
            | Action::BecameEditor { .. }
            | Action::ViewReloaded { .. }
            | Action::ViewReloadFailed(_)
            | Action::Tick(_)
            | Action::FormEdit(_)
            | Action::FilterEdit(_)
            | Action::SearchEdit(_)
            | Action::PromptEdit(_)
            | Action::HelpEdit(_)
            | Action::Flushed(_)
            | Action::CopyWritten(_)
            | Action::Brief(BriefAction::ReportEdit(_) | BriefAction::ReportWritten(_))
            | Action::Sync(SyncAction::Progress(_) | SyncAction::Done(_))
            | Action::Reply(
                ReplyAction::ReasonEdit(_)
                    | ReplyAction::Arrived { .. }
                    | ReplyAction::Written(_)
                    | ReplyAction::Reloaded { .. }
            )
            | Action::Resized { .. }
    )
}
