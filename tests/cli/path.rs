//! `mentor path ...` and `mentor skill ...`: the roadmap, stages, levels and the vocabulary,
//! and their refusals (which leave the store as it was).

use crate::cli_env::Env;

/// Alice (m1) with goal g2, a path titled "IC track": st3 "Staff engineer" (in progress, target,
/// skills architecture and influence, goal g2, a private note), st4 "Senior engineer" (done,
/// put first), st5 "Principal".
fn alice() -> Env {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice Moreau"]);
    e.ok(&["goal", "add", "--mentee", "alice", "Lead a design review"]);
    e.ok(&["path", "title", "alice", "IC track"]);
    let out = e.ok(&[
        "path",
        "stage",
        "add",
        "alice",
        "Staff engineer",
        "--status",
        "in-progress",
        "--target",
        "2027-06-30",
        "--skill",
        "Architecture",
        "--skill",
        "influence",
        "--goal",
        "g2",
        "--description",
        "Owns design across two teams",
        "--private-notes",
        "wary of the manager",
    ]);
    assert_eq!(
        out,
        "Added stage st3 \"Staff engineer\" (1 of 1 in Alice Moreau's path, in-progress).\n"
    );
    e.ok(&[
        "path",
        "stage",
        "add",
        "alice",
        "Senior engineer",
        "--status",
        "done",
        "--at",
        "1",
    ]);
    e.ok(&["path", "stage", "add", "alice", "Principal"]);
    e
}

#[test]
fn path_show_prints_the_roadmap_in_order_within_80_columns() {
    let e = alice();
    e.ok(&[
        "skill",
        "set",
        "alice",
        "architecture",
        "--level",
        "3",
        "--target",
        "4",
    ]);
    e.ok(&["skill", "set", "alice", "Influence", "--target", "4"]);
    let out = e.ok(&["skill", "set", "alice", "INFLUENCE", "--level", "2"]);
    assert_eq!(
        out, "Alice Moreau in influence: now 2, aim 4.\n",
        "the target stays"
    );
    let text = e.ok(&["path", "show", "alice"]);
    let expected = "\
Career path of Alice Moreau: IC track

 1. ✓ Senior engineer  [done]  st4

 2. ▶ Staff engineer  [in-progress]  target 2027-06-30  st3
      Owns design across two teams
      skill Architecture                   now 3  aim 4  gap 1
      skill influence                      now 2  aim 4  gap 2
      goal  g2     Lead a design review                   draft     -

 3. · Principal  [open]  st5
";
    assert_eq!(text, expected);
    assert!(text.lines().all(|l| l.chars().count() <= 80));
    assert!(
        !text.contains("wary"),
        "the text roadmap leaves private notes out"
    );
}

#[test]
fn path_show_json_is_stable() {
    let e = alice();
    e.ok(&[
        "skill",
        "set",
        "alice",
        "architecture",
        "--level",
        "3",
        "--target",
        "4",
    ]);
    let v = e.json(&["path", "show", "alice", "--json"]);
    assert_eq!(v["mentee"], "m1");
    assert_eq!(v["title"], "IC track");
    let stages = v["stages"].as_array().unwrap();
    let titles: Vec<&str> = stages
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Senior engineer", "Staff engineer", "Principal"]);
    let staff = &stages[1];
    assert_eq!(
        staff,
        &serde_json::json!({
            "id": "st3",
            "position": 2,
            "title": "Staff engineer",
            "status": "in-progress",
            "target": "2027-06-30",
            "description": "Owns design across two teams",
            "private_notes": "wary of the manager",
            "skills": [
                {"skill": "Architecture", "current": 3, "target": 4, "gap": 1},
                {"skill": "influence", "current": null, "target": null, "gap": 0}
            ],
            "goals": [{"id": "g2", "title": "Lead a design review", "status": "draft", "progress": null}]
        })
    );
    assert_eq!(v["skills"][0]["skill"], "Architecture");
}

