//! Random input through the whole app, deterministic by seed: key presses from every key of the
//! keymap and more, typed and pasted text in many scripts, clicks and the wheel, resizes, saves
//! that fail, over four workspaces (empty, the demo, a generated one, the mentee's read-only
//! view). Each event goes the way the real loop sends it (`keymap::resolve`,
//! `keymap::resolve_mouse`, then `update`, the effects carried out by a shell over a real store
//! in a temporary directory), and the screen is drawn on a test terminal after every event.
//!
//! After every step: the selections are within their lists, the frame was drawn at the
//! terminal's size, the store file loads (and holds the workspace after a save that succeeded),
//! a read-only state's workspace is what it started with, and quitting with edits that are not on
//! disk happens only through the unsaved-edits popup.
//!
//! 64 cases by default; `PROPTEST_CASES` raises it, `PROPTEST_RNG_SEED` picks another seed.

use crate::common::{screen, today};
use crossterm::event::{KeyModifiers, MouseEvent};
use mentor::app::{Action, Effect, ListId, Popup, SaveStatus, State, keymap, update, view};
use mentor::domain::Workspace;
use mentor::store::{CURRENT_VERSION, Loaded, OpenOptions, Store, Viewed};
use mentor::tui::{Executor, StoreShell};
use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};

mod steps;
use steps::{Start, Step, start, step};

// ---------------------------------------------------------------------------------------------
// The shell
// ---------------------------------------------------------------------------------------------

/// The real shell over a store in a temporary directory, except that saves fail on demand,
/// `$EDITOR` answers at once, and copies go into the temporary directory.
struct Shell {
    inner: StoreShell,
    dir: PathBuf,
    fail_saves: bool,
    copies: usize,
    /// A save succeeded since the last check.
    saved: bool,
}

impl Executor for Shell {
    fn execute(&mut self, effect: Effect, state: &State) -> Option<Action> {
        match effect {
            Effect::Save if self.fail_saves => Some(Action::SaveFailed("disk full (test)".into())),
            Effect::Save => {
                let answer = self.inner.execute(Effect::Save, state);
                self.saved |= matches!(answer, Some(Action::Saved { .. }));
                answer
            }
            Effect::OpenEditor { target, text } => Some(Action::EditorDone {
                target,
                result: Ok(format!("{text}\nedited 👩\u{200d}💻 שלום")),
            }),
            Effect::WriteCopy { .. } => {
                self.copies += 1;
                let path = self.dir.join(format!("copy-{}.json", self.copies));
                let path = path.display().to_string();
                self.inner.execute(Effect::WriteCopy { path }, state)
            }
            // Reports go to the test's directory too, whatever path was typed.
            Effect::WriteReport { text, .. } => {
                self.copies += 1;
                let path = self.dir.join(format!("report-{}", self.copies));
                let path = path.display().to_string();
                self.inner
                    .execute(Effect::WriteReport { path, text }, state)
            }
            other => self.inner.execute(other, state),
        }
    }

    fn today(&self) -> chrono::NaiveDate {
        today()
    }

    fn file_changed(&mut self) -> Option<Action> {
        self.inner.file_changed()
    }

    fn poll(&mut self) -> Vec<Action> {
        self.inner.poll()
    }

    fn finish(&mut self, state: &State) -> Vec<Action> {
        self.inner.finish(state)
    }
}

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

struct Run {
    _dir: tempfile::TempDir,
    path: PathBuf,
    state: State,
    shell: Shell,
    terminal: Terminal<TestBackend>,
    /// The workspace a read-only state must keep.
    frozen: Option<Workspace>,
    /// The workspace the store opened with (what is "on disk" before a first save creates it).
    opened: Workspace,
}

fn begin(start: Start) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let (state, store) = match start {
        Start::MenteeView => (mentee_view(), None),
        Start::Empty | Start::Demo | Start::Generated => {
            let ws = match start {
                Start::Demo => mentor::demo::demo_workspace(today()),
                Start::Generated => {
                    mentor::generate::generate(mentor::generate::Size::Mentees(4), 7, today())
                }
                _ => Workspace::default(),
            };
            if !matches!(start, Start::Empty) {
                // An empty store starts without a file, as on a first run.
                std::fs::write(&path, crate::common::bytes_of(&ws)).unwrap();
            }
            let (store, ws) = Store::open(&path, &OpenOptions::default()).unwrap();
            let state = State::new(ws, today(), path.display().to_string());
            (state, Some(store))
        }
    };
    let frozen = state.read_only.is_some().then(|| state.ws.clone());
    let opened = state.ws.clone();
    let shell = Shell {
        inner: StoreShell::inline(store),
        dir: dir.path().to_path_buf(),
        fail_saves: false,
        copies: 0,
        saved: false,
    };
    let terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    Run {
        _dir: dir,
        path,
        state,
        shell,
        terminal,
        frozen,
        opened,
    }
}

