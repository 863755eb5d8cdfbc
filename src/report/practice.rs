//! The practice report: the mentor's time across all mentees, month by month.
//!
//! Rules:
//! - **Period**: from `since` (by default the first day of the month eleven months before
//!   `today`, so twelve months in all) to `today`, every month listed, empty ones too.
//! - **Hours given**: the minutes of the sessions held in a month; a held session without a
//!   length counts its mentee's agreed session length, else the mentor's default, else
//!   [`derived::DEFAULT_SESSION_MINUTES`] ([`crate::domain::hours::session_minutes`]). A month is over capacity when its hours exceed the mentor's
//!   capacity (hours per month), when one is set.
//! - **Planned load**: what the active mentees' cadences ask for ([`derived::mentor_load`]).
//! - **Overdue check-ins**: active mentees whose next check-in ([`derived::next_checkin`]) is
//!   past due on `today`, most overdue first.
//! - **The mentor's energy**: the average of the energy the mentor recorded after the month's
//!   sessions, when any was recorded.

use crate::domain::derived::{self, Load};
use crate::domain::session::SessionStatus;
use crate::domain::workspace::Workspace;
use crate::t;
use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

/// One month of the practice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthLine {
    /// `YYYY-MM`.
    pub month: String,
    pub sessions: usize,
    pub minutes: u32,
    pub hours: f64,
    pub over_capacity: bool,
    /// The average of the mentor's energy after the month's sessions.
    pub mentor_energy: Option<f64>,
}

/// A check-in past due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OverdueLine {
    pub mentee: String,
    pub due: NaiveDate,
    pub days_overdue: i64,
}

/// One mentee's share of the period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MenteeLine {
    pub mentee: String,
    pub sessions: usize,
    pub hours: f64,
    pub last_held: Option<NaiveDate>,
}

/// The practice report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PracticeReport {
    pub mentor: String,
    pub today: NaiveDate,
    pub since: NaiveDate,
    pub capacity_hours_per_month: Option<f64>,
    pub months: Vec<MonthLine>,
    pub total_sessions: usize,
    pub total_hours: f64,
    pub load: Load,
    pub overdue: Vec<OverdueLine>,
    pub mentees: Vec<MenteeLine>,
}

/// The default start: the first day of the month eleven months before `today`.
pub fn default_since(today: NaiveDate) -> NaiveDate {
    let first = today.with_day(1).unwrap_or(today);
    first.checked_sub_months(Months::new(11)).unwrap_or(first)
}

/// Adds each held session of the period to its month; returns the mentor's energies per month
/// and each mentee's share.
fn count_held(
    ws: &Workspace,
    (since, today): (NaiveDate, NaiveDate),
    lines: &mut [MonthLine],
) -> (Vec<Vec<u8>>, Vec<MenteeLine>) {
    let mut energies: Vec<Vec<u8>> = vec![Vec::new(); lines.len()];
    let mut mentees = Vec::new();
    for m in &ws.mentees {
        let held: Vec<_> = m
            .sessions
            .iter()
            .filter(|s| s.status == SessionStatus::Held && s.date() >= since && s.date() <= today)
            .collect();
        let mut minutes = 0u32;
        for s in &held {
            let n = crate::domain::hours::session_minutes(s, m, &ws.mentor);
            minutes = minutes.saturating_add(n);
            let key = month_key(s.date());
            if let Some(i) = lines.iter().position(|l| l.month == key) {
                lines[i].sessions += 1;
                lines[i].minutes = lines[i].minutes.saturating_add(n);
                energies[i].extend(s.mentor_energy);
            }
        }
        if !held.is_empty() {
            mentees.push(MenteeLine {
                mentee: m.name.clone(),
                sessions: held.len(),
                hours: f64::from(minutes) / 60.0,
                last_held: held.iter().map(|s| s.date()).max(),
            });
        }
    }
    (energies, mentees)
}

fn month_key(d: NaiveDate) -> String {
    d.format("%Y-%m").to_string()
}

