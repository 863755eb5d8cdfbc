//! The closing review's figures on a known workspace, one rule at a time.

use super::*;
use crate::domain::ids::*;
use crate::domain::ops::{Ctx, Op, OpError};
use crate::domain::{
    Connection, Feedback, Goal, MenteeStatus, Metric, Milestone, Session, SessionStatus,
};
use chrono::{FixedOffset, TimeZone};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn milestone(n: u64, done: bool) -> Milestone {
    let mut k = Milestone::new(MilestoneId::from_number(n), format!("step {n}"), None);
    k.done_on = done.then(|| day(5, 1));
    k
}

fn metric(baseline: f64, current: Option<f64>, target: f64) -> Metric {
    Metric {
        what: "talks given".into(),
        baseline,
        target,
        current,
        unit: String::new(),
    }
}

/// Ada, concluded on 2026-06-30 after starting on 2026-01-10, with:
/// - g1 achieved (1 of 1 milestones), SMART in full;
/// - g2 active, 1 of 3 milestones done: partly met;
/// - g3 active, metric 0 → 2 of 4, no milestones: partly met;
/// - g4 active, metric moved away from the target (5 → 3, target 8), 0 of 1 milestones: not met;
/// - g5 dropped, 0 of 2 milestones;
/// - sessions: held 45 min, held without a length (the agreement's 30), held 90 min, planned,
///   cancelled;
/// - feedback: 2 strengths shared, 1 strength private, 1 improvement private, 1 observation
///   shared;
/// - connections: 2 made, 1 suggested;
/// - a closing note with a private side, and the mentee's reflection.
fn sam() -> crate::domain::MentorProfile {
    crate::domain::MentorProfile {
        name: "Sam".into(),
        default_session_minutes: Some(60),
        ..Default::default()
    }
}

fn ada() -> Mentee {
    let mut m = Mentee::new(MenteeId::from_number(1), "Ada", day(1, 10));
    m.status = MenteeStatus::Concluded;
    m.ended_on = Some(day(6, 30));
    m.agreement.session_minutes = Some(30);
    let mut g1 = Goal::new(GoalId::from_number(11), "Lead a review", day(1, 15));
    g1.status = GoalStatus::Achieved;
    g1.achieved_on = Some(day(4, 2));
    g1.specific = "lead one design review of the team".into();
    g1.criterion = "the review is held and notes are sent".into();
    g1.achievable = "time set aside".into();
    g1.relevant = "the next step to senior".into();
    g1.due = Some(day(5, 1));
    g1.milestones.push(milestone(12, true));
    let mut g2 = Goal::new(GoalId::from_number(21), "Write more", day(2, 1));
    g2.status = GoalStatus::Active;
    g2.milestones.extend([
        milestone(22, true),
        milestone(23, false),
        milestone(24, false),
    ]);
    let mut g3 = Goal::new(GoalId::from_number(31), "Give talks", day(2, 1));
    g3.status = GoalStatus::Active;
    g3.metric = Some(metric(0.0, Some(2.0), 4.0));
    g3.due = Some(day(6, 1));
    let mut g4 = Goal::new(GoalId::from_number(41), "Ship more", day(2, 1));
    g4.status = GoalStatus::Draft;
    g4.metric = Some(metric(5.0, Some(3.0), 8.0));
    g4.milestones.push(milestone(42, false));
    let mut g5 = Goal::new(GoalId::from_number(51), "Learn Go", day(2, 1));
    g5.status = GoalStatus::Dropped;
    g5.milestones
        .extend([milestone(52, false), milestone(53, false)]);
    m.goals = vec![g1, g2, g3, g4, g5];
    let at = |d| {
        FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 3, d, 10, 0, 0)
            .unwrap()
    };
    for (n, d, status, minutes) in [
        (61, 1, SessionStatus::Held, Some(45)),
        (62, 2, SessionStatus::Held, None),
        (63, 3, SessionStatus::Held, Some(90)),
        (64, 4, SessionStatus::Planned, Some(60)),
        (65, 5, SessionStatus::Cancelled, Some(60)),
    ] {
        let mut s = Session::new(SessionId::from_number(n), at(d), status);
        s.minutes = minutes;
        m.sessions.push(s);
    }
    for (n, kind, visibility) in [
        (71, FeedbackKind::Strength, Visibility::Shared),
        (72, FeedbackKind::Strength, Visibility::Shared),
        (73, FeedbackKind::Strength, Visibility::Private),
        (74, FeedbackKind::Improvement, Visibility::Private),
        (75, FeedbackKind::Observation, Visibility::Shared),
    ] {
        m.feedback.push(Feedback {
            id: FeedbackId::from_number(n),
            date: day(3, 1),
            kind,
            text: format!("note {n} {visibility}"),
            goal: None,
            visibility,
        });
    }
    for (n, status) in [
        (81, ConnectionStatus::Done),
        (82, ConnectionStatus::Suggested),
        (83, ConnectionStatus::Done),
    ] {
        m.connections.push(Connection {
            id: ConnectionId::from_number(n),
            kind: ConnectionKind::Introduction,
            title: format!("meet {n}"),
            who: "Bo".into(),
            note: String::new(),
            status,
            date: Some(day(4, 1)),
        });
    }
    m.closing = Some(Closing {
        note: "You grew into the role.".into(),
        private_note: "PRIVATE-closing".into(),
        written_on: day(6, 30),
    });
    m.closing_reflection = "I learned to ask for help.".into();
    m
}

