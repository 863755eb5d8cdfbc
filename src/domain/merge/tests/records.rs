//! The record rules: added, removed, removed against changed, order, dangling references.

use super::fixture::*;
use crate::domain::merge::merge;
use crate::domain::ops::Op;
use crate::domain::*;
use serde_json::json;

fn titles(ws: &Workspace) -> Vec<&str> {
    ws.mentees[0]
        .goals
        .iter()
        .map(|g| g.title.as_str())
        .collect()
}

#[test]
fn records_added_on_either_side_are_kept() {
    let (base, ada, ..) = ada();
    let mut a = replica(&base, "aaaaa");
    add_goal(&mut a, &ada, "Listen");
    let mut b = replica(&base, "bbbbb");
    add_goal(&mut b, &ada, "Lead");
    add_mentee(&mut b, "Bo");
    let merged = merge(&doc(&base), &doc(&a), &doc(&b), day(9));
    assert!(merged.conflicts.is_empty());
    let ws = workspace(&merged.document);
    assert_eq!(titles(&ws), ["Speak", "Write", "Listen", "Lead"]);
    assert_eq!(ws.mentees.len(), 2);
    assert_eq!(ws.next_id, a.next_id.max(b.next_id));
}

#[test]
fn the_same_id_added_on_both_sides_merges_as_if_the_base_had_nothing_there() {
    let (base, ada, ..) = ada();
    let mut a = base.clone();
    let g = add_goal(&mut a, &ada, "Listen");
    let mut b = base.clone();
    assert_eq!(add_goal(&mut b, &ada, "Lead"), g);
    let merged = merge(&doc(&base), &doc(&a), &doc(&b), day(9));
    let ws = workspace(&merged.document);
    assert_eq!(titles(&ws), ["Speak", "Write", "Listen"]);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].record(), Some(g.as_str()));
    assert_eq!(merged.conflicts[0].field(), "title");
}

#[test]
fn a_record_removed_on_one_side_and_unchanged_on_the_other_goes() {
    let (base, _, _, g2) = ada();
    let mut a = base.clone();
    run(&mut a, Op::Remove(RecordRef::Goal(g2.clone())));
    let merged = merge(&doc(&base), &doc(&base), &doc(&a), day(9));
    assert_eq!(workspace(&merged.document), a);
    // Removed on theirs while ours changed something else.
    let mut b = base.clone();
    retitle(&mut b, &base.mentees[0].goals[0].id.clone(), "Speak up");
    let merged = merge(&doc(&base), &doc(&b), &doc(&a), day(9));
    assert!(merged.conflicts.is_empty());
    assert_eq!(titles(&workspace(&merged.document)), ["Speak up"]);
}

#[test]
fn a_record_removed_on_one_side_and_changed_on_the_other_is_kept_and_recorded() {
    let (base, ada, g1, _) = ada();
    let mut a = base.clone();
    run(&mut a, Op::Remove(RecordRef::Goal(g1.clone())));
    let mut b = base.clone();
    retitle(&mut b, &g1, "Speak up");
    for (ours, theirs) in [(&a, &b), (&b, &a)] {
        let merged = merge(&doc(&base), &doc(ours), &doc(theirs), day(9));
        let ws = workspace(&merged.document);
        assert_eq!(titles(&ws), ["Speak up", "Write"]);
        assert_eq!(merged.conflicts.len(), 1);
        let c = &merged.conflicts[0];
        assert_eq!(c.kind, ConflictKind::Removed);
        assert_eq!(
            c.path,
            ["mentees", ada.as_str(), "goals", g1.as_str()].map(String::from)
        );
        assert_eq!(c.kept["title"], json!("Speak up"));
        assert_eq!(c.other, json!(null));
        assert_eq!(ws.conflicts.len(), 1);
    }
}

#[test]
fn the_merged_list_keeps_ours_order_with_theirs_new_records_after_their_predecessor() {
    let (base, ada, g1, _) = ada();
    let mut a = replica(&base, "aaaaa");
    add_goal(&mut a, &ada, "Listen");
    let mut b = replica(&base, "bbbbb");
    let new = add_goal(&mut b, &ada, "Lead");
    // Move theirs' new goal between the first two.
    let mut d = doc(&b);
    let goals = d["mentees"][0]["goals"].as_array_mut().unwrap();
    let lead = goals.pop().unwrap();
    goals.insert(1, lead);
    let merged = merge(&doc(&base), &doc(&a), &d, day(9));
    assert_eq!(
        titles(&workspace(&merged.document)),
        ["Speak", "Lead", "Write", "Listen"]
    );
    assert_eq!(workspace(&merged.document).mentees[0].goals[1].id, new);
    let _ = g1;
}

