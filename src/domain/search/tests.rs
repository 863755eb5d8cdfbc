//! Which records and fields a search finds, and how it matches.

use super::*;
use crate::domain::{
    ActionId, ConnectionId, ConnectionKind, ConnectionStatus, FeedbackId, FeedbackKind, GoalId,
    MenteeId, MilestoneId, SessionId, SessionStatus, StageId, Visibility,
};
use chrono::{NaiveDate, TimeZone};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

/// Two mentees; the second has one record of each kind, each holding a distinct word.
fn ws() -> Workspace {
    let mut ws = Workspace::default();
    let mut alice = Mentee::new(MenteeId::from_number(1), "Alice", day());
    alice.private_notes = "Prefers mornings".into();
    ws.push_mentee(alice);
    let mut bob = Mentee::new(MenteeId::from_number(2), "Bob", day());
    let mut goal = Goal::new(GoalId::from_number(3), "Learn Rust", day());
    goal.specific = "Ship a CLI in Rust".into();
    goal.milestones.push(Milestone::new(
        MilestoneId::from_number(4),
        "Finish the book",
        None,
    ));
    bob.goals.push(goal);
    let at = chrono::FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 20, 10, 0, 0)
        .unwrap();
    let mut session = Session::new(SessionId::from_number(5), at, SessionStatus::Held);
    session.private_notes = "Worried about the deadline".into();
    session.actions.push(ActionItem {
        id: ActionId::from_number(6),
        text: "Read chapter ÉTÉ".into(),
        owner: Default::default(),
        due: None,
        done_on: None,
    });
    bob.sessions.push(session);
    bob.feedback.push(Feedback {
        id: FeedbackId::from_number(7),
        date: day(),
        kind: FeedbackKind::Strength,
        text: "Clear\nwriting".into(),
        goal: None,
        visibility: Visibility::Private,
    });
    bob.connections.push(Connection {
        id: ConnectionId::from_number(8),
        kind: ConnectionKind::Event,
        title: "Meetup".into(),
        who: "Rustaceans Lyon".into(),
        note: String::new(),
        status: ConnectionStatus::Suggested,
        date: None,
    });
    bob.path.title = "Staff engineering track".into();
    bob.agreement.feedback_more_of = "Concrete examples".into();
    bob.closing = Some(crate::domain::closing::Closing {
        note: "Proud of the journey".into(),
        private_note: "Would mentor again".into(),
        written_on: day(),
    });
    bob.closing_reflection = "Learnt to ask for help".into();
    bob.sessions[0].mentee_notes = "The checklist helped".into();
    let mut stage = Stage::new(StageId::from_number(9), "Tech lead");
    stage.description = "Leads design reviews".into();
    stage.skills = vec!["Facilitation".into()];
    stage.private_notes = "Not ready before spring".into();
    bob.path.stages.push(stage);
    ws.push_mentee(bob);
    ws
}

fn refs(found: &Found) -> Vec<(usize, String, &'static str)> {
    found
        .hits
        .iter()
        .map(|h| (h.mentee, h.record.as_str().to_string(), h.field))
        .collect()
}

