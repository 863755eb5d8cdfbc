//! Each proposal rule on the state that triggers it (one test per row of [`RULES`]), the rest
//! of a question asked, the mentor's own questions first, and the cap of three.

use super::*;
use crate::domain::brief::of_mentee_with;
use crate::domain::ids::*;
use crate::domain::mentee::Asked;
use crate::domain::{Feedback, FeedbackKind, Goal, Session, SessionStatus, Visibility};
use crate::i18n::{Lang, with_lang};
use chrono::{FixedOffset, TimeZone};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn today() -> NaiveDate {
    day(12, 1)
}

/// A SMART goal, created after the last session (so not "without progress").
fn smart_goal(n: u64, title: &str) -> Goal {
    let mut g = Goal::new(GoalId::from_number(n), title, day(11, 30));
    g.specific = "Lead the weekly design review alone".into();
    g.criterion = "the team asks me to lead it again".into();
    g.achievable = "Dana coaches me twice".into();
    g.relevant = "the next step to staff engineer".into();
    g.due = Some(day(12, 31));
    g
}

/// A mentee where no rule but the last fires: a peer mentoring with an agreement written down,
/// met yesterday, no open goal is worrying... and (so "no goals" is quiet) one SMART goal.
fn calm() -> Mentee {
    let mut m = Mentee::new(MenteeId::from_number(1), "Quinn", day(9, 1));
    m.kind = MentoringKind::Peer;
    m.agreement.boundaries = "no HR matters".into();
    m.agreement.response_time = "two working days".into();
    m.agreement.ends_on = Some(day(6, 30).with_year_2027());
    let at = FixedOffset::east_opt(3600)
        .unwrap()
        .from_local_datetime(&day(11, 29).and_hms_opt(10, 0, 0).unwrap())
        .unwrap();
    m.sessions.push(Session::new(
        SessionId::from_number(2),
        at,
        SessionStatus::Held,
    ));
    m.goals.push(smart_goal(3, "Lead reviews"));
    m
}

trait NextYear {
    fn with_year_2027(self) -> NaiveDate;
}

impl NextYear for NaiveDate {
    fn with_year_2027(self) -> NaiveDate {
        use chrono::Datelike;
        self.with_year(2027).unwrap()
    }
}

fn proposals(m: &Mentee) -> Vec<Proposal> {
    proposals_from(m, &Bank::builtin())
}

fn proposals_from(m: &Mentee, bank: &Bank) -> Vec<Proposal> {
    with_lang(Lang::En, || {
        let b = of_mentee_with(m, today(), bank);
        b.questions
    })
}

fn rules_of(ps: &[Proposal]) -> Vec<When> {
    ps.iter().map(|p| p.rule).collect()
}

#[test]
fn a_calm_mentee_gets_a_progress_check_in_and_a_feedback_question() {
    let ps = proposals(&calm());
    assert_eq!(rules_of(&ps), vec![When::OpenGoals, When::Always]);
    assert_eq!(ps[0].key, "q-progress-1");
    assert_eq!(ps[0].reason, "one open goal: check in on progress");
    assert_eq!(ps[1].key, "q-feedback-1");
    assert_eq!(
        ps[1].reason,
        "the mentoring itself deserves a question now and then"
    );
}

#[test]
fn rule_end_near_proposes_closing_questions() {
    let mut m = calm();
    m.agreement.ends_on = Some(day(12, 20));
    let ps = proposals(&m);
    assert_eq!(rules_of(&ps)[..2], [When::EndNear, When::EndNear]);
    assert_eq!(
        (ps[0].key.as_str(), ps[1].key.as_str()),
        ("q-closing-1", "q-closing-2")
    );
    assert_eq!(
        ps[0].reason,
        "the agreement ends on 2026-12-20 (in 19 days)"
    );
    assert_eq!(ps[0].phase, Phase::Closing);
    m.agreement.ends_on = Some(day(11, 1));
    assert_eq!(
        proposals(&m)[0].reason,
        "the agreement ended on 2026-11-01 and the mentoring is still open"
    );
    // Further off than END_NEAR_DAYS, or concluded: no closing questions.
    m.agreement.ends_on = Some(today() + chrono::Duration::days(END_NEAR_DAYS + 1));
    assert!(!rules_of(&proposals(&m)).contains(&When::EndNear));
    m.agreement.ends_on = Some(day(12, 20));
    m.status = MenteeStatus::Concluded;
    assert!(!rules_of(&proposals(&m)).contains(&When::EndNear));
}

