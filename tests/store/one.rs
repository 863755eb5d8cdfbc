//! A change to one mentee (`Store::open_one`, what `mentor feedback add` uses): only that
//! mentee is parsed, the others are written back as the text they are. What it writes is what
//! the whole workspace writes, and its save keeps every promise of the save protocol.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;

use common::{Call, DirSnapshot, Errno, Fault, FaultFs, temp_dir, tmp_files};
use mentor::domain::ops::{Applied, Ctx, Op};
use mentor::domain::{Feedback, FeedbackId, FeedbackKind, Visibility, Workspace};
use mentor::store::{OpenOptions, SaveError, Store, list_backups, load};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn options() -> OpenOptions {
    OpenOptions {
        keep_backups: 2,
        keep_history: false,
        ..OpenOptions::default()
    }
}

fn ctx() -> Ctx {
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-29T10:00:00+01:00").unwrap();
    Ctx {
        today: common::today(),
        now,
        zone: mentor::domain::schedule::Zone::Fixed(*now.offset()),
    }
}

/// A note added to the mentee `name` of `ws`.
fn add_note(ws: &mut Workspace, name: &str) -> Applied {
    let i = ws.resolve_mentee(name).unwrap();
    let op = Op::AddFeedback {
        mentee: ws.mentees[i].id.clone(),
        feedback: Feedback {
            id: FeedbackId::from_number(0),
            date: common::today(),
            kind: FeedbackKind::Strength,
            text: "Ran a calm, well-timed review".into(),
            goal: None,
            visibility: Visibility::Shared,
        },
    };
    assert!(op.one_mentee().is_some());
    op.apply(ws, &ctx()).unwrap()
}

/// Writes a new file at `path` (never into a file a backup may share).
fn put(path: &Path, bytes: &[u8]) {
    std::fs::remove_file(path).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// A store of `n` generated mentees written by mentor, in `dir`; its path.
fn store_in(dir: &Path, n: usize) -> PathBuf {
    let path = dir.join("mentor.json");
    let ws = mentor::generate::generate(mentor::generate::Size::Mentees(n), 9, common::today());
    let (mut store, _) = Store::open(&path, &options()).unwrap();
    store.save(&ws).unwrap();
    path
}

/// The first, a middle and the last mentee, each changed alone: byte for byte what the whole
/// workspace writes with the same change, a backup of the old file kept; a second save from the
/// same store too.
#[test]
fn a_change_to_one_mentee_writes_what_the_whole_workspace_writes() {
    let (_guard, dir) = temp_dir();
    let path = store_in(&dir, 9);
    let original = std::fs::read(&path).unwrap();
    let names: Vec<String> = load(&path)
        .unwrap()
        .workspace
        .mentees
        .iter()
        .map(|m| m.name.clone())
        .collect();
    for name in [&names[0], &names[4], &names[8]] {
        put(&path, &original);
        let (mut store, mut whole) = Store::open(&path, &options()).unwrap();
        add_note(&mut whole, name);
        store.save(&whole).unwrap();
        let expected = std::fs::read(&path).unwrap();
        drop(store);

        put(&path, &original);
        let (mut store, mut one, scoped) = Store::open_one(&path, &options(), name).unwrap();
        assert!(scoped, "{name}: read whole");
        assert_eq!(one.mentees.len(), 1);
        assert_eq!(&one.mentees[0].name, name);
        let applied = add_note(&mut one, name);
        assert_eq!(applied.created.map(|r| r.to_string()), {
            let again = add_note(&mut load(&path).unwrap().workspace, name);
            again.created.map(|r| r.to_string())
        });
        store.save(&one).unwrap();
        assert!(std::fs::read(&path).unwrap() == expected, "{name}");
        let kept = list_backups(&path).unwrap();
        assert!(std::fs::read(&kept[0].path).unwrap() == original, "{name}");

        // Again, from what the first save left.
        add_note(&mut one, name);
        store.save(&one).unwrap();
        let mut whole = load(&path).unwrap().workspace;
        assert_eq!(
            whole.mentees.iter().find(|m| &m.name == name).unwrap(),
            &one.mentees[0]
        );
        whole.next_id = one.next_id;
        assert!(std::fs::read(&path).unwrap() == common::bytes_of(&whole));
    }
}

/// Whatever the one-mentee read is unsure of is read whole: a key this version does not know
/// in the mentee or the header, a replicated store, a name that picks several mentees.
#[test]
fn what_a_change_to_one_mentee_cannot_be_sure_of_is_read_whole() {
    let (_guard, dir) = temp_dir();
    let path = store_in(&dir, 5);
    let original = String::from_utf8(std::fs::read(&path).unwrap()).unwrap();
    let ws = load(&path).unwrap().workspace;
    let (first, second) = (&ws.mentees[0], &ws.mentees[1]);
    let in_mentee = original.replacen(
        &format!("\"name\": {:?},", second.name),
        &format!("\"name\": {:?},\n      \"shoe_size\": 44,", second.name),
        1,
    );
    let in_header = original.replacen(
        "\"kind\": \"workspace\",",
        "\"kind\": \"workspace\",\n  \"theme\": \"dark\",",
        1,
    );
    let replicated = original.replacen("\"next_id\"", "\"replicated\": true,\n  \"next_id\"", 1);
    for (text, query, label) in [
        (
            &in_mentee,
            second.name.as_str(),
            "an unknown key in the mentee",
        ),
        (
            &in_header,
            first.name.as_str(),
            "an unknown key in the header",
        ),
        (&replicated, first.name.as_str(), "replicated"),
        (&original, "", "a name that picks every mentee"),
    ] {
        assert!(text != &original || query.is_empty(), "{label}");
        std::fs::write(&path, text).unwrap();
        let (_store, ws, scoped) = Store::open_one(&path, &options(), query).unwrap();
        assert!(!scoped, "{label}");
        assert_eq!(ws.mentees.len(), 5, "{label}");
    }
    // A key unknown in another mentee stays as it is there.
    std::fs::write(&path, &in_mentee).unwrap();
    let (mut store, mut one, scoped) = Store::open_one(&path, &options(), &first.name).unwrap();
    assert!(scoped);
    add_note(&mut one, &first.name);
    store.save(&one).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"shoe_size\": 44"));
    assert_eq!(load(&path).unwrap().workspace.mentees[0], one.mentees[0]);
}

