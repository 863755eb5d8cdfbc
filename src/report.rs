//! Reading the store for people, above the domain and below the front ends: the brief as text
//! lines, the progress report of a mentee and the practice report of the mentor, as data
//! ([`Report`], [`PracticeReport`]) and rendered to Markdown or HTML by pure functions that
//! return a `String`. Nothing here does I/O or reads the clock: writing a file is the command
//! line's part.

mod brief_text;
pub mod html;
pub mod markdown;
pub mod model;
pub mod practice;
mod svg;

pub use brief_text::{brief_lines, brief_text};
pub use html::{practice_html, report_html};
pub use markdown::{practice_md, report_md};
pub use model::{Report, ReportOptions, mentee_report};
pub use practice::{PracticeReport, practice_report};

use chrono::NaiveDate;

/// A share as a whole percentage, or `–` when none is known.
pub(crate) fn percent(p: Option<f64>) -> String {
    p.map_or("–".to_string(), |p| format!("{:.0}%", p * 100.0))
}

/// A level of 1 to 5, or `–`.
pub(crate) fn level(v: Option<u8>) -> String {
    v.map_or("–".to_string(), |v| v.to_string())
}

/// The counts of a feedback balance in words: `2 strengths, 1 improvement, 0 observations`.
pub(crate) fn balance_words(b: &crate::domain::derived::Balance) -> String {
    use crate::domain::text::plural;
    format!(
        "{}, {}, {}",
        plural(b.strengths, "strength", "strengths"),
        plural(b.improvements, "improvement", "improvements"),
        plural(b.observations, "observation", "observations")
    )
}

/// The period of a report in words.
pub(crate) fn period_words(since: Option<NaiveDate>) -> String {
    since.map_or("all records".to_string(), |d| format!("since {d}"))
}

#[cfg(test)]
mod tests;