#[test]
fn finds_every_kind_of_record_in_any_case() {
    let ws = ws();
    let cases = [
        (
            "MORNINGS",
            RecordRef::Mentee(MenteeId::from_number(1)),
            "private notes",
        ),
        (
            "ship a cli",
            RecordRef::Goal(GoalId::from_number(3)),
            "specific",
        ),
        (
            "the book",
            RecordRef::Milestone(MilestoneId::from_number(4)),
            "title",
        ),
        (
            "deadline",
            RecordRef::Session(SessionId::from_number(5)),
            "private notes",
        ),
        (
            "chapter",
            RecordRef::Action(ActionId::from_number(6)),
            "text",
        ),
        (
            "clear",
            RecordRef::Feedback(FeedbackId::from_number(7)),
            "text",
        ),
        (
            "lyon",
            RecordRef::Connection(ConnectionId::from_number(8)),
            "who",
        ),
        (
            "staff engineering",
            RecordRef::Mentee(MenteeId::from_number(2)),
            "career path",
        ),
        (
            "tech lead",
            RecordRef::Stage(StageId::from_number(9)),
            "title",
        ),
        (
            "design reviews",
            RecordRef::Stage(StageId::from_number(9)),
            "description",
        ),
        (
            "facilitation",
            RecordRef::Stage(StageId::from_number(9)),
            "skills",
        ),
        (
            "before spring",
            RecordRef::Stage(StageId::from_number(9)),
            "private notes",
        ),
    ];
    for (query, record, field) in cases {
        let found = search(&ws, query, 10);
        assert_eq!(found.hits.len(), 1, "{query}: {found:?}");
        assert_eq!(found.hits[0].record, record, "{query}");
        assert_eq!(found.hits[0].field, field, "{query}");
        assert!(!found.more);
    }
}

#[test]
fn one_hit_per_record_mentees_in_order_and_a_limit() {
    let ws = ws();
    // "rust" is in the goal's title and description (one hit) and the connection's who.
    let found = search(&ws, "rust", 10);
    assert_eq!(
        refs(&found),
        vec![(1, "g3".to_string(), "title"), (1, "c8".to_string(), "who")]
    );
    let limited = search(&ws, "rust", 1);
    assert_eq!(limited.hits.len(), 1);
    assert!(limited.more);
}

#[test]
fn blank_queries_find_nothing_and_non_ascii_matches_any_case() {
    let ws = ws();
    assert_eq!(search(&ws, "  ", 10), Found::default());
    assert_eq!(search(&ws, "zzz", 10), Found::default());
    let found = search(&ws, "été", 10);
    assert_eq!(refs(&found), vec![(1, "a6".to_string(), "text")]);
    assert_eq!(found.hits[0].snippet, "Read chapter ÉTÉ");
}

#[test]
fn snippets_are_one_line_and_cut_around_the_match() {
    let ws = ws();
    assert_eq!(search(&ws, "writing", 10).hits[0].snippet, "Clear writing");
    let long = format!("{}needle{}", "a".repeat(50), "b".repeat(100));
    let at = long.find("needle").unwrap();
    let s = snippet(&long, at);
    assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
    assert!(s.contains("aaaaneedlebbbb"), "{s}");
    assert_eq!(s.chars().count(), LENGTH + 2);
    // Cut before the match, the snippet starts at a word.
    let words = "abcdefghijklmnopqrstuvwxyz\u{a0}seven needle";
    let s = snippet(words, words.find("needle").unwrap());
    assert_eq!(s, "…seven needle");
}

#[test]
fn the_mentee_filter_looks_into_the_records() {
    let ws = ws();
    let needle = |q: &str| Needle::new(q).unwrap();
    assert!(mentee_matches(&ws.mentees[1], &needle("WORRIED")));
    assert!(mentee_matches(&ws.mentees[1], &needle("bob")));
    assert!(!mentee_matches(&ws.mentees[0], &needle("worried")));
    assert!(Needle::new(" ").is_none());
}

#[test]
fn a_search_among_some_mentees_finds_only_theirs() {
    let ws = ws();
    let found = search(&ws, "e", 100);
    assert_eq!(found.mentees(), Some(vec![0, 1]));
    assert!(
        search(&ws, "e", 1).mentees().is_none(),
        "incomplete: no narrowing"
    );
    let only_bob = search_among(&ws, "e", 100, Some(&[1]));
    assert!(only_bob.hits.iter().all(|h| h.mentee == 1));
    assert_eq!(
        only_bob.hits,
        found
            .hits
            .iter()
            .filter(|h| h.mentee == 1)
            .cloned()
            .collect::<Vec<_>>()
    );
}
