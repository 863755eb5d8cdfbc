//! Tests of the derived facts.

use super::*;
use crate::domain::ids::*;
use crate::domain::{Cadence, Metric, Session, Visibility};
use chrono::{FixedOffset, TimeZone};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn goal() -> Goal {
    Goal::new(GoalId::from_number(1), "g", day(2026, 1, 1))
}

#[test]
fn progress_from_metric_then_milestones() {
    let mut g = goal();
    assert_eq!(progress(&g), None);
    g.milestones
        .push(Milestone::new(MilestoneId::from_number(2), "a", None));
    g.milestones
        .push(Milestone::new(MilestoneId::from_number(3), "b", None));
    g.milestones[0].done_on = Some(day(2026, 2, 1));
    assert_eq!(progress(&g), Some(0.5));
    g.metric = Some(Metric {
        what: "x".into(),
        baseline: 0.0,
        target: 4.0,
        current: Some(1.0),
        unit: String::new(),
    });
    assert_eq!(progress(&g), Some(0.25));
    // A falling target: from 10 down to 2, now at 4, is 75% of the way.
    g.metric = Some(Metric {
        what: "x".into(),
        baseline: 10.0,
        target: 2.0,
        current: Some(4.0),
        unit: String::new(),
    });
    assert_eq!(progress(&g), Some(0.75));
    // Overshoot clamps; equal target and baseline falls back to milestones.
    g.metric = Some(Metric {
        what: "x".into(),
        baseline: 0.0,
        target: 2.0,
        current: Some(9.0),
        unit: String::new(),
    });
    assert_eq!(progress(&g), Some(1.0));
    g.metric = Some(Metric {
        what: "x".into(),
        baseline: 1.0,
        target: 1.0,
        current: None,
        unit: String::new(),
    });
    assert_eq!(progress(&g), Some(0.5));
    g.status = GoalStatus::Achieved;
    assert_eq!(progress(&g), Some(1.0));
}

#[test]
fn overdue_goals_and_milestones() {
    let today = day(2026, 11, 29);
    let mut g = goal();
    g.due = Some(day(2026, 11, 28));
    assert!(goal_overdue(&g, today));
    g.due = Some(today);
    assert!(!goal_overdue(&g, today));
    g.due = Some(day(2026, 1, 1));
    g.status = GoalStatus::Dropped;
    assert!(!goal_overdue(&g, today));
    let mut k = Milestone::new(MilestoneId::from_number(2), "a", Some(day(2026, 11, 1)));
    assert!(milestone_overdue(&k, today));
    k.done_on = Some(today);
    assert!(!milestone_overdue(&k, today));
}

fn session(n: u64, y: i32, m: u32, d: u32, status: SessionStatus) -> Session {
    let at = FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(y, m, d, 10, 0, 0)
        .unwrap();
    Session::new(SessionId::from_number(n), at, status)
}

#[test]
fn next_checkin_from_last_held_session() {
    let mut m = Mentee::new(MenteeId::from_number(1), "A", day(2026, 1, 31));
    let today = day(2026, 3, 10);
    assert_eq!(next_checkin(&m, today), None, "no cadence, no check-in");
    m.agreement.cadence = Some(Cadence::parse("1m").unwrap());
    // No session yet: one month after the start, clamped to February's end.
    assert_eq!(
        next_checkin(&m, today),
        Some(CheckIn {
            due: day(2026, 2, 28),
            days_overdue: 10
        })
    );
    m.sessions.push(session(2, 2026, 3, 1, SessionStatus::Held));
    m.sessions
        .push(session(3, 2026, 3, 8, SessionStatus::Cancelled));
    // Held 03-01, every month: due 04-01 while nothing is planned.
    assert_eq!(
        next_checkin(&m, today),
        Some(CheckIn {
            due: day(2026, 4, 1),
            days_overdue: 0
        })
    );
    m.status = MenteeStatus::Paused;
    assert_eq!(next_checkin(&m, today), None);
}

/// A session already planned is the next check-in (issue: planned 12-01 and 12-07, yet shown due
/// 12-14 from the last held session and the cadence).
#[test]
fn next_checkin_is_the_next_planned_session() {
    let mut m = Mentee::new(MenteeId::from_number(1), "A", day(2026, 10, 1));
    m.agreement.cadence = Some(Cadence::parse("2w").unwrap());
    let today = day(2026, 11, 29);
    m.sessions
        .push(session(2, 2026, 11, 30, SessionStatus::Held));
    assert_eq!(next_checkin(&m, today).unwrap().due, day(2026, 12, 14));
    m.sessions
        .push(session(3, 2026, 12, 7, SessionStatus::Planned));
    m.sessions
        .push(session(4, 2026, 12, 1, SessionStatus::Planned));
    m.sessions
        .push(session(5, 2026, 12, 3, SessionStatus::Cancelled));
    assert_eq!(
        next_checkin(&m, today),
        Some(CheckIn {
            due: day(2026, 12, 1),
            days_overdue: 0
        })
    );
    // The cadence alone still says two weeks after the last held session.
    assert_eq!(cadence_due(&m), Some(day(2026, 12, 14)));

    // A planned session whose day passed without being held: the check-in is overdue from it.
    assert_eq!(
        next_checkin(&m, day(2026, 12, 4)),
        Some(CheckIn {
            due: day(2026, 12, 1),
            days_overdue: 3
        })
    );
    // Held now: the next planned one is next.
    m.sessions[2].status = SessionStatus::Held;
    assert_eq!(
        next_checkin(&m, day(2026, 12, 4)).unwrap().due,
        day(2026, 12, 7)
    );
    // A planned session older than the last held one does not count.
    m.sessions
        .push(session(6, 2026, 11, 2, SessionStatus::Planned));
    m.sessions[1].status = SessionStatus::Cancelled;
    assert_eq!(
        next_checkin(&m, day(2026, 12, 4)).unwrap().due,
        day(2026, 12, 15)
    );

    // Planned without a cadence: still a check-in.
    let mut n = Mentee::new(MenteeId::from_number(9), "B", day(2026, 10, 1));
    n.sessions
        .push(session(10, 2026, 12, 2, SessionStatus::Planned));
    assert_eq!(next_checkin(&n, today).unwrap().due, day(2026, 12, 2));
    assert_eq!(cadence_due(&n), None);
}

