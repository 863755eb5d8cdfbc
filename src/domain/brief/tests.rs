//! Each rule of the brief on a fixture: the facts, and each suggestion with its cause.

use super::*;
use crate::domain::ids::*;
use crate::domain::{
    ActionItem, Cadence, CadenceUnit, Feedback, Goal, Metric, Milestone, Session, SessionStatus,
    SkillLevel, Stage, Visibility,
};
use chrono::{FixedOffset, TimeZone};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

/// Today in the fixture.
fn today() -> NaiveDate {
    day(12, 1)
}

fn session(n: u64, date: NaiveDate, status: SessionStatus) -> Session {
    let at = FixedOffset::east_opt(3600)
        .unwrap()
        .from_local_datetime(&date.and_hms_opt(10, 0, 0).unwrap())
        .unwrap();
    Session::new(SessionId::from_number(n), at, status)
}

fn action(n: u64, text: &str, owner: Owner, due: Option<NaiveDate>) -> ActionItem {
    ActionItem {
        id: ActionId::from_number(n),
        text: text.into(),
        owner,
        due,
        done_on: None,
    }
}

fn feedback(n: u64, date: NaiveDate, kind: FeedbackKind) -> Feedback {
    Feedback {
        id: FeedbackId::from_number(n),
        date,
        kind,
        text: format!("{kind} note {n}"),
        goal: None,
        visibility: Visibility::Shared,
    }
}

/// A quiet mentee: met two days ago on a two-week cadence, nothing open.
fn quiet() -> Mentee {
    let mut m = Mentee::new(MenteeId::from_number(1), "Quinn", day(9, 1));
    m.agreement.cadence = Some(Cadence {
        every: 2,
        unit: CadenceUnit::Weeks,
    });
    let mut s = session(2, day(11, 29), SessionStatus::Held);
    s.agenda = "Review the plan".into();
    s.shared_notes = "Agreed the next step".into();
    s.private_notes = "PRIVATE seemed tired".into();
    m.sessions.push(s);
    m
}

/// A mentee where every rule fires.
fn busy() -> Mentee {
    let mut m = quiet();
    m.name = "Bea".into();
    // The last session was on 10-01: the cadence slipped.
    m.sessions[0] = {
        let mut s = session(2, day(10, 1), SessionStatus::Held);
        s.shared_notes = "Talked about the promotion case".into();
        s.agenda = "Promotion".into();
        s
    };
    // Moods 5, 4, 3, 2 over four held sessions, energy 2 at the last.
    for (n, (d, mood)) in [(9, 1), (9, 10), (9, 20)].iter().zip([5, 4, 3]).enumerate() {
        let mut s = session(10 + n as u64, day(d.0, d.1), SessionStatus::Held);
        s.mood = Some(mood);
        m.sessions.push(s);
    }
    m.sessions[0].mood = Some(2);
    m.sessions[0].energy = Some(2);
    m.sessions[1].actions.push(action(
        20,
        "Draft the case",
        Owner::Mentee,
        Some(day(11, 1)),
    ));
    m.sessions[2]
        .actions
        .push(action(21, "Read the RFC", Owner::Mentee, Some(day(11, 20))));
    m.sessions[0].actions.push(action(
        22,
        "Introduce to Dana",
        Owner::Mentor,
        Some(day(11, 25)),
    ));
    m.sessions[0]
        .actions
        .push(action(23, "Not yet due", Owner::Mentor, Some(day(12, 20))));
    m.sessions
        .push(session(30, day(12, 3), SessionStatus::Planned));
    let mut overdue = Goal::new(GoalId::from_number(40), "Give a talk", day(8, 1));
    overdue.due = Some(day(11, 21));
    let mut soon = Goal::new(GoalId::from_number(41), "Ship the tool", day(8, 1));
    soon.due = Some(day(12, 11));
    soon.metric = Some(Metric {
        what: "users".into(),
        baseline: 0.0,
        target: 10.0,
        current: Some(4.0),
        unit: String::new(),
    });
    let mut stalled = Goal::new(GoalId::from_number(42), "Lead reviews", day(8, 1));
    stalled.milestones.push(Milestone::new(
        MilestoneId::from_number(43),
        "First review",
        None,
    ));
    let mut moving = Goal::new(GoalId::from_number(44), "Write docs", day(8, 1));
    let mut done = Milestone::new(MilestoneId::from_number(45), "Outline", None);
    done.done_on = Some(day(10, 5));
    moving.milestones.push(done);
    moving
        .milestones
        .push(Milestone::new(MilestoneId::from_number(46), "Draft", None));
    m.goals = vec![overdue, soon, stalled, moving];
    m.feedback = vec![
        feedback(50, day(9, 1), FeedbackKind::Strength),
        feedback(51, day(10, 2), FeedbackKind::Improvement),
        feedback(52, day(10, 9), FeedbackKind::Observation),
        feedback(53, day(11, 2), FeedbackKind::Improvement),
        feedback(54, day(11, 3), FeedbackKind::Improvement),
    ];
    let mut stage = Stage::new(StageId::from_number(60), "Staff engineer");
    stage.status = StageStatus::InProgress;
    stage.target = Some(day(12, 31));
    stage.skills = vec!["Influence".into(), "SQL".into(), "Writing".into()];
    let mut done_stage = Stage::new(StageId::from_number(61), "Senior");
    done_stage.status = StageStatus::Done;
    m.path.title = "IC track".into();
    m.path.stages = vec![done_stage, stage];
    m.skills = vec![
        SkillLevel {
            skill: "sql".into(),
            current: Some(3),
            target: Some(4),
        },
        SkillLevel {
            skill: "Influence".into(),
            current: Some(1),
            target: Some(4),
        },
    ];
    m
}

