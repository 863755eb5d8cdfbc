//! Dates relative to the start of a mentoring, as a template writes them: `+2w`, `+3m`, `+90d`,
//! `+1y`. The form is strict (a plus sign, a whole number, one unit letter) so a typo such as
//! `+3q` or `3m` is an error instead of a guess; the calendar arithmetic is the one of
//! [`Span::after`] (a month added to 31 January is the last day of February).

use crate::domain::dates::Span;
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The largest count a relative date may hold (far beyond any plan; keeps the arithmetic small).
pub const MAX_COUNT: u32 = 9999;

/// The unit of a relative date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelUnit {
    Days,
    Weeks,
    Months,
    Years,
}

impl RelUnit {
    fn letter(self) -> char {
        match self {
            RelUnit::Days => 'd',
            RelUnit::Weeks => 'w',
            RelUnit::Months => 'm',
            RelUnit::Years => 'y',
        }
    }
}

/// A date some days, weeks, months or years after the start date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelDate {
    pub count: u32,
    pub unit: RelUnit,
}

/// What a refusal of a relative date says after the text it quotes.
pub const REL_DATE_HINT: &str = "is not a relative date (+2w, +3m, +90d)";

impl RelDate {
    /// Reads exactly `+N` followed by `d`, `w`, `m` or `y` (N from 0 to [`MAX_COUNT`]).
    pub fn parse(text: &str) -> Option<RelDate> {
        let rest = text.strip_prefix('+')?;
        let unit = match rest.chars().last()? {
            'd' => RelUnit::Days,
            'w' => RelUnit::Weeks,
            'm' => RelUnit::Months,
            'y' => RelUnit::Years,
            _ => return None,
        };
        let digits = &rest[..rest.len() - 1];
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 4 {
            return None;
        }
        let count: u32 = digits.parse().ok()?;
        Some(RelDate { count, unit })
    }

    /// The span of calendar time it stands for (a year is twelve months).
    pub fn span(self) -> Span {
        match self.unit {
            RelUnit::Days => Span::Days(self.count),
            RelUnit::Weeks => Span::Weeks(self.count),
            RelUnit::Months => Span::Months(self.count),
            RelUnit::Years => Span::Months(self.count.saturating_mul(12)),
        }
    }

    /// The date this many days, weeks, months or years after `start` (`None` past the last
    /// date the file can hold).
    pub fn after(self, start: NaiveDate) -> Option<NaiveDate> {
        self.span().after(start)
    }

    /// `date` written relative to `start`, in the largest unit that says it exactly (years,
    /// months, weeks, else days). A date before the start is the start itself (`+0d`).
    pub fn between(start: NaiveDate, date: NaiveDate) -> RelDate {
        let days = (date - start).num_days().max(0);
        let days = u32::try_from(days).unwrap_or(u32::MAX).min(MAX_COUNT);
        let months = (1..=MAX_COUNT.min(days / 28 + 1))
            .rev()
            .find(|&n| Span::Months(n).after(start) == Some(date));
        match months {
            Some(n) if n % 12 == 0 => RelDate {
                count: n / 12,
                unit: RelUnit::Years,
            },
            Some(n) => RelDate {
                count: n,
                unit: RelUnit::Months,
            },
            None if days > 0 && days % 7 == 0 => RelDate {
                count: days / 7,
                unit: RelUnit::Weeks,
            },
            None => RelDate {
                count: days,
                unit: RelUnit::Days,
            },
        }
    }
}

impl RelDate {
    /// In words: "9 months", "1 week", "90 days".
    pub fn words(self) -> String {
        let count = self.count;
        match self.unit {
            RelUnit::Days => crate::t!("dom-rel-days", count = count),
            RelUnit::Weeks => crate::t!("dom-rel-weeks", count = count),
            RelUnit::Months => crate::t!("dom-rel-months", count = count),
            RelUnit::Years => crate::t!("dom-rel-years", count = count),
        }
    }
}

impl fmt::Display for RelDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "+{}{}", self.count, self.unit.letter())
    }
}

impl Serialize for RelDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for RelDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RelDate, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        RelDate::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(crate::t!(
                "dom-template-not-rel-date",
                text = crate::domain::text::line(&text)
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn strict_forms_only() {
        for (text, count, unit) in [
            ("+2w", 2, RelUnit::Weeks),
            ("+3m", 3, RelUnit::Months),
            ("+90d", 90, RelUnit::Days),
            ("+1y", 1, RelUnit::Years),
            ("+0d", 0, RelUnit::Days),
        ] {
            assert_eq!(
                RelDate::parse(text),
                Some(RelDate { count, unit }),
                "{text}"
            );
            assert_eq!(RelDate::parse(text).unwrap().to_string(), text);
        }
        for bad in [
            "3m",
            "+3q",
            "+m",
            "+",
            "",
            "+ 3m",
            "+3 m",
            "+3M",
            "+-3m",
            "+3mo",
            "in 3 months",
            "+3months",
            "+10000d",
            "+1.5m",
            "weekly",
        ] {
            assert_eq!(RelDate::parse(bad), None, "{bad:?} must be refused");
        }
    }

    #[test]
    fn dates_follow_the_calendar() {
        let start = day(2027, 1, 31);
        assert_eq!(
            RelDate::parse("+1m").unwrap().after(start),
            Some(day(2027, 2, 28))
        );
        assert_eq!(
            RelDate::parse("+2w").unwrap().after(start),
            Some(day(2027, 2, 14))
        );
        assert_eq!(
            RelDate::parse("+1y").unwrap().after(start),
            Some(day(2028, 1, 31))
        );
        assert_eq!(
            RelDate::parse("+90d").unwrap().after(start),
            Some(day(2027, 5, 1))
        );
        assert_eq!(RelDate::parse("+9999y").unwrap().after(start), None);
        assert_eq!(RelDate::parse("+9m").unwrap().words(), "9 months");
        assert_eq!(RelDate::parse("+1w").unwrap().words(), "1 week");
    }

    #[test]
    fn between_picks_the_largest_exact_unit() {
        let start = day(2026, 12, 1);
        let rel = |d| RelDate::between(start, d).to_string();
        assert_eq!(rel(day(2027, 3, 1)), "+3m");
        assert_eq!(rel(day(2027, 12, 1)), "+1y");
        assert_eq!(rel(day(2026, 12, 15)), "+2w");
        assert_eq!(rel(day(2026, 12, 11)), "+10d");
        assert_eq!(rel(day(2026, 12, 1)), "+0d");
        assert_eq!(rel(day(2026, 11, 1)), "+0d");
        for d in [day(2027, 3, 1), day(2026, 12, 15), day(2027, 2, 3)] {
            assert_eq!(RelDate::between(start, d).after(start), Some(d));
        }
    }
}