#[test]
fn rule_no_goals_proposes_getting_to_know_then_goal_questions() {
    let mut m = calm();
    m.goals.clear();
    let ps = proposals(&m);
    assert_eq!(
        rules_of(&ps),
        vec![When::NoGoals, When::NoGoals, When::NoGoals]
    );
    let keys: Vec<&str> = ps.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(keys, vec!["q-know-1", "q-know-2", "q-goal-1"]);
    assert_eq!(
        ps[0].reason,
        "no open goal yet: get to know each other first"
    );
    assert_eq!(
        ps[2].reason,
        "no open goal yet: find what they want to work on"
    );
}

#[test]
fn rule_smart_fails_on_m_proposes_the_measurability_question() {
    let mut m = calm();
    m.goals[0].criterion.clear();
    let ps = proposals(&m);
    assert_eq!(ps[0].rule, When::SmartFails(Letter::Measurable));
    assert_eq!(ps[0].key, "q-goal-measurable-1");
    let why = with_lang(Lang::En, || smart::Reason::NoMeasure.to_string());
    assert_eq!(ps[0].reason, format!("goal “Lead reviews”: {why}"));
}

#[test]
fn rule_smart_fails_proposes_one_question_per_failing_letter() {
    for (letter, key) in [
        (Letter::Specific, "q-goal-specific-1"),
        (Letter::Measurable, "q-goal-measurable-1"),
        (Letter::Achievable, "q-goal-achievable-1"),
        (Letter::Relevant, "q-goal-relevant-1"),
        (Letter::TimeBound, "q-goal-time-bound-1"),
    ] {
        let mut m = calm();
        let g = &mut m.goals[0];
        match letter {
            Letter::Specific => g.specific.clear(),
            Letter::Measurable => g.criterion.clear(),
            Letter::Achievable => g.achievable.clear(),
            Letter::Relevant => g.relevant.clear(),
            Letter::TimeBound => g.due = None,
        }
        let ps = proposals(&m);
        assert_eq!(ps[0].rule, When::SmartFails(letter), "{letter:?}");
        assert_eq!(ps[0].key, key);
        let why = with_lang(Lang::En, || {
            let check = smart::check(&m.goals[0], today());
            check.get(letter).reason.as_ref().unwrap().to_string()
        });
        assert_eq!(ps[0].reason, format!("goal “Lead reviews”: {why}"));
    }
    // Two goals failing the same letter: a question for each, not the same one twice.
    let mut m = calm();
    m.goals[0].criterion.clear();
    let mut other = smart_goal(4, "Write docs");
    other.criterion.clear();
    m.goals.push(other);
    let ps = proposals(&m);
    assert_eq!(ps[0].key, "q-goal-measurable-1");
    assert_eq!(ps[0].rule, When::SmartFails(Letter::Measurable));
    assert_ne!(
        ps[1].rule,
        When::SmartFails(Letter::Measurable),
        "take is 1 a row"
    );
}

#[test]
fn rule_goal_overdue_proposes_an_obstacle_question() {
    let mut m = calm();
    // Overdue: T fails too; the obstacle comes first, then the letter.
    m.goals[0].due = Some(day(11, 20));
    let ps = proposals(&m);
    assert_eq!(
        rules_of(&ps),
        vec![
            When::GoalOverdue,
            When::SmartFails(Letter::TimeBound),
            When::OpenGoals
        ]
    );
    assert_eq!(ps[0].key, "q-progress-obstacle-1");
    assert_eq!(
        ps[0].reason,
        "goal “Lead reviews” is past its due date 2026-11-20"
    );
}

#[test]
fn rule_goal_stalled_proposes_an_obstacle_question() {
    let mut m = calm();
    // Created before the last session, with an open milestone none of which is done.
    m.goals[0].created_on = day(10, 1);
    m.goals[0].milestones.push(crate::domain::Milestone::new(
        MilestoneId::from_number(9),
        "First review",
        None,
    ));
    let ps = proposals(&m);
    assert_eq!(ps[0].rule, When::GoalStalled);
    assert_eq!(ps[0].key, "q-progress-obstacle-1");
    assert_eq!(
        ps[0].reason,
        "goal “Lead reviews” has made no progress since 2026-11-29"
    );
}

fn note(n: u64, date: NaiveDate, kind: FeedbackKind) -> Feedback {
    Feedback {
        id: FeedbackId::from_number(n),
        date,
        kind,
        text: "note".into(),
        goal: None,
        visibility: Visibility::Private,
    }
}

