//! Planned series of sessions: the defaults of a plan and the planning itself, the same for the
//! command line and the app's form.

use super::{Applied, Ctx, Field, OpError, check_minutes, mentee_index};
use crate::domain::derived::cadence_due;
use crate::domain::ids::{MenteeId, RecordRef, SeriesId, SessionId};
use crate::domain::rules;
use crate::domain::{
    Cadence, Channel, Mentee, Series, SeriesSlot, Session, SessionStatus, Workspace,
};
use chrono::{NaiveDate, NaiveTime};

/// How many sessions a series without an end plans.
pub const DEFAULT_COUNT: u32 = 6;

/// What a person says about a series; what they leave out comes from the mentee's agreement
/// (see [`SeriesPlan::first`], [`SeriesPlan::end`]).
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesPlan {
    /// The first date; by default the next check-in due (not before today), else tomorrow.
    pub from: Option<NaiveDate>,
    /// The local time of day, in the mentor's zone ([`Ctx::zone`]).
    pub time: NaiveTime,
    /// How often; by default the agreement's cadence.
    pub every: Option<Cadence>,
    /// How many; with `until` as well, whichever ends first.
    pub count: Option<u32>,
    pub until: Option<NaiveDate>,
    /// The length of each session; by default the agreement's.
    pub minutes: Option<u32>,
    /// The channel; by default the agreement's first.
    pub channel: Option<Channel>,
    pub agenda: String,
}

impl SeriesPlan {
    /// The first date of a series with `m` when none is given.
    pub fn first(m: &Mentee, today: NaiveDate) -> NaiveDate {
        cadence_due(m)
            .map(|d| d.max(today))
            .unwrap_or(today + chrono::Duration::days(1))
    }

    /// The end of a series from `from` when neither a count nor an end date is given: the
    /// agreement's end date when it is on or after `from`, else [`DEFAULT_COUNT`] sessions.
    pub fn end(m: &Mentee, from: NaiveDate) -> (Option<u32>, Option<NaiveDate>) {
        match m.agreement.ends_on {
            Some(end) if end >= from => (None, Some(end)),
            _ => (Some(DEFAULT_COUNT), None),
        }
    }
}

/// Plans the series: a series record and a planned session at each of its moments, all at the
/// same local time in the mentor's zone.
pub fn plan(
    ws: &mut Workspace,
    ctx: &Ctx,
    mentee: &MenteeId,
    p: SeriesPlan,
) -> Result<Applied, OpError> {
    let i = mentee_index(ws, mentee)?;
    let m = &ws.mentees[i];
    check_minutes(p.minutes)?;
    let every = p
        .every
        .or(m.agreement.cadence)
        .ok_or_else(|| OpError::NoCadence(m.name.clone()))?;
    rules::cadence(every).map_err(|e| OpError::OutOfRange(Field::Every, e))?;
    let from = p.from.unwrap_or_else(|| SeriesPlan::first(m, ctx.today));
    let (count, until) = match (p.count, p.until) {
        (None, None) => SeriesPlan::end(m, from),
        given => given,
    };
    let moments = ctx.zone.occurrences(from, p.time, every, count, until)?;
    let minutes = p.minutes.or(m.agreement.session_minutes);
    let channel = p.channel.or_else(|| m.agreement.channels.first().copied());
    let series = ws.new_id::<SeriesId>()?;
    let mut sessions = Vec::new();
    for at in &moments {
        let mut s = Session::new(ws.new_id::<SessionId>()?, *at, SessionStatus::Planned);
        s.minutes = minutes;
        s.channel = channel;
        s.agenda = p.agenda.clone();
        s.series = Some(SeriesSlot {
            id: series.clone(),
            slot: *at,
        });
        sessions.push(s);
    }
    let m = ws.mentee_mut(i);
    m.series.push(Series {
        id: series.clone(),
        every,
        first: moments[0],
        count: moments.len() as u32,
        minutes,
    });
    m.sessions.extend(sessions);
    let mut applied = Applied::mentee(i).created(RecordRef::Series(series));
    applied.count = moments.len();
    Ok(applied)
}

/// Cancels the sessions of the series still planned on or after `from` (the day each is on
/// where it is held); sessions held or cancelled, and those before `from`, stay as they are.
pub fn cancel(ws: &mut Workspace, series: &SeriesId, from: NaiveDate) -> Result<Applied, OpError> {
    let i = ws
        .mentees
        .iter()
        .position(|m| m.series.iter().any(|r| &r.id == series))
        .ok_or_else(|| crate::domain::workspace::LookupError::NoRecord {
            kind: "series",
            id: series.to_string(),
        })?;
    let mut count = 0;
    for s in &mut ws.mentee_mut(i).sessions {
        let in_series = s.series.as_ref().is_some_and(|slot| &slot.id == series);
        if in_series && s.status == SessionStatus::Planned && s.at.date_naive() >= from {
            s.status = SessionStatus::Cancelled;
            count += 1;
        }
    }
    let mut applied = Applied::mentee(i);
    applied.count = count;
    Ok(applied)
}
