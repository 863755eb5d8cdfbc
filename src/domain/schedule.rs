//! Time: recurring series of sessions, the agenda of the days ahead, and what falls on a day.
//!
//! A series is planned in the mentor's time zone: every occurrence is at the same local time, so
//! across a daylight-saving change the offset changes and the hour stays. A time that does not
//! exist on a given day (inside a spring-forward gap) moves an hour later; a time that exists
//! twice (fall back) takes the first. The zone is passed in; nothing here reads the clock.

use super::dates::Span;
use super::derived::{CheckIn, next_checkin};
use super::goal::{Goal, Milestone};
use super::mentee::{Cadence, Mentee, MenteeStatus};
use super::session::{ActionItem, Session, SessionStatus};
use super::workspace::Workspace;
use chrono::{
    DateTime, Duration, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone,
};
use std::sync::Arc;

/// The most sessions one series may plan.
pub const MAX_SERIES: u32 = 200;

/// Why a series could not be planned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("a series needs a number of sessions (1 to {MAX_SERIES}) or an end date")]
    NoEnd,
    #[error("the end date {0} is before the first session")]
    EndBeforeStart(NaiveDate),
    #[error("that would plan more than {MAX_SERIES} sessions; plan a shorter series")]
    TooMany,
    #[error("the date is out of the calendar's range")]
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
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(dt) => Some(dt.fixed_offset()),
        LocalResult::Ambiguous(first, _) => Some(first.fixed_offset()),
        // In a gap: the same wall-clock time an hour later exists.
        LocalResult::None => tz
            .from_local_datetime(&(naive + Duration::hours(1)))
            .earliest()
            .map(|dt| dt.fixed_offset()),
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
        let date = scaled(every.span(), k)
            .and_then(|s| s.after(from))
            .ok_or(ScheduleError::OutOfRange)?;
        if until.is_some_and(|end| date > end) {
            break;
        }
        if out.len() as u32 == MAX_SERIES {
            return Err(ScheduleError::TooMany);
        }
        out.push(local_moment(tz, date, time).ok_or(ScheduleError::OutOfRange)?);
    }
    Ok(out)
}

/// What needs attention in the days ahead.
#[derive(Debug, Clone, Default)]
pub struct Agenda<'a> {
    /// Check-ins overdue, or due in the window with no session planned by their date.
    pub checkins: Vec<(&'a Mentee, CheckIn)>,
    /// Planned sessions in the window, soonest first.
    pub sessions: Vec<(&'a Mentee, &'a Session)>,
    /// Open action items due by the window's end (overdue ones included), earliest first.
    pub actions: Vec<(&'a Mentee, &'a ActionItem)>,
    /// Open milestones due by the window's end, earliest first.
    pub milestones: Vec<(&'a Mentee, &'a Goal, &'a Milestone)>,
}

/// The agenda of the `days` days from `today` (today included), across mentees who are not
/// concluded.
pub fn agenda(ws: &Workspace, today: NaiveDate, days: u32) -> Agenda<'_> {
    let end = today + Duration::days(i64::from(days));
    let mut a = Agenda::default();
    for m in ws
        .mentees
        .iter()
        .map(Arc::as_ref)
        .filter(|m| m.status != MenteeStatus::Concluded)
    {
        let planned: Vec<&Session> = m
            .sessions
            .iter()
            .filter(|s| s.status == SessionStatus::Planned && s.date() >= today)
            .collect();
        if let Some(c) = next_checkin(m, today) {
            // An overdue check-in is always listed (the cadence slipped, whatever is planned
            // now); one falling due in the window only when nothing is planned by its date.
            let covered = planned.iter().any(|s| s.date() <= c.due);
            if c.days_overdue > 0 || (c.due < end && !covered) {
                a.checkins.push((m, c));
            }
        }
        a.sessions
            .extend(planned.iter().filter(|s| s.date() < end).map(|s| (m, *s)));
        for s in &m.sessions {
            a.actions.extend(
                s.actions
                    .iter()
                    .filter(|x| !x.is_done() && x.due.is_some_and(|d| d < end))
                    .map(|x| (m, x)),
            );
        }
        for g in m.goals.iter().filter(|g| g.status.is_open()) {
            a.milestones.extend(
                g.milestones
                    .iter()
                    .filter(|k| !k.is_done() && k.due.is_some_and(|d| d < end))
                    .map(|k| (m, g, k)),
            );
        }
    }
    a.checkins.sort_by_key(|(_, c)| c.due);
    a.sessions.sort_by_key(|(_, s)| s.at);
    a.actions.sort_by_key(|(_, x)| x.due);
    a.milestones.sort_by_key(|(_, _, k)| k.due);
    a
}

