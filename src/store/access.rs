//! Opening the store for the full-screen app: for editing when it can be, else read-only with
//! the reason, so that a store another editor holds, a newer format, or a folder the app may not
//! write in still opens to be read.

use super::error::{LoadError, OpenError, SaveError};
use super::fs::Fs;
use super::save::{OpenOptions, Store};
use crate::domain::Workspace;
use std::io;
use std::path::Path;
use std::sync::Arc;

/// How the app may use the store.
#[derive(Debug)]
pub enum Access {
    /// Editing: the lock is held and saves can be made.
    Edit(Box<Store>, Workspace),
    /// Reading only, and why; nothing will be written.
    ReadOnly {
        workspace: Workspace,
        reason: String,
    },
}

/// Why a window opens read-only when another editor holds the store.
pub const HELD_ELSEWHERE: &str = "another mentor is editing this file; this window only shows it (it offers to become the editor when that one closes)";

/// A failure that means "this folder or file may not be written", not "this store is broken".
fn not_writable(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

fn denied(folder: &Path, e: &io::Error) -> String {
    crate::t!(
        "store-read-only-denied",
        folder = folder.display().to_string(),
        error = e.to_string()
    )
}

/// Opens the store at `path` for the app through `fs`. Another editor holding it, a newer
/// format, or a folder that cannot be written in (found by creating and removing a temporary
/// file there) opens it read-only with the reason; any other failure is returned.
pub fn open_for_app(
    path: &Path,
    options: &OpenOptions,
    fs: Arc<dyn Fs>,
) -> Result<Access, OpenError> {
    let read_only = |reason: String| -> Result<Access, OpenError> {
        let workspace = super::load(path)?.workspace;
        Ok(Access::ReadOnly { workspace, reason })
    };
    match Store::open_editor(path, options, Arc::clone(&fs)) {
        Ok((store, workspace)) => match store.probe_writable() {
            Err(e) if not_writable(&e) => {
                let folder = store.paths().dir.clone();
                // Let the lock go before reading, as any reader would.
                drop(store);
                read_only(denied(&folder, &e))
            }
            _ => Ok(Access::Edit(Box::new(store), workspace)),
        },
        Err(OpenError::Locked { .. }) => read_only(HELD_ELSEWHERE.into()),
        Err(OpenError::Load(LoadError::NewerMajor { found, .. })) => {
            read_only(crate::t!("store-read-only-newer", found = found.as_str()))
        }
        Err(OpenError::Io {
            path: at, source, ..
        }) if not_writable(&source) => {
            let folder = at.parent().map_or(at.clone(), Path::to_path_buf);
            match read_only(denied(&folder, &source)) {
                Ok(access) => Ok(access),
                // Nothing to show (no file yet): the original reason is the one to give.
                Err(_) => Err(OpenError::Io {
                    path: at,
                    action: "store-action-open-editing",
                    source,
                }),
            }
        }
        Err(OpenError::Save(SaveError::Io {
            path: at, source, ..
        })) if not_writable(&source) => Err(OpenError::Io {
            path: at,
            action: "store-action-create",
            source,
        }),
        Err(e) => Err(e),
    }
}
