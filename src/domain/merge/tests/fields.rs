//! The value rules: fields, objects, opaque values, lists that are one value, conflicts.

use super::fixture::*;
use crate::domain::merge::merge;
use crate::domain::ops::Op;
use crate::domain::*;
use serde_json::{Value, json};

fn goal_doc(ws: &Workspace) -> Value {
    doc(ws)["mentees"][0]["goals"][0].clone()
}

#[test]
fn a_field_changed_on_one_side_takes_that_sides_value_and_edits_to_different_fields_both_land() {
    let (base, _, g1, _) = ada();
    let mut a = base.clone();
    retitle(&mut a, &g1, "Speak up");
    let mut b = base.clone();
    let (mi, gi) = b.find_goal(g1.as_str()).unwrap();
    let mut g = b.mentees[mi].goals[gi].clone();
    g.relevant = "For the talk".into();
    run(&mut b, Op::EditGoal(Box::new(g)));
    let merged = merge(&doc(&base), &doc(&a), &doc(&b), day(9));
    assert!(merged.conflicts.is_empty());
    let ws = workspace(&merged.document);
    let goal = &ws.mentees[0].goals[0];
    assert_eq!(
        (goal.title.as_str(), goal.relevant.as_str()),
        ("Speak up", "For the talk")
    );
    // The same change on both sides is no conflict either.
    let merged = merge(&doc(&base), &doc(&a), &doc(&a), day(9));
    assert_eq!((merged.document, merged.conflicts), (doc(&a), vec![]));
}

#[test]
fn a_field_changed_differently_on_both_sides_keeps_ours_and_records_theirs() {
    let (base, ada, g1, _) = ada();
    let mut a = base.clone();
    retitle(&mut a, &g1, "Speak up");
    let mut b = base.clone();
    retitle(&mut b, &g1, "Speak out");
    let merged = merge(&doc(&base), &doc(&a), &doc(&b), day(9));
    let path: Vec<String> = ["mentees", ada.as_str(), "goals", g1.as_str(), "title"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let expected = Conflict {
        id: conflict::conflict_id(&path),
        path,
        kind: ConflictKind::Field,
        kept: json!("Speak up"),
        other: json!("Speak out"),
        found_on: day(9),
    };
    assert_eq!(merged.conflicts, vec![expected.clone()]);
    let ws = workspace(&merged.document);
    assert_eq!(ws.mentees[0].goals[0].title, "Speak up");
    assert_eq!(ws.conflicts, vec![expected]);
}

#[test]
fn unknown_keys_merge_as_opaque_values() {
    let (base, _, g1, _) = ada();
    let with = |extra: Value| {
        let mut d = doc(&base);
        d["mentees"][0]["goals"][0]["x_colour"] = extra;
        d
    };
    let mut b_doc = with(json!({"hue": 2}));
    b_doc["x_theme"] = json!("dark");
    let merged = merge(&doc(&base), &doc(&base), &b_doc, day(9));
    assert_eq!(merged.document, b_doc);
    // Added on one side while the other changed something else: kept.
    let mut a = base.clone();
    retitle(&mut a, &g1, "Speak up");
    let merged = merge(&doc(&base), &doc(&a), &b_doc, day(9));
    assert_eq!(merged.document["x_theme"], json!("dark"));
    assert_eq!(goal_doc_of(&merged.document)["x_colour"], json!({"hue": 2}));
    // Objects inside merge key by key; the same unknown key set differently is a conflict.
    let base_doc = with(json!({"hue": 1, "sat": 1}));
    let ours = with(json!({"hue": 3, "sat": 1}));
    let theirs = with(json!({"hue": 1, "sat": 4}));
    let merged = merge(&base_doc, &ours, &theirs, day(9));
    assert_eq!(
        goal_doc_of(&merged.document)["x_colour"],
        json!({"hue": 3, "sat": 4})
    );
    let theirs = with(json!({"hue": 5, "sat": 1}));
    let merged = merge(&base_doc, &ours, &theirs, day(9));
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].field(), "x_colour.hue");
    assert_eq!(
        (
            merged.conflicts[0].kept.clone(),
            merged.conflicts[0].other.clone()
        ),
        (json!(3), json!(5))
    );
    assert_eq!(
        goal_doc(&base)["title"],
        goal_doc_of(&merged.document)["title"]
    );
}

fn goal_doc_of(d: &Value) -> &Value {
    &d["mentees"][0]["goals"][0]
}

#[test]
fn a_list_that_is_not_of_records_is_one_value() {
    let (base, ada, g1, g2) = ada();
    let s = base.mentees[0].sessions[0].id.clone();
    let set_goals = |ws: &mut Workspace, goals: Vec<GoalId>| {
        let mut session = ws.mentees[0].sessions[0].clone();
        session.goals = goals;
        run(ws, Op::EditSession(Box::new(session)));
    };
    let mut a = base.clone();
    set_goals(&mut a, vec![g1.clone()]);
    let mut b = base.clone();
    set_goals(&mut b, vec![g2.clone()]);
    let merged = merge(&doc(&base), &doc(&a), &doc(&b), day(9));
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    let path = ["mentees", ada.as_str(), "sessions", s.as_str(), "goals"];
    assert_eq!(c.path, path.map(String::from));
    assert_eq!(
        (c.kept.clone(), c.other.clone()),
        (json!([g1]), json!([g2]))
    );
    assert_eq!(
        workspace(&merged.document).mentees[0].sessions[0].goals,
        vec![g1]
    );
}

#[test]
fn a_new_conflict_at_a_listed_place_replaces_the_old_entry() {
    let (base, _, g1, _) = ada();
    let mut a = base.clone();
    retitle(&mut a, &g1, "Speak up");
    let mut b = base.clone();
    retitle(&mut b, &g1, "Speak out");
    let first = merge(&doc(&base), &doc(&a), &doc(&b), day(9));
    let old = first.conflicts[0].clone();
    // Ours keeps the conflict listed; both sides change the title again.
    let base2 = workspace(&first.document);
    let mut a2 = base2.clone();
    retitle(&mut a2, &g1, "Speak clearly");
    let mut b2 = base2.clone();
    retitle(&mut b2, &g1, "Speak loudly");
    let second = merge(&doc(&base2), &doc(&a2), &doc(&b2), day(10));
    let ws = workspace(&second.document);
    assert_eq!(ws.conflicts.len(), 1);
    assert_eq!(ws.conflicts[0].id, old.id);
    assert_eq!(
        (
            ws.conflicts[0].kept.clone(),
            ws.conflicts[0].other.clone(),
            ws.conflicts[0].found_on
        ),
        (json!("Speak clearly"), json!("Speak loudly"), day(10))
    );
}
