//! The SMART check, letter by letter.

use super::*;
use crate::domain::{GoalId, GoalStatus, Metric};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    day(2026, 11, 29)
}

fn smart_goal() -> Goal {
    let mut g = Goal::new(
        GoalId::from_number(1),
        "Lead a design review",
        day(2026, 10, 1),
    );
    g.specific = "Run a design review for the payments team from invite to write-up".into();
    g.metric = Some(Metric {
        what: "design reviews led".into(),
        baseline: 0.0,
        target: 3.0,
        current: Some(1.0),
        unit: "reviews".into(),
    });
    g.achievable = "Shadow two reviews first; Dana coaches the first one".into();
    g.relevant = "Needed for the staff engineer promotion".into();
    g.due = Some(day(2027, 2, 15));
    g
}

#[test]
fn a_complete_goal_is_smart() {
    let r = check(&smart_goal(), today());
    assert!(r.is_smart(), "{r:?}");
    assert_eq!(r.strip(), "SMART");
    assert_eq!(r.missing().count(), 0);
}

#[test]
fn a_vague_goal_names_every_missing_letter() {
    let g = Goal::new(GoalId::from_number(2), "get better at leadership", today());
    let r = check(&g, today());
    assert_eq!(r.strip(), "·····");
    let reasons: Vec<_> = r
        .missing()
        .map(|l| l.reason.as_ref().unwrap().to_string())
        .collect();
    assert!(reasons[0].contains("\"get better at leadership\" does not say what"));
    assert!(reasons[1].contains("add a metric with a target"));
    assert!(reasons[2].contains("resources, support and constraints"));
    assert!(reasons[3].contains("why it matters"));
    assert!(reasons[4].contains("set a due date"));
}

#[test]
fn short_description_is_not_specific() {
    let mut g = smart_goal();
    g.specific = "be better".into();
    assert!(
        check(&g, today())
            .get(Letter::Specific)
            .reason
            .as_ref()
            .unwrap()
            .to_string()
            .contains("too short")
    );
}

#[test]
fn attendance_only_goal_is_flagged() {
    let mut g = smart_goal();
    g.metric = Some(Metric {
        what: "mentoring meetings attended".into(),
        baseline: 0.0,
        target: 6.0,
        current: None,
        unit: String::new(),
    });
    let r = check(&g, today());
    assert_eq!(r.strip(), "S·ART");
    assert!(
        r.get(Letter::Measurable)
            .reason
            .as_ref()
            .unwrap()
            .to_string()
            .contains("counts attendance")
    );

    let mut g = smart_goal();
    g.metric = None;
    g.criterion = "Have six sessions".into();
    assert!(!check(&g, today()).get(Letter::Measurable).holds);
    g.criterion = "Peers ask them to chair the review".into();
    assert!(check(&g, today()).get(Letter::Measurable).holds);
}

#[test]
fn target_equal_to_baseline_measures_nothing() {
    let mut g = smart_goal();
    if let Some(m) = g.metric.as_mut() {
        m.target = 0.0;
    }
    assert!(
        check(&g, today())
            .get(Letter::Measurable)
            .reason
            .as_ref()
            .unwrap()
            .to_string()
            .contains("equals its baseline")
    );
}

#[test]
fn past_due_date_breaks_time_bound_only_while_open() {
    let mut g = smart_goal();
    g.due = Some(day(2026, 3, 1));
    let r = check(&g, today());
    assert_eq!(
        r.get(Letter::TimeBound)
            .reason
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("time-bound: the due date 2026-03-01 has passed; move it or close the goal")
    );
    g.status = GoalStatus::Achieved;
    assert!(check(&g, today()).is_smart());
    g.due = Some(today());
    g.status = GoalStatus::Active;
    assert!(check(&g, today()).is_smart(), "due today is not yet past");
}
