//! Dates as people type them, cadences, and how dates are written in the file.
//!
//! Accepted date forms: ISO `2026-12-01`; `today`, `tomorrow`, `yesterday`; an offset from today
//! such as `+2w`, `+10d`, `+1m`, `in 3 days`, `in 2 weeks`; and English phrases understood by the
//! `interim` crate (`next friday`, `1 April 2027`, `apr 3`). Every function takes "today" (or
//! "now") as an argument: this module never reads the clock.

use chrono::{DateTime, Datelike, Days, FixedOffset, Months, NaiveDate, NaiveTime, TimeZone};
use serde::{Deserialize, Deserializer, Serializer};
use std::fmt;

/// Why a typed date, date-time or cadence was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The text is not a date in any accepted form.
    #[error("invalid date \"{0}\": use YYYY-MM-DD, today, tomorrow, next friday, +2w or in 3 days")]
    Date(String),
    /// The text is not a date and time in any accepted form.
    #[error(
        "invalid date and time \"{0}\": use \"2026-12-01 10:00\", \"tomorrow 10:00\", \"next friday 9am\" or RFC 3339"
    )]
    DateTime(String),
    /// The text is not a cadence.
    #[error(
        "invalid cadence \"{0}\": use a count and a unit such as 1w, 2w, 10d, 1m, or weekly, fortnightly, monthly"
    )]
    Cadence(String),
}

/// A span of calendar time: a number of days, weeks or months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Days(u32),
    Weeks(u32),
    Months(u32),
}

impl Span {
    /// `date` moved forward by this span; month arithmetic clamps to the month's last day
    /// (31 January plus one month is the last day of February). `None` past the calendar's end.
    pub fn after(self, date: NaiveDate) -> Option<NaiveDate> {
        match self {
            Span::Days(n) => date.checked_add_days(Days::new(u64::from(n))),
            Span::Weeks(n) => date.checked_add_days(Days::new(7 * u64::from(n))),
            Span::Months(n) => date.checked_add_months(Months::new(n)),
        }
    }
}

/// Reads `2w`, `2 weeks`, `10d`, `1m`, `3 months`, `weekly`, `fortnightly`, `biweekly`, `monthly`,
/// `daily` (an optional leading `every ` or `+` is ignored). Zero is refused.
pub fn parse_span(input: &str) -> Option<Span> {
    let text = input.trim().to_ascii_lowercase();
    let text = text.strip_prefix("every ").unwrap_or(&text).trim();
    let text = text.strip_prefix('+').unwrap_or(text).trim();
    match text {
        "daily" | "day" => return Some(Span::Days(1)),
        "weekly" | "week" => return Some(Span::Weeks(1)),
        "fortnightly" | "biweekly" | "fortnight" => return Some(Span::Weeks(2)),
        "monthly" | "month" => return Some(Span::Months(1)),
        _ => {}
    }
    let digits_end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits_end);
    let n: u32 = number.parse().ok()?;
    if n == 0 {
        return None;
    }
    match unit.trim() {
        "d" | "day" | "days" => Some(Span::Days(n)),
        "w" | "wk" | "wks" | "week" | "weeks" => Some(Span::Weeks(n)),
        "m" | "mo" | "month" | "months" => Some(Span::Months(n)),
        _ => None,
    }
}

/// Parses a date typed by a person, relative to `today`.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let err = || DateError::Date(input.to_string());
    let text = input.trim();
    if text.is_empty() {
        return Err(err());
    }
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(date);
    }
    let lower = text.to_ascii_lowercase();
    match lower.as_str() {
        "today" => return Ok(today),
        "tomorrow" => return today.succ_opt().ok_or_else(err),
        "yesterday" => return today.pred_opt().ok_or_else(err),
        _ => {}
    }
    let offset = lower
        .strip_prefix('+')
        .or_else(|| lower.strip_prefix("in "));
    if let Some(rest) = offset {
        return parse_span(rest)
            .and_then(|s| s.after(today))
            .ok_or_else(err);
    }
    if let Some(date) = weekday_phrase(&lower, today) {
        return Ok(date);
    }
    // An ISO-looking text that chrono refused (2026-13-01) is wrong, not a phrase to guess at.
    if looks_iso(text) {
        return Err(err());
    }
    let noon = today.and_time(NaiveTime::from_hms_opt(12, 0, 0).ok_or_else(err)?);
    let now = chrono::Utc.from_utc_datetime(&noon);
    interim::parse_date_string(text, now, interim::Dialect::Uk)
        .map(|dt| dt.date_naive())
        .map_err(|_| err())
}

