//! The merge as a property: generated base workspaces, two generated edit sequences made with
//! the real operations on replicas tagged `aaaaa` and `bbbbb`, and what the merge must give.

use super::fixture::*;
use super::oracle::{at, expected_conflicts, flatten, is_reference, put};
use crate::domain::merge::{Merged, merge};
use crate::domain::ops::Op;
use crate::domain::*;
use proptest::prelude::*;
use serde_json::Value;
use std::collections::BTreeSet;

/// One edit: what to do, which record (an index taken modulo the records there are), and a
/// value from a small pool, so both sides sometimes make the same change.
#[derive(Debug, Clone)]
struct Edit {
    what: u8,
    which: usize,
    value: u8,
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    proptest::collection::vec(
        (0u8..14, any::<usize>(), 0u8..3).prop_map(|(what, which, value)| Edit {
            what,
            which,
            value,
        }),
        0..7,
    )
}

/// A base: per mentee, how many goals (each with a milestone when odd), sessions and feedback
/// notes.
fn bases() -> impl Strategy<Value = Vec<(u8, u8, u8)>> {
    proptest::collection::vec((0u8..4, 0u8..3, 0u8..3), 1..4)
}

fn build(shape: &[(u8, u8, u8)]) -> Workspace {
    let mut ws = empty();
    for (i, (goals, sessions, feedback)) in shape.iter().enumerate() {
        let m = add_mentee(&mut ws, &format!("Mentee {i}"));
        let mut made = Vec::new();
        for g in 0..*goals {
            let id = add_goal(&mut ws, &m, &format!("Goal {g}"));
            if g % 2 == 1 {
                add_milestone(&mut ws, &id, "Step");
            }
            made.push(id);
        }
        for _ in 0..*sessions {
            add_session(&mut ws, &m, &made[..made.len().min(1)]);
        }
        for f in 0..*feedback {
            add_feedback(&mut ws, &m, &format!("Note {f}"), made.first().cloned());
        }
    }
    ws
}

fn add_milestone(ws: &mut Workspace, goal: &GoalId, title: &str) {
    let milestone = Milestone::new(MilestoneId::from_number(0), title, None);
    run(
        ws,
        Op::AddMilestone {
            goal: goal.clone(),
            milestone,
        },
    );
}

fn pick<T: Clone>(list: Vec<T>, which: usize) -> Option<T> {
    (!list.is_empty()).then(|| list[which % list.len()].clone())
}

/// The op an edit makes on `ws`, if there is a record for it.
fn op(ws: &Workspace, e: &Edit) -> Option<Op> {
    let text = format!("v{}", e.value);
    let mentees = || {
        ws.mentees
            .iter()
            .map(|m| Mentee::clone(m))
            .collect::<Vec<_>>()
    };
    let goals = || {
        ws.mentees
            .iter()
            .flat_map(|m| m.goals.clone())
            .collect::<Vec<_>>()
    };
    let sessions = || {
        ws.mentees
            .iter()
            .flat_map(|m| m.sessions.clone())
            .collect::<Vec<_>>()
    };
    let feedback = || {
        ws.mentees
            .iter()
            .flat_map(|m| m.feedback.clone())
            .collect::<Vec<_>>()
    };
    let milestones = || {
        goals()
            .into_iter()
            .flat_map(|g| g.milestones)
            .collect::<Vec<_>>()
    };
    Some(match e.what {
        0 => {
            let mentee = pick(mentees(), e.which)?.id;
            let goal = Box::new(Goal::new(GoalId::from_number(0), text, day(1)));
            Op::AddGoal { mentee, goal }
        }
        1 => Op::EditGoal(Box::new(Goal {
            title: text,
            ..pick(goals(), e.which)?
        })),
        2 => Op::EditGoal(Box::new(Goal {
            relevant: text,
            ..pick(goals(), e.which)?
        })),
        3 => Op::Remove(RecordRef::Goal(pick(goals(), e.which)?.id)),
        4 => {
            let mentee = pick(mentees(), e.which)?.id;
            let goal = pick(goals(), e.which).map(|g| g.id);
            let mut s = Session::new(SessionId::from_number(0), ctx().now, SessionStatus::Held);
            s.goals = goal
                .into_iter()
                .filter(|g| {
                    ws.find_goal(g.as_str())
                        .is_ok_and(|(mi, _)| ws.mentees[mi].id == mentee)
                })
                .collect();
            s.shared_notes = text;
            Op::AddSession {
                mentee,
                session: Box::new(s),
            }
        }
        5 => Op::EditSession(Box::new(Session {
            shared_notes: text,
            ..pick(sessions(), e.which)?
        })),
        6 => Op::Remove(RecordRef::Session(pick(sessions(), e.which)?.id)),
        7 => {
            let mentee = pick(mentees(), e.which)?.id;
            let feedback = Feedback {
                id: FeedbackId::from_number(0),
                date: day(1),
                kind: FeedbackKind::Strength,
                text,
                goal: None,
                visibility: Visibility::default(),
            };
            Op::AddFeedback { mentee, feedback }
        }
        8 => Op::EditFeedback(Feedback {
            text,
            ..pick(feedback(), e.which)?
        }),
        9 => Op::Remove(RecordRef::Feedback(pick(feedback(), e.which)?.id)),
        10 => Op::AddMilestone {
            goal: pick(goals(), e.which)?.id,
            milestone: Milestone::new(MilestoneId::from_number(0), text, None),
        },
        11 => Op::EditMilestone(Milestone {
            title: text,
            ..pick(milestones(), e.which)?
        }),
        12 => Op::Remove(RecordRef::Milestone(pick(milestones(), e.which)?.id)),
        _ => {
            let mut m = pick(mentees(), e.which)?;
            m.private_notes = text;
            Op::EditMentee {
                mentee: Box::new(m),
                cancel_planned: None,
            }
        }
    })
}

