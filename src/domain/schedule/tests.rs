//! Tests of series, agenda and days. Daylight-saving cases use a real zone database.

use super::*;
use crate::domain::ids::*;
use crate::domain::{
    ActionItem, Cadence, Goal, Mentee, MenteeStatus, Milestone, Session, SessionStatus, Workspace,
};
use chrono::{Datelike, NaiveTime, Offset, Timelike, Utc};
use chrono_tz::Europe::Paris;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

#[test]
fn weekly_series_by_count_and_by_end_date() {
    let every = Cadence::parse("2w").unwrap();
    let by_count = occurrences(&Utc, d(2026, 12, 1), t(10, 0), every, Some(3), None).unwrap();
    let dates: Vec<_> = by_count.iter().map(|x| x.date_naive()).collect();
    assert_eq!(dates, [d(2026, 12, 1), d(2026, 12, 15), d(2026, 12, 29)]);
    let by_end = occurrences(
        &Utc,
        d(2026, 12, 1),
        t(10, 0),
        every,
        None,
        Some(d(2026, 12, 29)),
    )
    .unwrap();
    assert_eq!(by_end, by_count, "the end date is included");
    assert_eq!(
        occurrences(&Utc, d(2026, 12, 1), t(10, 0), every, None, None),
        Err(ScheduleError::NoEnd)
    );
    assert_eq!(
        occurrences(&Utc, d(2026, 12, 1), t(10, 0), every, Some(0), None),
        Err(ScheduleError::NoEnd)
    );
    assert_eq!(
        occurrences(
            &Utc,
            d(2026, 12, 1),
            t(10, 0),
            every,
            None,
            Some(d(2026, 11, 1))
        ),
        Err(ScheduleError::EndBeforeStart(d(2026, 11, 1)))
    );
    assert_eq!(
        occurrences(
            &Utc,
            d(2026, 12, 1),
            t(10, 0),
            every,
            Some(MAX_SERIES + 1),
            None
        ),
        Err(ScheduleError::TooMany)
    );
    let daily = Cadence::parse("1d").unwrap();
    assert_eq!(
        occurrences(
            &Utc,
            d(2026, 1, 1),
            t(9, 0),
            daily,
            None,
            Some(d(2030, 1, 1))
        ),
        Err(ScheduleError::TooMany)
    );
}

#[test]
fn monthly_series_keeps_to_month_ends_without_drifting() {
    let monthly = Cadence::parse("1m").unwrap();
    let got = occurrences(&Utc, d(2027, 1, 31), t(9, 0), monthly, Some(4), None).unwrap();
    let dates: Vec<_> = got.iter().map(|x| x.date_naive()).collect();
    assert_eq!(
        dates,
        [
            d(2027, 1, 31),
            d(2027, 2, 28),
            d(2027, 3, 31),
            d(2027, 4, 30)
        ]
    );
}

#[test]
fn leap_day_series() {
    let yearly = Cadence::parse("12m").unwrap();
    let got = occurrences(&Utc, d(2028, 2, 29), t(9, 0), yearly, Some(5), None).unwrap();
    let dates: Vec<_> = got.iter().map(|x| x.date_naive()).collect();
    assert_eq!(
        dates,
        [
            d(2028, 2, 29),
            d(2029, 2, 28),
            d(2030, 2, 28),
            d(2031, 2, 28),
            d(2032, 2, 29)
        ]
    );
}

#[test]
fn series_keeps_local_time_across_daylight_saving_changes() {
    // Paris moves to summer time on 2027-03-28 and back on 2027-10-31.
    let weekly = Cadence::parse("1w").unwrap();
    let got = occurrences(&Paris, d(2027, 3, 21), t(10, 0), weekly, Some(2), None).unwrap();
    assert_eq!(got[0].to_rfc3339(), "2027-03-21T10:00:00+01:00");
    assert_eq!(got[1].to_rfc3339(), "2027-03-28T10:00:00+02:00");
    assert_eq!(got[0].hour(), got[1].hour());
    let autumn = occurrences(&Paris, d(2027, 10, 24), t(10, 0), weekly, Some(2), None).unwrap();
    assert_eq!(autumn[1].to_rfc3339(), "2027-10-31T10:00:00+01:00");
    // 02:30 does not exist on 2027-03-28 in Paris: it moves to 03:30 summer time.
    let gap = occurrences(&Paris, d(2027, 3, 28), t(2, 30), weekly, Some(1), None).unwrap();
    assert_eq!(gap[0].to_rfc3339(), "2027-03-28T03:30:00+02:00");
    // 02:30 exists twice on 2027-10-31: the first (summer time) is taken.
    let twice = occurrences(&Paris, d(2027, 10, 31), t(2, 30), weekly, Some(1), None).unwrap();
    assert_eq!(twice[0].to_rfc3339(), "2027-10-31T02:30:00+02:00");
}

