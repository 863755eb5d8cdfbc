//! `mentor share` from the shell, and text from a shared file that tries to control the terminal.
//!
//! - The bundle's default name comes from the mentee's name, sanitised, in the current directory;
//!   the file is 0600; it never replaces an existing file or follows a planted symlink unless
//!   `--force`, and even then replaces the link itself, never what it points to; it parses as a
//!   `mentee-bundle` naming the mentor and the moment it was shared (`MENTOR_NOW`).
//! - Promise 13 of docs/RELIABILITY.md: ESC sequences (screen clear, OSC 52 clipboard write, title
//!   change), C1 controls and bidi overrides in a mentee's texts, shared through a bundle, reach
//!   neither stdout of `mentor view --print` nor any cell of the rendered view; they show as
//!   visible escapes instead.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::view_common;

use crate::common::{DirSnapshot, screen};
use chrono::DateTime;
use mentor::app::{Action, ListId, Tab, update, view};
use mentor::domain::{
    ActionId, ActionItem, Connection, ConnectionId, ConnectionKind, ConnectionStatus, Feedback,
    FeedbackId, FeedbackKind, Goal, GoalId, Mentee, MenteeId, Milestone, MilestoneId, Owner,
    Session, SessionId, SessionStatus, Visibility, Workspace,
};
use mentor::store::{ReadOnlyStore, bundle};
use mentor::tui::view::display;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use view_common::{Bin, NOW, forbidden, view_state};

/// A temporary tree with a store under `data/`, a private home and an empty working directory.
struct Env {
    _dir: tempfile::TempDir,
    root: PathBuf,
    bin: Bin,
}

impl Env {
    fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().canonicalize().expect("canonical");
        for d in ["data", "home", "cwd"] {
            std::fs::create_dir(root.join(d)).expect("mkdir");
        }
        let bin = Bin {
            store: root.join("data").join("mentor.json"),
            home: root.join("home"),
            cwd: root.join("cwd"),
        };
        Env {
            _dir: dir,
            root,
            bin,
        }
    }

    fn cwd(&self) -> &Path {
        &self.bin.cwd
    }

    /// A store with the mentor's name and one mentee named `name` with a goal and a note.
    fn with_mentee(name: &str) -> Env {
        let env = Env::new();
        env.bin
            .ok(&["profile", "--name", "Sam Rivera", "--capacity", "987.65"]);
        env.bin.ok(&[
            "mentee",
            "add",
            name,
            "--private-notes",
            "CANARY private about them",
        ]);
        env.bin
            .ok(&["goal", "add", "--mentee", "m1", "Lead a design review"]);
        env.bin.ok(&[
            "feedback",
            "add",
            "--mentee",
            "m1",
            "--kind",
            "strength",
            "Clear summary",
        ]);
        env.bin.ok(&[
            "feedback",
            "add",
            "--mentee",
            "m1",
            "--kind",
            "improvement",
            "CANARY private feedback",
            "--private",
        ]);
        env.bin.ok(&[
            "path",
            "stage",
            "add",
            "m1",
            "Staff engineer",
            "--description",
            "Leads across teams",
            "--skill",
            "influence",
            "--private-notes",
            "CANARY private about the stage",
        ]);
        env.bin.ok(&[
            "skill",
            "set",
            "m1",
            "influence",
            "--level",
            "2",
            "--target",
            "4",
        ]);
        env
    }
}