fn edited(base: &Workspace, tag: &str, edits: &[Edit]) -> Workspace {
    let mut ws = replica(base, tag);
    for e in edits {
        if let Some(op) = op(&ws, e) {
            // A refused op changes nothing; the sequence goes on.
            let _ = op.apply(&mut ws, &ctx());
        }
    }
    ws
}

/// The merged document as the store would read it back and write it again.
fn normal(merged: &Value) -> Value {
    doc(&workspace(merged))
}

fn conflict_places(m: &Merged) -> BTreeSet<Vec<String>> {
    m.conflicts.iter().map(|c| c.path.clone()).collect()
}

fn check(base: &Workspace, a: &Workspace, b: &Workspace) -> Result<(), TestCaseError> {
    let (db, da, dbb) = (doc(base), doc(a), doc(b));
    let ab = merge(&db, &da, &dbb, day(9));
    let ba = merge(&db, &dbb, &da, day(9));
    let merged = normal(&ab.document);
    let flat = flatten(&merged);
    // Every record added on either side is there.
    let (fb, fa, fbb) = (flatten(&db), flatten(&da), flatten(&dbb));
    for r in fa.records.iter().chain(&fbb.records) {
        if !fb.records.contains(r) {
            prop_assert!(flat.records.contains(r), "record {r:?} lost");
        }
    }
    // Every field changed on one side only has that side's value.
    for (side, other) in [(&fa, &fbb), (&fbb, &fa)] {
        for (p, v) in &side.leaves {
            let was = fb.leaves.get(p);
            if was != Some(v) && other.leaves.get(p) == was && !is_reference(p) {
                prop_assert_eq!(flat.leaves.get(p), Some(v), "field {:?}", p);
            }
        }
    }
    // Exactly one conflict entry per place changed differently on both sides.
    let expected = expected_conflicts(&db, &da, &dbb);
    prop_assert_eq!(ab.conflicts.len(), expected.len());
    prop_assert_eq!(conflict_places(&ab), expected);
    prop_assert_eq!(workspace(&merged).conflicts.len(), ab.conflicts.len());
    symmetric(&ab, &ba)
}

/// merge(base, a, b) and merge(base, b, a) differ only in the side each conflict kept (and in
/// the order of records added on both sides).
fn symmetric(ab: &Merged, ba: &Merged) -> Result<(), TestCaseError> {
    prop_assert_eq!(conflict_places(ab), conflict_places(ba));
    let mut ba_doc = ba.document.clone();
    for c in &ab.conflicts {
        let twin = ba.conflicts.iter().find(|t| t.path == c.path).unwrap();
        prop_assert_eq!(c.kind, twin.kind);
        match c.kind {
            ConflictKind::Field => {
                prop_assert_eq!((&c.kept, &c.other), (&twin.other, &twin.kept));
                put(&mut ba_doc, &c.path, c.kept.clone());
            }
            ConflictKind::Removed => prop_assert_eq!(&c.kept, &twin.kept),
        }
        prop_assert!(at(&ba_doc, &c.path).is_some());
    }
    prop_assert_eq!(flatten(&normal(&ab.document)), flatten(&normal(&ba_doc)));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn the_merge_keeps_every_change_and_records_each_conflict_once(
        shape in bases(),
        ea in edits(),
        eb in edits(),
    ) {
        let base = build(&shape);
        let a = edited(&base, "aaaaa", &ea);
        let b = edited(&base, "bbbbb", &eb);
        check(&base, &a, &b)?;
        // Merging with an unchanged side returns the other side.
        let (db, dbb) = (doc(&base), doc(&b));
        prop_assert_eq!(merge(&db, &db, &dbb, day(9)).document, dbb.clone());
        prop_assert_eq!(merge(&db, &dbb, &db, day(9)).document, dbb);
    }
}
