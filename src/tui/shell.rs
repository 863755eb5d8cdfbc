//! Carrying out effects against the real store, editor and clock.

use super::editor;
use crate::app::{Action, Effect, SaveStatus, State};
use crate::store::Store;
use chrono::NaiveDate;

/// Does the work the app asks for.
pub trait Executor {
    /// Carries out `effect` for `state`; the answer, if any, goes back into `update`.
    fn execute(&mut self, effect: Effect, state: &mut State) -> Option<Action>;
    /// Today's date.
    fn today(&self) -> NaiveDate;
    /// The watched file may have changed; the answer goes back into `update`.
    fn file_changed(&mut self) -> Option<Action> {
        None
    }
}

/// The shell of the real app: a store (absent in read-only mode), `$EDITOR`, the clock.
pub struct StoreShell {
    pub store: Option<Store>,
    /// Suspend and restore the terminal around the editor (false under tests).
    pub terminal: bool,
}

impl Executor for StoreShell {
    fn execute(&mut self, effect: Effect, state: &mut State) -> Option<Action> {
        match effect {
            Effect::Save => {
                let store = self.store.as_mut()?;
                state.save = SaveStatus::Saving;
                Some(match store.save(&state.ws) {
                    Ok(()) => Action::Saved {
                        at: chrono::Local::now().format("%H:%M").to_string(),
                    },
                    Err(e) => Action::SaveFailed(e.to_string()),
                })
            }
            Effect::OpenEditor { target, text } => {
                let result = editor::edit(&text, self.terminal);
                Some(Action::EditorDone { target, result })
            }
            Effect::Reload => {
                let Some(store) = self.store.as_mut() else {
                    return Some(Action::ReloadFailed(
                        "nothing to reload in read-only mode".into(),
                    ));
                };
                let kept = if state.history.can_undo() > 0
                    || matches!(state.save, SaveStatus::NotSaved(_))
                {
                    match store.write_conflict_copy(&state.ws) {
                        Ok(path) => format!("; your edits are kept in {}", path.display()),
                        Err(e) => {
                            return Some(Action::ReloadFailed(format!(
                                "could not keep your edits aside ({e}); not reloaded"
                            )));
                        }
                    }
                } else {
                    String::new()
                };
                Some(match store.reload() {
                    Ok(ws) => Action::Reloaded {
                        workspace: Box::new(ws),
                        note: format!("reloaded from disk{kept}"),
                    },
                    Err(e) => Action::ReloadFailed(format!("cannot reload: {e}")),
                })
            }
        }
    }

    fn today(&self) -> NaiveDate {
        chrono::Local::now().date_naive()
    }
}
