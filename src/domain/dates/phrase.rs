//! The grammar of dates and times as people type them. The whole text is read or it is refused,
//! with what was understood up to the first word that was not:
//!
//! ```text
//! text  = [date] [at] [time]            (at least one of the two)
//! date  = YYYY-MM-DD | today | tomorrow | yesterday | +N[unit] | in N unit
//!       | [this | next] weekday | D month [YYYY] | month D [YYYY]
//!       | (end | start) [of] [the] [this | next] (week | month)
//! time  = H:MM[:SS] | H[:MM] am | H[:MM] pm | H[:MM] uur | noon
//! ```
//!
//! Every word may come from any language of [`super::words::LANGUAGES`] (`morgen om 9:30`,
//! `eind van de maand`). A week runs from Monday to Sunday (ISO 8601): `end of the week` is its
//! Sunday.
//!
//! Numeric dates with `/` or `.` (`12/01/2026`) are refused: countries read them differently.
//! The words themselves live in [`super::words`].

mod edge;
mod numeric;

use numeric::{ambiguous, numeric_date};

use super::words::{self, Unit};
use super::{Problem, Span};
use chrono::{Datelike, Days, NaiveDate, NaiveTime};

/// What a text says: a date, a time of day, or both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub date: Option<NaiveDate>,
    pub time: Option<NaiveTime>,
    /// The words that gave the time, as typed.
    pub time_text: String,
}

/// One word of the text: as typed, and in lower case for matching.
struct Word<'a> {
    typed: &'a str,
    lower: String,
}

/// Splits on white space and commas; `2026-12-01T10:00` is a date word and a time word.
fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    for typed in text.split(|c: char| c.is_whitespace() || c == ',') {
        if typed.is_empty() {
            continue;
        }
        let split = typed
            .char_indices()
            .nth(10)
            .filter(|&(_, c)| c == 'T' || c == 't')
            .map(|(at, _)| at)
            .filter(|&at| ymd(&typed[..at]).is_some() && typed.len() > at + 1);
        let pieces = match split {
            Some(at) => vec![&typed[..at], &typed[at + 1..]],
            None => vec![typed],
        };
        out.extend(pieces.into_iter().map(|typed| Word {
            typed,
            lower: typed.to_lowercase(),
        }));
    }
    out
}

/// Reads `text` relative to `today`. Dates are not range-checked here (see
/// [`super::is_storable`]).
pub fn read(text: &str, today: NaiveDate) -> Result<Reading, Problem> {
    read_words(&words(text), today, true)
}

/// [`read`] of words already split. `judge`: whether a refusal looks at the word it stopped on
/// alone (off for that look itself, so a long text is read at most twice).
fn read_words(words: &[Word<'_>], today: NaiveDate, judge: bool) -> Result<Reading, Problem> {
    if words.is_empty() {
        return Err(Problem::Empty);
    }
    let mut p = Parser {
        words,
        at: 0,
        today,
        judge,
    };
    let date = p.date()?;
    let mut time_text = String::new();
    let said_at = p.word().is_some_and(|w| words::is(w, |l| l.at));
    if said_at {
        p.at += 1;
    }
    let time_start = p.at;
    let time = p.time()?;
    if time.is_some() {
        time_text = p.typed(time_start, p.at);
    }
    if p.at < words.len() || time.is_none() && (date.is_none() || said_at) {
        return Err(p.stuck());
    }
    Ok(Reading {
        date,
        time,
        time_text,
    })
}

struct Parser<'a> {
    words: &'a [Word<'a>],
    at: usize,
    today: NaiveDate,
    judge: bool,
}

