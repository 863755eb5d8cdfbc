//! Promise 5: load then save keeps everything, including fields written by a newer minor version.
//!
//! A property test generates workspaces (several mentees with goals, metrics, milestones,
//! sessions with action items, recurring series with sessions placed in them, feedback of every
//! kind and visibility, connections, career paths whose stages serve the mentee's goals, skill
//! levels and declared skills; dates across the calendar, moments with offsets and
//! fractions of a second, finite numbers of every size, and text with control characters,
//! quotes, bidi overrides and astral characters), with IDs handed out by `Workspace::alloc`, and
//! checks that what a real store saves loads back equal.
//! A fixture with unknown fields at several levels, from a newer minor version, keeps every one
//! of them across an edit and a save.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;

use chrono::{DateTime, Duration as Span, FixedOffset, NaiveDate, TimeZone};
use mentor::domain::conflict::conflict_id;
use mentor::domain::ids::Fresh;
use mentor::domain::path::skill_key;
use mentor::domain::{
    ActionId, ActionItem, Agreement, Cadence, CadenceUnit, Channel, Connection, ConnectionId,
    ConnectionKind, ConnectionStatus, Feedback, FeedbackId, FeedbackKind, Goal, GoalId, GoalStatus,
    Mentee, MenteeId, MenteeStatus, MentorProfile, MentoringKind, Metric, Milestone, MilestoneId,
    Owner, Series, SeriesId, SeriesSlot, Session, SessionId, SessionStatus, Skill, SkillLevel,
    Stage, StageId, StageStatus, Visibility, Workspace,
};
use mentor::domain::{Conflict, ConflictKind};
use mentor::store::{OpenOptions, Store, format, load};
use proptest::prelude::*;
use proptest::{collection::vec, option, sample::select};
use serde_json::{Value, json};
use std::path::Path;

// ---------------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------------

fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => any::<char>(),
        1 => select(vec![
            '\0', '\u{1b}', '\u{7}', '\r', '\n', '\t', '\u{7f}', '\u{85}', '\u{9b}', '"', '\\',
            '/', '\u{202e}', '\u{2066}', '\u{2028}', '\u{feff}', 'é', 'ß', '中', '😀', ' ',
        ]),
        2 => proptest::char::range('a', 'z'),
    ]
}

fn text() -> impl Strategy<Value = String> {
    vec(any_char(), 0..24).prop_map(|chars| chars.into_iter().collect())
}

/// Text that is not blank (names and titles must not be).
fn title() -> impl Strategy<Value = String> {
    text().prop_map(|t| format!("T{t}"))
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1i32..=9999, 1u32..=366).prop_map(|(year, day)| {
        NaiveDate::from_yo_opt(year, day)
            .or_else(|| NaiveDate::from_yo_opt(year, 365))
            .expect("a day of the year")
    })
}

fn opt_date() -> impl Strategy<Value = Option<NaiveDate>> {
    option::of(date())
}

/// A moment with an offset in whole minutes (what RFC 3339 can write), and sometimes a
/// fraction of a second.
fn moment() -> impl Strategy<Value = DateTime<FixedOffset>> {
    (
        date(),
        0i64..86_400,
        prop_oneof![Just(0u32), 0u32..1_000_000_000],
        -(24 * 60 - 1)..(24 * 60),
    )
        .prop_map(|(day, seconds, nanos, offset_minutes)| {
            let offset = FixedOffset::east_opt(offset_minutes * 60).expect("offset");
            let local = day.and_hms_opt(0, 0, 0).expect("midnight")
                + Span::seconds(seconds)
                + Span::nanoseconds(i64::from(nanos));
            offset
                .from_local_datetime(&local)
                .single()
                .expect("fixed offsets have no gaps")
        })
}

/// Finite numbers of every size: integers, fractions, tiny and huge ones, negative zero.
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (-1000i32..1000).prop_map(f64::from),
        (-1.0e6f64..1.0e6),
        any::<f64>().prop_filter("finite", |x| x.is_finite()),
        select(vec![
            0.0,
            -0.0,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::MIN,
            5e-324,
            0.1,
            1.0 / 3.0
        ]),
    ]
}

fn channel() -> impl Strategy<Value = Channel> {
    select(vec![
        Channel::InPerson,
        Channel::Video,
        Channel::Phone,
        Channel::Chat,
        Channel::Email,
    ])
}

