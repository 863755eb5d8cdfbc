//! Promises 2 and 3: "saved" means durable, and a failed save changes nothing.
//!
//! A recording file-system layer ([`common::FaultFs`]) wraps the real one. The first test checks
//! the order of a successful save: write, sync the file, keep the backup, rename, sync the
//! directory. The others make each call along the save path fail in turn, with each error a disk
//! can give (full, I/O error, read-only, and a write that stops half-way), and check that the
//! save is reported as failed, the directory is exactly as before (old bytes, backups, no
//! temporary file), the edits are still in memory, and a retry without the fault saves them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;

use common::{
    Call, DirSnapshot, Errno, Fault, FaultFs, bytes_of, sample_workspace, temp_dir, tmp_files,
};
use mentor::domain::{Goal, GoalId, Workspace};
use mentor::store::{OpenError, OpenOptions, SaveError, Store, list_backups, load};
use std::path::{Path, PathBuf};
use std::sync::Arc;

const KEEP: usize = 2;

fn options() -> OpenOptions {
    OpenOptions {
        keep_backups: KEEP,
        // Count only: the history kept by time would make the counts depend on the clock.
        keep_history: false,
        ..OpenOptions::default()
    }
}

/// The edit every faulted save tries to write; in a replicated store it also adds a goal, whose
/// ID carries the tag the store drew when it was opened.
fn edited(ws: &Workspace) -> Workspace {
    let mut ws = ws.clone();
    ws.mentor.name = "Edited after the fault".into();
    ws.mentee_mut(0).goals[0].milestones[1].done_on = Some(common::date(2026, 3, 1));
    if ws.replicated {
        let id: GoalId = ws.new_id().expect("an ID");
        assert!(id.tag().is_some(), "{id}");
        let goal = Goal::new(id, "Added on this machine", common::date(2026, 3, 1));
        ws.mentee_mut(0).goals.push(goal);
    }
    ws
}

/// A store with some history: data file at its fourth version, and `KEEP` backups.
fn make_template(dir: &Path, replicated: bool) -> Workspace {
    let path = dir.join("mentor.json");
    let (mut store, _) = Store::open(&path, &options()).expect("create");
    let mut ws = sample_workspace();
    ws.replicated = replicated;
    for version in 1..=3 {
        ws.mentor.name = format!("Version {version}");
        store.save(&ws).expect("save");
    }
    drop(store);
    assert_eq!(list_backups(&path).expect("backups").len(), KEEP);
    std::fs::remove_file(dir.join("mentor.json.lock")).expect("remove lock");
    ws
}

/// Copies the template's files into `to` (which must exist).
fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read template") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            std::fs::create_dir(&target).expect("mkdir");
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn is_tmp(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with(common::TMP_PREFIX))
}

#[test]
fn a_successful_save_writes_syncs_keeps_a_backup_renames_then_syncs_the_directory() {
    let (_guard, dir) = temp_dir();
    make_template(&dir, false);
    let data = dir.join("mentor.json");
    let backups = dir.join("mentor.json.backups");
    let fs = FaultFs::new();
    let (mut store, ws) = Store::open_with(&data, &options(), fs.clone()).expect("open");
    let ws = edited(&ws);
    let mark = fs.mark();
    store.save(&ws).expect("save");
    let calls = fs.calls_since(mark);
    let trace: Vec<&str> = calls.iter().map(Call::name).collect();

    // The steps that matter for durability, in exactly this order.
    let steps: Vec<&Call> = calls
        .iter()
        .filter(|c| {
            matches!(
                c,
                Call::CreateNew(_)
                    | Call::WriteAll { .. }
                    | Call::SyncFile(_)
                    | Call::HardLink(..)
                    | Call::Rename(..)
                    | Call::SyncDir(_)
            )
        })
        .collect();
    let Call::CreateNew(tmp) = steps[0] else {
        panic!("the save does not start by creating a temporary file: {trace:?}");
    };
    assert_eq!(
        tmp.parent(),
        Some(dir.as_path()),
        "temporary file in the same directory"
    );
    assert!(is_tmp(tmp), "{}", tmp.display());
    let expected = vec![
        Call::CreateNew(tmp.clone()),
        Call::WriteAll {
            path: tmp.clone(),
            len: bytes_of(&ws).len(),
        },
        Call::SyncFile(tmp.clone()),
        Call::HardLink(data.clone(), backups.join("mentor.json.000004")),
        Call::Rename(tmp.clone(), data.clone()),
        Call::SyncDir(dir.clone()),
    ];
    assert_eq!(
        steps.into_iter().cloned().collect::<Vec<_>>(),
        expected,
        "full trace: {calls:#?}"
    );

    // Around them: the check that the file is unchanged comes first, and rotating old backups
    // (the only removals) comes after the save is durable.
    assert_eq!(calls[0], Call::Read(data.clone()), "{trace:?}");
    let pos = |name: &str| trace.iter().position(|n| *n == name).expect(name);
    let sync_dir = pos("sync_dir");
    assert!(
        pos("sync_file") < pos("rename") && pos("rename") < sync_dir,
        "{trace:?}"
    );
    let removed: Vec<&PathBuf> = calls
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c {
            Call::RemoveFile(p) => {
                assert!(
                    i > sync_dir,
                    "a removal before the save is durable: {trace:?}"
                );
                Some(p)
            }
            _ => None,
        })
        .collect();
    assert_eq!(removed, vec![&backups.join("mentor.json.000002")]);

    assert_eq!(std::fs::read(&data).expect("read"), bytes_of(&ws));
    assert!(tmp_files(&dir).is_empty());
}