#[test]
fn stages_are_edited_moved_marked_and_removed() {
    let e = alice();
    let out = e.ok(&[
        "path",
        "stage",
        "edit",
        "st3",
        "--title",
        "Staff",
        "--no-goals",
        "--skill",
        "writing",
        "--clear-target",
    ]);
    assert_eq!(
        out,
        "Updated stage st3 \"Staff\" (2 of 3 in Alice Moreau's path, in-progress).\n"
    );
    let doc = e.doc();
    let staff = &doc["mentees"][0]["path"]["stages"][1];
    assert_eq!(staff["skills"], serde_json::json!(["writing"]));
    assert_eq!(staff["goals"], serde_json::json!([]));
    assert!(staff.get("target").is_none_or(|t| t.is_null()));
    e.ok(&["path", "stage", "done", "st3"]);
    e.ok(&["path", "stage", "status", "st5", "skipped"]);
    let out = e.ok(&["path", "stage", "move", "st4", "3"]);
    assert!(out.contains("(3 of 3"), "{out}");
    let v = e.json(&["path", "show", "alice", "--json"]);
    let order: Vec<(&str, &str)> = v["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["id"].as_str().unwrap(), s["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        order,
        [("st3", "done"), ("st5", "skipped"), ("st4", "done")]
    );
    let err = e.fails(&["path", "stage", "remove", "st5"]);
    assert!(err.contains("add --yes"), "{err}");
    e.ok(&["path", "stage", "remove", "st5", "--yes"]);
    assert_eq!(
        e.doc()["mentees"][0]["path"]["stages"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // Removing a goal drops it from the stages that named it.
    e.ok(&["path", "stage", "edit", "st3", "--goal", "g2"]);
    let err = e.fails(&["goal", "remove", "g2"]);
    assert!(err.contains("1 stage"), "{err}");
    e.ok(&["goal", "remove", "g2", "--yes"]);
    assert_eq!(
        e.doc()["mentees"][0]["path"]["stages"][0]["goals"],
        serde_json::json!([])
    );
}

#[test]
fn path_and_skill_commands_refuse_bad_input_and_change_nothing() {
    let e = alice();
    e.ok(&["mentee", "add", "Bob"]);
    e.ok(&["goal", "add", "--mentee", "bob", "Bob's goal"]);
    e.ok(&["skill", "add", "Go"]);
    let before = e.bytes();
    let cases: &[(&[&str], &str)] = &[
        (
            &["path", "stage", "edit", "st99", "--title", "X"],
            "no stage with ID \"st99\"",
        ),
        (
            &["path", "stage", "done", "st99"],
            "no stage with ID \"st99\"",
        ),
        (&["path", "stage", "move", "st3", "4"], "must be 1 to 3"),
        (
            &["path", "stage", "add", "alice", "X", "--at", "5"],
            "must be 1 to 4",
        ),
        (
            &["path", "stage", "add", "alice", " "],
            "the title must not be empty",
        ),
        (
            &["path", "stage", "add", "alice", "X", "--goal", "g8"],
            "g8 is not a goal of Alice Moreau",
        ),
        (
            &[
                "path",
                "stage",
                "add",
                "alice",
                "X",
                "--target",
                "2026-02-30",
            ],
            "2026-02-30",
        ),
        (
            &["path", "stage", "add", "nobody", "X"],
            "no mentee matches",
        ),
        (
            &["skill", "set", "alice", "go", "--level", "0"],
            "--level 0 is not on the scale",
        ),
        (
            &["skill", "set", "alice", "go", "--target", "6"],
            "--target 6 is not on the scale",
        ),
        (
            &["skill", "set", "alice", "go"],
            "say --level, --target or both",
        ),
        (
            &["skill", "add", "GO"],
            "the skill \"Go\" is declared already",
        ),
        (
            &["skill", "rename", "cobol", "x"],
            "no skill called \"cobol\"",
        ),
        (
            &["skill", "remove", "architecture"],
            "still used by stage st3 of Alice Moreau",
        ),
        (&["skill", "remove", "cobol"], "no skill called \"cobol\""),
    ];
    for (args, says) in cases {
        let err = e.fails(args);
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(e.bytes(), before, "{args:?} changed the store");
    }
    let status = e.cmd(&["path", "stage", "status", "st3", "finished"]);
    assert_eq!(status.status.code(), Some(2));
    let at = e.cmd(&["path", "stage", "move", "st3", "0"]);
    assert_eq!(at.status.code(), Some(2));
    // A merge that would lose one of two different levels is refused.
    e.ok(&["skill", "set", "alice", "architecture", "--level", "2"]);
    e.ok(&["skill", "set", "alice", "go", "--level", "4"]);
    let err = e.fails(&["skill", "rename", "go", "architecture"]);
    assert!(err.contains("Alice Moreau has different levels"), "{err}");
}

#[test]
fn skill_list_counts_uses_and_the_matrix_puts_gaps_first() {
    let e = alice();
    e.ok(&[
        "goal",
        "edit",
        "g2",
        "--skill",
        "architecture",
        "--skill",
        "sql",
    ]);
    e.ok(&[
        "skill",
        "add",
        "Technical writing",
        "--description",
        "Docs people act on",
    ]);
    e.ok(&[
        "skill",
        "set",
        "alice",
        "architecture",
        "--level",
        "3",
        "--target",
        "4",
    ]);
    e.ok(&[
        "skill", "set", "alice", "sql", "--level", "1", "--target", "4",
    ]);
    e.ok(&[
        "skill", "set", "alice", "zen", "--level", "5", "--target", "5",
    ]);
    let list = e.json(&["skill", "list", "--json"]);
    assert_eq!(
        list,
        serde_json::json!([
            {"name": "Architecture", "declared": false, "description": "", "goals": 1, "stages": 1, "mentees": 1},
            {"name": "influence", "declared": false, "description": "", "goals": 0, "stages": 1, "mentees": 0},
            {"name": "sql", "declared": false, "description": "", "goals": 1, "stages": 0, "mentees": 1},
            {"name": "Technical writing", "declared": true, "description": "Docs people act on", "goals": 0, "stages": 0, "mentees": 0},
            {"name": "zen", "declared": false, "description": "", "goals": 0, "stages": 0, "mentees": 1}
        ])
    );
    let text = e.ok(&["skill", "list"]);
    assert!(text.starts_with("SKILL"), "{text}");
    assert!(text.contains("Docs people act on"), "{text}");
    let matrix = e.json(&["skill", "list", "--mentee", "alice", "--json"]);
    let order: Vec<(&str, u64)> = matrix
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["skill"].as_str().unwrap(), r["gap"].as_u64().unwrap()))
        .collect();
    // Gaps first; with no gap, a skill with levels before one without.
    assert_eq!(
        order,
        [
            ("sql", 3),
            ("Architecture", 1),
            ("zen", 0),
            ("influence", 0)
        ]
    );
    assert_eq!(matrix[1]["stages"], serde_json::json!(["Staff engineer"]));
    let text = e.ok(&["skill", "list", "--mentee", "alice"]);
    assert!(text.lines().nth(1).unwrap().starts_with("sql "), "{text}");
    assert!(text.contains("█░░░·"), "{text}");
}

