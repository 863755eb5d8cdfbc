//! What can go wrong with the store, in words that name the file and the place in it.

use crate::domain::workspace::Invalid;
use crate::i18n::tr;
use crate::t;
use std::fmt;
use std::io;
use std::path::PathBuf;

/// A store file could not be read into a workspace. Nothing is ever written after one of these.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    Missing {
        path: PathBuf,
    },
    /// The file is gone but its backups are not: starting afresh would rotate them away.
    MissingWithBackups {
        path: PathBuf,
        backups: PathBuf,
    },
    Io {
        path: PathBuf,
        source: io::Error,
    },
    TooLarge {
        path: PathBuf,
        size: u64,
        cap: u64,
    },
    Empty {
        path: PathBuf,
    },
    /// The JSON does not parse, or a value has the wrong type.
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        doc_path: String,
        message: String,
    },
    NotAStore {
        path: PathBuf,
        reason: String,
    },
    WrongKind {
        path: PathBuf,
        found: String,
        expected: &'static str,
    },
    NewerMajor {
        path: PathBuf,
        found: String,
        supported: u32,
    },
    Migration {
        path: PathBuf,
        found: String,
        reason: String,
    },
    Invalid {
        path: PathBuf,
        invalid: Invalid,
    },
}

impl LoadError {
    /// The file the error is about.
    pub fn path(&self) -> &std::path::Path {
        match self {
            LoadError::Missing { path }
            | LoadError::MissingWithBackups { path, .. }
            | LoadError::Io { path, .. }
            | LoadError::TooLarge { path, .. }
            | LoadError::Empty { path }
            | LoadError::Parse { path, .. }
            | LoadError::NotAStore { path, .. }
            | LoadError::WrongKind { path, .. }
            | LoadError::NewerMajor { path, .. }
            | LoadError::Migration { path, .. }
            | LoadError::Invalid { path, .. } => path,
        }
    }
}

/// An editing store could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    Load(#[from] LoadError),
    Locked {
        path: PathBuf,
        holder: Option<String>,
    },
    Io {
        path: PathBuf,
        action: &'static str,
        source: io::Error,
    },
    Save(SaveError),
}

/// A save did not happen. The file on disk is as it was, and the edits are still in memory.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    Conflict {
        path: PathBuf,
    },
    Io {
        path: PathBuf,
        step: &'static str,
        source: io::Error,
    },
    NewerMajor {
        path: PathBuf,
        found: String,
    },
}

/// A path as the messages show it.
fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            LoadError::Missing { path } => t!("store-missing", path = shown(path)),
            LoadError::MissingWithBackups { path, backups } => t!(
                "store-missing-with-backups",
                path = shown(path),
                backups = shown(backups)
            ),
            LoadError::Io { path, source } => t!(
                "store-cannot-read",
                path = shown(path),
                error = source.to_string()
            ),
            LoadError::TooLarge { path, size, cap } => t!(
                "store-too-large",
                path = shown(path),
                size = size.to_string(),
                cap = cap.to_string()
            ),
            LoadError::Empty { path } => t!("store-empty", path = shown(path)),
            LoadError::Parse {
                path,
                line,
                column,
                doc_path,
                message,
            } => format!("{}:{line}:{column}: {doc_path}: {message}", path.display()),
            LoadError::NotAStore { path, reason } => {
                t!(
                    "store-not-a-store",
                    path = shown(path),
                    reason = reason.as_str()
                )
            }
            LoadError::WrongKind {
                path,
                found,
                expected,
            } => t!(
                "store-wrong-kind",
                path = shown(path),
                found = found.as_str(),
                expected = *expected
            ),
            LoadError::NewerMajor {
                path,
                found,
                supported,
            } => t!(
                "store-newer-major",
                path = shown(path),
                found = found.as_str(),
                supported = supported.to_string()
            ),
            LoadError::Migration {
                path,
                found,
                reason,
            } => t!(
                "store-migration",
                path = shown(path),
                found = found.as_str(),
                reason = reason.as_str()
            ),
            LoadError::Invalid { path, invalid } => format!("{}: {invalid}", path.display()),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            OpenError::Load(e) => return e.fmt(f),
            OpenError::Locked {
                path,
                holder: Some(holder),
            } => t!(
                "store-locked-by",
                path = shown(path),
                process = holder.as_str()
            ),
            OpenError::Locked { path, holder: None } => t!("store-locked", path = shown(path)),
            OpenError::Io {
                path,
                action,
                source,
            } => t!(
                "store-open-failed",
                path = shown(path),
                action = tr(action),
                error = source.to_string()
            ),
            OpenError::Save(e) => t!("store-cannot-create", error = e.to_string()),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            SaveError::Conflict { path } => t!("store-changed-on-disk", path = shown(path)),
            SaveError::Io { path, step, source } => t!(
                "store-not-saved",
                path = shown(path),
                step = tr(step),
                error = source.to_string()
            ),
            SaveError::NewerMajor { path, found } => t!(
                "store-not-saved-newer",
                path = shown(path),
                found = found.as_str()
            ),
        };
        f.write_str(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, has, with_lang};

    #[test]
    fn the_store_errors_speak_dutch_and_english_is_unchanged() {
        let path = PathBuf::from("/tmp/mentor.json");
        let locked = OpenError::Locked {
            path: path.clone(),
            holder: Some("4242".into()),
        };
        let failed = SaveError::Io {
            path: path.clone(),
            step: "store-step-replace",
            source: io::Error::other("disk full"),
        };
        let changed = SaveError::Conflict { path: path.clone() };
        let missing = LoadError::Missing { path: path.clone() };
        assert_eq!(
            locked.to_string(),
            "/tmp/mentor.json: another mentor is editing this store (process 4242); close it first, then run this again (reading commands still work)"
        );
        assert_eq!(
            failed.to_string(),
            "/tmp/mentor.json: not saved: replacing the file failed: disk full"
        );
        with_lang(Lang::Nl, || {
            assert_eq!(
                locked.to_string(),
                "/tmp/mentor.json: een andere mentor bewerkt deze opslag al (proces 4242); sluit die eerst en probeer het dan opnieuw (alleen lezen kan nog wel)"
            );
            assert_eq!(
                failed.to_string(),
                "/tmp/mentor.json: niet opgeslagen: het bestand vervangen is mislukt: disk full"
            );
            assert!(
                changed
                    .to_string()
                    .starts_with("/tmp/mentor.json: op schijf veranderd sinds het werd geopend"),
                "{changed}"
            );
            assert_eq!(
                missing.to_string(),
                "/tmp/mentor.json: dit bestand bestaat niet"
            );
        });
    }

    /// The steps and actions an error keeps are message IDs (`"store-step-replace"`), said
    /// when the error is shown: every one written in the store and sync code is in both
    /// catalogues.
    #[test]
    fn every_step_and_action_kept_in_an_error_is_a_message() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut found = 0;
        for dir in ["store", "store/save", "sync"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for prefix in ["\"store-step-", "\"store-action-", "\"sync-what-"] {
                    for (at, _) in text.match_indices(prefix) {
                        let rest = &text[at + 1..];
                        let id = &rest[..rest.find('"').unwrap()];
                        // This test's own prefixes.
                        if id.ends_with('-') {
                            continue;
                        }
                        found += 1;
                        for lang in [Lang::En, Lang::Nl] {
                            assert!(has(lang, id), "{}: no message {id}", path.display());
                        }
                    }
                }
            }
        }
        assert!(found > 30, "only {found} found: the scan is broken");
    }
}
