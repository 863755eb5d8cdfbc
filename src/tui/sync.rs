//! Syncing from the app (the shell's side of [`crate::app::Effect::Sync`], issue 15): the sync
//! runs on a thread of its own while the screen goes on; its steps and its end come back as
//! [`SyncAction::Progress`] and [`SyncAction::Done`] through [`super::Executor::poll`], and the
//! loop is woken for each.
//!
//! The app changes nothing while a sync runs (see `app::update::sync::held_back`), so no save is
//! asked for meanwhile; a save in flight when the sync is asked for finishes first.

use crate::app::Action;
use crate::app::action::{SyncAction, SyncFailure};
use crate::store::Store;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

/// What runs a sync of a store: tells `progress` each step as it begins ("pulling"), and
/// answers with what came in (one line) or why it did not run.
pub type SyncFn =
    Arc<dyn Fn(&mut Store, &dyn Fn(&str)) -> Result<String, SyncFailure> + Send + Sync>;

/// A sync under way on its thread.
pub struct Running {
    answers: Receiver<Action>,
    thread: Option<JoinHandle<()>>,
}

/// Starts `run` on a thread over `store`; `wake` is called after each answer it sends.
pub fn start(
    run: SyncFn,
    store: Arc<Mutex<Store>>,
    wake: Option<Arc<dyn Fn() + Send + Sync>>,
) -> Result<Running, Action> {
    let (tx, answers) = channel::<Action>();
    let send = move |tx: &Sender<Action>, action: Action| {
        let _ = tx.send(action);
        if let Some(wake) = &wake {
            wake();
        }
    };
    let thread = std::thread::Builder::new()
        .name("mentor-sync".into())
        .spawn(move || {
            let mut store = store.lock().unwrap_or_else(PoisonError::into_inner);
            let progress = |step: &str| {
                send(&tx, Action::Sync(SyncAction::Progress(step.to_string())));
            };
            let result = run(&mut store, &progress);
            drop(store);
            send(&tx, Action::Sync(SyncAction::Done(result)));
        })
        .map_err(|e| failed(format!("could not start: {e}")))?;
    Ok(Running {
        answers,
        thread: Some(thread),
    })
}

/// The answer saying a sync failed for `why`.
pub fn failed(why: String) -> Action {
    Action::Sync(SyncAction::Done(Err(SyncFailure::Failed(why))))
}

impl Running {
    /// The answers sent since the last call (never blocks); `true` with them once the sync has
    /// ended.
    pub fn poll(&mut self) -> (Vec<Action>, bool) {
        let answers: Vec<Action> = self.answers.try_iter().collect();
        let ended = answers
            .iter()
            .any(|a| matches!(a, Action::Sync(SyncAction::Done(_))));
        if ended && let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        (answers, ended)
    }

    /// Waits for the sync to end; its answers.
    pub fn finish(mut self) -> Vec<Action> {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        self.answers.try_iter().collect()
    }
}

/// Runs `run` over `store` on this thread (the inline shell, for tests): its end (the steps go
/// by unseen).
pub fn inline(run: &SyncFn, store: &mut Store) -> Action {
    Action::Sync(SyncAction::Done(run(store, &|_| {})))
}

/// The sync library's sync, as the app runs it.
pub fn library() -> SyncFn {
    Arc::new(|_store: &mut Store, _progress: &dyn Fn(&str)| {
        Err(SyncFailure::Failed(
            "sync is not part of this build yet".into(),
        ))
    })
}
