use super::demo_workspace;
use crate::domain::derived::{
    BalanceVerdict, action_overdue, feedback_balance, goal_overdue, mentor_load, milestone_overdue,
    next_checkin,
};
use crate::domain::smart::{self, Letter};
use crate::domain::{
    ConnectionKind, ConnectionStatus, FeedbackKind, Goal, GoalStatus, Mentee, MenteeStatus,
    MentoringKind, SessionStatus, Visibility, Workspace,
};
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A few days that matter (a leap day, a year's end, each day of the week), then a year and a
/// bit of consecutive days.
fn todays() -> Vec<NaiveDate> {
    let mut days = vec![
        day(2028, 2, 29),
        day(2026, 12, 31),
        day(2026, 11, 29),
        day(2027, 1, 1),
        day(2025, 3, 1),
    ];
    days.extend(day(2026, 1, 1).iter_days().take(400));
    days
}

fn goals(ws: &Workspace) -> impl Iterator<Item = &Goal> {
    ws.mentees.iter().flat_map(|m| m.goals.iter())
}

fn mentee<'a>(ws: &'a Workspace, name: &str) -> &'a Mentee {
    ws.mentees.iter().find(|m| m.name == name).unwrap()
}

#[test]
fn validates_on_any_day() {
    for today in todays() {
        let ws = demo_workspace(today);
        assert_eq!(ws.validate(), Ok(()), "on {today}");
        assert_eq!(ws.mentees.len(), 7);
        assert_eq!(ws.mentor.name, "Sam Rivera");
    }
}

#[test]
fn is_deterministic() {
    for today in [day(2026, 11, 29), day(2028, 2, 29)] {
        assert_eq!(demo_workspace(today), demo_workspace(today));
    }
    assert_ne!(
        demo_workspace(day(2026, 11, 29)),
        demo_workspace(day(2026, 11, 30))
    );
}

#[test]
fn covers_every_kind_and_status() {
    let ws = demo_workspace(day(2026, 11, 29));
    let has = |f: &dyn Fn(&Mentee) -> bool| ws.mentees.iter().any(|m| f(m));
    for kind in [
        MentoringKind::Career,
        MentoringKind::Peer,
        MentoringKind::Life,
    ] {
        let n = ws.mentees.iter().filter(|m| m.kind == kind).count();
        assert!(n >= 2, "{kind}: {n} mentees");
    }
    for status in [
        MenteeStatus::Active,
        MenteeStatus::Paused,
        MenteeStatus::Concluded,
    ] {
        assert!(has(&|m| m.status == status), "{status}");
    }
    let concluded = ws
        .mentees
        .iter()
        .find(|m| m.status == MenteeStatus::Concluded)
        .unwrap();
    assert!(concluded.ended_on.is_some());
    for status in [
        GoalStatus::Draft,
        GoalStatus::Active,
        GoalStatus::Achieved,
        GoalStatus::Dropped,
    ] {
        assert!(goals(&ws).any(|g| g.status == status), "{status}");
    }
    assert!(
        goals(&ws)
            .filter(|g| g.status == GoalStatus::Achieved)
            .all(|g| g.achieved_on.is_some())
    );
    for status in [
        SessionStatus::Planned,
        SessionStatus::Held,
        SessionStatus::Cancelled,
    ] {
        assert!(
            has(&|m| m.sessions.iter().any(|s| s.status == status)),
            "{status}"
        );
    }
    for kind in [
        FeedbackKind::Strength,
        FeedbackKind::Improvement,
        FeedbackKind::Observation,
    ] {
        assert!(
            has(&|m| m.feedback.iter().any(|f| f.kind == kind)),
            "{kind}"
        );
    }
    for vis in [Visibility::Shared, Visibility::Private] {
        assert!(
            has(&|m| m.feedback.iter().any(|f| f.visibility == vis)),
            "{vis}"
        );
    }
    for kind in [
        ConnectionKind::Introduction,
        ConnectionKind::Event,
        ConnectionKind::Course,
        ConnectionKind::Resource,
    ] {
        assert!(
            has(&|m| m.connections.iter().any(|c| c.kind == kind)),
            "{kind}"
        );
    }
    for status in [ConnectionStatus::Suggested, ConnectionStatus::Done] {
        assert!(
            has(&|m| m.connections.iter().any(|c| c.status == status)),
            "{status}"
        );
    }
    for m in &ws.mentees {
        assert!((1..=4).contains(&m.goals.len()), "{}", m.name);
        assert!((1..=5).contains(&m.sessions.len()), "{}", m.name);
        assert!(m.goals.iter().all(|g| g.milestones.len() <= 4));
        assert!(!m.aspirations.is_empty() && !m.private_notes.is_empty());
        assert!(m.agreement.cadence.is_some() && !m.agreement.boundaries.is_empty());
        if m.status == MenteeStatus::Active {
            assert!(m.feedback.len() >= 3, "{}", m.name);
        }
    }
}

#[test]
fn smart_check_finds_complete_and_each_missing_letter() {
    for today in todays() {
        let ws = demo_workspace(today);
        let reports: Vec<_> = goals(&ws).map(|g| smart::check(g, today)).collect();
        assert!(reports.iter().any(|r| r.is_smart()), "on {today}");
        for letter in Letter::ALL {
            assert!(
                reports.iter().any(|r| !r.get(letter).holds),
                "no goal fails {letter:?} on {today}"
            );
        }
    }
    let today = day(2026, 11, 29);
    let ws = demo_workspace(today);
    let strip = |title: &str| {
        let g = goals(&ws).find(|g| g.title == title).unwrap();
        smart::check(g, today).strip()
    };
    assert_eq!(strip("Lead three cross-team design reviews"), "SMART");
    assert_eq!(strip("Get better at leadership"), "·····");
    assert_eq!(strip("Attend six mentoring sessions"), "S·ART");
    assert_eq!(strip("Ship the bulk refund spec"), "SMAR·");
    assert_eq!(strip("Protect two evenings a week"), "SMA·T");
    assert_eq!(strip("Hold everyday conversations in Portuguese"), "SM·RT");
}

