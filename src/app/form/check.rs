//! What a field accepts, checked as the user types: the reading of dates, times and levels,
//! the reason a value is refused, and the preview of what it resolves to.

use super::{Field, FieldKind};
use crate::domain::Cadence;
use crate::domain::dates::{iso, parse_date};
use crate::domain::schedule::Zone;
use crate::t;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};

/// A date and time typed into a form, read as the command line reads it
/// ([`crate::domain::dates::parse_moment`]) in the mentor's `zone`.
pub fn read_datetime(
    text: &str,
    today: NaiveDate,
    zone: Zone,
) -> Result<DateTime<FixedOffset>, crate::domain::dates::DateError> {
    zone.parse_moment(text, today)
}

/// What a field answers to a level typed into it: 1 to 5 as the domain's rule says, else the
/// reason, short enough to stand under the field.
pub fn read_level(text: &str) -> Result<u8, String> {
    let say = || t!("app-check-level");
    text.trim()
        .parse::<u8>()
        .map_err(|_| say())
        .and_then(|n| crate::domain::rules::level(n).map_err(|_| say()))
}

impl Field {
    /// Checks the value; the error says what is wrong in a few words.
    pub fn check(&self, today: NaiveDate, zone: Zone) -> Result<(), String> {
        let v = self.value().trim();
        match self.kind {
            FieldKind::Text
            | FieldKind::Notes
            | FieldKind::Choice(_)
            | FieldKind::List
            | FieldKind::Pick => Ok(()),
            FieldKind::Required if v.is_empty() => Err(t!("app-check-required")),
            FieldKind::Required => Ok(()),
            FieldKind::Date { required } if v.is_empty() => {
                if required {
                    Err(t!("app-check-required"))
                } else {
                    Ok(())
                }
            }
            FieldKind::Date { .. } => parse_date(v, today)
                .map(|_| ())
                .map_err(|e| crate::i18n::date_error_short(&e)),
            FieldKind::DateTime => read_datetime(v, today, zone)
                .map(|_| ())
                .map_err(|e| crate::i18n::date_error_short(&e)),
            FieldKind::Minutes if v.is_empty() => Ok(()),
            FieldKind::Minutes => match v.parse::<u32>().map(crate::domain::rules::minutes) {
                Ok(Ok(_)) => Ok(()),
                _ => Err(t!("app-check-minutes")),
            },
            FieldKind::Number { required } if v.is_empty() => {
                if required {
                    Err(t!("app-check-required"))
                } else {
                    Ok(())
                }
            }
            FieldKind::Number { .. } => match v.parse::<f64>() {
                Ok(n) if n.is_finite() => Ok(()),
                _ => Err(t!("app-check-number")),
            },
            FieldKind::Time => NaiveTime::parse_from_str(v, "%H:%M")
                .map(|_| ())
                .map_err(|_| t!("app-check-time")),
            FieldKind::Count if v.is_empty() => Ok(()),
            FieldKind::Count => match v.parse::<u32>() {
                Ok(n) if n > 0 => Ok(()),
                _ => Err(t!("app-check-count")),
            },
            FieldKind::Level if v.is_empty() => Ok(()),
            FieldKind::Level => read_level(v).map(|_| ()),
            FieldKind::Cadence if v.is_empty() => Ok(()),
            FieldKind::Cadence => Cadence::parse(v)
                .map(|_| ())
                .map_err(|_| t!("app-check-cadence")),
        }
    }

    /// What a date or cadence resolves to, shown as the user types.
    pub fn preview(&self, today: NaiveDate, zone: Zone) -> Option<String> {
        let v = self.value().trim();
        if v.is_empty() {
            return None;
        }
        match self.kind {
            FieldKind::Date { .. } => parse_date(v, today)
                .ok()
                .filter(|d| iso(*d).to_string() != v)
                .map(|d| format!("→ {}", iso(d))),
            FieldKind::DateTime => read_datetime(v, today, zone).ok().map(|d| {
                format!(
                    "→ {}",
                    crate::i18n::date::with_weekday(&d, d.format("%Y-%m-%d %H:%M"))
                )
            }),
            FieldKind::Cadence => Cadence::parse(v).ok().map(|c| format!("→ {c}")),
            FieldKind::Pick => self.picks.note(),
            FieldKind::Number { .. } => self.toward.as_ref().and_then(|m| {
                let n = v.parse::<f64>().ok().filter(|n| n.is_finite())?;
                Some(format!("→ {}", crate::app::reply::toward_words(m, n)))
            }),
            _ => None,
        }
    }
}