fn agreement() -> impl Strategy<Value = Agreement> {
    (
        option::of((
            1u32..,
            select(vec![
                CadenceUnit::Days,
                CadenceUnit::Weeks,
                CadenceUnit::Months,
            ]),
        )),
        option::of(1u32..),
        vec(channel(), 0..4),
        text(),
        text(),
        text(),
        opt_date(),
        (
            proptest::sample::subsequence(
                mentor::domain::fit::FeedbackPreference::VALUES.to_vec(),
                0..=3,
            ),
            text(),
        ),
    )
        .prop_map(
            |(
                cadence,
                session_minutes,
                channels,
                response_time,
                boundaries,
                success,
                ends_on,
                (feedback_preferences, feedback_more_of),
            )| {
                Agreement {
                    cadence: cadence.map(|(every, unit)| Cadence { every, unit }),
                    session_minutes,
                    channels,
                    response_time,
                    boundaries,
                    success_measures: success,
                    ends_on,
                    feedback_preferences,
                    feedback_more_of,
                }
            },
        )
}

fn metric() -> impl Strategy<Value = Metric> {
    (text(), number(), number(), option::of(number()), text()).prop_map(
        |(what, baseline, target, current, unit)| Metric {
            what,
            baseline,
            target,
            current,
            unit,
        },
    )
}

fn milestone() -> impl Strategy<Value = Milestone> {
    (title(), opt_date(), opt_date(), text()).prop_map(|(title, due, done_on, note)| Milestone {
        id: MilestoneId::from_number(0),
        title,
        due,
        done_on,
        note,
    })
}

fn goal() -> impl Strategy<Value = Goal> {
    (
        (
            title(),
            select(vec![
                GoalStatus::Draft,
                GoalStatus::Active,
                GoalStatus::Achieved,
                GoalStatus::Dropped,
            ]),
            date(),
            opt_date(),
            text(),
            option::of(metric()),
        ),
        (
            text(),
            text(),
            text(),
            opt_date(),
            vec(text(), 0..3),
            vec(milestone(), 0..3),
        ),
    )
        .prop_map(
            |(
                (title, status, created_on, achieved_on, specific, metric),
                (criterion, achievable, relevant, due, skills, milestones),
            )| Goal {
                id: GoalId::from_number(0),
                title,
                status,
                created_on,
                achieved_on,
                specific,
                metric,
                criterion,
                achievable,
                relevant,
                due,
                skills,
                milestones,
            },
        )
}

fn action() -> impl Strategy<Value = ActionItem> {
    (
        title(),
        select(vec![Owner::Mentor, Owner::Mentee]),
        opt_date(),
        opt_date(),
    )
        .prop_map(|(text, owner, due, done_on)| ActionItem {
            id: ActionId::from_number(0),
            text,
            owner,
            due,
            done_on,
        })
}

/// A cadence within the limits the store accepts (domain::rules): every 1 or more.
fn cadence() -> impl Strategy<Value = Cadence> {
    (
        1u32..,
        select(vec![
            CadenceUnit::Days,
            CadenceUnit::Weeks,
            CadenceUnit::Months,
        ]),
    )
        .prop_map(|(every, unit)| Cadence { every, unit })
}

/// A recurring series (its ID is handed out later).
fn series() -> impl Strategy<Value = Series> {
    (cadence(), moment(), any::<u32>(), option::of(1u32..)).prop_map(
        |(every, first, count, minutes)| Series {
            id: SeriesId::from_number(0),
            every,
            first,
            count,
            minutes,
        },
    )
}

/// A session, with the goals it touches as indexes into its mentee's goals, and its place in a
/// series as an index into its mentee's series with the slot's moment (both resolved later).
type SessionParts = (Session, Vec<usize>, Option<(usize, DateTime<FixedOffset>)>);

fn session() -> impl Strategy<Value = SessionParts> {
    (
        moment(),
        option::of(1u32..),
        option::of(channel()),
        select(vec![
            SessionStatus::Planned,
            SessionStatus::Held,
            SessionStatus::Cancelled,
        ]),
        text(),
        text(),
        text(),
        vec(any::<usize>(), 0..3),
        vec(action(), 0..3),
        option::of((any::<usize>(), moment())),
        (
            option::of(1u8..=5),
            option::of(1u8..=5),
            option::of(1u8..=5),
        ),
    )
        .prop_map(
            |(
                at,
                minutes,
                channel,
                status,
                agenda,
                shared,
                private,
                goals,
                actions,
                slot,
                (mood, energy, mentor_energy),
            )| {
                let agenda_rev: String = agenda.chars().rev().collect();
                let session = Session {
                    id: SessionId::from_number(0),
                    at,
                    minutes,
                    channel,
                    status,
                    agenda,
                    shared_notes: shared,
                    private_notes: private,
                    goals: Vec::new(),
                    actions,
                    series: None,
                    mood,
                    energy,
                    mentor_energy,
                    mentee_notes: agenda_rev,
                };
                (session, goals, slot)
            },
        )
}

