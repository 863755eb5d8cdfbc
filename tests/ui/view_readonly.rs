//! Promise 14 of docs/RELIABILITY.md: a read-only view writes nothing, anywhere; and a file of a
//! newer major version is met with a clear message, never a crash.
//!
//! The real event loop (`mentor::tui::run`) runs headless on a `TestBackend` with a scripted walk
//! over every tab and pane, every movement key and every edit key, with a
//! `mentor::tui::view::ViewShell` as the executor and the state set up as `tui::view::main` does.
//! Before and after, the whole temporary tree (the viewed file, its directory, the store's
//! directory and a private home) is snapshotted with names, modes, sizes, modification times,
//! inodes and content hashes: it must be identical, with no lock file, backup directory or
//! temporary file. The data file is 0400 and its directory 0500 as the promise says, but tests run
//! as root, where modes stop nothing, so the comparison is what proves it. The binary's `--print`
//! is held to the same standard.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;
use crate::view_common;

use crate::common::keys::{ch, ctrl, key};
use crate::common::{DirSnapshot, chmod, screen};
use chrono::{FixedOffset, TimeZone};
use crossterm::event::KeyCode;
use mentor::app::{ListId, State, Tab, keymap};
use mentor::store::bundle::Bundle;
use mentor::store::{LoadError, ReadOnlyStore, Viewed};
use mentor::tui::view::{ViewShell, display, resolve};
use mentor::tui::{Event, Scripted, run};
use mentor::ui::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use view_common::{Bin, view_state};

const READ_ONLY_STATUS: &str = "read-only: nothing can be changed here";

/// A temporary tree: `home/`, `data/mentor.json` (the mentor's store, holding the sample
/// workspace) and `shared/alice.mentor.json` (the first mentee's bundle).
struct Tree {
    _dir: tempfile::TempDir,
    root: PathBuf,
    store: PathBuf,
    bundle: PathBuf,
}

impl Tree {
    fn new() -> Tree {
        let (dir, root) = common::temp_dir();
        let ws = common::sample_workspace();
        let data = root.join("data");
        let shared = root.join("shared");
        for d in [&data, &shared, &root.join("home"), &root.join("cwd")] {
            std::fs::create_dir(d).expect("create dir");
        }
        let store = data.join("mentor.json");
        std::fs::write(&store, common::bytes_of(&ws)).expect("write the store");
        let now = FixedOffset::east_opt(3600)
            .expect("offset")
            .with_ymd_and_hms(2026, 11, 29, 9, 0, 0)
            .single()
            .expect("moment");
        let bundle = shared.join("alice.mentor.json");
        let b = Bundle::of(&ws, 0, now).expect("a mentee");
        mentor::store::bundle::write_new(&bundle, &b.to_bytes(), false).expect("write the bundle");
        Tree {
            _dir: dir,
            root,
            store,
            bundle,
        }
    }

    /// Makes the viewed file 0400 and its directory 0500, as the promise says.
    fn lock_down(&self, file: &Path) {
        chmod(file, 0o400);
        chmod(file.parent().expect("a directory"), 0o500);
    }

    fn bin(&self) -> Bin {
        Bin {
            store: self.store.clone(),
            home: self.root.join("home"),
            cwd: self.root.join("cwd"),
        }
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        // Let the temporary directory be removed when not running as root.
        for dir in ["data", "shared"] {
            let _ = std::fs::set_permissions(
                self.root.join(dir),
                std::os::unix::fs::PermissionsExt::from_mode(0o700),
            );
        }
    }
}

/// The view running on the real loop, one event at a time so each step can be checked.
struct Headless {
    state: State,
    shell: ViewShell,
    terminal: Terminal<TestBackend>,
}

