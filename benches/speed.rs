//! "Fast at every size": speed on generated workspaces of three sizes (S, M and L, see
//! `mentor::generate`), with the floor of plain `serde_json` parsing measured in the same run.
//!
//! Run with `cargo bench` (or `cargo bench --bench speed -- 'L/'` for one size). Benchmarks are
//! named `<size>/<operation>`:
//!
//! - `floor`: `store::format::parse_floor`, plain `serde_json::from_slice` of the file's bytes
//!   into the store's own file struct; no load can be faster.
//! - `parse`, `validate`, `load`, `open`: the store's parse of the bytes (with unknown-key
//!   tracking and validation), validation alone, `store::load` of the file (read, parse,
//!   validate, migrate) and `Store::open` (the same with the lock).
//! - `save`: `Store::save` (read back and compare, serialise, write, fsync, back up, rename,
//!   fsync the directory).
//! - `smart_check`: the SMART check of every goal.
//! - `goal_list_table`, `goal_list_json`: the text `mentor goal list [--json]` prints, from the
//!   workspace in memory; `goal_list_cmd`: the whole command's work, `store::load` included.
//! - `first_frame`: `State::new` and the first `ui::render` on a 120x40 `TestBackend`;
//!   `load_to_first_frame`: the same after `store::load`, what starting the app costs.
//! - `key_*`: one key press to the next frame, as the event loop does it (keymap, `update`, the
//!   effects, `ui::render`): `key_down` in the goal list, `key_mentee` to the next mentee,
//!   `key_tab_<tab>` from the goals tab, `key_calendar_day` to the next day on the calendar,
//!   `key_agenda_down` to the Agenda's next item, `key_filter_mentees` and `key_filter_goals`
//!   typing one letter into a filter, `key_undo`
//!   (effects dropped), `key_undo_agenda` (the same on the Agenda tab, whose view is computed
//!   again) and `key_undo_save` (with its save handed to the background saver, as the
//!   app does; the wait for that save is not timed). Only the key measured is timed; the key
//!   that sets it up or puts the state back is not.
//!
//! - `write_one`: one `mentor feedback add` as the command does it (`Context::apply_to`: open
//!   the store, lock, read, parse the one mentee, add the note, save), on a store file last written a few seconds
//!   before (the copies are taken in turn so that each has settled, see `store::Stamp`). On L
//!   only.
//! - `io_floor`: what any write of the whole file costs before anything is parsed: the file
//!   read into memory, written to a new file and synced. On L only.
//! - `load_v1`: `store::load` of the same file with its version set to 1.1 (before format
//!   2.0), which the fast path reads too. On L only.
//! - `read_one_mentee`: `mentor goal list --mentee NAME`: the read scoped to one mentee and its
//!   table.
//! - `key_burst`: 200 Down keys that arrive at once, through the real loop (`tui::run_counting`)
//!   on a 120x40 `TestBackend`, from the first key read to the last frame drawn; the frames drawn
//!   are printed after the run.
//!
//! Drops of whole workspaces are kept out of the timings (`iter_with_large_drop`). After the
//! run, a table of medians and the ratios the issue sets as targets are printed (see
//! `BENCHMARKS.md`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use chrono::NaiveDate;
use criterion::{Criterion, SamplingMode};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use mentor::app::{Action, Effect, ListId, SaveStatus, State, Tab, keymap, update};
use mentor::domain::ops::Op;
use mentor::domain::{Feedback, FeedbackId, FeedbackKind, Visibility, Workspace, schedule, smart};
use mentor::generate::{Size, generate};
use mentor::store::{self, OpenOptions, Store, format};
use mentor::tui::{Batch, Burst, Executor, StoreShell};
use mentor::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::VecDeque;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

#[path = "speed/summary.rs"]
mod summary;

const SEED: u64 = 1;
const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).expect("a valid date")
}

