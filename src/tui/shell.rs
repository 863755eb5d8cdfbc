//! Carrying out effects against the real store, editor and clock.

use super::editor;
use super::saver::{Outcome, Saver};
use crate::app::{Action, Effect, SaveStatus, State};
use crate::store::Store;
use crate::t;
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
    /// For a window that opened read-only: how to open the store for editing once it can.
    reopen: Option<Reopen>,
    /// What runs a sync, and what wakes the loop when it says something.
    sync_fn: super::sync::SyncFn,
    sync_wake: Option<std::sync::Arc<dyn Fn() + Send + Sync>>,
    /// The sync under way, if one is.
    syncing: Option<super::sync::Running>,
    /// Answers waiting for the next [`Executor::poll`] (saves a sync waited for).
    pending: Vec<Action>,
}

/// A read-only window's way to the store: the lock is probed now and then, and `R` opens the
/// store again through the same path as startup ([`crate::store::access::open_for_app`]).
struct Reopen {
    path: std::path::PathBuf,
    lock: std::path::PathBuf,
    /// Called when a save finishes once this window is the editor.
    wake: Option<std::sync::mpsc::Sender<()>>,
    /// The lock was free at the last probe (said once, until it is taken again).
    free: bool,
}

/// Saves finishing in the background wake the event loop through `wake`.
fn waker(wake: Option<std::sync::mpsc::Sender<()>>) -> Option<Box<dyn Fn() + Send>> {
    wake.map(|tx| {
        Box::new(move || {
            let _ = tx.send(());
        }) as Box<dyn Fn() + Send>
    })
}

fn now() -> String {
    super::now().format("%H:%M").to_string()
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

/// Writes a report to a new file at `path` (mode 0600; an existing file or link is never
/// replaced) and says how that went.
pub fn write_report(path: &str, text: &str) -> Action {
    let path = expand_home(path);
    // Said in full, so it is clear where a relative path went.
    let shown = std::path::absolute(&path)
        .unwrap_or_else(|_| path.clone())
        .display()
        .to_string();
    let written = crate::store::bundle::write_new(&path, text.as_bytes(), false)
        .map(|()| shown.clone())
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => {
                format!("{shown} exists already: give another name (nothing was replaced)")
            }
            _ => format!("{shown}: {e}"),
        });
    Action::Brief(crate::app::action::BriefAction::ReportWritten(written))
}

impl StoreShell {
    /// Each save finishes before the next key is read (for tests and scripts).
    pub fn inline(store: Option<Store>) -> StoreShell {
        StoreShell {
            saver: store.map(Saver::inline),
            terminal: false,
            reopen: None,
            sync_fn: super::sync::library(),
            sync_wake: None,
            syncing: None,
            pending: Vec::new(),
        }
    }

    /// Saves run in the background; `wake` is called when one finishes. The terminal is
    /// suspended around `$EDITOR`.
    pub fn background(store: Option<Store>, wake: Option<Box<dyn Fn() + Send>>) -> StoreShell {
        StoreShell {
            saver: store.map(|s| Saver::background(s, wake)),
            terminal: true,
            reopen: None,
            sync_fn: super::sync::library(),
            sync_wake: None,
            syncing: None,
            pending: Vec::new(),
        }
    }

    /// Syncs with `run` (the sync library by default; tests give their own), waking the loop
    /// through `wake` when a sync in the background says something.
    pub fn syncing_with(
        mut self,
        run: super::sync::SyncFn,
        wake: Option<std::sync::Arc<dyn Fn() + Send + Sync>>,
    ) -> StoreShell {
        self.sync_fn = run;
        self.sync_wake = wake;
        self
    }

    /// Starts a sync once the saves in flight have finished: on its own thread when saves run
    /// in the background (the answers come through `poll`), else here and now.
    fn start_sync(&mut self) -> Option<Action> {
        let Some(saver) = self.saver.as_mut() else {
            return Some(super::sync::failed(t!("scr-sync-read-only")));
        };
        let saves: Vec<Action> = saver.finish().into_iter().map(outcome).collect();
        let failed = saves.iter().rev().find_map(|a| match a {
            Action::SaveFailed(why) => Some(why.clone()),
            _ => None,
        });
        self.pending.extend(saves);
        if let Some(why) = failed {
            return Some(super::sync::failed(t!("scr-sync-save-failed", why = why)));
        }
        let path = saver.with_store(|store| store.paths().data.clone());
        if !saver.in_background() {
            return Some(super::sync::inline(&self.sync_fn, &path));
        }
        let run = self.sync_fn.clone();
        match super::sync::start(run, path, self.sync_wake.clone()) {
            Ok(running) => {
                self.syncing = Some(running);
                None
            }
            Err(answer) => Some(answer),
        }
    }

    /// For a window without a store (read-only because another editor holds it): watches the
    /// lock of the store at `path` and opens the store for editing on `R` once it is free.
    /// `wake` is what the saves of the store then wake the loop with.
    pub fn reopening(
        mut self,
        path: &std::path::Path,
        wake: Option<std::sync::mpsc::Sender<()>>,
    ) -> StoreShell {
        if let Ok(paths) = crate::store::paths::StorePaths::resolve(path) {
            self.reopen = Some(Reopen {
                path: path.to_path_buf(),
                lock: paths.editor_lock(),
                wake,
                free: false,
            });
        }
        self
    }

