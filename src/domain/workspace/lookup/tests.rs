//! Lookups by whole ID and by the short form of a tagged ID.

use super::super::{LookupError, Workspace};
use crate::domain::session::{Session, SessionStatus};
use crate::domain::{
    ActionId, ActionItem, Goal, GoalId, Mentee, MenteeId, Milestone, MilestoneId, Owner, RecordRef,
    SessionId,
};
use chrono::{NaiveDate, TimeZone};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

/// Two mentees of a replicated store: a plain mentee and goal made before it was replicated,
/// and records two replicas (tags `k7qxm` and `p2a4d`) made since, two of them with number 13.
fn replicated() -> Workspace {
    let mut ws = Workspace {
        replicated: true,
        next_id: 40,
        ..Workspace::default()
    };
    let mut alice = Mentee::new(MenteeId::from_number(1), "Alice", day());
    alice
        .goals
        .push(Goal::new(GoalId::from_number(2), "Plain", day()));
    let mut tagged = Goal::new(GoalId::from_parts(13, Some("k7qxm")), "Write", day());
    tagged.milestones.push(Milestone::new(
        MilestoneId::from_parts(15, Some("k7qxm")),
        "Draft",
        None,
    ));
    alice.goals.push(tagged);
    let mut bob = Mentee::new(MenteeId::from_parts(30, Some("p2a4d")), "Bob", day());
    bob.goals.push(Goal::new(
        GoalId::from_parts(13, Some("p2a4d")),
        "Speak",
        day(),
    ));
    bob.goals.push(Goal::new(
        GoalId::from_parts(14, Some("p2a4d")),
        "Lead",
        day(),
    ));
    let at = chrono::FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 20, 10, 0, 0)
        .unwrap();
    let mut s = Session::new(
        SessionId::from_parts(16, Some("p2a4d")),
        at,
        SessionStatus::Held,
    );
    s.actions.push(ActionItem {
        id: ActionId::from_parts(17, Some("p2a4d")),
        text: "Read".into(),
        owner: Owner::Mentee,
        due: None,
        done_on: None,
    });
    bob.sessions.push(s);
    ws.push_mentee(alice);
    ws.push_mentee(bob);
    ws.validate().unwrap();
    ws
}

#[test]
fn a_short_form_naming_one_record_finds_it() {
    let ws = replicated();
    assert_eq!(ws.find_goal("g14"), Ok((1, 1)));
    assert_eq!(ws.find_milestone("ms15"), Ok((0, 1, 0)));
    assert_eq!(ws.find_session("s16"), Ok((1, 0)));
    assert_eq!(ws.find_action("a17"), Ok((1, 0, 0)));
    assert_eq!(ws.resolve_mentee("m30"), Ok(1));
    assert_eq!(ws.holder_of("a17"), Some(1));
    assert_eq!(
        ws.resolve_ref(&RecordRef::Goal(GoalId("g14".into()))),
        Ok(RecordRef::Goal(GoalId("g14.p2a4d".into())))
    );
    assert_eq!(ws.goal_id("g14").unwrap().as_str(), "g14.p2a4d");
    // Plain IDs, whole tagged IDs and names work as before.
    assert_eq!(ws.find_goal("g2"), Ok((0, 0)));
    assert_eq!(ws.find_goal("g13.p2a4d"), Ok((1, 0)));
    assert_eq!(ws.resolve_mentee("m30.p2a4d"), Ok(1));
    assert_eq!(ws.resolve_mentee("bob"), Ok(1));
}

#[test]
fn a_short_form_naming_several_records_lists_their_whole_ids() {
    let ws = replicated();
    let err = ws.find_goal("g13").unwrap_err();
    assert_eq!(
        err,
        LookupError::AmbiguousId {
            typed: "g13".into(),
            kinds: "goals",
            ids: vec!["g13.k7qxm".into(), "g13.p2a4d".into()],
        }
    );
    assert_eq!(
        err.to_string(),
        "g13 names 2 goals: g13.k7qxm, g13.p2a4d; type the whole ID"
    );
    assert_eq!(ws.holder_of("g13"), None);
    assert!(matches!(
        ws.resolve_ref(&RecordRef::Goal(GoalId("g13".into()))),
        Err(LookupError::AmbiguousId { .. })
    ));
}

#[test]
fn no_prefix_of_a_number_and_no_other_tag_matches() {
    let ws = replicated();
    for typed in ["g1", "g13.zzzzz", "g13.", "g", "13", "m30.k7qxm"] {
        assert!(
            matches!(
                ws.find_goal(typed),
                Err(LookupError::NoRecord { kind: "goal", .. })
            ),
            "{typed}"
        );
    }
    assert!(matches!(
        ws.resolve_mentee("m3"),
        Err(LookupError::NoMentee(_))
    ));
    // A short form only names records of its own kind.
    assert!(ws.find_session("a17").is_err());
}

#[test]
fn a_whole_id_wins_over_the_short_form_of_another() {
    let mut ws = replicated();
    // Not made by mentor (a plain ID's number is below every tagged one), but read as it says.
    ws.mentee_mut(0)
        .goals
        .push(Goal::new(GoalId("g14".into()), "Plain 14", day()));
    assert_eq!(ws.find_goal("g14"), Ok((0, 2)));
    assert_eq!(ws.find_goal("g14.p2a4d"), Ok((1, 1)));
}

#[test]
fn the_tags_in_use_are_every_tag_an_id_carries() {
    let ws = replicated();
    let mut tags: Vec<&str> = ws.tags_in_use().into_iter().collect();
    tags.sort_unstable();
    assert_eq!(tags, ["k7qxm", "p2a4d"]);
    assert!(Workspace::default().tags_in_use().is_empty());
}