/// One size's workspace, its bytes, and its file written through the store.
struct Fixture {
    ws: Workspace,
    bytes: Vec<u8>,
    path: PathBuf,
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new(size: Size) -> Fixture {
        let ws = generate(size, SEED, today());
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("mentor.json");
        let (mut store, _) = Store::open(&path, &OpenOptions::default()).expect("a new store");
        store.save(&ws).expect("saved");
        drop(store);
        let bytes = std::fs::read(&path).expect("the file just written");
        eprintln!(
            "{size}: {} ({} bytes)",
            mentor::generate::Counts::of(&ws),
            bytes.len()
        );
        Fixture {
            ws,
            bytes,
            path,
            dir,
        }
    }
}

/// Carries out no effect: for keys measured without the save that follows an edit.
struct NoEffects;

impl Executor for NoEffects {
    fn execute(&mut self, _: Effect, _: &State) -> Option<Action> {
        None
    }

    fn today(&self) -> NaiveDate {
        today()
    }
}

/// The app on a test terminal, driven key by key the way `mentor::tui::run` does it.
struct Screen {
    state: State,
    terminal: Terminal<TestBackend>,
    theme: Theme,
}

impl Screen {
    fn new(ws: Workspace) -> Screen {
        let mut screen = Screen {
            state: State::new(ws, today(), "/home/sam/.local/share/mentor/mentor.json"),
            terminal: Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a test terminal"),
            theme: Theme::from_no_color(None),
        };
        screen.draw();
        screen
    }

    fn draw(&mut self) {
        let size = self.terminal.size().expect("a size");
        update(
            &mut self.state,
            Action::Resized {
                w: size.width,
                h: size.height,
            },
        );
        let (state, theme) = (&self.state, &self.theme);
        self.terminal
            .draw(|frame| ui::render(frame, state, theme))
            .expect("drawn");
    }

    /// One key press to the next frame: keymap, update, effects (their answers back into
    /// update), draw.
    fn press(&mut self, key: KeyEvent, shell: &mut dyn Executor) {
        let mut queue: VecDeque<Action> = keymap::resolve(&self.state, key).into_iter().collect();
        while let Some(action) = queue.pop_front() {
            for effect in update(&mut self.state, action) {
                if let Some(reply) = shell.execute(effect, &self.state) {
                    queue.push_back(reply);
                }
            }
        }
        self.draw();
    }

    fn keys(&mut self, keys: &[KeyEvent]) {
        for key in keys {
            self.press(*key, &mut NoEffects);
        }
    }
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn code(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Times `timed` alone; `before` and `after` (untimed) set the state up and put it back.
fn time_key(
    screen: &mut Screen,
    shell: &mut dyn Executor,
    before: &[KeyEvent],
    timed: KeyEvent,
    after: &[KeyEvent],
    iters: u64,
) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        screen.keys(before);
        let start = Instant::now();
        screen.press(timed, shell);
        total += start.elapsed();
        screen.keys(after);
    }
    total
}

/// How long to measure: a few samples of the slow operations of large sizes, more of the rest.
#[derive(Clone, Copy)]
enum Pace {
    Fast,
    Slow,
}

fn pace(
    group: &mut criterion::BenchmarkGroup<criterion::measurement::WallTime>,
    size: Size,
    p: Pace,
) {
    let (samples, seconds, mode) = match (size, p) {
        (Size::S, Pace::Fast) => (50, 2, SamplingMode::Auto),
        (Size::S, Pace::Slow) => (20, 3, SamplingMode::Auto),
        (_, Pace::Fast) => (30, 3, SamplingMode::Auto),
        (Size::M, Pace::Slow) => (15, 4, SamplingMode::Flat),
        (_, Pace::Slow) => (10, 5, SamplingMode::Flat),
    };
    group
        .sample_size(samples)
        .measurement_time(Duration::from_secs(seconds))
        .warm_up_time(Duration::from_millis(800))
        .sampling_mode(mode);
}

