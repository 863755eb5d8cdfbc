//! `mentor view` in a real pseudo-terminal: live reload of a bundle as the mentor shares it again,
//! a bundle that turns unreadable, and a workspace of a newer major version.
//!
//! The harness is the one of `tests/pty.rs` (copied, trimmed to what these tests need): the built
//! binary runs in a pty (`portable-pty`), everything it writes goes through a terminal emulator
//! (`vt100`) on a reader thread, and each step waits until the emulated screen shows the expected
//! state. Timeouts are only bounds for failing; nothing sleeps a fixed time to wait for the app.

mod view_common;

use portable_pty::{Child, CommandBuilder, ExitStatus, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};
use view_common::{Bin, NOW};

/// Only a bound for failing: a passing test never waits this long.
const TIMEOUT: Duration = Duration::from_secs(20);
/// How often a wait looks again.
const POLL: Duration = Duration::from_millis(15);
const TAB: &str = "\t";

struct Term {
    parser: vt100::Parser,
    raw: Vec<u8>,
    eof: bool,
}

fn lock(term: &Mutex<Term>) -> MutexGuard<'_, Term> {
    term.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal size is not zero")
}

/// One `mentor` process in a pseudo-terminal.
struct Tui {
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
    writer: Option<Box<dyn Write + Send>>,
    term: Arc<Mutex<Term>>,
    status: Option<ExitStatus>,
}

impl Tui {
    /// Starts `mentor ARGS` at 100x30 with the environment of `bin`.
    fn start(bin: &Bin, args: &[&str]) -> Tui {
        let (rows, cols) = (30, 100);
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_mentor"));
        cmd.args(args);
        cmd.cwd(&bin.cwd);
        for var in ["NO_COLOR", "VISUAL", "EDITOR", "COLORTERM"] {
            cmd.env_remove(var);
        }
        cmd.env("TERM", "xterm-256color");
        cmd.env("MENTOR_STORE", &bin.store);
        cmd.env("MENTOR_NOW", NOW);
        cmd.env("HOME", &bin.home);
        cmd.env("RUST_BACKTRACE", "0");
        let child = pair
            .slave
            .spawn_command(cmd)
            .expect("start mentor in the pty");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let term = Arc::new(Mutex::new(Term {
            parser: vt100::Parser::new(nz(rows), nz(cols), 0),
            raw: Vec::new(),
            eof: false,
        }));
        let shared = Arc::clone(&term);
        thread::Builder::new()
            .name("pty-reader-view".into())
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
            child,
            _master: pair.master,
            writer: Some(writer),
            term,
            status: None,
        }
    }

    fn send(&mut self, keys: &str) {
        let writer = self.writer.as_mut().expect("the pty writer is open");
        writer.write_all(keys.as_bytes()).expect("write to the pty");
        writer.flush().expect("flush the pty");
    }

    /// Waits until `cond` holds for the emulated screen.
    fn wait_for(&self, what: &str, cond: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        loop {
            let eof = {
                let t = lock(&self.term);
                if cond(t.parser.screen()) {
                    return;
                }
                t.eof
            };
            if eof || start.elapsed() > TIMEOUT {
                let t = lock(&self.term);
                if cond(t.parser.screen()) {
                    return;
                }
                panic!(
                    "gave up waiting for {what} ({}):\n{}\n--- last output bytes ---\n{}",
                    if eof { "the output ended" } else { "timed out" },
                    dump(t.parser.screen()),
                    tail(&t.raw, 600),
                );
            }
            thread::sleep(POLL);
        }
    }

    fn with_screen<R>(&self, f: impl FnOnce(&vt100::Screen) -> R) -> R {
        f(lock(&self.term).parser.screen())
    }

    /// Waits for the child to exit and the output to end; checks for a panic.
    fn wait_exit(&mut self) -> ExitStatus {
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("poll the child") {
                break status;
            }
            if start.elapsed() > TIMEOUT {
                panic!(
                    "the child did not exit:\n{}",
                    dump(lock(&self.term).parser.screen())
                );
            }
            thread::sleep(POLL);
        };
        self.status = Some(status.clone());
        let start = Instant::now();
        while !lock(&self.term).eof && start.elapsed() < TIMEOUT {
            thread::sleep(POLL);
        }
        let t = lock(&self.term);
        let text = String::from_utf8_lossy(&t.raw);
        for sign in ["panicked", "RUST_BACKTRACE", "The application panicked"] {
            assert!(
                !text.contains(sign),
                "the output looks like a panic ({sign:?}):\n{}",
                tail(&t.raw, 4000)
            );
        }
        status
    }

    /// Presses `q` and expects exit code 0.
    fn quit(&mut self) {
        self.send("q");
        let status = self.wait_exit();
        assert!(status.success(), "exit status {status:?}");
        assert_eq!(status.exit_code(), 0);
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        if self.status.is_none() && matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        self.writer.take();
    }
}

