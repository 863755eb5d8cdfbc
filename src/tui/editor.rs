//! Editing a long text in `$VISUAL` / `$EDITOR`.
//!
//! The text goes into a file of mode 0600 inside a fresh 0700 directory, removed afterwards. The
//! terminal leaves raw mode and the alternate screen while the editor runs and is restored
//! whatever happens, also when the editor cannot start or fails.

use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::process::Command;

/// Restores the TUI's terminal when dropped.
struct Suspended(bool);

impl Suspended {
    fn new(active: bool) -> Suspended {
        if active {
            let _ = disable_raw_mode();
            let _ = execute!(std::io::stdout(), LeaveAlternateScreen);
        }
        Suspended(active)
    }
}

impl Drop for Suspended {
    fn drop(&mut self) {
        if self.0 {
            let _ = execute!(std::io::stdout(), EnterAlternateScreen);
            let _ = enable_raw_mode();
        }
    }
}

/// The editor command: `$VISUAL`, else `$EDITOR`, else `vi`.
pub fn editor_command() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "vi".into())
}

/// Opens `text` in the editor; returns the edited text, or why it could not be edited.
pub fn edit(text: &str, suspend_terminal: bool) -> Result<String, String> {
    let dir = tempfile::Builder::new()
        .prefix("mentor-edit-")
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700))
        .tempdir()
        .map_err(|e| format!("cannot make a temporary directory: {e}"))?;
    let path = dir.path().join("text.md");
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)
        .map_err(|e| format!("cannot write the temporary file: {e}"))?;
    file.write_all(text.as_bytes())
        .map_err(|e| format!("cannot write the temporary file: {e}"))?;
    drop(file);
    let status = {
        let _guard = Suspended::new(suspend_terminal);
        // Run through the shell so that EDITOR may carry arguments ("code --wait").
        Command::new("sh")
            .arg("-c")
            .arg(format!("{} \"$1\"", editor_command()))
            .arg("sh")
            .arg(&path)
            .status()
    };
    match status {
        Ok(s) if s.success() => {
            std::fs::read_to_string(&path).map_err(|e| format!("cannot read the text back: {e}"))
        }
        Ok(s) => Err(format!("{} exited with {s}", editor_command())),
        Err(e) => Err(format!("cannot start {}: {e}", editor_command())),
    }
}
