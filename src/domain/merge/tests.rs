//! The merge's rules, one test each, and the change summary.

mod fixture;
mod summary;