impl Headless {
    /// Opens `path` the way `mentor view [--mentee M]` does.
    fn open(path: &Path, mentee: Option<&str>) -> Headless {
        let store = ReadOnlyStore::new(path);
        let (viewed, hash) = store.read().expect("the file reads");
        let label = path.display().to_string();
        let mentee = resolve(&viewed, mentee).expect("the mentee resolves");
        let (workspace, info) =
            display(viewed, mentee.as_ref(), &label).expect("the file displays");
        Headless {
            state: view_state(workspace, info, &label),
            shell: ViewShell {
                store,
                mentee,
                hash,
            },
            terminal: Terminal::new(TestBackend::new(100, 30)).expect("a test terminal"),
        }
    }

    /// Runs the loop over `events` (it draws before reading each one).
    fn feed(&mut self, events: Vec<Event>) {
        let mut script = Scripted(VecDeque::from(events));
        run(
            &mut self.terminal,
            &mut self.state,
            &mut script,
            &mut self.shell,
            &Theme::COLOR,
        )
        .expect("the loop runs on a test backend");
    }

    /// Draws the current state through the loop (an empty script draws once and stops).
    fn screen(&mut self) -> String {
        self.feed(Vec::new());
        screen::text(self.terminal.backend().buffer())
    }

    fn status(&self) -> Option<&str> {
        self.state.status.as_ref().map(|s| s.text.as_str())
    }
}

/// The last row of a screen: the footer of key hints.
fn footer(screen: &str) -> &str {
    screen.lines().last().unwrap_or_default()
}

/// Footer hints of keys that change things.
const EDIT_HINTS: [&str; 6] = [
    "a add", "e edit", "d delete", "x done", "u undo", "C-r redo",
];

fn press_of(event: Event) -> crossterm::event::KeyEvent {
    match event {
        Event::Key(press) => press,
        _ => unreachable!(),
    }
}

