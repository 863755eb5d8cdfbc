//! Dana Okafor, peer: a security engineer building a public profile. The mentoring is paused
//! for parental leave, so no check-in is due; her goals stay open for when she is back.

use super::builder::{Demo, every, metric, tags};
use crate::domain::{
    Agreement, CadenceUnit, Channel, ConnectionKind as CK, ConnectionStatus as CS,
    FeedbackKind as FK, GoalStatus, Mentee, MenteeStatus, MentoringKind, Owner, SessionStatus,
    Visibility as V,
};

pub fn dana(d: &mut Demo) -> Mentee {
    let mut m = d.mentee("Dana Okafor", MentoringKind::Peer, -240);
    m.status = MenteeStatus::Paused;
    m.aspirations = "Build a public profile as a security engineer: speak at a conference, write \
        regularly, and be asked for by name."
        .into();
    m.private_notes = "Paused for parental leave until the spring; we agreed I do not contact her \
        about goals meanwhile. Pick up the talk plan first when she is back."
        .into();
    m.agreement = Agreement {
        cadence: every(1, CadenceUnit::Months),
        session_minutes: Some(45),
        channels: vec![Channel::Video, Channel::Email],
        response_time: "Email within a week; nothing expected while the mentoring is paused".into(),
        boundaries: "No contact during her leave unless Dana reaches out. No weekend sessions."
            .into(),
        success_measures: "Dana gives one external talk and publishes four blog posts within the \
            year."
            .into(),
        ends_on: Some(d.day(120)),
        ..Agreement::default()
    };

    let mut talk = d.goal(
        "Give a talk at a regional security conference",
        GoalStatus::Active,
        -200,
    );
    talk.specific = "Present a 25-minute talk on threat modelling for small teams at a regional \
        security conference."
        .into();
    talk.criterion = "The talk is on the published programme and is delivered.".into();
    talk.achievable = "Her employer covers the conference budget; Sam reviews the abstract and \
        one dry run."
        .into();
    talk.relevant = "Speaking is the quickest route to the profile she wants.".into();
    talk.due = Some(d.day(150));
    talk.skills = tags(&["public speaking", "threat modelling"]);
    talk.milestones = vec![
        d.milestone("Submit the talk proposal", -150, Some(-155), ""),
        d.milestone(
            "Proposal accepted",
            -90,
            Some(-80),
            "Accepted for the spring programme.",
        ),
        d.milestone("Dry run with her team", 120, None, ""),
    ];

    let mut posts = d.goal("Publish four blog posts", GoalStatus::Active, -200);
    posts.specific =
        "Publish four posts on practical application security on her personal blog.".into();
    posts.metric = metric("blog posts published", 0.0, 4.0, 2.0, "posts");
    posts.achievable = "One post every two months; a friend proofreads each one.".into();
    posts.relevant = "Writing builds the profile and doubles as talk material.".into();
    posts.due = Some(d.day(100));
    posts.skills = tags(&["writing"]);

    let mut abstract_review = d.session(SessionStatus::Held, -160, (13, 0), 45, Channel::Video);
    abstract_review.agenda = "Talk abstract review".into();
    abstract_review.shared_notes = "Tightened the abstract to one audience: teams without a \
        security specialist. Submitting this week."
        .into();
    abstract_review.goals = vec![talk.id.clone()];
    abstract_review.actions = vec![d.action(
        Owner::Mentee,
        "Submit the talk proposal",
        Some(-150),
        Some(-155),
    )];

    let mut writing = d.session(SessionStatus::Held, -100, (13, 0), 45, Channel::Video);
    writing.agenda = "Writing rhythm; second post".into();
    writing.shared_notes =
        "Second post is out. Writing feels like a chore; speaking does not.".into();
    writing.goals = vec![posts.id.clone()];

    let mut before_leave = d.session(SessionStatus::Held, -70, (13, 0), 45, Channel::Video);
    before_leave.agenda = "Before the leave: what to park and what to keep".into();
    before_leave.shared_notes = "Pausing until the spring. The talk stays; the writing goal \
        gets a second look when she is back."
        .into();
    before_leave.private_notes = "Tired and a little anxious about being away. Said clearly \
        that the door is open whenever she wants it."
        .into();
    before_leave.goals = vec![talk.id.clone(), posts.id.clone()];

    m.feedback = vec![
        d.feedback(
            -160,
            FK::Strength,
            V::Shared,
            Some(&talk.id),
            "The abstract is crisp: reviewers know in one line who the talk is for.",
        ),
        d.feedback(
            -100,
            FK::Improvement,
            V::Shared,
            Some(&posts.id),
            "The posts open with background; lead with the mistake readers are making.",
        ),
        d.feedback(
            -70,
            FK::Observation,
            V::Shared,
            Some(&posts.id),
            "Your energy drops when we talk about writing and rises with speaking. Worth \
             reshaping the writing goal after the leave.",
        ),
    ];
    m.connections = vec![d.connection(
        CK::Resource,
        CS::Done,
        Some(-165),
        "Accepted talk proposals, annotated",
        "Sam's collection",
        "Five accepted abstracts with notes on why they worked.",
    )];
    m.goals = vec![talk, posts];
    m.sessions = vec![abstract_review, writing, before_leave];
    m
}
