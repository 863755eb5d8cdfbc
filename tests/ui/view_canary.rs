//! Promise 12 of docs/RELIABILITY.md: a mentee bundle, and the mentee's view on screen, hold that
//! mentee's shareable data and nothing else.
//!
//! Generated workspaces (2–4 mentees with goals, milestones, sessions with action items, feedback
//! of every kind and visibility, connections, a career path whose stage has a private note, skill
//! levels) carry a unique tag in every text field:
//! `QZ` + the mentee's letter (`A`–`D`) + `P` (private) or `S` (shared) + a counter in lower-case
//! letters. Seen as mentee `t`, only tags starting `QZ{t}S` may appear anywhere; every other tag
//! is a canary (a private field of `t`, or any field of another mentee). The mentor's capacity
//! (987.65 hours) and default session length (8761 minutes: no day count, year or time the view
//! shows can contain it; 173 could, as "overdue by 173 days") are canaries too. For every mentee,
//! nothing of that leaks into
//!
//! - (a) the bundle's bytes (`Bundle::of(..).to_bytes()`),
//! - (b) the plain-text plan (`mentor::cli::plan_text`, as `mentor view --print` prints it, in
//!   English and in Dutch),
//! - (c) the display workspace of `tui::view::display` (for the bundle, and for the workspace
//!   seen with `--mentee`), serialised,
//! - (d) any frame of the view: every tab, and every row of every list of every tab selected in
//!   turn (so each session's notes, each goal's milestones, each connection's note are drawn).
//!   and every page of the detail overlay (`Enter`) of the mentee and of every record so selected.
//!
//! The positive side is checked too, so the test cannot pass by showing nothing: every shared
//! feedback note, every session's shared notes and what the mentee wants more of in feedback (the
//! agreement's, issue 20) are in (a), (b), (c) and (d), and
//! the path's title and its stage's title, description and skill are in (a), (b) and (c).
//! No digits are used in tags or filler, so the numeric canaries cannot be hit by chance.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::view_common;

use crate::common::{screen, today};
use chrono::{Duration, FixedOffset, NaiveDate, TimeZone};
use mentor::app::action::ClosingAction;
use mentor::app::{Action, ListId, Popup, State, Tab, update, view};
use mentor::domain::fit::FeedbackPreference;
use mentor::domain::{
    ActionId, ActionItem, Cadence, CadenceUnit, Channel, Connection, ConnectionId, ConnectionKind,
    ConnectionStatus, Feedback, FeedbackId, FeedbackKind, Goal, GoalId, GoalStatus, Mentee,
    MenteeId, MenteeStatus, MentoringKind, Metric, Milestone, MilestoneId, Owner, Session,
    SessionId, SessionStatus, SkillLevel, Stage, StageId, StageStatus, Visibility, Workspace,
};
use mentor::store::bundle::Bundle;
use mentor::store::{CURRENT_VERSION, Loaded, Viewed};
use proptest::prelude::*;
use std::collections::BTreeSet;
use view_common::view_state;

const CAPACITY: f64 = 987.65;
const DEFAULT_MINUTES: u32 = 8761;
/// What may never be seen of the mentor's profile.
const NUMBER_CANARIES: [&str; 3] = ["987.65", "987", "8761"];
const MENTOR: &str = "Sam Rivera";
const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;

// ---------------------------------------------------------------------------------------------
// The shape of a generated workspace
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct GoalShape {
    status: usize,
    metric: Option<(u8, u8, Option<u8>)>,
    due: Option<i64>,
    skills: usize,
    milestones: Vec<(Option<i64>, bool)>,
}

#[derive(Debug, Clone)]
struct SessionShape {
    status: usize,
    day: i64,
    hour: u32,
    minutes: Option<u32>,
    channel: Option<usize>,
    touches_goal: bool,
    /// (owned by the mentee, due in days, done)
    actions: Vec<(bool, Option<i64>, bool)>,
}

#[derive(Debug, Clone)]
struct MenteeShape {
    kind: usize,
    status: usize,
    cadence: Option<(u32, usize)>,
    minutes: Option<u32>,
    goals: Vec<GoalShape>,
    sessions: Vec<SessionShape>,
    /// (kind, shared, days ago, about a goal)
    feedback: Vec<(usize, bool, i64, bool)>,
    /// (kind, status, date in days)
    connections: Vec<(usize, usize, Option<i64>)>,
}