#[test]
fn a_stage_moved_on_theirs_only_takes_theirs_order() {
    let (mut base, ada, ..) = ada();
    let mut ids = Vec::new();
    for title in ["Junior", "Senior", "Lead"] {
        let stage = Box::new(Stage::new(StageId::from_number(0), title));
        let applied = run(
            &mut base,
            Op::AddStage {
                mentee: ada.clone(),
                stage,
                position: None,
            },
        );
        ids.push(applied.created);
    }
    let stages = |ws: &Workspace| -> Vec<String> {
        ws.mentees[0]
            .path
            .stages
            .iter()
            .map(|s| s.title.clone())
            .collect()
    };
    let mut a = replica(&base, "aaaaa");
    let mut fresh = Stage::new(StageId::from_number(0), "Principal");
    fresh.description = "Far".into();
    run(
        &mut a,
        Op::AddStage {
            mentee: ada.clone(),
            stage: Box::new(fresh),
            position: None,
        },
    );
    let mut b = replica(&base, "bbbbb");
    let lead = base.mentees[0].path.stages[2].id.clone();
    run(&mut b, Op::MoveStage { stage: lead, to: 0 });
    let merged = merge(&doc(&base), &doc(&a), &doc(&b), day(9));
    assert_eq!(
        stages(&workspace(&merged.document)),
        ["Lead", "Principal", "Junior", "Senior"],
        "theirs' order; ours' new stage after the one before it in ours"
    );
    assert_eq!(ids.len(), 3);
}

#[test]
fn references_to_a_goal_or_series_removed_on_the_other_side_are_dropped() {
    let (base, ada, g1, g2) = ada();
    // Ours names goal g1 in a new session, feedback note and stage; theirs removes g1.
    let mut a = replica(&base, "aaaaa");
    let s = add_session(&mut a, &ada, &[g1.clone(), g2.clone()]);
    add_feedback(&mut a, &ada, "Clear", Some(g1.clone()));
    let mut stage = Stage::new(StageId::from_number(0), "Junior");
    stage.goals = vec![g1.clone()];
    run(
        &mut a,
        Op::AddStage {
            mentee: ada.clone(),
            stage: Box::new(stage),
            position: None,
        },
    );
    let mut b = replica(&base, "bbbbb");
    run(&mut b, Op::Remove(RecordRef::Goal(g1.clone())));
    let merged = merge(&doc(&base), &doc(&a), &doc(&b), day(9));
    assert_eq!(merged.dropped, 3);
    let ws = workspace(&merged.document);
    let m = &ws.mentees[0];
    assert!(m.goals.iter().all(|g| g.id != g1));
    let session = m.sessions.iter().find(|x| x.id == s).unwrap();
    assert_eq!(session.goals, vec![g2.clone()]);
    assert_eq!(m.feedback[0].goal, None);
    assert!(m.path.stages[0].goals.is_empty());
    // A session's series slot naming a series removed on the other side.
    let mut d = doc(&a);
    let sessions = d["mentees"][0]["sessions"].as_array_mut().unwrap();
    sessions[1]["series"] = json!({"id": "r99", "slot": "2026-03-01T09:00:00+01:00"});
    let merged = merge(&doc(&base), &d, &doc(&b), day(9));
    let ws = workspace(&merged.document);
    assert!(ws.mentees[0].sessions.iter().all(|x| x.series.is_none()));
}

#[test]
fn a_goal_kept_because_an_edit_beat_its_removal_keeps_what_named_it() {
    let (mut base, ada, g1, g2) = ada();
    add_feedback(&mut base, &ada, "Clear", Some(g1.clone()));
    let mut stage = Stage::new(StageId::from_number(0), "Junior");
    stage.goals = vec![g1.clone()];
    run(
        &mut base,
        Op::AddStage {
            mentee: ada.clone(),
            stage: Box::new(stage),
            position: None,
        },
    );
    // One side removes g1 (which drops the session's, the note's and the stage's references);
    // the other retitles it, so the merge keeps it.
    let mut removed = replica(&base, "aaaaa");
    run(&mut removed, Op::Remove(RecordRef::Goal(g1.clone())));
    let mut edited = replica(&base, "bbbbb");
    retitle(&mut edited, &g1, "Speak up");
    for (ours, theirs) in [(&removed, &edited), (&edited, &removed)] {
        let merged = merge(&doc(&base), &doc(ours), &doc(theirs), day(9));
        assert_eq!(merged.dropped, 0);
        let ws = workspace(&merged.document);
        let m = &ws.mentees[0];
        assert_eq!(titles(&ws), ["Speak up", "Write"]);
        assert_eq!(
            m.sessions[0].goals,
            vec![g1.clone(), g2.clone()],
            "in the keeper's order"
        );
        assert_eq!(m.feedback[0].goal, Some(g1.clone()));
        assert_eq!(m.path.stages[0].goals, vec![g1.clone()]);
    }
}