/// `friday` and `this friday`: the next Friday on or after today; `next friday`: the first Friday
/// after today (as the `date` command reads it).
fn weekday_phrase(lower: &str, today: NaiveDate) -> Option<NaiveDate> {
    let (strictly_after, name) = match lower.split_once(' ') {
        Some(("next", name)) => (true, name),
        Some(("this", name)) => (false, name),
        None => (false, lower),
        _ => return None,
    };
    let weekday: chrono::Weekday = name.trim().parse().ok()?;
    let from = if strictly_after {
        today.succ_opt()?
    } else {
        today
    };
    let ahead = (7 + weekday.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
    from.checked_add_days(Days::new(u64::from(ahead)))
}

fn looks_iso(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 8 && bytes[..4].iter().all(u8::is_ascii_digit) && bytes[4] == b'-'
}

/// Parses a date and time typed by a person, relative to `now` and in `now`'s offset.
/// A date without a time means 09:00.
pub fn parse_datetime(
    input: &str,
    now: DateTime<FixedOffset>,
) -> Result<DateTime<FixedOffset>, DateError> {
    let err = || DateError::DateTime(input.to_string());
    let text = input.trim();
    if text.is_empty() {
        return Err(err());
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(text) {
        return Ok(dt);
    }
    let offset = *now.offset();
    for format in ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"] {
        if let Ok(naive) = chrono::NaiveDateTime::parse_from_str(text, format) {
            return offset.from_local_datetime(&naive).single().ok_or_else(err);
        }
    }
    // "DATE TIME" where DATE is any accepted date form and TIME is HH:MM.
    if let Some((date_part, time_part)) = text.rsplit_once(' ')
        && let Ok(time) = NaiveTime::parse_from_str(time_part, "%H:%M")
        && let Ok(date) = parse_date(date_part, now.date_naive())
    {
        return offset
            .from_local_datetime(&date.and_time(time))
            .single()
            .ok_or_else(err);
    }
    if let Ok(date) = parse_date(text, now.date_naive()) {
        let nine = NaiveTime::from_hms_opt(9, 0, 0).ok_or_else(err)?;
        return offset
            .from_local_datetime(&date.and_time(nine))
            .single()
            .ok_or_else(err);
    }
    if looks_iso(text) {
        return Err(err());
    }
    interim::parse_date_string(text, now, interim::Dialect::Uk).map_err(|_| err())
}

/// Reads exactly `YYYY-MM-DD` (the file's form) without a format string: loading a large store
/// reads hundreds of thousands of these.
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
}

/// A date as the file writes it.
pub fn iso(date: NaiveDate) -> impl fmt::Display {
    date.format("%Y-%m-%d")
}

/// Serde helpers that write dates as `YYYY-MM-DD` and explain a bad one by quoting it.
pub mod date_serde {
    use super::*;

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&iso(*date))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        parse_iso(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("invalid date {text:?} (expected YYYY-MM-DD)"))
        })
    }
}

/// Like [`date_serde`], for optional dates (`null` when absent).
pub mod opt_date_serde {
    use super::*;

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => s.collect_str(&iso(*date)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        let text = <Option<std::borrow::Cow<'de, str>>>::deserialize(d)?;
        text.map(|text| {
            parse_iso(&text).ok_or_else(|| {
                serde::de::Error::custom(format!("invalid date {text:?} (expected YYYY-MM-DD)"))
            })
        })
        .transpose()
    }
}

/// Date-times with offset, written as RFC 3339 and explained when bad.
pub mod datetime_serde {
    use super::*;

