//! Layer 5: the built binary in a real pseudo-terminal.
//!
//! Each test starts `mentor` in a pty (`portable-pty`) on a store in its own temporary directory,
//! feeds everything the program writes into a terminal emulator (`vt100`) on a reader thread, and
//! types keys as bytes. Nothing sleeps a fixed time to wait for the app: every step waits until
//! the emulated screen (or the byte stream) shows the expected state, with a generous timeout
//! that is only a bound for failing. A drop guard kills a child that is still running when a test
//! fails, and every test checks that the child printed nothing that looks like a panic.

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use serde_json::Value;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

/// Only a bound for failing: a passing test never waits this long.
const TIMEOUT: Duration = Duration::from_secs(20);
/// How often a wait looks again.
const POLL: Duration = Duration::from_millis(15);

const ENTER: &str = "\r";
const TAB: &str = "\t";
const ESC: &str = "\x1b";
const CTRL_S: &str = "\x13";
const CTRL_R: &str = "\x12";
const CTRL_C: &str = "\x03";

/// Leaves the alternate screen (and restores the primary one).
const LEAVE_ALT: &[u8] = b"\x1b[?1049l";
const ENTER_ALT: &[u8] = b"\x1b[?1049h";
/// ratatui hides the cursor at the end of every frame that has no cursor to show.
const HIDE_CURSOR: &[u8] = b"\x1b[?25l";

/// What the child wrote, as parsed by the emulator and as raw bytes, updated together.
struct Term {
    parser: vt100::Parser,
    raw: Vec<u8>,
    /// The reader saw the end of the output (the child and every copy of the pty's slave side
    /// are gone).
    eof: bool,
}

impl Term {
    fn screen(&self) -> &vt100::Screen {
        self.parser.screen()
    }

    fn count(&self, needle: &[u8]) -> usize {
        self.raw
            .windows(needle.len())
            .filter(|w| *w == needle)
            .count()
    }
}

/// Where `needle` last occurs in `hay`.
fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal size is not zero")
}

/// One `mentor` process in a pseudo-terminal.
struct Tui {
    name: &'static str,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Option<Box<dyn Write + Send>>,
    term: Arc<Mutex<Term>>,
    status: Option<ExitStatus>,
}

/// How to start one.
struct Launch<'a> {
    name: &'static str,
    cols: u16,
    rows: u16,
    store: &'a Path,
    demo: bool,
    env: &'a [(&'a str, &'a str)],
}

impl<'a> Launch<'a> {
    fn new(name: &'static str, store: &'a Path) -> Launch<'a> {
        Launch {
            name,
            cols: 100,
            rows: 30,
            store,
            demo: false,
            env: &[],
        }
    }
}