/// A feedback note, with its goal as an index into its mentee's goals (resolved later).
fn feedback() -> impl Strategy<Value = (Feedback, Option<usize>)> {
    (
        date(),
        select(vec![
            FeedbackKind::Strength,
            FeedbackKind::Improvement,
            FeedbackKind::Observation,
        ]),
        text(),
        option::of(any::<usize>()),
        select(vec![Visibility::Shared, Visibility::Private]),
    )
        .prop_map(|(date, kind, text, goal, visibility)| {
            let note = Feedback {
                id: FeedbackId::from_number(0),
                date,
                kind,
                text,
                goal: None,
                visibility,
            };
            (note, goal)
        })
}

fn connection() -> impl Strategy<Value = Connection> {
    (
        select(vec![
            ConnectionKind::Introduction,
            ConnectionKind::Event,
            ConnectionKind::Course,
            ConnectionKind::Resource,
        ]),
        title(),
        text(),
        text(),
        select(vec![ConnectionStatus::Suggested, ConnectionStatus::Done]),
        opt_date(),
    )
        .prop_map(|(kind, title, who, note, status, date)| Connection {
            id: ConnectionId::from_number(0),
            kind,
            title,
            who,
            note,
            status,
            date,
        })
}

/// A stage of a career path, with the goals it serves as indexes into its mentee's goals
/// (resolved later).
fn stage() -> impl Strategy<Value = (Stage, Vec<usize>)> {
    (
        title(),
        select(vec![
            StageStatus::Open,
            StageStatus::InProgress,
            StageStatus::Done,
            StageStatus::Skipped,
        ]),
        opt_date(),
        text(),
        vec(title(), 0..3),
        vec(any::<usize>(), 0..3),
        text(),
    )
        .prop_map(
            |(title, status, target, description, skills, goals, private_notes)| {
                let stage = Stage {
                    id: StageId::from_number(0),
                    title,
                    status,
                    target,
                    description,
                    skills,
                    goals: Vec::new(),
                    private_notes,
                };
                (stage, goals)
            },
        )
}

/// Skill levels, each skill once (in any case), levels on the scale or absent.
fn levels() -> impl Strategy<Value = Vec<SkillLevel>> {
    vec((title(), option::of(1u8..=5), option::of(1u8..=5)), 0..4).prop_map(|rows| {
        let mut seen = std::collections::HashSet::new();
        rows.into_iter()
            .filter(|(skill, ..)| seen.insert(skill_key(skill)))
            .map(|(skill, current, target)| SkillLevel {
                skill,
                current,
                target,
            })
            .collect()
    })
}

/// A mentee's career path: a title and stages (with their goals as indexes).
type PathParts = (String, Vec<(Stage, Vec<usize>)>);

type MenteeParts = (
    Mentee,
    Vec<SessionParts>,
    Vec<(Feedback, Option<usize>)>,
    PathParts,
);

fn mentee() -> impl Strategy<Value = MenteeParts> {
    (
        (
            title(),
            select(vec![
                MentoringKind::Career,
                MentoringKind::Peer,
                MentoringKind::Life,
            ]),
            select(vec![
                MenteeStatus::Active,
                MenteeStatus::Paused,
                MenteeStatus::Concluded,
            ]),
            opt_date(),
            opt_date(),
            text(),
            text(),
        ),
        (
            agreement(),
            vec(goal(), 0..4),
            vec(session(), 0..3),
            vec(feedback(), 0..3),
            vec(connection(), 0..3),
            vec(series(), 0..3),
        ),
        (
            text(),
            vec(stage(), 0..3),
            levels(),
            (text(), text(), text(), opt_date()),
        ),
        vec((title(), date()), 0..3),
    )
        .prop_map(
            |(
                (name, kind, status, started_on, ended_on, aspirations, private_notes),
                (agreement, goals, sessions, feedback, connections, series),
                (path_title, stages, skills, (reflection, note, private_note, written_on)),
                asked,
            )| {
                let mentee = Mentee {
                    id: MenteeId::from_number(0),
                    name,
                    kind,
                    status,
                    started_on,
                    ended_on,
                    aspirations,
                    private_notes,
                    agreement,
                    goals,
                    sessions: Vec::new(),
                    feedback: Vec::new(),
                    connections,
                    series,
                    path: Default::default(),
                    skills,
                    closing_reflection: reflection,
                    // The closing note (issue 20), when one was written.
                    closing: written_on.map(|written_on| mentor::domain::closing::Closing {
                        note,
                        private_note,
                        written_on,
                    }),
                    inbox: Vec::new(),
                    replies: Vec::new(),
                    shared: None,
                    asked: asked
                        .into_iter()
                        .map(|(question, on)| mentor::domain::mentee::Asked { question, on })
                        .collect(),
                };
                (mentee, sessions, feedback, (path_title, stages))
            },
        )
}

