use super::*;
use crate::store::format::{CURRENT_VERSION, serialize};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).expect("a valid date")
}

#[test]
fn same_seed_gives_an_equal_workspace_and_another_seed_does_not() {
    let a = generate(Size::S, 1, today());
    assert_eq!(a, generate(Size::S, 1, today()));
    assert_ne!(a, generate(Size::S, 2, today()));
}

#[test]
fn generated_workspaces_validate_and_round_trip() {
    for seed in 0..3 {
        let ws = generate(Size::S, seed, today());
        ws.validate().expect("a generated workspace is valid");
        let bytes = serialize(&ws, None, CURRENT_VERSION);
        let parsed = crate::store::format::parse(&bytes, std::path::Path::new("/g.json"), false)
            .expect("it parses back");
        assert_eq!(parsed.workspace, ws);
        assert!(parsed.unknown.is_none());
    }
}

#[test]
fn sizes_parse_and_print() {
    assert_eq!("l".parse::<Size>(), Ok(Size::L));
    assert_eq!("M".parse::<Size>(), Ok(Size::M));
    assert_eq!("42".parse::<Size>(), Ok(Size::Mentees(42)));
    assert!("xl".parse::<Size>().is_err());
    assert_eq!(Size::S.to_string(), "S");
    assert_eq!(Size::Mentees(3).mentees(), 3);
}

/// Every name is different, and every kind of record and state the app knows shows up.
#[test]
fn names_are_unique_and_fields_are_filled_like_real_use() {
    let ws = generate(Size::M, 7, today());
    let names: HashSet<&str> = ws.mentees.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names.len(), ws.mentees.len());
    let goals: Vec<&crate::domain::Goal> = ws.mentees.iter().flat_map(|m| &m.goals).collect();
    let share = |n: usize| n * 100 / goals.len();
    let described = share(goals.iter().filter(|g| !g.specific.is_empty()).count());
    let measured = share(goals.iter().filter(|g| g.metric.is_some()).count());
    let due = share(goals.iter().filter(|g| g.due.is_some()).count());
    assert!((65..=85).contains(&described), "{described}% described");
    assert!((45..=65).contains(&measured), "{measured}% with a metric");
    assert!((75..=95).contains(&due), "{due}% with a due date");
    let smart = goals
        .iter()
        .filter(|g| crate::domain::smart::check(g, today()).is_smart())
        .count();
    assert!(smart > 0 && smart < goals.len());
    let sessions: Vec<_> = ws.mentees.iter().flat_map(|m| &m.sessions).collect();
    assert!(sessions.iter().any(|s| s.shared_notes.contains('\n')));
    assert!(sessions.iter().any(|s| s.date() > today()));
    assert!(
        ws.mentees
            .iter()
            .any(|m| m.status == crate::domain::MenteeStatus::Concluded)
    );
}

fn assert_within(what: &str, value: usize, expected: usize, percent: usize) {
    let slack = expected * percent / 100;
    assert!(
        value.abs_diff(expected) <= slack,
        "{what}: {value}, expected {expected} ± {percent}%"
    );
}

/// The shape of M is a fifth of L's, so this checks L's per-mentee averages in debug builds in a
/// second or two.
#[test]
fn size_m_has_the_expected_counts() {
    let ws = generate(Size::M, 1, today());
    let c = Counts::of(&ws);
    assert_eq!(c.mentees, 100);
    assert_within("goals", c.goals, 2_000, 10);
    assert_within("milestones", c.milestones, 8_000, 10);
    assert_within("sessions", c.sessions, 4_000, 10);
    assert_within("feedback", c.feedback, 10_000, 10);
    assert!(c.actions > 6_000, "{c}");
}

/// The full L workspace (about two seconds in a debug build).
///
/// The issue asks for "roughly 10 to 15 MB of JSON" at these counts, but the counts cannot fit in
/// that: the store writes pretty JSON with every field present, and for ~160,000 records the
/// keys, indentation, IDs and dates alone come to about 37 MB with every text left empty (the
/// compact form would still be about 18 MB). With text of realistic length the file is about
/// 57 MB, so the counts are kept and the size is checked against that instead.
#[test]
fn size_l_has_the_counts_the_issue_names() {
    let ws = generate(Size::L, 1, today());
    let c = Counts::of(&ws);
    assert_eq!(c.mentees, 500);
    assert_within("goals", c.goals, 10_000, 5);
    assert_within("milestones", c.milestones, 40_000, 5);
    assert_within("sessions", c.sessions, 20_000, 5);
    assert_within("feedback", c.feedback, 50_000, 5);
    ws.validate().expect("valid");
    let bytes = serialize(&ws, None, CURRENT_VERSION);
    let mb = bytes.len() / 1_000_000;
    assert!((45..=70).contains(&mb), "{mb} MB");
}

#[test]
fn about_two_mentees_in_three_have_a_career_path_with_levels() {
    let ws = generate(Size::Mentees(60), 3, today());
    ws.validate().expect("valid");
    let with: Vec<_> = ws
        .mentees
        .iter()
        .filter(|m| !m.path.stages.is_empty())
        .collect();
    assert!((25..=55).contains(&with.len()), "{} of 60", with.len());
    for m in &with {
        let open = m
            .path
            .stages
            .iter()
            .filter(|st| st.status.is_open())
            .count();
        assert!(open >= 1, "{}: the current stage is in progress", m.name);
        for skill in m.path.stages.iter().flat_map(|st| &st.skills) {
            assert!(
                m.skills.iter().any(|l| &l.skill == skill),
                "{}: {skill}",
                m.name
            );
        }
    }
    assert!(
        with.iter()
            .any(|m| m.path.stages.iter().any(|st| !st.goals.is_empty()))
    );
    let titles: HashSet<&str> = with.iter().map(|m| m.path.title.as_str()).collect();
    assert!(titles.len() >= 3, "{titles:?}");
}

/// A seed gives the same file from one version to the next, so benchmark data stays comparable:
/// the file of seed 7 is pinned by its hash (taken before the generator was split into one
/// function per part; updated when the format went to 1.1, when mentees got career paths, and when the format went to 2.0, only its version changing). A deliberate change to the generator
/// or to the file format updates it.
#[test]
fn a_seed_gives_the_same_file_as_before() {
    let ws = generate(Size::Mentees(3), 7, today());
    let bytes = serialize(&ws, None, CURRENT_VERSION);
    let hash = crate::store::format::content_hash(&bytes);
    assert_eq!(
        format!("{hash:032x}"),
        "efa51ad8d75a87d55f2f416ea860b29d",
        "{} bytes",
        bytes.len()
    );
}
