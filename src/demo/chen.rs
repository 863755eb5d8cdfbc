//! Chen Wei, peer: a first-time engineering manager swapping notes with Sam. A SMART goal with a
//! falling target, a goal dropped after a hiring freeze, a draft with no due date, and feedback
//! that is all strengths (so the balance meter asks for something to work on).

use super::builder::{Demo, every, metric, tags};
use crate::domain::{
    Agreement, CadenceUnit, Channel, ConnectionKind as CK, ConnectionStatus as CS,
    FeedbackKind as FK, GoalStatus, Mentee, MentoringKind, Owner, SessionStatus, Visibility as V,
};

pub fn chen(d: &mut Demo) -> Mentee {
    let mut m = d.mentee("Chen Wei", MentoringKind::Peer, -180);
    m.aspirations = "Find a sustainable way to run a team of nine as a first-time manager: fewer \
        meetings, more time for people, and a team that copes without him for a week."
        .into();
    m.private_notes = "A peer arrangement: we swap notes both ways, so my own questions go in the \
        second half. Very self-critical; recognition lands well, and I have not yet given him \
        anything to work on."
        .into();
    m.agreement = Agreement {
        cadence: every(3, CadenceUnit::Weeks),
        session_minutes: Some(60),
        channels: vec![Channel::Video, Channel::Chat],
        response_time: "Within the week on chat; no expectation of same-day replies".into(),
        boundaries: "Nothing about either company's unannounced plans. No sessions during school \
            holidays."
            .into(),
        success_measures: "Each of us leaves every session with one thing to try, and Chen takes \
            a full week off without the team escalating to him."
            .into(),
        ends_on: Some(d.day(180)),
        ..Agreement::default()
    };

    let mut calendar = d.goal("Cut recurring calendar load", GoalStatus::Active, -150);
    calendar.specific = "Replace the Monday status round with a written weekly note and hand two \
        recurring forums to tech leads, so fewer hours are booked every week."
        .into();
    calendar.metric = metric("recurring hours booked per week", 14.0, 8.0, 11.0, "hours");
    calendar.achievable = "Tech leads Ana and Jonas agreed to take the architecture sync and the \
        incident review; his manager approved dropping the status round."
        .into();
    calendar.relevant =
        "The time goes to one-to-ones and hiring, the two things his team says they miss.".into();
    calendar.due = Some(d.day(45));
    calendar.skills = tags(&["delegation", "written communication"]);
    calendar.milestones = vec![
        d.milestone("Send the first weekly status note", -120, Some(-118), ""),
        d.milestone(
            "Hand the incident review to Jonas",
            -60,
            Some(-55),
            "Jonas moved it to a blameless template, better than before.",
        ),
        d.milestone("Hand the architecture sync to Ana", 14, None, ""),
    ];

    let mut hiring = d.goal("Hire two platform engineers", GoalStatus::Dropped, -170);
    hiring.specific =
        "Hire two mid-level platform engineers so on-call drops to one week in five.".into();
    hiring.metric = metric("platform engineers hired", 0.0, 2.0, 0.0, "hires");
    hiring.achievable = "Recruiter support agreed until the end of the quarter.".into();
    hiring.relevant = "The team is on call one week in three and it shows.".into();
    hiring.due = Some(d.day(-20));
    hiring.skills = tags(&["hiring", "interviewing"]);

    let mut charter = d.goal("Write a team charter", GoalStatus::Draft, -8);
    charter.specific = "Write a one-page charter with the team: what we own, how we decide and \
        how to reach us."
        .into();
    charter.criterion =
        "The charter is linked from the team page and new joiners are pointed to it.".into();

    let mut audit = d.session(SessionStatus::Held, -50, (18, 0), 60, Channel::Video);
    (audit.mood, audit.energy, audit.mentor_energy) = (Some(4), Some(3), Some(4));
    audit.agenda = "Calendar audit: where fourteen hours a week go".into();
    audit.shared_notes = "Three recurring forums could run without Chen. Status updates can be \
        written. Sam shared how his own team moved to a weekly note."
        .into();
    audit.private_notes = "He asked good questions about my delegation mistakes; I owe him the \
        matrix I mentioned."
        .into();
    audit.goals = vec![calendar.id.clone()];
    audit.actions = vec![
        d.action(
            Owner::Mentee,
            "Draft a weekly status note template",
            Some(-43),
            Some(-45),
        ),
        d.action(
            Owner::Mentor,
            "Share my delegation matrix",
            Some(-48),
            Some(-49),
        ),
    ];

    let mut freeze = d.session(SessionStatus::Held, -29, (18, 0), 60, Channel::Video);
    (freeze.mood, freeze.energy, freeze.mentor_energy) = (Some(4), Some(3), Some(3));
    freeze.agenda = "Hiring freeze: what to do with the freed time".into();
    freeze.shared_notes = "Hiring goal dropped after the freeze. Chen puts the interview hours \
        into one-to-ones instead."
        .into();
    freeze.goals = vec![hiring.id.clone(), calendar.id.clone()];
    freeze.actions = vec![d.action(
        Owner::Mentee,
        "Tell the recruiter both roles are paused",
        Some(-26),
        Some(-27),
    )];

    let mut handover = d.session(SessionStatus::Held, -8, (18, 0), 60, Channel::Video);
    (handover.mood, handover.energy, handover.mentor_energy) = (Some(4), Some(4), Some(4));
    handover.agenda = "Handing over the architecture sync; the team charter idea".into();
    handover.shared_notes = "Calendar down to eleven hours a week. Ana takes the architecture \
        sync in two weeks. Chen wants a charter before the next new joiner starts."
        .into();
    handover.private_notes =
        "Next time, ask how the team experiences the written notes; he only reports his side."
            .into();
    handover.goals = vec![calendar.id.clone(), charter.id.clone()];
    handover.actions = vec![
        d.action(
            Owner::Mentee,
            "Agree the handover date with Ana",
            Some(6),
            None,
        ),
        d.action(
            Owner::Mentor,
            "Send Chen our team charter as an example",
            None,
            None,
        ),
    ];

    let mut next = d.session(SessionStatus::Planned, 13, (18, 0), 60, Channel::Video);
    next.agenda = "Charter draft; planning a week off".into();
    next.goals = vec![charter.id.clone()];

    m.feedback = vec![
        d.feedback(
            -55,
            FK::Strength,
            V::Shared,
            Some(&calendar.id),
            "Handing the incident review to Jonas with a clear brief, then staying out of it, was \
             exactly right.",
        ),
        d.feedback(
            -29,
            FK::Strength,
            V::Shared,
            Some(&hiring.id),
            "You dropped the hiring goal quickly and told the team why. They notice that honesty.",
        ),
        d.feedback(
            -8,
            FK::Strength,
            V::Shared,
            Some(&calendar.id),
            "From fourteen to eleven hours a week with nothing dropped on the floor.",
        ),
        d.feedback(
            -8,
            FK::Strength,
            V::Private,
            None,
            "Asked me sharper questions than I asked him. The peer format is working.",
        ),
    ];
    m.connections = vec![d.connection(
        CK::Event,
        CS::Done,
        Some(-40),
        "Engineering leadership meetup",
        "Local engineering leadership group",
        "Chen gave a five-minute lightning talk on written status notes.",
    )];
    m.goals = vec![calendar, hiring, charter];
    m.sessions = vec![audit, freeze, handover, next];
    m
}