/// Walks every tab, pane and key of the view, checking as it goes; quits with `q`.
fn walk(view: &mut Headless, what: &str) {
    let edit_keys = [
        ch('a'),
        ch('e'),
        ch('E'),
        ch('d'),
        ch('x'),
        ch(' '),
        ch('u'),
        ctrl('r'),
        key(KeyCode::Delete),
    ];
    let before = view.state.ws.clone();
    let mut refused = 0;
    for (n, tab) in Tab::ALL.iter().enumerate() {
        view.feed(vec![ch(char::from(b'1' + n as u8))]);
        assert_eq!(view.state.tab, *tab, "{what}: key {} shows {tab:?}", n + 1);
        // The mentee list, then each pane of the tab, then round again.
        for _pane in 0..=tab.lists().len() {
            for movement in [ch('j'), ch('G'), ch('k'), ch('g'), ch('j')] {
                view.feed(vec![movement]);
            }
            let screen = view.screen();
            for hint in EDIT_HINTS {
                assert!(
                    !footer(&screen).contains(hint),
                    "{what}: the footer offers {hint:?} on {tab:?}:\n{screen}"
                );
            }
            for edit in &edit_keys {
                let Event::Key(press) = edit else {
                    unreachable!()
                };
                // Whether the key edits something here (`x` on the mentee list means nothing
                // at all, read-only or not).
                let edits = keymap::binding(&view.state, press).is_some_and(|b| b.action.is_edit());
                view.feed(vec![edit.clone()]);
                if edits {
                    refused += 1;
                    assert_eq!(
                        view.status(),
                        Some(READ_ONLY_STATUS),
                        "{what}: {edit:?} on {tab:?} in {:?} is not refused",
                        view.state.focus.0
                    );
                } else {
                    assert_eq!(view.status(), None, "{what}: {edit:?} means nothing here");
                }
                assert!(
                    view.state.popup.is_none(),
                    "{what}: {edit:?} opened a popup"
                );
            }
            // Enter opens the selected record to read (a view may), Esc closes it again.
            let opens = keymap::binding(&view.state, &press_of(key(KeyCode::Enter)))
                .is_some_and(|b| b.action == mentor::app::Action::Open);
            let has_rows = !mentor::app::view::rows(&view.state, view.state.focus.0).is_empty();
            view.feed(vec![key(KeyCode::Enter)]);
            assert_eq!(
                matches!(view.state.popup, Some(mentor::app::Popup::Detail(_))),
                opens && has_rows,
                "{what}: Enter on {tab:?} in {:?}",
                view.state.focus.0
            );
            view.feed(vec![key(KeyCode::Esc)]);
            assert!(view.state.popup.is_none(), "{what}: Esc closes the detail");
            // `u` (undo) is an edit on every tab, so the status must say read-only now.
            view.feed(vec![ch('u')]);
            let screen = view.screen();
            assert!(
                screen.contains(READ_ONLY_STATUS),
                "{what}: the status line does not say read-only:\n{screen}"
            );
            view.feed(vec![key(KeyCode::Tab)]);
        }
    }
    assert!(refused >= 90, "{what}: only {refused} edit keys were tried");
    // Paging, reverse panes and tabs, reload by hand, a file event with nothing changed.
    view.feed(vec![
        key(KeyCode::PageDown),
        key(KeyCode::PageUp),
        key(KeyCode::BackTab),
        ch(']'),
        ch('['),
        ch('R'),
        Event::FileChanged,
        Event::Resize(100, 30),
        Event::Tick,
    ]);
    let info = view.state.view.as_ref().expect("a view");
    assert!(
        info.warning.is_none(),
        "{what}: reading the unchanged file again is no warning"
    );
    assert!(info.updated.is_some(), "{what}: R reads the file again");
    // Help: no edit keys in it; Esc closes it.
    view.feed(vec![ch('?')]);
    let help = view.screen();
    assert!(
        help.contains("Keys") && help.contains("read-only"),
        "{what}: help:\n{help}"
    );
    for edit in [" add", " edit", " delete", " done", " undo", " redo"] {
        assert!(
            !help.contains(edit),
            "{what}: read-only help offers {edit:?}:\n{help}"
        );
    }
    view.feed(vec![key(KeyCode::Esc)]);
    assert!(view.state.popup.is_none());
    // The filter: typed, cleared.
    view.feed(vec![ch('/'), ch('z'), key(KeyCode::Esc)]);
    assert!(
        view.state.filters.is_empty(),
        "{what}: Esc clears the filter"
    );
    // An edit key once more (`u` works everywhere), then what the screen says.
    view.feed(vec![ch('u')]);
    let screen = view.screen();
    assert!(
        screen.contains(READ_ONLY_STATUS)
            && screen.lines().next().unwrap_or("").contains("read-only"),
        "{what}: the header and status line say read-only:\n{screen}"
    );
    assert_eq!(view.state.ws, before, "{what}: the shown workspace changed");
    view.feed(vec![ch('q')]);
    assert!(view.state.quit, "{what}: q quits");
}

/// Opens `file` (with `mentee`) in the headless view, walks it, and proves nothing changed.
fn check_headless(tree: &Tree, file: &Path, mentee: Option<&str>, what: &str) {
    tree.lock_down(file);
    let before = DirSnapshot::take(&tree.root);
    let mut view = Headless::open(file, mentee);
    walk(&mut view, what);
    drop(view);
    let after = DirSnapshot::take(&tree.root);
    before.assert_same(&after, what);
    assert!(
        after.store_leftovers().is_empty(),
        "{what}: store files appeared: {:?}",
        after.store_leftovers()
    );
}

#[test]
fn a_bundle_viewed_headless_changes_nothing() {
    let tree = Tree::new();
    let bundle = tree.bundle.clone();
    check_headless(&tree, &bundle, None, "the bundle's view");
}

#[test]
fn a_workspace_viewed_as_a_mentee_headless_changes_nothing() {
    let tree = Tree::new();
    let store = tree.store.clone();
    check_headless(&tree, &store, Some("alice"), "the workspace seen as Alice");
}

#[test]
fn a_whole_workspace_viewed_headless_changes_nothing() {
    let tree = Tree::new();
    let store = tree.store.clone();
    check_headless(&tree, &store, None, "the whole workspace's view");
}

