//! `mentor`: a terminal mentorship tracker.
//!
//! Layers, each depending only on those before it: [`domain`] (plain types and pure rules),
//! [`store`] (the JSON file, saved so that nothing is ever lost), [`cli`] (the command line).

pub mod cli;
pub mod domain;
pub mod store;
