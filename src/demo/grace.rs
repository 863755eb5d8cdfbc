//! Grace Lindqvist, career: an analyst who became a data engineer. The mentoring has concluded;
//! one goal achieved, one dropped.

use super::builder::{Demo, every, metric, tags};
use crate::domain::{
    Agreement, CadenceUnit, Channel, ConnectionKind as CK, ConnectionStatus as CS,
    FeedbackKind as FK, GoalStatus, Mentee, MenteeStatus, MentoringKind, Owner, SessionStatus,
    Visibility as V,
};

pub fn grace(d: &mut Demo) -> Mentee {
    let mut m = d.mentee("Grace Lindqvist", MentoringKind::Career, -420);
    m.status = MenteeStatus::Concluded;
    m.ended_on = Some(d.day(-60));
    m.aspirations =
        "Move from data analyst to data engineer: build the pipelines, not only the reports."
            .into();
    m.private_notes = "Concluded well: she got the role. Offered to mentor someone herself next \
        year; keep in touch."
        .into();
    m.agreement = Agreement {
        cadence: every(3, CadenceUnit::Weeks),
        session_minutes: Some(60),
        channels: vec![Channel::InPerson, Channel::Video],
        response_time: "Email within a week".into(),
        boundaries: "Nothing about her current team's reorganisation.".into(),
        success_measures: "Grace holds a data engineering role within the year.".into(),
        ends_on: Some(d.day(-60)),
        ..Agreement::default()
    };

    let mut role = d.goal(
        "Move into a data engineering role",
        GoalStatus::Achieved,
        -400,
    );
    role.achieved_on = Some(d.day(-75));
    role.specific = "Transfer internally to the data platform team as a data engineer who owns \
        production pipelines."
        .into();
    role.criterion = "Grace holds the data engineer title and is on the pipeline rota.".into();
    role.achievable =
        "Four hours of evening study a week; her manager sponsors the transfer.".into();
    role.relevant = "It is the whole of her aspiration.".into();
    role.due = Some(d.day(-60));
    role.skills = tags(&["data engineering", "python", "sql"]);
    role.milestones = vec![
        d.milestone(
            "Build a pipeline side project",
            -240,
            Some(-250),
            "Ingests the city's open bike data nightly.",
        ),
        d.milestone("Pass the internal technical interview", -90, Some(-88), ""),
    ];

    let mut cert = d.goal("Get a cloud data certification", GoalStatus::Dropped, -380);
    cert.specific = "Pass a cloud provider's data engineering certification exam.".into();
    cert.metric = metric("certification exams passed", 0.0, 1.0, 0.0, "exams");
    cert.achievable = "Her employer pays the exam fee.".into();
    cert.relevant = "Seemed to be required for the transfer; it turned out not to be.".into();
    cert.due = Some(d.day(-150));
    cert.skills = tags(&["cloud"]);

    let mut start = d.session(SessionStatus::Held, -300, (12, 0), 60, Channel::InPerson);
    start.agenda = "Where the gap is between analyst and engineer".into();
    start.shared_notes =
        "Skills gap is mostly software practice: tests, reviews, running things in production."
            .into();
    start.goals = vec![role.id.clone(), cert.id.clone()];
    start.actions = vec![d.action(
        Owner::Mentee,
        "Sketch a side project that runs every night",
        Some(-280),
        Some(-278),
    )];

    let mut mid = d.session(SessionStatus::Held, -150, (12, 0), 60, Channel::Video);
    mid.agenda = "Certification or not; interview preparation".into();
    mid.shared_notes = "The data platform lead confirmed no certification is needed. Dropping it \
        frees her evenings for interview practice."
        .into();
    mid.goals = vec![role.id.clone(), cert.id.clone()];

    let mut close = d.session(SessionStatus::Held, -63, (12, 0), 60, Channel::InPerson);
    close.agenda = "Closing session: what worked, what next".into();
    close.shared_notes = "Grace starts on the data platform team next month. What worked: the \
        side project and the mock interviews."
        .into();
    close.private_notes = "Ready to mentor others; suggest her for the spring cohort.".into();
    close.goals = vec![role.id.clone()];

    m.feedback = vec![
        d.feedback(
            -88,
            FK::Strength,
            V::Shared,
            Some(&role.id),
            "Your pipeline walkthrough in the interview was clear and honest about its trade-offs.",
        ),
        d.feedback(
            -63,
            FK::Strength,
            V::Shared,
            None,
            "You set the pace of this mentoring yourself from the first month.",
        ),
        d.feedback(
            -63,
            FK::Observation,
            V::Private,
            None,
            "Asks the questions a mentor would ask.",
        ),
    ];
    m.connections = vec![d.connection(
        CK::Introduction,
        CS::Done,
        Some(-200),
        "Meet Oskar Berg, data platform lead",
        "Oskar Berg",
        "Became her hiring manager.",
    )];
    m.goals = vec![role, cert];
    m.sessions = vec![start, mid, close];
    m
}