fn session(n: u64, at: DateTime<FixedOffset>, status: SessionStatus) -> Session {
    Session::new(SessionId::from_number(n), at, status)
}

fn mentee(n: u64, name: &str, started: NaiveDate) -> Mentee {
    Mentee::new(MenteeId::from_number(n), name, started)
}

#[test]
fn agenda_collects_the_days_ahead() {
    let today = d(2026, 11, 29);
    let at = |y, m, day| local_moment(&Utc, d(y, m, day), t(10, 0)).unwrap();
    let mut ws = Workspace::default();
    // Alice: weekly, last held 10 days ago: overdue, nothing planned.
    let mut alice = mentee(1, "Alice", d(2026, 1, 1));
    alice.agreement.cadence = Some(Cadence::parse("1w").unwrap());
    alice
        .sessions
        .push(session(2, at(2026, 11, 19), SessionStatus::Held));
    let mut s = session(3, at(2026, 11, 19), SessionStatus::Held);
    s.actions.push(ActionItem {
        id: ActionId::from_number(4),
        text: "overdue".into(),
        owner: crate::domain::Owner::Mentee,
        due: Some(d(2026, 11, 20)),
        done_on: None,
    });
    s.actions.push(ActionItem {
        id: ActionId::from_number(5),
        text: "later".into(),
        owner: crate::domain::Owner::Mentee,
        due: Some(d(2027, 2, 1)),
        done_on: None,
    });
    alice.sessions.push(s);
    // Bob: a planned session in 3 days covers his check-in; one far away does not show.
    let mut bob = mentee(6, "Bob", d(2026, 1, 1));
    bob.agreement.cadence = Some(Cadence::parse("2w").unwrap());
    bob.sessions
        .push(session(7, at(2026, 11, 20), SessionStatus::Held));
    bob.sessions
        .push(session(8, at(2026, 12, 2), SessionStatus::Planned));
    bob.sessions
        .push(session(9, at(2027, 3, 1), SessionStatus::Planned));
    let mut g = Goal::new(GoalId::from_number(10), "g", d(2026, 1, 1));
    g.milestones.push(Milestone::new(
        MilestoneId::from_number(11),
        "soon",
        Some(d(2026, 12, 5)),
    ));
    g.milestones.push(Milestone::new(
        MilestoneId::from_number(12),
        "far",
        Some(d(2027, 5, 5)),
    ));
    bob.goals.push(g);
    // Carol: concluded, with an overdue action: left out.
    let mut carol = mentee(13, "Carol", d(2026, 1, 1));
    carol.status = MenteeStatus::Concluded;
    let mut s = session(14, at(2026, 11, 1), SessionStatus::Held);
    s.actions.push(ActionItem {
        id: ActionId::from_number(15),
        text: "x".into(),
        owner: crate::domain::Owner::Mentee,
        due: Some(d(2026, 11, 2)),
        done_on: None,
    });
    carol.sessions.push(s);
    ws.mentees = vec![alice, bob, carol]
        .into_iter()
        .map(std::sync::Arc::new)
        .collect();
    ws.next_id = 16;
    let a = agenda(&ws, today, 14);
    assert_eq!(a.checkins.len(), 1);
    assert_eq!(a.checkins[0].0.name, "Alice");
    assert_eq!(a.checkins[0].1.days_overdue, 3);
    assert_eq!(
        a.sessions
            .iter()
            .map(|(_, s)| s.id.as_str())
            .collect::<Vec<_>>(),
        ["s8"]
    );
    assert_eq!(
        a.actions
            .iter()
            .map(|(_, x)| x.id.as_str())
            .collect::<Vec<_>>(),
        ["a4"]
    );
    assert_eq!(
        a.milestones
            .iter()
            .map(|(_, _, k)| k.id.as_str())
            .collect::<Vec<_>>(),
        ["ms11"]
    );
}

