//! One editor at a time: an exclusive lock on a file beside the data file.
//!
//! The lock is the kernel's (`File::try_lock`), so it disappears when the holding process dies:
//! a killed instance never blocks the next. The data file itself is never locked, because a save
//! replaces it by rename. The holder writes its process ID into the lock file so that the refusal
//! can say who holds it.

use super::error::OpenError;
use super::fs::Fs;
use std::fs::{File, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A held lock; dropping it releases the lock.
#[derive(Debug)]
pub struct Lock {
    file: File,
    path: PathBuf,
}

impl Lock {
    /// Takes the lock at `path`, waiting up to `wait` for another holder to let go.
    pub fn acquire(
        fs: &dyn Fs,
        path: &Path,
        data_path: &Path,
        wait: Duration,
    ) -> Result<Lock, OpenError> {
        let io = |action, source| OpenError::Io {
            path: path.to_path_buf(),
            action,
            source,
        };
        let mut file = fs
            .open_lock(path)
            .map_err(|e| io("store-action-open-lock", e))?;
        let deadline = Instant::now() + wait;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(TryLockError::WouldBlock) => {
                    let mut holder = String::new();
                    let _ = file.read_to_string(&mut holder);
                    let holder = holder.trim();
                    return Err(OpenError::Locked {
                        path: data_path.to_path_buf(),
                        holder: (!holder.is_empty() && holder.len() < 32)
                            .then(|| holder.to_string()),
                    });
                }
                Err(TryLockError::Error(e)) => return Err(io("store-action-lock", e)),
            }
        }
        // Record who holds it; failing to do so does not matter for the lock itself.
        let _ = file.set_len(0);
        let _ = file.rewind();
        let _ = write!(file, "{}", std::process::id());
        let _ = file.flush();
        Ok(Lock {
            file,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// True when no one holds the lock at `path` (an absent lock file is free). Probing takes the
/// lock for an instant and lets it go at once; it writes nothing.
pub fn is_free(path: &Path) -> bool {
    let Ok(file) = File::open(path) else {
        return !path.exists();
    };
    match file.try_lock() {
        Ok(()) => {
            let _ = file.unlock();
            true
        }
        Err(_) => false,
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.file.set_len(0);
        let _ = self.file.unlock();
    }
}
