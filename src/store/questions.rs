//! The mentor's own questions file: where it is and reading it beside the built-in bank.
//!
//! It is `questions.txt` beside the config file (`~/.config/mentor/questions.txt` on Linux,
//! following `XDG_CONFIG_HOME`; beside the file `MENTOR_CONFIG` names when that is set), or the
//! file the `MENTOR_QUESTIONS` environment variable names. The format is
//! [`crate::domain::questions::own`]'s. A file that is missing is no file; one that cannot be
//! read, or lines of it that cannot be used, are named ([`Loaded::errors`]) and the built-in
//! bank works all the same.

use crate::domain::questions::Bank;
use crate::domain::questions::own::{self, OwnError};
use crate::t;
use std::io;
use std::path::{Path, PathBuf};

/// The environment variable naming another questions file.
pub const FILE_ENV: &str = "MENTOR_QUESTIONS";

/// The largest questions file read.
pub const MAX_BYTES: u64 = 512 * 1024;

/// The questions file: `MENTOR_QUESTIONS` when set, else `questions.txt` beside the config file.
pub fn default_path() -> Option<PathBuf> {
    match std::env::var_os(FILE_ENV) {
        Some(file) if !file.is_empty() => Some(PathBuf::from(file)),
        _ => {
            super::config::default_path().and_then(|c| c.parent().map(|d| d.join("questions.txt")))
        }
    }
}

/// The bank, and what of the mentor's file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Loaded {
    pub bank: Bank,
    /// The file read (or looked for).
    pub path: Option<PathBuf>,
    pub errors: Vec<OwnError>,
}

/// The built-in bank and the questions of the file at `path` (none when `None` or missing).
pub fn load(path: Option<&Path>) -> Loaded {
    let Some(path) = path else {
        return Loaded::default();
    };
    let shown = path.display().to_string();
    let whole = |message: String| OwnError {
        file: shown.clone(),
        line: 0,
        message,
    };
    let text = match read(path) {
        Ok(Some(text)) => text,
        Ok(None) => String::new(),
        Err(message) => {
            return Loaded {
                bank: Bank::builtin(),
                path: Some(path.to_path_buf()),
                errors: vec![whole(message)],
            };
        }
    };
    let (own, errors) = own::parse(&shown, &text);
    Loaded {
        bank: Bank::with_own(own),
        path: Some(path.to_path_buf()),
        errors,
    }
}

/// The bank of [`default_path`].
pub fn load_default() -> Loaded {
    load(default_path().as_deref())
}

/// The file's text; `None` when there is no such file.
fn read(path: &Path) -> Result<Option<String>, String> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(t!("qs-err-unreadable", error = e.to_string())),
    };
    if meta.len() > MAX_BYTES {
        return Err(t!(
            "qs-err-too-large",
            size = meta.len().to_string(),
            cap = MAX_BYTES.to_string()
        ));
    }
    std::fs::read_to_string(path)
        .map(Some)
        .map_err(|e| t!("qs-err-unreadable", error = e.to_string()))
}
