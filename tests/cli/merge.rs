//! `mentor merge BASE OURS THEIRS`, git's merge driver: the merged file, its layout and mode,
//! the summary on stderr, exit codes, OURS untouched when a side does not read, unknown keys
//! kept.

use crate::cli_env::Env;
use crate::common::{bytes_of, mode, today};
use mentor::domain::ops::{Ctx, Op};
use mentor::domain::schedule::Zone;
use mentor::domain::workspace::ReplicaTag;
use mentor::domain::{Goal, GoalId, Mentee, MenteeId, RecordRef, Workspace};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

fn ctx() -> Ctx {
    let now = chrono::DateTime::parse_from_rfc3339(crate::common::NOW).unwrap();
    Ctx {
        today: today(),
        now,
        zone: Zone::Named(chrono_tz::Europe::Paris),
    }
}

fn run(ws: &mut Workspace, op: Op) -> Option<RecordRef> {
    op.apply(ws, &ctx()).unwrap().created
}

fn add_goal(ws: &mut Workspace, title: &str) -> GoalId {
    let goal = Box::new(Goal::new(GoalId::from_number(0), title, today()));
    let mentee = ws.mentees[0].id.clone();
    match run(ws, Op::AddGoal { mentee, goal }) {
        Some(RecordRef::Goal(id)) => id,
        other => panic!("{other:?}"),
    }
}

fn retitle(ws: &mut Workspace, index: usize, title: &str) {
    let mut g = ws.mentees[0].goals[index].clone();
    g.title = title.into();
    run(ws, Op::EditGoal(Box::new(g)));
}

/// A replicated store with Alice and one goal, "Speak".
fn base() -> Workspace {
    let mut ws = Workspace {
        next_id: 1,
        replicated: true,
        ..Workspace::default()
    };
    let alice = Mentee::new(MenteeId::from_number(0), "Alice", today());
    run(&mut ws, Op::AddMentee(Box::new(alice)));
    add_goal(&mut ws, "Speak");
    ws
}

fn on(ws: &Workspace, tag: &str) -> Workspace {
    let mut copy = ws.clone();
    copy.replica = ReplicaTag(Some(tag.into()));
    copy
}

struct Files {
    env: Env,
    base: PathBuf,
    ours: PathBuf,
    theirs: PathBuf,
}

fn files(base: &[u8], ours: &[u8], theirs: &[u8]) -> Files {
    let env = Env::new();
    let dir = env.dir.path().to_path_buf();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    Files {
        base: write("base.json", base),
        ours: write(".merge_file_ours", ours),
        theirs: write("theirs.json", theirs),
        env,
    }
}

fn merge(f: &Files) -> std::process::Output {
    let arg = |p: &Path| p.to_str().unwrap().to_string();
    let (b, o, t) = (arg(&f.base), arg(&f.ours), arg(&f.theirs));
    f.env.cmd(&["merge", &b, &o, &t])
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn read(path: &Path) -> Workspace {
    let parsed = mentor::store::format::parse(&std::fs::read(path).unwrap(), path, false).unwrap();
    parsed.workspace
}

#[test]
fn the_merged_store_is_written_over_ours_in_the_store_layout() {
    let b = base();
    let mut a = on(&b, "aaaaa");
    add_goal(&mut a, "Listen");
    let mut t = on(&b, "bbbbb");
    add_goal(&mut t, "Lead");
    retitle(&mut t, 0, "Speak up");
    let f = files(&bytes_of(&b), &bytes_of(&a), &bytes_of(&t));
    let out = merge(&f);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(stderr(&out), "merged: 2 changes from the other side\n");
    let ws = read(&f.ours);
    let titles: Vec<_> = ws.mentees[0]
        .goals
        .iter()
        .map(|g| g.title.as_str())
        .collect();
    assert_eq!(titles, ["Speak up", "Listen", "Lead"]);
    // The store's own layout, byte for byte, and its mode.
    assert_eq!(std::fs::read(&f.ours).unwrap(), bytes_of(&ws));
    assert_eq!(mode(&f.ours), 0o600);
    let leftovers: Vec<_> = std::fs::read_dir(f.env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp") || n.ends_with(".lock") || n.ends_with(".backups"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_conflict_is_recorded_and_does_not_block() {
    let b = base();
    let mut a = on(&b, "aaaaa");
    retitle(&mut a, 0, "Speak up");
    let mut t = on(&b, "bbbbb");
    retitle(&mut t, 0, "Speak out");
    let f = files(&bytes_of(&b), &bytes_of(&a), &bytes_of(&t));
    let out = merge(&f);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "merged: nothing new from the other side, 1 conflict (see `mentor conflicts`)\n"
    );
    let ws = read(&f.ours);
    assert_eq!(ws.mentees[0].goals[0].title, "Speak up");
    assert_eq!(ws.conflicts.len(), 1);
    assert_eq!(ws.conflicts[0].other, json!("Speak out"));
    assert_eq!(ws.conflicts[0].found_on, today());
}

#[test]
fn a_side_that_does_not_read_fails_with_exit_1_and_leaves_ours_untouched() {
    let b = base();
    let ours = bytes_of(&on(&b, "aaaaa"));
    for (bad, side) in [(&b"{ not json"[..], "THEIRS"), (&b"[]"[..], "THEIRS")] {
        let f = files(&bytes_of(&b), &ours, bad);
        let out = merge(&f);
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert!(err.contains(side) && err.contains("unchanged"), "{err}");
        assert_eq!(std::fs::read(&f.ours).unwrap(), ours);
    }
    let f = files(&bytes_of(&b), b"", &ours);
    let out = merge(&f);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("OURS"), "{}", stderr(&out));
    assert!(std::fs::read(&f.ours).unwrap().is_empty());
}

