//! The real-terminal harness shared by the tests of `tests/pty/`.
//!
//! The built binary runs in a pseudo-terminal (`portable-pty`); everything it writes goes through
//! a terminal emulator (`vt100`) on a reader thread, and keys are typed as bytes. Nothing sleeps
//! a fixed time to wait for the app: every step waits until the emulated screen (or the byte
//! stream) shows the expected state, with a generous timeout that is only a bound for failing. A
//! drop guard kills a child that is still running when a test fails, and waiting for the exit
//! checks that the child printed nothing that looks like a panic.

#![allow(dead_code)]

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use std::ffi::{OsStr, OsString};
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

/// Only a bound for failing: a passing test never waits this long.
pub const TIMEOUT: Duration = Duration::from_secs(20);
/// How often a wait looks again.
pub const POLL: Duration = Duration::from_millis(15);

// Keys, as a terminal sends them.
pub const ENTER: &str = "\r";
pub const TAB: &str = "\t";
pub const ESC: &str = "\x1b";
pub const CTRL_C: &str = "\x03";
pub const CTRL_E: &str = "\x05";
pub const CTRL_R: &str = "\x12";
pub const CTRL_S: &str = "\x13";
pub const CTRL_U: &str = "\x15";

// What the app writes to the terminal.
/// Leaves the alternate screen (and restores the primary one).
pub const LEAVE_ALT: &[u8] = b"\x1b[?1049l";
pub const ENTER_ALT: &[u8] = b"\x1b[?1049h";
pub const CLEAR_ALL: &[u8] = b"\x1b[2J";
pub const PASTE_ON: &[u8] = b"\x1b[?2004h";
pub const PASTE_OFF: &[u8] = b"\x1b[?2004l";
/// ratatui hides the cursor at the end of every frame that has no cursor to show.
pub const HIDE_CURSOR: &[u8] = b"\x1b[?25l";

/// Where `needle` last occurs in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// What the child wrote, as parsed by the emulator and as raw bytes, updated together.
pub struct Term {
    parser: vt100::Parser,
    pub raw: Vec<u8>,
    /// The reader saw the end of the output (the child and every copy of the pty's slave side
    /// are gone).
    pub eof: bool,
}

impl Term {
    pub fn screen(&self) -> &vt100::Screen {
        self.parser.screen()
    }

    /// How many times `needle` occurs in the raw output.
    pub fn count(&self, needle: &[u8]) -> usize {
        self.raw
            .windows(needle.len())
            .filter(|w| *w == needle)
            .count()
    }
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal size is not zero")
}

fn lock(term: &Mutex<Term>) -> MutexGuard<'_, Term> {
    term.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// How to start `mentor`: its arguments, working directory, environment and terminal size. The