fn goal_shape() -> impl Strategy<Value = GoalShape> {
    (
        0..4usize,
        proptest::option::of((0..5u8, 5..20u8, proptest::option::of(0..20u8))),
        proptest::option::of(-60..200i64),
        0..3usize,
        prop::collection::vec((proptest::option::of(-60..200i64), any::<bool>()), 0..4),
    )
        .prop_map(|(status, metric, due, skills, milestones)| GoalShape {
            status,
            metric,
            due,
            skills,
            milestones,
        })
}

fn session_shape() -> impl Strategy<Value = SessionShape> {
    (
        0..3usize,
        -200..60i64,
        8..18u32,
        proptest::option::of(20..90u32),
        proptest::option::of(0..5usize),
        any::<bool>(),
        prop::collection::vec(
            (
                any::<bool>(),
                proptest::option::of(-20..40i64),
                any::<bool>(),
            ),
            0..4,
        ),
    )
        .prop_map(
            |(status, day, hour, minutes, channel, touches_goal, actions)| SessionShape {
                status,
                day,
                hour,
                minutes,
                channel,
                touches_goal,
                actions,
            },
        )
}

fn mentee_shape() -> impl Strategy<Value = MenteeShape> {
    (
        (
            0..3usize,
            0..3usize,
            proptest::option::of((1..4u32, 0..3usize)),
            proptest::option::of(20..90u32),
        ),
        prop::collection::vec(goal_shape(), 0..4),
        prop::collection::vec(session_shape(), 1..4),
        prop::collection::vec((0..3usize, any::<bool>(), 0..300i64, any::<bool>()), 0..5),
        prop::collection::vec(
            (0..4usize, 0..2usize, proptest::option::of(-30..60i64)),
            0..3,
        ),
    )
        .prop_map(
            |((kind, status, cadence, minutes), goals, sessions, feedback, connections)| {
                MenteeShape {
                    kind,
                    status,
                    cadence,
                    minutes,
                    goals,
                    sessions,
                    feedback,
                    connections,
                }
            },
        )
}

// ---------------------------------------------------------------------------------------------
// Building the workspace, with a tag in every text field
// ---------------------------------------------------------------------------------------------

const WORDS: [&str; 12] = [
    "plan", "review", "team", "draft", "lead", "talk", "write", "ship", "learn", "coach", "meet",
    "grow",
];

/// Hands out tags and filler text, and remembers which tags are whose.
struct Tagger {
    counter: usize,
    seed: u64,
    /// Every tag handed out: (tag, mentee index, shared, what field).
    tags: Vec<(String, usize, bool, String)>,
}

impl Tagger {
    fn letters(mut n: usize) -> String {
        let mut out = Vec::new();
        for _ in 0..3 {
            out.push(b'a' + (n % 26) as u8);
            n /= 26;
        }
        out.reverse();
        String::from_utf8(out).expect("ascii")
    }

    /// A fresh text for field `what` of mentee `m`: its tag, then some words.
    fn text(&mut self, m: usize, shared: bool, what: &str) -> String {
        let tag = format!(
            "QZ{}{}{}",
            (b'A' + m as u8) as char,
            if shared { 'S' } else { 'P' },
            Self::letters(self.counter)
        );
        self.counter += 1;
        self.tags.push((tag.clone(), m, shared, what.to_string()));
        self.seed = self
            .seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let words = (self.seed >> 60) as usize % 4;
        let mut text = tag;
        for i in 0..words {
            text.push(' ');
            text.push_str(WORDS[((self.seed >> (8 * i + 8)) as usize) % WORDS.len()]);
        }
        text
    }
}

fn day(offset: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).expect("date") + Duration::days(offset)
}

