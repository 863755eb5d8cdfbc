//! The files of `mentor merge`: each version read as a document in the current shape (an older
//! version migrated, unknown keys kept), and the merged document written in the store's layout,
//! through a symlink, or not at all when it does not validate.

use crate::common;
use mentor::store::merged::{WriteError, read_document, write_document};
use mentor::store::{CURRENT_VERSION, OpenOptions, Store};
use serde_json::json;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(name)
}

#[test]
fn an_older_version_reads_as_the_document_the_store_would_write() {
    let (_guard, dir) = common::temp_dir();
    let path = dir.join("mentor.json");
    std::fs::copy(fixture("v1.0.json"), &path).unwrap();
    let (doc, ws) = read_document(&path, false).unwrap();
    assert_eq!(
        doc["version"],
        json!({"major": CURRENT_VERSION.major, "minor": CURRENT_VERSION.minor})
    );
    // The same document a save through the store writes.
    let (mut store, opened) = Store::open(&path, &OpenOptions::default()).unwrap();
    assert_eq!(ws, opened);
    store.save(&opened).unwrap();
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(doc, saved);
}

#[test]
fn keys_of_a_newer_minor_version_are_in_the_document() {
    let (_guard, dir) = common::temp_dir();
    let path = dir.join("mentor.json");
    let mut original: serde_json::Value =
        serde_json::from_slice(&common::bytes_of(&common::sample_workspace())).unwrap();
    let newer = json!({"major": CURRENT_VERSION.major, "minor": CURRENT_VERSION.minor + 1});
    original["version"] = newer.clone();
    original["x_future"] = json!({"kept": [1, 2]});
    original["mentees"][0]["x_colour"] = json!("teal");
    std::fs::write(&path, serde_json::to_vec_pretty(&original).unwrap()).unwrap();
    let (doc, _) = read_document(&path, false).unwrap();
    assert_eq!(doc["version"], newer);
    assert_eq!(doc["x_future"], json!({"kept": [1, 2]}));
    assert_eq!(doc["mentees"][0]["x_colour"], json!("teal"));
}

#[test]
fn an_empty_file_is_nothing_only_where_asked() {
    let (_guard, dir) = common::temp_dir();
    let path = dir.join("base.json");
    std::fs::write(&path, b"").unwrap();
    assert_eq!(read_document(&path, true).unwrap().0, json!({}));
    assert!(read_document(&path, false).is_err());
}

#[test]
fn the_merged_document_is_written_through_a_symlink_or_not_at_all() {
    let (_guard, dir) = common::temp_dir();
    let real = dir.join("real.json");
    std::fs::copy(fixture("v1.1.json"), &real).unwrap();
    let link = dir.join("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let (mut doc, _) = read_document(&link, false).unwrap();
    doc["mentor"]["name"] = json!("Merged");
    let ws = write_document(&link, &doc).unwrap();
    assert_eq!(ws.mentor.name, "Merged");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(common::mode(&real), 0o600);
    let written = std::fs::read(&real).unwrap();
    assert_eq!(written, common::bytes_of(&ws));
    // A document that does not validate: refused, the file as it was, nothing left behind.
    doc["next_id"] = json!(0);
    let err = write_document(&link, &doc).unwrap_err();
    assert!(matches!(err, WriteError::Invalid(_)), "{err}");
    assert!(err.to_string().contains("next_id"), "{err}");
    assert_eq!(std::fs::read(&real).unwrap(), written);
    assert_eq!(common::names(&dir).len(), 2, "{:?}", common::names(&dir));
}
