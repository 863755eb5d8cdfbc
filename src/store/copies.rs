//! Every copy of the store kept beside it: the numbered backups, the conflict copies (edits that
//! could not be saved to the store itself), the file kept aside by a restore and the copy kept
//! before a format upgrade. They are listed together, pruned by one rule
//! ([`super::retention`]), and the newest that reads is what recovery advice offers.

use super::fs::{Fs, RealFs};
use super::paths::StorePaths;
use super::retention::Retention;
use super::{LoadError, format};
use crate::domain::Workspace;
use crate::t;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// What a copy is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyKind {
    /// The previous version, kept at a save: `<file>.backups/<file>.000042`.
    Backup,
    /// Edits that could not go into the store: `<file>.conflict-3` beside it.
    Conflict,
    /// The file a restore replaced: `<file>.backups/<file>.before-restore-1`.
    BeforeRestore,
    /// The file as it was before its format was upgraded: `<file>.backups/<file>.pre-v1.0`.
    BeforeUpgrade,
}

impl CopyKind {
    pub fn name(self) -> String {
        match self {
            CopyKind::Backup => t!("store-copy-backup"),
            CopyKind::Conflict => t!("store-copy-conflict"),
            CopyKind::BeforeRestore => t!("store-copy-before-restore"),
            CopyKind::BeforeUpgrade => t!("store-copy-before-upgrade"),
        }
    }
}

/// One copy of the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copy {
    pub path: PathBuf,
    pub kind: CopyKind,
    /// When the state it holds was written (its modification time).
    pub modified: Option<SystemTime>,
    pub size: u64,
}

/// What a copy that reads holds, in a few numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holds {
    pub mentees: usize,
    pub goals: usize,
    pub sessions: usize,
}

impl Holds {
    pub fn of(ws: &Workspace) -> Holds {
        Holds {
            mentees: ws.mentees.len(),
            goals: ws.mentees.iter().map(|m| m.goals.len()).sum(),
            sessions: ws.mentees.iter().map(|m| m.sessions.len()).sum(),
        }
    }
}

impl std::fmt::Display for Holds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t!(
            "store-holds",
            mentees = self.mentees,
            goals = self.goals,
            sessions = self.sessions
        ))
    }
}

impl Copy {
    /// Reads the copy: what it holds, or why it does not read.
    pub fn inspect(&self) -> Result<Holds, LoadError> {
        let loaded = super::load(&self.path)?;
        Ok(Holds::of(&loaded.workspace))
    }

    /// Its time as local date and time, `2026-12-01 14:05`.
    pub fn time(&self) -> String {
        self.modified.map_or_else(
            || t!("store-time-unknown"),
            |t| {
                chrono::DateTime::<chrono::Local>::from(t)
                    .format("%Y-%m-%d %H:%M")
                    .to_string()
            },
        )
    }
}

/// The kind of the file called `name`, if it is a copy of the store whose file is `file`; `in_dir`
/// says whether it sits beside the store (conflict copies) or in the backup directory.
fn kind_of(file: &str, name: &str, in_backups: bool) -> Option<CopyKind> {
    let rest = name.strip_prefix(file)?.strip_prefix('.')?;
    let number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !in_backups {
        return rest
            .strip_prefix("conflict-")
            .filter(|n| number(n))
            .map(|_| CopyKind::Conflict);
    }
    if number(rest) {
        Some(CopyKind::Backup)
    } else if rest.strip_prefix("before-restore-").is_some_and(number) {
        Some(CopyKind::BeforeRestore)
    } else if rest.starts_with("pre-v") {
        Some(CopyKind::BeforeUpgrade)
    } else {
        None
    }
}

fn copies_with(fs: &dyn Fs, paths: &StorePaths) -> io::Result<Vec<Copy>> {
    let file = paths.file_name();
    let mut copies = Vec::new();
    for (dir, in_backups) in [(&paths.dir, false), (&paths.backups, true)] {
        for name in fs.list_dir(dir)? {
            let Some(kind) = kind_of(&file, &name, in_backups) else {
                continue;
            };
            let path = dir.join(&name);
            let meta = std::fs::metadata(&path).ok();
            copies.push(Copy {
                modified: fs.modified(&path).ok(),
                size: meta.map_or(0, |m| m.len()),
                path,
                kind,
            });
        }
    }
    // Newest first; the same time falls back on the name (higher numbers are newer).
    copies.sort_by(|a, b| {
        b.modified
            .cmp(&a.modified)
            .then_with(|| natural(&b.path).cmp(&natural(&a.path)))
    });
    Ok(copies)
}

/// A file name's trailing number, for ordering copies made in the same second.
fn natural(path: &Path) -> (u64, String) {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let digits: String = name
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (digits.parse().unwrap_or(0), name)
}

/// Every copy of the store at `data`, newest first.
pub fn list_copies(data: &Path) -> io::Result<Vec<Copy>> {
    copies_with(&RealFs, &StorePaths::resolve(data)?)
}

