//! Syncing from the app (the shell's side of [`crate::app::Effect::Sync`], issue 15): the sync
//! runs on a thread of its own while the screen goes on; its steps and its end come back as
//! [`SyncAction::Progress`] and [`SyncAction::Done`] through [`super::Executor::poll`], and the
//! loop is woken for each.
//!
//! The app changes nothing while a sync runs (see `app::update::sync::held_back`), so no save is
//! asked for meanwhile; a save in flight when the sync is asked for finishes first.

use crate::app::Action;
use crate::app::action::{SyncAction, SyncFailure};
use crate::domain::text;
use crate::sync::{self, Report, Step, SyncError};
use crate::t;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

/// What runs a sync of the store file at the path: tells `progress` each step as it begins
/// ("pulling"), and answers with what it did (one line) or why it did not run. The sync takes
/// the store's write lock itself, as every writer does.
pub type SyncFn = Arc<dyn Fn(&Path, &dyn Fn(&str)) -> Result<String, SyncFailure> + Send + Sync>;

/// A sync under way on its thread.
pub struct Running {
    answers: Receiver<Action>,
    thread: Option<JoinHandle<()>>,
}

/// Starts `run` on a thread over the store at `store`; `wake` is called after each answer it
/// sends.
pub fn start(
    run: SyncFn,
    store: PathBuf,
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
            let progress = |step: &str| {
                send(&tx, Action::Sync(SyncAction::Progress(step.to_string())));
            };
            let result = run(&store, &progress);
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

/// Runs `run` over the store at `store` on this thread (the inline shell, for tests): its end
/// (the steps go by unseen).
pub fn inline(run: &SyncFn, store: &Path) -> Action {
    Action::Sync(SyncAction::Done(run(store, &|_| {})))
}

/// The sync library's sync ([`crate::sync::run`]: git may not prompt, since the terminal is the
/// app's), its report said in one line.
pub fn library() -> SyncFn {
    Arc::new(|store: &Path, progress: &dyn Fn(&str)| {
        let mut step = |s: Step| progress(&s.words());
        match sync::run(store, &mut step) {
            Ok(report) => Ok(summary(&report)),
            Err(SyncError::NotSetUp { .. }) => Err(SyncFailure::NotSetUp),
            Err(e) => Err(SyncFailure::Failed(text::line(&e.to_string()).into_owned())),
        }
    })
}

/// What a sync did, in one line: what came in, what went out (the conflicts open are the
/// header's to say).
pub fn summary(r: &Report) -> String {
    if r.remote.is_none() {
        return match r.sent {
            Some(_) => t!("scr-sync-no-remote-committed"),
            None => t!("scr-sync-no-remote-nothing"),
        };
    }
    let came = if r.received.is_empty() {
        t!("scr-sync-nothing-came")
    } else {
        t!("scr-sync-came-in", changes = r.received.to_string())
    };
    match (&r.sent, r.pushed) {
        (Some(_), true) => t!("scr-sync-went-out", came = came),
        (Some(_), false) => t!("scr-sync-committed-here", came = came),
        (None, _) => came,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::merge::Changes;

    #[test]
    fn a_report_is_said_in_one_line() {
        let mut r = Report {
            sent: Some("Alice: 1 goal".into()),
            received: Changes::default(),
            remote: Some("origin".into()),
            pushed: true,
            conflicts: 0,
        };
        assert_eq!(summary(&r), "nothing new came in; your changes went out");
        r.sent = None;
        assert_eq!(summary(&r), "nothing new came in");
        r.remote = None;
        assert_eq!(summary(&r), "no remote, and nothing new to commit");
    }

    #[test]
    fn a_report_is_said_in_dutch() {
        use crate::i18n::{Lang, with_lang};
        let mut r = Report {
            sent: Some("Alice: 1 goal".into()),
            received: Changes::default(),
            remote: Some("origin".into()),
            pushed: true,
            conflicts: 0,
        };
        let said = |r: &Report| with_lang(Lang::Nl, || summary(r));
        assert_eq!(
            said(&r),
            "niets nieuws binnengekomen; je wijzigingen zijn verstuurd"
        );
        r.pushed = false;
        assert_eq!(
            said(&r),
            "niets nieuws binnengekomen; je wijzigingen zijn hier vastgelegd"
        );
        r.remote = None;
        assert_eq!(
            said(&r),
            "geen remote: je wijzigingen zijn alleen hier vastgelegd"
        );
    }
}
