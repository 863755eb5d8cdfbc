use super::*;
use crate::domain::{Mentee, MenteeId, Session, SessionId};
use chrono::{FixedOffset, TimeZone};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A session at `y-m-d h:mm` in UTC+1, of `minutes` (or none).
fn session(
    n: u64,
    (y, m, d, h): (i32, u32, u32, u32),
    status: SessionStatus,
    minutes: Option<u32>,
) -> Session {
    let at = FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(y, m, d, h, 30, 0)
        .unwrap();
    let mut s = Session::new(SessionId::from_number(n), at, status);
    s.minutes = minutes;
    s
}

/// Two mentees across the turn of the year; today is 2027-01-15, so the year is 2026-02 to
/// 2027-01. Capacity 2 hours a month; the mentor's default length 50 minutes.
fn known() -> Workspace {
    use SessionStatus::{Cancelled, Held, Planned};
    let mut ws = Workspace::default();
    ws.mentor.capacity_hours_per_month = Some(2.0);
    ws.mentor.default_session_minutes = Some(50);
    let mut a = Mentee::new(MenteeId::from_number(1), "Ada", date(2025, 6, 1));
    a.agreement.session_minutes = Some(45);
    a.sessions = vec![
        // Late on New Year's Eve in its own offset: December.
        session(2, (2026, 12, 31, 23), Held, Some(90)),
        // No length: the agreement's 45.
        session(3, (2027, 1, 1, 9), Held, None),
        session(4, (2027, 1, 10, 9), Cancelled, Some(60)),
        session(5, (2027, 1, 14, 9), Planned, Some(60)),
        // Marked held on a day after today: not yet.
        session(6, (2027, 1, 20, 9), Held, Some(60)),
        // The year's first month counts; the month before it does not.
        session(7, (2026, 2, 1, 9), Held, Some(30)),
        session(8, (2026, 1, 31, 9), Held, Some(60)),
    ];
    let mut b = Mentee::new(MenteeId::from_number(9), "Bo", date(2026, 6, 1));
    b.sessions = vec![
        // No length anywhere but the mentor's default: 50.
        session(10, (2026, 12, 5, 9), Held, None),
        session(11, (2027, 1, 2, 9), Held, Some(120)),
    ];
    let c = Mentee::new(MenteeId::from_number(12), "Cy", date(2026, 6, 1));
    ws.mentees = vec![a.into(), b.into(), c.into()];
    ws
}

#[test]
fn the_year_is_twelve_months_ending_with_todays() {
    let months = year_months(date(2027, 1, 15));
    assert_eq!(months.len(), MONTHS);
    assert_eq!(months[0], date(2026, 2, 1));
    assert_eq!(months[11], date(2027, 1, 1));
    assert_eq!(year_months(date(2026, 12, 31))[0], date(2026, 1, 1));
}

#[test]
fn hours_per_mentee_and_month_on_a_known_workspace() {
    let h = hours(&known(), date(2027, 1, 15));
    let (dec, jan, feb) = (10, 11, 0);
    let ada = &h.mentees[0];
    assert_eq!(ada.name, "Ada");
    assert_eq!(
        (ada.minutes[dec], ada.minutes[jan], ada.minutes[feb]),
        (90, 45, 30)
    );
    assert_eq!(ada.year_minutes(), 165);
    let bo = &h.mentees[1];
    assert_eq!((bo.minutes[dec], bo.minutes[jan]), (50, 120));
    assert_eq!(
        h.mentees[2].year_minutes(),
        0,
        "a mentee without sessions is listed, naught"
    );
    assert_eq!(
        (h.totals[dec], h.totals[jan], h.totals[feb]),
        (140, 165, 30)
    );
    assert_eq!(h.totals.iter().filter(|&&n| n > 0).count(), 3);
    assert_eq!(h.year_minutes(), 335);
    // 2 h of capacity: December (2.33 h) and January (2.75 h) are over, February is not.
    assert!(h.over(dec) && h.over(jan) && !h.over(feb));

    let year = h.of(&MenteeId::from_number(1));
    assert_eq!(year.months[jan].month, "2027-01");
    assert_eq!(year.months[jan].hours, 0.75);
    assert_eq!(year.months[jan].all_mentees, 2.75);
    assert!(year.months[jan].over_capacity);
    assert_eq!(year.year_hours, 2.75);
    assert!((year.all_mentees_year_hours - 335.0 / 60.0).abs() < 1e-9);
    assert_eq!(year.capacity_hours_per_year, Some(24.0));
    // A mentee not in the workspace: naught, beside everyone's.
    let none = h.of(&MenteeId::from_number(99));
    assert_eq!(none.year_hours, 0.0);
    assert_eq!(none.months[dec].all_mentees, 140.0 / 60.0);
}

#[test]
fn a_month_later_the_year_moves_on() {
    // On 2027-02-01 the year is 2026-03 to 2027-02: February 2026 has left it.
    let h = hours(&known(), date(2027, 2, 1));
    assert_eq!(h.months[0], date(2026, 3, 1));
    assert_eq!(
        h.mentees[0].year_minutes(),
        90 + 45 + 60,
        "the 20 January session now counts"
    );
}

#[test]
fn without_any_length_a_session_counts_an_hour_and_no_capacity_is_never_over() {
    let mut ws = known();
    ws.mentor = MentorProfile::default();
    let h = hours(&ws, date(2027, 1, 15));
    assert_eq!(h.mentees[1].minutes[10], 60);
    assert_eq!(h.capacity_hours_per_month, None);
    assert!(!(0..MONTHS).any(|i| h.over(i)));
    assert_eq!(
        h.of(&MenteeId::from_number(9)).capacity_hours_per_year,
        None
    );
}
