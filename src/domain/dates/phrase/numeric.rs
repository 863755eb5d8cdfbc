//! Numeric dates with `/` or `.`, refused with the ISO dates they could mean.

use super::Problem;
use chrono::{Datelike, NaiveDate};

/// Numbers joined by `/` or `.`: `12/01/2026`, `1/2`, `1.2.2026`.
pub(super) fn numeric_date(word: &str) -> bool {
    let parts: Vec<&str> = word.split(['/', '.']).collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
}

/// The refusal of a numeric date, naming the ISO dates it could mean.
pub(super) fn ambiguous(typed: &str, today: NaiveDate) -> Problem {
    // A part too large for a number reads as nothing, so no part shifts into another's place.
    let parts: Vec<u32> = typed
        .split(['/', '.'])
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()
        .unwrap_or_default();
    let year_of = |p: Option<&u32>| match p {
        None => Some(today.year()),
        Some(&y) => i32::try_from(y).ok().filter(|y| (1000..=9999).contains(y)),
    };
    let mut readings = Vec::new();
    match parts.as_slice() {
        [y, m, d] if *y >= 1000 => readings.extend(
            i32::try_from(*y)
                .ok()
                .and_then(|y| NaiveDate::from_ymd_opt(y, *m, *d)),
        ),
        [a, b, rest @ ..] => {
            if let Some(year) = year_of(rest.first()) {
                readings.extend(NaiveDate::from_ymd_opt(year, *a, *b));
                readings.extend(NaiveDate::from_ymd_opt(year, *b, *a));
            }
        }
        _ => {}
    }
    readings.dedup();
    Problem::Ambiguous {
        text: typed.to_string(),
        readings,
    }
}