fn lock(term: &Mutex<Term>) -> MutexGuard<'_, Term> {
    term.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Tui {
    fn start(launch: Launch) -> Tui {
        let size = PtySize {
            rows: launch.rows,
            cols: launch.cols,
            pixel_width: 0,
            pixel_height: 0,
        };
        let pair = native_pty_system().openpty(size).expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_mentor"));
        cmd.arg("--store");
        cmd.arg(launch.store);
        if launch.demo {
            cmd.arg("--demo");
        }
        if let Some(dir) = launch.store.parent() {
            cmd.cwd(dir);
        }
        for var in ["NO_COLOR", "MENTOR_STORE", "VISUAL", "EDITOR", "COLORTERM"] {
            cmd.env_remove(var);
        }
        cmd.env("TERM", "xterm-256color");
        for (k, v) in launch.env {
            cmd.env(k, v);
        }
        let child = pair
            .slave
            .spawn_command(cmd)
            .expect("start mentor in the pty");
        // Only the child may hold the slave side, so that the reader sees the end of the output
        // once the child is gone.
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let term = Arc::new(Mutex::new(Term {
            parser: vt100::Parser::new(nz(launch.rows), nz(launch.cols), 0),
            raw: Vec::new(),
            eof: false,
        }));
        let shared = Arc::clone(&term);
        thread::Builder::new()
            .name(format!("pty-reader-{}", launch.name))
            .spawn(move || {
                let mut buf = [0u8; 8192];
                loop {
                    match reader.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            let mut t = lock(&shared);
                            t.parser.process(&buf[..n]);
                            t.raw.extend_from_slice(&buf[..n]);
                        }
                    }
                }
                lock(&shared).eof = true;
            })
            .expect("start the reader thread");
        Tui {
            name: launch.name,
            child,
            master: pair.master,
            writer: Some(writer),
            term,
            status: None,
        }
    }

    /// Starts `mentor` on `store` at 100x30 and waits for its first screen.
    fn open(name: &'static str, store: &Path) -> Tui {
        let tui = Tui::start(Launch::new(name, store));
        tui.wait_for("the first screen", |s| {
            has(s, "Mentees (") && has(s, " q quit")
        });
        tui
    }

    /// Sends bytes as typed keys.
    fn send(&mut self, keys: &str) {
        let writer = self.writer.as_mut().expect("the pty writer is open");
        writer.write_all(keys.as_bytes()).expect("write to the pty");
        writer.flush().expect("flush the pty");
    }

    /// Sends Esc and waits until the screen shows its effect, so that the next key is not read
    /// together with it as an Alt-sequence.
    fn esc(&mut self, what: &str, until: impl Fn(&vt100::Screen) -> bool) {
        self.send(ESC);
        self.wait_for(what, until);
    }

    /// Waits until `cond` holds for the terminal (screen and raw bytes).
    fn wait_until(&self, what: &str, cond: impl Fn(&Term) -> bool) {
        let start = Instant::now();
        loop {
            let eof = {
                let t = lock(&self.term);
                if cond(&t) {
                    return;
                }
                t.eof
            };
            // After the end of the output nothing can change any more.
            if eof || start.elapsed() > TIMEOUT {
                let t = lock(&self.term);
                if cond(&t) {
                    return;
                }
                panic!(
                    "[{}] gave up waiting for {what} ({}):\n{}\n--- last output bytes ---\n{}",
                    self.name,
                    if eof { "the output ended" } else { "timed out" },
                    dump(t.screen()),
                    tail(&t.raw, 600),
                );
            }
            thread::sleep(POLL);
        }
    }

    /// Waits until `cond` holds for the emulated screen.
    fn wait_for(&self, what: &str, cond: impl Fn(&vt100::Screen) -> bool) {
        self.wait_until(what, |t| cond(t.screen()));
    }

    /// Runs `f` on the current screen.
    fn with_screen<R>(&self, f: impl FnOnce(&vt100::Screen) -> R) -> R {
        f(lock(&self.term).screen())
    }

    /// Waits for the child to exit and for the reader to see the end of its output, checks the
    /// output for a panic, and returns the exit status.
    fn wait_exit(&mut self) -> ExitStatus {
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("poll the child") {
                break status;
            }
            if start.elapsed() > TIMEOUT {
                let t = lock(&self.term);
                panic!(
                    "[{}] the child did not exit:\n{}",
                    self.name,
                    dump(t.screen())
                );
            }
            thread::sleep(POLL);
        };
        self.status = Some(status.clone());
        self.wait_until("the end of the output", |t| t.eof);
        self.assert_no_panic();
        status
    }

    /// Fails if the output holds anything that looks like a panic report.
    fn assert_no_panic(&self) {
        let t = lock(&self.term);
        let text = String::from_utf8_lossy(&t.raw);
        for sign in ["panicked", "RUST_BACKTRACE", "The application panicked"] {
            assert!(
                !text.contains(sign),
                "[{}] the output looks like a panic ({sign:?}):\n{}",
                self.name,
                tail(&t.raw, 4000)
            );
        }
    }

    /// Presses `q` and expects a clean exit.
    fn quit(&mut self) {
        self.send("q");
        let status = self.wait_exit();
        assert!(status.success(), "[{}] exit status {status:?}", self.name);
        assert_eq!(status.exit_code(), 0);
    }

    /// Resizes the terminal: the emulator first, then the pty (which signals the child).
    fn resize(&self, cols: u16, rows: u16) {
        lock(&self.term)
            .parser
            .screen_mut()
            .set_size(nz(rows), nz(cols));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pty");
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        if self.status.is_none() && matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        // Dropping the writer may send Enter and Ctrl-D; by now nobody is reading them.
        self.writer.take();
    }
}

