//! Not freeing what a command read just before its process ends.

use crate::domain::Workspace;

/// The mentees a command read, kept until the process ends.
static KEPT: std::sync::Mutex<Vec<std::sync::Arc<crate::domain::Mentee>>> =
    std::sync::Mutex::new(Vec::new());

/// Set by the binary's [`super::main`], which runs one command and ends: only then are mentees
/// kept to the end ([`keep_until_exit`]). A program (a test, a benchmark) that runs commands one
/// after another in one process frees them as usual.
static ONE_COMMAND_PROCESS: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Says that this process runs one command and ends (see [`keep_until_exit`]).
pub fn one_command_process() {
    ONE_COMMAND_PROCESS.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Keeps the mentees of `ws` alive until the process ends, so that dropping the workspace at the
/// end of a command only counts references down instead of freeing every string and list of a
/// large workspace one by one (tens of milliseconds on a large one), just before the process
/// ends and the system takes all its memory back at once. Safe because a mentee is plain data:
/// dropping one does nothing but free memory (no file, lock or buffer to close or flush; the
/// store and its lock are dropped as always), and a static is never dropped. Only in a process
/// that runs one command ([`one_command_process`]); the app does not use this.
pub fn keep_until_exit(ws: &Workspace) {
    if !ONE_COMMAND_PROCESS.load(std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    if let Ok(mut kept) = KEPT.lock() {
        kept.extend(ws.mentees.iter().cloned());
    }
}
