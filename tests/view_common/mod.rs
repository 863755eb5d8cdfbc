//! Shared helpers of the mentee-view tests (`tests/ui/view_*.rs`, `tests/pty/view.rs`,
//! `tests/cli/share.rs`).
//!
//! - [`view_state`]: the state `mentor view` starts with, built the way `tui::view::main` does.
//! - [`screen_text`] / [`draw`]: drawing a state on a `TestBackend` and reading it back as text.
//! - [`DirSnapshot`]: every entry under a directory with its kind, mode, size, modification time
//!   and a hash of its content, to prove that nothing was created, changed or removed.
//! - [`Bin`]: the built binary with `MENTOR_STORE`, `MENTOR_NOW` and a private `HOME`.

#![allow(dead_code)]

use chrono::NaiveDate;
use mentor::app::{State, ViewInfo};
use mentor::domain::Workspace;
use mentor::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use std::collections::BTreeMap;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::SystemTime;

/// The moment every command of these tests runs at.
pub const NOW: &str = "2026-11-29T09:00:00+01:00";

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).expect("a valid date")
}

/// The read-only reason `tui::view::main` sets.
pub const VIEW_REASON: &str = "a view; nothing here can be changed";

/// The state `mentor view` starts with, as `tui::view::main` builds it from the workspace and
/// view info that `tui::view::display` returned (the clock's zone, used only by forms, which a
/// view never opens, is left at its default).
pub fn view_state(workspace: Workspace, info: ViewInfo, label: &str) -> State {
    let mut state = State::new(workspace, today(), label.to_string());
    state.read_only = Some(VIEW_REASON.into());
    state.view = Some(info);
    state
}

/// Draws `state` on a `width` x `height` test terminal and returns the buffer.
pub fn draw(state: &State, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal
        .draw(|f| ui::render(f, state, &Theme::COLOR))
        .expect("drawing never fails on a test backend");
    terminal.backend().buffer().clone()
}

/// The buffer as text, one line per row (every cell's symbol, trailing blanks trimmed).
pub fn buffer_text(buffer: &Buffer) -> String {
    let width = usize::from(buffer.area.width).max(1);
    let mut out = String::with_capacity(buffer.content().len() + 64);
    for row in buffer.content().chunks(width) {
        let start = out.len();
        for cell in row {
            out.push_str(cell.symbol());
        }
        let trimmed = out[start..].trim_end().len();
        out.truncate(start + trimmed);
        out.push('\n');
    }
    out
}

/// The screen of `state` at `width` x `height`, as text.
pub fn screen_text(state: &State, width: u16, height: u16) -> String {
    buffer_text(&draw(state, width, height))
}

/// Why `c` must never reach a terminal: a C0 or C1 control, DEL, or a bidi control.
pub fn forbidden(c: char) -> Option<&'static str> {
    match c {
        '\u{0}'..='\u{1f}' => Some("a C0 control"),
        '\u{7f}' => Some("DEL"),
        '\u{80}'..='\u{9f}' => Some("a C1 control"),
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}' => {
            Some("a bidi control")
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Directory snapshots
// ---------------------------------------------------------------------------------------------

/// What a snapshot records of one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryInfo {
    pub kind: &'static str,
    pub mode: u32,
    pub size: u64,
    pub mtime: Option<SystemTime>,
    /// The inode: a file replaced by a rename has a new one even with the same bytes.
    pub inode: u64,
    /// A hash of the content (files), or of the link target (symlinks).
    pub hash: Option<u128>,
}

/// Every entry under a directory (recursively, not following symlinks), by relative path; the
/// root itself is recorded as `.`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirSnapshot(pub BTreeMap<PathBuf, EntryInfo>);

fn hash(bytes: &[u8]) -> u128 {
    // Not cryptographic; enough to tell two versions of a file apart.
    mentor::store::format::content_hash(bytes)
}

