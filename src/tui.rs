//! The event loop and the shell around the pure app: read terminal events, map keys to actions,
//! run `update`, carry out effects (save, `$EDITOR`, reload), draw.
//!
//! [`run`] drives any ratatui backend from any [`EventSource`], so tests run the real loop with
//! scripted keys on a `TestBackend`, and the binary runs it on the terminal.

pub mod clusters;
mod editor;
pub mod inbox;
pub mod reply;
pub mod saver;
pub mod settings;
mod shell;
mod start;
pub mod sync;
pub mod templates;
pub mod terminal;
pub mod view;

pub use shell::{Executor, StoreShell};
pub use start::{Launch, main};

use crate::app::{Action, Effect, State, keymap, update};
use crate::ui::{self, Theme};
use crossterm::event::{Event as TermEvent, KeyEvent, MouseEvent, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::collections::VecDeque;
use std::time::Duration;

/// What the loop reacts to.
#[derive(Debug, Clone)]
pub enum Event {
    Key(KeyEvent),
    /// Text pasted into the terminal (bracketed paste is on while the app runs).
    Paste(String),
    Resize(u16, u16),
    /// A click or the wheel (mouse capture is on unless turned off, see [`terminal`]).
    Mouse(MouseEvent),
    /// Time passed: check the date.
    Tick,
    /// The watched file may have changed on disk.
    FileChanged,
    /// Work in the background (a save) finished.
    Woken,
}

/// Where events come from.
pub trait EventSource {
    /// The next event; `None` when there will be no more (a script ran out).
    fn next(&mut self) -> std::io::Result<Option<Event>>;

    /// An event that is already waiting, without waiting for one; `None` when there is none.
    /// The loop takes these before drawing, so a burst of keys costs one frame.
    fn pending(&mut self) -> std::io::Result<Option<Event>> {
        Ok(None)
    }
}

/// How many waiting events the loop takes before it draws: a burst of keys costs one frame, and a
/// flood still shows as it goes.
#[derive(Debug, Clone, Copy)]
pub struct Batch {
    /// At most this many events before a frame.
    pub events: usize,
    /// At most this long spent on events before a frame.
    pub time: Duration,
}

impl Batch {
    /// What the app uses: 64 events or 30 ms, whichever comes first.
    pub const APP: Batch = Batch {
        events: 64,
        time: Duration::from_millis(30),
    };
}

/// Events from the terminal, with a tick every minute so "today" stays right past midnight,
/// and, when a file is watched, a [`Event::FileChanged`] once its directory has been quiet for a
/// moment after a change.
#[derive(Default)]
pub struct TerminalEvents {
    pub changes: Option<std::sync::mpsc::Receiver<()>>,
    /// Signalled when background work (a save) finishes.
    pub wake: Option<std::sync::mpsc::Receiver<()>>,
}

/// How often the loop looks at the watcher between key presses.
const WATCH_POLL: Duration = Duration::from_millis(200);
/// How long a directory must be quiet before a change is read (a save is several events).
const SETTLE: Duration = Duration::from_millis(150);
const TICK: Duration = Duration::from_secs(60);

impl EventSource for TerminalEvents {
    fn next(&mut self) -> std::io::Result<Option<Event>> {
        let mut waited = Duration::ZERO;
        loop {
            if let Some(rx) = &self.changes
                && rx.try_recv().is_ok()
            {
                while rx.recv_timeout(SETTLE).is_ok() {}
                return Ok(Some(Event::FileChanged));
            }
            if let Some(rx) = &self.wake
                && rx.try_recv().is_ok()
            {
                while rx.try_recv().is_ok() {}
                return Ok(Some(Event::Woken));
            }
            let step = if self.changes.is_some() || self.wake.is_some() {
                WATCH_POLL
            } else {
                TICK
            };
            if !crossterm::event::poll(step)? {
                waited += step;
                if waited >= TICK {
                    return Ok(Some(Event::Tick));
                }
                continue;
            }
            if let Some(event) = meaningful(crossterm::event::read()?) {
                return Ok(Some(event));
            }
        }
    }

    fn pending(&mut self) -> std::io::Result<Option<Event>> {
        while crossterm::event::poll(Duration::ZERO)? {
            if let Some(event) = meaningful(crossterm::event::read()?) {
                return Ok(Some(event));
            }
        }
        Ok(None)
    }
}

/// The loop's event for a terminal event, `None` for one that means nothing to the app.
fn meaningful(event: TermEvent) -> Option<Event> {
    match event {
        TermEvent::Key(key) => Some(Event::Key(key)),
        TermEvent::Paste(text) => Some(Event::Paste(text)),
        TermEvent::Resize(w, h) => Some(Event::Resize(w, h)),
        // Only presses and the wheel mean something; a release would redraw for nothing.
        TermEvent::Mouse(mouse)
            if !matches!(
                mouse.kind,
                MouseEventKind::Up(_) | MouseEventKind::Moved | MouseEventKind::Drag(_)
            ) =>
        {
            Some(Event::Mouse(mouse))
        }
        _ => None,
    }
}

/// The mentor's time zone: the config file's `time_zone` when it names one (see
/// [`settings::Settings::install`]), else `TZ` when it names a zone, else the system's zone, else
/// today's offset of the local clock.
pub fn local_zone() -> crate::domain::schedule::Zone {
    use crate::domain::schedule::Zone;
    if let Some(zone) = settings::zone_override() {
        return zone;
    }
    let named = std::env::var("TZ")
        .ok()
        .map(|tz| tz.trim_start_matches(':').to_string())
        .or_else(|| iana_time_zone::get_timezone().ok())
        .and_then(|name| name.parse::<chrono_tz::Tz>().ok());
    named.map_or_else(|| Zone::Fixed(*chrono::Local::now().offset()), Zone::Named)
}

/// The moment now, in the mentor's zone ([`local_zone`]).
pub fn now() -> chrono::DateTime<chrono::FixedOffset> {
    use crate::domain::schedule::Zone;
    let utc = chrono::Utc::now();
    match local_zone() {
        Zone::Named(tz) => utc.with_timezone(&tz).fixed_offset(),
        Zone::Fixed(offset) => utc.with_timezone(&offset),
    }
}

/// Today, in the mentor's zone ([`local_zone`]).
pub fn today() -> chrono::NaiveDate {
    now().date_naive()
}

/// Runs `action` through `update` outside the loop, carrying out its effects and the actions
/// they answer with (at start: the replies that came in while the app was closed).
pub fn settle(state: &mut State, shell: &mut dyn Executor, action: Action) {
    let mut queue = VecDeque::from([action]);
    while let Some(action) = queue.pop_front() {
        for effect in update(state, action) {
            queue.extend(shell.execute(effect, state));
        }
    }
}

/// A fixed list of events, for tests.
#[derive(Debug, Default)]
pub struct Scripted(pub VecDeque<Event>);

impl Scripted {
    pub fn keys(keys: impl IntoIterator<Item = KeyEvent>) -> Scripted {
        Scripted(keys.into_iter().map(Event::Key).collect())
    }
}

impl EventSource for Scripted {
    fn next(&mut self) -> std::io::Result<Option<Event>> {
        Ok(self.0.pop_front())
    }
}

/// A fixed list of events that all arrive at once, as keys pasted or held down: every event
/// after the first is already waiting ([`EventSource::pending`]). For tests and benchmarks.
#[derive(Debug, Default)]
pub struct Burst(pub VecDeque<Event>);

impl Burst {
    pub fn keys(keys: impl IntoIterator<Item = KeyEvent>) -> Burst {
        Burst(keys.into_iter().map(Event::Key).collect())
    }
}

impl EventSource for Burst {
    fn next(&mut self) -> std::io::Result<Option<Event>> {
        Ok(self.0.pop_front())
    }

    fn pending(&mut self) -> std::io::Result<Option<Event>> {
        Ok(self.0.pop_front())
    }
}

/// Why the loop stopped before the user quit or the events ran out.
#[derive(Debug, thiserror::Error)]
pub enum LoopError<E: std::error::Error> {
    /// Drawing on the terminal failed.
    #[error("{}", crate::t!("scr-draw-failed", why = .0.to_string()))]
    Draw(E),
    /// Reading the next event failed (the terminal went away, say).
    #[error("{}", crate::t!("scr-read-failed", why = .0.to_string()))]
    Read(std::io::Error),
}

impl From<LoopError<std::io::Error>> for std::io::Error {
    fn from(e: LoopError<std::io::Error>) -> std::io::Error {
        let kind = match &e {
            LoopError::Draw(inner) | LoopError::Read(inner) => inner.kind(),
        };
        std::io::Error::new(kind, e.to_string())
    }
}

/// Runs the app until it quits or the events run out. Saves may run in the background while
/// the screen goes on; when this returns, the last save has finished, also when the loop
/// stopped on an error. Quitting with edits that are not on disk asks first (see
/// [`crate::app::Unsaved`]); if the events run out or fail instead, the edits of a failed last
/// save are kept in a conflict copy. Only `update` changes `state`.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    events: &mut dyn EventSource,
    shell: &mut dyn Executor,
    theme: &Theme,
) -> Result<(), LoopError<B::Error>> {
    run_counting(terminal, state, events, shell, theme, Batch::APP).map(|_| ())
}