#[test]
fn renaming_a_skill_rewrites_every_place_and_remove_takes_an_unused_one() {
    let e = alice();
    e.ok(&["mentee", "add", "Bob"]);
    e.ok(&["skill", "set", "bob", "architecture", "--level", "2"]);
    e.ok(&["goal", "edit", "g2", "--skill", "architecture"]);
    e.ok(&[
        "skill",
        "add",
        "architecture",
        "--description",
        "Shapes systems",
    ]);
    let out = e.ok(&["skill", "rename", "ARCHITECTURE", "Systems design"]);
    assert_eq!(
        out,
        "Renamed \"ARCHITECTURE\" to \"Systems design\" (2 mentees changed).\n"
    );
    let doc = e.doc();
    let text = doc.to_string();
    assert!(!text.to_lowercase().contains("architecture"), "{text}");
    assert_eq!(doc["skills"][0]["name"], "Systems design");
    assert_eq!(doc["mentees"][1]["skills"][0]["skill"], "Systems design");
    e.ok(&["skill", "add", "Cobol"]);
    assert_eq!(
        e.ok(&["skill", "remove", "cobol"]),
        "Removed the skill \"cobol\".\n"
    );
    assert!(
        e.doc()["skills"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["name"] != "Cobol")
    );
    let out = e.ok(&["skill", "set", "bob", "systems design", "--clear"]);
    assert_eq!(out, "Bob has no level in systems design now.\n");
}