impl DirSnapshot {
    pub fn take(root: &Path) -> DirSnapshot {
        fn info(path: &Path) -> EntryInfo {
            let meta = std::fs::symlink_metadata(path)
                .unwrap_or_else(|e| panic!("metadata of {}: {e}", path.display()));
            let ft = meta.file_type();
            let (kind, hashed) = if ft.is_symlink() {
                let target = std::fs::read_link(path).expect("read link");
                ("symlink", Some(hash(target.as_os_str().as_encoded_bytes())))
            } else if ft.is_dir() {
                ("dir", None)
            } else if ft.is_file() {
                let bytes =
                    std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
                ("file", Some(hash(&bytes)))
            } else {
                ("other", None)
            };
            EntryInfo {
                kind,
                mode: meta.permissions().mode() & 0o7777,
                size: meta.len(),
                mtime: meta.modified().ok(),
                inode: meta.ino(),
                hash: hashed,
            }
        }
        fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, EntryInfo>) {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
                .unwrap_or_else(|e| panic!("list {}: {e}", dir.display()))
                .map(|e| e.expect("entry").path())
                .collect();
            entries.sort();
            for path in entries {
                let rel = path
                    .strip_prefix(root)
                    .expect("under the root")
                    .to_path_buf();
                let entry = info(&path);
                let is_dir = entry.kind == "dir";
                out.insert(rel, entry);
                if is_dir {
                    walk(root, &path, out);
                }
            }
        }
        let mut out = BTreeMap::new();
        out.insert(PathBuf::from("."), info(root));
        walk(root, root, &mut out);
        DirSnapshot(out)
    }

    /// What differs from `later`, one line per entry (empty when nothing does).
    pub fn diff(&self, later: &DirSnapshot) -> Vec<String> {
        let mut lines = Vec::new();
        for (path, old) in &self.0 {
            match later.0.get(path) {
                None => lines.push(format!("{} ({}) was removed", path.display(), old.kind)),
                Some(new) if new != old => {
                    lines.push(format!("{} changed: {old:?} -> {new:?}", path.display()))
                }
                Some(_) => {}
            }
        }
        for (path, new) in &later.0 {
            if !self.0.contains_key(path) {
                lines.push(format!("{} ({}) appeared", path.display(), new.kind));
            }
        }
        lines
    }

    /// Fails the test, naming every difference, unless `later` equals this snapshot.
    pub fn assert_same(&self, later: &DirSnapshot, what: &str) {
        let diff = self.diff(later);
        assert!(
            diff.is_empty(),
            "{what} changed the directory:\n{}",
            diff.join("\n")
        );
    }

    /// Entries whose name looks like a lock file, a backup directory or a temporary file.
    pub fn store_leftovers(&self) -> Vec<PathBuf> {
        self.0
            .keys()
            .filter(|p| {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                name.ends_with(".lock")
                    || name.ends_with(".backups")
                    || name.contains(".tmp")
                    || name.contains("tmp-")
            })
            .cloned()
            .collect()
    }
}

/// Sets the mode of `path`.
pub fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .unwrap_or_else(|e| panic!("chmod {} {mode:o}: {e}", path.display()));
}

// ---------------------------------------------------------------------------------------------
// The binary
// ---------------------------------------------------------------------------------------------

/// The built `mentor` with a store, a fixed clock, a private home and a working directory.
pub struct Bin {
    pub store: PathBuf,
    pub home: PathBuf,
    pub cwd: PathBuf,
}

impl Bin {
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_mentor"));
        cmd.args(args)
            .current_dir(&self.cwd)
            .env("MENTOR_STORE", &self.store)
            .env("MENTOR_NOW", NOW)
            .env("HOME", &self.home)
            .env("XDG_DATA_HOME", self.home.join(".local/share"))
            .env("XDG_CONFIG_HOME", self.home.join(".config"))
            .env("RUST_BACKTRACE", "0")
            .env_remove("NO_COLOR")
            .env_remove("VISUAL")
            .env_remove("EDITOR");
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        let out = self
            .command(args)
            .output()
            .unwrap_or_else(|e| panic!("run mentor {args:?}: {e}"));
        assert_no_panic(&out, args);
        out
    }

    /// Runs a command that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "mentor {args:?} failed ({:?}):\n{}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stdout).expect("stdout is UTF-8")
    }
}

/// Fails if a run of the binary looks like a panic.
pub fn assert_no_panic(out: &Output, args: &[&str]) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && out.status.code() != Some(101),
        "mentor {args:?} panicked:\n{stderr}"
    );
}
