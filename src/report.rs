//! Reading the store for people, above the domain and below the front ends: the brief as text
//! lines, the progress report of a mentee and the practice report of the mentor, as data
//! ([`Report`], [`PracticeReport`]) and rendered to Markdown or HTML by pure functions that
//! return a `String`. Nothing here does I/O or reads the clock: writing a file is the command
//! line's part.

mod brief_text;
pub mod closing;
pub mod html;
pub mod markdown;
pub mod model;
pub mod practice;
mod svg;

pub use brief_text::{brief_lines, brief_text};
pub use closing::{closing_html, closing_md};
pub use html::{practice_html, report_html};
pub use markdown::{practice_md, report_md};
pub use model::{Report, ReportOptions, mentee_report};
pub use practice::{PracticeReport, practice_report};

use crate::t;
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
    t!(
        "rep-balance-counts",
        strengths = b.strengths,
        improvements = b.improvements,
        observations = b.observations
    )
}

/// The period of a report in words.
pub(crate) fn period_words(since: Option<NaiveDate>) -> String {
    since.map_or(t!("rep-period-all"), |d| {
        t!("rep-period-since", date = day(d))
    })
}

/// The day a report names in its sentences (the day it was made, the start of its period): in
/// English the ISO date as it always was; in Dutch in words through [`crate::i18n::date`]
/// (`maandag 30 november 2026`). Tables and lists keep the ISO date in both languages: short,
/// and sorted as written.
pub(crate) fn day(d: NaiveDate) -> String {
    use chrono::Datelike;
    match crate::i18n::current() {
        crate::i18n::Lang::En => d.to_string(),
        crate::i18n::Lang::Nl => format!("{} {}", crate::i18n::date::long(d), d.year()),
    }
}

/// `3 sessions held (4.5 hours recorded): 2026-10-01, …`: the sessions of a progress report.
pub(crate) fn sessions_held(r: &Report) -> String {
    let dates: Vec<String> = r.sessions.iter().map(|d| d.to_string()).collect();
    t!(
        "rep-sessions-held",
        count = r.sessions.len(),
        hours = format!("{:.1}", f64::from(r.minutes_held) / 60.0),
        dates = dates.join(", ")
    )
}

/// The trends of mood and energy in a sentence.
pub(crate) fn mood_trends(r: &Report) -> String {
    t!(
        "rep-mood-trends",
        mood = r.mood_trend.words(),
        energy = r.energy_trend.words()
    )
}

/// The headers of the action items' table.
pub(crate) fn action_headers() -> Vec<String> {
    vec![
        t!("rep-col-side"),
        t!("rep-col-agreed"),
        t!("rep-col-kept"),
        t!("rep-col-on-time"),
        t!("rep-col-follow-through"),
    ]
}

/// The headers of the mood table; the mentor's energy only in a private report.
pub(crate) fn mood_headers(private: bool) -> Vec<String> {
    let mut headers = vec![
        t!("rep-col-session"),
        t!("rep-col-mood"),
        t!("rep-col-energy"),
    ];
    if private {
        headers.push(t!("rep-col-mentor-energy"));
    }
    headers
}

/// The headers of the skills' table.
pub(crate) fn skill_headers() -> Vec<String> {
    vec![
        t!("rep-col-skill"),
        t!("rep-col-current"),
        t!("rep-col-target"),
        t!("rep-col-gap"),
    ]
}

#[cfg(test)]
mod tests;
