//! The app's store holds the editor lock for its life and the write lock only while it saves:
//! a second app is refused, a command goes through while the app is open, and the app's next
//! save never overwrites what the command wrote.

use mentor::domain::Workspace;
use mentor::store::{OpenError, OpenOptions, RealFs, SaveError, Store};
use std::sync::Arc;

fn editor(path: &std::path::Path) -> Result<(Store, Workspace), OpenError> {
    Store::open_editor(path, &OpenOptions::default(), Arc::new(RealFs))
}

#[test]
fn a_command_writes_while_the_app_is_open_and_the_app_never_overwrites_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let (mut app, mut ws) = editor(&path).unwrap();
    assert!(
        matches!(editor(&path), Err(OpenError::Locked { .. })),
        "one app at a time"
    );
    // A command opens, changes and saves the store while the app is open.
    let (mut command, mut theirs) = Store::open(&path, &OpenOptions::default()).unwrap();
    theirs.mentor.name = "Written by a command".into();
    command.save(&theirs).unwrap();
    drop(command);
    assert!(app.changed_on_disk());
    // The app's save is refused rather than overwrite it; after a reload it goes through.
    ws.mentor.name = "Written by the app".into();
    assert!(matches!(app.save(&ws), Err(SaveError::Conflict { .. })));
    let mut ws = app.reload().unwrap();
    assert_eq!(ws.mentor.name, "Written by a command");
    ws.mentor.capacity_hours_per_month = Some(4.0);
    app.save(&ws).unwrap();
    assert!(!app.changed_on_disk(), "its own save is not a change");
    let on_disk = mentor::store::load(&path).unwrap().workspace;
    assert_eq!(on_disk.mentor.name, "Written by a command");
    assert_eq!(on_disk.mentor.capacity_hours_per_month, Some(4.0));
}

#[test]
fn the_apps_save_waits_for_a_command_that_holds_the_write_lock() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let (mut app, mut ws) = editor(&path).unwrap();
    let (command, _) = Store::open(&path, &OpenOptions::default()).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let saver = std::thread::spawn(move || {
        ws.mentor.name = "Saved after the command".into();
        tx.send(()).unwrap();
        app.save(&ws)
    });
    rx.recv().unwrap();
    drop(command);
    saver.join().unwrap().unwrap();
    let on_disk = mentor::store::load(&path).unwrap().workspace;
    assert_eq!(on_disk.mentor.name, "Saved after the command");
}

#[test]
fn the_app_opens_for_editing_when_a_command_holds_the_write_lock_for_a_moment() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mentor.json");
    let (command, _) = Store::open(&path, &OpenOptions::default()).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let at = path.clone();
    let app = std::thread::spawn(move || {
        tx.send(()).unwrap();
        mentor::store::access::open_for_app(&at, &OpenOptions::default(), Arc::new(RealFs))
    });
    rx.recv().unwrap();
    drop(command);
    let opened = app.join().unwrap().unwrap();
    assert!(
        matches!(opened, mentor::store::access::Access::Edit(..)),
        "{opened:?}"
    );
}