/// Everything that falls on one day.
#[derive(Debug, Clone, Default)]
pub struct Day<'a> {
    pub sessions: Vec<(&'a Mentee, &'a Session)>,
    pub actions: Vec<(&'a Mentee, &'a ActionItem)>,
    pub milestones: Vec<(&'a Mentee, &'a Milestone)>,
    pub goals: Vec<(&'a Mentee, &'a Goal)>,
}

impl Day<'_> {
    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
            && self.actions.is_empty()
            && self.milestones.is_empty()
            && self.goals.is_empty()
    }
}

/// What falls on `date`: sessions (not cancelled), and open action items, milestones and goals
/// due that day.
pub fn day(ws: &Workspace, date: NaiveDate) -> Day<'_> {
    let mut d = Day::default();
    for m in ws.mentees.iter().map(Arc::as_ref) {
        d.sessions.extend(
            m.sessions
                .iter()
                .filter(|s| s.status != SessionStatus::Cancelled && s.date() == date)
                .map(|s| (m, s)),
        );
        for s in &m.sessions {
            d.actions.extend(
                s.actions
                    .iter()
                    .filter(|x| !x.is_done() && x.due == Some(date))
                    .map(|x| (m, x)),
            );
        }
        for g in &m.goals {
            if g.status.is_open() && g.due == Some(date) {
                d.goals.push((m, g));
            }
            d.milestones.extend(
                g.milestones
                    .iter()
                    .filter(|k| !k.is_done() && k.due == Some(date))
                    .map(|k| (m, k)),
            );
        }
    }
    d.sessions.sort_by_key(|(_, s)| s.at);
    d
}

/// For each day of the month of `any_day`: how many sessions and how many things are due.
pub fn month(ws: &Workspace, any_day: NaiveDate) -> Vec<(NaiveDate, usize, usize)> {
    use chrono::Datelike;
    let Some(first) = any_day.with_day(1) else {
        return Vec::new();
    };
    let days: Vec<NaiveDate> = first
        .iter_days()
        .take_while(|d| d.month() == first.month())
        .collect();
    let index = |d: NaiveDate| {
        (d.month() == first.month() && d.year() == first.year()).then(|| d.day0() as usize)
    };
    let mut counts: Vec<(NaiveDate, usize, usize)> = days.iter().map(|d| (*d, 0, 0)).collect();
    for m in ws.mentees.iter().map(Arc::as_ref) {
        for s in m
            .sessions
            .iter()
            .filter(|s| s.status != SessionStatus::Cancelled)
        {
            if let Some(i) = index(s.date()) {
                counts[i].1 += 1;
            }
            for x in s.actions.iter().filter(|x| !x.is_done()) {
                if let Some(i) = x.due.and_then(index) {
                    counts[i].2 += 1;
                }
            }
        }
        for g in m.goals.iter().filter(|g| g.status.is_open()) {
            if let Some(i) = g.due.and_then(index) {
                counts[i].2 += 1;
            }
            for k in g.milestones.iter().filter(|k| !k.is_done()) {
                if let Some(i) = k.due.and_then(index) {
                    counts[i].2 += 1;
                }
            }
        }
    }
    counts
}

/// Hours of sessions actually planned (not cancelled, not yet held) in the 30 days from `today`,
/// using each session's length, else the agreement's, else the mentor's default, else 60 minutes.
pub fn planned_hours(ws: &Workspace, today: NaiveDate) -> f64 {
    let end = today + Duration::days(30);
    let default = ws
        .mentor
        .default_session_minutes
        .unwrap_or(super::derived::DEFAULT_SESSION_MINUTES);
    ws.mentees
        .iter()
        .flat_map(|m| {
            m.sessions
                .iter()
                .filter(|s| {
                    s.status == SessionStatus::Planned && s.date() >= today && s.date() < end
                })
                .map(move |s| s.minutes.or(m.agreement.session_minutes).unwrap_or(default))
        })
        .map(|min| f64::from(min) / 60.0)
        // A fold, not `sum`: an empty float sum is -0.0, which prints as "-0.0".
        .fold(0.0, |a, b| a + b)
}

#[cfg(test)]
mod tests;
