//! Farah Nasser, life: settling in after a move to Lisbon. A language goal that never says what
//! support she has, a draft network goal with no measure or date, and a new mentoring with a
//! session planned for next week.

use super::builder::{Demo, every, tags};
use crate::domain::{
    Agreement, CadenceUnit, Channel, ConnectionKind as CK, ConnectionStatus as CS,
    FeedbackKind as FK, GoalStatus, Mentee, MentoringKind, Owner, SessionStatus, Visibility as V,
};

pub fn farah(d: &mut Demo) -> Mentee {
    let mut m = d.mentee("Farah Nasser", MentoringKind::Life, -45);
    m.aspirations = "Settle well after moving to Lisbon: get conversational in Portuguese, build \
        a circle of friends outside work, and decide whether to stay beyond two years."
        .into();
    m.private_notes = "Moved for her partner's job and is ambivalent about it. Leave room for \
        whether she wants to stay at all, not only how to settle."
        .into();
    m.agreement = Agreement {
        cadence: every(2, CadenceUnit::Weeks),
        session_minutes: Some(45),
        channels: vec![Channel::Video, Channel::Chat],
        response_time: "Chat replies within two days, both ways".into(),
        boundaries: "Her partner's job and the relationship are off the table unless she raises \
            them."
            .into(),
        success_measures: "Farah runs her errands in Portuguese and has a handful of people she \
            sees outside work."
            .into(),
        ends_on: Some(d.day(135)),
        ..Agreement::default()
    };

    let mut portuguese = d.goal(
        "Hold everyday conversations in Portuguese",
        GoalStatus::Active,
        -40,
    );
    portuguese.specific = "Handle everyday errands in Portuguese (the market, the pharmacy, the \
        landlord) without switching to English."
        .into();
    portuguese.criterion = "Holds a ten-minute conversation with a shopkeeper or neighbour \
        without switching to English."
        .into();
    portuguese.relevant = "Language is the main barrier she names to feeling at home.".into();
    portuguese.due = Some(d.day(100));
    portuguese.skills = tags(&["portuguese", "confidence"]);
    portuguese.milestones = vec![
        d.milestone(
            "Finish the A1 course",
            -5,
            Some(-12),
            "Finished a week early.",
        ),
        d.milestone(
            "First phone call to the landlord in Portuguese",
            30,
            None,
            "",
        ),
    ];

    let mut network = d.goal("Build a local network", GoalStatus::Draft, -20);
    network.specific = "Get to know people in Lisbon who are not colleagues.".into();
    network.achievable = "Evenings and weekends, and a budget for one class or club.".into();
    network.relevant = "Feeling isolated is the main reason she doubts staying.".into();
    network.skills = tags(&["networking"]);

    let mut first = d.session(SessionStatus::Held, -23, (18, 30), 45, Channel::Video);
    (first.mood, first.energy, first.mentor_energy) = (Some(3), Some(2), Some(4));
    first.agenda = "Kick-off: what settling in would look like".into();
    first.shared_notes = "Three threads: language, people, and the stay-or-go question. Language \
        first, because it unlocks the other two."
        .into();
    first.private_notes = "Flat when talking about work, bright when talking about the market and \
        the neighbours."
        .into();
    first.goals = vec![portuguese.id.clone()];
    first.actions = vec![
        d.action(
            Owner::Mentee,
            "Enrol in an A2 evening class",
            Some(-16),
            Some(-18),
        ),
        d.action(
            Owner::Mentor,
            "Ask Inês for newcomer groups she would recommend",
            Some(-14),
            Some(-12),
        ),
    ];

    let mut second = d.session(SessionStatus::Held, -9, (18, 30), 45, Channel::Video);
    (second.mood, second.energy, second.mentor_energy) = (Some(3), Some(3), Some(4));
    second.agenda = "A1 done; how to meet people".into();
    second.shared_notes = "A1 course finished. Farah switches to English at the first pause; \
        she will try one more sentence first. Drafted a goal for building a local network."
        .into();
    second.goals = vec![portuguese.id.clone(), network.id.clone()];
    second.actions = vec![
        d.action(
            Owner::Mentee,
            "Have one conversation a day in Portuguese and note how it went",
            None,
            None,
        ),
        d.action(Owner::Mentee, "Pick two meetups to try", Some(7), None),
    ];

    let mut next = d.session(SessionStatus::Planned, 5, (18, 30), 45, Channel::Video);
    next.agenda = "Meetups tried; make the network goal measurable".into();
    next.goals = vec![network.id.clone()];

    m.feedback = vec![
        d.feedback(
            -23,
            FK::Observation,
            V::Shared,
            None,
            "You light up talking about the market and the neighbours, and go flat about work.",
        ),
        d.feedback(
            -9,
            FK::Strength,
            V::Shared,
            Some(&portuguese.id),
            "Finished the A1 course a week early, alongside a new job.",
        ),
        d.feedback(
            -9,
            FK::Improvement,
            V::Shared,
            Some(&portuguese.id),
            "You switch to English at the first hesitation. Stay in Portuguese for one more \
             sentence before you switch.",
        ),
    ];
    m.connections = vec![
        d.connection(
            CK::Course,
            CS::Done,
            Some(-18),
            "A2 Portuguese evening class",
            "Language school in Arroios",
            "Tuesday and Thursday evenings, twelve weeks.",
        ),
        d.connection(
            CK::Introduction,
            CS::Suggested,
            None,
            "Meet Inês Carvalho",
            "Inês Carvalho",
            "A former colleague of Sam's; runs a hiking group for newcomers in Sintra.",
        ),
    ];
    m.goals = vec![portuguese, network];
    m.sessions = vec![first, second, next];
    m
}