/// Hands out IDs as a store does: plain numbers from the counter, or, in a replicated store,
/// some with the tag of one of its replicas, and sometimes (as after a merge of two replicas
/// that both added a record) the number of the record before with another replica's tag.
struct Ids {
    /// The tags in turn (`None`: a record made before the store was replicated).
    tags: Vec<Option<String>>,
    made: usize,
    last: Option<(u64, Option<String>)>,
}

impl Ids {
    fn next<T: Fresh>(&mut self, ws: &mut Workspace) -> T {
        let tag = self.tags[self.made % self.tags.len()].clone();
        self.made += 1;
        let n = match &self.last {
            Some((n, Some(before))) if tag.as_ref().is_some_and(|t| t != before) => *n,
            _ => ws.alloc_fresh(),
        };
        self.last = Some((n, tag.clone()));
        T::fresh(n, tag.as_deref())
    }
}

/// A JSON value a conflict may hold.
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        text().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e9..1e9f64).prop_map(|f| json!(f)),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..3).prop_map(Value::from),
            vec(("[a-z_]{1,8}", inner), 0..3)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

/// Conflicts about fields of `ws`'s records, from `picks` (which record, which field, what
/// kind, the two values).
fn conflicts_in(ws: &Workspace, picks: Vec<(usize, usize, bool, Value, Value)>) -> Vec<Conflict> {
    let mut places: Vec<Vec<String>> = vec![vec!["mentor".into(), "name".into()]];
    for m in &ws.mentees {
        places.push(vec!["mentees".into(), m.id.to_string()]);
        for g in &m.goals {
            let goal = vec![
                "mentees".into(),
                m.id.to_string(),
                "goals".into(),
                g.id.to_string(),
            ];
            places.push(goal.clone());
            for k in &g.milestones {
                let mut at = goal.clone();
                at.extend(["milestones".into(), k.id.to_string()]);
                places.push(at);
            }
        }
        for s in &m.sessions {
            places.push(vec![
                "mentees".into(),
                m.id.to_string(),
                "sessions".into(),
                s.id.to_string(),
            ]);
        }
    }
    let mut seen = std::collections::HashSet::new();
    picks
        .into_iter()
        .filter_map(|(place, field, removed, kept, other)| {
            let mut path = places[place % places.len()].clone();
            if !removed {
                path.push(["title", "status", "due", "agreement.cadence"][field % 4].into());
            }
            seen.insert(path.clone()).then(|| Conflict {
                id: conflict_id(&path),
                path,
                kind: if removed {
                    ConflictKind::Removed
                } else {
                    ConflictKind::Field
                },
                kept,
                other: if removed { Value::Null } else { other },
                found_on: NaiveDate::from_ymd_opt(2026, 12, 1).expect("day"),
            })
        })
        .collect()
}

/// A whole workspace, IDs handed out in the order records are added ([`Ids`]), with references
/// pointing at goals and series of the same mentee; sometimes a replicated one, with tagged IDs
/// and conflicts left by merges.
fn workspace() -> impl Strategy<Value = Workspace> {
    (
        plain_workspace(),
        option::of(vec("[a-z0-9]{1,12}", 1..3)),
        vec(
            (
                any::<usize>(),
                any::<usize>(),
                any::<bool>(),
                value(),
                value(),
            ),
            0..4,
        ),
    )
        .prop_map(|((ws, parts), replicas, picks)| {
            let tags: Vec<Option<String>> = match &replicas {
                None => vec![None],
                Some(tags) => std::iter::once(None)
                    .chain(tags.iter().cloned().map(Some))
                    .collect(),
            };
            let mut ids = Ids {
                tags,
                made: 0,
                last: None,
            };
            let mut ws = build(ws, parts, &mut ids);
            if replicas.is_some() {
                ws.replicated = true;
                ws.conflicts = conflicts_in(&ws, picks);
            }
            ws
        })
}