    /// `R` in a read-only window: opens the store again as at startup; the editor when the lock
    /// is free, else read-only again with the new content and the reason.
    fn reopen(&mut self) -> Action {
        let Some(reopen) = &mut self.reopen else {
            return Action::ReloadFailed(t!("scr-reload-read-only"));
        };
        let fs = std::sync::Arc::new(crate::store::RealFs);
        let options = crate::store::OpenOptions::default();
        match crate::store::access::open_for_app(&reopen.path, &options, fs) {
            Ok(crate::store::access::Access::Edit(store, workspace)) => {
                let wake = waker(reopen.wake.clone());
                self.saver = Some(if self.terminal {
                    Saver::background(*store, wake)
                } else {
                    Saver::inline(*store)
                });
                self.reopen = None;
                Action::BecameEditor {
                    workspace: Box::new(workspace),
                }
            }
            Ok(crate::store::access::Access::ReadOnly { workspace, reason }) => {
                reopen.free = false;
                Action::Reloaded {
                    workspace: Box::new(workspace),
                    note: format!("reloaded from disk; still read-only: {reason}"),
                }
            }
            Err(e) => Action::ReloadFailed(format!("cannot reload: {e}")),
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
                    return Some(Action::CopyWritten(Err(t!("scr-copy-read-only"))));
                };
                let path = expand_home(&path);
                let written = saver.with_store(|store| store.write_copy_to(&state.ws, &path));
                Some(Action::CopyWritten(
                    written
                        .map(|()| path.display().to_string())
                        .map_err(|e| format!("{}: {e}", path.display())),
                ))
            }
            Effect::LoadTemplates => Some(super::templates::load()),
            // Only a store being edited takes replies in.
            Effect::LookForReplies => self
                .saver
                .as_ref()
                .and_then(|_| super::inbox::look(&state.ws)),
            Effect::AddToReply { .. } => Some(Action::Reply(
                crate::app::action::ReplyAction::Written(Err(t!("rmode-not-here"))),
            )),
            Effect::Sync => self.start_sync(),
            Effect::WriteReport { path, text } => Some(write_report(&path, &text)),
            Effect::OpenEditor { target, text } => {
                let result = editor::edit(&text, self.terminal);
                Some(Action::EditorDone { target, result })
            }
            Effect::Reload => {
                let Some(saver) = self.saver.as_mut() else {
                    return Some(self.reopen());
                };
                // Saves still under way finish first, so none lands on top of the reload. What
                // the app holds is kept aside only when the file on disk holds something else.
                saver.finish();
                saver.with_store(|store| {
                    let kept = match store.keep_if_unsaved(&state.ws) {
                        Ok(Some(path)) => {
                            t!("scr-reload-kept", path = path.display().to_string())
                        }
                        Ok(None) => t!("scr-reload-nothing-kept"),
                        Err(e) => {
                            return Some(Action::ReloadFailed(t!(
                                "scr-reload-keep-failed",
                                why = e.to_string()
                            )));
                        }
                    };
                    Some(match store.reload() {
                        Ok(ws) => Action::Reloaded {
                            workspace: Box::new(ws),
                            note: t!("scr-reloaded", kept = kept),
                        },
                        Err(e) => Action::ReloadFailed(t!(
                            "scr-reload-failed",
                            why = e.to_string(),
                            advice = crate::store::recovery_advice(&store.paths().data)
                        )),
                    })
                })
            }
        }
    }

    fn today(&self) -> NaiveDate {
        super::today()
    }

    /// The editor: the store changed when its content is not what this app last read or
    /// wrote (its own saves are not changes). A read-only window: any change is news.
    fn file_changed(&mut self) -> Option<Action> {
        // A sync holds the store while it writes it; the app reads it again when it ends.
        if self.syncing.is_some() {
            return None;
        }
        match self.saver.as_mut() {
            Some(saver) => saver
                .with_store(|store| store.changed_on_disk())
                .then_some(Action::StoreChanged),
            None => self.reopen.as_ref().map(|_| Action::StoreChanged),
        }
    }

    /// Saves that finished; in a read-only window, also whether the other editor has let go
    /// of the store (said once each time it does).
    fn poll(&mut self) -> Vec<Action> {
        let mut answers = std::mem::take(&mut self.pending);
        if let Some(running) = &mut self.syncing {
            let (said, ended) = running.poll();
            answers.extend(said);
            if ended {
                self.syncing = None;
            }
        }
        if !answers.is_empty() {
            return answers;
        }
        if let Some(reopen) = &mut self.reopen {
            let free = crate::store::lock::is_free(&reopen.lock);
            let news = free && !reopen.free;
            reopen.free = free;
            if news {
                return vec![Action::EditorFree];
            }
        }
        self.saver
            .as_mut()
            .map_or_else(Vec::new, |s| s.poll().into_iter().map(outcome).collect())
    }

    /// Waits for the last save. If it failed and the app ended without the user choosing what
    /// to do about it (the events ran out), the edits in memory are written to a conflict copy
    /// beside the store. A user who quit through the unsaved-edits popup has chosen already.
    fn finish(&mut self, state: &State) -> Vec<Action> {
        // A sync under way ends first: git is never left half done.
        let mut synced = self.syncing.take().map(|r| r.finish()).unwrap_or_default();
        let Some(saver) = self.saver.as_mut() else {
            return synced;
        };
        let mut actions: Vec<Action> = saver.finish().into_iter().map(outcome).collect();
        let failed = match actions.last() {
            Some(last) => matches!(last, Action::SaveFailed(_)),
            None => matches!(state.save, SaveStatus::NotSaved(_)),
        };
        if failed && !state.quit {
            let kept = saver.with_store(|store| store.write_conflict_copy(&state.ws));
            actions.push(match kept {
                Ok(path) => Action::SaveFailed(t!(
                    "scr-save-failed-kept",
                    path = path.display().to_string()
                )),
                Err(e) => Action::SaveFailed(t!("scr-save-failed-no-copy", why = e.to_string())),
            });
        }
        synced.append(&mut actions);
        synced
    }
}
