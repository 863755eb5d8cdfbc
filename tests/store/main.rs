//! The store's promises (docs/RELIABILITY.md): crashes, injected faults, conflicts, locks,
//! symlinks, permissions, broken and hostile files, migrations, retention.
//!
//! One test binary for the whole group (each file here is a module, declared below), so a
//! change links the crate once per group instead of once per file. The shared helpers are
//! declared once here; a member file reaches them with `use crate::common;`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

#[path = "../common/mod.rs"]
mod common;

mod backups;
mod conflict;
mod corrupt;
mod crash;
mod dates;
mod editor;
mod faults;
mod hostile;
mod leftovers;
mod lock;
mod merged;
mod migration;
mod one;
mod permissions;
mod readonly_dir;
mod replica;
mod reply;
mod retention;
mod roundtrip;
mod symlink;
mod templates;
mod unchanged;
