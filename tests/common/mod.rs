//! Shared helpers of every test group (`tests/*/main.rs` declares this module once).
//!
//! - [`today`]: the day every test lives on; [`date`]: any other day.
//! - [`screen`]: drawing a state on a test terminal and reading it back as text.
//! - [`keys`]: key presses and typing, as the keymap, the loop and a form receive them.
//! - [`dir`]: a directory's listing and its snapshot ([`DirSnapshot`]).
//! - [`sample_workspace`]: a small workspace holding every kind of record.
//! - [`FaultFs`]: a file-system layer around [`RealFs`] that records every call in order and can
//!   make the Nth one fail.
//! - [`Child`]: re-running the current test binary as a child process (for crashes, locks held by
//!   another process, and a process-wide umask), which works the same under `cargo test` and
//!   `cargo nextest`.
//! - Small file-system helpers: temporary-file counts, modes.

#![allow(dead_code)]

pub mod career;
pub mod dir;
pub mod keys;
pub mod screen;

#[allow(unused_imports)] // each group uses its part
pub use dir::{DirSnapshot, chmod, names};

use chrono::{FixedOffset, NaiveDate, TimeZone};
use mentor::domain::{
    ActionId, ActionItem, Agreement, Cadence, CadenceUnit, Channel, Connection, ConnectionId,
    ConnectionKind, ConnectionStatus, Feedback, FeedbackId, FeedbackKind, Goal, GoalId, GoalStatus,
    Mentee, MenteeId, MenteeStatus, MentoringKind, Metric, Milestone, MilestoneId, Owner, Session,
    SessionId, SessionStatus, Visibility, Workspace,
};
use mentor::store::{Fs, RealFs};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// The prefix of the store's temporary files for a data file named `mentor.json`.
pub const TMP_PREFIX: &str = ".mentor.json.tmp-";

// ---------------------------------------------------------------------------------------------
// Workspaces
// ---------------------------------------------------------------------------------------------

/// The moment every command of the tests runs at (`MENTOR_NOW`): [`today`] at 09:00 in Paris
/// winter time.
pub const NOW: &str = "2026-11-29T09:00:00+01:00";

