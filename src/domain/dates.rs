//! Dates as people type them, cadences, and how dates are written in the file.
//!
//! Accepted date forms: ISO `2026-12-01`; `today`, `tomorrow`, `yesterday`; an offset from today
//! such as `+2w`, `+10d`, `+1m`, `in 3 days`, `in 2 weeks`; a weekday (`friday`, `this fri`,
//! `next friday`); a day and a month name (`1 April 2027`, `apr 3`; without a year, this year).
//! A date and time adds a time (`10:00`, `9am`, `3:30 pm`, `noon`, with an optional `at`); a
//! time alone is today. The edge of a week or month: `end of the month`, `start of next week`.
//! Dutch words read the same way (`morgen om 9:30`, `volgende vrijdag`, `over 2 weken`,
//! `eind van de maand`, `15 uur`), in whatever language the app shows. The grammar is in
//! `phrase`, its words in `words`; how dates are written in each language in `names`. Every function takes
//! "today" as an argument: this module never reads the clock.
//!
//! One rule for every date mentor keeps: it lies between [`FIRST_DATE`] and [`LAST_DATE`], the
//! dates the file's `YYYY-MM-DD` and RFC 3339 forms can hold (four-digit years). Whatever makes
//! a date (typing, offsets, series) refuses one outside that range.

pub mod names;
mod phrase;
mod problem;
#[cfg(test)]
pub(crate) mod table;
#[cfg(test)]
pub(crate) mod table_nl;
mod words;

use chrono::{DateTime, Days, FixedOffset, Months, NaiveDate, NaiveTime, Offset, TimeZone};
use serde::{Deserialize, Deserializer, Serializer};
use std::fmt;

pub use problem::Problem;

/// The first date the file can hold.
pub const FIRST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(0, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The last date the file can hold.
pub const LAST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// Whether the file can hold `date` (and read it back).
pub fn is_storable(date: NaiveDate) -> bool {
    (FIRST_DATE..=LAST_DATE).contains(&date)
}

/// `moment` as the file will hold it, or `None` when it cannot: its local date must be
/// storable, and its offset is rounded to whole minutes (as RFC 3339 writes it) keeping the
/// local time, so what is kept in memory is exactly what a reload gives.
pub fn storable_moment(moment: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
    let local = moment.naive_local();
    if !is_storable(local.date()) {
        return None;
    }
    let seconds = moment.offset().local_minus_utc();
    let minutes = (seconds.abs() + 30) / 60 * seconds.signum();
    let offset = FixedOffset::east_opt(minutes.checked_mul(60)?)?;
    if minutes.abs() >= 24 * 60 {
        return None;
    }
    offset.from_local_datetime(&local).single()
}

/// Why a typed date, date-time or cadence was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The text is not a date mentor can keep.
    #[error("{}", crate::t!("dom-date-invalid", text = text.as_str(), problem = problem.to_string(), hint = problem.hint(false)))]
    Date { text: String, problem: Problem },
    /// The text is not a date and time mentor can keep.
    #[error("{}", crate::t!("dom-date-time-invalid", text = text.as_str(), problem = problem.to_string(), hint = problem.hint(true)))]
    DateTime { text: String, problem: Problem },
    /// The text is not a cadence.
    #[error("{}", crate::t!("dom-date-cadence-invalid", text = .0.as_str()))]
    Cadence(String),
}

/// What a form says next to a refused field, before it is put in words ([`DateError::short`]
/// in English; the app says it in the user's language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Short<'a> {
    NotADate,
    NotADateTime,
    Cadence,
    /// The problem itself, said in full.
    Problem(&'a Problem),
}

impl DateError {
    /// Which few words a form shows next to a refused field.
    pub fn short_reason(&self) -> Short<'_> {
        let (problem, what) = match self {
            DateError::Date { problem, .. } => (problem, Short::NotADate),
            DateError::DateTime { problem, .. } => (problem, Short::NotADateTime),
            DateError::Cadence(_) => return Short::Cadence,
        };
        match problem {
            Problem::Empty | Problem::NoSuchDate(_) => what,
            Problem::NotUnderstood {
                understood,
                known: false,
                ..
            } if understood.is_empty() => what,
            other => Short::Problem(other),
        }
    }

    /// The few words a form shows next to a refused field, in English.
    pub fn short(&self) -> String {
        match self.short_reason() {
            Short::NotADate => "not a date".into(),
            Short::NotADateTime => "not a date and time".into(),
            Short::Cadence => "like 2w, 10d, 1m, monthly".into(),
            Short::Problem(p) => problem::English(p).to_string(),
        }
    }
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
    /// (31 January plus one month is the last day of February). `None` past [`LAST_DATE`].
    pub fn after(self, date: NaiveDate) -> Option<NaiveDate> {
        match self {
            Span::Days(n) => date.checked_add_days(Days::new(u64::from(n))),
            Span::Weeks(n) => date.checked_add_days(Days::new(7 * u64::from(n))),
            Span::Months(n) => date.checked_add_months(Months::new(n)),
        }
        .filter(|d| is_storable(*d))
    }
}