fn mode(path: &Path) -> u32 {
    std::fs::symlink_metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn share_names_the_file_after_the_mentee_sanitised_in_the_current_directory() {
    let env = Env::with_mentee("../../Ev il");
    let before = DirSnapshot::take(&env.root);
    let out = env.bin.ok(&["share", "m1"]);
    let file = env.cwd().join("ev-il.mentor.json");
    assert!(out.contains("ev-il.mentor.json"), "{out}");
    // One new file outside the store's directory; the store records the share (the mentee's
    // reply key and where the bundle went), saved as every change is (with a backup).
    let after = DirSnapshot::take(&env.root);
    let diff = before.diff(&after);
    assert!(
        diff.iter().all(|l| l.starts_with("cwd/ev-il.mentor.json")
            || l.starts_with("cwd changed")
            || l.starts_with("data")),
        "share changed more than its own file and the store:\n{}",
        diff.join("\n")
    );
    assert!(
        diff.iter()
            .any(|l| l.starts_with("cwd/ev-il.mentor.json (file) appeared"))
    );
    let ws = mentor::store::load(&env.bin.store).unwrap().workspace;
    let shared = ws.mentees[0].shared.clone().expect("the share is recorded");
    // In full: the app looks for the reply beside it from wherever it is started.
    assert_eq!(shared.path, file.display().to_string());
    assert_eq!(mode(&file), 0o600, "the bundle is private");
    assert!(std::fs::symlink_metadata(&file).unwrap().is_file());

    let bytes = std::fs::read(&file).expect("read the bundle");
    let b = bundle::parse(&bytes, &file).expect("the bundle parses");
    assert_eq!(b.kind, "mentee-bundle");
    assert_eq!(b.format, "mentor");
    assert_eq!(b.mentor, "Sam Rivera");
    assert_eq!(
        b.shared_at,
        DateTime::parse_from_rfc3339(NOW).expect("NOW is RFC 3339")
    );
    assert_eq!(b.mentee.name, "../../Ev il");
    let to = b.reply_to.as_ref().expect("the bundle can be replied to");
    assert_eq!(
        (to.mentee.as_str(), to.key.as_str()),
        ("m1", shared.key.as_str())
    );
    assert_eq!(b.mentee.goals.len(), 1);
    assert_eq!(b.mentee.feedback.len(), 1, "only the shared note");
    assert_eq!(b.mentee.path.stages[0].description, "Leads across teams");
    assert_eq!(b.mentee.skills[0].target, Some(4));
    let shown = b.mentee.to_mentee();
    assert_eq!(shown.path.stages[0].title, "Staff engineer");
    assert_eq!(shown.path.stages[0].private_notes, "");
    let text = String::from_utf8(bytes).expect("UTF-8");
    for secret in ["CANARY", "987.65"] {
        assert!(!text.contains(secret), "{secret} in the bundle:\n{text}");
    }
}

#[test]
fn a_second_share_without_force_fails_and_leaves_the_first_file_alone() {
    let env = Env::with_mentee("Alice Moreau");
    env.bin.ok(&["share", "alice"]);
    let file = env.cwd().join("alice-moreau.mentor.json");
    let first = std::fs::read(&file).expect("first bundle");
    // Something changes in the store; sharing again must not replace the file silently.
    env.bin
        .ok(&["goal", "add", "--mentee", "alice", "Speak at a meetup"]);
    let before = DirSnapshot::take(&env.root);
    let out = env.bin.run(&["share", "alice"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--force"), "{stderr}");
    assert!(stderr.contains("already exists"), "{stderr}");
    assert_eq!(std::fs::read(&file).expect("read"), first, "byte-identical");
    before.assert_same(&DirSnapshot::take(&env.root), "a refused share");

    // With --force it is replaced, still 0600, and holds the new goal.
    env.bin.ok(&["share", "alice", "--force"]);
    assert_ne!(std::fs::read(&file).expect("read"), first);
    assert_eq!(mode(&file), 0o600);
    let b = bundle::parse(&std::fs::read(&file).unwrap(), &file).expect("parses");
    assert_eq!(b.mentee.goals.len(), 2);
    let mut leftovers = crate::common::names(env.cwd());
    leftovers.retain(|n| n != "alice-moreau.mentor.json");
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn a_planted_symlink_is_never_followed() {
    let env = Env::with_mentee("Alice Moreau");
    let target = env.root.join("home").join("victim.txt");
    std::fs::write(&target, b"the mentor's own file\n").expect("write the victim");
    let link = env.cwd().join("alice-moreau.mentor.json");
    std::os::unix::fs::symlink(&target, &link).expect("plant the link");
    // A dangling link too: its target must not be created.
    let nowhere = env.root.join("home").join("created-through-a-link.json");
    let dangling = env.cwd().join("dangling.json");
    std::os::unix::fs::symlink(&nowhere, &dangling).expect("plant the dangling link");
    let before = DirSnapshot::take(&env.root);

    for args in [
        vec!["share", "alice"],
        vec!["share", "alice", "-o", "dangling.json"],
    ] {
        let out = env.bin.run(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("--force"), "{args:?}: {stderr}");
    }
    before.assert_same(&DirSnapshot::take(&env.root), "a share onto a symlink");
    assert!(!nowhere.exists(), "the dangling link was followed");

    // --force replaces the links themselves with regular files; their targets are untouched.
    env.bin.ok(&["share", "alice", "--force"]);
    env.bin
        .ok(&["share", "alice", "-o", "dangling.json", "--force"]);
    for path in [&link, &dangling] {
        let meta = std::fs::symlink_metadata(path).expect("exists");
        assert!(
            meta.file_type().is_file(),
            "{} is still a link",
            path.display()
        );
        assert_eq!(mode(path), 0o600);
        let bytes = std::fs::read(path).expect("read");
        bundle::parse(&bytes, path).expect("a bundle");
    }
    assert_eq!(
        std::fs::read(&target).expect("the victim is still there"),
        b"the mentor's own file\n"
    );
    assert!(!nowhere.exists(), "the dangling link was followed");
}

// ---------------------------------------------------------------------------------------------
// Text that tries to control the terminal
// ---------------------------------------------------------------------------------------------

const CLEAR: &str = "\x1b[2J";
const OSC52: &str = "\x1b]52;c;cm0gLXJmIH4=\x07";
const TITLE: &str = "\x1b]0;pwned\x07";
const C1_CSI: &str = "\u{9b}";
const C1_NEL: &str = "\u{85}";
const RLO: &str = "\u{202e}";
const LRI: &str = "\u{2066}";

fn hostile(label: &str) -> String {
    format!("{label}{CLEAR}a{OSC52}b{TITLE}c{C1_CSI}31md{C1_NEL}e{RLO}fed{LRI}g\x7fh\ri\tj\nk")
}

/// A workspace whose mentee's every text field is hostile.
fn hostile_workspace() -> Workspace {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).expect("date");
    let mut ws = Workspace::default();
    ws.mentor.name = hostile("mentor");
    let mut m = Mentee::new(MenteeId::from_number(ws.alloc_fresh()), hostile("Eve"), day);
    m.aspirations = hostile("aspirations");
    m.agreement.response_time = hostile("response");
    m.agreement.boundaries = hostile("boundaries");
    m.agreement.success_measures = hostile("success");
    let mut g = Goal::new(GoalId::from_number(ws.alloc_fresh()), hostile("goal"), day);
    g.specific = hostile("specific");
    g.criterion = hostile("criterion");
    g.achievable = hostile("achievable");
    g.relevant = hostile("relevant");
    g.skills = vec![hostile("skill")];
    g.metric = Some(mentor::domain::Metric {
        what: hostile("what"),
        baseline: 0.0,
        target: 3.0,
        current: Some(1.0),
        unit: hostile("unit"),
    });
    let mut k = Milestone::new(
        MilestoneId::from_number(ws.alloc_fresh()),
        hostile("milestone"),
        Some(day),
    );
    k.note = hostile("milestone note");
    g.milestones.push(k);
    let goal_id = g.id.clone();
    m.goals.push(g);
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-20T10:00:00+01:00").expect("at");
    let mut s = Session::new(
        SessionId::from_number(ws.alloc_fresh()),
        at,
        SessionStatus::Held,
    );
    s.agenda = hostile("agenda");
    s.shared_notes = hostile("shared notes");
    s.goals = vec![goal_id.clone()];
    s.actions.push(ActionItem {
        id: ActionId::from_number(ws.alloc_fresh()),
        text: hostile("action"),
        owner: Owner::Mentee,
        due: Some(day),
        done_on: None,
    });
    m.sessions.push(s);
    m.feedback.push(Feedback {
        id: FeedbackId::from_number(ws.alloc_fresh()),
        date: day,
        kind: FeedbackKind::Strength,
        text: hostile("feedback"),
        goal: Some(goal_id),
        visibility: Visibility::Shared,
    });
    m.connections.push(Connection {
        id: ConnectionId::from_number(ws.alloc_fresh()),
        kind: ConnectionKind::Introduction,
        title: hostile("connection"),
        who: hostile("who"),
        note: hostile("note"),
        status: ConnectionStatus::Suggested,
        date: Some(day),
    });
    ws.push_mentee(m);
    ws.validate().expect("valid");
    ws
}

/// Every forbidden character of `text`, with its place, for failure messages.
fn bad_chars(text: &str, allow_newline: bool) -> Vec<String> {
    text.char_indices()
        .filter(|(_, c)| !(allow_newline && *c == '\n'))
        .filter_map(|(i, c)| forbidden(c).map(|why| format!("{why} {c:?} at byte {i}")))
        .collect()
}

#[test]
fn hostile_text_in_a_bundle_never_reaches_the_terminal() {
    let env = Env::new();
    std::fs::write(
        &env.bin.store,
        mentor::store::format::serialize(
            &hostile_workspace(),
            None,
            mentor::store::CURRENT_VERSION,
        ),
    )
    .expect("write the store");
    env.bin.ok(&["share", "m1", "-o", "eve.json"]);
    let bundle_path = env.cwd().join("eve.json");

    for args in [
        vec!["view", "eve.json", "--print"],
        vec!["view", "--mentee", "m1", "--print"],
    ] {
        let out = env.bin.run(&args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // Bytes first: nothing below 0x20 but the newline, no DEL.
        let raw: Vec<String> = out
            .stdout
            .iter()
            .enumerate()
            .filter(|(_, b)| (**b < 0x20 && **b != b'\n') || **b == 0x7f)
            .map(|(i, b)| format!("byte {b:#04x} at {i}"))
            .collect();
        assert!(
            raw.is_empty(),
            "{args:?}: {raw:?}\n{}",
            out.stdout.escape_ascii()
        );
        let stdout = String::from_utf8(out.stdout).expect("UTF-8");
        let bad = bad_chars(&stdout, true);
        assert!(bad.is_empty(), "{args:?} prints {bad:?}:\n{stdout}");
        // The sequences are shown, escaped, not dropped.
        for shown in [
            "\\x1b[2J",
            "\\x1b]52;c;cm0gLXJmIH4=\\x07",
            "\\x1b]0;pwned\\x07",
            "\\x9b31m",
            "\\x85",
            "\\u{202e}fed",
            "\\u{2066}",
            "\\x7f",
        ] {
            assert!(
                stdout.contains(shown),
                "{args:?}: {shown:?} is not shown:\n{stdout}"
            );
        }
        for field in [
            "Eve",
            "goal",
            "milestone",
            "agenda",
            "shared notes",
            "action",
            "feedback",
            "connection",
        ] {
            assert!(
                stdout.contains(field),
                "{args:?}: {field} is missing:\n{stdout}"
            );
        }
    }
    // `mentor share` itself echoes the name safely.
    let out = env.bin.run(&["share", "m1", "-o", "again.json"]);
    assert!(bad_chars(&String::from_utf8_lossy(&out.stdout), true).is_empty());

    // The rendered view: no cell holds a control, on any tab, with every row selected.
    let (viewed, _) = ReadOnlyStore::new(&bundle_path)
        .read()
        .expect("the bundle reads");
    let (ws, info) = display(viewed, None, "eve.json").expect("displays");
    let mut state = view_state(ws, info, "eve.json");
    let mut frames = 0;
    let mut seen = String::new();
    for tab in Tab::ALL {
        update(&mut state, Action::ShowTab(tab));
        // The mentee list too, so a tab without lists of its own is drawn.
        for list in std::iter::once(ListId::Mentees).chain(tab.lists().iter().copied()) {
            state.focus.0 = list;
            for row in 0..view::rows(&state, list).len().max(1) {
                update(&mut state, Action::Top);
                for _ in 0..row {
                    update(&mut state, Action::Down);
                }
                for (w, h) in [(120, 40), (80, 24)] {
                    let buffer = screen::draw(&state, w, h);
                    for cell in buffer.content() {
                        let bad: Vec<String> = cell
                            .symbol()
                            .chars()
                            .filter_map(|c| forbidden(c).map(|why| format!("{why} {c:?}")))
                            .collect();
                        assert!(
                            bad.is_empty(),
                            "a cell on {tab:?} holds {bad:?}:\n{}",
                            screen::text(&buffer)
                        );
                    }
                    seen.push_str(&screen::text(&buffer));
                    seen.push('\n');
                    frames += 1;
                }
            }
        }
        update(&mut state, Action::ShowHelp);
        let help = screen::draw(&state, 120, 40);
        assert!(
            help.content()
                .iter()
                .all(|c| c.symbol().chars().all(|c| forbidden(c).is_none()))
        );
        update(&mut state, Action::Cancel);
    }
    assert!(frames >= 10);
    for shown in ["\\x1b[2J", "\\u{202e}"] {
        assert!(
            seen.contains(shown),
            "{shown:?} is never shown escaped on screen"
        );
    }
}