#[test]
fn day_and_month_views_count_what_falls_when() {
    let at = |day| local_moment(&Utc, d(2026, 12, day), t(10, 0)).unwrap();
    let mut ws = Workspace::default();
    let mut m = mentee(1, "A", d(2026, 1, 1));
    m.sessions.push(session(2, at(3), SessionStatus::Planned));
    m.sessions.push(session(3, at(3), SessionStatus::Cancelled));
    let mut g = Goal::new(GoalId::from_number(4), "g", d(2026, 1, 1));
    g.due = Some(d(2026, 12, 3));
    g.milestones.push(Milestone::new(
        MilestoneId::from_number(5),
        "k",
        Some(d(2026, 12, 31)),
    ));
    m.goals.push(g);
    ws.push_mentee(m);
    let days = month_days(&ws, d(2026, 12, 17));
    assert_eq!(days.len(), 31);
    assert!(
        days.iter()
            .all(|x| x.date.month() == 12 && x.date.year() == 2026)
    );
    let day3 = days[2].resolve(&ws);
    assert_eq!(days[2].date, d(2026, 12, 3));
    assert_eq!(
        (day3.sessions.len(), day3.goals.len(), day3.milestones.len()),
        (1, 1, 0)
    );
    assert_eq!((days[2].sessions.len(), days[2].due()), (1, 1));
    assert!(days[3].is_empty() && days[3].resolve(&ws).is_empty());
    assert_eq!((days[30].sessions.len(), days[30].due()), (0, 1));
}

#[test]
fn planned_hours_count_the_next_thirty_days() {
    let today = d(2026, 11, 29);
    let at = |y, m, day| local_moment(&Utc, d(y, m, day), t(10, 0)).unwrap();
    let mut ws = Workspace::default();
    ws.mentor.default_session_minutes = Some(30);
    let mut m = mentee(1, "A", d(2026, 1, 1));
    m.agreement.session_minutes = Some(45);
    let mut s = session(2, at(2026, 12, 1), SessionStatus::Planned);
    s.minutes = Some(90);
    m.sessions.push(s);
    m.sessions
        .push(session(3, at(2026, 12, 10), SessionStatus::Planned));
    m.sessions
        .push(session(4, at(2026, 12, 11), SessionStatus::Cancelled));
    m.sessions
        .push(session(5, at(2027, 2, 1), SessionStatus::Planned));
    ws.push_mentee(m);
    assert!((planned_hours(&ws, today) - 2.25).abs() < 1e-9);
}

/// What is due on a day of the month: an open action item of a cancelled session still is; a
/// milestone of a closed goal is not. (The calendar's marks and its list of the day are both
/// drawn from these days.)
#[test]
fn an_open_action_of_a_cancelled_session_is_due_a_milestone_of_a_closed_goal_is_not() {
    let at = |day| local_moment(&Utc, d(2026, 12, day), t(10, 0)).unwrap();
    let mut ws = Workspace::default();
    let mut m = mentee(1, "A", d(2026, 1, 1));
    let mut cancelled = session(2, at(1), SessionStatus::Cancelled);
    cancelled.actions.push(ActionItem {
        id: ActionId::from_number(3),
        text: "send the draft".into(),
        owner: crate::domain::Owner::Mentee,
        due: Some(d(2026, 12, 8)),
        done_on: None,
    });
    m.sessions.push(cancelled);
    let mut achieved = Goal::new(GoalId::from_number(4), "done", d(2026, 1, 1));
    achieved.status = crate::domain::GoalStatus::Achieved;
    achieved.milestones.push(Milestone::new(
        MilestoneId::from_number(5),
        "left over",
        Some(d(2026, 12, 8)),
    ));
    m.goals.push(achieved);
    ws.push_mentee(m);
    let days = month_days(&ws, d(2026, 12, 1));
    let eighth = days[7].resolve(&ws);
    assert_eq!(days[7].date, d(2026, 12, 8));
    assert_eq!((eighth.actions.len(), eighth.milestones.len()), (1, 0));
    assert_eq!(days[7].due(), 1);
    assert_eq!(eighth.actions[0].1.text, "send the draft");
}

