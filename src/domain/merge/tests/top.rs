//! The top level's own rules, and the merge's symmetry on small cases.

use super::fixture::*;
use crate::domain::merge::merge;
use serde_json::json;

#[test]
fn next_id_and_version_take_the_larger_replicated_either_store_token_the_smaller() {
    let (base, ..) = ada();
    let mut a = doc(&base);
    let mut b = doc(&base);
    a["next_id"] = json!(40);
    b["next_id"] = json!(50);
    a["version"] = json!({"major": 1, "minor": 3});
    b["version"] = json!({"major": 1, "minor": 2});
    b["replicated"] = json!(true);
    a["store_token"] = json!("zz-token");
    b["store_token"] = json!("aa-token");
    for (ours, theirs) in [(&a, &b), (&b, &a)] {
        let merged = merge(&doc(&base), ours, theirs, day(9));
        let d = &merged.document;
        assert_eq!(d["next_id"], json!(50));
        assert_eq!(d["version"], json!({"major": 1, "minor": 3}));
        assert_eq!(d["replicated"], json!(true));
        assert_eq!(d["store_token"], json!("aa-token"));
        assert!(merged.conflicts.is_empty());
    }
    // A token set on one side only is that side's.
    let merged = merge(&doc(&base), &doc(&base), &b, day(9));
    assert_eq!(merged.document["store_token"], json!("aa-token"));
}

#[test]
fn the_conflicts_list_merges_by_id_without_conflicts_about_conflicts() {
    let (base, _, g1, _) = ada();
    let mut a = base.clone();
    retitle(&mut a, &g1, "Speak up");
    let mut b = base.clone();
    retitle(&mut b, &g1, "Speak out");
    let with_conflict = workspace(&merge(&doc(&base), &doc(&a), &doc(&b), day(9)).document);
    // One side resolved the conflict (the entry gone), the other left it: it goes.
    let mut resolved = with_conflict.clone();
    resolved.conflicts.clear();
    let merged = merge(
        &doc(&with_conflict),
        &doc(&with_conflict),
        &doc(&resolved),
        day(9),
    );
    assert!(workspace(&merged.document).conflicts.is_empty());
    // Both sides found a conflict: each entry is kept once.
    let mut other = with_conflict.clone();
    let mut second = other.conflicts[0].clone();
    second.id = "x000000000001".into();
    second.path = vec!["mentor".into(), "name".into()];
    other.conflicts.push(second);
    let mut ours = with_conflict.clone();
    ours.conflicts[0].found_on = day(12);
    let merged = merge(&doc(&base), &doc(&ours), &doc(&other), day(9));
    assert!(merged.conflicts.is_empty());
    let ws = workspace(&merged.document);
    assert_eq!(ws.conflicts.len(), 2);
    assert_eq!(ws.conflicts[0].found_on, day(12));
    assert_eq!(ws.conflicts[1].id, "x000000000001");
}

#[test]
fn merging_with_an_unchanged_side_returns_the_other_side() {
    let (base, ada, g1, _) = ada();
    let mut a = replica(&base, "aaaaa");
    add_goal(&mut a, &ada, "Listen");
    retitle(&mut a, &g1, "Speak up");
    let (b, d) = (doc(&base), doc(&a));
    assert_eq!(merge(&b, &b, &d, day(9)).document, d);
    assert_eq!(merge(&b, &d, &b, day(9)).document, d);
    assert_eq!(merge(&b, &d, &d, day(9)).document, d);
}