#[test]
fn creating_a_new_store_syncs_before_and_after_the_rename_and_takes_no_backup() {
    let (_guard, dir) = temp_dir();
    let data = dir.join("new").join("mentor.json");
    let fs = FaultFs::new();
    let (_store, ws) = Store::open_with(&data, &options(), fs.clone()).expect("create");
    let calls = fs.calls_since(0);
    let trace: Vec<&str> = calls.iter().map(Call::name).collect();
    assert_eq!(
        trace,
        [
            "create_dir_all",
            "read",
            "list_dir",
            "read",
            "create_new",
            "write_all",
            "sync_file",
            "rename",
            "sync_dir",
            // Pruning: conflict copies beside the store, then backups; then stale temporaries.
            "list_dir",
            "list_dir",
            "list_dir"
        ],
        "{calls:#?}"
    );
    assert_eq!(calls[0], Call::CreateDirAll(dir.join("new")));
    assert_eq!(
        calls[2],
        Call::ListDir(dir.join("new").join("mentor.json.backups"))
    );
    assert_eq!(calls[8], Call::SyncDir(dir.join("new")));
    assert_eq!(std::fs::read(&data).expect("read"), bytes_of(&ws));
}

/// Every fault to try on `call`.
fn faults_for(call: &Call) -> Vec<Fault> {
    let mut faults: Vec<Fault> = Errno::ALL.into_iter().map(Fault::Fail).collect();
    if matches!(call, Call::WriteAll { .. }) {
        faults.extend(Errno::ALL.into_iter().map(Fault::HalfWrite));
    }
    faults
}

fn errno_of(fault: Fault) -> Errno {
    match fault {
        Fault::Fail(e) | Fault::HalfWrite(e) => e,
    }
}

/// The calls of one fault-free save of `edited(..)` over a fresh copy of `template`.
fn reference_trace(template: &Path, make_fs: fn() -> Arc<FaultFs>) -> Vec<Call> {
    let (_guard, dir) = temp_dir();
    copy_tree(template, &dir);
    let fs = make_fs();
    let (mut store, ws) =
        Store::open_with(&dir.join("mentor.json"), &options(), fs.clone()).expect("open");
    let mark = fs.mark();
    store.save(&edited(&ws)).expect("save");
    fs.calls_since(mark)
}

/// Fails every call of a save in turn, with every fault, over a store with history.
fn sweep(make_fs: fn() -> Arc<FaultFs>, label: &str, replicated: bool) -> usize {
    let (_template_guard, template) = temp_dir();
    make_template(&template, replicated);
    let old_bytes = std::fs::read(template.join("mentor.json")).expect("read template");
    let trace = reference_trace(&template, make_fs);
    // Everything up to and including the directory sync decides whether the save happened;
    // after it only old backups are rotated away, and failing that is harmless.
    let sync_dir = trace
        .iter()
        .position(|c| matches!(c, Call::SyncDir(_)))
        .expect("a save syncs the directory");
    let mut cases = 0;
    for (n, call) in trace.iter().enumerate() {
        for fault in faults_for(call) {
            cases += 1;
            let context = format!("{label}: call {n} ({}) fails with {fault:?}", call.name());
            let (_guard, dir) = temp_dir();
            copy_tree(&template, &dir);
            let data = dir.join("mentor.json");
            let fs = make_fs();
            let (mut store, loaded) =
                Store::open_with(&data, &options(), fs.clone()).expect("open");
            let ws = edited(&loaded);
            let before = DirSnapshot::take(&dir);

            fs.arm(n, fault);
            let result = store.save(&ws);
            assert!(fs.disarm(), "{context}: the fault was not reached");
            assert_eq!(
                ws,
                edited(&loaded),
                "{context}: the edits in memory changed"
            );
            assert!(
                tmp_files(&dir).is_empty(),
                "{context}: a temporary file was left"
            );

            if n <= sync_dir {
                // Not saved, the user is told, and nothing changed on disk.
                let err = match result {
                    Err(e) => e,
                    Ok(()) => panic!("{context}: reported as saved"),
                };
                let SaveError::Io { source, .. } = &err else {
                    panic!("{context}: {err:?}");
                };
                assert_eq!(
                    source.raw_os_error(),
                    errno_of(fault).error().raw_os_error(),
                    "{context}: {err}"
                );
                let message = err.to_string();
                assert!(
                    message.contains(&data.display().to_string()) && message.contains("not saved"),
                    "{context}: {message}"
                );
                let diff = before.content_diff(&DirSnapshot::take(&dir));
                assert!(
                    diff.is_empty(),
                    "{context}: the directory changed: {diff:#?}"
                );
                assert_eq!(std::fs::read(&data).expect("read"), old_bytes, "{context}");

                // A retry without the fault writes the edits.
                store
                    .save(&ws)
                    .unwrap_or_else(|e| panic!("{context}: the retry failed: {e}"));
                assert_eq!(load(&data).expect("load").workspace, ws, "{context}");
                assert_eq!(
                    std::fs::read(&data).expect("read"),
                    bytes_of(&ws),
                    "{context}"
                );
                let backups = list_backups(&data).expect("backups");
                assert_eq!(backups.len(), KEEP, "{context}: {backups:?}");
                assert_eq!(
                    std::fs::read(&backups[0].path).expect("read backup"),
                    old_bytes,
                    "{context}: the newest backup is the old version"
                );
            } else {
                // The save was durable before the fault: it is reported as saved, and an old
                // backup that could not be rotated away is left for the next save.
                result.unwrap_or_else(|e| panic!("{context}: {e}"));
                assert_eq!(
                    std::fs::read(&data).expect("read"),
                    bytes_of(&ws),
                    "{context}"
                );
                let backups = list_backups(&data).expect("backups");
                assert_eq!(backups.len(), KEEP + 1, "{context}: {backups:?}");
                assert_eq!(std::fs::read(&backups[0].path).expect("read"), old_bytes);
                let mut again = ws.clone();
                again.mentor.name = "Saved once more".into();
                store.save(&again).expect("the next save");
                assert_eq!(
                    list_backups(&data).expect("backups").len(),
                    KEEP,
                    "{context}"
                );
            }
            assert!(
                tmp_files(&dir).is_empty(),
                "{context}: a temporary file was left"
            );
        }
    }
    cases
}

