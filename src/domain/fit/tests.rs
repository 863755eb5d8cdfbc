use super::*;
use crate::domain::{Feedback, FeedbackId, MenteeId, Session, SessionId, Visibility};
use FeedbackKind::{Improvement, Observation, Strength};
use chrono::{FixedOffset, TimeZone};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn days_before(on: NaiveDate, n: u64) -> NaiveDate {
    on.checked_sub_days(Days::new(n)).unwrap()
}

fn mentee() -> Mentee {
    Mentee::new(
        MenteeId::from_number(1),
        "A",
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
    )
}

fn note(m: &mut Mentee, n: u64, on: NaiveDate, kind: FeedbackKind) {
    m.feedback.push(Feedback {
        id: FeedbackId::from_number(n),
        date: on,
        kind,
        text: "x".into(),
        goal: None,
        visibility: Visibility::Shared,
    });
}

fn session(m: &mut Mentee, n: u64, d: u32, status: SessionStatus) {
    let at = FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, d, 10, 0, 0)
        .unwrap();
    m.sessions
        .push(Session::new(SessionId::from_number(n), at, status));
}

#[test]
fn without_a_held_session_the_period_is_the_last_thirty_days() {
    let mut m = mentee();
    let on = day(30);
    // A planned or cancelled session does not start a period.
    session(&mut m, 10, 20, SessionStatus::Planned);
    session(&mut m, 11, 21, SessionStatus::Cancelled);
    let p = period(&m, on);
    assert_eq!(p.from, days_before(on, 30));
    assert_eq!((p.to, p.since_session), (on, None));
    // No strength at all: the advice.
    assert_eq!(
        advice(&m, Improvement, on, None),
        Some(Advice::NoStrengthInPeriod(p))
    );
    // A strength 31 days back is outside; an observation or an improvement is no strength.
    note(&mut m, 2, days_before(on, 31), Strength);
    note(&mut m, 3, day(29), Observation);
    note(&mut m, 4, day(28), Improvement);
    assert!(advice(&m, Improvement, on, None).is_some());
    // 30 days back is inside.
    note(&mut m, 5, days_before(on, 30), Strength);
    assert_eq!(advice(&m, Improvement, on, None), None);
}

#[test]
fn a_held_session_starts_the_period_on_its_day() {
    let mut m = mentee();
    session(&mut m, 10, 10, SessionStatus::Held);
    // A session held after the note's day does not count for it.
    session(&mut m, 11, 25, SessionStatus::Held);
    let on = day(20);
    let p = period(&m, on);
    assert_eq!((p.from, p.since_session), (day(10), Some(day(10))));
    // A strength the day before the session is before the period.
    note(&mut m, 2, day(9), Strength);
    assert!(advice(&m, Improvement, on, None).is_some());
    // A strength after the note's day is not in its period either.
    note(&mut m, 3, day(21), Strength);
    assert!(advice(&m, Improvement, on, None).is_some());
    // One on the session's day is.
    note(&mut m, 4, day(10), Strength);
    assert_eq!(advice(&m, Improvement, on, None), None);
    // A note dated after the later session is weighed from that one.
    assert_eq!(period(&m, day(26)).since_session, Some(day(25)));
    // ... where the strengths of days 10 and 21 are behind it.
    assert!(advice(&m, Improvement, day(26), None).is_some());
}

#[test]
fn only_an_improvement_gets_advice_and_the_note_edited_is_left_out() {
    let mut m = mentee();
    let on = day(20);
    assert_eq!(advice(&m, Strength, on, None), None);
    assert_eq!(advice(&m, Observation, on, None), None);
    // The only strength is the note being edited (turned into an improvement): advice.
    note(&mut m, 2, on, Strength);
    let edited = FeedbackId::from_number(2);
    assert!(advice(&m, Improvement, on, Some(&edited)).is_some());
    assert_eq!(advice(&m, Improvement, on, None), None);
}

#[test]
fn the_advice_says_which_period_in_both_languages() {
    let since = Advice::NoStrengthInPeriod(Period {
        from: day(10),
        to: day(20),
        since_session: Some(day(10)),
    });
    let days = Advice::NoStrengthInPeriod(Period {
        from: day(1),
        to: day(20),
        since_session: None,
    });
    crate::i18n::with_lang(crate::i18n::Lang::En, || {
        assert!(since.words().contains("2026-11-10"), "{}", since.words());
        assert!(days.words().contains("30 days"), "{}", days.words());
    });
    crate::i18n::with_lang(crate::i18n::Lang::Nl, || {
        assert!(since.words().contains("2026-11-10"), "{}", since.words());
        assert!(days.words().contains("30 dagen"), "{}", days.words());
    });
}
