//! The command line end to end (the built binary against a temporary store), and the docs that
//! must stay true to the code.
//!
//! One test binary for the whole group (each file here is a module, declared below), so a
//! change links the crate once per group instead of once per file. The shared helpers are
//! declared once here; a member file reaches them with `use crate::common;`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

#[path = "../cli_env/mod.rs"]
mod cli_env;
#[path = "../common/mod.rs"]
mod common;
#[path = "../view_common/mod.rs"]
mod view_common;

mod basics;
mod cli_nl;
mod closing;
mod dates;
mod docs;
mod domain_nl;
mod edits;
mod fit;
mod held;
mod ics;
mod isolated_git;
mod lang;
mod merge;
mod ops_parity;
mod output;
mod path;
mod questions;
mod replicated;
mod reply;
mod reply_app;
mod reply_git;
mod reply_hostile;
mod report;
mod schedule;
mod setup;
mod share;
mod store;
mod store_nl;
mod sync;
mod templates;
mod words;
