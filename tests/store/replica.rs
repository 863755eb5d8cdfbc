//! The replica tag: a store opened to be changed draws one when it is replicated, so two
//! machines adding a record to copies of one file make two IDs that cannot collide.

use crate::common;

use chrono::TimeZone;
use mentor::domain::ops::{Applied, Ctx, Op};
use mentor::domain::schedule::Zone;
use mentor::domain::{Goal, GoalId, RecordRef, Workspace};
use mentor::store::{OpenOptions, Store, load};
use std::path::Path;
use std::sync::Arc;

fn ctx() -> Ctx {
    let zone = Zone::Named(chrono_tz::Europe::Paris);
    let now = chrono_tz::Europe::Paris
        .with_ymd_and_hms(2026, 12, 1, 9, 0, 0)
        .unwrap()
        .fixed_offset();
    Ctx {
        today: now.date_naive(),
        now,
        zone,
    }
}

/// Writes `ws` as the store at `dir/mentor.json`.
fn write_store(dir: &Path, ws: &Workspace) -> std::path::PathBuf {
    let path = dir.join("mentor.json");
    std::fs::write(&path, common::bytes_of(ws)).expect("write");
    path
}

/// Opens the store, adds a goal to its first mentee through the operation, saves; returns the
/// goal's ID.
fn add_goal(path: &Path, title: &str) -> GoalId {
    let (mut store, mut ws) = Store::open(path, &OpenOptions::default()).expect("open");
    let goal = Goal::new(GoalId::from_number(0), title, ctx().today);
    let op = Op::AddGoal {
        mentee: ws.mentees[0].id.clone(),
        goal: Box::new(goal),
    };
    let Applied {
        created: Some(RecordRef::Goal(id)),
        ..
    } = op.apply(&mut ws, &ctx()).expect("add")
    else {
        panic!("no goal made");
    };
    store.save(&ws).expect("save");
    id
}

fn replicated() -> Workspace {
    let mut ws = common::sample_workspace();
    ws.replicated = true;
    ws
}

#[test]
fn two_machines_adding_a_goal_to_copies_of_one_file_make_two_ids_with_one_number() {
    let ws = replicated();
    let (_a_guard, a) = common::temp_dir();
    let (_b_guard, b) = common::temp_dir();
    let (a, b) = (write_store(&a, &ws), write_store(&b, &ws));
    let on_a = add_goal(&a, "Written on the laptop");
    let on_b = add_goal(&b, "Written on the desktop");
    assert_ne!(on_a, on_b);
    assert_eq!(on_a.number(), Some(ws.next_id));
    assert_eq!(on_a.number(), on_b.number());
    for (id, path) in [(&on_a, &a), (&on_b, &b)] {
        let tag = id.tag().expect("a tag");
        assert_eq!(tag.len(), 5, "{id}");
        assert!(mentor::domain::ids::valid_tag(tag), "{id}");
        let back = load(path).expect("load").workspace;
        assert!(back.find_goal(id.as_str()).is_ok(), "{id} saved");
        assert_eq!(back.next_id, ws.next_id + 1);
    }
}

#[test]
fn every_open_to_change_draws_a_tag_no_id_in_the_store_carries() {
    let (_guard, dir) = common::temp_dir();
    let path = write_store(&dir, &replicated());
    let first = add_goal(&path, "One");
    let tag = first.tag().expect("tag").to_string();

    // A command's open, the app's start and the app's reload: each draws, never `tag` again.
    let (store, ws) = Store::open(&path, &OpenOptions::default()).expect("open");
    let opened = ws.replica.0.clone().expect("a command draws a tag");
    drop(store);
    let fs = Arc::new(mentor::store::RealFs);
    let (mut editor, ws) =
        Store::open_editor(&path, &OpenOptions::default(), fs).expect("open the app's store");
    let started = ws.replica.0.clone().expect("the app's start draws a tag");
    let reloaded = editor
        .reload()
        .expect("reload")
        .replica
        .0
        .expect("a reload draws");
    for drawn in [&opened, &started, &reloaded] {
        assert_ne!(drawn, &tag, "a tag in use is drawn again");
        assert!(mentor::domain::ids::valid_tag(drawn) && drawn.len() == 5);
    }
    // A reader does not draw: it makes no IDs.
    assert_eq!(load(&path).expect("load").workspace.replica.0, None);
}

#[test]
fn an_unreplicated_store_draws_no_tag_and_makes_plain_ids() {
    let (_guard, dir) = common::temp_dir();
    let ws = common::sample_workspace();
    let path = write_store(&dir, &ws);
    let (_store, opened) = Store::open(&path, &OpenOptions::default()).expect("open");
    assert_eq!(opened.replica.0, None);
    drop(_store);
    let id = add_goal(&path, "Plain");
    assert_eq!(id, GoalId::from_number(ws.next_id));
}
