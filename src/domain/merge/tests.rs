//! The merge's rules, one test each, the merge as a property, and the change summary.

mod fields;
mod fixture;
mod oracle;
mod property;
mod records;
mod summary;
mod top;
