//! Emil Sørensen, life: keeping burnout away. A SMART running goal with an overdue milestone and
//! an overdue action item, a boundary goal that never says why it matters, and an achieved week
//! off.

use super::builder::{Demo, every, metric, tags};
use crate::domain::{
    Agreement, CadenceUnit, Channel, ConnectionKind as CK, ConnectionStatus as CS,
    FeedbackKind as FK, GoalStatus, Mentee, MentoringKind, Owner, SessionStatus, Visibility as V,
};

pub fn emil(d: &mut Demo) -> Mentee {
    let mut m = d.mentee("Emil Sørensen", MentoringKind::Life, -120);
    m.aspirations = "Recover from last year's burnout and keep it that way: regular exercise, \
        evenings that belong to the family, and saying no at work without guilt."
        .into();
    m.private_notes = "Under his GP's care for sleep last autumn. I am not his therapist: stay on \
        habits and structure, and refer him back if the sleep problems return. Humour helps."
        .into();
    m.agreement = Agreement {
        cadence: every(1, CadenceUnit::Months),
        session_minutes: Some(60),
        channels: vec![Channel::InPerson, Channel::Phone],
        response_time: "A text within a couple of days; no calls in working hours".into(),
        boundaries: "Medical details stay with his GP. No sessions after 19:00.".into(),
        success_measures: "Emil keeps two protected evenings a week for three months and finishes \
            the half marathon."
            .into(),
        ends_on: None,
        ..Agreement::default()
    };

    let mut run = d.goal("Run a half marathon", GoalStatus::Active, -100);
    run.specific = "Finish the city half marathon in the autumn at an easy pace, following a \
        three-runs-a-week plan."
        .into();
    run.metric = metric("longest continuous run", 5.0, 21.1, 14.0, "km");
    run.achievable = "The running club's plan; Tuesday and Saturday runs fit around childcare, \
        and his partner covers Saturday mornings."
        .into();
    run.relevant = "Running was the one habit that helped through the burnout; a race date keeps \
        it from slipping."
        .into();
    run.due = Some(d.day(90));
    run.skills = tags(&["endurance", "planning"]);
    run.milestones = vec![
        d.milestone(
            "Run 10 km without stopping",
            -40,
            Some(-44),
            "10.5 km around the lake.",
        ),
        d.milestone(
            "Register for the race",
            -5,
            None,
            "Registration closes soon; he keeps putting it off.",
        ),
        d.milestone("Long run of 15 km", 14, None, ""),
        d.milestone("Long run of 18 km", 45, None, ""),
    ];

    let mut evenings = d.goal("Protect two evenings a week", GoalStatus::Active, -100);
    evenings.specific = "Keep Tuesday and Thursday evenings free of work: laptop closed by 17:30 \
        and work chat muted."
        .into();
    evenings.criterion =
        "No work messages sent on a Tuesday or Thursday evening for four weeks in a row.".into();
    evenings.achievable = "His manager agreed; on-call weeks do not count.".into();
    evenings.due = Some(d.day(30));
    evenings.skills = tags(&["boundaries"]);

    let mut week_off = d.goal("Take a full week off", GoalStatus::Achieved, -110);
    week_off.achieved_on = Some(d.day(-60));
    week_off.specific =
        "Take five working days off in a row with the out-of-office on and no laptop.".into();
    week_off.criterion = "A week passes with no work logins.".into();
    week_off.achievable = "Booked in the school holidays; his colleague Mette covers.".into();
    week_off.relevant = "He had not taken a full week off in two years.".into();
    week_off.due = Some(d.day(-55));
    week_off.skills = tags(&["boundaries", "delegation"]);
    week_off.milestones = vec![d.milestone("Hand over open work to Mette", -70, Some(-68), "")];

    let mut spring = d.session(SessionStatus::Held, -45, (17, 30), 60, Channel::InPerson);
    spring.agenda = "After the week off: what to keep".into();
    spring.shared_notes = "The week off worked. Next: running as the anchor habit, and two \
        evenings a week without work."
        .into();
    spring.private_notes =
        "Talked about work for forty minutes before getting to running. Steered back gently."
            .into();
    spring.goals = vec![week_off.id.clone(), run.id.clone(), evenings.id.clone()];
    spring.actions = vec![
        d.action(
            Owner::Mentee,
            "Sign up for the running club's beginner plan",
            Some(-38),
            Some(-40),
        ),
        d.action(
            Owner::Mentor,
            "Send an out-of-office template that does not apologise",
            Some(-42),
            Some(-43),
        ),
    ];

    let mut check = d.session(SessionStatus::Held, -17, (12, 30), 45, Channel::Phone);
    check.agenda = "Running plan; the evenings".into();
    check.shared_notes = "Longest run now 14 km. Evenings held three weeks out of four; the \
        fourth was an on-call week."
        .into();
    check.goals = vec![run.id.clone(), evenings.id.clone()];
    check.actions = vec![
        d.action(
            Owner::Mentee,
            "Register for the half marathon",
            Some(-5),
            None,
        ),
        d.action(
            Owner::Mentee,
            "Note which evenings stayed free of work",
            None,
            None,
        ),
        d.action(
            Owner::Mentor,
            "Find a club contact for Saturday long runs",
            Some(10),
            None,
        ),
    ];

    let mut next = d.session(SessionStatus::Planned, 12, (17, 30), 60, Channel::InPerson);
    next.agenda = "Race registration (done?); why the evenings matter".into();
    next.goals = vec![run.id.clone(), evenings.id.clone()];

    m.feedback = vec![
        d.feedback(
            -60,
            FK::Strength,
            V::Shared,
            Some(&week_off.id),
            "You took the week off and did not check in once. That was harder for you than the \
             10 km.",
        ),
        d.feedback(
            -44,
            FK::Strength,
            V::Shared,
            Some(&run.id),
            "10.5 km around the lake, ahead of the plan.",
        ),
        d.feedback(
            -17,
            FK::Improvement,
            V::Shared,
            Some(&run.id),
            "The race registration keeps sliding. Pick a day this week and tell someone.",
        ),
        d.feedback(
            -17,
            FK::Observation,
            V::Private,
            Some(&evenings.id),
            "Cannot yet say why the evenings matter beyond \"I should\". Ask next time.",
        ),
    ];
    m.connections = vec![
        d.connection(
            CK::Course,
            CS::Done,
            Some(-40),
            "Beginner half marathon plan",
            "Riverside Running Club",
            "Twelve weeks, with group runs on Saturday mornings.",
        ),
        d.connection(
            CK::Introduction,
            CS::Suggested,
            None,
            "Meet Henrik Dahl",
            "Henrik Dahl",
            "Ran his first half marathon at 45, also after a burnout; happy to talk.",
        ),
    ];
    m.goals = vec![run, evenings, week_off];
    m.sessions = vec![spring, check, next];
    m
}
