//! What the screen shows: render snapshots (insta, in `tests/ui/snapshots/`), the mentee view and
//! its canary, read-only guarantees.
//!
//! One test binary for the whole group (each file here is a module, declared below), so a
//! change links the crate once per group instead of once per file. The shared helpers are
//! declared once here; a member file reaches them with `use crate::common;`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

#[path = "../common/mod.rs"]
mod common;
#[path = "../view_common/mod.rs"]
mod view_common;

mod detail;
mod render;
mod render_closing;
mod render_config;
mod render_everyone;
mod render_fit;
mod render_forms_nl;
mod render_mood;
mod render_nl;
mod render_nl_tabs;
mod render_path;
mod render_questions;
mod render_reply;
mod render_sync;
mod render_width;
mod report_html;
mod view_canary;
mod view_mentee;
mod view_path;
mod view_readonly;
