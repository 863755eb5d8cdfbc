//! The editing store and its save protocol.

use super::MAX_FILE_BYTES;
use super::backup;
use super::copies;
use super::error::{LoadError, OpenError, SaveError};
use super::format::raw::{self, Base};
use super::format::{self, CURRENT_VERSION, SchemaVersion};
use super::fs::{Fs, RealFs, Stamp, read_capped};
use super::lock::Lock;
use super::paths::StorePaths;

mod bytes;
mod one;
mod protocol;
mod replace;
use super::retention::Retention;
use crate::domain::Workspace;
use serde_json::Value;
use std::io;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// How to open a store for editing.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// Create the file (and its directory, 0700) when it does not exist yet.
    pub create: bool,
    /// How long to wait for another editor to release the lock before refusing. Zero refuses at
    /// once (the right thing for an interactive editor); short-lived commands wait a little so
    /// that scripts running several at once take turns.
    pub lock_wait: Duration,
    /// How many numbered backups (and conflict copies) to keep whatever their age.
    pub keep_backups: usize,
    /// Also keep history by time: one copy a minute for the last hour, one a day for a month,
    /// one a week beyond (see [`super::retention`]). Off only in tests that count copies.
    pub keep_history: bool,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            create: true,
            lock_wait: Duration::ZERO,
            keep_backups: 10,
            keep_history: true,
        }
    }
}

/// The retention rule the options ask for.
fn retention(options: &OpenOptions) -> Retention {
    if options.keep_history {
        Retention {
            newest: options.keep_backups,
            ..Retention::default()
        }
    } else {
        Retention::newest(options.keep_backups)
    }
}

/// How long the app's save waits for the write lock (a command holds it for a moment).
const SAVE_LOCK_WAIT: Duration = Duration::from_secs(10);

/// An open store: the lock is held for as long as this value lives.
#[derive(Debug)]
pub struct Store {
    paths: StorePaths,
    fs: Arc<dyn Fs>,
    /// The write lock, held for the store's life (a command), or `None` for the app's store,
    /// which takes it for each save ([`Store::open_editor`]).
    lock: Option<Lock>,
    /// The app's editor lock, held for the store's life: one app edits a store at a time.
    editor: Option<Lock>,
    /// Hash of the bytes on disk as last read or written; `None` when there was no file.
    disk_hash: Option<u128>,
    /// The file's stamp when it was last read, if it vouches for the content ([`Stamp::settled`]):
    /// an equal stamp then spares reading the file back to hash it.
    stamp: Option<Stamp>,
    /// The file as last read or written, for writing unchanged mentees back as they were
    /// ([`raw`]); `None` when the file keeps unknown keys or is of another version.
    base: Option<Base>,
    /// The base's text is the file on disk as last read or written (not the text of a save that
    /// failed): reading the file back can give it.
    base_on_disk: bool,
    /// Opened for one mentee ([`Store::open_one`]): the workspace saved holds the header and that
    /// mentee, the file's other mentees are kept in `one` as their text.
    scoped: bool,
    /// The file and the mentee a scoped store edits.
    one: Option<raw::One>,
    /// The loaded document, kept when it has keys this version does not know.
    unknown: Option<Value>,
    /// The format version of the file on disk.
    version: SchemaVersion,
    /// The file on disk is of an older version: keep a copy before the first save.
    pre_migration_backup: bool,
    retention: Retention,
    tmp_seq: u64,
}

impl Store {
    /// Opens the store at `path` for editing, with the real file system.
    pub fn open(path: &Path, options: &OpenOptions) -> Result<(Store, Workspace), OpenError> {
        Store::open_with(path, options, Arc::new(RealFs))
    }

    /// Opens the store at `path` for editing through `fs`.
    pub fn open_with(
        path: &Path,
        options: &OpenOptions,
        fs: Arc<dyn Fs>,
    ) -> Result<(Store, Workspace), OpenError> {
        Store::open_for(path, options, fs, None).map(|(store, ws, _)| (store, ws))
    }

