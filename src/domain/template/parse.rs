//! Reading a template's text: TOML (or JSON, by the file's extension) into a [`Template`], then
//! the checks no type can make (names, references, levels). Every refusal names the file, the
//! line and the field: `engineering-ic.toml:14: goals[1].milestones[0].due: "+3q" is not a
//! relative date (+2w, +3m, +90d)`.

use super::types::Template;
use super::validate::{Seg, validate};
use std::fmt;

/// Why a template was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct TemplateError {
    /// The file's name (`engineering-ic.toml`).
    pub file: String,
    /// The line (from 1), when known.
    pub line: Option<usize>,
    /// The field, as `goals[1].milestones[0].due` (empty for the document as a whole).
    pub field: String,
    pub message: String,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if !self.field.is_empty() {
            write!(f, ": {}", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Reads a template from `text`; `file` names it in errors and decides the format (`.json` is
/// JSON, anything else TOML). When `file` ends in `.toml` or `.json` the template's `name`
/// must be the rest of the file name.
pub fn parse(file: &str, text: &str) -> Result<Template, TemplateError> {
    let json = file.ends_with(".json");
    let template = if json {
        from_json(file, text)?
    } else {
        from_toml(file, text)?
    };
    let stem = file
        .strip_suffix(".toml")
        .or_else(|| file.strip_suffix(".json"));
    let mut problems = validate(&template);
    if let Some(stem) = stem
        && stem != template.name
        && problems.is_empty()
    {
        problems.push((
            vec![Seg::Key("name")],
            crate::t!(
                "dom-template-name-not-file",
                name = crate::domain::text::line(&template.name),
                stem = stem
            ),
        ));
    }
    match problems.into_iter().next() {
        None => Ok(template),
        Some((path, message)) => Err(TemplateError {
            file: file.to_string(),
            line: if json { None } else { toml_line(text, &path) },
            field: render(&path),
            message,
        }),
    }
}

fn from_toml(file: &str, text: &str) -> Result<Template, TemplateError> {
    let fail = |e: &toml::de::Error, field: String| TemplateError {
        file: file.to_string(),
        line: e.span().map(|s| line_of(text, s.start)),
        field,
        message: e.message().trim().to_string(),
    };
    let de = toml::Deserializer::parse(text).map_err(|e| fail(&e, String::new()))?;
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        fail(e.inner(), if path == "." { String::new() } else { path })
    })
}

fn from_json(file: &str, text: &str) -> Result<Template, TemplateError> {
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.inner();
        TemplateError {
            file: file.to_string(),
            line: Some(inner.line()),
            field: if path == "." { String::new() } else { path },
            message: strip_position(&inner.to_string()),
        }
    })
}

/// serde_json's message without its own " at line L column C" (the line is given apart).
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
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

/// The line where the value at `path` is written, found by walking the parsed document (the
/// deepest part of the path that exists: a missing field is reported at its table).
fn toml_line(text: &str, path: &[Seg]) -> Option<usize> {
    let root = toml::de::DeTable::parse(text).ok()?;
    let mut value = toml::de::DeValue::Table(root.get_ref().clone());
    let mut span = root.span();
    for seg in path {
        let next = match seg {
            Seg::Key(k) => value.get(*k),
            Seg::Index(i) => value.get(*i),
        };
        let Some(next) = next else { break };
        span = next.span();
        value = next.get_ref().clone();
    }
    Some(line_of(text, span.start))
}

/// A path as `goals[1].milestones[0].due`.
pub(super) fn render(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}
