//! The user's settings (`config.toml`), as typed values: reading the file's text, strictly.
//!
//! Every key is optional; a key left out takes its default (see [`Config`]'s accessors). A key
//! the file should not have, a value of the wrong type or out of its range is refused with the
//! file, the line and the key: `config.toml:4: new_mentee.cadence: "2x" is not a cadence`.
//! Key overrides (`[keys]`) and colours (`[colors]`) are carried as written, each with its line:
//! the keymap and the theme check them (they know the actions and the colour roles).
//!
//! Reading the file (where it is, `MENTOR_CONFIG`) is the store's ([`crate::store::config`]).

use super::mentee::{Agreement, Cadence, Channel};
use super::rules;
use super::workspace::parse_kebab;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

mod raw;
#[cfg(test)]
mod tests;

/// Why a config file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError {
    /// The file, as shown to the user.
    pub file: String,
    /// The line (from 1), when known.
    pub line: Option<usize>,
    /// The key, as `new_mentee.cadence` (empty for the document as a whole).
    pub key: String,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if !self.key.is_empty() {
            write!(f, ": {}", self.key)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// The first day of a week in the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WeekStart {
    #[default]
    Monday,
    Sunday,
}

impl WeekStart {
    pub const NAMES: &'static [&'static str] = &["monday", "sunday"];

    pub fn name(self) -> &'static str {
        match self {
            WeekStart::Monday => "monday",
            WeekStart::Sunday => "sunday",
        }
    }

    pub fn weekday(self) -> chrono::Weekday {
        match self {
            WeekStart::Monday => chrono::Weekday::Mon,
            WeekStart::Sunday => chrono::Weekday::Sun,
        }
    }
}

/// A built-in theme, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    /// The terminal's 16 colours, for dark and light terminals alike.
    #[default]
    Default,
    /// Bright colours and bold text, for low vision or a washed-out screen.
    HighContrast,
    /// Darker colours that read on a white background.
    Light,
}

impl ThemeName {
    pub const NAMES: &'static [&'static str] = &["default", "high-contrast", "light"];

    pub fn name(self) -> &'static str {
        match self {
            ThemeName::Default => "default",
            ThemeName::HighContrast => "high-contrast",
            ThemeName::Light => "light",
        }
    }

    fn parse(text: &str) -> Option<ThemeName> {
        match text {
            "default" => Some(ThemeName::Default),
            "high-contrast" => Some(ThemeName::HighContrast),
            "light" => Some(ThemeName::Light),
            _ => None,
        }
    }
}

/// What a new mentee's agreement starts with (the mentee form's first values; the command
/// line's `mentee add` where no flag says otherwise).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NewMentee {
    pub cadence: Option<Cadence>,
    pub session_minutes: Option<u32>,
    pub channel: Option<Channel>,
}

impl NewMentee {
    /// A new mentee's agreement: these defaults, everything else empty.
    pub fn agreement(&self) -> Agreement {
        Agreement {
            cadence: self.cadence,
            session_minutes: self.session_minutes,
            channels: self.channel.into_iter().collect(),
            ..Agreement::default()
        }
    }
}

/// One entry of a table the front end checks (`[keys]`, `[colors]`): its name, its value(s) and
/// the line it is written on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub values: Vec<String>,
    pub line: Option<usize>,
}

/// The settings a file gives. `None` (or empty) is "not in the file": the accessors give the
/// default then.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Config {
    /// The language of the texts (a tag such as `nl` or `en-GB`), handed to the localisation.
    pub language: Option<String>,
    pub week_start: Option<WeekStart>,
    /// Overrides the time zone the system says.
    pub time_zone: Option<chrono_tz::Tz>,
    /// Hours a month for mentoring, when the store's profile names none.
    pub capacity: Option<f64>,
    pub theme: Option<ThemeName>,
    /// Clicks and the wheel in the app (`--no-mouse` still turns them off).
    pub mouse: Option<bool>,
    pub new_mentee: NewMentee,
    /// `[colors]`: a colour role = a colour, each replacing the theme's.
    pub colors: Vec<Entry>,
    /// `[keys]`: an action's name = its key(s), replacing the keymap's.
    pub keys: Vec<Entry>,
}

impl Config {
    pub fn week_start(&self) -> WeekStart {
        self.week_start.unwrap_or_default()
    }