    /// [`Store::open_with`]; with `query`, read for the one mentee it picks when the file
    /// allows ([`Store::open_one`]; the flag says so).
    fn open_for(
        path: &Path,
        options: &OpenOptions,
        fs: Arc<dyn Fs>,
        query: Option<&str>,
    ) -> Result<(Store, Workspace, bool), OpenError> {
        let paths = StorePaths::resolve(path).map_err(|source| OpenError::Io {
            path: path.to_path_buf(),
            action: "store-action-use-path",
            source,
        })?;
        if !paths.dir.is_dir() {
            if !options.create {
                return Err(LoadError::Missing {
                    path: paths.data.clone(),
                }
                .into());
            }
            fs.create_dir_all(&paths.dir)
                .map_err(|source| OpenError::Io {
                    path: paths.dir.clone(),
                    action: "store-action-create-dir",
                    source,
                })?;
        }
        let lock = Lock::acquire(fs.as_ref(), &paths.lock, &paths.data, options.lock_wait)?;
        let mut store = Store {
            paths,
            fs,
            lock: Some(lock),
            editor: None,
            disk_hash: None,
            stamp: None,
            base: None,
            base_on_disk: false,
            scoped: false,
            one: None,
            unknown: None,
            version: CURRENT_VERSION,
            pre_migration_backup: false,
            retention: retention(options),
            tmp_seq: 0,
        };
        let (bytes, stamp) = store.read_stamped()?;
        store.stamp = stamp;
        let opened = match bytes {
            None if options.create => store.create_empty().map(|(s, ws)| (s, ws, false)),
            None => Err(LoadError::Missing {
                path: store.paths.data.clone(),
            }
            .into()),
            Some(bytes) => {
                let (ws, scoped) = match query {
                    Some(query) => store.adopt_one(bytes, query)?,
                    None => (store.adopt(bytes)?, false),
                };
                Ok((store, ws, scoped))
            }
        };
        if let Ok((store, _, _)) = &opened {
            store.remove_stale_temporaries();
        }
        opened
    }

    /// Opens the store for the full-screen app. The app holds the editor lock
    /// ([`StorePaths::editor_lock`]) for as long as the store lives, so a second app is refused
    /// (and opens read-only); it takes the write lock only while it saves, so a command can
    /// change the store while the app is open. The app sees that change by content
    /// ([`Store::changed_on_disk`]), and a save never overwrites it (step 1 of the protocol).
    pub fn open_editor(
        path: &Path,
        options: &OpenOptions,
        fs: Arc<dyn Fs>,
    ) -> Result<(Store, Workspace), OpenError> {
        // A command holds the write lock for a moment: that is no reason to open read-only.
        let options = OpenOptions {
            lock_wait: options.lock_wait.max(SAVE_LOCK_WAIT),
            ..options.clone()
        };
        let (mut store, ws) = Store::open_with(path, &options, fs)?;
        let editor = Lock::acquire(
            store.fs.as_ref(),
            &store.paths.editor_lock(),
            &store.paths.data,
            Duration::ZERO,
        )?;
        store.editor = Some(editor);
        store.lock = None;
        Ok((store, ws))
    }

    /// The write lock for one save: `None` when the store holds it for its life already. An app
    /// waits up to [`SAVE_LOCK_WAIT`] for a command to finish.
    pub(super) fn write_lock(&self) -> Result<Option<Lock>, SaveError> {
        if self.lock.is_some() {
            return Ok(None);
        }
        Lock::acquire(
            self.fs.as_ref(),
            &self.paths.lock,
            &self.paths.data,
            SAVE_LOCK_WAIT,
        )
        .map(Some)
        .map_err(|e| SaveError::Io {
            path: self.paths.data.clone(),
            step: "store-step-lock",
            source: io::Error::other(e.to_string()),
        })
    }

    /// A store with no file yet: refused when backups of a lost file exist (restore one
    /// instead), else an empty workspace, saved at once.
    fn create_empty(mut self) -> Result<(Store, Workspace), OpenError> {
        let backups =
            backup::numbered_backups(self.fs.as_ref(), &self.paths).map_err(|source| {
                OpenError::Io {
                    path: self.paths.backups.clone(),
                    action: "store-action-find-backups",
                    source,
                }
            })?;
        if !backups.is_empty() {
            return Err(LoadError::MissingWithBackups {
                path: self.paths.data.clone(),
                backups: self.paths.backups.clone(),
            }
            .into());
        }
        let ws = format::empty_workspace();
        self.save(&ws).map_err(OpenError::Save)?;
        Ok((self, ws))
    }

    /// Parses the bytes read from the data file and makes them the base for the next save; the
    /// workspace gets its replica tag ([`super::token::draw_replica`]).
    fn adopt(&mut self, bytes: Vec<u8>) -> Result<Workspace, LoadError> {
        let parsed = format::parse(&bytes, &self.paths.data, false)?;
        self.disk_hash = Some(format::content_hash(&bytes));
        self.unknown = parsed.unknown;
        self.version = parsed.version;
        self.pre_migration_backup = parsed.version < CURRENT_VERSION;
        self.base = parsed
            .spans
            .and_then(|spans| Base::new(bytes, &parsed.workspace.mentees, spans));
        self.base_on_disk = true;
        self.scoped = false;
        self.one = None;
        // Opened to be changed: a replicated store's new IDs carry this process's tag.
        let mut ws = parsed.workspace;
        super::token::draw_replica(&mut ws);
        Ok(ws)
    }

    /// Reads the data file, with its stamp when the stamp vouches for what was read: the same
    /// before and after the read, and settled ([`Stamp::settled`]).
    pub(super) fn read_stamped(&self) -> Result<(Option<Vec<u8>>, Option<Stamp>), LoadError> {
        let data = &self.paths.data;
        let read_at = std::time::SystemTime::now();
        let before = self.fs.stamp(data).ok().flatten();
        let bytes = read_capped(self.fs.as_ref(), data, MAX_FILE_BYTES)?;
        let after = self.fs.stamp(data).ok().flatten();
        let stamp = after.filter(|a| bytes.is_some() && before == after && a.settled(read_at));
        Ok((bytes, stamp))
    }