#[test]
fn a_merge_that_would_not_read_back_fails_and_leaves_ours_untouched() {
    // Two copies that are not replicated both hand out number 3, to a goal and a session's
    // goal... here two goals: the same ID, merged as one record; to a goal and a mentee: a clash.
    let mut b = base();
    b.replicated = false;
    let mut a = b.clone();
    add_goal(&mut a, "Listen");
    let mut t = b.clone();
    run(
        &mut t,
        Op::AddMentee(Box::new(Mentee::new(
            MenteeId::from_number(0),
            "Bo",
            today(),
        ))),
    );
    let f = files(&bytes_of(&b), &bytes_of(&a), &bytes_of(&t));
    let out = merge(&f);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("does not hold together") && err.contains("duplicate ID"),
        "{err}"
    );
    assert_eq!(std::fs::read(&f.ours).unwrap(), bytes_of(&a));
}

#[test]
fn keys_this_version_does_not_know_survive_the_merge() {
    let b = base();
    let mut a = on(&b, "aaaaa");
    add_goal(&mut a, "Listen");
    let t = on(&b, "bbbbb");
    let mut theirs: Value = serde_json::from_slice(&bytes_of(&t)).unwrap();
    let major = mentor::store::CURRENT_VERSION.major;
    let newer = json!({"major": major, "minor": mentor::store::CURRENT_VERSION.minor + 1});
    theirs["version"] = newer.clone();
    theirs["x_future"] = json!({"kept": true});
    theirs["mentees"][0]["goals"][0]["x_colour"] = json!("teal");
    let f = files(
        &bytes_of(&b),
        &bytes_of(&a),
        &serde_json::to_vec_pretty(&theirs).unwrap(),
    );
    let out = merge(&f);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: Value = serde_json::from_slice(&std::fs::read(&f.ours).unwrap()).unwrap();
    assert_eq!(doc["x_future"], json!({"kept": true}));
    assert_eq!(doc["mentees"][0]["goals"][0]["x_colour"], json!("teal"));
    assert_eq!(doc["version"], newer);
    assert_eq!(doc["mentees"][0]["goals"].as_array().unwrap().len(), 2);
}

#[test]
fn an_empty_base_means_nothing_in_common() {
    let b = base();
    let mut t = on(&b, "bbbbb");
    add_goal(&mut t, "Lead");
    let f = files(b"", &bytes_of(&b), &bytes_of(&t));
    let out = merge(&f);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(read(&f.ours).mentees[0].goals.len(), 2);
}

#[test]
fn the_help_says_it_is_the_merge_driver_sync_init_configures() {
    let env = Env::new();
    let help = env.ok(&["merge", "--help"]);
    assert!(help.contains("merge driver"), "{help}");
    assert!(help.contains("mentor sync init"), "{help}");
    assert!(help.contains("%O %A %B"), "{help}");
}
