//! Promise 6: schema changes migrate; the format does not change by accident.
//!
//! One committed fixture per released schema version (`tests/fixtures/v<M>.<m>.json`, written the
//! way that version wrote it or a person would edit it, with optional fields left out here and
//! there), and beside it the bytes this version writes after opening and saving it
//! (`v<M>.<m>.expected.json`). The test opens the fixture through the store, saves it, and
//! compares the bytes: a golden test that fails on any change to the written format, so such a
//! change is made on purpose, with a version bump and a migration step.
//!
//! After a deliberate change, regenerate the expected files with
//! `MENTOR_BLESS_FIXTURES=1 cargo test --test store_migration` and review the diff.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;

use mentor::store::{CURRENT_VERSION, OpenOptions, Store, list_backups, load};
use std::path::{Path, PathBuf};

/// The released schema versions, oldest first.
const RELEASED: &[&str] = &["1.0", "1.1"];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(name)
}

/// Opens a copy of the fixture of `version` through the store and saves it; returns the saved
/// bytes, the original bytes and the directory (kept alive by the guard).
fn open_and_save(version: &str) -> (Vec<u8>, Vec<u8>, tempfile::TempDir, PathBuf) {
    let original = std::fs::read(fixture(&format!("v{version}.json"))).expect("fixture");
    let (guard, dir) = common::temp_dir();
    let path = dir.join("mentor.json");
    std::fs::write(&path, &original).expect("copy the fixture");
    let (mut store, ws) = Store::open(&path, &OpenOptions::default())
        .unwrap_or_else(|e| panic!("the v{version} fixture does not open: {e}"));
    store.save(&ws).expect("save");
    drop(store);
    (std::fs::read(&path).expect("read"), original, guard, path)
}

#[test]
fn every_released_version_upgrades_to_the_expected_bytes() {
    for version in RELEASED {
        let (saved, original, _guard, path) = open_and_save(version);
        let expected_path = fixture(&format!("v{version}.expected.json"));
        if std::env::var_os("MENTOR_BLESS_FIXTURES").is_some() {
            std::fs::write(&expected_path, &saved).expect("bless");
            eprintln!("wrote {}", expected_path.display());
        }
        let expected = std::fs::read(&expected_path).expect("expected file");
        assert!(
            saved == expected,
            "v{version}: the saved file differs from {}; if the change is deliberate, bump the \
             format version, add a migration step and bless the fixtures.\n--- saved ---\n{}",
            expected_path.display(),
            String::from_utf8_lossy(&saved)
        );

        // The previous bytes were kept as a backup before being replaced.
        let backups = list_backups(&path).expect("backups");
        assert_eq!(backups.len(), 1, "{backups:?}");
        assert_eq!(std::fs::read(&backups[0].path).expect("backup"), original);

        // The upgraded file holds the same workspace as the fixture, in the current version.
        let before = load(&fixture(&format!("v{version}.json"))).expect("load fixture");
        let after = load(&path).expect("load saved");
        assert_eq!(after.workspace, before.workspace, "v{version}");
        assert_eq!(after.version, CURRENT_VERSION);
    }
}

#[test]
fn the_expected_files_are_stable_under_another_save() {
    // Saving what this version wrote gives the same bytes again: the layout is a fixed point.
    for version in RELEASED {
        let expected =
            std::fs::read(fixture(&format!("v{version}.expected.json"))).expect("expected file");
        let (_guard, dir) = common::temp_dir();
        let path = dir.join("mentor.json");
        std::fs::write(&path, &expected).expect("write");
        let (mut store, ws) = Store::open(&path, &OpenOptions::default()).expect("open");
        store.save(&ws).expect("save");
        assert!(
            std::fs::read(&path).expect("read") == expected,
            "v{version}"
        );
    }
}