fn rules(b: &Brief) -> Vec<Rule> {
    b.suggestions.iter().map(|s| s.rule).collect()
}

fn cause(b: &Brief, rule: Rule) -> Vec<&str> {
    b.suggestions
        .iter()
        .filter(|s| s.rule == rule)
        .map(|s| s.cause.as_str())
        .collect()
}

#[test]
fn a_quiet_mentee_gets_no_suggestion_and_the_last_sessions_shared_side() {
    let b = of_mentee(&quiet(), today());
    assert!(b.suggestions.is_empty(), "{:#?}", b.suggestions);
    let last = b.last_session.as_ref().unwrap();
    assert_eq!((last.date, last.days_since), (day(11, 29), 2));
    assert_eq!(last.shared_notes, "Agreed the next step");
    assert_eq!(last.agenda, "Review the plan");
    let json = serde_json::to_string(&b).unwrap();
    assert!(!json.contains("PRIVATE"), "{json}");
    let c = b.cadence.unwrap();
    assert_eq!((c.due, c.slipped), (day(12, 13), false));
    assert!(b.path.is_none());
}

#[test]
fn rule_1_first_session() {
    let mut m = quiet();
    m.sessions.clear();
    let b = of_mentee(&m, today());
    assert_eq!(
        cause(&b, Rule::FirstSession),
        ["no session with Quinn has been held yet"]
    );
}

#[test]
fn rule_2_cadence_slipped() {
    let b = of_mentee(&busy(), today());
    let c = b.cadence.as_ref().unwrap();
    assert!(c.slipped);
    assert_eq!((c.due, c.days_overdue), (day(10, 15), 47));
    assert_eq!(
        cause(&b, Rule::CadenceSlipped),
        [
            "cadence every 2 weeks; last held session 2026-10-01 (61 days ago); a session was due 2026-10-15 (47 days overdue)"
        ]
    );
    assert_eq!(b.next_session.as_ref().unwrap().id, "s30");
}

#[test]
fn rule_3_mood_falling_and_rule_4_low_energy() {
    let b = of_mentee(&busy(), today());
    assert_eq!(b.mood.mood, [Some(5), Some(4), Some(3), Some(2)]);
    assert!(b.mood.fell_three_in_a_row);
    assert_eq!(
        cause(&b, Rule::MoodFalling),
        ["mood fell at the last three sessions: 5 → 4 → 3 → 2"]
    );
    // The low mood is said once, by rule 3; the low energy by rule 4.
    assert_eq!(
        cause(&b, Rule::LowLevel),
        ["energy 2/5 at the session on 2026-10-01"]
    );
    let mut m = quiet();
    m.sessions[0].mood = Some(2);
    let b = of_mentee(&m, today());
    assert_eq!(
        cause(&b, Rule::LowLevel),
        ["mood 2/5 at the session on 2026-11-29"]
    );
}

#[test]
fn rule_5_overdue_action_items_of_each_side_oldest_first() {
    let b = of_mentee(&busy(), today());
    let ids = |v: &[OpenAction]| v.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    // Agreed 09-01 and 09-10, so a21 (from 09-10) comes after a20 (09-01).
    assert_eq!(ids(&b.mentee_actions), ["a20", "a21"]);
    assert_eq!(ids(&b.mentor_actions), ["a22", "a23"]);
    assert_eq!(b.mentee_actions[0].days_overdue, 30);
    assert_eq!(b.mentor_actions[1].days_overdue, 0);
    let texts: Vec<_> = b
        .suggestions
        .iter()
        .filter(|s| s.rule == Rule::OverdueAction)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(
        texts,
        [
            "Follow up: Draft the case",
            "Follow up: Read the RFC",
            "Report back on: Introduce to Dana"
        ]
    );
    assert_eq!(
        cause(&b, Rule::OverdueAction)[0],
        "the mentee's action item a20 from 2026-09-01 was due 2026-11-01, 30 days overdue"
    );
}

