//! The thinned merge gives what the merge of whole documents gives, on generated stores changed
//! on both sides in every way a mentee can be: unchanged, changed on one side, on both (apart
//! and in the same field), the same on both, added, removed, removed against an edit.

use super::{Cut, thin};
use crate::domain::merge::merge;
use crate::domain::{Mentee, MenteeId, Workspace};
use crate::generate::{Size, generate};
use crate::store::format::{self, CURRENT_VERSION};
use chrono::NaiveDate;
use std::sync::Arc;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn cut(ws: &Workspace) -> Cut {
    let text = format::serialize(ws, None, CURRENT_VERSION);
    let ids = ws
        .mentees
        .iter()
        .map(|m| m.id.as_str().to_string())
        .collect();
    Cut::new(text, ids).expect("the writer's layout")
}

fn edit(ws: &mut Workspace, i: usize, f: impl FnOnce(&mut Mentee)) {
    f(Arc::make_mut(&mut ws.mentees[i]));
}

/// Base, ours and theirs: S has ten mentees.
fn versions() -> (Workspace, Workspace, Workspace) {
    let base = generate(Size::S, 7, day());
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    edit(&mut ours, 1, |m| m.aspirations = "Ours".into()); // one side only
    edit(&mut theirs, 2, |m| m.aspirations = "Theirs".into()); // the other side only
    edit(&mut ours, 3, |m| m.aspirations = "Ours".into()); // both, different fields
    edit(&mut theirs, 3, |m| m.private_notes = "Theirs".into());
    edit(&mut ours, 4, |m| m.name = "Ours".into()); // both, one field: a conflict
    edit(&mut theirs, 4, |m| m.name = "Theirs".into());
    edit(&mut ours, 5, |m| m.aspirations = "Same".into()); // the same on both
    edit(&mut theirs, 5, |m| m.aspirations = "Same".into());
    edit(&mut ours, 6, |m| m.goals[0].title = "Kept".into()); // edited against removed
    theirs.mentees.remove(6);
    ours.mentees.remove(7); // removed, unchanged on the other side
    let mut added = (*base.mentees[0]).clone();
    added.id = MenteeId::from_number(ours.next_id);
    ours.next_id += 1;
    ours.mentees.push(Arc::new(added)); // added on one side
    (base, ours, theirs)
}

#[test]
fn the_thinned_merge_is_the_merge_of_the_whole_documents() {
    let (base, ours, theirs) = versions();
    let (b, o, t) = (cut(&base), cut(&ours), cut(&theirs));
    for (o, t) in [(&o, &t), (&t, &o)] {
        let whole = merge(
            &b.document().unwrap(),
            &o.document().unwrap(),
            &t.document().unwrap(),
            day(),
        );
        let thinned = thin(&b, o, t).unwrap();
        let stubs = thinned.settled.len();
        let merged = merge(&thinned.base, &thinned.ours, &thinned.theirs, day());
        let text = thinned.fill(&merged.document).expect("every stub once");
        let filled: serde_json::Value = serde_json::from_slice(&text).unwrap();
        assert_eq!(filled, whole.document);
        assert_eq!(merged.conflicts, whole.conflicts);
        assert_eq!(merged.dropped, whole.dropped);
        // Unchanged (0, 8, 9), changed on one side only (1, 2), the same on both (5); not the
        // one removed (7), nor the ones changed on both sides (3, 4, 6) or added (10).
        assert_eq!(stubs, 6, "settled without a record merge");
        assert!(!whole.conflicts.is_empty());
    }
}

#[test]
fn a_store_holding_the_stub_key_is_merged_whole() {
    let (base, mut ours, theirs) = versions();
    edit(&mut ours, 0, |m| {
        m.aspirations = "mentor-merge-settled".into()
    });
    let (b, o, t) = (cut(&base), cut(&ours), cut(&theirs));
    let thinned = thin(&b, &o, &t).unwrap();
    assert!(thinned.settled.is_empty());
    let merged = merge(&thinned.base, &thinned.ours, &thinned.theirs, day());
    let whole = merge(
        &b.document().unwrap(),
        &o.document().unwrap(),
        &t.document().unwrap(),
        day(),
    );
    assert_eq!(merged.document, whole.document);
}

#[test]
fn a_text_not_in_the_layout_is_not_cut() {
    let ws = generate(Size::S, 7, day());
    let compact = serde_json::to_vec(&cut(&ws).document().unwrap()).unwrap();
    assert!(Cut::new(compact, vec!["m1".into()]).is_none());
}