/// The screen's text.
fn text(screen: &vt100::Screen) -> String {
    screen.contents()
}

fn has(screen: &vt100::Screen, needle: &str) -> bool {
    text(screen).contains(needle)
}

/// The text of row `row`.
fn row_text(screen: &vt100::Screen, row: u16) -> String {
    let (_, cols) = screen.size();
    screen.contents_between(row, 0, row, cols.get())
}

/// The screen with row numbers, for failure messages.
fn dump(screen: &vt100::Screen) -> String {
    let (rows, _) = screen.size();
    (0..rows.get())
        .map(|r| format!("{r:2}|{}", row_text(screen, r)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The last `n` bytes, escaped.
fn tail(raw: &[u8], n: usize) -> String {
    let from = raw.len().saturating_sub(n);
    raw[from..].escape_ascii().to_string()
}

fn store_in(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("mentor.json")
}

fn read_json(path: &Path) -> Value {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}

/// Waits (bounded) until the store file satisfies `cond`: saves run in the background, so the
/// screen can show a change a moment before it is on disk.
fn file_until(tui: &Tui, path: &Path, what: &str, cond: impl Fn(&Value) -> bool) -> Value {
    // A failure bound only: an fsync on a loaded machine can take seconds.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let doc = read_json(path);
        if cond(&doc) {
            return doc;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the file never showed {what}: {doc:#}\nthe screen:\n{}",
            tui.with_screen(dump)
        );
        std::thread::sleep(std::time::Duration::from_millis(15));
    }
}

fn mentees(doc: &Value) -> &Vec<Value> {
    doc["mentees"].as_array().expect("\"mentees\" is an array")
}

/// Types into an open form and waits until the text shows.
fn type_text(tui: &mut Tui, text: &str) {
    tui.send(text);
    tui.wait_for(&format!("the typed text {text:?}"), |s| has(s, text));
}

/// Asserts that the terminal is back to normal: out of the alternate screen, cursor shown, and
/// the last switch in the byte stream leaves the alternate screen.
fn assert_terminal_restored(tui: &Tui) {
    let t = lock(&tui.term);
    let left = rfind(&t.raw, LEAVE_ALT).unwrap_or_else(|| {
        panic!(
            "the output never leaves the alternate screen:\n{}",
            tail(&t.raw, 1500)
        )
    });
    let entered = rfind(&t.raw, ENTER_ALT).expect("the app entered the alternate screen");
    assert!(
        left > entered,
        "the alternate screen is entered again after leaving it:\n{}",
        tail(&t.raw, 1500)
    );
    let after = &t.raw[left..];
    assert!(
        after.len() < 64,
        "the app kept writing after leaving the alternate screen: {}",
        after.escape_ascii()
    );
    assert!(
        !t.screen().alternate_screen(),
        "the emulator is still in the alternate screen"
    );
    assert!(!t.screen().hide_cursor(), "the cursor is left hidden");
}

/// 1. The whole path of a goal by keys: mentee, goal, milestone, done; quit; the file holds it.
#[test]
fn adds_mentee_goal_and_milestone_by_keys_and_saves_them() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut tui = Tui::open("flow", &store);
    tui.wait_for("the welcome screen", |s| {
        has(s, "Welcome to mentor.") && has(s, "Mentees (0)")
    });

    // Help opens and Esc closes it again (Esc waited for, so it is not merged with the next key).
    tui.send("?");
    tui.wait_for("the help overlay", |s| {
        has(s, " Keys ") && has(s, "Esc closes")
    });
    tui.esc("the help overlay to close", |s| {
        !has(s, "Esc closes") && has(s, "Welcome to mentor.")
    });

    // The mentee.
    tui.send("a");
    tui.wait_for("the mentee form", |s| {
        has(s, " New mentee ") && has(s, "▸Name")
    });
    type_text(&mut tui, "Ada Lovelace");
    tui.send(CTRL_S);
    tui.wait_for("the mentee in the list", |s| {
        !has(s, " New mentee ") && has(s, "Mentees (1)") && has(s, "▸ Ada Lovelace")
    });

    // Its goal, in the Goals pane.
    tui.send(TAB);
    tui.send("a");
    tui.wait_for("the goal form", |s| {
        has(s, " New goal ") && has(s, "▸Title")
    });
    type_text(&mut tui, "Ship the first PR");
    tui.send(CTRL_S);
    tui.wait_for("the goal in the list", |s| {
        !has(s, " New goal ") && has(s, "Goals (1)") && has(s, "▸ Ship the first PR")
    });

    // Its milestone, in the Milestones pane, marked done.
    tui.send(TAB);
    tui.send("a");
    tui.wait_for("the milestone form", |s| {
        has(s, " New milestone ") && has(s, "▸Title")
    });
    type_text(&mut tui, "Open a draft");
    tui.send(CTRL_S);
    tui.wait_for("the open milestone", |s| {
        !has(s, " New milestone ") && has(s, "▸ [ ] Open a draft")
    });
    // Enter opens it for editing; Esc closes the untouched form again.
    tui.send(ENTER);
    tui.wait_for("the milestone edit form", |s| {
        has(s, " Edit milestone ") && has(s, "Open a draft")
    });
    tui.esc("the edit form to close", |s| {
        !has(s, " Edit milestone ") && has(s, "▸ [ ] Open a draft")
    });
    tui.send("x");
    tui.wait_for("the milestone marked done", |s| {
        has(s, "▸ [x] Open a draft")
    });

    tui.quit();

    let doc = read_json(&store);
    let ms = mentees(&doc);
    assert_eq!(ms.len(), 1, "{doc:#}");
    assert_eq!(ms[0]["name"], "Ada Lovelace");
    let goals = ms[0]["goals"].as_array().expect("goals");
    assert_eq!(goals.len(), 1, "{doc:#}");
    assert_eq!(goals[0]["title"], "Ship the first PR");
    let milestones = goals[0]["milestones"].as_array().expect("milestones");
    assert_eq!(milestones.len(), 1, "{doc:#}");
    assert_eq!(milestones[0]["title"], "Open a draft");
    assert!(
        milestones[0]["done_on"].is_string(),
        "done_on should be a date: {doc:#}"
    );
}

/// A background save reports back by itself: with no further key, the header goes from
/// "saving…" to "saved HH:MM" and the file holds the change.
#[test]
fn a_background_save_is_reported_without_another_key() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut tui = Tui::open("saved", &store);
    tui.send("a");
    tui.wait_for("the mentee form", |s| has(s, " New mentee "));
    type_text(&mut tui, "Ada Byron");
    tui.send(CTRL_S);
    tui.wait_for("the header saying saved HH:MM", |s| {
        let header = row_text(s, 0);
        has(s, "▸ Ada Byron")
            && header
                .split("saved ")
                .nth(1)
                .is_some_and(|rest| rest.trim().len() == 5 && rest.trim().as_bytes()[2] == b':')
    });
    file_until(&tui, &store, "the new mentee", |doc| {
        mentees(doc).len() == 1
    });
    tui.quit();
}

/// 2. `u` takes the new mentee back out of the screen and the file; Ctrl-R puts it back in both.
#[test]
fn undo_and_redo_reach_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut tui = Tui::open("undo", &store);

    tui.send("a");
    tui.wait_for("the mentee form", |s| has(s, " New mentee "));
    type_text(&mut tui, "Bo Chen");
    tui.send(CTRL_S);
    tui.wait_for("the new mentee", |s| {
        !has(s, " New mentee ") && has(s, "Mentees (1)") && has(s, "▸ Bo Chen")
    });
    file_until(&tui, &store, "the new mentee", |doc| {
        mentees(doc).len() == 1
    });

    tui.send("u");
    tui.wait_for("the mentee undone", |s| {
        has(s, "Mentees (0)") && has(s, "none yet: a adds one") && !has(s, "▸ Bo Chen")
    });
    file_until(&tui, &store, "the mentee undone", |doc| {
        mentees(doc).is_empty()
    });

    tui.send(CTRL_R);
    tui.wait_for("the mentee redone", |s| {
        has(s, "Mentees (1)") && has(s, "▸ Bo Chen")
    });
    let doc = file_until(&tui, &store, "the mentee redone", |doc| {
        mentees(doc).len() == 1
    });
    assert_eq!(mentees(&doc)[0]["name"], "Bo Chen");

    tui.quit();
}

