//! What was wrong with a typed date or date-time, said plainly, with advice that names only
//! forms the reader accepts.

use super::{FIRST_DATE, LAST_DATE, iso, words};
use crate::t;
use chrono::NaiveDate;
use std::fmt;

/// What was wrong with a typed date or date-time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Empty,
    /// The words up to `rest` were understood (`understood` may be empty); `known` when `rest`
    /// is a date or time on its own, only not in that place.
    NotUnderstood {
        understood: String,
        rest: String,
        known: bool,
    },
    /// A numeric date such as `12/01/2026`, and the ISO dates it could mean.
    Ambiguous {
        text: String,
        readings: Vec<NaiveDate>,
    },
    /// `2026-02-30`, `31 apr`.
    NoSuchDate(String),
    /// `25:00`, `13pm`.
    NotATime(String),
    /// A time in a date-only field.
    TimeNotAllowed(String),
    /// Only a time in a date-only field.
    NoDate(String),
    /// Outside [`FIRST_DATE`]..=[`LAST_DATE`].
    OutOfRange,
}

/// What was wrong, in the user's language (see [`crate::i18n::problem`]).
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::problem(self))
    }
}

/// A problem in the domain's own English, which the English catalogue is held to (a test
/// compares them for every refusal of both tables).
pub struct English<'a>(pub &'a Problem);

impl fmt::Display for English<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Problem::Empty => write!(f, "nothing was typed"),
            Problem::NotUnderstood {
                understood, rest, ..
            } if rest.is_empty() => write!(f, "understood \"{understood}\", then it ends too soon"),
            Problem::NotUnderstood {
                understood,
                rest,
                known,
            } => {
                let what = if *known {
                    "is not expected there"
                } else {
                    "is not understood"
                };
                if understood.is_empty() {
                    write!(f, "\"{rest}\" {what}")
                } else {
                    write!(f, "understood \"{understood}\", then \"{rest}\" {what}")
                }
            }
            Problem::Ambiguous { text, readings } => {
                write!(
                    f,
                    "\"{text}\" reads differently from country to country; write "
                )?;
                match readings.as_slice() {
                    [] => write!(f, "the date as YYYY-MM-DD"),
                    [one] => write!(f, "{} (YYYY-MM-DD)", iso(*one)),
                    [one, two, ..] => write!(f, "{} or {} (YYYY-MM-DD)", iso(*one), iso(*two)),
                }
            }
            Problem::NoSuchDate(text) => write!(f, "there is no such day as \"{text}\""),
            Problem::NotATime(text) => write!(
                f,
                "\"{text}\" is not a time of day (00:00 to 23:59, or 12am to 11:59pm)"
            ),
            Problem::TimeNotAllowed(text) => {
                write!(
                    f,
                    "\"{text}\" is a time, and a time is not allowed for a date"
                )
            }
            Problem::NoDate(text) => write!(f, "\"{text}\" is a time; a date is needed"),
            Problem::OutOfRange => write!(
                f,
                "it falls outside the dates mentor can keep ({} to {})",
                iso(FIRST_DATE),
                iso(LAST_DATE)
            ),
        }
    }
}

impl Problem {
    /// Advice after a text that was not understood: forms that do work.
    pub(super) fn hint(&self, with_time: bool) -> String {
        let (Problem::Empty | Problem::NotUnderstood { .. }) = self else {
            return String::new();
        };
        let mut hint = String::new();
        // A bare number: a time without minutes, or a day without its month. After `in` it is
        // a count without its unit, which the forms below show.
        if let Problem::NotUnderstood {
            understood,
            rest,
            known: false,
        } = self
            && (1..=2).contains(&rest.len())
            && rest.bytes().all(|c| c.is_ascii_digit())
            && let Ok(n) = rest.parse::<u32>()
        {
            let after = understood.split_whitespace().last().map(str::to_lowercase);
            let counting = after.is_some_and(|w| words::is(&w, |l| l.within));
            hint = match (counting, with_time, n) {
                (true, ..) => String::new(),
                // Both forms of the advice name the same time: 12am is midnight.
                (_, true, 12) => format!(" ({})", t!("dom-date-hint-noon")),
                (_, true, 1..=11) => format!(" ({})", t!("dom-date-hint-am", n = n.to_string())),
                (_, true, 0..=23) => format!(" ({})", t!("dom-date-hint-hour", n = n.to_string())),
                (_, false, 1..=31) if understood.is_empty() => {
                    format!(" ({})", t!("dom-date-hint-day", n = n.to_string()))
                }
                _ => String::new(),
            };
        }
        // A month without its day (`march 2027`).
        if let Problem::NotUnderstood {
            understood,
            rest,
            known: false,
        } = self
            && understood.is_empty()
            && words::find(&rest.to_lowercase(), |l| l.months).is_some()
        {
            hint = format!(" ({})", t!("dom-date-hint-month", month = rest.as_str()));
        }
        if with_time {
            hint.push_str(&format!("; {}", t!("dom-date-hint-use-date-time")));
        } else {
            hint.push_str(&format!("; {}", t!("dom-date-hint-use-date")));
        }
        hint
    }
}
