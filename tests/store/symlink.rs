//! Promise 11: a symlinked data file is written through, not replaced by a regular file.
//!
//! The data path is a symlink to a file in another directory (a synced folder, a dotfiles
//! repository). After saves the link is still a link to the same target, the target holds the
//! new data, and the temporary file, lock and backups live beside the target, where the rename
//! is atomic.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;

use common::{sample_workspace, temp_dir, tmp_files};
use mentor::store::{OpenOptions, Store, list_backups, load};
use std::path::Path;

fn check_written_through(link: &Path, target: &Path, link_text: &Path) {
    let (mut store, mut ws) = Store::open(link, &OpenOptions::default()).expect("open");
    assert_eq!(store.paths().data, target.canonicalize().expect("target"));
    for n in 1..=3 {
        ws = sample_workspace();
        ws.mentor.name = format!("Through the link {n}");
        store.save(&ws).expect("save");
    }
    drop(store);

    let meta = std::fs::symlink_metadata(link).expect("link");
    assert!(
        meta.file_type().is_symlink(),
        "the link was replaced by a regular file"
    );
    assert_eq!(std::fs::read_link(link).expect("read link"), link_text);
    assert_eq!(load(target).expect("load target").workspace, ws);
    assert_eq!(
        std::fs::read(link).expect("read"),
        std::fs::read(target).expect("read")
    );

    let target_dir = target.parent().expect("dir");
    let link_dir = link.parent().expect("dir");
    assert!(tmp_files(target_dir).is_empty());
    assert!(target_dir.join("mentor.json.lock").exists());
    assert_eq!(list_backups(link).expect("backups").len(), 3);
    assert_eq!(list_backups(target).expect("backups").len(), 3);
    // Nothing of the store's was made beside the link.
    let beside_link: Vec<String> = common::names(link_dir)
        .into_iter()
        .filter(|n| n.starts_with("mentor.json") || n.starts_with(".mentor.json"))
        .collect();
    assert_eq!(beside_link, ["mentor.json"], "{beside_link:?}");
}

#[test]
fn a_save_through_an_absolute_symlink_writes_the_target() {
    let (_guard, dir) = temp_dir();
    let target_dir = dir.join("Sync").join("mentoring");
    let link_dir = dir.join("home");
    std::fs::create_dir_all(&target_dir).expect("mkdir");
    std::fs::create_dir_all(&link_dir).expect("mkdir");
    let target = target_dir.join("mentor.json");
    std::fs::write(&target, common::bytes_of(&sample_workspace())).expect("write target");
    let link = link_dir.join("mentor.json");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    check_written_through(&link, &target, &target);
}

#[test]
fn a_save_through_a_relative_symlink_writes_the_target() {
    let (_guard, dir) = temp_dir();
    let target_dir = dir.join("dotfiles");
    let link_dir = dir.join("home");
    std::fs::create_dir_all(&target_dir).expect("mkdir");
    std::fs::create_dir_all(&link_dir).expect("mkdir");
    let target = target_dir.join("mentor.json");
    std::fs::write(&target, common::bytes_of(&sample_workspace())).expect("write target");
    let link = link_dir.join("mentor.json");
    let relative = Path::new("../dotfiles/mentor.json");
    std::os::unix::fs::symlink(relative, &link).expect("symlink");
    check_written_through(&link, &target, relative);
}

#[test]
fn a_dangling_symlink_is_refused_not_replaced() {
    let (_guard, dir) = temp_dir();
    let link = dir.join("mentor.json");
    std::os::unix::fs::symlink(dir.join("gone").join("mentor.json"), &link).expect("symlink");
    let err = Store::open(&link, &OpenOptions::default()).expect_err("a dangling link");
    let message = err.to_string();
    assert!(
        message.contains(&link.display().to_string()) && message.contains("symlink"),
        "{message}"
    );
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert_eq!(common::names(&dir), ["mentor.json"]);
}