fn mentee_view() -> State {
    let ws = mentor::demo::demo_workspace(today());
    let viewed = Viewed::Workspace(Loaded {
        workspace: ws,
        version: CURRENT_VERSION,
    });
    let id = mentor::tui::view::resolve(&viewed, Some("alice")).unwrap();
    let (workspace, info) = mentor::tui::view::display(viewed, id.as_ref(), "mentor.json").unwrap();
    crate::view_common::view_state(workspace, info, "mentor.json")
}

impl Run {
    /// One event, as the real loop handles it: learn the size, draw, resolve, update, effects.
    fn step(&mut self, step: Step) {
        let action = match step {
            Step::Key(key) => keymap::resolve(&self.state, key),
            Step::Paste(text) => keymap::resolve_paste(&self.state, text),
            Step::Mouse(kind, column, row) => {
                let event = MouseEvent {
                    kind,
                    column,
                    row,
                    modifiers: KeyModifiers::NONE,
                };
                keymap::resolve_mouse(&self.state, event)
            }
            Step::Resize(w, h) => {
                self.terminal.backend_mut().resize(w, h);
                Some(Action::Resized { w, h })
            }
            Step::Tick => Some(Action::Tick(self.shell.today())),
            Step::FileChanged => self.shell.file_changed(),
            Step::FailSaves(fail) => {
                self.shell.fail_saves = fail;
                None
            }
        };
        let asked = matches!(self.state.popup, Some(Popup::Unsaved(_)));
        let mut queue: std::collections::VecDeque<Action> = self.shell.poll().into();
        queue.extend(action);
        while let Some(action) = queue.pop_front() {
            for effect in update(&mut self.state, action) {
                queue.extend(self.shell.execute(effect, &self.state));
            }
        }
        self.check(asked);
        self.draw();
    }

    /// Learns the terminal's size (as the loop does before drawing) and draws.
    fn draw(&mut self) {
        let size = self.terminal.size().unwrap();
        if self.state.size != Some((size.width, size.height)) {
            update(
                &mut self.state,
                Action::Resized {
                    w: size.width,
                    h: size.height,
                },
            );
        }
        let state = &self.state;
        let frame = self
            .terminal
            .draw(|f| mentor::ui::render(f, state, &mentor::ui::Theme::COLOR))
            .unwrap();
        assert_eq!(
            (frame.area.width, frame.area.height),
            (size.width, size.height)
        );
        let text = screen::text(self.terminal.backend().buffer());
        assert_eq!(text.split('\n').count(), usize::from(size.height));
    }

    /// The properties that hold after every step. `asked`: the unsaved-edits popup was open
    /// before the step.
    fn check(&mut self, asked: bool) {
        let state = &self.state;
        for list in ListId::ALL {
            let rows = view::rows(state, list).len();
            assert!(
                state.selected(list) < rows.max(1),
                "{list:?}: row {} selected of {rows}",
                state.selected(list)
            );
        }
        if let Some(frozen) = &self.frozen {
            assert!(
                state.ws == *frozen,
                "a read-only state changed its workspace"
            );
        }
        if std::mem::take(&mut self.shell.saved) {
            let on_disk = self.on_disk();
            if !matches!(state.save, SaveStatus::NotSaved(_)) {
                assert!(
                    on_disk == state.ws,
                    "saved, but the file holds something else"
                );
            }
        }
        if state.quit && self.frozen.is_none() {
            let on_disk = self.on_disk();
            assert!(
                on_disk == state.ws || asked,
                "quit with edits that are not on disk, without asking"
            );
        }
    }
}

impl Run {
    /// What the store file holds; it must always load.
    fn on_disk(&self) -> Workspace {
        if self.path.exists() {
            load(&self.path)
        } else {
            self.opened.clone()
        }
    }
}

fn load(path: &Path) -> Workspace {
    match mentor::store::load(path) {
        Ok(loaded) => loaded.workspace,
        Err(e) => panic!("the store does not load: {e}"),
    }
}

fn config() -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 64;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = RngSeed::Fixed(0x6d65_6e74_6f72);
    }
    config
}

proptest! {
    #![proptest_config(config())]

    /// Nothing the user can do breaks the app (see the module's documentation).
    #[test]
    fn random_input_never_breaks_the_app(
        start in start(),
        size in (60u16..=200, 16u16..=60),
        steps in prop::collection::vec(step(), 1..200),
    ) {
        let mut run = begin(start);
        run.step(Step::Resize(size.0, size.1));
        for step in steps {
            if run.state.quit {
                break;
            }
            run.step(step);
        }
        let finished = run.shell.finish(&run.state);
        for action in finished {
            update(&mut run.state, action);
        }
        if run.frozen.is_none() {
            run.on_disk();
        }
    }
}
