//! Shared helpers of the mentee-view tests (`tests/ui/view_*.rs`, `tests/pty/view.rs`,
//! `tests/cli/share.rs`).
//!
//! - [`view_state`]: the state `mentor view` starts with, built the way `tui::view::main` does.
//! - [`Bin`]: the built binary with `MENTOR_STORE`, `MENTOR_NOW` and a private `HOME`.

#![allow(dead_code)]

use mentor::app::{State, ViewInfo};
use mentor::domain::Workspace;
use std::path::PathBuf;
use std::process::{Command, Output};

/// The moment every command of these tests runs at.
pub use crate::common::NOW;

/// The read-only reason `tui::view::main` sets.
pub const VIEW_REASON: &str = "a view; nothing here can be changed";

/// The state `mentor view` starts with, as `tui::view::main` builds it from the workspace and
/// view info that `tui::view::display` returned (the clock's zone, used only by forms, which a
/// view never opens, is left at its default).
pub fn view_state(workspace: Workspace, info: ViewInfo, label: &str) -> State {
    let mut state = State::new(workspace, crate::common::today(), label.to_string());
    state.read_only = Some(VIEW_REASON.into());
    state.view = Some(info);
    state
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