fn today() -> NaiveDate {
    day(7, 15)
}

#[test]
fn goals_end_met_partly_not_met_or_dropped() {
    let r = review(&ada(), &sam(), true, today());
    let ids = |o| -> Vec<&str> { r.with_outcome(o).map(|g| g.id.as_str()).collect() };
    assert_eq!(ids(Outcome::Met), ["g11"]);
    assert_eq!(ids(Outcome::Partly), ["g21", "g31"]);
    assert_eq!(
        ids(Outcome::NotMet),
        ["g41"],
        "a metric moved away is no progress"
    );
    assert_eq!(ids(Outcome::Dropped), ["g51"]);
}

#[test]
fn each_goal_keeps_its_smart_history_as_the_record_holds_it() {
    let r = review(&ada(), &sam(), true, today());
    let g1 = &r.goals[0];
    assert_eq!(g1.smart, "SMART");
    assert!(g1.missing.is_empty());
    assert_eq!(
        (g1.created_on, g1.due, g1.achieved_on),
        (day(1, 15), Some(day(5, 1)), Some(day(4, 2)))
    );
    assert_eq!((g1.milestones_done, g1.milestones), (1, 1));
    // Checked as of the end (June 30): g3's due date (June 1) had passed while it was open.
    let g3 = &r.goals[2];
    assert_eq!(r.as_of, day(6, 30));
    assert_eq!(g3.smart, "·M···");
    assert!(g3.missing.contains(&Letter::TimeBound));
    let moved = g3.metric.as_ref().unwrap();
    assert_eq!((moved.baseline, moved.last, moved.target), (0.0, 2.0, 4.0));
    assert!(moved.moved_towards_target());
    assert!(!r.goals[3].metric.as_ref().unwrap().moved_towards_target());
    // Without an end date, the check is made for today.
    let mut open = ada();
    open.ended_on = None;
    assert_eq!(review(&open, &sam(), true, today()).as_of, today());
}

#[test]
fn milestones_sessions_hours_and_connections_are_counted() {
    let r = review(&ada(), &sam(), true, today());
    assert_eq!((r.milestones_done, r.milestones), (2, 7));
    // 45 + 30 (the agreement's, for the one without a length) + 90; planned and cancelled
    // sessions do not count.
    assert_eq!((r.sessions_held, r.minutes_held), (3, 165));
    assert_eq!(r.sessions_without_length, 1);
    assert!((r.hours() - 2.75).abs() < 1e-9);
    // A session marked held on a day still to come counts nothing yet, as in the hours.
    let mut later = ada();
    let mut s = later.sessions[0].clone();
    s.id = SessionId::from_number(99);
    s.at += chrono::Duration::days(200);
    later.sessions.push(s);
    let r = review(&later, &sam(), true, today());
    assert_eq!((r.sessions_held, r.minutes_held), (3, 165));
    // Without the agreement's length, the mentor's default; without that, an hour.
    let mut m = ada();
    m.agreement.session_minutes = None;
    let mut mentor = sam();
    mentor.default_session_minutes = Some(50);
    assert_eq!(review(&m, &mentor, true, today()).minutes_held, 185);
    mentor.default_session_minutes = None;
    assert_eq!(review(&m, &mentor, true, today()).minutes_held, 195);
    let made: Vec<&str> = r
        .connections_made
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(made, ["meet 81", "meet 83"]);
    assert_eq!(r.connections_open, 1);
    assert!(r.concluded);
    assert_eq!(r.started_on, Some(day(1, 10)));
    assert_eq!(r.ended_on, Some(day(6, 30)));
}