/// A file changed on disk after it was read is not overwritten: the save is a conflict, the
/// file stays as the other program wrote it. Nor is a workspace that does not hold the mentee.
#[test]
fn a_change_to_one_mentee_never_overwrites_a_file_changed_since() {
    let (_guard, dir) = temp_dir();
    let path = store_in(&dir, 4);
    let ws = load(&path).unwrap().workspace;
    let name = ws.mentees[2].name.clone();
    let (mut store, mut one, scoped) = Store::open_one(&path, &options(), &name).unwrap();
    assert!(scoped);
    let mut elsewhere = ws.clone();
    elsewhere.mentor.name = "Changed by another program".into();
    std::fs::write(&path, common::bytes_of(&elsewhere)).unwrap();
    add_note(&mut one, &name);
    let err = store.save(&one).unwrap_err();
    assert!(matches!(err, SaveError::Conflict { .. }), "{err:?}");
    assert_eq!(load(&path).unwrap().workspace, elsewhere);
    assert!(matches!(store.save(&one), Err(SaveError::Conflict { .. })));
    drop(store);

    let (mut store, _, scoped) = Store::open_one(&path, &options(), &name).unwrap();
    assert!(scoped);
    assert!(
        store.save(&elsewhere).is_err(),
        "the whole workspace is not the one mentee's"
    );
    assert_eq!(load(&path).unwrap().workspace, elsewhere);
    assert!(tmp_files(&dir).is_empty());
}

/// Every call of a change to one mentee's save failed in turn, with every fault: until the
/// directory is synced the save is reported failed and the directory is exactly as before (no
/// temporary file); a retry writes the change.
#[test]
fn a_failure_at_any_step_of_a_change_to_one_mentee_changes_nothing() {
    let (_template_guard, template) = temp_dir();
    let path = store_in(&template, 6);
    let old = std::fs::read(&path).unwrap();
    let name = load(&path).unwrap().workspace.mentees[3].name.clone();
    std::fs::remove_file(template.join("mentor.json.lock")).unwrap();
    let open = |dir: &Path, fs: Arc<FaultFs>| {
        let (store, mut one, scoped) =
            Store::open_one_with(&dir.join("mentor.json"), &options(), fs, &name).unwrap();
        assert!(scoped);
        add_note(&mut one, &name);
        (store, one)
    };
    let copy = |to: &Path| {
        for entry in std::fs::read_dir(&template).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_file() {
                std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
            } else {
                std::fs::create_dir(to.join(entry.file_name())).unwrap();
                for inner in std::fs::read_dir(entry.path()).unwrap() {
                    let inner = inner.unwrap();
                    let target = to.join(entry.file_name()).join(inner.file_name());
                    std::fs::copy(inner.path(), target).unwrap();
                }
            }
        }
    };
    let (_guard, dir) = temp_dir();
    copy(&dir);
    let fs = FaultFs::new();
    let (mut store, one) = open(&dir, fs.clone());
    let mark = fs.mark();
    store.save(&one).unwrap();
    let trace = fs.calls_since(mark);
    let expected = std::fs::read(dir.join("mentor.json")).unwrap();
    let sync_dir = trace
        .iter()
        .position(|c| matches!(c, Call::SyncDir(_)))
        .unwrap();
    for (n, call) in trace.iter().enumerate().take(sync_dir + 1) {
        let mut faults: Vec<Fault> = Errno::ALL.into_iter().map(Fault::Fail).collect();
        if matches!(call, Call::WriteAll { .. }) {
            faults.extend(Errno::ALL.into_iter().map(Fault::HalfWrite));
        }
        for fault in faults {
            let context = format!("call {n} ({}) fails with {fault:?}", call.name());
            let (_guard, dir) = temp_dir();
            copy(&dir);
            let fs = FaultFs::new();
            let (mut store, one) = open(&dir, fs.clone());
            let before = DirSnapshot::take(&dir);
            fs.arm(n, fault);
            let result = store.save(&one);
            assert!(fs.disarm(), "{context}: the fault was not reached");
            assert!(result.is_err(), "{context}: reported as saved");
            let diff = before.content_diff(&DirSnapshot::take(&dir));
            assert!(diff.is_empty(), "{context}: {diff:#?}");
            assert!(
                std::fs::read(dir.join("mentor.json")).unwrap() == old,
                "{context}"
            );
            assert!(tmp_files(&dir).is_empty(), "{context}");
            store
                .save(&one)
                .unwrap_or_else(|e| panic!("{context}: the retry: {e}"));
            assert!(
                std::fs::read(dir.join("mentor.json")).unwrap() == expected,
                "{context}"
            );
        }
    }
}
