//! The config file's settings, checked as a whole and put where each belongs: the theme, the
//! keymap, the mouse, the time zone, the week's first day, a new mentee's agreement and the
//! capacity. A file that cannot be used leaves every setting at its default, and says why
//! ([`Settings::error`]): the command line prints it as a warning, the app as its first
//! message.

use crate::app::keymap::{self, Binding, Override};
use crate::domain::config::{Config, ConfigError};
use crate::domain::schedule::Zone;
use crate::store::config as file;
use crate::ui::Theme;
use crate::ui::theme::Palette;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The settings in force.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// The file read (or looked for); `None` when there is no configuration directory.
    pub path: Option<PathBuf>,
    /// True when the file was there and is in force.
    pub from_file: bool,
    pub config: Config,
    /// Why the file is not in force (every setting is then its default).
    pub error: Option<ConfigError>,
    palette: Option<Palette>,
    keys: Option<Vec<Binding>>,
}

impl Settings {
    /// The settings of the config file ([`file::default_path`]).
    pub fn load() -> Settings {
        Settings::from_path(file::default_path().as_deref())
    }

    /// The settings of the file at `path` (defaults when `None` or when there is no such file).
    pub fn from_path(path: Option<&Path>) -> Settings {
        let mut out = Settings {
            path: path.map(Path::to_path_buf),
            ..Settings::default()
        };
        let Some(path) = path else { return out };
        let checked = file::read(path).and_then(|c| match c {
            Some(c) => check(&path.display().to_string(), c).map(Some),
            None => Ok(None),
        });
        match checked {
            Ok(Some((config, palette, keys))) => {
                out.from_file = true;
                out.config = config;
                out.palette = Some(palette);
                out.keys = keys;
            }
            Ok(None) => {}
            Err(e) => out.error = Some(e),
        }
        out
    }

    /// The theme: the named palette with the file's colours; monochrome when `NO_COLOR` says so.
    pub fn theme(&self, no_color: Option<&str>) -> Theme {
        Theme::colored(self.palette.unwrap_or(Palette::DEFAULT)).no_color(no_color)
    }

    /// Puts the process-wide settings in force: the key overrides, the mouse (off when the file
    /// says so; `--no-mouse` turns it off whatever the file says), and the time zone.
    pub fn install(&self, no_mouse: bool) {
        if let Some(keys) = &self.keys {
            keymap::install(keys.clone());
        }
        super::terminal::use_mouse(self.config.mouse() && !no_mouse);
        if let Some(tz) = self.config.time_zone {
            let _ = ZONE.set(Zone::Named(tz));
        }
    }

    /// The first message of the app, when the file cannot be used: the file's name (not its
    /// whole path, so that the line and the key fit the status line), the line, the key and
    /// why; `mentor config show` says it in full.
    pub fn banner(&self) -> Option<String> {
        let e = self.error.as_ref()?;
        let short = Path::new(&e.file)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| e.file.clone());
        let e = ConfigError {
            file: short,
            ..e.clone()
        };
        Some(format!(
            "{e}; running on the defaults (see `mentor config show`)"
        ))
    }
}

/// The time zone the config file names, once [`Settings::install`] put it in force.
static ZONE: OnceLock<Zone> = OnceLock::new();

/// The zone the config file names, if it names one and is in force.
pub fn zone_override() -> Option<Zone> {
    ZONE.get().copied()
}

/// What only the front end can check (the colours against the theme's roles, the keys against
/// the keymap), with the line of the entry refused.
fn check(
    shown: &str,
    config: Config,
) -> Result<(Config, Palette, Option<Vec<Binding>>), ConfigError> {
    let fail = |table: &str, name: &str, line: Option<usize>, message: String| ConfigError {
        file: shown.to_string(),
        line,
        key: format!("{table}.{name}"),
        message,
    };
    let palette = Palette::named(config.theme())
        .with(&config.colors)
        .map_err(|(e, m)| fail("colors", &e.name, e.line, m))?;
    let keys = if config.keys.is_empty() {
        None
    } else {
        let overrides: Vec<Override> = config
            .keys
            .iter()
            .map(|e| Override {
                name: e.name.clone(),
                keys: e.values.clone(),
            })
            .collect();
        let table = keymap::apply(&overrides).map_err(|e| {
            let line = config
                .keys
                .iter()
                .find(|k| k.name == e.name)
                .and_then(|k| k.line);
            fail("keys", &e.name, line, e.message)
        })?;
        Some(table)
    };
    Ok((config, palette, keys))
}

#[cfg(test)]
mod tests;