/// 3a. `q` exits 0 and gives the terminal back: primary screen, cursor shown.
#[test]
fn quitting_leaves_the_alternate_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::open("quit", &store_in(&dir));
    assert!(tui.with_screen(|s| s.alternate_screen()));
    tui.quit();
    assert_terminal_restored(&tui);
}

/// 3b. Ctrl-C quits from inside an open form, exits 0, restores the terminal and saves nothing.
#[test]
fn ctrl_c_in_an_open_form_quits_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut tui = Tui::open("ctrl-c", &store);
    tui.send("a");
    tui.wait_for("the mentee form", |s| has(s, " New mentee "));
    type_text(&mut tui, "Half typed");
    tui.send(CTRL_C);
    let status = tui.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    assert_eq!(status.exit_code(), 0);
    assert_terminal_restored(&tui);
    assert_eq!(mentees(&read_json(&store)).len(), 0);
}

/// 4. With NO_COLOR the selection is still visible (reverse video) and nothing is coloured.
#[test]
fn no_color_keeps_the_selection_in_reverse_video() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut tui = Tui::start(Launch {
        demo: true,
        env: &[("NO_COLOR", "1")],
        ..Launch::new("no-color", &store)
    });
    // A whole frame: its text, and the cursor hidden at its end.
    tui.wait_until("the demo screen", |t| {
        t.count(HIDE_CURSOR) >= 1 && has(t.screen(), "Mentees (") && has(t.screen(), " q quit")
    });
    tui.with_screen(|s| {
        let (rows, cols) = (s.size().0.get(), s.size().1.get());
        // The mentee list is the left column and has the focus; its selected row starts with ▸
        // right inside the border.
        let row = (0..rows)
            .find(|&r| s.cell(r, 1).is_some_and(|c| c.contents() == "▸"))
            .unwrap_or_else(|| panic!("no selected mentee row:\n{}", dump(s)));
        let line = row_text(s, row);
        assert!(
            line.chars().filter(|c| c.is_alphabetic()).count() > 3,
            "the selected row has no name: {line:?}"
        );
        // Every cell from the marker to the row's last visible character, inside the border.
        let last = (1..25)
            .rev()
            .find(|&c| {
                s.cell(row, c)
                    .is_some_and(|c| !c.contents().trim().is_empty())
            })
            .expect("the row has text");
        for col in 1..=last {
            let cell = s.cell(row, col).expect("cell");
            assert!(
                cell.inverse(),
                "cell ({row}, {col}) {:?} of the selected row is not in reverse video:\n{}",
                cell.contents(),
                dump(s)
            );
        }
        // The focused list's selection is bold as well. (Only the marker and the name are
        // checked: the kind after the name is dim, and vt100 keeps one intensity per cell, so
        // bold and dim together read back as dim.)
        for col in 1..4 {
            let cell = s.cell(row, col).expect("cell");
            assert!(
                cell.bold(),
                "cell ({row}, {col}) {:?} of the focused selection is not bold:\n{}",
                cell.contents(),
                dump(s)
            );
        }
        // The rows around it are not reversed, so the reverse is the selection's.
        for other in [row.saturating_sub(1), row + 1] {
            if other != row {
                let cell = s.cell(other, 3).expect("cell");
                assert!(!cell.inverse(), "row {other} is reversed too:\n{}", dump(s));
            }
        }
        for r in 0..rows {
            for c in 0..cols {
                let cell = s.cell(r, c).expect("cell");
                assert!(
                    cell.fgcolor() == vt100::Color::Default
                        && cell.bgcolor() == vt100::Color::Default,
                    "cell ({r}, {c}) {:?} has colour fg {:?} bg {:?} under NO_COLOR",
                    cell.contents(),
                    cell.fgcolor(),
                    cell.bgcolor()
                );
            }
        }
    });
    tui.quit();
}