    /// True when the file's stamp is the one recorded when it was last read: it holds what was
    /// read then.
    pub(super) fn stamp_unchanged(&self) -> bool {
        self.stamp.is_some() && self.fs.stamp(&self.paths.data).ok().flatten() == self.stamp
    }

    /// Temporary files of this store are named `.<file>.tmp-<pid>-<n>-<nanos>`.
    fn temp_prefix(&self) -> String {
        format!(".{}.tmp-", self.paths.file_name())
    }

    /// Removes temporary files left by a process that died mid-save. Only called with the lock
    /// held, so no live save can own one.
    fn remove_stale_temporaries(&self) {
        let prefix = self.temp_prefix();
        if let Ok(names) = self.fs.list_dir(&self.paths.dir) {
            for name in names.iter().filter(|n| n.starts_with(&prefix)) {
                let _ = self.fs.remove_file(&self.paths.dir.join(name));
            }
        }
    }

    /// Checks that a save could create its temporary file, by creating one and removing it.
    pub fn probe_writable(&self) -> io::Result<()> {
        let probe = self.paths.dir.join(format!(
            "{}probe-{}",
            self.temp_prefix(),
            std::process::id()
        ));
        let file = self.fs.create_new(&probe)?;
        drop(file);
        self.fs.remove_file(&probe)
    }

    /// The store's files.
    pub fn paths(&self) -> &StorePaths {
        &self.paths
    }

    /// True when the file on disk no longer holds what this store last read or wrote (compared
    /// by content hash, so the store's own saves and a rewrite of the same bytes are not
    /// changes). A file that cannot be read, or is gone, counts as changed.
    pub fn changed_on_disk(&self) -> bool {
        if self.stamp_unchanged() {
            return false;
        }
        match read_capped(self.fs.as_ref(), &self.paths.data, MAX_FILE_BYTES) {
            Ok(bytes) => bytes.as_deref().map(format::content_hash) != self.disk_hash,
            Err(_) => true,
        }
    }

    /// Reads the file again (after it changed on disk), making it the new base for saves.
    pub fn reload(&mut self) -> Result<Workspace, LoadError> {
        let (bytes, stamp) = self.read_stamped()?;
        let bytes = bytes.ok_or_else(|| LoadError::Missing {
            path: self.paths.data.clone(),
        })?;
        self.stamp = None;
        let ws = self.adopt(bytes)?;
        self.stamp = stamp;
        Ok(ws)
    }

    /// Writes `ws` to a new file `<file>.conflict-<n>` beside the store (never over an existing
    /// file), synced; returns its path. Used to keep edits that could not be saved.
    pub fn write_conflict_copy(&self, ws: &Workspace) -> io::Result<std::path::PathBuf> {
        let bytes = self.bytes_for(ws)?.bytes;
        copies::write_conflict_copy(self.fs.as_ref(), &self.paths, &bytes)
    }

    /// Keeps `ws` in a conflict copy only when it holds edits of its own: `Ok(None)` when it is
    /// exactly what this store last read or wrote (another program's write since then loses
    /// nothing of it), or when the file on disk holds the same content, whatever its layout. A
    /// file that cannot be read counts as different.
    pub fn keep_if_unsaved(&self, ws: &Workspace) -> io::Result<Option<std::path::PathBuf>> {
        let bytes = self.bytes_for(ws)?.bytes;
        if Some(format::content_hash(&bytes)) == self.disk_hash {
            return Ok(None);
        }
        let on_disk = read_capped(self.fs.as_ref(), &self.paths.data, MAX_FILE_BYTES)
            .ok()
            .flatten();
        let same = on_disk.is_some_and(|disk| {
            disk == bytes
                || format::parse(&disk, &self.paths.data, false)
                    .is_ok_and(|parsed| &parsed.workspace == ws)
        });
        if same {
            return Ok(None);
        }
        let path = copies::write_conflict_copy(self.fs.as_ref(), &self.paths, &bytes)?;
        copies::prune(
            self.fs.as_ref(),
            &self.paths,
            &self.retention,
            std::time::SystemTime::now(),
        );
        Ok(Some(path))
    }

    /// Writes `ws` to a new file at `path` (never over an existing file), synced: keeps edits
    /// that could not be saved where the user chose. A file that could not be written completely
    /// is removed again.
    pub fn write_copy_to(&self, ws: &Workspace, path: &Path) -> io::Result<()> {
        let bytes = self.bytes_for(ws)?.bytes;
        let file = self.fs.create_new(path)?;
        copies::fill(self.fs.as_ref(), file, path, &bytes)?;
        match path.parent().filter(|d| !d.as_os_str().is_empty()) {
            Some(dir) => self.fs.sync_dir(dir),
            None => Ok(()),
        }
    }
}
