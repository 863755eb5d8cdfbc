//! `edit`, `remove` and `session cancel-series` for every kind of record below a mentee.

use crate::cli_env::Env;
use serde_json::Value;

/// Alice (m1) with goal g2 (metric, due, milestone ms3), session s4 on g2 with action item a5,
/// feedback f6 about g2, connection c7.
fn practice() -> Env {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice", "--every", "1w"]);
    e.ok(&[
        "goal",
        "add",
        "--mentee",
        "alice",
        "Lead a review",
        "--metric",
        "reviews",
        "--target",
        "3",
        "--due",
        "2026-12-20",
        "--skill",
        "facilitation",
    ]);
    e.ok(&[
        "milestone",
        "add",
        "--goal",
        "g2",
        "Shadow one",
        "--due",
        "2026-12-10",
    ]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-11-20 10:00",
        "--goal",
        "g2",
        "--action",
        "Draft agenda",
        "--due",
        "2026-11-27",
    ]);
    e.ok(&[
        "feedback", "add", "--mentee", "alice", "--kind", "strength", "Calm", "--goal", "g2",
    ]);
    e.ok(&[
        "connection",
        "add",
        "--mentee",
        "alice",
        "--kind",
        "event",
        "Meetup",
    ]);
    e
}

fn alice(e: &Env) -> Value {
    e.doc()["mentees"][0].clone()
}

#[test]
fn a_goal_edit_changes_only_the_options_given_and_clear_flags_empty_a_field() {
    let e = practice();
    let out = e.ok(&[
        "goal",
        "edit",
        "g2",
        "--title",
        "Lead two reviews",
        "--target",
        "2",
    ]);
    assert!(
        out.contains("Updated goal g2 \"Lead two reviews\""),
        "{out}"
    );
    let g = &alice(&e)["goals"][0];
    assert_eq!(g["title"], "Lead two reviews");
    assert_eq!(g["metric"]["target"], 2.0);
    assert_eq!(
        g["metric"]["what"], "reviews",
        "the rest of the metric stays"
    );
    assert_eq!(g["due"], "2026-12-20");
    assert_eq!(g["skills"][0], "facilitation");
    e.ok(&[
        "goal",
        "edit",
        "g2",
        "--clear-due",
        "--no-skills",
        "--no-metric",
    ]);
    let g = &alice(&e)["goals"][0];
    assert!(g["due"].is_null() && g["metric"].is_null(), "{g}");
    assert_eq!(g["skills"].as_array().unwrap().len(), 0);
    assert_eq!(g["milestones"].as_array().unwrap().len(), 1);
    // The operation's rules hold: a blank title, clearing and setting the due date together.
    let before = e.bytes();
    assert!(
        e.fails(&["goal", "edit", "g2", "--title", " "])
            .contains("title")
    );
    e.fails(&["goal", "edit", "g2", "--due", "+1m", "--clear-due"]);
    assert!(
        e.fails(&["goal", "edit", "g99", "--title", "x"])
            .contains("g99")
    );
    assert_eq!(e.bytes(), before, "a refused edit writes nothing");
}

#[test]
fn milestone_action_and_connection_edits_set_and_clear_their_dates() {
    let e = practice();
    e.ok(&[
        "milestone",
        "edit",
        "ms3",
        "--title",
        "Shadow two",
        "--note",
        "any team",
    ]);
    e.ok(&["action", "edit", "a5", "--owner", "mentor", "--clear-due"]);
    e.ok(&[
        "connection",
        "edit",
        "c7",
        "--who",
        "Dana",
        "--date",
        "2026-12-05",
        "--status",
        "done",
    ]);
    let m = alice(&e);
    let k = &m["goals"][0]["milestones"][0];
    assert_eq!(
        (k["title"].as_str(), k["note"].as_str()),
        (Some("Shadow two"), Some("any team"))
    );
    assert_eq!(k["due"], "2026-12-10");
    let a = &m["sessions"][0]["actions"][0];
    assert_eq!(a["owner"], "mentor");
    assert!(a["due"].is_null());
    assert_eq!(a["text"], "Draft agenda");
    let c = &m["connections"][0];
    assert_eq!(
        (c["who"].as_str(), c["status"].as_str()),
        (Some("Dana"), Some("done"))
    );
    assert_eq!(c["date"], "2026-12-05");
    e.ok(&["connection", "edit", "c7", "--clear-date"]);
    assert!(alice(&e)["connections"][0]["date"].is_null());
    e.ok(&["milestone", "edit", "ms3", "--clear-due"]);
    assert!(alice(&e)["goals"][0]["milestones"][0]["due"].is_null());
}

