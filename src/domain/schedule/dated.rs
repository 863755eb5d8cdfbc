//! What is dated across mentees: the agenda of the days ahead, the days of a month, and the hours
//! planned.
//!
//! Each view is computed as positions in the workspace ([`AgendaAt`], [`DayAt`]): indexes of a
//! mentee and of a record within it. Positions own nothing, so a screen can keep them while the
//! workspace is unchanged and look up only the rows it shows; [`Agenda`] and [`Day`] are the
//! same views with the records themselves, for callers that want everything at once.

use super::super::derived::{CheckIn, cadence_checkin};
use super::super::goal::{Goal, Milestone};
use super::super::mentee::{Mentee, MenteeStatus};
use super::super::session::{ActionItem, Session, SessionStatus};
use super::super::workspace::Workspace;
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate};

/// A session: the mentee's index and the session's index in that mentee's sessions.
pub type SessionAt = (usize, usize);
/// An action item: mentee, session, action.
pub type ActionAt = (usize, usize, usize);
/// A milestone: mentee, goal, milestone.
pub type MilestoneAt = (usize, usize, usize);
/// A goal: mentee, goal.
pub type GoalAt = (usize, usize);

/// The session at a position, with its mentee.
pub fn session_at(ws: &Workspace, (m, s): SessionAt) -> Option<(&Mentee, &Session)> {
    let mentee = ws.mentees.get(m)?;
    Some((mentee, mentee.sessions.get(s)?))
}

/// The action item at a position, with its mentee.
pub fn action_at(ws: &Workspace, (m, s, x): ActionAt) -> Option<(&Mentee, &ActionItem)> {
    let mentee = ws.mentees.get(m)?;
    Some((mentee, mentee.sessions.get(s)?.actions.get(x)?))
}

/// The milestone at a position, with its mentee and goal.
pub fn milestone_at(
    ws: &Workspace,
    (m, g, k): MilestoneAt,
) -> Option<(&Mentee, &Goal, &Milestone)> {
    let mentee = ws.mentees.get(m)?;
    let goal = mentee.goals.get(g)?;
    Some((mentee, goal, goal.milestones.get(k)?))
}

/// The goal at a position, with its mentee.
pub fn goal_at(ws: &Workspace, (m, g): GoalAt) -> Option<(&Mentee, &Goal)> {
    let mentee = ws.mentees.get(m)?;
    Some((mentee, mentee.goals.get(g)?))
}

/// The records at `positions`, looked up with `get` (a position that does not resolve is left
/// out).
fn resolve_all<'w, P: Copy, R>(
    ws: &'w Workspace,
    positions: &[P],
    get: impl Fn(&'w Workspace, P) -> Option<R>,
) -> Vec<R> {
    positions.iter().filter_map(|&at| get(ws, at)).collect()
}

/// What needs attention in the days ahead, as positions in the workspace.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgendaAt {
    /// Mentees whose mood fell on their last three held sessions in a row
    /// ([`crate::domain::mood::fell_three_in_a_row`]), in the order of the file.
    pub mood_falls: Vec<usize>,
    /// Check-ins overdue, or due in the window with no session planned by their date (mentee
    /// index and check-in), earliest first.
    pub checkins: Vec<(usize, CheckIn)>,
    /// Planned sessions in the window, soonest first.
    pub sessions: Vec<SessionAt>,
    /// Open action items due by the window's end (overdue ones included), earliest first.
    pub actions: Vec<ActionAt>,
    /// Open milestones of open goals due by the window's end, earliest first.
    pub milestones: Vec<MilestoneAt>,
}

/// What needs attention in the days ahead.
#[derive(Debug, Clone, Default)]
pub struct Agenda<'a> {
    pub mood_falls: Vec<&'a Mentee>,
    pub checkins: Vec<(&'a Mentee, CheckIn)>,
    pub sessions: Vec<(&'a Mentee, &'a Session)>,
    pub actions: Vec<(&'a Mentee, &'a ActionItem)>,
    pub milestones: Vec<(&'a Mentee, &'a Goal, &'a Milestone)>,
}

/// One mentee's share of the agenda: positions within that mentee, each with what it is sorted by.
/// [`AgendaAt::merge`] puts the shares of every mentee together.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MenteeAgenda {
    /// The mood fell on the last three held sessions in a row.
    mood_fell: bool,
    checkin: Option<CheckIn>,
    /// Session index and moment.
    sessions: Vec<(usize, DateTime<FixedOffset>)>,
    /// Session index, action index, due date.
    actions: Vec<(usize, usize, NaiveDate)>,
    /// Goal index, milestone index, due date.
    milestones: Vec<(usize, usize, NaiveDate)>,
}