#[test]
fn the_fixture_covers_every_kind_of_record_and_value() {
    use mentor::domain::{
        CadenceUnit, Channel, ConnectionKind, ConnectionStatus, FeedbackKind, GoalStatus,
        MenteeStatus, MentoringKind, Owner, SessionStatus, Visibility,
    };
    let ws = load(&fixture("v1.0.json")).expect("load").workspace;
    let mentees = &ws.mentees;
    let goals: Vec<_> = mentees.iter().flat_map(|m| &m.goals).collect();
    let sessions: Vec<_> = mentees.iter().flat_map(|m| &m.sessions).collect();
    let feedback: Vec<_> = mentees.iter().flat_map(|m| &m.feedback).collect();
    let connections: Vec<_> = mentees.iter().flat_map(|m| &m.connections).collect();
    for kind in [
        MentoringKind::Career,
        MentoringKind::Peer,
        MentoringKind::Life,
    ] {
        assert!(mentees.iter().any(|m| m.kind == kind), "{kind}");
    }
    for status in [
        MenteeStatus::Active,
        MenteeStatus::Paused,
        MenteeStatus::Concluded,
    ] {
        assert!(mentees.iter().any(|m| m.status == status), "{status}");
    }
    for unit in [CadenceUnit::Days, CadenceUnit::Weeks, CadenceUnit::Months] {
        assert!(
            mentees
                .iter()
                .any(|m| m.agreement.cadence.is_some_and(|c| c.unit == unit)),
            "{unit:?}"
        );
    }
    for channel in [
        Channel::InPerson,
        Channel::Video,
        Channel::Phone,
        Channel::Chat,
        Channel::Email,
    ] {
        assert!(
            mentees
                .iter()
                .any(|m| m.agreement.channels.contains(&channel)),
            "{channel}"
        );
    }
    for status in [
        GoalStatus::Draft,
        GoalStatus::Active,
        GoalStatus::Achieved,
        GoalStatus::Dropped,
    ] {
        assert!(goals.iter().any(|g| g.status == status), "{status}");
    }
    assert!(goals.iter().any(|g| g.metric.is_some()));
    assert!(goals.iter().any(|g| !g.milestones.is_empty()));
    for status in [
        SessionStatus::Planned,
        SessionStatus::Held,
        SessionStatus::Cancelled,
    ] {
        assert!(sessions.iter().any(|s| s.status == status), "{status}");
    }
    for owner in [Owner::Mentor, Owner::Mentee] {
        assert!(
            sessions
                .iter()
                .flat_map(|s| &s.actions)
                .any(|a| a.owner == owner),
            "{owner}"
        );
    }
    for kind in [
        FeedbackKind::Strength,
        FeedbackKind::Improvement,
        FeedbackKind::Observation,
    ] {
        assert!(feedback.iter().any(|f| f.kind == kind), "{kind}");
    }
    for visibility in [Visibility::Shared, Visibility::Private] {
        assert!(
            feedback.iter().any(|f| f.visibility == visibility),
            "{visibility}"
        );
    }
    for kind in [
        ConnectionKind::Introduction,
        ConnectionKind::Event,
        ConnectionKind::Course,
        ConnectionKind::Resource,
    ] {
        assert!(connections.iter().any(|c| c.kind == kind), "{kind}");
    }
    for status in [ConnectionStatus::Suggested, ConnectionStatus::Done] {
        assert!(connections.iter().any(|c| c.status == status), "{status}");
    }
    // Feedback with no visibility in the file is private: the mentee's view fails closed.
    let f15 = feedback
        .iter()
        .find(|f| f.id.as_str() == "f15")
        .expect("f15");
    assert_eq!(f15.visibility, Visibility::Private);
}

/// The 1.1 fixture (career paths, skill levels, the declared skills, a session's mood and
/// energies) was written exactly as 1.1 wrote it: opened and saved, it comes back byte for byte
/// but for the version (2.0: its IDs stay plain, nothing else changes), and every field is read.
#[test]
fn the_1_1_fixture_with_paths_skills_and_mood_writes_back_with_only_the_version_changed() {
    use mentor::domain::StageStatus;
    let (saved, original, _guard, _path) = open_and_save("1.1");
    let as_2_0 = String::from_utf8(original).unwrap().replacen(
        "\"version\": {\n    \"major\": 1,\n    \"minor\": 1\n  }",
        "\"version\": {\n    \"major\": 2,\n    \"minor\": 0\n  }",
        1,
    );
    assert!(
        saved == as_2_0.as_bytes(),
        "--- saved ---\n{}",
        String::from_utf8_lossy(&saved)
    );
    let ws = load(&fixture("v1.1.json")).expect("load").workspace;
    let alice = &ws.mentees[0];
    assert_eq!(alice.path.title, "Engineering, IC track");
    let statuses: Vec<StageStatus> = alice.path.stages.iter().map(|st| st.status).collect();
    assert_eq!(
        statuses,
        [
            StageStatus::Done,
            StageStatus::InProgress,
            StageStatus::Open,
            StageStatus::Skipped
        ]
    );
    let staff = &alice.path.stages[1];
    assert_eq!(staff.skills, ["Architecture", "influence"]);
    assert_eq!(staff.goals, [alice.goals[0].id.clone()]);
    assert_eq!(staff.private_notes, "Needs a sponsor");
    assert_eq!(alice.skills[0].current, Some(3));
    assert_eq!(alice.skills[0].target, Some(4));
    assert_eq!(ws.skills[0].name, "Technical writing");
    let s = &alice.sessions[0];
    assert_eq!(
        (s.mood, s.energy, s.mentor_energy),
        (Some(4), Some(3), Some(2))
    );
    assert!(ws.mentees[1].path.is_empty());
    assert_eq!(ws.mentees[1].skills[0].skill, "Technical writing");
}

/// A 1.0 file has no paths, levels, declared skills or moods, and loads with none.
#[test]
fn a_1_0_file_loads_with_no_paths_or_skills() {
    let ws = load(&fixture("v1.0.json")).expect("load").workspace;
    assert!(ws.skills.is_empty());
    for m in &ws.mentees {
        assert!(m.path.is_empty() && m.skills.is_empty(), "{}", m.name);
        assert!(
            m.sessions
                .iter()
                .all(|s| s.mood.is_none() && s.energy.is_none())
        );
    }
}

