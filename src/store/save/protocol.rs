//! The save protocol, one step per function. On success the new content is durable; on any
//! failure the data file is exactly as it was and no temporary file is left behind.
//!
//! 1. [`Store::check_unchanged`]: the file on disk still has the content last read or written.
//! 2. Serialise the workspace in memory.
//! 3. [`Store::write_temporary`]: a fresh temporary file beside the data file, written, synced.
//! 4. [`Store::keep_backup`]: the current file linked into the backup directory.
//! 5. [`Store::replace`]: the temporary file renamed over the data file in one step.
//! 6. [`Store::sync_or_restore`]: the directory synced, or the old version put back.
//! 7. [`Store::saved`]: the new base for the next save; old copies pruned.

use super::super::backup;
use super::super::copies;
use super::super::error::{LoadError, SaveError};
use super::super::format::raw::{Base, One, Written};
use super::super::format::{self, CURRENT_VERSION};
use super::super::fs::Fs;
use super::Store;
use crate::domain::Workspace;
use std::io;
use std::path::{Path, PathBuf};

/// Turns an I/O error at `step` of a save of `path` into a [`SaveError`].
fn failed(path: &Path, step: &'static str) -> impl FnOnce(io::Error) -> SaveError {
    let path = path.to_path_buf();
    move |source| SaveError::Io { path, step, source }
}

impl Store {
    /// Saves `ws`. On `Ok` the new content is durable on disk. On `Err` the file on disk is
    /// exactly as it was, no temporary file is left behind, and `ws` is untouched; a later call
    /// tries again from scratch.
    pub fn save(&mut self, ws: &Workspace) -> Result<(), SaveError> {
        // Held until the save is done (the app's store takes it for each save).
        let _lock = self.write_lock()?;
        self.check_scope(ws)?;
        let existed = self.check_unchanged()?;
        let written = self.bytes_reusing(ws);
        match self.write_out(&written.bytes, existed) {
            Ok(()) => {
                self.saved(written, ws);
                Ok(())
            }
            Err(e) => {
                // The texts written are still those of `ws`'s mentees, for the next try.
                self.keep_base(written, ws, false);
                Err(e)
            }
        }
    }

    /// Steps 3 to 6.
    fn write_out(&mut self, bytes: &[u8], existed: bool) -> Result<(), SaveError> {
        let tmp = self.write_temporary(bytes)?;
        let backup = if existed {
            Some(self.keep_backup(&tmp)?)
        } else {
            None
        };
        self.replace(&tmp, backup.as_deref())?;
        self.sync_or_restore(backup.as_deref())
    }

    /// A scoped store writes a workspace holding its one mentee, and only while it has the
    /// text of the others: else nothing is written.
    fn check_scope(&self, ws: &Workspace) -> Result<(), SaveError> {
        match &self.one {
            _ if !self.scoped => Ok(()),
            Some(one) if one.fits(ws) => Ok(()),
            Some(_) => Err(failed(&self.paths.data, "store-step-serialise")(
                io::Error::from(io::ErrorKind::InvalidInput),
            )),
            // No text of the other mentees (not reached: a scoped store keeps it).
            None => Err(SaveError::Conflict {
                path: self.paths.data.clone(),
            }),
        }
    }

    /// The texts of `written` become the base for writing `ws`'s mentees again.
    fn keep_base(&mut self, written: Written, ws: &Workspace, on_disk: bool) {
        self.base_on_disk = on_disk;
        if self.scoped {
            self.one = ws
                .mentees
                .first()
                .and_then(|m| One::written(written, m.clone()));
            return;
        }
        self.base = if self.unknown.is_none() {
            Base::new(written.bytes, &ws.mentees, written.spans)
        } else {
            None
        };
    }