const KINDS: [MentoringKind; 3] = [
    MentoringKind::Career,
    MentoringKind::Peer,
    MentoringKind::Life,
];
const STATUSES: [MenteeStatus; 3] = [
    MenteeStatus::Active,
    MenteeStatus::Paused,
    MenteeStatus::Concluded,
];
const GOAL_STATUSES: [GoalStatus; 4] = [
    GoalStatus::Draft,
    GoalStatus::Active,
    GoalStatus::Achieved,
    GoalStatus::Dropped,
];
const SESSION_STATUSES: [SessionStatus; 3] = [
    SessionStatus::Planned,
    SessionStatus::Held,
    SessionStatus::Cancelled,
];
const CHANNELS: [Channel; 5] = [
    Channel::InPerson,
    Channel::Video,
    Channel::Phone,
    Channel::Chat,
    Channel::Email,
];
const UNITS: [CadenceUnit; 3] = [CadenceUnit::Days, CadenceUnit::Weeks, CadenceUnit::Months];
const FEEDBACK_KINDS: [FeedbackKind; 3] = [
    FeedbackKind::Strength,
    FeedbackKind::Improvement,
    FeedbackKind::Observation,
];
const CONNECTION_KINDS: [ConnectionKind; 4] = [
    ConnectionKind::Introduction,
    ConnectionKind::Event,
    ConnectionKind::Course,
    ConnectionKind::Resource,
];
const CONNECTION_STATUSES: [ConnectionStatus; 2] =
    [ConnectionStatus::Suggested, ConnectionStatus::Done];