/// What takes milliseconds on S and hundreds of them on L: reading, writing, listing all goals.
fn slow_benches(c: &mut Criterion, size: Size, fx: &Fixture) {
    let mut g = c.benchmark_group(size.to_string());
    pace(&mut g, size, Pace::Slow);
    let path: &Path = &fx.path;
    g.bench_function("floor", |b| {
        b.iter_with_large_drop(|| format::parse_floor(black_box(&fx.bytes)).expect("parses"))
    });
    g.bench_function("parse", |b| {
        b.iter_with_large_drop(|| format::parse(black_box(&fx.bytes), path, false).expect("parses"))
    });
    g.bench_function("load", |b| {
        b.iter_with_large_drop(|| store::load(black_box(path)).expect("loads"))
    });
    g.bench_function("open", |b| {
        b.iter_with_large_drop(|| {
            let (store, ws) = Store::open(black_box(path), &OpenOptions::default()).expect("opens");
            drop(store);
            ws
        })
    });
    g.bench_function("validate", |b| b.iter(|| fx.ws.validate().expect("valid")));
    g.bench_function("goal_list_cmd", |b| {
        b.iter_with_large_drop(|| {
            let ws = store::load(path).expect("loads").workspace;
            let text = mentor::cli::goal_list_text(&ws, None, false, today(), 80).expect("lists");
            (ws, text)
        })
    });
    g.bench_function("goal_list_json", |b| {
        b.iter(|| mentor::cli::goal_list_text(&fx.ws, None, true, today(), 80).expect("lists"))
    });
    g.bench_function("load_to_first_frame", |b| {
        b.iter_with_large_drop(|| {
            let ws = store::load(path).expect("loads").workspace;
            Screen::new(ws)
        })
    });
    // Saves go to a copy of the store, so the file the other benchmarks read stays as it is.
    let save_path = fx.dir.path().join("save.json");
    let (mut store, _) = Store::open(&save_path, &OpenOptions::default()).expect("a new store");
    g.bench_function("save", |b| {
        b.iter(|| store.save(black_box(&fx.ws)).expect("saved"))
    });
    g.finish();
}

/// How many copies of the store `write_one` takes in turn.
const WRITE_COPIES: usize = 6;

