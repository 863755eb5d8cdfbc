//! The app without a terminal: pure `update` tests, and the real event loop with scripted keys, a
//! `TestBackend` and a real store (flows, reload, the background saver).
//!
//! One test binary for the whole group (each file here is a module, declared below), so a
//! change links the crate once per group instead of once per file. The shared helpers are
//! declared once here; a member file reaches them with `use crate::common;`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

#[path = "../common/mod.rs"]
mod common;
#[path = "../view_common/mod.rs"]
mod view_common;

mod brief;
mod brief_questions;
mod burst;
mod closing;
mod config;
mod conflicts;
mod everyone;
mod find;
mod fit;
mod fixtures;
mod flow;
mod forms_nl;
mod ids;
mod inbox;
mod leave;
mod mood;
mod mouse;
mod outside;
mod path;
mod pick;
mod questions;
mod random;
mod reload_flow;
mod reply;
mod saver;
mod skills;
mod template_picker;
mod templates;
mod update;