#[test]
fn feedback_is_counted_by_kind_shared_and_private_apart_for_the_mentor_only() {
    let counts = |r: &ClosingReview| -> Vec<(usize, usize)> {
        r.feedback.iter().map(|f| (f.shared, f.private)).collect()
    };
    let full = review(&ada(), &sam(), true, today());
    assert_eq!(counts(&full), [(2, 1), (0, 1), (1, 0)]);
    let shared = review(&ada(), &sam(), false, today());
    assert_eq!(counts(&shared), [(2, 0), (0, 0), (1, 0)]);
}

#[test]
fn the_closing_note_private_side_and_the_reflection() {
    let full = review(&ada(), &sam(), true, today());
    assert_eq!(full.note, "You grew into the role.");
    assert_eq!(full.private_note, "PRIVATE-closing");
    assert_eq!(full.note_written_on, Some(day(6, 30)));
    assert_eq!(full.reflection, "I learned to ask for help.");
    let shared = review(&ada(), &sam(), false, today());
    assert_eq!(shared.private_note, "");
    assert_eq!(shared.note, full.note);
    assert_eq!(shared.reflection, full.reflection);
}

/// The mentee's review goes through the projection: the same figures of what was shared, and
/// nothing private anywhere in it.
#[test]
fn the_mentees_review_is_built_from_the_projection_and_holds_nothing_private() {
    let mut ws = Workspace::default();
    ws.mentor.name = "Sam".into();
    ws.mentor.default_session_minutes = Some(40);
    let mut m = ada();
    m.private_notes = "PRIVATE-mentee".into();
    ws.push_mentee(m);
    let shared = of_workspace(&ws, 0, false, today()).unwrap();
    let json = serde_json::to_string(&shared).unwrap();
    assert!(!json.contains("PRIVATE"), "{json}");
    assert!(!shared.private);
    assert_eq!(shared.ended_on, Some(day(6, 30)), "the end date is shared");
    assert_eq!(shared.note, "You grew into the role.");
    assert_eq!(shared.reflection, "I learned to ask for help.");
    assert_eq!(shared.minutes_held, 165);
    let full = of_workspace(&ws, 0, true, today()).unwrap();
    assert!(full.private && full.private_note == "PRIVATE-closing");
    assert_eq!(shared.goals, full.goals);
    assert!(of_workspace(&ws, 1, true, today()).is_none());
}

fn ctx(today: NaiveDate) -> Ctx {
    Ctx {
        today,
        now: FixedOffset::east_opt(0)
            .unwrap()
            .from_local_datetime(&today.and_hms_opt(9, 0, 0).unwrap())
            .unwrap(),
        zone: crate::domain::schedule::Zone::Fixed(FixedOffset::east_opt(0).unwrap()),
    }
}

#[test]
fn the_closing_note_is_written_for_a_concluded_mentee_only_and_blank_takes_it_away() {
    let mut ws = Workspace::default();
    let mut m = ada();
    m.closing = None;
    m.status = MenteeStatus::Active;
    ws.push_mentee(m);
    let id = MenteeId::from_number(1);
    let set = |note: &str, private: &str| Op::SetClosing {
        mentee: id.clone(),
        text: ClosingText {
            note: note.into(),
            private_note: private.into(),
        },
    };
    assert_eq!(
        set("bye", "").apply(&mut ws, &ctx(day(7, 1))),
        Err(OpError::NotConcluded("Ada".into()))
    );
    ws.mentee_mut(0).status = MenteeStatus::Concluded;
    set(" Well done. ", " mine ")
        .apply(&mut ws, &ctx(day(7, 1)))
        .unwrap();
    assert_eq!(
        ws.mentees[0].closing,
        Some(Closing {
            note: "Well done.".into(),
            private_note: "mine".into(),
            written_on: day(7, 1),
        })
    );
    set("  ", "").apply(&mut ws, &ctx(day(7, 2))).unwrap();
    assert_eq!(ws.mentees[0].closing, None);
}