#[test]
fn a_reference_the_keeping_side_dropped_itself_stays_dropped() {
    let (base, _, g1, g2) = ada();
    let mut removed = replica(&base, "aaaaa");
    run(&mut removed, Op::Remove(RecordRef::Goal(g1.clone())));
    let mut edited = replica(&base, "bbbbb");
    retitle(&mut edited, &g1, "Speak up");
    let mut d = doc(&edited);
    d["mentees"][0]["sessions"][0]["goals"] = json!([g2.as_str()]);
    let merged = merge(&doc(&base), &doc(&removed), &d, day(9));
    let ws = workspace(&merged.document);
    assert_eq!(ws.mentees[0].sessions[0].goals, vec![g2.clone()]);
}

#[test]
fn a_series_kept_because_an_edit_beat_its_removal_keeps_its_sessions_slots() {
    let (base, _, _, _) = ada();
    let mut b = doc(&base);
    b["next_id"] = json!(6);
    let slot = json!({"id": "sr5", "slot": "2026-03-01T09:00:00+01:00"});
    b["mentees"][0]["series"] = json!([{
        "id": "sr5", "every": {"every": 1, "unit": "weeks"},
        "first": "2026-03-01T09:00:00+01:00", "count": 4, "minutes": 45
    }]);
    b["mentees"][0]["sessions"][0]["series"] = slot.clone();
    let mut removed = b.clone();
    removed["mentees"][0]["series"] = json!([]);
    removed["mentees"][0]["sessions"][0]["series"] = json!(null);
    let mut edited = b.clone();
    edited["mentees"][0]["series"][0]["minutes"] = json!(60);
    for (ours, theirs) in [(&removed, &edited), (&edited, &removed)] {
        let merged = merge(&b, ours, theirs, day(9));
        assert_eq!(merged.conflicts.len(), 1);
        assert_eq!(merged.document["mentees"][0]["sessions"][0]["series"], slot);
        workspace(&merged.document);
    }
}

#[test]
fn decided_reply_entries_and_asked_questions_from_both_sides_are_all_kept() {
    let (base, _, _, _) = ada();
    let mut b = doc(&base);
    b["mentees"][0]["asked"] = json!([{"question": "q-know-1", "on": "2026-03-01"}]);
    let decided = |id: &str| {
        json!({
            "entry": {"id": id, "written_at": "2026-03-01T09:00:00+01:00", "kind": "topic",
                      "text": "Slides", "seen": ""},
            "decided_on": "2026-03-02", "accepted": false
        })
    };
    let (mut ours, mut theirs) = (b.clone(), b.clone());
    ours["mentees"][0]["replies"] = json!([decided("raaaaaaaaaa")]);
    theirs["mentees"][0]["replies"] = json!([decided("rbbbbbbbbbb")]);
    ours["mentees"][0]["asked"]
        .as_array_mut()
        .unwrap()
        .push(json!({"question": "q-goal-measurable-1", "on": "2026-03-02"}));
    theirs["mentees"][0]["asked"]
        .as_array_mut()
        .unwrap()
        .push(json!({"question": "q-progress-obstacle-1", "on": "2026-03-03"}));
    let merged = merge(&b, &ours, &theirs, day(9));
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let m = &merged.document["mentees"][0];
    let entries: Vec<&str> = m["replies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["entry"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(entries, ["raaaaaaaaaa", "rbbbbbbbbbb"]);
    let asked: Vec<&str> = m["asked"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["question"].as_str().unwrap())
        .collect();
    assert_eq!(
        asked,
        ["q-know-1", "q-goal-measurable-1", "q-progress-obstacle-1"]
    );
    let ws = workspace(&merged.document);
    assert_eq!(ws.mentees[0].replies.len(), 2);
}