/// The day every test lives on (the demo workspace is built around it, `MENTOR_NOW` names it).
pub fn today() -> NaiveDate {
    date(2026, 11, 29)
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// A workspace with two mentees and at least one of every record, every field set somewhere.
pub fn sample_workspace() -> Workspace {
    let mut ws = Workspace::default();
    ws.mentor.name = "Dana Mentor".into();
    ws.mentor.capacity_hours_per_month = Some(6.5);
    ws.mentor.default_session_minutes = Some(45);

    let alice = MenteeId::from_number(ws.alloc_fresh());
    let mut m = Mentee::new(alice, "Alice Árvíztűrő", date(2026, 1, 12));
    m.kind = MentoringKind::Career;
    m.aspirations = "Lead a team within two years".into();
    m.private_notes = "Nervous about presenting; do not push.".into();
    m.agreement = Agreement {
        cadence: Some(Cadence {
            every: 2,
            unit: CadenceUnit::Weeks,
        }),
        session_minutes: Some(60),
        channels: vec![Channel::Video, Channel::InPerson],
        response_time: "within two working days on chat".into(),
        boundaries: "no weekends".into(),
        success_measures: "leads the Q3 design review".into(),
        ends_on: Some(date(2026, 12, 31)),
        ..Agreement::default()
    };
    let goal = GoalId::from_number(ws.alloc_fresh());
    let mut g = Goal::new(goal.clone(), "Lead design reviews", date(2026, 1, 20));
    g.status = GoalStatus::Active;
    g.specific = "Run the weekly design review for the payments team".into();
    g.metric = Some(Metric {
        what: "design reviews led".into(),
        baseline: 0.0,
        target: 3.0,
        current: Some(1.0),
        unit: "reviews".into(),
    });
    g.achievable = "Tech lead agreed to co-host the first one".into();
    g.relevant = "Step towards staff engineer".into();
    g.due = Some(date(2026, 6, 30));
    g.skills = vec!["facilitation".into(), "system design".into()];
    let mut k = Milestone::new(
        MilestoneId::from_number(ws.alloc_fresh()),
        "Shadow a review",
        Some(date(2026, 2, 15)),
    );
    k.done_on = Some(date(2026, 2, 10));
    k.note = "went well".into();
    g.milestones.push(k);
    g.milestones.push(Milestone::new(
        MilestoneId::from_number(ws.alloc_fresh()),
        "Co-host a review",
        Some(date(2026, 3, 15)),
    ));
    m.goals.push(g);
    let mut g2 = Goal::new(
        GoalId::from_number(ws.alloc_fresh()),
        "Speak at a meetup",
        date(2026, 2, 1),
    );
    g2.status = GoalStatus::Achieved;
    g2.achieved_on = Some(date(2026, 5, 2));
    g2.criterion = "A talk given to an outside audience".into();
    m.goals.push(g2);

    let at = FixedOffset::east_opt(3600)
        .expect("offset")
        .with_ymd_and_hms(2026, 2, 3, 10, 0, 0)
        .single()
        .expect("moment");
    let mut s = Session::new(
        SessionId::from_number(ws.alloc_fresh()),
        at,
        SessionStatus::Held,
    );
    s.minutes = Some(55);
    s.channel = Some(Channel::Video);
    s.agenda = "Review prep\nQuestions".into();
    s.shared_notes = "Agreed to shadow the next review.".into();
    s.private_notes = "Seemed tired.".into();
    s.goals = vec![goal.clone()];
    s.actions.push(ActionItem {
        id: ActionId::from_number(ws.alloc_fresh()),
        text: "Send the review checklist".into(),
        owner: Owner::Mentor,
        due: Some(date(2026, 2, 5)),
        done_on: Some(date(2026, 2, 4)),
    });
    s.actions.push(ActionItem {
        id: ActionId::from_number(ws.alloc_fresh()),
        text: "Read the checklist".into(),
        owner: Owner::Mentee,
        due: Some(date(2026, 2, 10)),
        done_on: None,
    });
    m.sessions.push(s);
    let planned = FixedOffset::west_opt(5 * 3600)
        .expect("offset")
        .with_ymd_and_hms(2026, 2, 17, 16, 30, 0)
        .single()
        .expect("moment");
    m.sessions.push(Session::new(
        SessionId::from_number(ws.alloc_fresh()),
        planned,
        SessionStatus::Planned,
    ));
    m.feedback.push(Feedback {
        id: FeedbackId::from_number(ws.alloc_fresh()),
        date: date(2026, 2, 3),
        kind: FeedbackKind::Strength,
        text: "Clear summary of the trade-offs".into(),
        goal: Some(goal),
        visibility: Visibility::Shared,
    });
    m.feedback.push(Feedback {
        id: FeedbackId::from_number(ws.alloc_fresh()),
        date: date(2026, 2, 3),
        kind: FeedbackKind::Improvement,
        text: "Let others finish their point".into(),
        goal: None,
        visibility: Visibility::Private,
    });
    m.connections.push(Connection {
        id: ConnectionId::from_number(ws.alloc_fresh()),
        kind: ConnectionKind::Introduction,
        title: "Meet the staff engineer of payments".into(),
        who: "Sam".into(),
        note: "Knows the review process".into(),
        status: ConnectionStatus::Done,
        date: Some(date(2026, 2, 20)),
    });
    ws.push_mentee(m);

    let bob = MenteeId::from_number(ws.alloc_fresh());
    let mut b = Mentee::new(bob, "Bob \u{1F600}", date(2025, 9, 1));
    b.kind = MentoringKind::Peer;
    b.status = MenteeStatus::Concluded;
    b.ended_on = Some(date(2026, 1, 31));
    b.feedback.push(Feedback {
        id: FeedbackId::from_number(ws.alloc_fresh()),
        date: date(2026, 1, 15),
        kind: FeedbackKind::Observation,
        text: "Prefers written feedback".into(),
        goal: None,
        visibility: Visibility::Shared,
    });
    b.connections.push(Connection {
        id: ConnectionId::from_number(ws.alloc_fresh()),
        kind: ConnectionKind::Course,
        title: "Writing for engineers".into(),
        who: String::new(),
        note: String::new(),
        status: ConnectionStatus::Suggested,
        date: None,
    });
    ws.push_mentee(b);
    ws.validate().expect("the sample workspace is valid");
    ws
}

/// The bytes the store writes for `ws` (no unknown fields, current version).
pub fn bytes_of(ws: &Workspace) -> Vec<u8> {
    mentor::store::format::serialize(ws, None, mentor::store::CURRENT_VERSION)
}

// ---------------------------------------------------------------------------------------------
// Files and directories
// ---------------------------------------------------------------------------------------------

/// A fresh temporary directory and its canonical path (so paths compare equal to what the kernel
/// reports for open files).
pub fn temp_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().canonicalize().expect("canonical temp dir");
    (dir, path)
}