/// One command's write, one command's scoped read.
fn command_benches(c: &mut Criterion, size: Size, fx: &Fixture) {
    let mut g = c.benchmark_group(size.to_string());
    pace(&mut g, size, Pace::Slow);
    let copies: Vec<PathBuf> = (0..WRITE_COPIES)
        .map(|k| {
            let path = fx.dir.path().join(format!("write-{k}")).join("mentor.json");
            std::fs::create_dir_all(path.parent().expect("a directory")).expect("created");
            std::fs::write(&path, &fx.bytes).expect("copied");
            path
        })
        .collect();
    let mut written = [Instant::now(); WRITE_COPIES];
    let mut turn = 0;
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-29T10:00:00+00:00").expect("a time");
    let mentee = fx.ws.mentees[fx.ws.mentees.len() / 2].name.clone();
    // On L only: on smaller files waiting for each copy to settle would take most of the run.
    if size == Size::L {
        g.bench_function("write_one", |b| {
            b.iter_custom(|n| {
                let mut total = Duration::ZERO;
                for _ in 0..n {
                    let k = turn % WRITE_COPIES;
                    turn += 1;
                    // Untimed: wait until this copy's last write has settled.
                    let settle = store::Stamp::SETTLE + Duration::from_millis(200);
                    if let Some(left) = settle.checked_sub(written[k].elapsed()) {
                        std::thread::sleep(left);
                    }
                    let ctx = mentor::cli::Context {
                        store: copies[k].clone(),
                        now,
                        settings: Default::default(),
                    };
                    let start = Instant::now();
                    let out = ctx
                        .apply_to(&mentee, |ws| {
                            let i = ws.resolve_mentee(&mentee)?;
                            Ok(Op::AddFeedback {
                                mentee: ws.mentees[i].id.clone(),
                                feedback: Feedback {
                                    id: FeedbackId::from_number(0),
                                    date: today(),
                                    kind: FeedbackKind::Strength,
                                    text: "Ran a calm, well-timed review".into(),
                                    goal: None,
                                    visibility: Visibility::Shared,
                                },
                            })
                        })
                        .expect("written");
                    total += start.elapsed();
                    written[k] = Instant::now();
                    drop(black_box(out));
                }
                total
            })
        });
    }
    if size == Size::L {
        // What any write of the whole file costs before anything is parsed: the file read, a
        // new file written and synced (and removed again, untimed).
        let io_path = fx.dir.path().join("io-floor.json");
        g.bench_function("io_floor", |b| {
            b.iter_custom(|n| {
                let mut total = Duration::ZERO;
                for _ in 0..n {
                    let start = Instant::now();
                    let bytes = std::fs::read(&fx.path).expect("read");
                    let mut file = std::fs::File::create(&io_path).expect("created");
                    std::io::Write::write_all(&mut file, &bytes).expect("written");
                    file.sync_all().expect("synced");
                    total += start.elapsed();
                    drop((file, bytes));
                    std::fs::remove_file(&io_path).expect("removed");
                }
                total
            })
        });
        // The same file in format 1.1, written before format 2.0: read the fast way too.
        let v1_path = fx.dir.path().join("v1.json");
        let v1 = String::from_utf8(fx.bytes.clone())
            .expect("text")
            .replacen("\"major\": 2,", "\"major\": 1,", 1)
            .replacen("\"minor\": 0", "\"minor\": 1", 1);
        std::fs::write(&v1_path, v1).expect("written");
        g.bench_function("load_v1", |b| {
            b.iter_with_large_drop(|| {
                let loaded = store::load(black_box(&v1_path)).expect("loads");
                assert_eq!(loaded.version.major, 1);
                loaded
            })
        });
    }
    g.bench_function("read_one_mentee", |b| {
        b.iter_with_large_drop(|| {
            let ws = store::scoped::load_mentee(&fx.path, &mentee)
                .expect("reads")
                .expect("the scoped read answers")
                .workspace;
            let text =
                mentor::cli::goal_list_text(&ws, Some(&mentee), false, today(), 80).expect("lists");
            (ws, text)
        })
    });
    g.finish();
}

/// What works on the workspace in memory: the SMART check, the goal table, the first frame.
fn fast_benches(c: &mut Criterion, size: Size, fx: &Fixture) {
    let mut g = c.benchmark_group(size.to_string());
    pace(&mut g, size, Pace::Fast);
    g.bench_function("smart_check", |b| {
        b.iter(|| {
            let mut smart = 0usize;
            for m in &fx.ws.mentees {
                for goal in &m.goals {
                    smart += usize::from(smart::check(black_box(goal), today()).is_smart());
                }
            }
            smart
        })
    });
    // What the Agenda and Calendar tabs compute again after a change to the workspace.
    g.bench_function("agenda", |b| {
        b.iter(|| schedule::AgendaAt::of(black_box(&fx.ws), today(), 14))
    });
    g.bench_function("month", |b| {
        b.iter(|| schedule::month_days(black_box(&fx.ws), today()))
    });
    g.bench_function("goal_list_table", |b| {
        b.iter(|| mentor::cli::goal_list_text(&fx.ws, None, false, today(), 80).expect("lists"))
    });
    // The first frame; the workspace is moved in and out of the state, not copied.
    let mut ws = Some(fx.ws.clone());
    g.bench_function("first_frame", |b| {
        b.iter(|| {
            let screen = Screen::new(ws.take().expect("the workspace"));
            ws = Some(screen.state.ws);
            screen.terminal
        })
    });
    drop(ws);
    g.finish();
}

