//! The merge's rules, one test each, and the change summary.

mod fields;
mod fixture;
mod records;
mod summary;
mod top;