fn build(shapes: &[MenteeShape], seed: u64) -> (Workspace, Tagger) {
    let mut t = Tagger {
        counter: 0,
        seed,
        tags: Vec::new(),
    };
    let mut ws = Workspace::default();
    ws.mentor.name = MENTOR.into();
    ws.mentor.capacity_hours_per_month = Some(CAPACITY);
    ws.mentor.default_session_minutes = Some(DEFAULT_MINUTES);
    for (mi, shape) in shapes.iter().enumerate() {
        let id = MenteeId::from_number(ws.alloc_fresh());
        let mut m = Mentee::new(id, t.text(mi, true, "name"), day(-300));
        m.kind = KINDS[shape.kind];
        m.status = STATUSES[shape.status];
        if m.status == MenteeStatus::Concluded {
            m.ended_on = Some(day(-10));
        }
        m.aspirations = t.text(mi, true, "aspirations");
        m.private_notes = t.text(mi, false, "mentee private notes");
        // The closing note (its private side the mentor's alone) and the mentee's reflection.
        m.closing = Some(mentor::domain::closing::Closing {
            note: t.text(mi, true, "closing note"),
            private_note: t.text(mi, false, "closing private note"),
            written_on: day(-10),
        });
        m.closing_reflection = t.text(mi, true, "closing reflection");
        m.agreement.cadence = shape.cadence.map(|(every, unit)| Cadence {
            every,
            unit: UNITS[unit],
        });
        m.agreement.session_minutes = shape.minutes;
        m.agreement.channels = vec![CHANNELS[mi % 5]];
        m.agreement.response_time = t.text(mi, true, "response time");
        m.agreement.boundaries = t.text(mi, true, "boundaries");
        m.agreement.success_measures = t.text(mi, true, "success measures");
        m.agreement.ends_on = Some(day(400));
        // How the mentee prefers feedback is theirs (issue 20): shared, and shown to them.
        m.agreement.feedback_preferences = vec![FeedbackPreference::VALUES[mi % 6]];
        m.agreement.feedback_more_of = t.text(mi, true, "feedback more of");
        for g in &shape.goals {
            let gid = GoalId::from_number(ws.alloc_fresh());
            let mut goal = Goal::new(gid, t.text(mi, true, "goal title"), day(-100));
            goal.status = GOAL_STATUSES[g.status];
            if goal.status == GoalStatus::Achieved {
                goal.achieved_on = Some(day(-5));
            }
            goal.specific = t.text(mi, true, "goal specific");
            goal.metric = g.metric.map(|(baseline, target, current)| Metric {
                what: t.text(mi, true, "metric what"),
                baseline: f64::from(baseline),
                target: f64::from(target),
                current: current.map(f64::from),
                unit: t.text(mi, true, "metric unit"),
            });
            goal.criterion = t.text(mi, true, "goal criterion");
            goal.achievable = t.text(mi, true, "goal achievable");
            goal.relevant = t.text(mi, true, "goal relevant");
            goal.due = g.due.map(day);
            goal.skills = (0..g.skills).map(|_| t.text(mi, true, "skill")).collect();
            for (due, done) in &g.milestones {
                let mut k = Milestone::new(
                    MilestoneId::from_number(ws.alloc_fresh()),
                    t.text(mi, true, "milestone title"),
                    due.map(day),
                );
                k.done_on = done.then(|| day(-3));
                k.note = t.text(mi, true, "milestone note");
                goal.milestones.push(k);
            }
            m.goals.push(goal);
        }
        add_path(&mut ws, &mut m, &mut t, mi);
        for s in &shape.sessions {
            let at = FixedOffset::east_opt(3600)
                .expect("offset")
                .from_local_datetime(&day(s.day).and_hms_opt(s.hour, 15, 0).expect("time"))
                .single()
                .expect("moment");
            let mut session = Session::new(
                SessionId::from_number(ws.alloc_fresh()),
                at,
                SESSION_STATUSES[s.status],
            );
            session.minutes = s.minutes;
            session.channel = s.channel.map(|c| CHANNELS[c]);
            session.agenda = t.text(mi, true, "session agenda");
            session.shared_notes = t.text(mi, true, "session shared notes");
            session.private_notes = t.text(mi, false, "session private notes");
            if s.touches_goal
                && let Some(g) = m.goals.first()
            {
                session.goals.push(g.id.clone());
            }
            for (mentee_owns, due, done) in &s.actions {
                session.actions.push(ActionItem {
                    id: ActionId::from_number(ws.alloc_fresh()),
                    text: t.text(mi, true, "action item"),
                    owner: if *mentee_owns {
                        Owner::Mentee
                    } else {
                        Owner::Mentor
                    },
                    due: due.map(day),
                    done_on: done.then(|| day(-1)),
                });
            }
            m.sessions.push(session);
        }
        // At least one shared and one private note, whatever was generated.
        let mut feedback = shape.feedback.clone();
        feedback.push((mi % 3, true, 1, false));
        feedback.push(((mi + 1) % 3, false, 2, true));
        for (kind, shared, ago, about_goal) in feedback {
            let goal = if about_goal {
                m.goals.first().map(|g| g.id.clone())
            } else {
                None
            };
            m.feedback.push(Feedback {
                id: FeedbackId::from_number(ws.alloc_fresh()),
                date: day(-ago),
                kind: FEEDBACK_KINDS[kind],
                text: t.text(
                    mi,
                    shared,
                    if shared {
                        "shared feedback"
                    } else {
                        "private feedback"
                    },
                ),
                goal,
                visibility: if shared {
                    Visibility::Shared
                } else {
                    Visibility::Private
                },
            });
        }
        for (kind, status, date) in &shape.connections {
            m.connections.push(Connection {
                id: ConnectionId::from_number(ws.alloc_fresh()),
                kind: CONNECTION_KINDS[*kind],
                title: t.text(mi, true, "connection title"),
                who: t.text(mi, true, "connection who"),
                note: t.text(mi, true, "connection note"),
                status: CONNECTION_STATUSES[*status],
                date: date.map(day),
            });
        }
        ws.push_mentee(m);
    }
    // The conflicts a sync left are the mentor's: a value set aside (a private note, here) never
    // reaches a mentee.
    for (mi, m) in ws.mentees.clone().iter().enumerate() {
        let path: Vec<String> = ["mentees", m.id.as_str(), "private_notes"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        ws.conflicts.push(mentor::domain::conflict::Conflict {
            id: mentor::domain::conflict::conflict_id(&path),
            path,
            kind: mentor::domain::conflict::ConflictKind::Field,
            kept: m.private_notes.clone().into(),
            other: t.text(mi, false, "conflict other").into(),
            found_on: day(0),
        });
    }
    ws.validate().expect("the generated workspace is valid");
    assert!(
        ws.next_id < 100,
        "IDs stay below 100 so no ID can contain a number canary"
    );
    (ws, t)
}

/// A career path for mentee `mi`: a tagged title, one stage (tagged title, description and
/// skill, and a private note the mentee must never see) serving the first goal, and a level in
/// the stage's skill.
fn add_path(ws: &mut Workspace, m: &mut Mentee, t: &mut Tagger, mi: usize) {
    m.path.title = t.text(mi, true, "path title");
    let mut st = Stage::new(
        StageId::from_number(ws.alloc_fresh()),
        t.text(mi, true, "stage title"),
    );
    st.status = STAGE_STATUSES[mi % STAGE_STATUSES.len()];
    st.target = Some(day(200));
    st.description = t.text(mi, true, "stage description");
    st.private_notes = t.text(mi, false, "stage private notes");
    let skill = t.text(mi, true, "stage skill");
    st.skills.push(skill.clone());
    st.goals.extend(m.goals.first().map(|g| g.id.clone()));
    m.path.stages.push(st);
    m.skills.push(SkillLevel {
        skill,
        current: Some(2),
        target: Some(4),
    });
}

const STAGE_STATUSES: [StageStatus; 4] = [
    StageStatus::Open,
    StageStatus::InProgress,
    StageStatus::Done,
    StageStatus::Skipped,
];

/// The tags of mentee `viewer`'s path that a bundle and the display workspace must hold.
fn path_tags(tagger: &Tagger, viewer: usize) -> Vec<&str> {
    let shared = [
        "path title",
        "stage title",
        "stage description",
        "stage skill",
    ];
    tagger
        .tags
        .iter()
        .filter(|(_, m, _, what)| *m == viewer && shared.contains(&what.as_str()))
        .map(|(tag, ..)| tag.as_str())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Checking
// ---------------------------------------------------------------------------------------------

/// Every canary seen by mentee `viewer` in `text`, with the field it came from.
fn leaks(text: &str, viewer: usize, tagger: &Tagger) -> Vec<String> {
    let allowed = format!("QZ{}S", (b'A' + viewer as u8) as char);
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find("QZ") {
        let start = from + at;
        let rest = &text[start..];
        if !rest.starts_with(&allowed) {
            let tag: String = rest.chars().take(7).collect();
            let origin = tagger
                .tags
                .iter()
                .find(|(t, ..)| *t == tag)
                .map(|(_, m, shared, what)| {
                    format!(
                        "{what} of mentee {m} ({})",
                        if *shared { "shared" } else { "private" }
                    )
                })
                .unwrap_or_else(|| "a cut or unknown tag".into());
            found.push(format!("{tag:?}: {origin}"));
        }
        from = start + 2;
    }
    for number in NUMBER_CANARIES {
        if text.contains(number) {
            found.push(format!("the mentor's number {number}"));
        }
    }
    found
}

fn assert_clean(text: &str, viewer: usize, tagger: &Tagger, place: &str) {
    let found = leaks(text, viewer, tagger);
    assert!(
        found.is_empty(),
        "seen as mentee {viewer}, {place} shows what it must not:\n  {}\n--- {place} ---\n{text}",
        found.join("\n  ")
    );
}

/// The tags of mentee `viewer`'s closing note and closing reflection (shared with them).
fn closing_tags(tagger: &Tagger, viewer: usize) -> Vec<&str> {
    tagger
        .tags
        .iter()
        .filter(|(_, m, _, what)| {
            *m == viewer && (what == "closing note" || what == "closing reflection")
        })
        .map(|(tag, ..)| tag.as_str())
        .collect()
}

/// The tags that must be shown to mentee `viewer`: every shared feedback note, every
/// session's shared notes, and what they want more of in feedback (the agreement's, issue 20).
fn must_show(tagger: &Tagger, viewer: usize) -> Vec<&str> {
    tagger
        .tags
        .iter()
        .filter(|(_, m, shared, what)| {
            *m == viewer
                && *shared
                && (what == "shared feedback"
                    || what == "session shared notes"
                    || what == "feedback more of")
        })
        .map(|(tag, ..)| tag.as_str())
        .collect()
}

fn assert_shows(text: &str, tags: &[&str], place: &str) {
    let missing: Vec<&&str> = tags.iter().filter(|t| !text.contains(**t)).collect();
    assert!(
        missing.is_empty(),
        "{place} leaves out shared things {missing:?}:\n{text}"
    );
}

/// Every page of the detail overlay of the selected record of the focused list (`Enter`), then
/// closes it. Nothing when the list is empty.
fn overlay_pages(state: &mut State) -> Vec<String> {
    let mut pages = Vec::new();
    update(state, Action::Open);
    while let Some(Popup::Detail(d)) = &state.popup {
        let before = d.scroll;
        pages.push(screen::text(&screen::draw(state, WIDTH, HEIGHT)));
        update(state, Action::PageDown);
        if matches!(&state.popup, Some(Popup::Detail(d)) if d.scroll == before) {
            break;
        }
    }
    update(state, Action::Cancel);
    assert!(state.popup.is_none());
    pages
}

/// Every frame of the view of `state`: each tab, and on each tab every row of its first list
/// selected in turn, with every row of its second list selected in turn under it; and for every
/// record so selected (and the mentee), every page of its detail overlay.
fn frames(mut state: State) -> Vec<String> {
    frames_and_overlays(&mut state).0
}

/// The frames of [`frames`], and the overlay pages among them.
fn frames_and_overlays(state: &mut State) -> (Vec<String>, Vec<String>) {
    let mut out = Vec::new();
    let mut overlays = Vec::new();
    let mut shoot = |state: &mut State| {
        out.push(screen::text(&screen::draw(state, WIDTH, HEIGHT)));
        overlays.extend(overlay_pages(state));
    };
    let state = &mut *state;
    shoot(state);
    for tab in Tab::ALL {
        update(state, Action::ShowTab(tab));
        state.focus.0 = ListId::Mentees;
        shoot(state);
        let lists = tab.lists();
        let Some(&first) = lists.first() else {
            continue;
        };
        state.focus.0 = first;
        update(state, Action::Top);
        for row in 0..view::rows(state, first).len() {
            state.focus.0 = first;
            update(state, Action::Top);
            for _ in 0..row {
                update(state, Action::Down);
            }
            assert_eq!(state.selected(first), row);
            shoot(state);
            if let Some(&second) = lists.get(1) {
                state.focus.0 = second;
                update(state, Action::Top);
                // The first row too: its overlay is shot with it.
                shoot(state);
                for _ in 1..view::rows(state, second).len() {
                    update(state, Action::Down);
                    shoot(state);
                }
            }
        }
    }
    // The search over everything the view holds ("qz" starts every tagged text), every page.
    update(state, Action::OpenSearch);
    for c in "qz".chars() {
        update(state, Action::SearchEdit(mentor::app::TextEdit::Insert(c)));
    }
    let found = match &state.popup {
        Some(mentor::app::Popup::Search(s)) => s.found.hits.len(),
        _ => 0,
    };
    assert!(found > 0, "the search finds what the view shows");
    shoot(state);
    for _ in 0..found / 5 {
        update(state, Action::SearchMove(5));
        shoot(state);
    }
    update(state, Action::Cancel);
    // The closing review of the selected mentee (`w`; only a concluded one has it), every page.
    state.focus.0 = ListId::Mentees;
    update(state, Action::Closing(ClosingAction::Open));
    if let Some(Popup::Closing(_)) = &state.popup {
        loop {
            out.push(screen::text(&screen::draw(state, WIDTH, HEIGHT)));
            let before = match &state.popup {
                Some(Popup::Closing(open)) => open.scroll,
                _ => break,
            };
            update(state, Action::PageDown);
            if matches!(&state.popup, Some(Popup::Closing(open)) if open.scroll == before) {
                break;
            }
        }
        update(state, Action::Cancel);
    }
    out.extend(overlays.iter().cloned());
    (out, overlays)
}

fn check(shapes: &[MenteeShape], seed: u64) {
    let (ws, tagger) = build(shapes, seed);
    let now = FixedOffset::east_opt(3600)
        .expect("offset")
        .with_ymd_and_hms(2026, 11, 29, 9, 0, 0)
        .single()
        .expect("moment");
    for (viewer, mentee) in ws.mentees.iter().enumerate() {
        let shown = must_show(&tagger, viewer);
        assert!(shown.len() >= 2, "the fixture shares something");

        // (a) The bundle's bytes.
        let bundle = Bundle::of(&ws, viewer, now).expect("the mentee exists");
        let bytes = String::from_utf8(bundle.to_bytes()).expect("a bundle is UTF-8");
        assert_clean(&bytes, viewer, &tagger, "the bundle");
        assert_shows(&bytes, &shown, "the bundle");
        assert_shows(
            &bytes,
            &path_tags(&tagger, viewer),
            "the bundle's career path",
        );
        assert!(bytes.contains(MENTOR), "the bundle names the mentor");
        assert_shows(
            &bytes,
            &closing_tags(&tagger, viewer),
            "the bundle's closing",
        );

        // (b) The plain-text plan of the bundle.
        let plan = mentor::cli::plan_text(
            &bundle.mentee,
            &bundle.mentor,
            Some("2026-11-29 09:00"),
            today(),
        );
        assert_clean(&plan, viewer, &tagger, "the printed plan");
        assert_shows(&plan, &shown, "the printed plan");
        assert_shows(
            &plan,
            &path_tags(&tagger, viewer),
            "the printed plan's path",
        );
        // (b) again with the plan written in Dutch: its own words change, what it shows of the
        // mentee does not.
        let plan_nl = mentor::i18n::with_lang(mentor::i18n::Lang::Nl, || {
            mentor::cli::plan_text(
                &bundle.mentee,
                &bundle.mentor,
                Some("2026-11-29 09:00"),
                today(),
            )
        });
        assert!(plan_nl.contains("Mentoringplan van "), "{plan_nl}");
        assert_clean(&plan_nl, viewer, &tagger, "the printed plan in Dutch");
        assert_shows(&plan_nl, &shown, "the printed plan in Dutch");

        // (c) What the view displays, from the bundle and from the workspace seen as the mentee.
        let (from_bundle, bundle_info) =
            mentor::tui::view::display(Viewed::Bundle(Box::new(bundle.clone())), None, "b.json")
                .expect("a bundle displays");
        let loaded = Loaded {
            workspace: ws.clone(),
            version: CURRENT_VERSION,
        };
        let (as_mentee, mentee_info) =
            mentor::tui::view::display(Viewed::Workspace(loaded), Some(&mentee.id), "mentor.json")
                .expect("the workspace displays as the mentee");
        assert!(bundle_info.mentee_only && mentee_info.mentee_only);
        for (name, shown_ws) in [("bundle", &from_bundle), ("--mentee", &as_mentee)] {
            let json = mentor::store::format::serialize(shown_ws, None, CURRENT_VERSION);
            let json = String::from_utf8(json).expect("UTF-8");
            assert_clean(
                &json,
                viewer,
                &tagger,
                &format!("the {name} display workspace"),
            );
            assert_shows(&json, &shown, &format!("the {name} display workspace"));
            let path = path_tags(&tagger, viewer);
            assert_shows(
                &json,
                &path,
                &format!("the {name} display workspace's path"),
            );
            assert_eq!(shown_ws.mentor.capacity_hours_per_month, None);
            assert_eq!(shown_ws.mentor.default_session_minutes, None);
        }
        assert_eq!(
            from_bundle.mentees, as_mentee.mentees,
            "the bundle and the workspace seen as the mentee show the same plan"
        );

        // (d) Every frame of the view, as `mentor view --mentee` draws it, walking every tab and
        // every row; the bundle's view on each tab as well.
        let (all, overlays) =
            frames_and_overlays(&mut view_state(as_mentee, mentee_info, "mentor.json"));
        for frame in &all {
            assert_clean(frame, viewer, &tagger, "a frame of the --mentee view");
        }
        assert_shows(&all.concat(), &shown, "the frames of the --mentee view");
        if mentee.status == MenteeStatus::Concluded {
            // The closing review (`w`) shows the note and the reflection, never the private note.
            assert_shows(
                &all.concat(),
                &closing_tags(&tagger, viewer),
                "the closing review of the --mentee view",
            );
        }
        // The overlays alone show every shared note: they were opened, on every record.
        assert_shows(
            &overlays.concat(),
            &shown,
            "the detail overlays of the --mentee view",
        );
        let mut state = view_state(from_bundle, bundle_info, "b.json");
        for tab in Tab::ALL {
            update(&mut state, Action::ShowTab(tab));
            let frame = screen::text(&screen::draw(&state, WIDTH, HEIGHT));
            assert_clean(&frame, viewer, &tagger, "a frame of the bundle's view");
            assert!(frame.contains("read-only"), "{frame}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 48,
        max_shrink_iters: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn nothing_private_reaches_a_bundle_the_printed_plan_or_the_screen(
        shapes in prop::collection::vec(mentee_shape(), 2..=4),
        seed in any::<u64>(),
    ) {
        check(&shapes, seed);
    }
}

/// The tags themselves are told apart correctly (a test of the test).
#[test]
fn the_checker_sees_a_planted_leak() {
    let shapes: Vec<MenteeShape> = (0..2)
        .map(|_| MenteeShape {
            kind: 0,
            status: 0,
            cadence: None,
            minutes: None,
            goals: Vec::new(),
            sessions: vec![SessionShape {
                status: 1,
                day: -3,
                hour: 10,
                minutes: None,
                channel: None,
                touches_goal: false,
                actions: Vec::new(),
            }],
            feedback: Vec::new(),
            connections: Vec::new(),
        })
        .collect();
    let (ws, tagger) = build(&shapes, 7);
    let private = &ws.mentees[0].private_notes;
    let other = &ws.mentees[1].name;
    let own = &ws.mentees[0].name;
    assert!(own.starts_with("QZAS"), "{own}");
    assert!(leaks(own, 0, &tagger).is_empty());
    assert_eq!(leaks(private, 0, &tagger).len(), 1, "{private}");
    let stage_note = &ws.mentees[0].path.stages[0].private_notes;
    assert_eq!(leaks(stage_note, 0, &tagger).len(), 1, "{stage_note}");
    assert_eq!(leaks(other, 0, &tagger).len(), 1, "{other}");
    assert_eq!(leaks("capacity 987.65 h", 0, &tagger).len(), 2);
    let kinds: BTreeSet<String> = tagger.tags.iter().map(|t| t.3.clone()).collect();
    assert!(kinds.contains("session private notes") && kinds.contains("private feedback"));

    // The mentor's own (whole) view walked the same way does show private things: the walk
    // draws every session's notes and every feedback note, so a leak would be seen.
    let info = mentor::app::ViewInfo {
        title: "mentor.json".into(),
        ..Default::default()
    };
    let seen = frames(view_state(ws.clone(), info, "mentor.json")).concat();
    let found = leaks(&seen, 0, &tagger).join("\n");
    for what in [
        "session private notes of mentee 0",
        "private feedback of mentee 0",
        "name of mentee 1",
    ] {
        assert!(found.contains(what), "{what} not seen in:\n{found}");
    }
}

/// The mentor's own energy after a session is the mentor's: it never reaches the bundle or what
/// the view displays, while the mentee's own mood and energy do.
#[test]
fn the_mentors_energy_never_reaches_the_bundle_or_the_view() {
    let shapes: Vec<MenteeShape> = (0..2)
        .map(|_| MenteeShape {
            kind: 0,
            status: 0,
            cadence: None,
            minutes: None,
            goals: Vec::new(),
            sessions: vec![SessionShape {
                status: 1,
                day: -3,
                hour: 10,
                minutes: None,
                channel: None,
                touches_goal: false,
                actions: Vec::new(),
            }],
            feedback: Vec::new(),
            connections: Vec::new(),
        })
        .collect();
    let (mut ws, _) = build(&shapes, 11);
    for i in 0..ws.mentees.len() {
        for s in &mut ws.mentee_mut(i).sessions {
            (s.mood, s.energy, s.mentor_energy) = (Some(2), Some(4), Some(5));
        }
    }
    let now = FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 29, 9, 0, 0)
        .unwrap();
    let bundle = Bundle::of(&ws, 0, now).unwrap();
    let bytes = String::from_utf8(bundle.to_bytes()).unwrap();
    assert!(!bytes.contains("mentor_energy"), "{bytes}");
    assert!(bytes.contains("\"mood\": 2") && bytes.contains("\"energy\": 4"));
    let (shown, _) =
        mentor::tui::view::display(Viewed::Bundle(Box::new(bundle)), None, "b.json").unwrap();
    let s = &shown.mentees[0].sessions[0];
    assert_eq!(
        (s.mood, s.energy, s.mentor_energy),
        (Some(2), Some(4), None)
    );
    let json = mentor::store::format::serialize(&shown, None, CURRENT_VERSION);
    assert!(!String::from_utf8(json).unwrap().contains("mentor_energy"));
}