/// [`run`] taking waiting events in batches of `batch`, answering how many frames were drawn.
pub fn run_counting<B: Backend>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    events: &mut dyn EventSource,
    shell: &mut dyn Executor,
    theme: &Theme,
    batch: Batch,
) -> Result<usize, LoopError<B::Error>> {
    let mut frames = 0;
    let result = drive(terminal, state, events, shell, theme, batch, &mut frames);
    // Quitting waits until the last save is durable.
    let finished = shell.finish(state);
    for action in finished {
        update(state, action);
    }
    result.map(|()| frames)
}

/// The loop itself: draw, read an event and every event already waiting (up to `batch`), update for each, carry out effects, until the app quits
/// or the events run out (`Ok`) or fail (`Err`). A click waits for the frame before it, since
/// what it hits is what was drawn; the last state is always drawn before waiting again.
fn drive<B: Backend>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    events: &mut dyn EventSource,
    shell: &mut dyn Executor,
    theme: &Theme,
    batch: Batch,
    frames: &mut usize,
) -> Result<(), LoopError<B::Error>> {
    let mut held: Option<Event> = None;
    while !state.quit {
        // The state learns the size through an action, also when it changed without an event.
        let size = terminal.size().map_err(LoopError::Draw)?;
        if state.size != Some((size.width, size.height)) {
            update(
                state,
                Action::Resized {
                    w: size.width,
                    h: size.height,
                },
            );
        }
        terminal
            .draw(|frame| ui::render(frame, state, theme))
            .map_err(LoopError::Draw)?;
        *frames += 1;
        let first = match held.take() {
            Some(event) => event,
            None => match events.next().map_err(LoopError::Read)? {
                Some(event) => event,
                None => break, // the script ran out
            },
        };
        handle(terminal, state, shell, first)?;
        let started = std::time::Instant::now();
        let mut taken = 1;
        while !state.quit && taken < batch.events && started.elapsed() < batch.time {
            match events.pending().map_err(LoopError::Read)? {
                Some(event @ Event::Mouse(_)) => {
                    held = Some(event);
                    break;
                }
                Some(event) => handle(terminal, state, shell, event)?,
                None => break,
            }
            taken += 1;
        }
    }
    Ok(())
}