impl Parser<'_> {
    fn word(&self) -> Option<&str> {
        self.lower(self.at)
    }

    fn lower(&self, i: usize) -> Option<&str> {
        self.words.get(i).map(|w| w.lower.as_str())
    }

    fn typed(&self, from: usize, to: usize) -> String {
        self.words[from..to]
            .iter()
            .map(|w| w.typed)
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The error for the first word that could not be read: what came before it was understood.
    fn stuck(&self) -> Problem {
        let mut understood = self.typed(0, self.at);
        let Some(word) = self.words.get(self.at) else {
            return Problem::NotUnderstood {
                understood,
                rest: String::new(),
                known: false,
            };
        };
        // A known word run on into more letters ("yesterdayy"): that much was understood.
        let (head, rest) = match words::known_prefix(&word.lower) {
            Some(n) if word.typed.len() == word.lower.len() && word.typed.is_char_boundary(n) => {
                word.typed.split_at(n)
            }
            Some(n) => word.lower.split_at(n),
            None => ("", word.typed),
        };
        if !head.is_empty() {
            if !understood.is_empty() {
                understood.push(' ');
            }
            understood.push_str(head);
        }
        // A word that reads on its own but not in this place ("3pm tomorrow").
        let known = self.judge
            && head.is_empty()
            && self.words.len() > 1
            && read_words(&words(word.typed), self.today, false).is_ok();
        Problem::NotUnderstood {
            understood,
            rest: rest.to_string(),
            known,
        }
    }

    fn date(&mut self) -> Result<Option<NaiveDate>, Problem> {
        if let Some(date) = self.edge()? {
            return Ok(Some(date));
        }
        let Some(w) = self.word() else {
            return Ok(None);
        };
        let today = self.today;
        let next = self.lower(self.at + 1);
        if let Some(n) = words::find(w, |l| l.days) {
            self.at += 1;
            let date = match n {
                n if n < 0 => today.checked_sub_days(Days::new(n.unsigned_abs())),
                n => today.checked_add_days(Days::new(n.unsigned_abs())),
            };
            return date.map(Some).ok_or(Problem::OutOfRange);
        }
        let offset = match w.strip_prefix('+') {
            Some(rest) => Some((rest, 1)),
            None if words::is(w, |l| l.within) => Some((next.unwrap_or_default(), 2)),
            None => None,
        };
        if let Some((text, used)) = offset {
            let rest = self.lower(self.at + used);
            if let Some((span, more)) = span(text, rest)? {
                self.at += used + more;
                return span.after(today).map(Some).ok_or(Problem::OutOfRange);
            }
            // `in` was understood; what follows it was not a count and a unit.
            if used == 2 {
                self.at += 1;
                return Err(self.stuck());
            }
            return Ok(None);
        }
        let (strict, name, used) = if words::is(w, |l| l.next) {
            (true, next, 2)
        } else if words::is(w, |l| l.this) {
            (false, next, 2)
        } else {
            (false, Some(w), 1)
        };
        let weekday = name.and_then(|n| words::find(n, |l| l.weekdays));
        if weekday.is_none() && used == 2 {
            // `next` was understood; what follows it was not a weekday.
            self.at += 1;
            return Err(self.stuck());
        }
        if let Some(weekday) = weekday {
            self.at += used;
            let from = if strict {
                today.succ_opt()
            } else {
                Some(today)
            };
            let date = from.and_then(|from| {
                let ahead = (7 + weekday.num_days_from_monday()
                    - from.weekday().num_days_from_monday())
                    % 7;
                from.checked_add_days(Days::new(u64::from(ahead)))
            });
            return date.map(Some).ok_or(Problem::OutOfRange);
        }
        if let Some((y, m, d)) = ymd(w) {
            let text = w.to_string();
            self.at += 1;
            return NaiveDate::from_ymd_opt(y, m, d)
                .map(Some)
                .ok_or(Problem::NoSuchDate(text));
        }
        if numeric_date(w) {
            return Err(ambiguous(self.words[self.at].typed, today));
        }
        self.month_name_date()
    }

    /// `3 apr`, `3rd April 2027`, `apr 3`, `April 3rd 2027`.
    fn month_name_date(&mut self) -> Result<Option<NaiveDate>, Problem> {
        let (Some(a), Some(b)) = (self.word(), self.lower(self.at + 1)) else {
            return Ok(None);
        };
        let (day, month) = match (day_of_month(a), words::find(b, |l| l.months)) {
            (Some(day), Some(month)) => (day, month),
            _ => match (words::find(a, |l| l.months), day_of_month(b)) {
                (Some(month), Some(day)) => (day, month),
                _ => return Ok(None),
            },
        };
        let year = self
            .lower(self.at + 2)
            .filter(|y| y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit()))
            .and_then(|y| y.parse::<i32>().ok());
        let used = if year.is_some() { 3 } else { 2 };
        let text = self.typed(self.at, self.at + used);
        self.at += used;
        let year = year.unwrap_or(self.today.year());
        NaiveDate::from_ymd_opt(year, month, day)
            .map(Some)
            .ok_or(Problem::NoSuchDate(text))
    }

    fn time(&mut self) -> Result<Option<NaiveTime>, Problem> {
        let Some(w) = self.word() else {
            return Ok(None);
        };
        if words::is(w, |l| l.noon) {
            self.at += 1;
            return Ok(NaiveTime::from_hms_opt(12, 0, 0));
        }
        let next = self.lower(self.at + 1);
        let suffix = |text: &str| {
            let of = |list: fn(&words::Words) -> &[&'static str], clock: Clock| {
                words::strip_suffix(text, list).map(|core| (core.to_string(), clock))
            };
            of(|l| l.am, Clock::Am)
                .or_else(|| of(|l| l.pm, Clock::Pm))
                .or_else(|| of(|l| l.hours, Clock::Hours))
        };
        let (core, pm, used) = match suffix(w) {
            Some((core, clock)) if !core.is_empty() => (core, Some(clock), 1),
            _ => match next.and_then(suffix) {
                Some((rest, clock)) if rest.is_empty() => (w.to_string(), Some(clock), 2),
                _ => (w.to_string(), None, 1),
            },
        };
        let parts: Vec<&str> = core.split(':').collect();
        let shaped = parts.len() <= 3
            && parts
                .iter()
                .enumerate()
                .all(|(i, p)| (1..=2).contains(&p.len()) && (i == 0 || p.len() == 2))
            && parts.iter().all(|p| p.bytes().all(|c| c.is_ascii_digit()));
        if !shaped || (parts.len() == 1 && pm.is_none()) {
            return Ok(None);
        }
        let text = self.typed(self.at, self.at + used);
        let num = |i: usize| parts.get(i).map_or(Some(0), |p| p.parse::<u32>().ok());
        let (Some(h), Some(m), Some(s)) = (num(0), num(1), num(2)) else {
            return Err(Problem::NotATime(text));
        };
        let h = match pm {
            None | Some(Clock::Hours) => Some(h),
            Some(_) if !(1..=12).contains(&h) => None,
            Some(Clock::Am) => Some(h % 12),
            Some(Clock::Pm) => Some(h % 12 + 12),
        };
        let time = h.and_then(|h| NaiveTime::from_hms_opt(h, m, s));
        self.at += used;
        time.map(Some).ok_or(Problem::NotATime(text))
    }
}