/// The view as a mentee: the header says whose plan and when it was shared; private things of
/// the sample workspace are nowhere on any tab.
#[test]
fn the_mentee_view_says_whose_plan_and_when_shared() {
    let tree = Tree::new();
    for (file, mentee, title) in [
        (
            &tree.bundle,
            None,
            "Alice Árvíztűrő's plan · shared 2026-11-29 09:00",
        ),
        (
            &tree.store,
            Some("alice"),
            "Alice Árvíztűrő's plan, as they see it",
        ),
    ] {
        let mut view = Headless::open(file, mentee);
        assert!(view.state.view.as_ref().is_some_and(|v| v.mentee_only));
        assert_eq!(
            view.state.ws.mentees.len(),
            1,
            "only the one mentee is shown"
        );
        for n in 1..=5 {
            view.feed(vec![ch(char::from(b'0' + n))]);
            let screen = view.screen();
            let header = screen.lines().next().unwrap_or_default();
            assert!(
                header.contains(title) && header.contains("read-only"),
                "header {header:?}"
            );
            for private in [
                "Nervous about presenting",
                "Seemed tired",
                "Let others finish",
                "Bob",
            ] {
                assert!(
                    !screen.contains(private),
                    "{private:?} on screen:\n{screen}"
                );
            }
        }
        // The sessions' shared notes are drawn for the selected session.
        view.feed(vec![ch('2'), key(KeyCode::Tab), ch('G')]);
        assert_eq!(view.state.focus.0, ListId::Sessions);
        let screen = view.screen();
        assert!(
            screen.contains("Agreed to shadow the next review."),
            "{screen}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The binary
// ---------------------------------------------------------------------------------------------

#[test]
fn print_from_the_binary_changes_nothing() {
    let tree = Tree::new();
    let bin = tree.bin();
    tree.lock_down(&tree.bundle);
    tree.lock_down(&tree.store);
    let before = DirSnapshot::take(&tree.root);
    let bundle = tree.bundle.to_str().expect("a UTF-8 path");
    let printed = bin.ok(&["view", bundle, "--print"]);
    assert!(
        printed.contains("Alice Árvíztűrő's mentoring plan"),
        "{printed}"
    );
    assert!(
        printed.contains("Clear summary of the trade-offs"),
        "{printed}"
    );
    assert!(!printed.contains("Let others finish"), "{printed}");
    let as_mentee = bin.ok(&["view", "--mentee", "Alice", "--print"]);
    assert!(
        as_mentee.contains("Alice Árvíztűrő's mentoring plan"),
        "{as_mentee}"
    );
    assert!(!as_mentee.contains("Seemed tired"), "{as_mentee}");
    // The same plan either way, but for the line that says who shared it when.
    let body = |text: &str| text.lines().skip(2).collect::<Vec<_>>().join("\n");
    assert_eq!(body(&printed), body(&as_mentee));
    // Errors are read-only too.
    let out = bin.run(&["view", "--print"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a workspace needs --mentee to print"
    );
    let out = bin.run(&["view", bundle, "--mentee", "alice", "--print"]);
    assert_eq!(out.status.code(), Some(2), "--mentee is for workspaces");
    let after = DirSnapshot::take(&tree.root);
    before.assert_same(&after, "mentor view --print");
    assert!(after.store_leftovers().is_empty());
}

// ---------------------------------------------------------------------------------------------
// A newer major version
// ---------------------------------------------------------------------------------------------

/// `bytes` with the first `"major": <this version's major>` made `"major": 99`.
fn with_major_99(bytes: &[u8]) -> Vec<u8> {
    let text = String::from_utf8(bytes.to_vec()).expect("UTF-8");
    let current = format!("\"major\": {},", mentor::store::CURRENT_VERSION.major);
    assert!(text.contains(&current), "{text}");
    text.replacen(&current, "\"major\": 99,", 1).into_bytes()
}

#[test]
fn a_newer_major_bundle_or_workspace_gets_a_clear_message_not_a_crash() {
    let tree = Tree::new();
    let bin = tree.bin();
    let dir = tree.root.join("cwd");
    let bundle = dir.join("newer-bundle.json");
    let workspace = dir.join("newer-workspace.json");
    std::fs::write(
        &bundle,
        with_major_99(&std::fs::read(&tree.bundle).expect("bundle")),
    )
    .expect("write");
    std::fs::write(
        &workspace,
        with_major_99(&std::fs::read(&tree.store).expect("store")),
    )
    .expect("write");
    let before = DirSnapshot::take(&tree.root);

    // The bundle: refused by the reader, with the version named.
    match ReadOnlyStore::new(&bundle).read() {
        Err(LoadError::NewerMajor { found, path, .. }) => {
            // The bundle's minor version is this version's.
            let minor = mentor::store::CURRENT_VERSION.minor;
            assert_eq!(found, format!("99.{minor}"));
            assert_eq!(path, bundle);
        }
        other => panic!("a newer bundle must be NewerMajor, not {other:?}"),
    }
    // The workspace: readable for a view, and known to be newer.
    match ReadOnlyStore::new(&workspace).read() {
        Ok((Viewed::Workspace(loaded), _)) => assert!(loaded.newer_major()),
        other => panic!("a newer workspace that parses is read for viewing, not {other:?}"),
    }

    let bundle_name = bundle.to_str().expect("UTF-8");
    let workspace_name = workspace.to_str().expect("UTF-8");
    for args in [
        vec!["view", bundle_name, "--print"],
        vec!["view", bundle_name],
        vec!["view", workspace_name, "--print"],
    ] {
        {
            let out = bin.run(&args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!out.status.success(), "{args:?} should fail: {stderr}");
            assert!(
                stderr.contains("newer"),
                "{args:?}: the message does not say the file is newer: {stderr}"
            );
            assert!(out.stdout.is_empty(), "{args:?} printed a plan");
        }
    }
    // Seen as a mentee, the newer workspace prints what this version understands, and says so.
    let name = workspace.to_str().expect("UTF-8");
    let out = bin.run(&["view", name, "--mentee", "alice", "--print"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("newer"),
        "no word that the file is newer: {stderr}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("mentoring plan"));
    before.assert_same(&DirSnapshot::take(&tree.root), "reading newer files");
}

/// A test of the test: the snapshot notices each way a careless reader could write.
#[test]
fn the_snapshot_notices_every_kind_of_write() {
    let tree = Tree::new();
    let file = tree.store.clone();
    let dir = file.parent().expect("dir").to_path_buf();
    let bytes = std::fs::read(&file).expect("read");
    type Write<'a> = Box<dyn Fn() + 'a>;
    let writes: Vec<(&str, Write)> = vec![
        (
            "the same bytes written in place",
            Box::new(|| std::fs::write(&file, &bytes).expect("write")),
        ),
        (
            "the same bytes renamed over it",
            Box::new(|| {
                let tmp = dir.join(".mentor.json.tmp-1");
                std::fs::write(&tmp, &bytes).expect("write");
                std::fs::rename(&tmp, &file).expect("rename");
            }),
        ),
        (
            "a lock file created and removed",
            Box::new(|| {
                let lock = dir.join("mentor.json.lock");
                std::fs::write(&lock, b"").expect("write");
                std::fs::remove_file(&lock).expect("remove");
            }),
        ),
        (
            "a backup directory",
            Box::new(|| std::fs::create_dir(dir.join("mentor.json.backups")).expect("mkdir")),
        ),
    ];
    for (what, write) in writes {
        let before = DirSnapshot::take(&tree.root);
        std::thread::sleep(std::time::Duration::from_millis(5));
        write();
        assert!(
            !before.diff(&DirSnapshot::take(&tree.root)).is_empty(),
            "the snapshot missed {what}"
        );
    }
    assert_eq!(
        DirSnapshot::take(&tree.root).store_leftovers(),
        vec![PathBuf::from("data/mentor.json.backups")]
    );
}

// ---------------------------------------------------------------------------------------------
// Reloading (the file is changed by the test, never by the view)
// ---------------------------------------------------------------------------------------------

/// Replaces `path` the way sync tools do: a temporary file renamed over it.
fn replace(path: &Path, bytes: &[u8]) {
    let tmp = path.with_file_name(".replace.tmp");
    std::fs::write(&tmp, bytes).expect("write");
    std::fs::rename(&tmp, path).expect("rename");
}

/// A file that turns unreadable keeps the last good view with a warning; when the very same good
/// bytes come back, the warning goes (the hash of what is shown is not trusted after a failure).
#[test]
fn a_file_event_reloads_and_a_broken_file_keeps_the_last_good_view() {
    let tree = Tree::new();
    let good = std::fs::read(&tree.bundle).expect("read");
    let mut view = Headless::open(&tree.bundle, None);
    let shown = view.state.ws.clone();
    let warning = |v: &Headless| v.state.view.as_ref().and_then(|i| i.warning.clone());

    // An event with nothing changed is no reload.
    view.feed(vec![Event::FileChanged]);
    assert_eq!(view.state.view.as_ref().unwrap().updated, None);

    replace(&tree.bundle, b"{ not json");
    view.feed(vec![Event::FileChanged]);
    let why = warning(&view).expect("a warning");
    assert!(
        why.contains("does not read") && why.contains("last good version"),
        "{why}"
    );
    assert_eq!(view.state.ws, shown, "the last good version stays");
    let screen = view.screen();
    assert!(screen.contains("does not read"), "{screen}");
    assert!(screen.contains("Lead design reviews"), "{screen}");

    replace(&tree.bundle, &good);
    view.feed(vec![Event::FileChanged]);
    assert_eq!(warning(&view), None, "the good bytes are back");
    assert_eq!(view.state.ws, shown);
    assert!(view.state.view.as_ref().unwrap().updated.is_some());

    // A real change is shown.
    let mut ws = common::sample_workspace();
    ws.mentee_mut(0).goals[0].title = "Lead the design review guild".into();
    let now = chrono::DateTime::parse_from_rfc3339(view_common::NOW).expect("now");
    let b = Bundle::of(&ws, 0, now).expect("a mentee");
    replace(&tree.bundle, &b.to_bytes());
    view.feed(vec![Event::FileChanged]);
    assert_eq!(
        view.state.ws.mentees[0].goals[0].title,
        "Lead the design review guild"
    );
    assert_eq!(warning(&view), None);
}

/// `--mentee alice` is resolved to Alice's ID once: renaming Alice and renaming someone else to
/// "Alice Zed" keeps the open view on Alice's plan (a name lookup on reload would switch people).
#[test]
fn a_rename_never_switches_the_mentee_shown() {
    let tree = Tree::new();
    let mut view = Headless::open(&tree.store, Some("alice"));
    let alice = view.state.ws.mentees[0].clone();
    assert!(alice.name.starts_with("Alice"), "{}", alice.name);

    let mut ws = common::sample_workspace();
    assert!(ws.mentees.len() > 1, "the sample has another mentee");
    ws.mentee_mut(0).name = "Ada Renamed".into();
    ws.mentee_mut(1).name = "Alice Zed".into();
    replace(&tree.store, &common::bytes_of(&ws));
    view.feed(vec![Event::FileChanged]);
    assert_eq!(view.state.view.as_ref().unwrap().warning, None);
    let shown = &view.state.ws.mentees[0];
    assert_eq!(shown.id, alice.id, "still Alice's plan");
    assert_eq!(shown.name, "Ada Renamed");
    assert_eq!(shown.goals, alice.goals);

    // Alice removed from the file: the last good view stays, with a warning; nobody else shows.
    let mut ws = common::sample_workspace();
    ws.mentees.remove(0);
    ws.mentee_mut(0).name = "Alice Zed".into();
    replace(&tree.store, &common::bytes_of(&ws));
    view.feed(vec![Event::FileChanged]);
    let why = view
        .state
        .view
        .as_ref()
        .unwrap()
        .warning
        .clone()
        .expect("a warning");
    assert!(why.contains("no longer in this file"), "{why}");
    assert_eq!(view.state.ws.mentees[0].id, alice.id);
}
