//! Workspaces built with the real operations, and their documents.

use crate::domain::ops::{Ctx, Op};
use crate::domain::schedule::Zone;
use crate::domain::*;
use chrono::{NaiveDate, TimeZone};
use serde_json::{Value, json};

pub fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
}

pub fn ctx() -> Ctx {
    let now = chrono_tz::Europe::Paris
        .from_local_datetime(&day(1).and_hms_opt(9, 0, 0).unwrap())
        .unwrap()
        .fixed_offset();
    Ctx {
        today: day(1),
        now,
        zone: Zone::Named(chrono_tz::Europe::Paris),
    }
}

pub fn run(ws: &mut Workspace, op: Op) -> ops::Applied {
    op.apply(ws, &ctx()).unwrap()
}

/// An empty workspace whose counter starts at 1.
pub fn empty() -> Workspace {
    Workspace {
        next_id: 1,
        ..Workspace::default()
    }
}

/// Adds a mentee named `name`; returns their ID.
pub fn add_mentee(ws: &mut Workspace, name: &str) -> MenteeId {
    let m = Mentee::new(MenteeId::from_number(0), name, day(1));
    let applied = run(ws, Op::AddMentee(Box::new(m)));
    match applied.created {
        Some(RecordRef::Mentee(id)) => id,
        other => panic!("no mentee made: {other:?}"),
    }
}

/// Adds a goal titled `title` to `mentee`; returns its ID.
pub fn add_goal(ws: &mut Workspace, mentee: &MenteeId, title: &str) -> GoalId {
    let goal = Box::new(Goal::new(GoalId::from_number(0), title, day(1)));
    let applied = run(
        ws,
        Op::AddGoal {
            mentee: mentee.clone(),
            goal,
        },
    );
    match applied.created {
        Some(RecordRef::Goal(id)) => id,
        other => panic!("no goal made: {other:?}"),
    }
}

/// Adds a held session naming `goals`; returns its ID.
pub fn add_session(ws: &mut Workspace, mentee: &MenteeId, goals: &[GoalId]) -> SessionId {
    let mut s = Session::new(SessionId::from_number(0), ctx().now, SessionStatus::Held);
    s.goals = goals.to_vec();
    let applied = run(
        ws,
        Op::AddSession {
            mentee: mentee.clone(),
            session: Box::new(s),
        },
    );
    match applied.created {
        Some(RecordRef::Session(id)) => id,
        other => panic!("no session made: {other:?}"),
    }
}

/// Adds a feedback note, naming `goal` if given; returns its ID.
pub fn add_feedback(
    ws: &mut Workspace,
    mentee: &MenteeId,
    text: &str,
    goal: Option<GoalId>,
) -> FeedbackId {
    let f = Feedback {
        id: FeedbackId::from_number(0),
        date: day(1),
        kind: FeedbackKind::Observation,
        text: text.into(),
        goal,
        visibility: Visibility::default(),
    };
    let applied = run(
        ws,
        Op::AddFeedback {
            mentee: mentee.clone(),
            feedback: f,
        },
    );
    match applied.created {
        Some(RecordRef::Feedback(id)) => id,
        other => panic!("no feedback made: {other:?}"),
    }
}

/// Changes the title of goal `id`.
pub fn retitle(ws: &mut Workspace, id: &GoalId, title: &str) {
    let (mi, gi) = ws.find_goal(id.as_str()).unwrap();
    let mut g = ws.mentees[mi].goals[gi].clone();
    g.title = title.into();
    run(ws, Op::EditGoal(Box::new(g)));
}

/// The document of a store file holding `ws`, as the store writes it (the header, then every
/// field).
pub fn doc(ws: &Workspace) -> Value {
    let mut d = json!({
        "format": "mentor",
        "version": {"major": 1, "minor": 1},
        "kind": "workspace",
        "mentor": ws.mentor,
        "next_id": ws.next_id,
    });
    let o = d.as_object_mut().unwrap();
    if let Some(t) = &ws.store_token {
        o.insert("store_token".into(), json!(t));
    }
    if !ws.skills.is_empty() {
        o.insert("skills".into(), json!(ws.skills));
    }
    if ws.replicated {
        o.insert("replicated".into(), json!(true));
    }
    if !ws.conflicts.is_empty() {
        o.insert("conflicts".into(), json!(ws.conflicts));
    }
    o.insert("mentees".into(), json!(ws.mentees));
    d
}

/// The workspace a document holds, validated.
pub fn workspace(doc: &Value) -> Workspace {
    let field = |k: &str| doc.get(k).cloned().unwrap_or(Value::Null);
    let or_default = |v: Value| if v.is_null() { None } else { Some(v) };
    let ws = Workspace {
        mentor: serde_json::from_value(field("mentor")).unwrap(),
        next_id: field("next_id").as_u64().unwrap(),
        mentees: serde_json::from_value(or_default(field("mentees")).unwrap_or(json!([]))).unwrap(),
        store_token: field("store_token").as_str().map(str::to_string),
        skills: serde_json::from_value(or_default(field("skills")).unwrap_or(json!([]))).unwrap(),
        replicated: field("replicated").as_bool().unwrap_or(false),
        conflicts: serde_json::from_value(or_default(field("conflicts")).unwrap_or(json!([])))
            .unwrap(),
        replica: Default::default(),
    };
    ws.validate().unwrap();
    ws
}

/// A workspace with one mentee, Ada, holding goals "Speak" and "Write" and a session naming
/// both; returns it with Ada's ID and the goals' IDs.
pub fn ada() -> (Workspace, MenteeId, GoalId, GoalId) {
    let mut ws = empty();
    let m = add_mentee(&mut ws, "Ada");
    let g1 = add_goal(&mut ws, &m, "Speak");
    let g2 = add_goal(&mut ws, &m, "Write");
    add_session(&mut ws, &m, &[g1.clone(), g2.clone()]);
    (ws, m, g1, g2)
}

/// A copy of `ws` kept on another machine: replicated, drawing IDs tagged `tag`.
pub fn replica(ws: &Workspace, tag: &str) -> Workspace {
    let mut copy = ws.clone();
    copy.replicated = true;
    copy.replica = workspace::ReplicaTag(Some(tag.into()));
    copy
}
