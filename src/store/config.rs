//! The user's config file: where it is, reading it, and writing a commented default.
//!
//! It is `config.toml` in the platform's configuration directory for the app
//! (`~/.config/mentor/config.toml` on Linux, following `XDG_CONFIG_HOME`; beside the
//! `templates/` directory), or the file the `MENTOR_CONFIG` environment variable names. The
//! settings themselves are [`crate::domain::config`].

use crate::domain::config::{Config, ConfigError, parse};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The environment variable naming another config file.
pub const FILE_ENV: &str = "MENTOR_CONFIG";

/// The largest config file read (a config is a few hundred bytes).
pub const MAX_CONFIG_BYTES: u64 = 256 * 1024;

/// The config file: `MENTOR_CONFIG` when set, else `config.toml` in the configuration directory.
pub fn default_path() -> Option<PathBuf> {
    match std::env::var_os(FILE_ENV) {
        Some(file) if !file.is_empty() => Some(PathBuf::from(file)),
        _ => directories::ProjectDirs::from("", "", "mentor")
            .map(|d| d.config_dir().join("config.toml")),
    }
}

/// The settings in `path`: `Ok(None)` when there is no such file (every setting its default).
pub fn read(path: &Path) -> Result<Option<Config>, ConfigError> {
    let shown = path.display().to_string();
    let fail = |message: String| ConfigError {
        file: shown.clone(),
        line: None,
        key: String::new(),
        message,
    };
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(fail(format!("cannot read it: {e}"))),
    };
    if meta.len() > MAX_CONFIG_BYTES {
        return Err(fail(format!(
            "is {} bytes; a config file is at most {MAX_CONFIG_BYTES}",
            meta.len()
        )));
    }
    let text = std::fs::read_to_string(path).map_err(|e| fail(format!("cannot read it: {e}")))?;
    parse(&shown, &text).map(Some)
}

/// Why `mentor config init` wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    #[error("{0} already exists; add --force to replace it")]
    Exists(PathBuf),
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

/// Writes [`DEFAULT_TEXT`] to `path` (its directory made when missing), mode 0644 on Unix: a
/// config holds no secret. An existing file is replaced only with `force`, and then as a whole
/// (a new file renamed over it).
pub fn init(path: &Path, force: bool) -> Result<(), InitError> {
    let io_err = |source| InitError::Io {
        path: path.to_path_buf(),
        source,
    };
    if !force && std::fs::symlink_metadata(path).is_ok() {
        return Err(InitError::Exists(path.to_path_buf()));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(io_err)?;
    let mut file = tempfile::NamedTempFile::new_in(&dir).map_err(io_err)?;
    file.write_all(DEFAULT_TEXT.as_bytes()).map_err(io_err)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .map_err(io_err)?;
    }
    file.as_file().sync_all().map_err(io_err)?;
    if force {
        file.persist(path).map_err(|e| io_err(e.error))?;
    } else {
        file.persist_noclobber(path)
            .map_err(|e| match e.error.kind() {
                io::ErrorKind::AlreadyExists => InitError::Exists(path.to_path_buf()),
                _ => io_err(e.error),
            })?;
    }
    Ok(())
}

/// The file `mentor config init` writes: every setting, commented out at its default.
pub const DEFAULT_TEXT: &str = r##"# mentor's settings. Every line is commented out: the value shown is the default.
# Remove the "# " in front of a setting to change it. A key mentor does not know is an error
# (shown with its line), and mentor then runs on the defaults.

# The language of the texts: en or nl. Without it: --lang, then LC_ALL, LC_MESSAGES, LANG.
# language = "en"

# The first day of the week in the calendar: monday or sunday.
# week_start = "monday"

# Your time zone (an IANA name), instead of the one the system says.
# time_zone = "Europe/Amsterdam"

# Hours a month you can give to mentoring, used when your profile (`mentor profile`) names none:
# the profile's capacity wins.
# capacity = 10

# Colours: default, high-contrast or light. NO_COLOR in the environment still turns colours off.
# theme = "default"

# Clicks and the mouse wheel in the app. --no-mouse (or MENTOR_NO_MOUSE=1) still turns them off.
# mouse = true

# What a new mentee's agreement starts with, in the app's form and in `mentor mentee add`.
[new_mentee]
# cadence = "2w"            # 1w, 2w, 1m, 10d ...
# session_minutes = 45
# channel = "video"         # in-person, video, phone, chat, email

# A colour per role, replacing the theme's: a name (red, light-blue, dark-gray ...), a number of
# the 256-colour palette, or #rrggbb. The roles: border, focus, muted, overdue, due-soon, done,
# private, error, info, warning, key, gauge, banner.
[colors]
# overdue = "light-red"

# Keys: an action = a key, or a list of keys, replacing the action's keys wherever it is bound.
# `mentor config keys` lists the actions and their keys. A key another action has where the
# new one works is an error naming both.
[keys]
# quit = "q"
# add = ["a", "n"]
"##;
