//! Where the mentor's app looks for a mentee's reply (issue 19): `mentor share` records the
//! bundle's path in full, so the app finds the reply beside it from wherever it was started.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::view_common::Bin;

#[test]
fn share_records_the_bundles_path_in_full() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().canonicalize().expect("canonical");
    for d in ["data", "home", "shared"] {
        std::fs::create_dir(root.join(d)).expect("mkdir");
    }
    let bin = Bin {
        store: root.join("data").join("mentor.json"),
        home: root.join("home"),
        cwd: root.join("shared"),
    };
    bin.ok(&["mentee", "add", "Alice Moreau"]);
    // The default name, in the working directory: a relative path as typed.
    bin.ok(&["share", "alice"]);
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&bin.store).unwrap()).unwrap();
    let path = doc["mentees"][0]["shared"]["path"].as_str().unwrap();
    assert_eq!(
        std::path::Path::new(path),
        root.join("shared").join("alice-moreau.mentor.json")
    );
}