/// The store's temporary files in `dir`.
pub fn tmp_files(dir: &Path) -> Vec<String> {
    names(dir)
        .into_iter()
        .filter(|n| n.starts_with(TMP_PREFIX))
        .collect()
}

/// The permission bits of `path` (not following a symlink).
pub fn mode(path: &Path) -> u32 {
    std::fs::symlink_metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o7777
}

/// The path an open file has now, as the kernel sees it.
pub fn path_of(file: &File) -> PathBuf {
    std::fs::read_link(format!("/proc/self/fd/{}", file.as_raw_fd())).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// A recording, faulting file system
// ---------------------------------------------------------------------------------------------

/// One call made through [`FaultFs`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Call {
    Read(PathBuf),
    CreateNew(PathBuf),
    WriteAll { path: PathBuf, len: usize },
    SyncFile(PathBuf),
    HardLink(PathBuf, PathBuf),
    Rename(PathBuf, PathBuf),
    SyncDir(PathBuf),
    RemoveFile(PathBuf),
    CreateDirAll(PathBuf),
    ListDir(PathBuf),
}

impl Call {
    pub fn name(&self) -> &'static str {
        match self {
            Call::Read(_) => "read",
            Call::CreateNew(_) => "create_new",
            Call::WriteAll { .. } => "write_all",
            Call::SyncFile(_) => "sync_file",
            Call::HardLink(..) => "hard_link",
            Call::Rename(..) => "rename",
            Call::SyncDir(_) => "sync_dir",
            Call::RemoveFile(_) => "remove_file",
            Call::CreateDirAll(_) => "create_dir_all",
            Call::ListDir(_) => "list_dir",
        }
    }
}

/// The error an injected fault returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Errno {
    /// ENOSPC: the disk is full.
    NoSpace,
    /// EIO: the device failed.
    Io,
    /// EROFS: the file system went read-only.
    ReadOnly,
}

impl Errno {
    pub const ALL: [Errno; 3] = [Errno::NoSpace, Errno::Io, Errno::ReadOnly];

    pub fn error(self) -> io::Error {
        io::Error::from_raw_os_error(match self {
            Errno::NoSpace => 28,
            Errno::Io => 5,
            Errno::ReadOnly => 30,
        })
    }
}

/// What the faulty call does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Fail without doing anything.
    Fail(Errno),
    /// For `write_all`: write the first half of the bytes, then fail (a disk filling up
    /// mid-write). Any other call just fails.
    HalfWrite(Errno),
}

#[derive(Debug, Default)]
struct FaultState {
    calls: Vec<Call>,
    /// Fail the call with this index in `calls`.
    fail_at: Option<(usize, Fault)>,
    /// Whether the injected fault has been hit.
    hit: bool,
}

/// [`RealFs`] with every call recorded in order, and one call (counted from [`FaultFs::arm`])
/// made to fail. With `links_unsupported`, every `hard_link` fails with `Unsupported`, as on a
/// file system without hard links (the store then copies).
#[derive(Debug, Default)]
pub struct FaultFs {
    inner: RealFs,
    state: Mutex<FaultState>,
    pub links_unsupported: bool,
}

impl FaultFs {
    pub fn new() -> Arc<FaultFs> {
        Arc::new(FaultFs::default())
    }

    pub fn without_links() -> Arc<FaultFs> {
        Arc::new(FaultFs {
            links_unsupported: true,
            ..FaultFs::default()
        })
    }

    /// How many calls were made so far (a mark for [`FaultFs::calls_since`]).
    pub fn mark(&self) -> usize {
        self.state.lock().expect("state").calls.len()
    }

    /// The calls made since `mark`.
    pub fn calls_since(&self, mark: usize) -> Vec<Call> {
        self.state.lock().expect("state").calls[mark..].to_vec()
    }

    /// Makes the `n`th call from now (0-based) fail with `fault`.
    pub fn arm(&self, n: usize, fault: Fault) {
        let mut state = self.state.lock().expect("state");
        state.fail_at = Some((state.calls.len() + n, fault));
        state.hit = false;
    }