#[test]
fn rule_feedback_leaning_to_improvements_proposes_a_strengths_question() {
    let mut m = calm();
    m.feedback
        .push(note(20, day(11, 10), FeedbackKind::Improvement));
    m.feedback
        .push(note(21, day(11, 20), FeedbackKind::Improvement));
    let ps = proposals(&m);
    assert_eq!(ps[0].rule, When::LeansToImprovements);
    assert_eq!(ps[0].key, "q-feedback-strength-1");
    assert_eq!(
        ps[0].reason,
        "the feedback lately leans to improvements: start from what goes well"
    );
    // A strength among the latest: no longer leaning.
    m.feedback
        .push(note(22, day(11, 25), FeedbackKind::Strength));
    assert!(!rules_of(&proposals(&m)).contains(&When::LeansToImprovements));
}

#[test]
fn rule_no_boundaries_proposes_an_expectations_question() {
    let mut m = calm();
    m.agreement.boundaries.clear();
    let ps = proposals(&m);
    assert_eq!(ps[0].rule, When::NoBoundaries);
    assert_eq!(ps[0].key, "q-expect-1");
    assert_eq!(ps[0].phase, Phase::Expectations);
}

#[test]
fn rule_career_proposes_a_career_question() {
    let mut m = calm();
    m.kind = MentoringKind::Career;
    let ps = proposals(&m);
    assert_eq!(ps[0].rule, When::Career);
    assert_eq!(ps[0].key, "q-career-1");
    assert_eq!(ps[0].reason, "a career mentoring: look ahead together");
}

#[test]
fn rules_open_goals_and_always_close_the_list() {
    let m = calm();
    let ps = proposals(&m);
    assert_eq!(rules_of(&ps), vec![When::OpenGoals, When::Always]);
    let mut two = calm();
    two.goals.push(smart_goal(4, "Write docs"));
    assert_eq!(
        proposals(&two)[0].reason,
        "2 open goals: check in on progress"
    );
}

#[test]
fn a_question_asked_within_the_rows_rest_is_not_proposed_again() {
    let mut m = calm();
    m.goals[0].criterion.clear();
    m.asked.push(Asked {
        question: "q-goal-measurable-1".into(),
        on: day(11, 20),
    });
    // 11 days ago, the row rests 30: the second measurability question instead.
    assert_eq!(proposals(&m)[0].key, "q-goal-measurable-2");
    m.asked.push(Asked {
        question: "q-goal-measurable-2".into(),
        on: day(11, 20),
    });
    // Both resting: the row gives nothing, the next rows fill in.
    assert_ne!(proposals(&m)[0].rule, When::SmartFails(Letter::Measurable));
    // Asked longer ago than the rest: proposed again.
    let mut later = m.clone();
    later.asked[0].on = today() - chrono::Duration::days(30);
    assert_eq!(proposals(&later)[0].key, "q-goal-measurable-1");
    assert!(resting(&m, "q-goal-measurable-1", 30, today()));
    assert!(!resting(&later, "q-goal-measurable-1", 30, today()));
}

#[test]
fn the_mentors_own_questions_come_first_and_at_most_three_are_proposed() {
    let (own, _) = super::super::own::parse(
        "q",
        "[goals.measurable]\nWhat number would make you proud?\n",
    );
    let bank = Bank::with_own(own);
    let mut m = calm();
    m.goals[0].criterion.clear();
    m.kind = MentoringKind::Career;
    m.agreement.boundaries.clear();
    m.agreement.ends_on = Some(day(12, 10));
    let ps = proposals_from(&m, &bank);
    assert_eq!(ps.len(), PROPOSED);
    assert_eq!(
        rules_of(&ps),
        vec![
            When::EndNear,
            When::EndNear,
            When::SmartFails(Letter::Measurable)
        ]
    );
    assert!(ps[2].own);
    assert_eq!(ps[2].text, "What number would make you proud?");
}

#[test]
fn reasons_read_in_dutch() {
    let mut m = calm();
    m.goals.clear();
    let ps = with_lang(Lang::Nl, || {
        of_mentee_with(&m, today(), &Bank::builtin()).questions
    });
    assert_eq!(ps[0].text, "Waarom wil je juist nu een mentor?");
    assert_eq!(ps[0].reason, "nog geen open doel: leer elkaar eerst kennen");
}

#[test]
fn every_rule_has_its_reason_in_both_languages_and_rests_a_while() {
    for rule in RULES {
        for lang in Lang::ALL {
            assert!(
                crate::i18n::has(lang, rule.reason),
                "{} in {lang:?}",
                rule.reason
            );
        }
        assert!(rule.rest_days > 0 && rule.take > 0);
        assert!(rule.focus.is_none_or(|f| f.phase() == rule.phase));
    }
    assert_eq!(RULES.last().map(|r| r.when), Some(When::Always));
}