/// 5. A second instance on a store another one holds opens read-only and changes nothing.
#[test]
fn a_second_instance_opens_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut first = Tui::open("holder", &store);
    first.send("a");
    first.wait_for("the mentee form", |s| has(s, " New mentee "));
    type_text(&mut first, "Grace Hopper");
    first.send(CTRL_S);
    first.wait_for("the new mentee", |s| {
        !has(s, " New mentee ") && has(s, "Mentees (1)")
    });
    file_until(&first, &store, "the new mentee", |doc| {
        mentees(doc).len() == 1
    });
    let before = std::fs::read(&store).expect("the store exists");

    let mut second = Tui::open("read-only", &store);
    second.wait_for("the read-only banner and the data", |s| {
        row_text(s, 0).contains("read-only") && has(s, "Grace Hopper")
    });
    second.send("a");
    second.wait_for("the refusal", |s| {
        has(s, "read-only: nothing can be changed")
    });
    assert!(
        !second.with_screen(|s| has(s, " New mentee ")),
        "a form opened in read-only mode"
    );
    assert_eq!(
        std::fs::read(&store).unwrap(),
        before,
        "the read-only window changed the file"
    );
    second.quit();
    assert_eq!(std::fs::read(&store).unwrap(), before);

    // The holder was not disturbed: it still edits (and saves) after the second one is gone.
    first.send("u");
    first.wait_for("the holder's undo", |s| has(s, "Mentees (0)"));
    file_until(&first, &store, "the holder's undo", |doc| {
        mentees(doc).is_empty()
    });
    first.quit();
}

/// 6. Too small a terminal says so; growing it brings the normal screen back.
#[test]
fn too_small_then_resized() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut tui = Tui::start(Launch {
        cols: 40,
        rows: 10,
        ..Launch::new("resize", &store)
    });
    tui.wait_until("the too-small message", |t| {
        t.count(HIDE_CURSOR) >= 1 && has(t.screen(), "too small")
    });
    // The app installs its SIGWINCH handler when it first waits for input, just after the first
    // frame. A key it has drawn a frame for proves it is there, so the resize is not lost.
    let frames = lock(&tui.term).count(HIDE_CURSOR);
    tui.send("j");
    tui.wait_until("a frame after a key", |t| t.count(HIDE_CURSOR) > frames);
    assert!(tui.with_screen(|s| has(s, "too small")));

    tui.resize(100, 30);
    tui.wait_for("the normal screen", |s| {
        !has(s, "too small") && has(s, "Welcome to mentor.") && has(s, "Mentees (0)")
    });
    tui.quit();
}