type Parts = (Vec<MenteeParts>, u64);

/// The workspace's own fields, and its mentees' parts (IDs not handed out yet).
fn plain_workspace() -> impl Strategy<Value = (Workspace, Parts)> {
    (
        text(),
        // Within the limits the store accepts (domain::rules): hours 0 or more, minutes 1 or more.
        option::of(number().prop_map(f64::abs)),
        option::of(1u32..),
        vec(mentee(), 0..4),
        0u64..4,
        option::of("[A-Za-z0-9-]{1,64}"),
        vec((title(), text()), 0..3),
    )
        .prop_map(
            |(name, capacity, minutes, mentees, skipped, store_token, skills)| {
                let mut seen = std::collections::HashSet::new();
                let skills = skills
                    .into_iter()
                    .filter(|(name, _)| seen.insert(skill_key(name)))
                    .map(|(name, description)| Skill { name, description })
                    .collect();
                let ws = Workspace {
                    mentor: MentorProfile {
                        name,
                        capacity_hours_per_month: capacity,
                        default_session_minutes: minutes,
                        fallback: Default::default(),
                    },
                    next_id: 1,
                    mentees: Vec::new(),
                    store_token,
                    skills,
                    ..Default::default()
                };
                (ws, (mentees, skipped))
            },
        )
}

/// `ws` with the mentees of `parts`, their records' IDs handed out by `ids`.
fn build(mut ws: Workspace, (mentees, skipped): Parts, ids: &mut Ids) -> Workspace {
    for (mut mentee, sessions, feedback, (path_title, stages)) in mentees {
        mentee.id = ids.next::<MenteeId>(&mut ws);
        for goal in &mut mentee.goals {
            goal.id = ids.next::<GoalId>(&mut ws);
            for milestone in &mut goal.milestones {
                milestone.id = ids.next::<MilestoneId>(&mut ws);
            }
        }
        for series in &mut mentee.series {
            series.id = ids.next::<SeriesId>(&mut ws);
        }
        let goal_ids: Vec<GoalId> = mentee.goals.iter().map(|g| g.id.clone()).collect();
        let pick = |i: usize| goal_ids.get(i % goal_ids.len().max(1)).cloned();
        let series_ids: Vec<SeriesId> = mentee.series.iter().map(|r| r.id.clone()).collect();
        for (mut session, goals, slot) in sessions {
            session.id = ids.next::<SessionId>(&mut ws);
            session.goals = goals.into_iter().filter_map(pick).collect();
            session.series = slot.and_then(|(i, slot)| {
                let id = series_ids.get(i % series_ids.len().max(1))?.clone();
                Some(SeriesSlot { id, slot })
            });
            for action in &mut session.actions {
                action.id = ids.next::<ActionId>(&mut ws);
            }
            mentee.sessions.push(session);
        }
        for (mut note, goal) in feedback {
            note.id = ids.next::<FeedbackId>(&mut ws);
            note.goal = goal.and_then(pick);
            mentee.feedback.push(note);
        }
        for connection in &mut mentee.connections {
            connection.id = ids.next::<ConnectionId>(&mut ws);
        }
        mentee.path.title = path_title;
        for (mut stage, goals) in stages {
            stage.id = ids.next::<StageId>(&mut ws);
            stage.goals = goals.into_iter().filter_map(pick).collect();
            let mut seen = std::collections::HashSet::new();
            stage.goals.retain(|g| seen.insert(g.clone()));
            mentee.path.stages.push(stage);
        }
        ws.push_mentee(mentee);
    }
    // IDs of records deleted since are never handed out again.
    ws.next_id += skipped;
    ws
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Through a real store on disk: save, load, and save again gives the same bytes.
    #[test]
    fn what_a_store_saves_loads_back_equal(ws in workspace()) {
        prop_assert_eq!(ws.validate(), Ok(()));
        let (_guard, dir) = common::temp_dir();
        let path = dir.join("mentor.json");
        let (mut store, _) = Store::open(&path, &OpenOptions::default()).expect("create");
        store.save(&ws).expect("save");
        drop(store);
        let saved = std::fs::read(&path).expect("read");

        let loaded = load(&path).expect("load");
        prop_assert_eq!(&loaded.workspace, &ws);

        let (mut store, reopened) = Store::open(&path, &OpenOptions::default()).expect("reopen");
        prop_assert_eq!(&reopened, &ws);
        store.save(&reopened).expect("save again");
        prop_assert!(std::fs::read(&path).expect("read") == saved, "the layout is not stable");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// The same in memory, for many more cases.
    #[test]
    fn serialize_then_parse_is_the_identity(ws in workspace()) {
        let bytes = common::bytes_of(&ws);
        let parsed = format::parse(&bytes, Path::new("mem.json"), false).expect("parse");
        prop_assert_eq!(parsed.workspace, ws);
        prop_assert!(parsed.unknown.is_none());
    }
}

/// The generator reaches career paths: stages serving goals, with skills; levels; declared
/// skills.
#[test]
fn generated_workspaces_include_paths_levels_and_declared_skills() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = workspace();
    let (mut linked, mut skilled, mut levels, mut declared) = (0, 0, 0, 0);
    for _ in 0..64 {
        let ws = strategy
            .new_tree(&mut runner)
            .expect("a workspace")
            .current();
        assert_eq!(ws.validate(), Ok(()));
        let stages: Vec<_> = ws.mentees.iter().flat_map(|m| &m.path.stages).collect();
        linked += stages.iter().filter(|st| !st.goals.is_empty()).count();
        skilled += stages.iter().filter(|st| !st.skills.is_empty()).count();
        levels += ws.mentees.iter().map(|m| m.skills.len()).sum::<usize>();
        declared += ws.skills.len();
    }
    assert!(
        linked > 10 && skilled > 10 && levels > 10 && declared > 10,
        "{linked} stages with goals, {skilled} with skills, {levels} levels, {declared} declared"
    );
}