#[test]
fn a_series_that_would_leave_the_storable_calendar_is_refused() {
    let weekly = Cadence::parse("1w").unwrap();
    // Five weekly sessions from 9999-12-20 would end in the year 10000.
    assert_eq!(
        occurrences(&Utc, d(9999, 12, 20), t(10, 0), weekly, Some(5), None),
        Err(ScheduleError::OutOfRange)
    );
    let err = ScheduleError::OutOfRange.to_string();
    assert!(err.contains("0000-01-01 to 9999-12-31"), "{err}");
    // Up to the last day it is fine.
    let last = occurrences(&Utc, d(9999, 12, 17), t(10, 0), weekly, Some(3), None).unwrap();
    assert_eq!(last[2].date_naive(), d(9999, 12, 31));
    // A time late on the last day in a zone east of UTC stays on that local day.
    let east = FixedOffset::east_opt(14 * 3600).unwrap();
    let late = occurrences(&east, d(9999, 12, 31), t(23, 30), weekly, Some(1), None).unwrap();
    assert_eq!(late[0].naive_local().date(), d(9999, 12, 31));
}

#[test]
fn a_series_up_to_the_last_storable_day_ends_there() {
    let weekly = Cadence::parse("1w").unwrap();
    // The sixth session would be in the year 10000, past the end date: the series ends.
    let last = occurrences(
        &Utc,
        d(9999, 12, 1),
        t(10, 0),
        weekly,
        None,
        Some(d(9999, 12, 31)),
    )
    .unwrap();
    assert_eq!(last.len(), 5);
    assert_eq!(last[4].date_naive(), d(9999, 12, 29));
    let monthly = Cadence::parse("1m").unwrap();
    let last = occurrences(
        &Utc,
        d(9999, 10, 31),
        t(10, 0),
        monthly,
        None,
        Some(LAST_DATE),
    )
    .unwrap();
    assert_eq!(last.len(), 3);
    // A count that reaches past it is still refused.
    assert_eq!(
        occurrences(&Utc, d(9999, 12, 1), t(10, 0), weekly, Some(6), None),
        Err(ScheduleError::OutOfRange)
    );
}

/// Paris, but a time that exists twice is listed latest first, as chrono's system zone
/// (`chrono::Local`, which the command line reads in) lists it.
#[derive(Clone)]
struct LatestFirst;

impl TimeZone for LatestFirst {
    type Offset = FixedOffset;
    fn from_offset(_: &FixedOffset) -> Self {
        LatestFirst
    }
    fn offset_from_local_date(&self, local: &NaiveDate) -> LocalResult<FixedOffset> {
        Paris.offset_from_local_date(local).map(|o| o.fix())
    }
    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> LocalResult<FixedOffset> {
        match Paris.offset_from_local_datetime(local).map(|o| o.fix()) {
            LocalResult::Ambiguous(early, late) => LocalResult::Ambiguous(late, early),
            other => other,
        }
    }
    fn offset_from_utc_date(&self, utc: &NaiveDate) -> FixedOffset {
        Paris.offset_from_utc_date(utc).fix()
    }
    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> FixedOffset {
        Paris.offset_from_utc_datetime(utc).fix()
    }
}

#[test]
fn a_time_that_exists_twice_is_the_first_whatever_order_the_zone_lists_them() {
    for at in [
        local_moment(&Paris, d(2027, 10, 31), t(2, 30)),
        local_moment(&LatestFirst, d(2027, 10, 31), t(2, 30)),
    ] {
        assert_eq!(at.unwrap().to_rfc3339(), "2027-10-31T02:30:00+02:00");
    }
    let weekly = Cadence::parse("1w").unwrap();
    let fold = occurrences(
        &LatestFirst,
        d(2027, 10, 31),
        t(2, 30),
        weekly,
        Some(1),
        None,
    );
    assert_eq!(fold.unwrap()[0].to_rfc3339(), "2027-10-31T02:30:00+02:00");
}

#[test]
fn a_time_in_a_skipped_day_is_read_with_the_offset_before_it() {
    // Samoa went from UTC-10 to UTC+14 and had no 30 December 2011: 10:00 that day is the
    // moment 10:00 would have been, which the calendar calls 31 December 10:00.
    let apia = chrono_tz::Pacific::Apia;
    let at = local_moment(&apia, d(2011, 12, 30), t(10, 0)).unwrap();
    assert_eq!(at.to_rfc3339(), "2011-12-31T10:00:00+14:00");
    // A one-hour gap still moves an hour later.
    let at = local_moment(&Paris, d(2027, 3, 28), t(2, 30)).unwrap();
    assert_eq!(at.to_rfc3339(), "2027-03-28T03:30:00+02:00");
}