/// The newest copy that reads cleanly, with what it holds. A copy whose bytes are those of the
/// store file itself is passed over: putting it back would change nothing.
pub fn newest_good_copy(data: &Path) -> Option<(Copy, Holds)> {
    let paths = StorePaths::resolve(data).ok()?;
    let current = std::fs::read(&paths.data)
        .ok()
        .map(|b| format::content_hash(&b));
    list_copies(data).ok()?.into_iter().find_map(|copy| {
        let same = std::fs::read(&copy.path)
            .ok()
            .is_some_and(|b| Some(format::content_hash(&b)) == current);
        if same {
            return None;
        }
        copy.inspect().ok().map(|holds| (copy, holds))
    })
}

/// What to tell a person whose store does not read: the newest good copy of any kind, its time
/// and what it holds, and the command that puts it back.
pub fn recovery_advice(data: &Path) -> String {
    match newest_good_copy(data) {
        Some((copy, holds)) => t!(
            "store-recovery-copy",
            path = copy.path.display().to_string(),
            kind = copy.kind.name(),
            time = copy.time(),
            holds = holds.to_string()
        ),
        None => t!("store-recovery-none"),
    }
}

/// Seconds since the Unix epoch (negative before it).
fn unix(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
    }
}

/// Removes the numbered backups and the conflict copies the retention rule does not keep (each
/// kind on its own). Failures are ignored: an extra copy is harmless, and the save it follows has
/// already succeeded.
pub(super) fn prune(fs: &dyn Fs, paths: &StorePaths, rule: &Retention, now: SystemTime) {
    let Ok(copies) = copies_with(fs, paths) else {
        return;
    };
    for kind in [CopyKind::Backup, CopyKind::Conflict] {
        let mut of_kind: Vec<&Copy> = copies.iter().filter(|c| c.kind == kind).collect();
        // Newest first by sequence number, the order saves made them in.
        of_kind.sort_by_key(|c| std::cmp::Reverse(natural(&c.path)));
        // A copy whose time cannot be read counts as new: never removed for want of a date.
        let times: Vec<i64> = of_kind
            .iter()
            .map(|c| c.modified.map_or(i64::MAX, unix))
            .collect();
        for (copy, keep) in of_kind.iter().zip(rule.keep(&times, unix(now))) {
            if !keep {
                let _ = fs.remove_file(&copy.path);
            }
        }
    }
}

/// Writes `bytes` to a new file `<file>.conflict-<n>` beside the store (`n` past every existing
/// one; never over an existing file), synced; returns its path.
/// Fills a file just created at `path` with `bytes` and syncs it; on failure removes it, so that
/// no empty or partial copy is left behind.
pub(super) fn fill(
    fs: &dyn Fs,
    mut file: std::fs::File,
    path: &Path,
    bytes: &[u8],
) -> io::Result<()> {
    let written = fs
        .write_all(&mut file, bytes)
        .and_then(|()| fs.sync_file(&file));
    drop(file);
    if written.is_err() {
        let _ = fs.remove_file(path);
    }
    written
}

pub(super) fn write_conflict_copy(
    fs: &dyn Fs,
    paths: &StorePaths,
    bytes: &[u8],
) -> io::Result<PathBuf> {
    let file = paths.file_name();
    let prefix = format!("{file}.conflict-");
    let newest = fs
        .list_dir(&paths.dir)?
        .iter()
        .filter_map(|name| name.strip_prefix(&prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    for n in newest.saturating_add(1)..newest.saturating_add(1000) {
        let path = paths.dir.join(format!("{prefix}{n}"));
        match fs.create_new(&path) {
            Ok(f) => {
                fill(fs, f, &path, bytes)?;
                fs.sync_dir(&paths.dir)?;
                return Ok(path);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        t!("store-too-many-conflict-copies"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_told_apart_by_name() {
        let k = |name, in_backups| kind_of("mentor.json", name, in_backups);
        assert_eq!(k("mentor.json.conflict-3", false), Some(CopyKind::Conflict));
        assert_eq!(k("mentor.json.conflict-x", false), None);
        assert_eq!(k("mentor.json.lock", false), None);
        assert_eq!(k("mentor.json.000042", true), Some(CopyKind::Backup));
        assert_eq!(
            k("mentor.json.before-restore-2", true),
            Some(CopyKind::BeforeRestore)
        );
        assert_eq!(
            k("mentor.json.pre-v1.0", true),
            Some(CopyKind::BeforeUpgrade)
        );
        assert_eq!(k("other.json.000042", true), None);
        assert_eq!(k("mentor.json.000042", false), None);
    }

    #[test]
    fn holds_reads_as_words() {
        let h = Holds {
            mentees: 1,
            goals: 2,
            sessions: 0,
        };
        assert_eq!(h.to_string(), "1 mentee, 2 goals, 0 sessions");
    }
}
