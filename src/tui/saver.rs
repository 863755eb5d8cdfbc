//! Saving without making the screen wait.
//!
//! In the background mode a worker thread owns the writing: the app hands it a copy of the
//! workspace (cheap: mentees are shared pointers) and goes on drawing. While a save is in flight,
//! newer requests are coalesced into one: only the latest content is written next. When the app
//! quits, [`Saver::finish`] waits until the last save is durable. The inline mode saves at once,
//! for tests that want each save finished before the next key.

use crate::domain::Workspace;
use crate::store::Store;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

/// The outcome of one save: `Err` holds the reason, for the user.
pub type Outcome = Result<(), String>;

struct Worker {
    jobs: Option<Sender<Workspace>>,
    done: Receiver<Outcome>,
    thread: Option<JoinHandle<()>>,
    in_flight: bool,
    pending: Option<Workspace>,
}

/// Saves a store, inline or in the background.
pub struct Saver {
    store: Arc<Mutex<Store>>,
    worker: Option<Worker>,
}

fn save(store: &Mutex<Store>, ws: &Workspace) -> Outcome {
    store
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .save(ws)
        .map_err(|e| e.to_string())
}

impl Saver {
    /// Saves happen at once, on the caller's thread.
    pub fn inline(store: Store) -> Saver {
        Saver {
            store: Arc::new(Mutex::new(store)),
            worker: None,
        }
    }

    /// Saves happen on a worker thread; after each one, `wake` (if any) is called so the event
    /// loop can collect the outcome.
    pub fn background(store: Store, wake: Option<Box<dyn Fn() + Send>>) -> Saver {
        let store = Arc::new(Mutex::new(store));
        let (jobs, inbox) = channel::<Workspace>();
        let (report, done) = channel();
        let shared = Arc::clone(&store);
        let thread = std::thread::Builder::new()
            .name("mentor-saver".into())
            .spawn(move || {
                for ws in inbox {
                    let outcome = save(&shared, &ws);
                    if report.send(outcome).is_err() {
                        break;
                    }
                    if let Some(wake) = &wake {
                        wake();
                    }
                }
            })
            .ok();
        let worker = thread.map(|thread| Worker {
            jobs: Some(jobs),
            done,
            thread: Some(thread),
            in_flight: false,
            pending: None,
        });
        Saver { store, worker }
    }

    /// Asks for `ws` to be saved. Inline, returns the outcome; in the background, returns
    /// `None` and the outcome comes later from [`Saver::poll`].
    pub fn request(&mut self, ws: &Workspace) -> Option<Outcome> {
        let Some(w) = &mut self.worker else {
            return Some(save(&self.store, ws));
        };
        if w.in_flight {
            w.pending = Some(ws.clone());
            return None;
        }
        match w.jobs.as_ref().map(|jobs| jobs.send(ws.clone()).is_ok()) {
            Some(true) => {
                w.in_flight = true;
                None
            }
            // The worker is gone: save here rather than lose the change.
            _ => Some(save(&self.store, ws)),
        }
    }

    /// The outcomes of saves finished since the last call (never blocks); starts the coalesced
    /// next save when one finished and another was asked for.
    pub fn poll(&mut self) -> Vec<Outcome> {
        let Some(w) = &mut self.worker else {
            return Vec::new();
        };
        let mut outcomes = Vec::new();
        while let Ok(outcome) = w.done.try_recv() {
            w.in_flight = false;
            outcomes.push(outcome);
            if let Some(next) = w.pending.take()
                && w.jobs.as_ref().is_some_and(|jobs| jobs.send(next).is_ok())
            {
                w.in_flight = true;
            }
        }
        outcomes
    }

    /// True while a save is being written or waiting to be.
    pub fn busy(&self) -> bool {
        self.worker
            .as_ref()
            .is_some_and(|w| w.in_flight || w.pending.is_some())
    }

    /// Waits for every save asked for; returns their outcomes, the last one last.
    pub fn finish(&mut self) -> Vec<Outcome> {
        let mut outcomes = Vec::new();
        while let Some(w) = &mut self.worker {
            if !w.in_flight {
                break;
            }
            match w.done.recv() {
                Ok(outcome) => {
                    w.in_flight = false;
                    outcomes.push(outcome);
                    if let Some(next) = w.pending.take()
                        && w.jobs.as_ref().is_some_and(|jobs| jobs.send(next).is_ok())
                    {
                        w.in_flight = true;
                    }
                }
                Err(_) => {
                    w.in_flight = false;
                    break;
                }
            }
        }
        outcomes
    }

    /// True when saves happen on a worker thread.
    pub fn in_background(&self) -> bool {
        self.worker.is_some()
    }

    /// Runs `f` on the store once no save is in flight.
    pub fn with_store<R>(&mut self, f: impl FnOnce(&mut Store) -> R) -> R {
        let mut store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        f(&mut store)
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        self.finish();
        if let Some(w) = &mut self.worker {
            w.jobs = None;
            if let Some(thread) = w.thread.take() {
                let _ = thread.join();
            }
        }
    }
}