/// The months from `since` to `today`, each once.
fn months(since: NaiveDate, today: NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = since.with_day(1).unwrap_or(since);
    while at <= today && out.len() < 1200 {
        out.push(month_key(at));
        match at.checked_add_months(Months::new(1)) {
            Some(next) => at = next,
            None => break,
        }
    }
    out
}

/// The practice report of `ws` from `since` (see the module rules) to `today`.
pub fn practice_report(
    ws: &Workspace,
    since: Option<NaiveDate>,
    today: NaiveDate,
) -> PracticeReport {
    let since = since.unwrap_or_else(|| default_since(today));
    let capacity = ws.mentor.capacity();
    let mut lines: Vec<MonthLine> = months(since, today)
        .into_iter()
        .map(|month| MonthLine {
            month,
            sessions: 0,
            minutes: 0,
            hours: 0.0,
            over_capacity: false,
            mentor_energy: None,
        })
        .collect();
    let (energies, mentees) = count_held(ws, (since, today), &mut lines);
    for (line, e) in lines.iter_mut().zip(&energies) {
        line.hours = f64::from(line.minutes) / 60.0;
        line.over_capacity = capacity.is_some_and(|c| line.hours > c);
        line.mentor_energy =
            (!e.is_empty()).then(|| e.iter().map(|&n| f64::from(n)).sum::<f64>() / e.len() as f64);
    }
    let mut overdue: Vec<OverdueLine> = ws
        .mentees
        .iter()
        .filter_map(|m| {
            let c = derived::next_checkin(m, today)?;
            (c.days_overdue > 0).then(|| OverdueLine {
                mentee: m.name.clone(),
                due: c.due,
                days_overdue: c.days_overdue,
            })
        })
        .collect();
    overdue.sort_by(|a, b| {
        b.days_overdue
            .cmp(&a.days_overdue)
            .then(a.mentee.cmp(&b.mentee))
    });
    PracticeReport {
        mentor: ws.mentor.name.clone(),
        today,
        since,
        capacity_hours_per_month: capacity,
        total_sessions: lines.iter().map(|l| l.sessions).sum(),
        total_hours: lines.iter().map(|l| l.hours).fold(0.0, |a, b| a + b),
        months: lines,
        load: derived::mentor_load(ws),
        overdue,
        mentees,
    }
}

/// The line under the title: the mentor (`mentor`, already made safe for the page), the day and
/// the period.
pub(crate) fn meta(p: &PracticeReport, mentor: &str) -> String {
    t!(
        "rep-practice-meta",
        mentor = mentor,
        date = super::day(p.today),
        since = super::day(p.since),
        today = super::day(p.today)
    )
}

/// The sessions and hours of the period, the capacity and the planned load, in a sentence.
pub(crate) fn summary(p: &PracticeReport) -> String {
    let capacity = p
        .capacity_hours_per_month
        .map_or(t!("rep-capacity-unset"), |c| {
            t!("rep-capacity-hours", hours = format!("{c:.1}"))
        });
    t!(
        "rep-practice-summary",
        sessions = p.total_sessions,
        hours = format!("{:.1}", p.total_hours),
        capacity = capacity,
        planned = format!("{:.1}", p.load.hours_per_month)
    )
}

/// A month against the capacity: `over`, `within`, or `–` when no capacity is set.
pub(crate) fn capacity_cell(p: &PracticeReport, m: &MonthLine) -> String {
    match (p.capacity_hours_per_month, m.over_capacity) {
        (None, _) => "–".to_string(),
        (Some(_), true) => t!("rep-capacity-over"),
        (Some(_), false) => t!("rep-capacity-within"),
    }
}

/// The headers of the months' table.
pub(crate) fn month_headers() -> Vec<String> {
    vec![
        t!("rep-col-month"),
        t!("rep-col-sessions"),
        t!("rep-col-hours"),
        t!("rep-col-capacity"),
        t!("rep-col-your-energy"),
    ]
}

/// The headers of the per-mentee table.
pub(crate) fn mentee_headers() -> Vec<String> {
    vec![
        t!("rep-col-mentee"),
        t!("rep-col-sessions"),
        t!("rep-col-hours"),
        t!("rep-col-last-held"),
    ]
}