#[test]
fn rules_6_7_8_goals_overdue_due_soon_and_stalled() {
    let b = of_mentee(&busy(), today());
    let ids: Vec<_> = b.goals.iter().map(|g| g.id.as_str()).collect();
    // g44 had a milestone done after the last session: not listed.
    assert_eq!(ids, ["g40", "g41", "g42"]);
    assert_eq!(
        cause(&b, Rule::GoalOverdue),
        ["goal g40 was due 2026-11-21, 10 days overdue"]
    );
    assert_eq!(
        cause(&b, Rule::GoalDueSoon),
        ["goal g41 is due 2026-12-11, in 10 days"]
    );
    // g40 (no milestones, no metric) made no progress either, but is said once, as overdue.
    assert_eq!(
        cause(&b, Rule::GoalStalled),
        ["goal g42: no milestone done and no progress recorded since the session on 2026-10-01"]
    );
}

#[test]
fn progress_since_the_last_session_uses_what_has_a_date() {
    let since = day(10, 1);
    let mut g = Goal::new(GoalId::from_number(1), "g", day(1, 1));
    assert!(!progressed_since(&g, since), "nothing to show progress by");
    g.metric = Some(Metric {
        what: "x".into(),
        baseline: 0.0,
        target: 3.0,
        current: None,
        unit: String::new(),
    });
    assert!(!progressed_since(&g, since), "a metric never recorded");
    g.metric.as_mut().unwrap().current = Some(1.0);
    assert!(progressed_since(&g, since), "a recorded value: cannot tell");
    let mut k = Milestone::new(MilestoneId::from_number(2), "k", None);
    g.milestones.push(k.clone());
    assert!(!progressed_since(&g, since), "an open milestone, none done");
    k.done_on = Some(day(9, 30));
    g.milestones = vec![k.clone()];
    g.metric = None;
    assert!(progressed_since(&g, since), "all milestones done");
    k.done_on = Some(day(10, 1));
    g.milestones = vec![k, Milestone::new(MilestoneId::from_number(3), "l", None)];
    assert!(progressed_since(&g, since), "one done on the day counts");
    g.milestones.truncate(0);
    g.achieved_on = Some(day(10, 2));
    assert!(progressed_since(&g, since));
}

#[test]
fn rule_9_only_improvements_lately() {
    let b = of_mentee(&busy(), today());
    assert!(b.feedback.only_improvements);
    assert_eq!(b.feedback.since, Some(day(10, 1)));
    let kinds: Vec<_> = b.feedback.notes.iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds,
        [
            FeedbackKind::Improvement,
            FeedbackKind::Improvement,
            FeedbackKind::Observation,
            FeedbackKind::Improvement
        ]
    );
    assert_eq!(
        (
            b.feedback.balance.strengths,
            b.feedback.balance.improvements
        ),
        (0, 3)
    );
    assert_eq!(
        cause(&b, Rule::OnlyImprovements),
        [
            "the last 3 strengths and improvements given (2026-11-03, 2026-11-02, 2026-10-02) were all improvements"
        ]
    );
    let mut m = busy();
    m.feedback
        .push(feedback(55, day(11, 4), FeedbackKind::Strength));
    assert!(!of_mentee(&m, today()).feedback.only_improvements);
}

#[test]
fn rules_10_11_stage_and_skill_gap() {
    let b = of_mentee(&busy(), today());
    let p = b.path.as_ref().unwrap();
    assert_eq!(p.stages.len(), 1, "the done stage is left out");
    assert_eq!(p.gaps[0].skill, "Influence");
    assert_eq!(p.gaps[0].gap, 3);
    assert_eq!(p.unassessed, ["Writing"], "sql is known in another case");
    assert_eq!(
        cause(&b, Rule::StageNext),
        ["stage st60 is in progress, target 2026-12-31; needs Influence, SQL, Writing"]
    );
    assert_eq!(
        cause(&b, Rule::SkillGap),
        ["Influence: level 1 of target 4 (gap 3), the biggest gap"]
    );
}

#[test]
fn every_suggestion_has_a_cause_and_the_order_of_the_rules() {
    let b = of_mentee(&busy(), today());
    assert!(b.suggestions.iter().all(|s| !s.cause.trim().is_empty()));
    let mut order = rules(&b);
    order.dedup();
    assert_eq!(
        order,
        [
            Rule::CadenceSlipped,
            Rule::MoodFalling,
            Rule::LowLevel,
            Rule::OverdueAction,
            Rule::GoalOverdue,
            Rule::GoalDueSoon,
            Rule::GoalStalled,
            Rule::OnlyImprovements,
            Rule::StageNext,
            Rule::SkillGap
        ]
    );
    assert_eq!(of_mentee(&busy(), today()), b, "deterministic");
}

#[test]
fn brief_by_index() {
    let mut ws = Workspace::default();
    ws.push_mentee(busy());
    assert_eq!(brief(&ws, 0, today()).unwrap().mentee, "Bea");
    assert!(brief(&ws, 1, today()).is_none());
}
