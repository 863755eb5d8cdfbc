//! A refused date in the user's language: what a form shows next to the field. The domain
//! decides what is wrong ([`DateError::short_reason`], [`Problem`]); this says it.

use crate::domain::dates::{DateError, FIRST_DATE, LAST_DATE, Problem, Short, iso};
use crate::t;

/// The few words a form shows next to a refused date field, in the current language.
pub fn date_error_short(error: &DateError) -> String {
    match error.short_reason() {
        Short::NotADate => t!("date-short-not-a-date"),
        Short::NotADateTime => t!("date-short-not-a-date-time"),
        Short::Cadence => t!("date-short-cadence"),
        Short::Problem(p) => problem(p),
    }
}

/// What was wrong with a typed date, in the current language.
pub fn problem(p: &Problem) -> String {
    match p {
        Problem::Empty => t!("date-empty"),
        Problem::NotUnderstood {
            understood, rest, ..
        } if rest.is_empty() => t!("date-ends-too-soon", understood = understood.as_str()),
        Problem::NotUnderstood {
            understood,
            rest,
            known,
        } => match (understood.is_empty(), known) {
            (true, false) => t!("date-not-understood", rest = rest.as_str()),
            (true, true) => t!("date-not-expected", rest = rest.as_str()),
            (false, false) => t!(
                "date-understood-then-not-understood",
                understood = understood.as_str(),
                rest = rest.as_str()
            ),
            (false, true) => t!(
                "date-understood-then-not-expected",
                understood = understood.as_str(),
                rest = rest.as_str()
            ),
        },
        Problem::Ambiguous { text, readings } => {
            let readings = match readings.as_slice() {
                [] => t!("date-ambiguous-none"),
                [one] => t!("date-ambiguous-one", date = iso(*one).to_string()),
                [one, two, ..] => t!(
                    "date-ambiguous-two",
                    first = iso(*one).to_string(),
                    second = iso(*two).to_string()
                ),
            };
            t!("date-ambiguous", text = text.as_str(), readings = readings)
        }
        Problem::NoSuchDate(text) => t!("date-no-such-day", text = text.as_str()),
        Problem::NotATime(text) => t!("date-not-a-time", text = text.as_str()),
        Problem::TimeNotAllowed(text) => t!("date-time-not-allowed", text = text.as_str()),
        Problem::NoDate(text) => t!("date-no-date", text = text.as_str()),
        Problem::OutOfRange => t!(
            "date-out-of-range",
            first = iso(FIRST_DATE).to_string(),
            last = iso(LAST_DATE).to_string()
        ),
    }
}
