//! Hours given (issue 20): the minutes of the sessions held, per mentee and month, over a year,
//! against the mentor's capacity.
//!
//! Rules:
//! - **A session's minutes**: a held session counts its own length; without one, its mentee's
//!   agreed session length, else the mentor's default, else [`DEFAULT_SESSION_MINUTES`] (as the
//!   practice report and the planned load count). Planned and cancelled sessions count nothing.
//! - **The year**: the [`MONTHS`] calendar months ending with the month of `today` (the period
//!   of a practice report by default); a session counts in the month of its day, and only up to
//!   `today` (a session marked held on a later day counts nothing yet).
//! - **Against the capacity**: a month is over when all mentees' hours in it exceed the mentor's
//!   capacity (hours a month, [`MentorProfile::capacity`]); the year's capacity is twelve times
//!   the month's.

use super::derived::DEFAULT_SESSION_MINUTES;
use super::ids::MenteeId;
use super::mentee::Mentee;
use super::session::{Session, SessionStatus};
use super::workspace::{MentorProfile, Workspace};
use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

/// How many months make the year.
pub const MONTHS: usize = 12;

/// The minutes `s` of `m` counts (see the module rules), held or not.
pub fn session_minutes(s: &Session, m: &Mentee, mentor: &MentorProfile) -> u32 {
    s.minutes
        .or(m.agreement.session_minutes)
        .or(mentor.default_session_minutes)
        .unwrap_or(DEFAULT_SESSION_MINUTES)
}

/// True when `s` counts its minutes on `today`: held, and not dated after today (a session
/// marked held on a later day counts nothing yet).
pub fn counts(s: &Session, today: NaiveDate) -> bool {
    s.status == SessionStatus::Held && s.date() <= today
}

/// Minutes as hours.
pub fn as_hours(minutes: u32) -> f64 {
    f64::from(minutes) / 60.0
}

/// The first days of the [`MONTHS`] months ending with `today`'s, oldest first.
pub fn year_months(today: NaiveDate) -> Vec<NaiveDate> {
    let first = today.with_day(1).unwrap_or(today);
    (0..MONTHS)
        .rev()
        .map(|back| {
            first
                .checked_sub_months(Months::new(back as u32))
                .unwrap_or(first)
        })
        .collect()
}

/// One mentee's minutes in each month of the year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MenteeHours {
    pub id: MenteeId,
    pub name: String,
    /// Minutes per month, in the order of [`Hours::months`].
    pub minutes: Vec<u32>,
}

impl MenteeHours {
    /// The minutes of the whole year.
    pub fn year_minutes(&self) -> u32 {
        self.minutes.iter().fold(0, |a, &b| a.saturating_add(b))
    }
}

/// The hours of every mentee over the year, and the capacity they stand against.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hours {
    /// The first day of each month, oldest first; the last is `today`'s month.
    pub months: Vec<NaiveDate>,
    /// Every mentee, in the workspace's order.
    pub mentees: Vec<MenteeHours>,
    /// All mentees' minutes per month.
    pub totals: Vec<u32>,
    pub capacity_hours_per_month: Option<f64>,
}

/// One month of one mentee's year, beside all mentees' and the capacity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthHours {
    /// `YYYY-MM`.
    pub month: String,
    pub hours: f64,
    pub all_mentees: f64,
    pub over_capacity: bool,
}

/// One mentee's year, as `mentor summary` and the Overview show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MenteeYear {
    pub months: Vec<MonthHours>,
    pub year_hours: f64,
    pub all_mentees_year_hours: f64,
    pub capacity_hours_per_month: Option<f64>,
    pub capacity_hours_per_year: Option<f64>,
}

impl Hours {
    /// True when all mentees' hours in month `i` exceed the capacity.
    pub fn over(&self, i: usize) -> bool {
        let hours = self.totals.get(i).copied().map_or(0.0, as_hours);
        self.capacity_hours_per_month.is_some_and(|c| hours > c)
    }

    /// All mentees' minutes over the year.
    pub fn year_minutes(&self) -> u32 {
        self.totals.iter().fold(0, |a, &b| a.saturating_add(b))
    }

    /// The year of the mentee `id` (all months naught when it has none).
    pub fn of(&self, id: &MenteeId) -> MenteeYear {
        let mine = self.mentees.iter().find(|h| &h.id == id);
        let months = self
            .months
            .iter()
            .enumerate()
            .map(|(i, first)| MonthHours {
                month: first.format("%Y-%m").to_string(),
                hours: as_hours(mine.and_then(|h| h.minutes.get(i)).copied().unwrap_or(0)),
                all_mentees: as_hours(self.totals.get(i).copied().unwrap_or(0)),
                over_capacity: self.over(i),
            })
            .collect();
        MenteeYear {
            months,
            year_hours: as_hours(mine.map_or(0, MenteeHours::year_minutes)),
            all_mentees_year_hours: as_hours(self.year_minutes()),
            capacity_hours_per_month: self.capacity_hours_per_month,
            capacity_hours_per_year: self.capacity_hours_per_month.map(|c| c * MONTHS as f64),
        }
    }
}

/// The hours of `ws` over the year ending with `today`'s month (see the module rules).
pub fn hours(ws: &Workspace, today: NaiveDate) -> Hours {
    let months = year_months(today);
    let index = |d: NaiveDate| {
        let first = d.with_day(1)?;
        months.iter().position(|m| *m == first)
    };
    let mut totals = vec![0u32; months.len()];
    let mentees = ws
        .mentees
        .iter()
        .map(|m| {
            let mut minutes = vec![0u32; months.len()];
            let held = m.sessions.iter().filter(|s| counts(s, today));
            for s in held {
                if let Some(i) = index(s.date()) {
                    let n = session_minutes(s, m, &ws.mentor);
                    minutes[i] = minutes[i].saturating_add(n);
                    totals[i] = totals[i].saturating_add(n);
                }
            }
            MenteeHours {
                id: m.id.clone(),
                name: m.name.clone(),
                minutes,
            }
        })
        .collect();
    Hours {
        months,
        mentees,
        totals,
        capacity_hours_per_month: ws.mentor.capacity(),
    }
}

#[cfg(test)]
mod tests;
