//! Carrying out effects against the real store, editor and clock.

use super::editor;
use super::saver::{Outcome, Saver};
use crate::app::{Action, Effect, SaveStatus, State};
use crate::store::Store;
use chrono::NaiveDate;

/// Does the work the app asks for.
pub trait Executor {
    /// Carries out `effect` for `state`; the answer, if any, goes back into `update`. Only
    /// `update` changes the state: an executor reads it.
    fn execute(&mut self, effect: Effect, state: &State) -> Option<Action>;
    /// Today's date.
    fn today(&self) -> NaiveDate;
    /// The watched file may have changed; the answer goes back into `update`.
    fn file_changed(&mut self) -> Option<Action> {
        None
    }
    /// Answers to work finished in the background since the last call (never blocks).
    fn poll(&mut self) -> Vec<Action> {
        Vec::new()
    }
    /// Waits for all work in the background (the last save) before the app ends.
    fn finish(&mut self, _state: &State) -> Vec<Action> {
        Vec::new()
    }
}

/// The shell of the real app: a store (absent in read-only mode), `$EDITOR`, the clock.
pub struct StoreShell {
    saver: Option<Saver>,
    /// Suspend and restore the terminal around the editor (false under tests).
    terminal: bool,
}

fn now() -> String {
    chrono::Local::now().format("%H:%M").to_string()
}

fn outcome(result: Outcome) -> Action {
    match result {
        Ok(()) => Action::Saved { at: now() },
        Err(why) => Action::SaveFailed(why),
    }
}

/// `~/` at the start of a typed path means the home directory.
fn expand_home(path: &str) -> std::path::PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => std::path::Path::new(&home).join(rest),
        _ => std::path::PathBuf::from(path),
    }
}

impl StoreShell {
    /// Each save finishes before the next key is read (for tests and scripts).
    pub fn inline(store: Option<Store>) -> StoreShell {
        StoreShell {
            saver: store.map(Saver::inline),
            terminal: false,
        }
    }

    /// Saves run in the background; `wake` is called when one finishes. The terminal is
    /// suspended around `$EDITOR`.
    pub fn background(store: Option<Store>, wake: Option<Box<dyn Fn() + Send>>) -> StoreShell {
        StoreShell {
            saver: store.map(|s| Saver::background(s, wake)),
            terminal: true,
        }
    }
}

impl Executor for StoreShell {
    fn execute(&mut self, effect: Effect, state: &State) -> Option<Action> {
        match effect {
            // `update` marked the state as saving when it asked for this.
            Effect::Save => {
                let saver = self.saver.as_mut()?;
                saver.request(&state.ws).map(outcome)
            }
            Effect::Flush => {
                let Some(saver) = self.saver.as_mut() else {
                    return Some(Action::Flushed(None));
                };
                let last = saver.finish().pop().map(|o| o.map(|()| now()));
                Some(Action::Flushed(last))
            }
            Effect::WriteCopy { path } => {
                let Some(saver) = self.saver.as_mut() else {
                    return Some(Action::CopyWritten(
                        Err("read-only: nothing to keep".into()),
                    ));
                };
                let path = expand_home(&path);
                let written = saver.with_store(|store| store.write_copy_to(&state.ws, &path));
                Some(Action::CopyWritten(
                    written
                        .map(|()| path.display().to_string())
                        .map_err(|e| format!("{}: {e}", path.display())),
                ))
            }
            Effect::OpenEditor { target, text } => {
                let result = editor::edit(&text, self.terminal);
                Some(Action::EditorDone { target, result })
            }
            Effect::Reload => {
                let Some(saver) = self.saver.as_mut() else {
                    return Some(Action::ReloadFailed(
                        "nothing to reload in read-only mode".into(),
                    ));
                };
                // Saves still under way finish first, so none lands on top of the reload. What
                // the app holds is kept aside only when the file on disk holds something else.
                saver.finish();
                saver.with_store(|store| {
                    let kept = match store.keep_if_unsaved(&state.ws) {
                        Ok(Some(path)) => format!("your edits are kept in {}", path.display()),
                        Ok(None) => "nothing unsaved to keep".to_string(),
                        Err(e) => {
                            return Some(Action::ReloadFailed(format!(
                                "could not keep your edits aside ({e}); not reloaded"
                            )));
                        }
                    };
                    Some(match store.reload() {
                        Ok(ws) => Action::Reloaded {
                            workspace: Box::new(ws),
                            note: format!("reloaded from disk; {kept}"),
                        },
                        Err(e) => Action::ReloadFailed(format!(
                            "cannot reload: {e} {}",
                            crate::store::recovery_advice(&store.paths().data)
                        )),
                    })
                })
            }
        }
    }

    fn today(&self) -> NaiveDate {
        chrono::Local::now().date_naive()
    }

    fn poll(&mut self) -> Vec<Action> {
        self.saver
            .as_mut()
            .map_or_else(Vec::new, |s| s.poll().into_iter().map(outcome).collect())
    }

    /// Waits for the last save. If it failed and the app ended without the user choosing what
    /// to do about it (the events ran out), the edits in memory are written to a conflict copy
    /// beside the store. A user who quit through the unsaved-edits popup has chosen already.
    fn finish(&mut self, state: &State) -> Vec<Action> {
        let Some(saver) = self.saver.as_mut() else {
            return Vec::new();
        };
        let mut actions: Vec<Action> = saver.finish().into_iter().map(outcome).collect();
        let failed = match actions.last() {
            Some(last) => matches!(last, Action::SaveFailed(_)),
            None => matches!(state.save, SaveStatus::NotSaved(_)),
        };
        if failed && !state.quit {
            let kept = saver.with_store(|store| store.write_conflict_copy(&state.ws));
            actions.push(match kept {
                Ok(path) => Action::SaveFailed(format!(
                    "not saved; your edits are kept in {}",
                    path.display()
                )),
                Err(e) => {
                    Action::SaveFailed(format!("not saved, and no copy could be written: {e}"))
                }
            });
        }
        actions
    }
}