/// One key press to the next frame.
fn key_benches(c: &mut Criterion, size: Size, fx: &Fixture) {
    let mut g = c.benchmark_group(size.to_string());
    pace(&mut g, size, Pace::Fast);
    let mut screen = Screen::new(fx.ws.clone());
    let (down, up) = (key('j'), key('k'));
    let (next, back) = (code(KeyCode::Tab), code(KeyCode::BackTab));
    let (esc, backspace) = (code(KeyCode::Esc), code(KeyCode::Backspace));
    let mut none = NoEffects;
    let focus = |screen: &Screen, list: ListId| {
        assert_eq!(screen.state.focus.0, list, "the benchmark is set up wrong");
        assert_eq!(
            screen.state.tab,
            Tab::Goals,
            "the benchmark is set up wrong"
        );
    };

    // Moving in the mentee list selects another mentee.
    focus(&screen, ListId::Mentees);
    g.bench_function("key_mentee", |b| {
        b.iter_custom(|n| time_key(&mut screen, &mut none, &[], down, &[up], n))
    });
    screen.keys(&[next]);
    focus(&screen, ListId::Goals);
    g.bench_function("key_down", |b| {
        b.iter_custom(|n| time_key(&mut screen, &mut none, &[], down, &[up], n))
    });
    // From the goals tab, with the goal list focused, to another tab and back (the overview
    // has no list, so it moves the focus to the mentees; Tab takes it back).
    for (digit, tab, back_keys) in [
        ('2', "sessions", &[key('1')][..]),
        ('3', "feedback", &[key('1')][..]),
        ('4', "network", &[key('1')][..]),
        ('5', "overview", &[key('1'), next][..]),
        ('6', "agenda", &[key('1'), next][..]),
        ('7', "calendar", &[key('1'), next][..]),
    ] {
        focus(&screen, ListId::Goals);
        g.bench_function(format!("key_tab_{tab}"), |b| {
            b.iter_custom(|n| time_key(&mut screen, &mut none, &[], key(digit), back_keys, n))
        });
    }
    // On the calendar, the next day (same month), and back.
    focus(&screen, ListId::Goals);
    screen.keys(&[key('7')]);
    g.bench_function("key_calendar_day", |b| {
        b.iter_custom(|n| time_key(&mut screen, &mut none, &[], key('l'), &[key('h')], n))
    });
    screen.keys(&[key('1'), next]);
    // On the Agenda, the next item and back (only the rows shown are drawn).
    focus(&screen, ListId::Goals);
    screen.keys(&[key('6')]);
    g.bench_function("key_agenda_down", |b| {
        b.iter_custom(|n| time_key(&mut screen, &mut none, &[], key('j'), &[key('k')], n))
    });
    screen.keys(&[key('1'), next]);
    // Typing one letter into the goal list's filter, then into the mentee list's.
    focus(&screen, ListId::Goals);
    screen.keys(&[key('/')]);
    g.bench_function("key_filter_goals", |b| {
        b.iter_custom(|n| time_key(&mut screen, &mut none, &[], key('e'), &[backspace], n))
    });
    screen.keys(&[esc, back]);
    focus(&screen, ListId::Mentees);
    screen.keys(&[key('/')]);
    g.bench_function("key_filter_mentees", |b| {
        b.iter_custom(|n| time_key(&mut screen, &mut none, &[], key('a'), &[backspace], n))
    });
    screen.keys(&[esc, next]);
    // Undo of marking a goal achieved: `x` (untimed), then `u`.
    focus(&screen, ListId::Goals);
    screen.keys(&[key('x'), key('u')]);
    assert!(
        screen
            .state
            .status
            .as_ref()
            .is_some_and(|s| s.text.starts_with("undid")),
        "the benchmark is set up wrong: {:?}",
        screen.state.status
    );
    g.bench_function("key_undo", |b| {
        b.iter_custom(|n| time_key(&mut screen, &mut none, &[key('x')], key('u'), &[], n))
    });
    // The same undo pressed on the Agenda tab, whose view must then be computed again.
    screen.keys(&[key('x'), key('6'), key('u')]);
    assert!(
        screen.state.tab == Tab::Agenda
            && screen
                .state
                .status
                .as_ref()
                .is_some_and(|s| s.text.starts_with("undid")),
        "the benchmark is set up wrong: {:?}",
        screen.state.status
    );
    screen.keys(&[key('1'), next]);
    focus(&screen, ListId::Goals);
    g.bench_function("key_undo_agenda", |b| {
        b.iter_custom(|n| {
            time_key(
                &mut screen,
                &mut none,
                &[key('x'), key('6')],
                key('u'),
                &[key('1'), next],
                n,
            )
        })
    });
    g.finish();

    // The same with the save it asks for, as the app runs it: in the background. The key is
    // timed up to its next frame; waiting for the save to land (outside the timing) keeps the
    // next press from queueing behind it.
    let mut g = c.benchmark_group(size.to_string());
    pace(
        &mut g,
        size,
        if size == Size::S {
            Pace::Fast
        } else {
            Pace::Slow
        },
    );
    let save_path = fx.dir.path().join("undo.json");
    let (mut store, _) = Store::open(&save_path, &OpenOptions::default()).expect("a new store");
    store.save(&screen.state.ws).expect("saved");
    let mut shell = StoreShell::background(Some(store), None);
    g.bench_function("key_undo_save", |b| {
        b.iter_custom(|n| {
            let mut total = Duration::ZERO;
            for _ in 0..n {
                screen.keys(&[key('x')]);
                let start = Instant::now();
                screen.press(key('u'), &mut shell);
                total += start.elapsed();
                for action in shell.finish(&screen.state) {
                    mentor::app::update(&mut screen.state, action);
                }
            }
            assert!(
                matches!(screen.state.save, SaveStatus::Saved(Some(_))),
                "the undo was not saved: {:?}",
                screen.state.save
            );
            total
        })
    });
    g.finish();
}