impl MenteeAgenda {
    /// What of `m` belongs in the agenda of the `days` days from `today` (nothing for a mentee
    /// whose mentoring is concluded).
    pub fn of(m: &Mentee, today: NaiveDate, days: u32) -> MenteeAgenda {
        let mut a = MenteeAgenda::default();
        if m.status == MenteeStatus::Concluded {
            return a;
        }
        a.mood_fell = crate::domain::mood::fell_three_in_a_row(m);
        let end = today + Duration::days(i64::from(days));
        let planned = |s: &Session| s.status == SessionStatus::Planned && s.date() >= today;
        // The cadence's check-in, not the next planned session: the agenda shows where the
        // cadence slipped against what is planned.
        if let Some(c) = cadence_checkin(m, today) {
            // An overdue check-in is always listed (the cadence slipped, whatever is planned
            // now); one falling due in the window only when nothing is planned by its date.
            let covered = m.sessions.iter().any(|s| planned(s) && s.date() <= c.due);
            if c.days_overdue > 0 || (c.due < end && !covered) {
                a.checkin = Some(c);
            }
        }
        for (si, s) in m.sessions.iter().enumerate() {
            if planned(s) && s.date() < end {
                a.sessions.push((si, s.at));
            }
            for (xi, x) in s.actions.iter().enumerate() {
                if let Some(due) = x.due.filter(|d| !x.is_done() && *d < end) {
                    a.actions.push((si, xi, due));
                }
            }
        }
        for (gi, g) in m.goals.iter().enumerate() {
            if !g.status.is_open() {
                continue;
            }
            for (ki, k) in g.milestones.iter().enumerate() {
                if let Some(due) = k.due.filter(|d| !k.is_done() && *d < end) {
                    a.milestones.push((gi, ki, due));
                }
            }
        }
        a
    }
}

impl AgendaAt {
    /// The `days` days from `today` (today included), across mentees who are not concluded.
    pub fn of(ws: &Workspace, today: NaiveDate, days: u32) -> AgendaAt {
        let shares: Vec<MenteeAgenda> = ws
            .mentees
            .iter()
            .map(|m| MenteeAgenda::of(m, today, days))
            .collect();
        AgendaAt::merge(&shares)
    }

    /// The agenda made of each mentee's share, `shares[i]` being the share of mentee `i`. Each
    /// list is in date order; records of the same date keep the order of the file.
    pub fn merge<S: std::borrow::Borrow<MenteeAgenda>>(shares: &[S]) -> AgendaAt {
        let mut mood_falls = Vec::new();
        let mut checkins = Vec::new();
        let mut sessions = Vec::new();
        let mut actions = Vec::new();
        let mut milestones = Vec::new();
        for (mi, share) in shares.iter().enumerate() {
            let share = share.borrow();
            if share.mood_fell {
                mood_falls.push(mi);
            }
            checkins.extend(share.checkin.map(|c| (mi, c)));
            sessions.extend(share.sessions.iter().map(|&(si, at)| (at, (mi, si))));
            actions.extend(
                share
                    .actions
                    .iter()
                    .map(|&(si, xi, due)| (due, (mi, si, xi))),
            );
            milestones.extend(
                share
                    .milestones
                    .iter()
                    .map(|&(gi, ki, due)| (due, (mi, gi, ki))),
            );
        }
        // Stable sorts: records of the same moment or date stay in the order of the file.
        checkins.sort_by_key(|(_, c)| c.due);
        sessions.sort_by_key(|(at, _)| *at);
        actions.sort_by_key(|(due, _)| *due);
        milestones.sort_by_key(|(due, _)| *due);
        AgendaAt {
            mood_falls,
            checkins,
            sessions: sessions.into_iter().map(|(_, at)| at).collect(),
            actions: actions.into_iter().map(|(_, at)| at).collect(),
            milestones: milestones.into_iter().map(|(_, at)| at).collect(),
        }
    }

    /// The same agenda with the records themselves.
    pub fn resolve<'a>(&self, ws: &'a Workspace) -> Agenda<'a> {
        Agenda {
            mood_falls: self
                .mood_falls
                .iter()
                .filter_map(|&m| Some(ws.mentees.get(m)?.as_ref()))
                .collect(),
            checkins: self
                .checkins
                .iter()
                .filter_map(|&(m, c)| Some((ws.mentees.get(m)?.as_ref(), c)))
                .collect(),
            sessions: resolve_all(ws, &self.sessions, session_at),
            actions: resolve_all(ws, &self.actions, action_at),
            milestones: resolve_all(ws, &self.milestones, milestone_at),
        }
    }
}

/// The agenda of the `days` days from `today` (today included), across mentees who are not
/// concluded.
pub fn agenda(ws: &Workspace, today: NaiveDate, days: u32) -> Agenda<'_> {
    AgendaAt::of(ws, today, days).resolve(ws)
}

/// Everything that falls on one day, as positions in the workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayAt {
    pub date: NaiveDate,
    /// Sessions that are not cancelled, earliest first.
    pub sessions: Vec<SessionAt>,
    /// Open action items due that day.
    pub actions: Vec<ActionAt>,
    /// Open milestones of open goals due that day.
    pub milestones: Vec<MilestoneAt>,
    /// Open goals due that day.
    pub goals: Vec<GoalAt>,
}

impl DayAt {
    /// A day with nothing on it.
    pub fn empty(date: NaiveDate) -> DayAt {
        DayAt {
            date,
            sessions: Vec::new(),
            actions: Vec::new(),
            milestones: Vec::new(),
            goals: Vec::new(),
        }
    }

