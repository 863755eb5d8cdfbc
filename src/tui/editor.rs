//! Editing a long text in `$VISUAL` / `$EDITOR`.
//!
//! The text goes into a file of mode 0600 inside a fresh 0700 directory, removed afterwards. The
//! terminal leaves raw mode and the alternate screen while the editor runs and is restored
//! whatever happens, also when the editor cannot start or fails.

use super::terminal;
use crate::t;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::process::Command;

/// Restores the TUI's terminal when dropped.
struct Suspended(bool);

impl Suspended {
    fn new(active: bool) -> Suspended {
        if active {
            let _ = terminal::leave();
        }
        Suspended(active)
    }
}

impl Drop for Suspended {
    fn drop(&mut self) {
        if self.0 {
            let _ = terminal::enter();
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

/// The file the editor gets: `text` ending with a newline, as editors expect a text file to
/// (the newline an editor adds is dropped again on return).
fn file_text(text: &str) -> String {
    if text.is_empty() || text.ends_with('\n') {
        text.to_string()
    } else {
        format!("{text}\n")
    }
}

/// Opens `text` in the editor; returns the edited text, or why it could not be edited.
pub fn edit(text: &str, suspend_terminal: bool) -> Result<String, String> {
    let dir = tempfile::Builder::new()
        .prefix("mentor-edit-")
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700))
        .tempdir()
        .map_err(|e| t!("scr-editor-no-dir", why = e.to_string()))?;
    let path = dir.path().join("text.md");
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)
        .map_err(|e| t!("scr-editor-no-write", why = e.to_string()))?;
    file.write_all(file_text(text).as_bytes())
        .map_err(|e| t!("scr-editor-no-write", why = e.to_string()))?;
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
        Ok(s) if s.success() => std::fs::read_to_string(&path)
            .map_err(|e| t!("scr-editor-no-read", why = e.to_string())),
        Ok(s) => Err(t!(
            "scr-editor-exited",
            editor = editor_command(),
            status = s.to_string()
        )),
        Err(e) => Err(t!(
            "scr-editor-no-start",
            editor = editor_command(),
            why = e.to_string()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::file_text;

    #[test]
    fn the_file_ends_with_a_newline() {
        assert_eq!(file_text("one line"), "one line\n");
        assert_eq!(file_text("two\nlines"), "two\nlines\n");
        assert_eq!(file_text("ends\n"), "ends\n");
        assert_eq!(file_text(""), "");
    }
}