fn text(screen: &vt100::Screen) -> String {
    screen.contents()
}

fn has(screen: &vt100::Screen, needle: &str) -> bool {
    text(screen).contains(needle)
}

fn row_text(screen: &vt100::Screen, row: u16) -> String {
    let (_, cols) = screen.size();
    screen.contents_between(row, 0, row, cols.get())
}

fn rows(screen: &vt100::Screen) -> Vec<String> {
    (0..screen.size().0.get())
        .map(|r| row_text(screen, r))
        .collect()
}

/// True when the selected row (marked `▸`) of some list on screen shows `needle`.
fn selected(screen: &vt100::Screen, needle: &str) -> bool {
    rows(screen)
        .iter()
        .any(|r| r.contains(&format!("▸ {needle}")) || (r.contains('▸') && r.contains(needle)))
}

fn dump(screen: &vt100::Screen) -> String {
    rows(screen)
        .iter()
        .enumerate()
        .map(|(r, line)| format!("{r:2}|{line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn tail(raw: &[u8], n: usize) -> String {
    let from = raw.len().saturating_sub(n);
    raw[from..].escape_ascii().to_string()
}

/// A store with one mentee and a place to share her bundle.
struct Setup {
    _dir: tempfile::TempDir,
    bin: Bin,
    bundle: PathBuf,
}

impl Setup {
    fn new() -> Setup {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().canonicalize().expect("canonical");
        for d in ["data", "home", "shared"] {
            std::fs::create_dir(root.join(d)).expect("mkdir");
        }
        let bin = Bin {
            store: root.join("data").join("mentor.json"),
            home: root.join("home"),
            cwd: root.join("shared"),
        };
        let bundle = root.join("shared").join("alice.mentor.json");
        Setup {
            _dir: dir,
            bin,
            bundle,
        }
    }

    fn share(&self) {
        let out = self.bundle.to_str().expect("UTF-8");
        self.bin.ok(&["share", "alice", "-o", out, "--force"]);
    }
}

/// Replaces `path` the way editors and sync tools do: a temporary file renamed over it.
fn replace(path: &Path, bytes: &[u8]) {
    let tmp = path.with_file_name(".replace.tmp");
    std::fs::write(&tmp, bytes).expect("write the temporary file");
    std::fs::rename(&tmp, path).expect("rename it over the file");
}

#[test]
fn the_view_reloads_keeps_the_selection_and_survives_a_broken_file() {
    let s = Setup::new();
    s.bin.ok(&["profile", "--name", "Sam Rivera"]);
    s.bin.ok(&["mentee", "add", "Alice Moreau"]);
    for title in ["Lead a design review", "Speak at a meetup"] {
        s.bin.ok(&["goal", "add", "--mentee", "alice", title]);
    }
    for (text, date) in [
        ("Calm under pressure", "2026-11-01"),
        ("Clear summary of the trade-offs", "2026-11-10"),
    ] {
        s.bin.ok(&[
            "feedback", "add", "--mentee", "alice", "--kind", "strength", "--date", date, text,
        ]);
    }
    s.share();
    let bundle = s.bundle.to_str().expect("UTF-8");

    let mut tui = Tui::start(&s.bin, &["view", bundle]);
    tui.wait_for("the first goal title and the header", |sc| {
        has(sc, "Lead a design review")
            && has(sc, "Alice Moreau's plan · shared 2026-11-29 09:00")
            && row_text(sc, 0).contains("read-only")
    });

    // The second goal, and the second feedback note (newest first: the older one).
    tui.send("1");
    tui.send(TAB);
    tui.send("j");
    tui.wait_for("the second goal selected", |sc| {
        selected(sc, "Speak at a meetup")
    });
    // Another tab takes the focus to its own list.
    tui.send("3");
    tui.wait_for("the feedback tab", |sc| has(sc, "Feedback (2)"));
    tui.send("j");
    tui.wait_for("the second feedback note selected", |sc| {
        selected(sc, "Calm under pressure")
    });
    assert!(
        !tui.with_screen(|sc| has(sc, "updated")),
        "nothing was reloaded yet"
    );

    // The mentor adds a goal and a newer note (which goes first), and shares again.
    s.bin
        .ok(&["goal", "add", "--mentee", "alice", "Write a design doc"]);
    s.bin.ok(&[
        "feedback",
        "add",
        "--mentee",
        "alice",
        "--kind",
        "observation",
        "Asks good questions",
    ]);
    s.share();
    tui.wait_for(
        "the new note, and the header saying when it was updated",
        |sc| {
            has(sc, "Feedback (3)")
                && has(sc, "Asks good questions")
                && row_text(sc, 0).contains("updated")
        },
    );
    tui.with_screen(|sc| {
        assert!(
            selected(sc, "Calm under pressure"),
            "the selection moved off the note it was on:\n{}",
            dump(sc)
        );
    });
    tui.send("1");
    tui.wait_for("the new goal title, the selection kept", |sc| {
        has(sc, "Write a design doc") && has(sc, "Goals (3)") && selected(sc, "Speak at a meetup")
    });
    let good = std::fs::read(&s.bundle).expect("read the bundle");

    // The file turns unreadable: the last good version stays, with a warning.
    replace(&s.bundle, b"{ \"format\": \"mentor\", this is not JSON\n");
    tui.wait_for("the warning", |sc| {
        has(sc, "does not read") || has(sc, "last good version")
    });
    tui.with_screen(|sc| {
        for title in [
            "Lead a design review",
            "Speak at a meetup",
            "Write a design doc",
        ] {
            assert!(has(sc, title), "{title:?} left the screen:\n{}", dump(sc));
        }
        assert!(
            selected(sc, "Speak at a meetup"),
            "the selection was lost:\n{}",
            dump(sc)
        );
    });

    // The same good bytes again (a sync tool putting the file back): the warning goes.
    replace(&s.bundle, &good);
    tui.wait_for("the warning to go", |sc| {
        !has(sc, "does not read") && !has(sc, "last good version") && has(sc, "Write a design doc")
    });

    // A new version after that reads as well.
    s.bin
        .ok(&["goal", "add", "--mentee", "alice", "Mentor a new hire"]);
    s.share();
    tui.wait_for("the goal shared last", |sc| {
        has(sc, "Mentor a new hire") && has(sc, "Goals (4)")
    });
    tui.quit();
}

#[test]
fn a_newer_workspace_opens_with_a_clear_header() {
    let s = Setup::new();
    s.bin.ok(&["mentee", "add", "Alice Moreau"]);
    s.bin
        .ok(&["goal", "add", "--mentee", "alice", "Lead a design review"]);
    let text = std::fs::read_to_string(&s.bin.store).expect("the store");
    let newer = s.bin.cwd.join("newer.json");
    std::fs::write(&newer, text.replacen("\"major\": 1,", "\"major\": 99,", 1)).expect("write");
    let before = std::fs::read(&newer).expect("read");
    let mut tui = Tui::start(
        &s.bin,
        &["view", newer.to_str().expect("UTF-8"), "--mentee", "alice"],
    );
    tui.wait_for("the plan and a header naming the newer format", |sc| {
        has(sc, "Lead a design review") && row_text(sc, 0).contains("newer format 99.0")
    });
    tui.quit();
    assert_eq!(std::fs::read(&newer).expect("read"), before);
}
