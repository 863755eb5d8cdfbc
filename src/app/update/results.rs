//! What comes back from the shell and the terminal: saves, reloads, the view's reloads, the size
//! of the terminal and the date.

use super::super::action::Action;
use super::super::state::{ListId, SaveStatus, State};
use super::super::view;
use super::clamp_all;
use crate::t;

/// Applies the answer to an effect, a resize or a tick.
pub fn update(state: &mut State, action: Action) {
    match action {
        Action::Resized { w, h } => {
            state.size = Some((w, h));
            state.page = usize::from(h.saturating_sub(12)).max(1);
        }
        Action::Reloaded { workspace, note } => {
            state.replace_workspace(*workspace);
            state.history = Default::default();
            state.save = SaveStatus::Saved(None);
            clamp_all(state);
            super::find::search_again(state);
            match state.synced.take() {
                Some(summary) => state.info(t!("app-synced", summary = summary)),
                None => state.info(note),
            }
        }
        Action::ReloadFailed(why) => match state.synced.take() {
            Some(_) => state.error(t!("app-synced-reload-failed", why = why)),
            None => state.error(why),
        },
        Action::EditorFree => state.info(t!("app-editor-free")),
        Action::BecameEditor { workspace } => {
            state.replace_workspace(*workspace);
            state.history = Default::default();
            state.save = SaveStatus::Saved(None);
            state.read_only = None;
            clamp_all(state);
            super::find::search_again(state);
            state.info(t!("app-became-editor"));
        }
        Action::ViewReloaded { workspace, at } => {
            state.replace_workspace(*workspace);
            super::find::search_again(state);
            if let Some(v) = &mut state.view {
                v.updated = Some(at);
                v.warning = None;
            }
        }
        Action::ViewReloadFailed(why) => {
            if let Some(v) = &mut state.view {
                v.warning = Some(why);
            }
        }
        Action::Saved { at } => state.save = SaveStatus::Saved(Some(at)),
        Action::SaveFailed(why) => {
            state.error(t!("app-not-saved", why = why.as_str()));
            state.save = SaveStatus::NotSaved(why);
        }
        Action::Tick(today) => state.today = today,
        _ => {}
    }
}

/// Keeps what was selected, by ID, where it still exists after `change` replaced the workspace:
/// in the lists, and on the Agenda or the calendar's day.
pub fn keeping_selection(state: &mut State, change: impl FnOnce(&mut State)) {
    let chosen: Vec<(ListId, Option<crate::domain::RecordRef>)> = ListId::ALL
        .iter()
        .map(|l| (*l, view::selected_id(state, *l)))
        .collect();
    let item = super::everyone::selected_record(state);
    change(state);
    if let Some(record) = &item {
        super::everyone::reselect(state, record);
    }
    for (list, id) in chosen {
        let rows = view::rows(state, list);
        let found = (0..rows.len()).find(|&row| {
            let before = state.selected(list);
            state.set_selected(list, row);
            let hit = view::selected_id(state, list) == id;
            if !hit {
                state.set_selected(list, before);
            }
            hit
        });
        if found.is_none() {
            state.set_selected(list, state.selected(list).min(rows.len().saturating_sub(1)));
        }
    }
}