/// The generator does reach what the properties are about: series, and sessions placed in them.
/// The generator reaches replicated stores: tagged IDs, two IDs with one number and different
/// tags (as a merge leaves them), conflicts of both kinds; and plain ones.
#[test]
fn generated_workspaces_include_replicated_ones_with_tagged_ids_and_conflicts() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = workspace();
    let (mut plain, mut replicated, mut tagged, mut shared, mut field, mut removed) =
        (0, 0, 0, 0, 0, 0);
    for _ in 0..128 {
        let ws = strategy
            .new_tree(&mut runner)
            .expect("a workspace")
            .current();
        assert_eq!(ws.validate(), Ok(()));
        if !ws.replicated {
            plain += 1;
            assert!(ws.conflicts.is_empty() && ws.tags_in_use().is_empty());
            continue;
        }
        replicated += 1;
        let goals: Vec<&GoalId> = ws
            .mentees
            .iter()
            .flat_map(|m| &m.goals)
            .map(|g| &g.id)
            .collect();
        tagged += goals.iter().filter(|g| g.tag().is_some()).count();
        let mut numbers = std::collections::HashMap::new();
        for m in &ws.mentees {
            for id in std::iter::once(m.id.as_str()).chain(m.goals.iter().map(|g| g.id.as_str())) {
                let n: String = id
                    .split('.')
                    .next()
                    .unwrap()
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect();
                *numbers.entry(n).or_insert(0) += 1;
            }
        }
        shared += numbers.values().filter(|&&c| c > 1).count();
        field += ws
            .conflicts
            .iter()
            .filter(|c| c.kind == ConflictKind::Field)
            .count();
        removed += ws
            .conflicts
            .iter()
            .filter(|c| c.kind == ConflictKind::Removed)
            .count();
    }
    assert!(
        plain > 10 && replicated > 10 && tagged > 10 && shared > 3 && field > 5 && removed > 5,
        "{plain} plain, {replicated} replicated, {tagged} tagged goals, {shared} shared numbers, \
         {field} field and {removed} removal conflicts"
    );
}

#[test]
fn generated_workspaces_include_series_and_sessions_placed_in_them() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = workspace();
    let (mut series, mut placed) = (0, 0);
    for _ in 0..64 {
        let ws = strategy
            .new_tree(&mut runner)
            .expect("a workspace")
            .current();
        assert_eq!(ws.validate(), Ok(()));
        series += ws.mentees.iter().map(|m| m.series.len()).sum::<usize>();
        placed += ws
            .mentees
            .iter()
            .flat_map(|m| &m.sessions)
            .filter(|s| s.series.is_some())
            .count();
    }
    assert!(
        series > 10 && placed > 10,
        "{series} series, {placed} sessions in one"
    );
}