    pub fn serialize<S: Serializer>(dt: &DateTime<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&dt.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        DateTime::parse_from_rfc3339(&text).map_err(|_| {
            serde::de::Error::custom(format!(
                "invalid date and time {text:?} (expected RFC 3339, like 2026-12-01T10:00:00+01:00)"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    // 2026-11-29 is a Sunday.
    const TODAY: (i32, u32, u32) = (2026, 11, 29);

    fn today() -> NaiveDate {
        d(TODAY.0, TODAY.1, TODAY.2)
    }

    #[test]
    fn iso_and_keywords() {
        assert_eq!(parse_date("2026-12-01", today()), Ok(d(2026, 12, 1)));
        assert_eq!(parse_date(" today ", today()), Ok(today()));
        assert_eq!(parse_date("Tomorrow", today()), Ok(d(2026, 11, 30)));
        assert_eq!(parse_date("yesterday", today()), Ok(d(2026, 11, 28)));
    }

    #[test]
    fn offsets_from_today() {
        assert_eq!(parse_date("+2w", today()), Ok(d(2026, 12, 13)));
        assert_eq!(parse_date("+10d", today()), Ok(d(2026, 12, 9)));
        assert_eq!(parse_date("+1m", today()), Ok(d(2026, 12, 29)));
        assert_eq!(parse_date("in 3 days", today()), Ok(d(2026, 12, 2)));
        assert_eq!(parse_date("in 2 weeks", today()), Ok(d(2026, 12, 13)));
    }

    #[test]
    fn english_phrases() {
        assert_eq!(parse_date("next friday", today()), Ok(d(2026, 12, 4)));
        assert_eq!(parse_date("friday", today()), Ok(d(2026, 12, 4)));
        assert_eq!(parse_date("sunday", today()), Ok(today()));
        assert_eq!(parse_date("next sunday", today()), Ok(d(2026, 12, 6)));
        assert_eq!(parse_date("this Mon", today()), Ok(d(2026, 11, 30)));
        assert_eq!(parse_date("1 April 2027", today()), Ok(d(2027, 4, 1)));
    }

    #[test]
    fn nonsense_and_impossible_dates_are_refused() {
        for bad in [
            "",
            "2026-13-01",
            "2026-02-30",
            "soonish",
            "+0w",
            "+2x",
            "in many days",
        ] {
            let err = parse_date(bad, today()).unwrap_err();
            assert!(err.to_string().contains("invalid date"), "{bad}: {err}");
        }
    }

    #[test]
    fn date_times() {
        let now = FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 29, 8, 0, 0)
            .unwrap();
        let at = parse_datetime("2026-12-01 10:30", now).unwrap();
        assert_eq!(at.to_rfc3339(), "2026-12-01T10:30:00+01:00");
        let at = parse_datetime("tomorrow 14:00", now).unwrap();
        assert_eq!(at.to_rfc3339(), "2026-11-30T14:00:00+01:00");
        let at = parse_datetime("+1w", now).unwrap();
        assert_eq!(at.to_rfc3339(), "2026-12-06T09:00:00+01:00");
        let at = parse_datetime("2026-12-01T10:00:00-05:00", now).unwrap();
        assert_eq!(at.to_rfc3339(), "2026-12-01T10:00:00-05:00");
        assert!(parse_datetime("2026-12-01 25:00", now).is_err());
        assert!(parse_datetime("whenever", now).is_err());
    }

    #[test]
    fn iso_reader_matches_chrono() {
        for text in ["2026-12-01", "2028-02-29", "0001-01-01", "9999-12-31"] {
            assert_eq!(
                parse_iso(text),
                NaiveDate::parse_from_str(text, "%Y-%m-%d").ok(),
                "{text}"
            );
        }
        for bad in [
            "2026-13-01",
            "2027-02-29",
            "2026-1-01",
            "2026/12/01",
            "20261201xx",
            "２０２６-12-01",
            "+026-12-01",
            "",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn spans_and_month_ends() {
        assert_eq!(parse_span("2w"), Some(Span::Weeks(2)));
        assert_eq!(parse_span("every 3 weeks"), Some(Span::Weeks(3)));
        assert_eq!(parse_span("fortnightly"), Some(Span::Weeks(2)));
        assert_eq!(parse_span("monthly"), Some(Span::Months(1)));
        assert_eq!(parse_span("10 days"), Some(Span::Days(10)));
        assert_eq!(parse_span("0d"), None);
        assert_eq!(parse_span("w"), None);
        assert_eq!(Span::Months(1).after(d(2027, 1, 31)), Some(d(2027, 2, 28)));
        assert_eq!(Span::Months(1).after(d(2028, 1, 31)), Some(d(2028, 2, 29)));
        assert_eq!(Span::Months(12).after(d(2028, 2, 29)), Some(d(2029, 2, 28)));
        assert_eq!(Span::Weeks(1).after(d(2026, 12, 28)), Some(d(2027, 1, 4)));
    }
}