/// child never inherits `NO_COLOR`, `MENTOR_STORE`, `VISUAL`, `EDITOR`, `COLORTERM`, `LC_ALL`
/// or `LC_MESSAGES`, and runs with `LANG=C.UTF-8` (English); `env` may set any of them again.
pub struct Launch {
    /// Names the test in failure messages and the reader thread.
    pub name: &'static str,
    pub cols: u16,
    pub rows: u16,
    pub args: Vec<OsString>,
    pub cwd: Option<PathBuf>,
    pub env: Vec<(&'static str, OsString)>,
}

impl Launch {
    /// `mentor ARGS` at 100x30.
    pub fn new<S: AsRef<OsStr>>(name: &'static str, args: &[S]) -> Launch {
        Launch {
            name,
            cols: 100,
            rows: 30,
            args: args.iter().map(|a| a.as_ref().to_owned()).collect(),
            cwd: None,
            env: Vec::new(),
        }
    }
}

/// One `mentor` process in a pseudo-terminal.
pub struct Tui {
    name: &'static str,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Option<Box<dyn Write + Send>>,
    term: Arc<Mutex<Term>>,
    status: Option<ExitStatus>,
}

impl Tui {
    pub fn start(launch: Launch) -> Tui {
        let size = PtySize {
            rows: launch.rows,
            cols: launch.cols,
            pixel_width: 0,
            pixel_height: 0,
        };
        let pair = native_pty_system().openpty(size).expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_mentor"));
        cmd.args(&launch.args);
        if let Some(dir) = &launch.cwd {
            cmd.cwd(dir);
        }
        for var in [
            "NO_COLOR",
            "MENTOR_STORE",
            "VISUAL",
            "EDITOR",
            "COLORTERM",
            "LC_ALL",
            "LC_MESSAGES",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("TERM", "xterm-256color");
        // Never the user's own config file; a test that wants one says MENTOR_CONFIG itself.
        cmd.env(
            "MENTOR_CONFIG",
            std::env::temp_dir().join("mentor-pty-tests-no-config.toml"),
        );
        // Nor the user's own questions file (`questions.txt` beside a config file).
        cmd.env(
            "MENTOR_QUESTIONS",
            std::env::temp_dir().join("mentor-pty-tests-no-questions.txt"),
        );
        // English unless a test asks for another language.
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in &launch.env {
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

    /// Sends bytes as typed keys.
    pub fn send(&mut self, keys: &str) {
        let writer = self.writer.as_mut().expect("the pty writer is open");
        writer.write_all(keys.as_bytes()).expect("write to the pty");
        writer.flush().expect("flush the pty");
    }

    /// Types `text` and waits until the screen shows it.
    pub fn type_text(&mut self, text: &str) {
        self.send(text);
        self.wait_for(&format!("the typed text {text:?}"), |s| has(s, text));
    }

    /// Sends Esc and waits until the screen shows its effect, so that the next key is not read
    /// together with it as an Alt-sequence.
    pub fn esc(&mut self, what: &str, until: impl Fn(&vt100::Screen) -> bool) {
        self.send(ESC);
        self.wait_for(what, until);
    }

    /// Waits until `cond` holds for the terminal (screen and raw bytes).
    pub fn wait_until(&self, what: &str, cond: impl Fn(&Term) -> bool) {
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
    pub fn wait_for(&self, what: &str, cond: impl Fn(&vt100::Screen) -> bool) {
        self.wait_until(what, |t| cond(t.screen()));
    }

    /// Runs `f` on the terminal as it is now.
    pub fn with_term<R>(&self, f: impl FnOnce(&Term) -> R) -> R {
        f(&lock(&self.term))
    }

    /// Runs `f` on the current screen.
    pub fn with_screen<R>(&self, f: impl FnOnce(&vt100::Screen) -> R) -> R {
        self.with_term(|t| f(t.screen()))
    }

    /// Waits for the child to exit and for the reader to see the end of its output, checks the
    /// output for a panic, and returns the exit status.
    pub fn wait_exit(&mut self) -> ExitStatus {
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
    pub fn assert_no_panic(&self) {
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
    pub fn quit(&mut self) {
        self.send("q");
        let status = self.wait_exit();
        assert!(status.success(), "[{}] exit status {status:?}", self.name);
        assert_eq!(status.exit_code(), 0);
    }

    /// Resizes the terminal: the emulator first, then the pty (which signals the child).
    pub fn resize(&self, cols: u16, rows: u16) {
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
pub fn text(screen: &vt100::Screen) -> String {
    screen.contents()
}

pub fn has(screen: &vt100::Screen, needle: &str) -> bool {
    text(screen).contains(needle)
}

/// The text of row `row`.
pub fn row_text(screen: &vt100::Screen, row: u16) -> String {
    let (_, cols) = screen.size();
    screen.contents_between(row, 0, row, cols.get())
}

/// The text of every row.
pub fn rows(screen: &vt100::Screen) -> Vec<String> {
    (0..screen.size().0.get())
        .map(|r| row_text(screen, r))
        .collect()
}

/// The screen with row numbers, for failure messages.
pub fn dump(screen: &vt100::Screen) -> String {
    rows(screen)
        .iter()
        .enumerate()
        .map(|(r, line)| format!("{r:2}|{line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The last `n` bytes, escaped.
pub fn tail(raw: &[u8], n: usize) -> String {
    let from = raw.len().saturating_sub(n);
    raw[from..].escape_ascii().to_string()
}