#[test]
fn a_failure_at_any_step_leaves_the_old_file_and_no_temporary_file() {
    let cases = sweep(FaultFs::new, "with hard links", false);
    eprintln!("fault injection (hard links): {cases} faulted saves");
    assert!(cases >= 30, "{cases}");
}

#[test]
fn a_failure_at_any_step_changes_nothing_where_backups_are_copied() {
    // On a file system without hard links the previous version is copied into the backup
    // directory; a failure while copying must not leave a partial backup behind.
    let cases = sweep(FaultFs::without_links, "without hard links", false);
    eprintln!("fault injection (copied backups): {cases} faulted saves");
    assert!(cases >= 40, "{cases}");
}

#[test]
fn a_failure_at_any_step_of_a_replicated_store_s_save_changes_nothing() {
    // The same sweep over a replicated store, whose edit adds a record with a tagged ID.
    let cases = sweep(FaultFs::new, "replicated", true);
    eprintln!("fault injection (replicated): {cases} faulted saves");
    assert!(cases >= 30, "{cases}");
}

#[test]
fn a_failure_while_creating_a_new_store_leaves_no_file() {
    let (_trace_guard, trace_dir) = temp_dir();
    let fs = FaultFs::new();
    drop(
        Store::open_with(
            &trace_dir.join("a").join("mentor.json"),
            &options(),
            fs.clone(),
        )
        .expect("create"),
    );
    let trace = fs.calls_since(0);
    let sync_dir = trace
        .iter()
        .position(|c| matches!(c, Call::SyncDir(_)))
        .expect("sync_dir");
    let mut cases = 0;
    for (n, call) in trace.iter().enumerate() {
        for fault in faults_for(call) {
            cases += 1;
            let context = format!("call {n} ({}) fails with {fault:?}", call.name());
            let (_guard, dir) = temp_dir();
            let data = dir.join("a").join("mentor.json");
            let fs = FaultFs::new();
            fs.arm(n, fault);
            let result = Store::open_with(&data, &options(), fs.clone());
            assert!(fs.disarm(), "{context}: the fault was not reached");
            if n <= sync_dir {
                let err = match result {
                    Err(e) => e,
                    Ok(_) => panic!("{context}: the store was created"),
                };
                assert!(
                    matches!(
                        err,
                        OpenError::Io { .. } | OpenError::Load(_) | OpenError::Save(_)
                    ),
                    "{context}: {err:?}"
                );
                assert!(!data.exists(), "{context}: a data file was left");
                if data.parent().is_some_and(Path::is_dir) {
                    assert!(
                        tmp_files(data.parent().expect("dir")).is_empty(),
                        "{context}"
                    );
                }
                let (_store, ws) = Store::open_with(&data, &options(), fs.clone())
                    .unwrap_or_else(|e| panic!("{context}: the retry failed: {e}"));
                assert_eq!(std::fs::read(&data).expect("read"), bytes_of(&ws));
            } else {
                let (_store, ws) = result.unwrap_or_else(|e| panic!("{context}: {e}"));
                assert_eq!(std::fs::read(&data).expect("read"), bytes_of(&ws));
            }
            assert!(
                tmp_files(data.parent().expect("dir")).is_empty(),
                "{context}"
            );
        }
    }
    eprintln!("fault injection (new store): {cases} faulted creations");
}
