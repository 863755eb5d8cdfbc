//! `mentor`: a terminal mentorship tracker.
//!
//! Layers, each depending only on those before it: [`domain`] (plain types and pure rules),
//! [`store`] (the JSON file, saved so that nothing is ever lost), [`app`] (state, actions and a
//! pure update), [`ui`] (drawing the state), [`tui`] (the event loop and effects), and [`cli`]
//! (the command line, which also starts the app). [`demo`] builds the sample workspace;
//! [`generate`] builds large ones for benchmarks.

pub mod app;
pub mod cli;
pub mod demo;
pub mod domain;
pub mod generate;
pub mod i18n;
pub mod report;
pub mod store;
pub mod sync;
pub mod tui;
pub mod ui;
