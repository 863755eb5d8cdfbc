//! Bilal Haddad, career: a support lead moving into product, and behind. An overdue check-in,
//! goal, milestones and action items, an attendance-only goal, a cancelled session, and feedback
//! so heavy on improvements that the balance meter asks for strengths.

use super::builder::{Demo, every, metric, tags};
use crate::domain::fit::FeedbackPreference;
use crate::domain::{
    Agreement, CadenceUnit, Channel, ConnectionKind as CK, ConnectionStatus as CS,
    FeedbackKind as FK, GoalStatus, Mentee, MentoringKind, Owner, SessionStatus, Visibility as V,
};

pub fn bilal(d: &mut Demo) -> Mentee {
    let mut m = d.mentee("Bilal Haddad", MentoringKind::Career, -80);
    m.aspirations = "Move from customer support lead into product management within a year, \
        starting by owning one small feature end to end."
        .into();
    m.private_notes = "Very motivated, over-commits, then goes quiet when behind. He cancelled \
        the last session and has not rebooked: reach out rather than wait. My recent notes have been heavy on critique; \
        find something real to recognise next time."
        .into();
    m.agreement = Agreement {
        cadence: every(1, CadenceUnit::Weeks),
        session_minutes: Some(30),
        channels: vec![Channel::InPerson, Channel::Phone],
        response_time: "Same working day by phone; otherwise at the weekly coffee".into(),
        boundaries: "Not a channel for escalating support tickets. No calls before 9:00 or after \
            18:00."
            .into(),
        success_measures: "Bilal has written one spec that engineering builds from, and applies \
            for an associate product manager role."
            .into(),
        ends_on: None,
        feedback_preferences: vec![FeedbackPreference::Gentle, FeedbackPreference::WrittenFirst],
        feedback_more_of: String::new(),
    };

    let mut spec = d.goal("Ship the bulk refund spec", GoalStatus::Active, -60);
    spec.specific = "Write the product spec for bulk refunds in the support console (problem, \
        users, scope, success metrics) and get engineering sign-off."
        .into();
    spec.criterion =
        "The engineering lead signs off the spec and the team estimates it in planning.".into();
    spec.achievable =
        "Nadia, the console's product manager, reviews drafts; Friday afternoons are his to use."
            .into();
    spec.relevant =
        "A shipped spec is the first thing an associate PM interview panel asks about.".into();
    spec.due = Some(d.day(-12));
    spec.skills = tags(&["product discovery", "writing", "stakeholder management"]);
    spec.milestones = vec![
        d.milestone(
            "Interview five support agents about refunds",
            -30,
            Some(-28),
            "",
        ),
        d.milestone("Outline the spec", -25, Some(-24), ""),
        d.milestone(
            "Interview three customers",
            -20,
            None,
            "Two interviews booked, one cancelled by the customer.",
        ),
        d.milestone("Engineering sign-off", -12, None, ""),
    ];

    let mut attend = d.goal("Attend six mentoring sessions", GoalStatus::Active, -80);
    attend.specific = "Come to six weekly mentoring sessions in a row without rescheduling.".into();
    attend.metric = metric("mentoring sessions attended", 0.0, 6.0, 3.0, "sessions");
    attend.achievable = "A fixed weekly slot at 8:30 in the office café.".into();
    attend.relevant = "He wants a habit of making time for his own development.".into();
    attend.due = Some(d.day(30));
    attend.skills = tags(&["consistency"]);

    let mut kickoff = d.session(SessionStatus::Held, -44, (8, 30), 30, Channel::InPerson);
    (kickoff.mood, kickoff.energy, kickoff.mentor_energy) = (Some(4), Some(4), Some(4));
    kickoff.agenda = "Kick-off: agreement, and what a first product step could be".into();
    kickoff.shared_notes = "Weekly coffee at 8:30. First focus: a real spec for a \
        real feature from the support backlog."
        .into();
    kickoff.private_notes = "Talks fast and plans big. Suggested one feature, not three.".into();
    kickoff.goals = vec![spec.id.clone(), attend.id.clone()];
    kickoff.actions = vec![d.action(
        Owner::Mentee,
        "Pick one feature from the support backlog to spec",
        Some(-40),
        Some(-41),
    )];

    let mut interviews = d.session(SessionStatus::Held, -37, (8, 30), 30, Channel::InPerson);
    (interviews.mood, interviews.energy, interviews.mentor_energy) = (Some(3), Some(3), Some(3));
    interviews.agenda = "Planning the interviews; the spec template".into();
    interviews.shared_notes = "Bulk refunds chosen. Agent interviews first, then customers; Sam \
        shared a spec template."
        .into();
    interviews.goals = vec![spec.id.clone()];
    interviews.actions = vec![
        d.action(
            Owner::Mentee,
            "Interview five support agents",
            Some(-30),
            Some(-28),
        ),
        d.action(
            Owner::Mentor,
            "Send the spec template and two good examples",
            Some(-35),
            Some(-36),
        ),
    ];

    let mut outline = d.session(SessionStatus::Held, -23, (8, 30), 30, Channel::Phone);
    (outline.mood, outline.energy, outline.mentor_energy) = (Some(2), Some(2), Some(2));
    outline.agenda = "Review the spec outline".into();
    outline.shared_notes = "The outline is solid on the problem and thin on success metrics. \
        Customer interviews are behind plan."
        .into();
    outline.private_notes = "Defensive about the metrics point. Phone was a poor choice for this \
        one; next review in person."
        .into();
    outline.goals = vec![spec.id.clone(), attend.id.clone()];
    outline.actions = vec![
        d.action(
            Owner::Mentee,
            "Finish the three customer interviews",
            Some(-16),
            None,
        ),
        d.action(
            Owner::Mentee,
            "Add success metrics to the spec",
            Some(-12),
            None,
        ),
        d.action(
            Owner::Mentor,
            "Ask Nadia for a 30-minute spec review slot",
            Some(-18),
            Some(-19),
        ),
    ];

    let mut missed = d.session(
        SessionStatus::Cancelled,
        -16,
        (8, 30),
        30,
        Channel::InPerson,
    );
    missed.agenda = "Spec review with success metrics".into();
    missed.private_notes =
        "Cancelled by chat an hour before, \"swamped with escalations\"; no new date yet.".into();
    missed.goals = vec![spec.id.clone()];

    m.feedback = vec![
        d.feedback(
            -37,
            FK::Strength,
            V::Shared,
            None,
            "The agent interviews were well prepared: open questions, nothing leading, and notes \
             shared the same day.",
        ),
        d.feedback(
            -23,
            FK::Improvement,
            V::Shared,
            Some(&spec.id),
            "Success metrics are missing from the outline; without them engineering cannot judge \
             the scope.",
        ),
        d.feedback(
            -23,
            FK::Improvement,
            V::Shared,
            Some(&spec.id),
            "The problem statement describes the console, not the agent's pain. Start from what \
             the agent is trying to get done.",
        ),
        d.feedback(
            -16,
            FK::Improvement,
            V::Private,
            None,
            "Cancelled an hour before without proposing a new slot.",
        ),
        d.feedback(
            -12,
            FK::Improvement,
            V::Shared,
            Some(&spec.id),
            "The sign-off date passed without a word. Flag a slip early so the date moves on \
             purpose.",
        ),
    ];
    m.connections = vec![
        d.connection(
            CK::Event,
            CS::Suggested,
            Some(18),
            "Product discovery meetup",
            "Local product management meetup",
            "The next evening is on running customer interviews.",
        ),
        d.connection(
            CK::Course,
            CS::Suggested,
            None,
            "Product management fundamentals",
            "Evening course, eight weeks",
            "Worth it after the spec ships, not before.",
        ),
    ];
    m.goals = vec![spec, attend];
    m.sessions = vec![kickoff, interviews, outline, missed];
    m
}
