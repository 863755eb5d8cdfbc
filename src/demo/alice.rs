//! Alice Moreau, career: a senior engineer on her way to staff. On track: fully SMART goals, an
//! achieved RFC, a vague draft, balanced feedback and a session planned for next week.

use super::builder::{Demo, every, metric, tags};
use crate::domain::fit::FeedbackPreference;
use crate::domain::{
    Agreement, CadenceUnit, Channel, ConnectionKind as CK, ConnectionStatus as CS,
    FeedbackKind as FK, GoalStatus, Mentee, MentoringKind, Owner, SessionStatus, Visibility as V,
};

pub fn alice(d: &mut Demo) -> Mentee {
    let mut m = d.mentee("Alice Moreau", MentoringKind::Career, -150);
    m.aspirations = "Grow from senior backend engineer to staff engineer within the next year: \
        lead technical decisions across teams, write the designs others build on, and get \
        comfortable being the person in the room who says no."
        .into();
    m.private_notes =
        "Strong technically; undersells herself in calibration. Her manager Priya is \
        supportive but stretched thin. Tends to pick up glue work nobody asked for: watch for \
        overload before the next launch."
            .into();
    m.agreement = Agreement {
        cadence: every(2, CadenceUnit::Weeks),
        session_minutes: Some(45),
        channels: vec![Channel::Video, Channel::Chat],
        response_time: "Chat replies within two working days; a phone call for anything urgent"
            .into(),
        boundaries: "No discussion of colleagues' performance or pay. No calls after 17:30, \
            when she collects her children."
            .into(),
        success_measures: "Alice leads cross-team design work without being asked, and her \
            manager puts her forward for the staff promotion round."
            .into(),
        ends_on: Some(d.day(120)),
        feedback_preferences: vec![FeedbackPreference::Direct, FeedbackPreference::WithExamples],
        feedback_more_of: "Concrete examples from the design reviews she leads".into(),
    };

    let mut reviews = d.goal(
        "Lead three cross-team design reviews",
        GoalStatus::Active,
        -120,
    );
    reviews.specific = "Facilitate design reviews for proposals that touch at least two teams, \
        from sending the invite to publishing the decision record."
        .into();
    reviews.metric = metric("design reviews led", 0.0, 3.0, 1.0, "reviews");
    reviews.achievable = "Shadow two reviews first; Sam coaches before and after the first one. \
        Priya freed four hours a month by taking her off the on-call rotation."
        .into();
    reviews.relevant =
        "Leading decisions across teams is the main gap named in the staff engineer rubric.".into();
    reviews.due = Some(d.day(70));
    reviews.skills = tags(&["facilitation", "architecture", "technical writing"]);
    reviews.milestones = vec![
        d.milestone(
            "Shadow two reviews run by the architecture group",
            -90,
            Some(-95),
            "Took notes on how Marcus handled the disagreement about data ownership.",
        ),
        d.milestone(
            "Lead the search indexing review",
            -40,
            Some(-33),
            "Ran ten minutes over; decision record published two days later.",
        ),
        d.milestone("Lead the payments ledger review", 21, None, ""),
        d.milestone("Lead a review outside the backend group", 60, None, ""),
    ];

    let mut rfc = d.goal(
        "Publish the event bus migration RFC",
        GoalStatus::Achieved,
        -140,
    );
    rfc.achieved_on = Some(d.day(-20));
    rfc.specific = "Write an RFC for moving order events from the legacy queue to the new event \
        bus and take it through the architecture forum."
        .into();
    rfc.criterion = "The architecture forum records the RFC as accepted, with a named owner for \
        each migration phase."
        .into();
    rfc.achievable = "Two hours blocked every Tuesday morning; Sam reviews one draft.".into();
    rfc.relevant = "A design with her name on it is evidence for the promotion packet.".into();
    rfc.due = Some(d.day(-14));
    rfc.skills = tags(&["technical writing", "influence"]);
    rfc.milestones = vec![
        d.milestone("First draft shared with the team", -100, Some(-98), ""),
        d.milestone(
            "Review comments resolved",
            -45,
            Some(-30),
            "Took longer than planned: the data team asked for a rollback section.",
        ),
    ];

    let leadership = d.goal("Get better at leadership", GoalStatus::Draft, -10);

    let mut kickoff = d.session(SessionStatus::Held, -52, (16, 0), 45, Channel::Video);
    (kickoff.mood, kickoff.energy, kickoff.mentor_energy) = (Some(3), Some(3), Some(4));
    kickoff.agenda =
        "Kick-off: expectations, cadence, what staff engineer means at her company".into();
    kickoff.shared_notes = "Agreed fortnightly video calls. Alice wants to focus on leading \
        design decisions; first step is shadowing two reviews."
        .into();
    kickoff.private_notes =
        "Nervous about the promotion conversation. Her manager has changed twice in a year.".into();
    kickoff.goals = vec![reviews.id.clone(), rfc.id.clone()];
    kickoff.actions = vec![
        d.action(
            Owner::Mentee,
            "Ask Priya which rubric items she sees as gaps",
            Some(-45),
            Some(-44),
        ),
        d.action(
            Owner::Mentor,
            "Send Alice the review facilitation checklist",
            Some(-48),
            Some(-50),
        ),
    ];

    let mut debrief = d.session(SessionStatus::Held, -24, (16, 0), 45, Channel::Video);
    (debrief.mood, debrief.energy, debrief.mentor_energy) = (Some(4), Some(4), Some(4));
    debrief.agenda = "Debrief the search indexing review; RFC status".into();
    debrief.shared_notes = "The review reached a decision; timeboxing needs work. The RFC \
        comments are resolved and it goes to the forum next week."
        .into();
    debrief.private_notes =
        "She apologised three times while describing a review that went well. Worth naming.".into();
    debrief.goals = vec![reviews.id.clone(), rfc.id.clone()];
    debrief.actions = vec![
        d.action(
            Owner::Mentee,
            "Publish the decision record for the search indexing review",
            Some(-20),
            Some(-21),
        ),
        d.action(
            Owner::Mentee,
            "Book the payments ledger review with both teams",
            Some(5),
            None,
        ),
        d.action(
            Owner::Mentor,
            "Introduce Alice to Marcus Lee",
            Some(-10),
            Some(-15),
        ),
    ];

    let mut prep = d.session(SessionStatus::Held, -10, (16, 0), 45, Channel::Video);
    (prep.mood, prep.energy, prep.mentor_energy) = (Some(4), Some(5), Some(5));
    prep.agenda = "Preparing the payments ledger review; what leadership means to her".into();
    prep.shared_notes = "Walked through the review agenda and the two likely objections. Alice \
        will write down what leading well would look like before we turn it into a goal."
        .into();
    prep.private_notes =
        "The leadership goal is vague on purpose for now: let her define it herself.".into();
    prep.goals = vec![reviews.id.clone(), leadership.id.clone()];
    prep.actions = vec![
        d.action(
            Owner::Mentee,
            "Write three sentences on what leading well looks like in six months",
            None,
            None,
        ),
        d.action(
            Owner::Mentor,
            "Share two example decision records from the platform team",
            Some(3),
            None,
        ),
    ];

    let mut next = d.session(SessionStatus::Planned, 6, (16, 0), 45, Channel::Video);
    next.agenda = "Dry run of the payments review; turn the leadership note into a goal".into();
    next.goals = vec![reviews.id.clone(), leadership.id.clone()];

    m.feedback = vec![
        d.feedback(
            -33,
            FK::Strength,
            V::Shared,
            Some(&reviews.id),
            "You kept the search indexing review on the decision, not the debate, and the record \
             went out within two days.",
        ),
        d.feedback(
            -33,
            FK::Improvement,
            V::Shared,
            Some(&reviews.id),
            "Name the timebox at the start and hold it: the last ten minutes reopened points \
             already settled.",
        ),
        d.feedback(
            -20,
            FK::Strength,
            V::Shared,
            Some(&rfc.id),
            "RFC accepted with no blocking comments. The phased rollout section is what \
             convinced the forum.",
        ),
        d.feedback(
            -10,
            FK::Observation,
            V::Private,
            None,
            "Credits \"the team\" for decisions she drove herself.",
        ),
    ];
    m.connections = vec![
        d.connection(
            CK::Introduction,
            CS::Done,
            Some(-15),
            "Meet Marcus Lee about review facilitation",
            "Marcus Lee, principal engineer",
            "Runs the architecture forum; offered to sit in on one of her reviews.",
        ),
        d.connection(
            CK::Resource,
            CS::Suggested,
            None,
            "The Staff Engineer's Path",
            "Tanya Reilly (book)",
            "Chapters on big-picture thinking and on leading through others.",
        ),
    ];
    m.goals = vec![reviews, rfc, leadership];
    m.sessions = vec![kickoff, debrief, prep, next];
    m
}
