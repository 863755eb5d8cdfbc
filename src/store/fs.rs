//! The file-system calls the store makes, behind a trait so that tests can record their order and
//! make any one of them fail.

use super::LoadError;
use std::fs::{self, File};
use std::io::{self, Read, Seek, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::Path;

/// A file's device, inode, size, and times of last change of content (mtime) and of the inode
/// (ctime). Any write, rename over, or change of times (`touch`, which sets the ctime to now)
/// changes one of them, unless it happens within the same tick of the file-system clock as the
/// change they record; see [`Stamp::settled`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    dev: u64,
    ino: u64,
    len: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

impl Stamp {
    /// How long before the moment a file is read its last change must be for the stamp to vouch
    /// for its content: more than the coarsest file-system clock tick (two seconds on FAT).
    pub const SETTLE: std::time::Duration = std::time::Duration::from_secs(3);

    /// True when both times are at least [`Stamp::SETTLE`] before `read_at`, the moment just
    /// before the file was read. Then a later write gets a later ctime (a program may set the
    /// mtime back, never the ctime), so an equal stamp means an equal content. A file changed
    /// just before it was read ("racily clean", as git calls it) is compared by content instead.
    pub fn settled(&self, read_at: std::time::SystemTime) -> bool {
        let Ok(now) = read_at.duration_since(std::time::UNIX_EPOCH) else {
            return false;
        };
        let limit = now.saturating_sub(Self::SETTLE);
        let before = |(s, ns): (i64, i64)| {
            u64::try_from(s)
                .is_ok_and(|s| std::time::Duration::new(s, u32::try_from(ns).unwrap_or(0)) < limit)
        };
        before(self.mtime) && before(self.ctime)
    }
}

/// Every file-system call on the save path. Each method's default is the real file system, so
/// [`RealFs`] is just the trait; tests wrap it and override the calls they watch or fail.
pub trait Fs: Send + Sync + std::fmt::Debug {
    /// Reads at most `limit` bytes of a file; `Ok(None)` when it does not exist. A file larger
    /// than `limit` is refused by its size (`FileTooLarge`) without being read.
    fn read(&self, path: &Path, limit: u64) -> io::Result<Option<Vec<u8>>> {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        if size > limit {
            // Refuse by its size, without reading it.
            return Err(io::Error::new(
                io::ErrorKind::FileTooLarge,
                format!("{size} bytes"),
            ));
        }
        if let Some(mut bytes) = read_halves(&file, size)? {
            // What the file grew by since its size was taken, if anything.
            let mut rest = &file;
            rest.seek(io::SeekFrom::Start(size))?;
            rest.take(limit - size).read_to_end(&mut bytes)?;
            return Ok(Some(bytes));
        }
        let hint = size;
        let mut bytes = Vec::with_capacity(usize::try_from(hint).unwrap_or(0));
        file.take(limit).read_to_end(&mut bytes)?;
        Ok(Some(bytes))
    }

    /// Creates a new file, failing if anything exists at `path` (a file or a planted symlink),
    /// readable and writable by its owner only.
    fn create_new(&self, path: &Path) -> io::Result<File> {
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
    }

    /// Opens (creating if needed, 0600) the lock file, for reading and writing.
    fn open_lock(&self, path: &Path) -> io::Result<File> {
        fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(path)
    }

    fn write_all(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)
    }

    /// Flushes the file's data and metadata to the device.
    fn sync_file(&self, file: &File) -> io::Result<()> {
        file.sync_all()
    }

    /// Makes a second name for a file (used to keep the previous version as a backup for free).
    fn hard_link(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::hard_link(from, to)
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }

    /// Flushes a directory, so that a rename in it is durable.
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        File::open(dir)?.sync_all()
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        fs::remove_file(path)
    }

    /// Creates a directory (and missing parents) readable by its owner only.
    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(path)
    }

    /// What tells cheaply that a file was not touched: see [`Stamp`]. `Ok(None)` when there is no
    /// file.
    fn stamp(&self, path: &Path) -> io::Result<Option<Stamp>> {
        use std::os::unix::fs::MetadataExt;
        match fs::metadata(path) {
            Ok(m) => Ok(Some(Stamp {
                dev: m.dev(),
                ino: m.ino(),
                len: m.len(),
                mtime: (m.mtime(), m.mtime_nsec()),
                ctime: (m.ctime(), m.ctime_nsec()),
            })),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// When a file was last modified.
    fn modified(&self, path: &Path) -> io::Result<std::time::SystemTime> {
        fs::metadata(path)?.modified()
    }

    /// The names of the entries of a directory; empty when it does not exist.
    fn list_dir(&self, dir: &Path) -> io::Result<Vec<String>> {
        match fs::read_dir(dir) {
            Ok(entries) => entries
                .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
                .collect(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(e),
        }
    }
}

/// Files at least this large are read as two halves at once: reading a large file costs mostly
/// the copy from the page cache into fresh memory (a page fault per page), which two threads
/// share.
const HALVES_FROM: u64 = 8 << 20;

/// The first `size` bytes of `file`, its two halves read at once with positioned reads; `None`
/// for a smaller file, or when the file turns out shorter than `size` (it changed while being
/// read) or no second thread can be had: it is then read the plain way, from the start.
fn read_halves(file: &File, size: u64) -> io::Result<Option<Vec<u8>>> {
    use std::os::unix::fs::FileExt;
    let Some(len) = usize::try_from(size).ok().filter(|_| size >= HALVES_FROM) else {
        return Ok(None);
    };
    // Zeroed memory comes fresh from the system, untouched: each page is first written by the
    // read that fills it.
    let mut bytes = vec![0u8; len];
    let (first, second) = bytes.split_at_mut(len / 2);
    let fill = |mut buf: &mut [u8], mut at: u64| -> io::Result<bool> {
        while !buf.is_empty() {
            match file.read_at(buf, at) {
                Ok(0) => return Ok(false),
                Ok(n) => {
                    buf = &mut buf[n..];
                    at += n as u64;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(true)
    };
    let at = first.len() as u64;
    let whole = std::thread::scope(|scope| -> io::Result<bool> {
        let helper = std::thread::Builder::new().spawn_scoped(scope, || fill(&mut *second, at));
        let mine = fill(first, 0)?;
        match helper {
            Ok(h) => {
                let theirs = h.join().unwrap_or_else(|p| std::panic::resume_unwind(p))?;
                Ok(mine && theirs)
            }
            // No thread to be had: read the plain way.
            Err(_) => Ok(false),
        }
    })?;
    Ok(whole.then_some(bytes))
}

/// The real file system.
#[derive(Debug, Clone, Copy, Default)]
pub struct RealFs;

impl Fs for RealFs {}

/// Reads a whole store file through `fs`, refusing one larger than `cap` bytes.
pub fn read_capped(fs: &dyn Fs, path: &Path, cap: u64) -> Result<Option<Vec<u8>>, LoadError> {
    let bytes = match fs.read(path, cap + 1) {
        Err(e) if e.kind() == io::ErrorKind::FileTooLarge => {
            let size = fs::metadata(path).map(|m| m.len()).unwrap_or(cap + 1);
            return Err(LoadError::TooLarge {
                path: path.to_path_buf(),
                size,
                cap,
            });
        }
        other => other.map_err(|source| LoadError::Io {
            path: path.to_path_buf(),
            source,
        })?,
    };
    match bytes {
        Some(b) if b.len() as u64 > cap => {
            let size = fs::metadata(path)
                .map(|m| m.len())
                .unwrap_or(b.len() as u64);
            Err(LoadError::TooLarge {
                path: path.to_path_buf(),
                size,
                cap,
            })
        }
        other => Ok(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file large enough to be read as two halves reads back byte for byte, at odd sizes too;
    /// the limit still refuses a larger one by its size.
    #[test]
    fn a_large_file_read_as_two_halves_reads_back_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.json");
        for len in [HALVES_FROM as usize, HALVES_FROM as usize + 3] {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 31 % 251) as u8).collect();
            fs::write(&path, &bytes).unwrap();
            let read = RealFs.read(&path, len as u64 + 1).unwrap().unwrap();
            assert!(read == bytes, "{len} bytes");
            let halves = read_halves(&File::open(&path).unwrap(), len as u64).unwrap();
            assert!(halves.is_some_and(|h| h == bytes), "{len} bytes, as halves");
            // A file shorter than it was said to be is read the plain way.
            let short = read_halves(&File::open(&path).unwrap(), len as u64 + 10).unwrap();
            assert!(short.is_none());
            let refused = RealFs.read(&path, len as u64 - 1).unwrap_err();
            assert_eq!(refused.kind(), io::ErrorKind::FileTooLarge);
        }
        assert!(
            read_halves(&File::open(&path).unwrap(), 100)
                .unwrap()
                .is_none()
        );
    }
}