    /// How many things are due that day (action items, milestones and goals).
    pub fn due(&self) -> usize {
        self.actions.len() + self.milestones.len() + self.goals.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty() && self.due() == 0
    }

    /// The same day with the records themselves.
    pub fn resolve<'a>(&self, ws: &'a Workspace) -> Day<'a> {
        Day {
            sessions: resolve_all(ws, &self.sessions, session_at),
            actions: resolve_all(ws, &self.actions, action_at),
            milestones: resolve_all(ws, &self.milestones, |ws, at| {
                milestone_at(ws, at).map(|(m, _, k)| (m, k))
            }),
            goals: resolve_all(ws, &self.goals, goal_at),
        }
    }
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

/// One mentee's share of a month: what falls on each day (numbered from 0), as positions within
/// that mentee. [`merge_month`] puts the shares of every mentee together.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MenteeMonth {
    /// Day, session index, moment.
    sessions: Vec<(usize, usize, DateTime<FixedOffset>)>,
    /// Day, session index, action index.
    actions: Vec<(usize, usize, usize)>,
    /// Day, goal index, milestone index.
    milestones: Vec<(usize, usize, usize)>,
    /// Day, goal index.
    goals: Vec<(usize, usize)>,
}

impl MenteeMonth {
    /// What of `m` falls in the month of `any_day`: sessions (not cancelled), and open action
    /// items, open milestones of open goals and open goals due then.
    pub fn of(m: &Mentee, any_day: NaiveDate) -> MenteeMonth {
        let mut share = MenteeMonth::default();
        let on = |date: NaiveDate| -> Option<usize> {
            (date.year() == any_day.year() && date.month() == any_day.month())
                .then(|| date.day0() as usize)
        };
        for (si, s) in m.sessions.iter().enumerate() {
            if s.status != SessionStatus::Cancelled
                && let Some(d) = on(s.date())
            {
                share.sessions.push((d, si, s.at));
            }
            for (xi, x) in s.actions.iter().enumerate() {
                if !x.is_done()
                    && let Some(d) = x.due.and_then(on)
                {
                    share.actions.push((d, si, xi));
                }
            }
        }
        for (gi, g) in m.goals.iter().enumerate() {
            if !g.status.is_open() {
                continue;
            }
            if let Some(d) = g.due.and_then(on) {
                share.goals.push((d, gi));
            }
            for (ki, k) in g.milestones.iter().enumerate() {
                if !k.is_done()
                    && let Some(d) = k.due.and_then(on)
                {
                    share.milestones.push((d, gi, ki));
                }
            }
        }
        share
    }
}

/// The days of the month of `any_day` made of each mentee's share, `shares[i]` being the share of
/// mentee `i` for that month. A day's sessions are in time order.
pub fn merge_month<S: std::borrow::Borrow<MenteeMonth>>(
    any_day: NaiveDate,
    shares: &[S],
) -> Vec<DayAt> {
    let Some(first) = any_day.with_day(1) else {
        return Vec::new();
    };
    let mut days: Vec<DayAt> = first
        .iter_days()
        .take_while(|d| d.month() == first.month())
        .map(DayAt::empty)
        .collect();
    let mut moments: Vec<Vec<(DateTime<FixedOffset>, SessionAt)>> = vec![Vec::new(); days.len()];
    for (mi, share) in shares.iter().enumerate() {
        let share = share.borrow();
        for &(d, si, at) in &share.sessions {
            if let Some(day) = moments.get_mut(d) {
                day.push((at, (mi, si)));
            }
        }
        for &(d, si, xi) in &share.actions {
            if let Some(day) = days.get_mut(d) {
                day.actions.push((mi, si, xi));
            }
        }
        for &(d, gi, ki) in &share.milestones {
            if let Some(day) = days.get_mut(d) {
                day.milestones.push((mi, gi, ki));
            }
        }
        for &(d, gi) in &share.goals {
            if let Some(day) = days.get_mut(d) {
                day.goals.push((mi, gi));
            }
        }
    }
    for (day, mut sessions) in days.iter_mut().zip(moments) {
        sessions.sort_by_key(|(at, _)| *at);
        day.sessions = sessions.into_iter().map(|(_, at)| at).collect();
    }
    days
}

/// Every day of the month of `any_day`, with what falls on it (see [`MenteeMonth::of`]).
pub fn month_days(ws: &Workspace, any_day: NaiveDate) -> Vec<DayAt> {
    let shares: Vec<MenteeMonth> = ws
        .mentees
        .iter()
        .map(|m| MenteeMonth::of(m, any_day))
        .collect();
    merge_month(any_day, &shares)
}

/// Hours of sessions actually planned (not cancelled, not yet held) in the 30 days from `today`,
/// using each session's length, else the agreement's, else the mentor's default, else 60 minutes.
pub fn planned_hours(ws: &Workspace, today: NaiveDate) -> f64 {
    let end = today + Duration::days(30);
    let default = ws
        .mentor
        .default_session_minutes
        .unwrap_or(super::super::derived::DEFAULT_SESSION_MINUTES);
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
