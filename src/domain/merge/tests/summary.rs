//! The record-level change summary.

use super::fixture::*;
use crate::domain::merge::changes;
use crate::domain::merge::changes::{Count, Kind, MenteeChange};
use crate::domain::ops::Op;
use crate::domain::*;

#[test]
fn equal_workspaces_have_nothing_changed() {
    let (ws, ..) = ada();
    let c = changes(&ws, &ws.clone());
    assert!(c.is_empty());
    assert_eq!(c.count(), 0);
    assert_eq!(c.to_string(), "nothing changed");
}

#[test]
fn records_added_changed_and_removed_count_per_mentee_and_kind() {
    let (before, ada, g1, g2) = ada();
    let mut after = before.clone();
    add_goal(&mut after, &ada, "Listen");
    retitle(&mut after, &g1, "Speak up");
    run(&mut after, Op::Remove(RecordRef::Goal(g2)));
    add_session(&mut after, &ada, &[]);
    let c = changes(&before, &after);
    assert_eq!(c.mentees.len(), 1);
    let m = &c.mentees[0];
    assert_eq!(m.mentee, MenteeChange::Records);
    let goals = Count {
        added: 1,
        changed: 1,
        removed: 1,
    };
    // The removed goal is also dropped from the session that named it: one session changed.
    let sessions = Count {
        added: 1,
        changed: 1,
        removed: 0,
    };
    assert_eq!(
        m.kinds,
        vec![(Kind::Goal, goals), (Kind::Session, sessions)]
    );
    assert_eq!(c.to_string(), "Ada: 3 goals, 2 sessions");
    assert_eq!(c.count(), 5);
}

#[test]
fn a_milestone_counts_on_its_own_not_as_a_changed_goal() {
    let (before, _, g1, _) = ada();
    let mut after = before.clone();
    run(
        &mut after,
        Op::AddMilestone {
            goal: g1,
            milestone: Milestone::new(MilestoneId::from_number(0), "Once", None),
        },
    );
    assert_eq!(changes(&before, &after).to_string(), "Ada: 1 milestone");
}

#[test]
fn new_and_removed_mentees_the_profile_skills_and_conflicts_are_named() {
    let (before, ada, ..) = ada();
    let mut after = before.clone();
    let bo = add_mentee(&mut after, "Bo");
    add_goal(&mut after, &bo, "Lead");
    run(&mut after, Op::Remove(RecordRef::Mentee(ada)));
    after.mentor.name = "Mo".into();
    after.skills.push(Skill {
        name: "Rust".into(),
        description: String::new(),
    });
    let path = vec!["mentor".to_string(), "name".to_string()];
    after.conflicts.push(Conflict {
        id: conflict::conflict_id(&path),
        path,
        kind: ConflictKind::Field,
        kept: "Mo".into(),
        other: "Jo".into(),
        found_on: day(1),
    });
    let c = changes(&before, &after);
    assert_eq!(
        c.to_string(),
        "Bo (new): 1 goal; Ada (removed): 2 goals, 1 session; mentor profile; skills; 1 conflict"
    );
}

#[test]
fn a_mentees_own_fields_read_as_details() {
    let (before, ..) = ada();
    let mut after = before.clone();
    let mut m = Mentee::clone(&after.mentees[0]);
    m.private_notes = "Quiet".into();
    run(
        &mut after,
        Op::EditMentee {
            mentee: Box::new(m),
            cancel_planned: None,
        },
    );
    assert_eq!(changes(&before, &after).to_string(), "Ada: details");
}

#[test]
fn settled_conflicts_read_apart_from_new_ones() {
    let (before, ..) = ada();
    let mut with = before.clone();
    for field in ["name", "notes"] {
        let path: Vec<String> = ["mentees", "m1", field]
            .iter()
            .map(|s| s.to_string())
            .collect();
        with.conflicts.push(crate::domain::Conflict {
            id: crate::domain::conflict::conflict_id(&path),
            path,
            kind: crate::domain::ConflictKind::Field,
            kept: "Mo".into(),
            other: "Jo".into(),
            found_on: day(1),
        });
    }
    assert_eq!(changes(&before, &with).to_string(), "2 conflicts");
    assert_eq!(changes(&with, &before).to_string(), "2 conflicts settled");
    let mut one_left = with.clone();
    one_left.conflicts.pop();
    assert_eq!(changes(&with, &one_left).to_string(), "1 conflict settled");
    crate::i18n::with_lang(crate::i18n::Lang::Nl, || {
        assert_eq!(changes(&with, &before).to_string(), "2 conflicten opgelost");
    });
}
