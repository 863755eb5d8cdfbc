use super::*;
use crate::domain::ids::*;
use crate::domain::{ActionItem, FeedbackKind, Goal, Visibility};
use chrono::{FixedOffset, TimeZone};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn held(n: u64, date: NaiveDate, notes: &str) -> Session {
    let at = FixedOffset::east_opt(0)
        .unwrap()
        .from_local_datetime(&date.and_hms_opt(9, 0, 0).unwrap())
        .unwrap();
    let mut s = Session::new(SessionId::from_number(n), at, SessionStatus::Held);
    s.shared_notes = notes.into();
    s
}

fn action(n: u64, owner: Owner, due: Option<NaiveDate>, done: Option<NaiveDate>) -> ActionItem {
    ActionItem {
        id: ActionId::from_number(n),
        text: format!("item{n}"),
        owner,
        due,
        done_on: done,
    }
}

fn mentee() -> Mentee {
    let mut m = Mentee::new(MenteeId::from_number(1), "Ada", day(1, 1));
    let mut a = held(
        2,
        day(3, 1),
        "We talked about the promotion and the roadmap.",
    );
    a.actions = vec![
        action(10, Owner::Mentee, Some(day(3, 10)), Some(day(3, 8))),
        action(11, Owner::Mentee, Some(day(3, 10)), Some(day(3, 20))),
        action(12, Owner::Mentor, None, None),
    ];
    let mut b = held(
        3,
        day(4, 1),
        "De promotie: we hebben het over de roadmap gehad.",
    );
    b.private_notes = "Promotion worries again".into();
    b.actions = vec![action(13, Owner::Mentee, None, None)];
    let mut planned = held(4, day(5, 1), "promotion promotion roadmap");
    planned.status = SessionStatus::Planned;
    m.sessions = vec![b, a, planned];
    m.feedback.push(Feedback {
        id: FeedbackId::from_number(5),
        date: day(4, 2),
        kind: FeedbackKind::Strength,
        text: "Clear roadmap write-up".into(),
        goal: None,
        visibility: Visibility::Private,
    });
    let mut won = Goal::new(GoalId::from_number(6), "Lead a review", day(1, 5));
    won.status = GoalStatus::Achieved;
    won.achieved_on = Some(day(3, 15));
    let mut old = won.clone();
    old.id = GoalId::from_number(7);
    old.achieved_on = Some(day(1, 20));
    let mut dropped = Goal::new(GoalId::from_number(8), "Learn Go", day(1, 6));
    dropped.status = GoalStatus::Dropped;
    m.goals = vec![
        won,
        old,
        dropped,
        Goal::new(GoalId::from_number(9), "Open", day(1, 1)),
    ];
    m
}

#[test]
fn terms_leave_out_english_and_dutch_stop_words_short_words_and_numbers() {
    assert_eq!(
        terms("We talked about the roadmap, and 2026 Q1 — it's done."),
        ["talked", "roadmap"]
    );
    assert_eq!(
        terms("Wij hebben het over de roadmap gehad, maar niet over geld"),
        ["roadmap", "geld"]
    );
    assert_eq!(terms("Zoë's café"), ["zoë's", "café"]);
    assert!(stop_words().contains("the") && stop_words().contains("niet"));
}

#[test]
fn themes_are_terms_on_two_or_more_occasions_ranked() {
    let s = summarise(&mentee(), None, day(6, 1));
    let names: Vec<_> = s.themes.iter().map(|t| t.term.as_str()).collect();
    // roadmap: two sessions and the feedback; promotion: two sessions (one in private notes);
    // the planned session does not count; "promotie" only once; the mentee's name is no theme.
    assert_eq!(names, ["roadmap", "promotion"]);
    assert_eq!(s.themes[0].occasions, 3);
    assert_eq!(s.themes[0].dates, [day(3, 1), day(4, 1), day(4, 2)]);
    assert_eq!(s.sessions, [day(3, 1), day(4, 1)]);
    assert_eq!(s.feedback_notes, 1);
}

#[test]
fn follow_through_per_side() {
    let s = summarise(&mentee(), None, day(6, 1));
    let mentee_side = &s.follow_through[0];
    assert_eq!(mentee_side.owner, Owner::Mentee);
    assert_eq!(
        (mentee_side.made, mentee_side.kept, mentee_side.kept_on_time),
        (3, 2, 1)
    );
    assert!((mentee_side.rate.unwrap() - 2.0 / 3.0).abs() < 1e-9);
    let mentor_side = &s.follow_through[1];
    assert_eq!((mentor_side.made, mentor_side.kept), (1, 0));
    assert_eq!(mentor_side.rate, Some(0.0));
    let ids: Vec<_> = s.commitments.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["a10", "a11", "a12", "a13"], "oldest session first");
}

#[test]
fn since_limits_the_period_and_goals_achieved_and_dropped() {
    let s = summarise(&mentee(), Some(day(3, 2)), day(6, 1));
    assert_eq!(s.sessions, [day(4, 1)]);
    assert_eq!(s.follow_through[0].made, 1);
    assert_eq!(s.follow_through[1].rate, None);
    let achieved: Vec<_> = s.achieved.iter().map(|g| (g.id.as_str(), g.date)).collect();
    assert_eq!(achieved, [("g6", Some(day(3, 15)))]);
    let all = summarise(&mentee(), None, day(6, 1));
    assert_eq!(all.achieved.len(), 2);
    assert_eq!(all.dropped.len(), 1);
    assert_eq!(all.dropped[0].date, None);
    assert_eq!(all.dropped[0].created_on, day(1, 6));
}
