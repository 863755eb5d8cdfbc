//! Merging two replicas of a store record by record, and saying what changed between two
//! versions of a workspace.
//!
//! The merge works on the JSON documents of whole store files, so fields this version does not
//! know (written by a newer minor version) merge like any other, as opaque values. The rules are
//! in `docs/SYNC.md`, "How two versions merge".

pub mod changes;

pub use changes::{Changes, changes};

#[cfg(test)]
mod tests;