    /// Removes the fault; returns whether it was hit.
    pub fn disarm(&self) -> bool {
        let mut state = self.state.lock().expect("state");
        state.fail_at = None;
        std::mem::take(&mut state.hit)
    }

    /// Records `call`; returns the fault to inject into it, if it is the armed one.
    fn enter(&self, call: Call) -> Option<Fault> {
        let mut state = self.state.lock().expect("state");
        let index = state.calls.len();
        state.calls.push(call);
        match state.fail_at {
            Some((at, fault)) if at == index => {
                state.hit = true;
                Some(fault)
            }
            _ => None,
        }
    }

    fn fail<T>(fault: Option<Fault>, real: impl FnOnce() -> io::Result<T>) -> io::Result<T> {
        match fault {
            Some(Fault::Fail(e) | Fault::HalfWrite(e)) => Err(e.error()),
            None => real(),
        }
    }
}

impl Fs for FaultFs {
    fn read(&self, path: &Path, limit: u64) -> io::Result<Option<Vec<u8>>> {
        let fault = self.enter(Call::Read(path.to_path_buf()));
        Self::fail(fault, || self.inner.read(path, limit))
    }

    fn create_new(&self, path: &Path) -> io::Result<File> {
        let fault = self.enter(Call::CreateNew(path.to_path_buf()));
        Self::fail(fault, || self.inner.create_new(path))
    }

    fn write_all(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        let fault = self.enter(Call::WriteAll {
            path: path_of(file),
            len: bytes.len(),
        });
        match fault {
            Some(Fault::HalfWrite(e)) => {
                self.inner.write_all(file, &bytes[..bytes.len() / 2])?;
                Err(e.error())
            }
            other => Self::fail(other, || self.inner.write_all(file, bytes)),
        }
    }

    fn sync_file(&self, file: &File) -> io::Result<()> {
        let fault = self.enter(Call::SyncFile(path_of(file)));
        Self::fail(fault, || self.inner.sync_file(file))
    }

    fn hard_link(&self, from: &Path, to: &Path) -> io::Result<()> {
        let fault = self.enter(Call::HardLink(from.to_path_buf(), to.to_path_buf()));
        if self.links_unsupported && fault.is_none() {
            return Err(io::Error::from(io::ErrorKind::Unsupported));
        }
        Self::fail(fault, || self.inner.hard_link(from, to))
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        let fault = self.enter(Call::Rename(from.to_path_buf(), to.to_path_buf()));
        Self::fail(fault, || self.inner.rename(from, to))
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        let fault = self.enter(Call::SyncDir(dir.to_path_buf()));
        Self::fail(fault, || self.inner.sync_dir(dir))
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        let fault = self.enter(Call::RemoveFile(path.to_path_buf()));
        Self::fail(fault, || self.inner.remove_file(path))
    }

    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        let fault = self.enter(Call::CreateDirAll(path.to_path_buf()));
        Self::fail(fault, || self.inner.create_dir_all(path))
    }

    fn list_dir(&self, dir: &Path) -> io::Result<Vec<String>> {
        let fault = self.enter(Call::ListDir(dir.to_path_buf()));
        Self::fail(fault, || self.inner.list_dir(dir))
    }
}

// ---------------------------------------------------------------------------------------------
// Child processes: the current test binary, re-run to execute one test in a special role
// ---------------------------------------------------------------------------------------------

/// The environment variable that tells a re-run test binary which role to play.
pub const CHILD_ENV: &str = "MENTOR_STORE_TEST_CHILD";
/// The environment variable that passes the store path to a child.
pub const CHILD_PATH_ENV: &str = "MENTOR_STORE_TEST_PATH";

/// The role this process plays, when it is a child started by [`Child::spawn`].
pub fn child_role() -> Option<String> {
    std::env::var(CHILD_ENV).ok()
}

/// The store path given to this child.
pub fn child_path() -> PathBuf {
    PathBuf::from(std::env::var_os(CHILD_PATH_ENV).expect("child store path"))
}

/// Reports a line to the parent. The leading newline keeps the marker at the start of a line
/// whatever the test harness printed before it.
pub fn report(line: &str) {
    let mut out = io::stdout().lock();
    // A parent that went away closes the pipe: then there is nobody to work for.
    if writeln!(out, "\n@{line}")
        .and_then(|()| out.flush())
        .is_err()
    {
        std::process::exit(3);
    }
}