#[test]
fn leap_day_cadence() {
    let mut m = Mentee::new(MenteeId::from_number(1), "A", day(2028, 2, 29));
    m.agreement.cadence = Some(Cadence::parse("12m").unwrap());
    assert_eq!(
        next_checkin(&m, day(2028, 3, 1)).unwrap().due,
        day(2029, 2, 28)
    );
    m.agreement.cadence = Some(Cadence::parse("1w").unwrap());
    assert_eq!(
        next_checkin(&m, day(2028, 3, 1)).unwrap().due,
        day(2028, 3, 7)
    );
}

#[test]
fn open_actions_by_owner_sorted_by_due() {
    let mut m = Mentee::new(MenteeId::from_number(1), "A", day(2026, 1, 1));
    let mut s = session(2, 2026, 3, 1, SessionStatus::Held);
    let item = |n, owner, due: Option<NaiveDate>, done: bool| ActionItem {
        id: ActionId::from_number(n),
        text: format!("t{n}"),
        owner,
        due,
        done_on: done.then(|| day(2026, 3, 2)),
    };
    s.actions.push(item(3, Owner::Mentee, None, false));
    s.actions
        .push(item(4, Owner::Mentee, Some(day(2026, 4, 1)), false));
    s.actions
        .push(item(5, Owner::Mentee, Some(day(2026, 3, 5)), false));
    s.actions
        .push(item(6, Owner::Mentee, Some(day(2026, 3, 1)), true));
    s.actions
        .push(item(7, Owner::Mentor, Some(day(2026, 3, 1)), false));
    m.sessions.push(s);
    let ids: Vec<_> = open_actions(&m, Owner::Mentee)
        .iter()
        .map(|a| a.id.0.clone())
        .collect();
    assert_eq!(ids, ["a5", "a4", "a3"]);
    assert_eq!(open_actions(&m, Owner::Mentor).len(), 1);
}

fn fb(n: u64, d: u32, kind: FeedbackKind) -> Feedback {
    Feedback {
        id: FeedbackId::from_number(n),
        date: day(2026, 11, d),
        kind,
        text: String::new(),
        goal: None,
        visibility: Visibility::Shared,
    }
}

#[test]
fn feedback_balance_verdicts() {
    use FeedbackKind::*;
    assert_eq!(
        feedback_balance(&[fb(1, 1, Strength)], 10).verdict,
        BalanceVerdict::TooFew
    );
    let mostly_critique = [
        fb(1, 1, Improvement),
        fb(2, 2, Improvement),
        fb(3, 3, Improvement),
        fb(4, 4, Strength),
    ];
    assert_eq!(
        feedback_balance(&mostly_critique, 10).verdict,
        BalanceVerdict::NeedsStrengths
    );
    let praise = [
        fb(1, 1, Strength),
        fb(2, 2, Strength),
        fb(3, 3, Strength),
        fb(4, 4, Strength),
        fb(5, 5, Strength),
    ];
    assert_eq!(
        feedback_balance(&praise, 10).verdict,
        BalanceVerdict::NeedsImprovements
    );
    let mixed = [
        fb(1, 1, Strength),
        fb(2, 2, Improvement),
        fb(3, 3, Strength),
        fb(4, 4, Observation),
    ];
    let b = feedback_balance(&mixed, 10);
    assert_eq!(
        (b.strengths, b.improvements, b.observations, b.verdict),
        (2, 1, 1, BalanceVerdict::Balanced)
    );
    // Only the most recent notes count: the old improvements fall out of a window of 3.
    let shifting = [
        fb(1, 1, Improvement),
        fb(2, 2, Improvement),
        fb(3, 20, Strength),
        fb(4, 21, Strength),
        fb(5, 22, Strength),
    ];
    assert_eq!(
        feedback_balance(&shifting, 3).verdict,
        BalanceVerdict::NeedsImprovements
    );
}

#[test]
fn mentor_load_against_capacity() {
    let mut ws = Workspace::default();
    ws.mentor.capacity_hours_per_month = Some(3.0);
    ws.mentor.default_session_minutes = Some(30);
    let mut a = Mentee::new(MenteeId::from_number(1), "A", day(2026, 1, 1));
    a.agreement.cadence = Some(Cadence::parse("1m").unwrap());
    a.agreement.session_minutes = Some(60);
    let mut b = Mentee::new(MenteeId::from_number(2), "B", day(2026, 1, 1));
    b.agreement.cadence = Some(Cadence::parse("1w").unwrap());
    let mut c = b.clone();
    c.status = MenteeStatus::Concluded;
    ws.mentees = vec![a, b, c].into_iter().map(std::sync::Arc::new).collect();
    let load = mentor_load(&ws);
    assert_eq!(load.per_mentee.len(), 2);
    assert!((load.per_mentee[0].hours_per_month - 1.0).abs() < 1e-9);
    // Weekly 30-minute sessions: 30.4375 / 7 meetings of half an hour.
    assert!((load.per_mentee[1].hours_per_month - 2.174).abs() < 0.001);
    assert!(load.over_capacity());
    ws.mentor.capacity_hours_per_month = Some(4.0);
    assert!(!mentor_load(&ws).over_capacity());
}