    /// Step 1: never overwrite what changed on disk since it was read. True when there is a file.
    /// A stamp that vouches for the content read ([`crate::store::Stamp::settled`]) and has not changed spares
    /// reading the file back.
    fn check_unchanged(&mut self) -> Result<bool, SaveError> {
        if self.stamp_unchanged() {
            return Ok(true);
        }
        let data = &self.paths.data.clone();
        // The text kept of the file is what is read back when it is unchanged: it is let go of
        // before the read and the bytes read take its place, so the file is not held twice.
        // (A scoped store keeps its text: it holds the only copy of the other mentees, and a
        // read back that fails must leave it able to try again.)
        let lent = match (&mut self.base, self.base_on_disk) {
            (Some(base), true) => Some(base.take_text()),
            _ => None,
        };
        let read = self.read_stamped();
        let same = match &read {
            Ok((bytes, _)) => bytes.as_deref().map(format::content_hash) == self.disk_hash,
            Err(_) => false,
        };
        if lent.is_some() && !same {
            // The text let go of does not come back: no mentee is written from it.
            self.base = None;
        }
        let on_disk = match read {
            Ok((bytes, stamp)) => {
                self.stamp = stamp;
                bytes
            }
            Err(LoadError::Io { source, .. }) => {
                return Err(failed(data, "store-step-read-back")(source));
            }
            Err(_) => return Err(SaveError::Conflict { path: data.clone() }),
        };
        if !same {
            return Err(SaveError::Conflict { path: data.clone() });
        }
        let existed = on_disk.is_some();
        if let (Some(base), Some(bytes), Some(len)) = (&mut self.base, on_disk, lent) {
            base.put_text(bytes, len);
        }
        Ok(existed)
    }

    /// Step 3: a fresh temporary file in the same directory, written and synced; removed again
    /// when either fails.
    fn write_temporary(&mut self, bytes: &[u8]) -> Result<PathBuf, SaveError> {
        let fail = |step| failed(&self.paths.data, step);
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
        let fs = self.fs.as_ref();
        let mut file = fs
            .create_new(&tmp)
            .map_err(fail("store-step-create-temp"))?;
        let written = fs
            .write_all(&mut file, bytes)
            .map_err(fail("store-step-write-temp"))
            .and_then(|()| fs.sync_file(&file).map_err(fail("store-step-sync-temp")));
        drop(file);
        if let Err(e) = written {
            let _ = fs.remove_file(&tmp);
            return Err(e);
        }
        Ok(tmp)
    }

    /// Step 4: keep the previous version as a backup; returns the backup's path. On failure the
    /// temporary file is removed.
    fn keep_backup(&self, tmp: &Path) -> Result<PathBuf, SaveError> {
        self.take_backups(self.fs.as_ref()).map_err(|e| {
            let _ = self.fs.remove_file(tmp);
            failed(&self.paths.data, "store-step-backup")(e)
        })
    }

    /// Step 5: replace the data file in one step. On failure the temporary file and the backup
    /// just taken are removed.
    fn replace(&self, tmp: &Path, backup: Option<&Path>) -> Result<(), SaveError> {
        self.fs.rename(tmp, &self.paths.data).map_err(|e| {
            let _ = self.fs.remove_file(tmp);
            if let Some(b) = backup {
                let _ = self.fs.remove_file(b);
            }
            failed(&self.paths.data, "store-step-replace")(e)
        })
    }

    /// Step 6: make the rename durable; if that fails, put the old version back (or remove the
    /// file when there was none).
    fn sync_or_restore(&self, backup: Option<&Path>) -> Result<(), SaveError> {
        let fs = self.fs.as_ref();
        let Err(e) = fs.sync_dir(&self.paths.dir) else {
            return Ok(());
        };
        match backup {
            Some(b) => {
                let _ = fs.rename(b, &self.paths.data);
            }
            None => {
                let _ = fs.remove_file(&self.paths.data);
            }
        }
        let _ = fs.sync_dir(&self.paths.dir);
        Err(failed(&self.paths.data, "store-step-sync-dir")(e))
    }

    /// Step 7: what was written is the new base for the next save (its mentees' texts kept for
    /// the next); old copies are pruned. The file just written is not settled: the next save
    /// reads it back.
    fn saved(&mut self, written: Written, ws: &Workspace) {
        self.disk_hash = Some(format::content_hash(&written.bytes));
        self.stamp = None;
        self.keep_base(written, ws, true);
        self.version = self.version.max(CURRENT_VERSION);
        self.pre_migration_backup = false;
        copies::prune(
            self.fs.as_ref(),
            &self.paths,
            &self.retention,
            std::time::SystemTime::now(),
        );
    }

    /// Links the current file into the backup directory; returns the numbered backup's path.
    fn take_backups(&self, fs: &dyn Fs) -> io::Result<PathBuf> {
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
