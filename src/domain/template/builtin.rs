//! The templates that come with mentor, compiled in from the repository's `templates/` folder.

use super::parse::{TemplateError, parse};
use super::types::Template;

/// Each built-in template's file name and text.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    (
        "engineering-ic.toml",
        include_str!("../../../templates/engineering-ic.toml"),
    ),
    (
        "marketing-career.toml",
        include_str!("../../../templates/marketing-career.toml"),
    ),
    (
        "peer-onboarding.toml",
        include_str!("../../../templates/peer-onboarding.toml"),
    ),
    (
        "life-balance.toml",
        include_str!("../../../templates/life-balance.toml"),
    ),
];

/// The built-in templates, read from their text (a test proves every one reads cleanly).
pub fn builtins() -> Vec<Result<Template, TemplateError>> {
    BUILTIN_FILES
        .iter()
        .map(|(file, text)| parse(file, text))
        .collect()
}
