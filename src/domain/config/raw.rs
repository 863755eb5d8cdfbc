//! The file as TOML gives it, before the values are checked: the types, and every key the file
//! should not have.

use super::{ConfigError, Number};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Default, Deserialize)]
pub(super) struct Raw {
    pub language: Option<String>,
    pub week_start: Option<String>,
    pub time_zone: Option<String>,
    pub capacity: Option<Number>,
    pub theme: Option<String>,
    pub mouse: Option<bool>,
    pub new_mentee: Option<RawNewMentee>,
    pub colors: Option<BTreeMap<String, OneOrMany>>,
    pub keys: Option<BTreeMap<String, OneOrMany>>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct RawNewMentee {
    pub cadence: Option<String>,
    pub session_minutes: Option<i64>,
    pub channel: Option<String>,
}

/// One value or a list of them (`quit = "Q"`, `down = ["j", "Down"]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub(super) enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn values(&self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s.clone()],
            OneOrMany::Many(v) => v.clone(),
        }
    }
}

/// The file's keys and types; a key it should not have is an error naming every such key.
pub(super) fn read(file: &str, text: &str) -> Result<Raw, ConfigError> {
    let fail = |e: &toml::de::Error, key: String| ConfigError {
        file: file.to_string(),
        line: e.span().map(|s| line_of(text, s.start)),
        key,
        message: e.message().trim().to_string(),
    };
    let de = toml::Deserializer::parse(text).map_err(|e| fail(&e, String::new()))?;
    let mut track = serde_path_to_error::Track::new();
    let mut unknown: Vec<String> = Vec::new();
    let raw: Raw = serde_ignored::deserialize(
        serde_path_to_error::Deserializer::new(de, &mut track),
        |path| {
            // `?` is serde_ignored's step into an `Option`: not a key of the file.
            let key: Vec<String> = path
                .to_string()
                .split('.')
                .filter(|p| *p != "?")
                .map(str::to_string)
                .collect();
            unknown.push(key.join("."));
        },
    )
    .map_err(|e| {
        let path = track.path().to_string();
        fail(&e, if path == "." { String::new() } else { path })
    })?;
    if let Some(first) = unknown.first() {
        let parts: Vec<&str> = first.split('.').collect();
        return Err(ConfigError {
            file: file.to_string(),
            line: line_of_key(text, &parts),
            key: first.clone(),
            message: format!(
                "unknown {} {} (the keys are language, week_start, time_zone, capacity, theme, mouse, [new_mentee] cadence, session_minutes, channel, [colors] and [keys])",
                if unknown.len() == 1 { "key" } else { "keys" },
                unknown.join(", ")
            ),
        });
    }
    Ok(raw)
}

/// The line (from 1) of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The line where the key at `path` is written (the deepest part of the path that exists).
pub(super) fn line_of_key(text: &str, path: &[&str]) -> Option<usize> {
    let root = toml::de::DeTable::parse(text).ok()?;
    let mut table = root.get_ref();
    let mut span = None;
    for key in path {
        let Some((k, v)) = table.iter().find(|(k, _)| k.get_ref().as_ref() == *key) else {
            break;
        };
        span = Some(k.span());
        match v.get_ref() {
            toml::de::DeValue::Table(t) => table = t,
            _ => break,
        }
    }
    span.map(|s| line_of(text, s.start))
}