    pub fn theme(&self) -> ThemeName {
        self.theme.unwrap_or_default()
    }

    pub fn mouse(&self) -> bool {
        self.mouse.unwrap_or(true)
    }
}

/// Reads a config file's text; `file` names it in errors.
pub fn parse(file: &str, text: &str) -> Result<Config, ConfigError> {
    let raw = raw::read(file, text)?;
    let fail = |key: &[&str], message: String| ConfigError {
        file: file.to_string(),
        line: raw::line_of_key(text, key),
        key: key.join("."),
        message,
    };
    let mut config = Config {
        language: raw.language.clone(),
        mouse: raw.mouse,
        ..Config::default()
    };
    if let Some(lang) = &raw.language
        && !valid_language(lang)
    {
        return Err(fail(
            &["language"],
            format!("\"{lang}\" is not a language tag (like en, nl or nl-BE)"),
        ));
    }
    if let Some(w) = &raw.week_start {
        config.week_start = Some(match w.as_str() {
            "monday" => WeekStart::Monday,
            "sunday" => WeekStart::Sunday,
            _ => return Err(fail(&["week_start"], one_of(w, WeekStart::NAMES))),
        });
    }
    if let Some(tz) = &raw.time_zone {
        config.time_zone = Some(tz.parse().map_err(|_| {
            fail(
                &["time_zone"],
                format!(
                    "\"{tz}\" is not a time zone name (like Europe/Amsterdam or America/New_York)"
                ),
            )
        })?);
    }
    if let Some(c) = raw.capacity {
        let hours = rules::capacity_hours(c.value()).map_err(|e| fail(&["capacity"], e.0))?;
        config.capacity = Some(hours);
    }
    if let Some(t) = &raw.theme {
        config.theme =
            Some(ThemeName::parse(t).ok_or_else(|| fail(&["theme"], one_of(t, ThemeName::NAMES)))?);
    }
    if let Some(n) = &raw.new_mentee {
        config.new_mentee = new_mentee(n, &|k, m| fail(&["new_mentee", k], m))?;
    }
    config.colors = entries(text, "colors", raw.colors.as_ref());
    config.keys = entries(text, "keys", raw.keys.as_ref());
    Ok(config)
}

fn new_mentee(
    n: &raw::RawNewMentee,
    fail: &dyn Fn(&str, String) -> ConfigError,
) -> Result<NewMentee, ConfigError> {
    let mut out = NewMentee::default();
    if let Some(c) = &n.cadence {
        out.cadence = Some(Cadence::parse(c).map_err(|_| {
            fail(
                "cadence",
                format!("\"{c}\" is not a cadence (like 1w, 2w or 1m)"),
            )
        })?);
    }
    if let Some(m) = n.session_minutes {
        let m = u32::try_from(m)
            .map_err(|_| fail("session_minutes", format!("{m} is not a number of minutes")))?;
        out.session_minutes = Some(rules::minutes(m).map_err(|e| fail("session_minutes", e.0))?);
    }
    if let Some(c) = &n.channel {
        out.channel =
            Some(parse_kebab(c).ok_or_else(|| fail("channel", one_of(c, Channel::NAMES)))?);
    }
    Ok(out)
}

/// A table's entries in the file's order of names, each with its line.
fn entries(text: &str, table: &str, map: Option<&BTreeMap<String, raw::OneOrMany>>) -> Vec<Entry> {
    map.into_iter()
        .flatten()
        .map(|(name, v)| Entry {
            name: name.clone(),
            values: v.values(),
            line: raw::line_of_key(text, &[table, name]),
        })
        .collect()
}

fn one_of(value: &str, names: &[&str]) -> String {
    format!("\"{value}\"? use {}", names.join(", "))
}

/// A language tag as `LANG` or a person writes it: letters, then parts after `-` or `_`.
fn valid_language(tag: &str) -> bool {
    let mut parts = tag.split(['-', '_']);
    let first_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    first_ok
        && parts
            .all(|p| !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A number in the file, whole or not.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(untagged)]
enum Number {
    Whole(i64),
    Float(f64),
}

impl Number {
    fn value(self) -> f64 {
        match self {
            Number::Whole(n) => n as f64,
            Number::Float(x) => x,
        }
    }
}