// ---------------------------------------------------------------------------------------------
// Unknown fields from a newer minor version
// ---------------------------------------------------------------------------------------------

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The element of a JSON array of records with this `id`.
fn by_id<'a>(records: &'a Value, id: &str) -> &'a Value {
    records
        .as_array()
        .and_then(|a| a.iter().find(|r| r["id"] == id))
        .unwrap_or_else(|| panic!("no record {id} in {records}"))
}

/// Every unknown field of the fixture, with its value.
fn assert_unknown_fields_kept(doc: &Value) {
    assert_eq!(
        doc["sync"],
        json!({ "remote": "git@example.org:dana/mentoring.git", "revision": 42 })
    );
    assert_eq!(doc["mentor"]["timezone"], "Europe/Berlin");
    let alice = by_id(&doc["mentees"], "m1");
    assert_eq!(alice["pronouns"], "she/her");
    assert_eq!(alice["tags"], json!(["payments", { "colour": "teal" }]));
    assert_eq!(alice["agreement"]["review_date"], "2026-06-01");
    assert_eq!(alice["agreement"]["cadence"]["anchor_weekday"], "tuesday");
    let g2 = by_id(&alice["goals"], "g2");
    assert_eq!(g2["priority"], 1);
    assert_eq!(g2["metric"]["confidence"], 0.8);
    assert_eq!(by_id(&g2["milestones"], "ms3")["weight"], 0.25);
    assert_eq!(by_id(&alice["goals"], "g5")["priority"], 2);
    let s6 = by_id(&alice["sessions"], "s6");
    assert_eq!(s6["location"], json!({ "room": "4.12" }));
    assert_eq!(
        by_id(&s6["actions"], "a7")["reminder"],
        "2026-02-04T09:00:00+01:00"
    );
    assert_eq!(by_id(&alice["feedback"], "f8")["acknowledged"], true);
    assert_eq!(doc["version"], json!({ "major": 2, "minor": 7 }));
}

#[test]
fn unknown_fields_of_a_newer_minor_version_survive_an_edit_and_a_save() {
    let (_guard, dir) = common::temp_dir();
    let path = dir.join("mentor.json");
    std::fs::copy(fixture("unknown-fields-v2.7.json"), &path).expect("copy");
    let original: Value =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
    assert_unknown_fields_kept(&original);

    let (mut store, mut ws) = Store::open(&path, &OpenOptions::default()).expect("open");
    // Edit at several levels, and reorder goals: unknown fields follow their record's ID.
    ws.mentor.name = "Dana O.".into();
    ws.mentee_mut(0).name = "Alice B.".into();
    ws.mentee_mut(0).goals.reverse();
    let (m, g, k) = ws.find_milestone("ms3").expect("ms3");
    ws.mentee_mut(m).goals[g].milestones[k].done_on = Some(common::date(2026, 2, 10));
    ws.mentee_mut(0).sessions[0].actions[0].text = "Send the review checklist".into();
    let id = ConnectionId::from_number(ws.alloc_fresh());
    ws.mentee_mut(0).connections.push(Connection {
        id,
        kind: ConnectionKind::Event,
        title: "Design meetup".into(),
        who: String::new(),
        note: String::new(),
        status: ConnectionStatus::Suggested,
        date: None,
    });
    store.save(&ws).expect("save");

    let saved: Value = serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
    assert_unknown_fields_kept(&saved);
    // The edits are there too.
    assert_eq!(saved["mentor"]["name"], "Dana O.");
    let alice = by_id(&saved["mentees"], "m1");
    assert_eq!(alice["name"], "Alice B.");
    assert_eq!(alice["goals"][0]["id"], "g5");
    assert_eq!(alice["goals"][1]["id"], "g2");
    assert_eq!(
        by_id(&alice["goals"][1]["milestones"], "ms3")["done_on"],
        "2026-02-10"
    );
    assert_eq!(
        alice["sessions"][0]["actions"][0]["text"],
        "Send the review checklist"
    );
    assert_eq!(alice["connections"][0]["title"], "Design meetup");
    let loaded = load(&path).expect("load");
    assert_eq!(loaded.workspace, ws);
    assert_eq!(loaded.version.minor, 7);

    // A second save in the same session, and a save after reopening, keep them as well.
    ws.mentee_mut(0).aspirations = "Lead a team".into();
    store.save(&ws).expect("save again");
    drop(store);
    let (mut store, mut ws) = Store::open(&path, &OpenOptions::default()).expect("reopen");
    ws.mentee_mut(0).private_notes = "Ask about the meetup".into();
    store.save(&ws).expect("save after reopening");
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
    assert_unknown_fields_kept(&saved);
    assert_eq!(by_id(&saved["mentees"], "m1")["aspirations"], "Lead a team");
    assert_eq!(load(&path).expect("load").workspace, ws);
}

