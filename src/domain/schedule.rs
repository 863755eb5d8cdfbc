//! Time: recurring series of sessions, the agenda of the days ahead, and what falls on a day.
//!
//! A series is planned in the mentor's time zone: every occurrence is at the same local time, so
//! across a daylight-saving change the offset changes and the hour stays. A time that does not
//! exist on a given day (inside a spring-forward gap) moves an hour later (in a skipped day, by
//! the length of the gap); a time that exists twice (fall back) takes the first. The zone is passed in; nothing here reads the clock.

use super::dates::{FIRST_DATE, LAST_DATE, Span, is_storable, iso, storable_moment};
use super::mentee::Cadence;
use chrono::{
    DateTime, Duration, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    TimeZone,
};

/// The most sessions one series may plan.
pub const MAX_SERIES: u32 = 200;

/// Why a series could not be planned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("{}", crate::t!("dom-schedule-no-end", max = MAX_SERIES))]
    NoEnd,
    #[error("{}", crate::t!("dom-schedule-end-before-start", end = .0.to_string()))]
    EndBeforeStart(NaiveDate),
    #[error("{}", crate::t!("dom-schedule-too-many", max = MAX_SERIES))]
    TooMany,
    #[error(
        "{}",
        crate::t!("dom-schedule-out-of-range", first = iso(FIRST_DATE).to_string(), last = iso(LAST_DATE).to_string())
    )]
    OutOfRange,
}

/// `span` taken `times` times.
fn scaled(span: Span, times: u32) -> Option<Span> {
    Some(match span {
        Span::Days(n) => Span::Days(n.checked_mul(times)?),
        Span::Weeks(n) => Span::Weeks(n.checked_mul(times)?),
        Span::Months(n) => Span::Months(n.checked_mul(times)?),
    })
}

/// The moment `date` at `time` local time in `tz`, as a fixed offset.
pub fn local_moment<Tz: TimeZone>(
    tz: &Tz,
    date: NaiveDate,
    time: NaiveTime,
) -> Option<DateTime<FixedOffset>> {
    let naive = NaiveDateTime::new(date, time);
    match first(tz.from_local_datetime(&naive)) {
        Some(dt) => Some(dt.fixed_offset()),
        // In a gap: the same wall-clock time an hour later exists; in a longer one (a day a
        // zone skipped), the time read with the offset before the gap.
        None => first(tz.from_local_datetime(&(naive + Duration::hours(1))))
            .or_else(|| {
                let before = first(tz.from_local_datetime(&(naive - Duration::days(1))))?;
                let offset = before.offset().fix().local_minus_utc();
                Some(tz.from_utc_datetime(&(naive - Duration::seconds(i64::from(offset)))))
            })
            .map(|dt| dt.fixed_offset()),
    }
}

/// The earlier of a time that exists twice (the zone's order is not relied on: chrono's
/// system zone lists the later one first), or the only one.
fn first<Tz: TimeZone>(found: LocalResult<DateTime<Tz>>) -> Option<DateTime<Tz>> {
    match found {
        LocalResult::Single(dt) => Some(dt),
        LocalResult::Ambiguous(a, b) => Some(a.min(b)),
        LocalResult::None => None,
    }
}

/// The mentor's time zone: a named zone with its daylight-saving rules (from the embedded zone
/// database), or a fixed offset when the name is not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    Named(chrono_tz::Tz),
    Fixed(FixedOffset),
}

impl Zone {
    /// `date` at `time` local time in this zone.
    pub fn moment(&self, date: NaiveDate, time: NaiveTime) -> Option<DateTime<FixedOffset>> {
        match self {
            Zone::Named(tz) => local_moment(tz, date, time),
            Zone::Fixed(offset) => local_moment(offset, date, time),
        }
    }

    /// The offset in force at the start of `date` (for reading typed times).
    pub fn offset_on(&self, date: NaiveDate) -> FixedOffset {
        self.moment(date, NaiveTime::MIN)
            .map_or_else(|| chrono::Offset::fix(&chrono::Utc), |m| *m.offset())
    }

    /// A date and time typed by a person ([`super::dates::parse_moment`]), read in this zone:
    /// the one reader of typed moments for the command line and the forms.
    pub fn parse_moment(
        &self,
        text: &str,
        today: NaiveDate,
    ) -> Result<DateTime<FixedOffset>, super::dates::DateError> {
        match self {
            Zone::Named(tz) => super::dates::parse_moment(text, today, tz),
            Zone::Fixed(offset) => super::dates::parse_moment(text, today, offset),
        }
    }

    /// [`occurrences`] in this zone.
    pub fn occurrences(
        &self,
        from: NaiveDate,
        time: NaiveTime,
        every: Cadence,
        count: Option<u32>,
        until: Option<NaiveDate>,
    ) -> Result<Vec<DateTime<FixedOffset>>, ScheduleError> {
        match self {
            Zone::Named(tz) => occurrences(tz, from, time, every, count, until),
            Zone::Fixed(offset) => occurrences(offset, from, time, every, count, until),
        }
    }
}

/// The moments of a series that starts on `from` at `time` (local time in `tz`) and repeats
/// every `every`: `count` of them, or as many as fall on or before `until`. Each date is counted
/// from the start (so a monthly series from 31 January falls on the last day of shorter months
/// and comes back to the 31st).
pub fn occurrences<Tz: TimeZone>(
    tz: &Tz,
    from: NaiveDate,
    time: NaiveTime,
    every: Cadence,
    count: Option<u32>,
    until: Option<NaiveDate>,
) -> Result<Vec<DateTime<FixedOffset>>, ScheduleError> {
    if let Some(end) = until
        && end < from
    {
        return Err(ScheduleError::EndBeforeStart(end));
    }
    let limit = match (count, until) {
        (Some(0), _) => return Err(ScheduleError::NoEnd),
        (Some(n), _) if n > MAX_SERIES => return Err(ScheduleError::TooMany),
        (Some(n), _) => n,
        (None, Some(_)) => MAX_SERIES + 1,
        (None, None) => return Err(ScheduleError::NoEnd),
    };
    let mut out = Vec::new();
    for k in 0..limit {
        let Some(date) = scaled(every.span(), k).and_then(|s| s.after(from)) else {
            // Past the last date the file can hold: also past an end date it can hold.
            if until.is_some_and(is_storable) {
                break;
            }
            return Err(ScheduleError::OutOfRange);
        };
        if until.is_some_and(|end| date > end) {
            break;
        }
        if out.len() as u32 == MAX_SERIES {
            return Err(ScheduleError::TooMany);
        }
        let moment = local_moment(tz, date, time).and_then(storable_moment);
        out.push(moment.ok_or(ScheduleError::OutOfRange)?);
    }
    Ok(out)
}

mod dated;
pub use dated::{
    ActionAt, Agenda, AgendaAt, Day, DayAt, GoalAt, MenteeAgenda, MenteeMonth, MilestoneAt,
    SessionAt, action_at, agenda, goal_at, merge_month, milestone_at, month_days, planned_hours,
    session_at,
};

#[cfg(test)]
mod tests;