/// Reads `2w`, `2 weeks`, `10d`, `1m`, `3 months`, `weekly`, `fortnightly`, `biweekly`, `monthly`,
/// `daily` (an optional leading `every ` or `+` is ignored). Zero is refused.
pub fn parse_span(input: &str) -> Option<Span> {
    let text = input.trim().to_ascii_lowercase();
    let text = text
        .strip_prefix("every ")
        .or_else(|| text.strip_prefix("elke "))
        .unwrap_or(&text)
        .trim();
    let text = text.strip_prefix('+').unwrap_or(text).trim();
    match text {
        "daily" | "day" | "dagelijks" | "dag" => return Some(Span::Days(1)),
        "weekly" | "week" | "wekelijks" => return Some(Span::Weeks(1)),
        "fortnightly" | "biweekly" | "fortnight" | "tweewekelijks" => {
            return Some(Span::Weeks(2));
        }
        "monthly" | "month" | "maandelijks" | "maand" => return Some(Span::Months(1)),
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
        "d" | "day" | "days" | "dag" | "dagen" => Some(Span::Days(n)),
        "w" | "wk" | "wks" | "week" | "weeks" | "weken" => Some(Span::Weeks(n)),
        "m" | "mo" | "month" | "months" | "maand" | "maanden" => Some(Span::Months(n)),
        _ => None,
    }
}

/// The typed text as a refusal quotes it: on one line, with no character that could control a
/// terminal (a newline or tab between the words reads as white space, so it may be in there).
fn echo(input: &str) -> String {
    super::text::line(input.trim()).into_owned()
}

/// Parses a date typed by a person, relative to `today`. A time in the text is refused.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let err = |problem| DateError::Date {
        text: echo(input),
        problem,
    };
    let reading = phrase::read(input, today).map_err(err)?;
    match (reading.date, reading.time) {
        (None, _) => Err(err(Problem::NoDate(reading.time_text))),
        (Some(_), Some(_)) => Err(err(Problem::TimeNotAllowed(reading.time_text))),
        (Some(date), None) if is_storable(date) => Ok(date),
        (Some(_), None) => Err(err(Problem::OutOfRange)),
    }
}

/// The time of day a date without one means.
pub const DEFAULT_TIME: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};

/// Parses a date and time typed by a person, relative to `today`. An RFC 3339 time keeps its
/// offset; anything else is local time in `tz` on the day it names (so a time after a
/// daylight-saving change gets that day's offset). A date without a time means 09:00; a time
/// without a date means today.
pub fn parse_moment<Tz: TimeZone>(
    input: &str,
    today: NaiveDate,
    tz: &Tz,
) -> Result<DateTime<FixedOffset>, DateError> {
    let text = input.trim();
    let err = |problem| DateError::DateTime {
        text: echo(text),
        problem,
    };
    let moment = match DateTime::parse_from_rfc3339(text) {
        Ok(explicit) => explicit,
        Err(_) => {
            let reading = phrase::read(text, today).map_err(err)?;
            let date = reading.date.unwrap_or(today);
            if !is_storable(date) {
                return Err(err(Problem::OutOfRange));
            }
            let time = reading.time.unwrap_or(DEFAULT_TIME);
            super::schedule::local_moment(tz, date, time).ok_or(err(Problem::OutOfRange))?
        }
    };
    storable_moment(moment).ok_or(err(Problem::OutOfRange))
}

/// [`parse_moment`] at `now`'s offset, relative to `now`'s date.
pub fn parse_datetime(
    input: &str,
    now: DateTime<FixedOffset>,
) -> Result<DateTime<FixedOffset>, DateError> {
    parse_moment(input, now.date_naive(), &now.offset().fix())
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
    Iso(date)
}

/// A date as `YYYY-MM-DD`, written directly (as `%Y-%m-%d` does) for years of four digits.
struct Iso(NaiveDate);

impl fmt::Display for Iso {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use chrono::Datelike;
        let d = self.0;
        let Ok(year) = u32::try_from(d.year()).map(|y| y as usize) else {
            return f.pad(&d.format("%Y-%m-%d").to_string());
        };
        if year > 9999 {
            return f.pad(&d.format("%Y-%m-%d").to_string());
        }
        // The ten characters, digit by digit: no formatting machinery for the commonest text
        // the store and the tables write.
        let digit = |n: usize| b'0' + (n % 10) as u8;
        let (month, day) = (d.month() as usize, d.day() as usize);
        let text = [
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            b'-',
            digit(month / 10),
            digit(month),
            b'-',
            digit(day / 10),
            digit(day),
        ];
        f.pad(std::str::from_utf8(&text).map_err(|_| fmt::Error)?)
    }
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
mod hostile;
#[cfg(test)]
mod tests;
