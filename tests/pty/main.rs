//! The built binary in a real pseudo-terminal, read through a terminal parser.
//!
//! One test binary for the whole group (each file here is a module, declared below), so a
//! change links the crate once per group instead of once per file. The shared helpers are
//! declared once here; a member file reaches them with `use crate::common;`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

#[path = "../common/mod.rs"]
mod common;
#[path = "../pty_harness/mod.rs"]
mod pty_harness;
#[path = "../view_common/mod.rs"]
mod view_common;

mod basics;
mod brief;
mod closing;
mod config;
mod find;
mod lang;
mod leave;
mod mouse;
mod outside;
mod path;
mod questions;
mod reply;
mod restore;
mod sync;
mod view;
mod width;
