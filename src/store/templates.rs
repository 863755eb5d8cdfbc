//! The user's template files: where they live, reading them beside the built-in ones (a user
//! template shadows the built-in one of the same name), and writing one.
//!
//! They live in `templates/` of the platform's configuration directory for the app
//! (`~/.config/mentor/templates/` on Linux, following `XDG_CONFIG_HOME`), or in the directory
//! the `MENTOR_TEMPLATES` environment variable names. Each is `NAME.toml` (or `NAME.json`).

use crate::domain::template::{Template, TemplateError, builtins, parse, to_toml};
use crate::t;
use std::io;
use std::path::{Path, PathBuf};

/// The environment variable naming another directory for user templates.
pub const DIR_ENV: &str = "MENTOR_TEMPLATES";

/// The largest template file read (a template is a few kilobytes).
pub const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// The directory of user templates: `MENTOR_TEMPLATES` when set, else `templates/` in the
/// configuration directory.
pub fn default_dir() -> Option<PathBuf> {
    match std::env::var_os(DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => directories::ProjectDirs::from("", "", "mentor")
            .map(|d| d.config_dir().join("templates")),
    }
}

/// Where a template comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Compiled into mentor.
    Builtin,
    /// A user's file; `shadows` when a built-in template has the same name.
    User { path: PathBuf, shadows: bool },
}

/// One template that can be applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub template: Template,
    pub source: Source,
}

/// Every template that can be applied, by name, and the user files that could not be read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Catalog {
    /// Sorted by name; a user template replaces the built-in one of the same name.
    pub entries: Vec<Entry>,
    /// A user file that was refused (the others still list).
    pub errors: Vec<TemplateError>,
}

impl Catalog {
    /// The template called `name` (exactly, or in any case).
    pub fn find(&self, name: &str) -> Option<&Entry> {
        let name = name.trim();
        self.entries
            .iter()
            .find(|e| e.template.name == name)
            .or_else(|| {
                self.entries
                    .iter()
                    .find(|e| e.template.name.eq_ignore_ascii_case(name))
            })
    }
}

/// The built-in templates and those in `dir` (none when `dir` is `None` or does not exist).
pub fn catalog(dir: Option<&Path>) -> Catalog {
    let mut out = Catalog::default();
    for t in builtins() {
        match t {
            Ok(template) => out.entries.push(Entry {
                template,
                source: Source::Builtin,
            }),
            Err(e) => out.errors.push(e),
        }
    }
    for (path, read) in dir.map(read_dir).unwrap_or_default() {
        match read {
            Ok(template) => {
                let at = out
                    .entries
                    .iter()
                    .position(|e| e.template.name == template.name);
                let shadows = at.is_some_and(|i| out.entries[i].source == Source::Builtin);
                let entry = Entry {
                    template,
                    source: Source::User { path, shadows },
                };
                match at {
                    Some(i) => out.entries[i] = entry,
                    None => out.entries.push(entry),
                }
            }
            Err(e) => out.errors.push(e),
        }
    }
    out.entries
        .sort_by(|a, b| a.template.name.cmp(&b.template.name));
    out
}

/// Every `*.toml` and `*.json` file in `dir`, read, sorted by file name.
fn read_dir(dir: &Path) -> Vec<(PathBuf, Result<Template, TemplateError>)> {
    let listing = match std::fs::read_dir(dir) {
        Ok(listing) => listing,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Vec::new(),
        Err(e) => {
            let error = TemplateError {
                file: dir.display().to_string(),
                line: None,
                field: String::new(),
                message: t!("store-templates-dir-unreadable", error = e.to_string()),
            };
            return vec![(dir.to_path_buf(), Err(error))];
        }
    };
    let mut paths: Vec<PathBuf> = listing
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml" || x == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let read = read_file(&p);
            (p, read)
        })
        .collect()
}

/// Reads one template file.
pub fn read_file(path: &Path) -> Result<Template, TemplateError> {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let fail = |message: String| TemplateError {
        file: file.clone(),
        line: None,
        field: String::new(),
        message,
    };
    let meta = std::fs::metadata(path)
        .map_err(|e| fail(t!("config-cannot-read", error = e.to_string())))?;
    if meta.len() > MAX_TEMPLATE_BYTES {
        return Err(fail(t!(
            "store-template-too-large",
            size = meta.len().to_string(),
            cap = MAX_TEMPLATE_BYTES.to_string()
        )));
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| fail(t!("config-cannot-read", error = e.to_string())))?;
    parse(&file, &text)
}

/// Why a template was not written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    Exists(PathBuf),
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    Format(String),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            WriteError::Exists(path) => {
                t!("config-init-exists", path = path.display().to_string())
            }
            WriteError::Io { path, source } => t!(
                "config-init-cannot-write",
                path = path.display().to_string(),
                error = source.to_string()
            ),
            WriteError::Format(e) => t!("store-template-cannot-write", error = e.as_str()),
        })
    }
}

/// Writes `t` as `NAME.toml` in `dir` (made, 0700, when missing), mode 0600; an existing file
/// is replaced only with `force`. Returns the path written.
pub fn write(dir: &Path, t: &Template, force: bool) -> Result<PathBuf, WriteError> {
    let text = to_toml(t).map_err(WriteError::Format)?;
    let path = dir.join(format!("{}.toml", t.name));
    let io_err = |source| WriteError::Io {
        path: path.clone(),
        source,
    };
    if !dir.exists() {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(io_err)?;
    }
    let header = format!(
        "# A mentor template (see docs/TEMPLATES.md). Dates are relative to the start: +2w, +3m.\n{text}"
    );
    match super::bundle::write_new(&path, header.as_bytes(), force) {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(WriteError::Exists(path)),
        Err(e) => Err(io_err(e)),
        Ok(()) => Ok(path),
    }
}
