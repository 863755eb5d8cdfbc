//! The limits on the numbers a store holds, in one place. The loader's validation
//! ([`super::Workspace::validate`]), the command line and the app's forms all check a value here,
//! so a value one of them accepts is never refused by another.

use super::mentee::Cadence;

/// A value outside its limits; the text says what is allowed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct OutOfRange(pub String);

/// A length in minutes (a session, the usual session length): a whole number, more than 0.
pub fn minutes(n: u32) -> Result<u32, OutOfRange> {
    if n == 0 {
        return Err(OutOfRange(crate::t!("dom-rules-minutes")));
    }
    Ok(n)
}

/// The mentor's capacity in hours per month: a number, 0 or more.
pub fn capacity_hours(hours: f64) -> Result<f64, OutOfRange> {
    if !(hours.is_finite() && hours >= 0.0) {
        return Err(OutOfRange(crate::t!(
            "dom-rules-capacity",
            hours = hours.to_string()
        )));
    }
    Ok(hours)
}

/// How often to meet: every 1 or more days, weeks or months.
pub fn cadence(c: Cadence) -> Result<Cadence, OutOfRange> {
    if c.every == 0 {
        return Err(OutOfRange(crate::t!("dom-rules-cadence")));
    }
    Ok(c)
}

/// A level on the 1 to 5 scale: a skill's level, a mood, an energy.
pub fn level(n: u8) -> Result<u8, OutOfRange> {
    if !crate::domain::path::valid_level(n) {
        return Err(OutOfRange(crate::t!("dom-rules-level", n = n.to_string())));
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::CadenceUnit;

    #[test]
    fn the_limits() {
        assert!(minutes(0).is_err());
        assert_eq!(minutes(1), Ok(1));
        assert_eq!(minutes(u32::MAX), Ok(u32::MAX));
        for bad in [-5.0, -0.1, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert!(capacity_hours(bad).is_err(), "{bad}");
        }
        assert_eq!(capacity_hours(0.0), Ok(0.0));
        assert_eq!(capacity_hours(987.65), Ok(987.65));
        let every = |every| Cadence {
            every,
            unit: CadenceUnit::Weeks,
        };
        assert!(cadence(every(0)).is_err());
        assert_eq!(cadence(every(2)), Ok(every(2)));
        assert!(level(0).is_err() && level(6).is_err());
        assert_eq!(level(1), Ok(1));
        assert_eq!(level(5), Ok(5));
    }
}