/// What follows an hour: `am`, `pm`, or a word for the 24-hour clock (`uur`).
#[derive(Clone, Copy)]
enum Clock {
    Am,
    Pm,
    Hours,
}

/// `N` and a unit, in one word (`2w`) or two (`2 weeks`): the span and how many more words
/// it took. `None` when it is not a count and a unit; an error when the count is too large.
fn span(text: &str, next: Option<&str>) -> Result<Option<(Span, usize)>, Problem> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return Ok(None);
    }
    let (number, unit) = text.split_at(digits);
    let (unit, more) = match (unit, next) {
        ("", Some(next)) => (next, 1),
        ("", None) => return Ok(None),
        (unit, _) => (unit, 0),
    };
    let Some(unit) = words::find(unit, |l| l.units) else {
        return Ok(None);
    };
    let n: u32 = number.parse().map_err(|_| Problem::OutOfRange)?;
    let span = match unit {
        Unit::Days => Span::Days(n),
        Unit::Weeks => Span::Weeks(n),
        Unit::Months => Span::Months(n),
    };
    Ok(Some((span, more)))
}

/// `2026-12-01` (also `2026-1-5`): year, month, day. The year has four digits.
fn ymd(text: &str) -> Option<(i32, u32, u32)> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit())
    };
    if parts.next().is_some() || !digits(y, 4..=4) || !digits(m, 1..=2) || !digits(d, 1..=2) {
        return None;
    }
    Some((y.parse().ok()?, m.parse().ok()?, d.parse().ok()?))
}

/// `1`, `21st`, `3rd`: a day of the month (1 to 31).
fn day_of_month(word: &str) -> Option<u32> {
    let digits = words::strip_suffix(word, |l| l.ordinals).unwrap_or(word);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}
