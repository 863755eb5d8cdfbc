//! The editing store and its save protocol.

use super::MAX_FILE_BYTES;
use super::backup;
use super::copies;
use super::error::{LoadError, OpenError, SaveError};
use super::format::{self, CURRENT_VERSION, SchemaVersion};
use super::fs::{Fs, RealFs, read_capped};
use super::lock::Lock;
use super::paths::StorePaths;

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

/// An open store: the lock is held for as long as this value lives.
#[derive(Debug)]
pub struct Store {
    paths: StorePaths,
    fs: Arc<dyn Fs>,
    _lock: Lock,
    /// Hash of the bytes on disk as last read or written; `None` when there was no file.
    disk_hash: Option<u128>,
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
        let paths = StorePaths::resolve(path).map_err(|source| OpenError::Io {
            path: path.to_path_buf(),
            action: "cannot use this path",
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
                    action: "cannot create the directory",
                    source,
                })?;
        }
        let lock = Lock::acquire(fs.as_ref(), &paths.lock, &paths.data, options.lock_wait)?;
        let bytes = read_capped(fs.as_ref(), &paths.data, MAX_FILE_BYTES)?;
        let mut store = Store {
            paths,
            fs,
            _lock: lock,
            disk_hash: None,
            unknown: None,
            version: CURRENT_VERSION,
            pre_migration_backup: false,
            retention: retention(options),
            tmp_seq: 0,
        };
        let opened = match bytes {
            None if options.create => {
                let backups = backup::numbered_backups(store.fs.as_ref(), &store.paths).map_err(
                    |source| OpenError::Io {
                        path: store.paths.backups.clone(),
                        action: "cannot look for backups",
                        source,
                    },
                )?;
                if !backups.is_empty() {
                    return Err(LoadError::MissingWithBackups {
                        path: store.paths.data.clone(),
                        backups: store.paths.backups.clone(),
                    }
                    .into());
                }
                let ws = format::empty_workspace();
                store.save(&ws).map_err(OpenError::Save)?;
                Ok((store, ws))
            }
            None => Err(LoadError::Missing {
                path: store.paths.data.clone(),
            }
            .into()),
            Some(bytes) => {
                let parsed = format::parse(&bytes, &store.paths.data, false)?;
                store.disk_hash = Some(format::content_hash(&bytes));
                store.unknown = parsed.unknown;
                store.version = parsed.version;
                store.pre_migration_backup = parsed.version < CURRENT_VERSION;
                Ok((store, parsed.workspace))
            }
        };
        if let Ok((store, _)) = &opened {
            store.remove_stale_temporaries();
        }
        opened
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

    /// Saves `ws`. On `Ok` the new content is durable on disk. On `Err` the file on disk is
    /// exactly as it was, no temporary file is left behind, and `ws` is untouched; a later call
    /// tries again from scratch.
    pub fn save(&mut self, ws: &Workspace) -> Result<(), SaveError> {
        let data = self.paths.data.clone();
        let fs = Arc::clone(&self.fs);
        let fail = |step: &'static str| {
            let path = data.clone();
            move |source: io::Error| SaveError::Io { path, step, source }
        };

        // 1. Never overwrite what changed on disk since it was read.
        let on_disk = match read_capped(fs.as_ref(), &data, MAX_FILE_BYTES) {
            Ok(bytes) => bytes,
            Err(LoadError::Io { source, .. }) => return Err(fail("reading the file back")(source)),
            Err(_) => return Err(SaveError::Conflict { path: data }),
        };
        if on_disk.as_deref().map(format::content_hash) != self.disk_hash {
            return Err(SaveError::Conflict { path: data });
        }

        // 2. Serialise in memory.
        let bytes = format::serialize(ws, self.unknown.as_ref(), self.version);

        // 3. A fresh temporary file in the same directory, written and synced.
        self.tmp_seq += 1;
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let tmp = self.paths.dir.join(format!(
            "{}{}-{}-{nanos}",
            self.temp_prefix(),
            std::process::id(),
            self.tmp_seq
        ));
        let mut file = fs
            .create_new(&tmp)
            .map_err(fail("creating the temporary file"))?;
        let written = fs
            .write_all(&mut file, &bytes)
            .map_err(fail("writing the temporary file"))
            .and_then(|()| {
                fs.sync_file(&file)
                    .map_err(fail("syncing the temporary file"))
            });
        drop(file);
        if let Err(e) = written {
            let _ = fs.remove_file(&tmp);
            return Err(e);
        }

        // 4. Keep the previous version as a backup.
        let mut backup_path = None;
        if on_disk.is_some() {
            match self.take_backups(fs.as_ref()) {
                Ok(path) => backup_path = Some(path),
                Err(e) => {
                    let _ = fs.remove_file(&tmp);
                    return Err(fail("keeping a backup")(e));
                }
            }
        }

        // 5. Replace the data file in one step.
        if let Err(e) = fs.rename(&tmp, &data) {
            let _ = fs.remove_file(&tmp);
            if let Some(b) = &backup_path {
                let _ = fs.remove_file(b);
            }
            return Err(fail("replacing the file")(e));
        }

        // 6. Make the rename durable; if that fails, put the old version back.
        if let Err(e) = fs.sync_dir(&self.paths.dir) {
            match &backup_path {
                Some(b) => {
                    let _ = fs.rename(b, &data);
                }
                None => {
                    let _ = fs.remove_file(&data);
                }
            }
            let _ = fs.sync_dir(&self.paths.dir);
            return Err(fail("syncing the directory")(e));
        }

        self.disk_hash = Some(format::content_hash(&bytes));
        self.version = self.version.max(CURRENT_VERSION);
        self.pre_migration_backup = false;
        copies::prune(
            fs.as_ref(),
            &self.paths,
            &self.retention,
            std::time::SystemTime::now(),
        );
        Ok(())
    }

    /// Reads the file again (after it changed on disk), making it the new base for saves.
    pub fn reload(&mut self) -> Result<Workspace, LoadError> {
        let bytes =
            read_capped(self.fs.as_ref(), &self.paths.data, MAX_FILE_BYTES)?.ok_or_else(|| {
                LoadError::Missing {
                    path: self.paths.data.clone(),
                }
            })?;
        let parsed = format::parse(&bytes, &self.paths.data, false)?;
        self.disk_hash = Some(format::content_hash(&bytes));
        self.unknown = parsed.unknown;
        self.version = parsed.version;
        self.pre_migration_backup = parsed.version < CURRENT_VERSION;
        Ok(parsed.workspace)
    }

    /// Writes `ws` to a new file `<file>.conflict-<n>` beside the store (never over an existing
    /// file), synced; returns its path. Used to keep edits that could not be saved.
    pub fn write_conflict_copy(&self, ws: &Workspace) -> io::Result<std::path::PathBuf> {
        let bytes = format::serialize(ws, self.unknown.as_ref(), self.version);
        copies::write_conflict_copy(self.fs.as_ref(), &self.paths, &bytes)
    }

    /// Keeps `ws` in a conflict copy only when it differs from what the file on disk holds;
    /// `Ok(None)` when there is nothing to keep (the file holds the same content, whatever its
    /// layout). A file that cannot be read counts as different.
    pub fn keep_if_unsaved(&self, ws: &Workspace) -> io::Result<Option<std::path::PathBuf>> {
        let bytes = format::serialize(ws, self.unknown.as_ref(), self.version);
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
        let bytes = format::serialize(ws, self.unknown.as_ref(), self.version);
        let file = self.fs.create_new(path)?;
        copies::fill(self.fs.as_ref(), file, path, &bytes)?;
        match path.parent().filter(|d| !d.as_os_str().is_empty()) {
            Some(dir) => self.fs.sync_dir(dir),
            None => Ok(()),
        }
    }

    /// Links the current file into the backup directory; returns the numbered backup's path.
    fn take_backups(&self, fs: &dyn Fs) -> io::Result<std::path::PathBuf> {
        fs.create_dir_all(&self.paths.backups)?;
        if self.pre_migration_backup {
            let keep_as = self.paths.backups.join(format!(
                "{}.pre-v{}",
                self.paths.file_name(),
                self.version
            ));
            match backup::keep(fs, &self.paths.data, &keep_as) {
                Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err(e),
                _ => {}
            }
        }
        let path = backup::next_path(fs, &self.paths)?;
        backup::keep(fs, &self.paths.data, &path)?;
        Ok(path)
    }
}
