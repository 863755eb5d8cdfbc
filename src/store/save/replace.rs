//! Opening a store to replace whatever it holds (for `mentor restore`).

use super::super::MAX_FILE_BYTES;
use super::super::backup;
use super::super::error::OpenError;
use super::super::format::{self, CURRENT_VERSION};
use super::super::fs::{Fs, RealFs};
use super::super::lock::Lock;
use super::super::paths::StorePaths;
use super::{OpenOptions, Store, retention};
use std::path::Path;
use std::sync::Arc;

impl Store {
    /// Opens the store at `path` to replace its content whatever it holds, for restoring a
    /// backup over a file that no longer reads. The current file, readable or not, is first kept
    /// in the backup directory as `<file>.before-restore-<n>`, which is returned with the store.
    pub fn open_replacing(
        path: &Path,
        options: &OpenOptions,
    ) -> Result<(Store, Option<std::path::PathBuf>), OpenError> {
        let fs: Arc<dyn Fs> = Arc::new(RealFs);
        let paths = StorePaths::resolve(path).map_err(|source| OpenError::Io {
            path: path.to_path_buf(),
            action: "store-action-use-path",
            source,
        })?;
        let io = |path: &Path, action| {
            let path = path.to_path_buf();
            move |source| OpenError::Io {
                path,
                action,
                source,
            }
        };
        fs.create_dir_all(&paths.dir)
            .map_err(io(&paths.dir, "store-action-create-dir"))?;
        let lock = Lock::acquire(fs.as_ref(), &paths.lock, &paths.data, options.lock_wait)?;
        let current = fs
            .read(&paths.data, MAX_FILE_BYTES + 1)
            .map_err(io(&paths.data, "store-action-read-current"))?;
        let mut kept = None;
        if current.is_some() {
            fs.create_dir_all(&paths.backups)
                .map_err(io(&paths.backups, "store-action-create-backup-dir"))?;
            let names = fs.list_dir(&paths.backups).unwrap_or_default();
            let aside = (1..)
                .map(|n| {
                    paths
                        .backups
                        .join(format!("{}.before-restore-{n}", paths.file_name()))
                })
                .find(|p| !names.iter().any(|name| p.ends_with(name)))
                .unwrap_or_else(|| paths.backups.join("before-restore"));
            backup::keep(fs.as_ref(), &paths.data, &aside)
                .map_err(io(&aside, "store-action-keep-aside"))?;
            kept = Some(aside);
        }
        let store = Store {
            disk_hash: current.as_deref().map(format::content_hash),
            paths,
            fs,
            lock: Some(lock),
            editor: None,
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
        Ok((store, kept))
    }
}