/// 200 Down keys at once, through the real loop, from a fresh state each time.
fn burst_bench(c: &mut Criterion, size: Size, fx: &Fixture) {
    let mut g = c.benchmark_group(size.to_string());
    pace(&mut g, size, Pace::Fast);
    let mut frames = 0;
    g.bench_function("key_burst", |b| {
        b.iter_custom(|n| {
            let mut total = Duration::ZERO;
            for _ in 0..n {
                let mut state = State::new(
                    fx.ws.clone(),
                    today(),
                    "/home/sam/.local/share/mentor/mentor.json",
                );
                let mut terminal =
                    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a test terminal");
                let mut keys = Burst::keys((0..200).map(|_| code(KeyCode::Down)));
                let theme = Theme::from_no_color(None);
                let start = Instant::now();
                frames = mentor::tui::run_counting(
                    &mut terminal,
                    &mut state,
                    &mut keys,
                    &mut NoEffects,
                    &theme,
                    Batch::APP,
                )
                .expect("ran");
                total += start.elapsed();
                assert!(state.selected(ListId::Mentees) > 0);
            }
            total
        })
    });
    g.finish();
    summary::record_frames(size, frames);
}

fn main() {
    let started = SystemTime::now();
    let mut c = Criterion::default().configure_from_args();
    for size in Size::STANDARD {
        let fx = Fixture::new(size);
        slow_benches(&mut c, size, &fx);
        fast_benches(&mut c, size, &fx);
        key_benches(&mut c, size, &fx);
        command_benches(&mut c, size, &fx);
        burst_bench(&mut c, size, &fx);
        summary::record_size(size, fx.bytes.len());
    }
    c.final_summary();
    summary::print(started);
}