/// One event: its action, then every action its effects answer with.
fn handle<B: Backend>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    shell: &mut dyn Executor,
    event: Event,
) -> Result<(), LoopError<B::Error>> {
    let action = match event {
        Event::Key(key) => keymap::resolve(state, key),
        Event::Paste(text) => keymap::resolve_paste(state, text),
        Event::Resize(w, h) => Some(Action::Resized { w, h }),
        Event::Mouse(mouse) => keymap::resolve_mouse(state, mouse),
        Event::Tick => Some(Action::Tick(shell.today())),
        Event::FileChanged => shell.file_changed(),
        Event::Woken => None,
    };
    // Saves that finished come first, so a key (quitting, say) sees how they went.
    let mut queue: VecDeque<Action> = shell.poll().into_iter().collect();
    queue.extend(action);
    while let Some(action) = queue.pop_front() {
        for effect in update(state, action) {
            let redraw = matches!(effect, Effect::OpenEditor { .. });
            if let Some(reply) = shell.execute(effect, state) {
                queue.push_back(reply);
            }
            if redraw {
                // Repaint everything the editor wrote over. Not `Terminal::clear`: it asks
                // the terminal where the cursor is and fails when no answer comes in time
                // (as in terminals that do not answer that query), which would end the app.
                // A resize to the current size clears and forces a full redraw without asking.
                let size = terminal.size().map_err(LoopError::Draw)?;
                terminal
                    .resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))
                    .map_err(LoopError::Draw)?;
            }
        }
    }
    Ok(())
}