/// A 1.7 file (unknown fields of a minor version after 1.1) upgrades to 2.0 with every unknown
/// field kept and its IDs as they were.
#[test]
fn unknown_fields_of_a_1_x_file_survive_the_upgrade_to_2_0() {
    let (_guard, dir) = common::temp_dir();
    let path = dir.join("mentor.json");
    let text = std::fs::read_to_string(fixture("unknown-fields-v2.7.json")).expect("fixture");
    let old = text.replacen(r#""major": 2, "minor": 7"#, r#""major": 1, "minor": 7"#, 1);
    assert_ne!(old, text);
    std::fs::write(&path, &old).expect("write");
    let (mut store, ws) = Store::open(&path, &OpenOptions::default()).expect("open");
    store.save(&ws).expect("save");
    let mut saved: Value =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
    assert_eq!(saved["version"], json!({ "major": 2, "minor": 0 }));
    saved["version"] = json!({ "major": 2, "minor": 7 });
    assert_unknown_fields_kept(&saved);
    assert_eq!(load(&path).expect("load").workspace, ws);
}

/// Numbers that serde_json's default (fast, not always exact) float parser read back one unit in
/// the last place off, found by the property test above: saving and loading changed them until
/// the `float_roundtrip` feature was turned on.
#[test]
fn numbers_that_once_came_back_changed_round_trip_exactly() {
    let mut ws = common::sample_workspace();
    let (m, g) = ws.find_goal("g2").expect("g2");
    let values = [
        2.630_025_936_932_512_7e302,
        -941_950.566_316_996_5,
        0.1 + 0.2,
        1.0 / 3.0,
        f64::MAX,
        5e-324,
    ];
    for value in values {
        let metric = ws.mentee_mut(m).goals[g].metric.as_mut().expect("metric");
        metric.target = value;
        metric.current = Some(-value);
        ws.mentor.capacity_hours_per_month = Some(value.abs());
        let bytes = common::bytes_of(&ws);
        let parsed = format::parse(&bytes, Path::new("mem.json"), false).expect("parse");
        let back = &parsed.workspace.mentees[m].goals[g].metric;
        let back = back.as_ref().expect("metric");
        assert_eq!(back.target.to_bits(), value.to_bits(), "{value:e}");
        assert_eq!(back.current.map(f64::to_bits), Some((-value).to_bits()));
        assert_eq!(parsed.workspace, ws);
    }
}

/// A file large enough that its mentees are parsed on several threads (where the machine has
/// more than one core) loads in the file's order, and keeps unknown keys found in any mentee.
#[test]
fn a_large_file_loads_in_order_and_keeps_unknown_keys_of_any_mentee() {
    let today = common::today();
    let ws = mentor::generate::generate(mentor::generate::Size::Mentees(40), 7, today);
    let mut doc: Value = serde_json::from_slice(&common::bytes_of(&ws)).expect("json");
    assert!(common::bytes_of(&ws).len() > 1024 * 1024, "large enough");
    let mentees = doc["mentees"].as_array_mut().expect("mentees");
    mentees[3]["pronouns"] = json!("they/them");
    mentees[38]["goals"][0]["priority"] = json!(3);
    let (third, last_goal) = (
        mentees[3]["id"].clone(),
        mentees[38]["goals"][0]["id"].clone(),
    );
    let (_guard, dir) = common::temp_dir();
    let path = dir.join("mentor.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&doc).expect("bytes")).expect("write");

    assert_eq!(load(&path).expect("load").workspace, ws);
    let (mut store, mut opened) = Store::open(&path, &OpenOptions::default()).expect("open");
    assert_eq!(opened, ws);
    opened.mentee_mut(20).name = "Renamed".into();
    store.save(&opened).expect("save");
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
    assert_eq!(
        by_id(&saved["mentees"], third.as_str().expect("id"))["pronouns"],
        "they/them"
    );
    let goals = &saved["mentees"][38]["goals"];
    assert_eq!(by_id(goals, last_goal.as_str().expect("id"))["priority"], 3);
    assert_eq!(saved["mentees"][20]["name"], "Renamed");
}