#[test]
fn a_session_edit_changes_time_agenda_and_goals_and_refuses_another_mentees_goal() {
    let e = practice();
    e.ok(&["mentee", "add", "Bob"]);
    e.ok(&["goal", "add", "--mentee", "bob", "Other"]);
    e.ok(&[
        "session",
        "edit",
        "s4",
        "--agenda",
        "Mock review",
        "--minutes",
        "60",
    ]);
    let s = &alice(&e)["sessions"][0];
    assert_eq!(
        (s["agenda"].as_str(), s["minutes"].as_u64()),
        (Some("Mock review"), Some(60))
    );
    assert_eq!(s["goals"][0], "g2", "goals stay unless given");
    let err = e.fails(&["session", "edit", "s4", "--goal", "g10"]);
    assert!(err.contains("g10 is not a goal of Alice"), "{err}");
    e.ok(&[
        "session",
        "edit",
        "s4",
        "--no-goals",
        "--at",
        "2026-11-21 15:00",
    ]);
    let s = &alice(&e)["sessions"][0];
    assert_eq!(s["goals"].as_array().unwrap().len(), 0);
    assert!(
        s["at"].as_str().unwrap().starts_with("2026-11-21T15:00"),
        "{s}"
    );
}

#[test]
fn a_feedback_edit_changes_kind_text_goal_and_visibility() {
    let e = practice();
    e.ok(&[
        "feedback",
        "edit",
        "f6",
        "--kind",
        "observation",
        "--text",
        "Quiet",
        "--private",
    ]);
    let f = &alice(&e)["feedback"][0];
    assert_eq!(
        (f["kind"].as_str(), f["text"].as_str()),
        (Some("observation"), Some("Quiet"))
    );
    assert_eq!(
        (f["visibility"].as_str(), f["goal"].as_str()),
        (Some("private"), Some("g2"))
    );
    e.ok(&["feedback", "edit", "f6", "--no-goal", "--shared"]);
    let f = &alice(&e)["feedback"][0];
    assert!(f["goal"].is_null());
    assert_eq!(f["visibility"], "shared");
}

#[test]
fn remove_says_what_goes_and_needs_yes_for_every_kind() {
    let e = practice();
    let before = e.bytes();
    let err = e.fails(&["goal", "remove", "g2"]);
    assert!(
        err.contains("goal g2 \"Lead a review\" of Alice with 1 milestone"),
        "{err}"
    );
    assert!(
        err.contains("1 session and 1 feedback note that name it stay"),
        "{err}"
    );
    assert!(err.contains("--yes"), "{err}");
    let err = e.fails(&["session", "remove", "s4"]);
    assert!(err.contains("with 1 action item"), "{err}");
    assert_eq!(e.bytes(), before, "nothing removed without --yes");
    for (kind, id) in [
        ("milestone", "ms3"),
        ("action", "a5"),
        ("feedback", "f6"),
        ("connection", "c7"),
    ] {
        let out = e.ok(&[kind, "remove", id, "--yes"]);
        assert!(out.starts_with("Removed ") && out.contains(id), "{out}");
        assert!(e.fails(&[kind, "remove", id, "--yes"]).contains(id));
    }
    e.ok(&["goal", "remove", "g2", "--yes"]);
    let m = alice(&e);
    assert_eq!(m["goals"].as_array().unwrap().len(), 0);
    assert_eq!(m["sessions"][0]["goals"].as_array().unwrap().len(), 0);
    assert_eq!(m["sessions"][0]["actions"].as_array().unwrap().len(), 0);
    assert!(m["feedback"].as_array().unwrap().is_empty());
    assert!(m["connections"].as_array().unwrap().is_empty());
    e.ok(&["session", "remove", "s4", "--yes"]);
    assert!(alice(&e)["sessions"].as_array().unwrap().is_empty());
}

#[test]
fn cancel_series_cancels_the_planned_sessions_from_the_one_named_and_keeps_held_ones() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice", "--every", "1w"]);
    e.ok(&[
        "session",
        "plan",
        "--mentee",
        "alice",
        "--from",
        "2026-12-07",
        "--at",
        "10:00",
        "--count",
        "4",
    ]);
    let ids: Vec<String> = alice(&e)["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    e.ok(&["session", "held", &ids[1], "--yes"]);
    let out = e.ok(&["session", "cancel-series", &ids[0]]);
    assert!(out.contains("Cancelled 3 planned sessions"), "{out}");
    let statuses: Vec<String> = alice(&e)["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["status"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(statuses, ["cancelled", "held", "cancelled", "cancelled"]);
    let series = alice(&e)["series"][0]["id"].as_str().unwrap().to_string();
    let out = e.ok(&["session", "cancel-series", &series, "--from", "2026-12-01"]);
    assert!(out.contains("Cancelled 0 planned sessions"), "{out}");
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-11-20 10:00",
    ]);
    let lone = alice(&e)["sessions"][4]["id"].as_str().unwrap().to_string();
    assert!(
        e.fails(&["session", "cancel-series", &lone])
            .contains("not part of a series")
    );
}