#[test]
fn something_is_overdue_and_bilal_is_behind() {
    for today in todays() {
        let ws = demo_workspace(today);
        assert!(
            goals(&ws)
                .flat_map(|g| g.milestones.iter())
                .any(|k| milestone_overdue(k, today)),
            "on {today}"
        );
        assert!(goals(&ws).any(|g| goal_overdue(g, today)), "on {today}");
        assert!(
            ws.mentees
                .iter()
                .flat_map(|m| m.sessions.iter())
                .flat_map(|s| s.actions.iter())
                .any(|a| action_overdue(a, today)),
            "on {today}"
        );
        let late: Vec<&str> = ws
            .mentees
            .iter()
            .filter(|m| next_checkin(m, today).is_some_and(|c| c.days_overdue > 0))
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(late, ["Bilal Haddad"], "on {today}");
    }
}

#[test]
fn dates_fall_on_the_right_side_of_today() {
    for today in todays() {
        let ws = demo_workspace(today);
        for m in &ws.mentees {
            let started = m.started_on.unwrap();
            assert!(started < today && m.ended_on.is_none_or(|e| e < today));
            for g in &m.goals {
                assert!(
                    started <= g.created_on && g.created_on <= today,
                    "{}",
                    g.title
                );
                assert!(g.achieved_on.is_none_or(|a| a <= today));
                assert!(
                    g.milestones
                        .iter()
                        .all(|k| k.done_on.is_none_or(|d| d <= today))
                );
            }
            for s in &m.sessions {
                let date = s.date();
                assert!(started <= date, "{} {}", m.name, s.id);
                match s.status {
                    SessionStatus::Planned => assert!(date > today, "{} on {today}", s.id),
                    _ => assert!(date < today, "{} on {today}", s.id),
                }
                for a in &s.actions {
                    assert!(
                        a.done_on.is_none_or(|d| date <= d && d <= today),
                        "{} on {today}",
                        a.id
                    );
                }
            }
            assert!(m.feedback.iter().all(|f| f.date <= today));
        }
    }
}

#[test]
fn feedback_balance_warns_both_ways_and_load_fits() {
    let ws = demo_workspace(day(2026, 11, 29));
    let verdict = |name: &str| feedback_balance(&mentee(&ws, name).feedback, 10).verdict;
    assert_eq!(verdict("Bilal Haddad"), BalanceVerdict::NeedsStrengths);
    assert_eq!(verdict("Chen Wei"), BalanceVerdict::NeedsImprovements);
    assert_eq!(verdict("Alice Moreau"), BalanceVerdict::Balanced);
    assert!(!mentor_load(&ws).over_capacity());
}

#[test]
fn records_survive_json() {
    let ws = demo_workspace(day(2028, 2, 29));
    for m in &ws.mentees {
        let text = serde_json::to_string(m).unwrap();
        let back: Mentee = serde_json::from_str(&text).unwrap();
        assert_eq!(&back, m.as_ref());
    }
}

#[test]
fn four_mentees_have_career_paths_with_goals_skills_and_levels() {
    use crate::domain::StageStatus;
    let ws = demo_workspace(day(2026, 11, 29));
    let with_path: Vec<&str> = ws
        .mentees
        .iter()
        .filter(|m| !m.path.stages.is_empty())
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(
        with_path,
        [
            "Alice Moreau",
            "Bilal Haddad",
            "Emil Sørensen",
            "Grace Lindqvist"
        ]
    );
    let alice = mentee(&ws, "Alice Moreau");
    let statuses: Vec<StageStatus> = alice.path.stages.iter().map(|s| s.status).collect();
    assert_eq!(
        statuses,
        [
            StageStatus::Done,
            StageStatus::InProgress,
            StageStatus::Open
        ]
    );
    // Every goal a stage names was found by its title.
    let goals_named = |name: &str| -> Vec<usize> {
        let stages = &mentee(&ws, name).path.stages;
        stages.iter().map(|st| st.goals.len()).collect()
    };
    assert_eq!(goals_named("Alice Moreau"), [0, 2, 1]);
    assert_eq!(goals_named("Bilal Haddad"), [0, 2, 0, 0]);
    assert_eq!(goals_named("Emil Sørensen"), [1, 2, 0]);
    assert_eq!(goals_named("Grace Lindqvist"), [0, 1, 1]);
    // Every skill a stage needs has a level, with a gap somewhere on the way.
    for m in ws.mentees.iter().filter(|m| !m.path.stages.is_empty()) {
        for skill in m.path.stages.iter().flat_map(|st| &st.skills) {
            assert!(
                m.skills.iter().any(|l| &l.skill == skill),
                "{}: {skill}",
                m.name
            );
        }
    }
    assert!(alice.skills.iter().any(|l| l.gap() >= 2));
    assert_eq!(ws.skills.len(), 3);
    assert!(ws.skills.iter().all(|s| !s.description.is_empty()));
    // The stages took the last IDs: every other record keeps the one it had.
    let first_stage = ws
        .mentees
        .iter()
        .flat_map(|m| &m.path.stages)
        .next()
        .unwrap();
    assert!(first_stage.id.number().unwrap() > 100);
}