/// The name the test harness gives the test function `test` of the module `module` (pass
/// `module_path!()`): its path inside the test binary, without the crate's name. Tests are
/// grouped one binary per layer, so `crash_at_any_moment` of `tests/store/crash.rs` is
/// `crash::crash_at_any_moment`.
pub fn test_path(module: &str, test: &str) -> String {
    match module.split_once("::") {
        Some((_crate, inner)) => format!("{inner}::{test}"),
        None => test.to_string(),
    }
}

/// The command that re-runs exactly `test` (its path from [`test_path`]) of the current test
/// binary in `role`, with the store path `path`. `shell_prefix` runs a shell command first
/// (such as `umask 000`), in the same process that then executes the test binary.
pub fn child_command(test: &str, role: &str, path: &Path, shell_prefix: Option<&str>) -> Command {
    let exe = std::env::current_exe().expect("current test binary");
    let harness_args = [test, "--exact", "--nocapture", "--test-threads=1"];
    let mut cmd = match shell_prefix {
        None => Command::new(exe),
        Some(prefix) => {
            let mut cmd = Command::new("/bin/sh");
            cmd.arg("-c")
                .arg(format!("{prefix} && exec \"$0\" \"$@\""))
                .arg(exe);
            cmd
        }
    };
    cmd.args(harness_args)
        .env(CHILD_ENV, role)
        .env(CHILD_PATH_ENV, path)
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// A running child: its reports arrive on a channel, its stderr is collected.
pub struct Child {
    pub process: std::process::Child,
    /// Kept open so that a child waiting on its stdin blocks until killed.
    pub stdin: Option<ChildStdin>,
    pub reports: Receiver<String>,
    stdout_thread: Option<JoinHandle<()>>,
    stderr_thread: Option<JoinHandle<String>>,
}

impl Child {
    pub fn spawn(mut cmd: Command) -> Child {
        let mut process = cmd.spawn().expect("spawn the test binary again");
        let stdin = process.stdin.take();
        let stdout = process.stdout.take().expect("stdout");
        let mut stderr = process.stderr.take().expect("stderr");
        let (tx, reports) = mpsc::channel();
        let stdout_thread = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(report) = line.strip_prefix('@')
                    && tx.send(report.to_string()).is_err()
                {
                    break;
                }
            }
        });
        let stderr_thread = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            text
        });
        Child {
            process,
            stdin,
            reports,
            stdout_thread: Some(stdout_thread),
            stderr_thread: Some(stderr_thread),
        }
    }

    /// The next report, failing the test if none comes within a generous time (a child that
    /// cannot start is a failure, not a hang).
    pub fn expect_report(&mut self) -> String {
        match self.reports.recv_timeout(Duration::from_secs(60)) {
            Ok(r) => r,
            Err(e) => {
                let _ = self.process.kill();
                let status = self.process.wait();
                panic!(
                    "no report from the child ({e}); status {status:?}; stderr:\n{}",
                    self.finish_stderr()
                );
            }
        }
    }

    /// Kills the child with SIGKILL and waits for it; returns its exit status, every report it
    /// made that was not yet received, and its stderr.
    pub fn kill(mut self) -> (std::process::ExitStatus, Vec<String>, String) {
        let _ = self.process.kill();
        self.finish()
    }

    /// Waits for the child to end by itself.
    pub fn wait(mut self) -> (std::process::ExitStatus, Vec<String>, String) {
        drop(self.stdin.take());
        self.finish()
    }

    fn finish(&mut self) -> (std::process::ExitStatus, Vec<String>, String) {
        let status = self.process.wait().expect("wait for the child");
        drop(self.stdin.take());
        if let Some(t) = self.stdout_thread.take() {
            t.join().expect("stdout reader");
        }
        let rest: Vec<String> = self.reports.try_iter().collect();
        (status, rest, self.finish_stderr())
    }

    fn finish_stderr(&mut self) -> String {
        self.stderr_thread
            .take()
            .map(|t| t.join().unwrap_or_default())
            .unwrap_or_default()
    }
}

impl Drop for Child {
    fn drop(&mut self) {
        // Never leave a child behind when a test fails half-way.
        if self.stdout_thread.is_some() {
            let _ = self.process.kill();
            let _ = self.process.wait();
        }
    }
}

/// Reads a file's mode bits as the octal text `ls` would show, for messages.
pub fn octal(mode: u32) -> String {
    format!("{mode:04o}")
}