/// 1.x to 2.0: the first save after the upgrade keeps the 1.x file as `<file>.pre-v1.1` (a link
/// made before the new file is renamed over it), never again after; the file is then 2.0.
#[test]
fn the_first_save_after_the_upgrade_to_2_0_keeps_the_1_x_file_first() {
    use common::{Call, FaultFs};
    let original = std::fs::read(fixture("v1.1.json")).expect("fixture");
    let (_guard, dir) = common::temp_dir();
    let path = dir.join("mentor.json");
    std::fs::write(&path, &original).expect("copy the fixture");
    let pre = dir.join("mentor.json.backups").join("mentor.json.pre-v1.1");
    let fs = FaultFs::new();
    let (mut store, ws) =
        Store::open_with(&path, &OpenOptions::default(), fs.clone()).expect("open");
    assert!(!pre.exists(), "opening writes nothing");
    assert!(std::fs::read(&path).expect("read") == original);

    let mark = fs.mark();
    store.save(&ws).expect("save");
    let calls = fs.calls_since(mark);
    let at = |wanted: &dyn Fn(&Call) -> bool| calls.iter().position(wanted);
    let kept = at(&|c| matches!(c, Call::HardLink(from, to) if *from == path && *to == pre));
    let renamed = at(&|c| matches!(c, Call::Rename(_, to) if *to == path));
    assert!(
        kept.is_some() && kept < renamed,
        "the 1.x file is kept before it is replaced: {calls:#?}"
    );
    assert!(std::fs::read(&pre).expect("pre-v1.1") == original);
    assert_eq!(load(&path).expect("load").version, CURRENT_VERSION);
    assert_eq!(CURRENT_VERSION.to_string(), "2.0");

    let mark = fs.mark();
    store.save(&ws).expect("save again");
    assert!(
        !fs.calls_since(mark)
            .iter()
            .any(|c| matches!(c, Call::HardLink(_, to) if to.to_string_lossy().contains("pre-v"))),
        "only the first save keeps a pre-upgrade copy"
    );
    assert!(std::fs::read(&pre).expect("pre-v1.1") == original);
}

/// The 1.x file as `format::parse` reads it, and whether the fast typed pass read it.
fn parse_v1(text: &str) -> (Result<mentor::store::format::Parsed, String>, bool) {
    let parsed = mentor::store::format::parse(text.as_bytes(), Path::new("/m.json"), false)
        .map_err(|e| e.to_string());
    let fast = parsed.as_ref().is_ok_and(|p| p.fast);
    (parsed, fast)
}

/// A 1.x file is read by the fast typed pass (the step to 2.0 changes no value, and its check,
/// no ID with a dot, is made on the typed form), and reads as the same file at 2.0 does: a large
/// workspace saved before format 2.0 is no slower to read than one saved after. A 1.x file the
/// step refuses, or one with keys this version does not know, still goes the careful way.
#[test]
fn a_1_x_file_is_read_by_the_fast_pass_as_the_same_file_at_2_0() {
    let ws = mentor::generate::generate(mentor::generate::Size::Mentees(40), 3, common::today());
    let v2 = String::from_utf8(mentor::store::format::serialize(&ws, None, CURRENT_VERSION))
        .expect("text");
    let v1 = v2.replacen(r#""major": 2,"#, r#""major": 1,"#, 1).replacen(
        r#""minor": 0"#,
        r#""minor": 1"#,
        1,
    );
    assert!(v1.contains(r#""major": 1,"#) && v1 != v2);
    let (parsed, fast) = parse_v1(&v1);
    let parsed = parsed.expect("the 1.1 file reads");
    assert!(fast, "the 1.1 file took the careful path");
    assert_eq!(parsed.workspace.mentees, ws.mentees);
    assert_eq!(parsed.workspace.next_id, ws.next_id);
    assert_eq!(parsed.version.to_string(), "1.1");
    let (careful, _) = parse_v1(&v1.replacen("{", "{\"theme\": \"dark\",", 1));
    assert!(
        !careful.expect("reads").fast,
        "an unknown key: the careful way"
    );

    // The fixture as 1.1 wrote it, too.
    let fixture = std::fs::read_to_string(fixture("v1.1.json")).expect("fixture");
    assert!(
        parse_v1(&fixture).1,
        "the 1.1 fixture took the careful path"
    );

    // A dot in an ID: refused in the migration's words, which only the careful path has.
    let note = ws.mentees[0].feedback[0].id.to_string();
    let tagged = v1.replacen(
        &format!("\"id\": \"{note}\""),
        &format!("\"id\": \"{note}.k7qxm\""),
        1,
    );
    assert_ne!(tagged, v1);
    let e = parse_v1(&tagged).0.expect_err("refused");
    assert!(e.contains("cannot upgrade from format version 1.1"), "{e}");
    assert!(e.contains(".k7qxm"), "{e}");
    // The same dot in a 2.0 file is a replica's ID, read the fast way.
    let (tagged_v2, fast) = parse_v1(&tagged.replacen(r#""major": 1,"#, r#""major": 2,"#, 1));
    assert!(tagged_v2.is_ok() && fast);
}
