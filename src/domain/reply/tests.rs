//! The reply's rules, once: what an entry may be, what the mentee may add, what the mentor's
//! store receives, and what accepting and declining do.

use super::*;
use crate::domain::ids::*;
use crate::domain::ops::{Ctx, Op, OpError, ReplyOp};
use crate::domain::projection::{answers, project};
use crate::domain::schedule::Zone;
use crate::domain::*;
use chrono::TimeZone;

mod decide;
mod property;

pub(super) const KEY: &str = "abcdefghijklmnopqrstuvwxyz";

pub(super) fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
}

pub(super) fn at(d: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 3, d, 10, 0, 0)
        .unwrap()
}

pub(super) fn ctx(d: u32) -> Ctx {
    Ctx {
        today: day(d),
        now: at(d),
        zone: Zone::Named(chrono_tz::Europe::Paris),
    }
}

/// Ada (m1): goal g2 with a metric and milestone ms3; session s4 held on the 2nd with her action
/// a5 and the mentor's a6; session s7 planned on the 20th; shared with [`KEY`]. Bo (m8): goal g9,
/// session s10 with his action a11.
pub(super) fn ws() -> Workspace {
    let mut ws = Workspace::default();
    ws.mentor.name = "Sam".into();
    let mut ada = Mentee::new(MenteeId::from_number(1), "Ada", day(1));
    ada.private_notes = "private about Ada".into();
    let mut g = Goal::new(GoalId::from_number(2), "Speak", day(1));
    g.metric = Some(Metric {
        what: "talks".into(),
        baseline: 0.0,
        target: 4.0,
        current: Some(1.0),
        unit: "talks".into(),
    });
    g.milestones.push(Milestone::new(
        MilestoneId::from_number(3),
        "First talk",
        None,
    ));
    ada.goals.push(g);
    let mut s = Session::new(SessionId::from_number(4), at(2), SessionStatus::Held);
    for (n, owner) in [(5, Owner::Mentee), (6, Owner::Mentor)] {
        s.actions.push(ActionItem {
            id: ActionId::from_number(n),
            text: format!("action {n}"),
            owner,
            due: None,
            done_on: None,
        });
    }
    ada.sessions.push(s);
    ada.sessions.push(Session::new(
        SessionId::from_number(7),
        at(20),
        SessionStatus::Planned,
    ));
    ada.shared = Some(SharedBundle {
        key: KEY.into(),
        path: "ada.mentor.json".into(),
        at: at(3),
    });
    let mut bo = Mentee::new(MenteeId::from_number(8), "Bo", day(1));
    bo.goals
        .push(Goal::new(GoalId::from_number(9), "Lead", day(1)));
    let mut s = Session::new(SessionId::from_number(10), at(2), SessionStatus::Held);
    s.actions.push(ActionItem {
        id: ActionId::from_number(11),
        text: "Bo's".into(),
        owner: Owner::Mentee,
        due: None,
        done_on: None,
    });
    bo.sessions.push(s);
    ws.push_mentee(ada);
    ws.push_mentee(bo);
    ws.next_id = 12;
    ws
}

pub(super) fn to_ada() -> ReplyTo {
    ReplyTo {
        mentee: "m1".into(),
        key: KEY.into(),
    }
}

/// Ada's reply holding `whats`, each added through [`add`] against her bundle's view.
pub(super) fn reply_of(ws: &Workspace, whats: Vec<What>) -> Reply {
    let view = project(&ws.mentees[0]);
    let mut r = Reply {
        reply_to: to_ada(),
        entries: Vec::new(),
    };
    for (n, what) in whats.into_iter().enumerate() {
        add(&mut r, &view, what, format!("r00000000{n:02}"), at(5)).unwrap();
    }
    r
}

pub(super) fn receive(ws: &mut Workspace, r: &Reply) -> Result<usize, OpError> {
    Op::Reply(ReplyOp::Receive(Box::new(r.clone())))
        .apply(ws, &ctx(6))
        .map(|a| a.count)
}

pub(super) fn decide(
    ws: &mut Workspace,
    id: &str,
    accept: bool,
    reason: &str,
) -> Result<(), OpError> {
    Op::Reply(ReplyOp::Decide {
        mentee: MenteeId::from_number(1),
        entry: id.into(),
        accept,
        reason: reason.into(),
    })
    .apply(ws, &ctx(6))
    .map(drop)
}

pub(super) fn topic(text: &str) -> What {
    What::Topic { text: text.into() }
}

/// The entry of Ada's reply as JSON, changed by `edit`, read back.
fn read_entry(edit: impl FnOnce(&mut serde_json::Value)) -> Result<Entry, String> {
    let r = reply_of(&ws(), vec![topic("hello")]);
    let mut v = serde_json::to_value(&r.entries[0]).unwrap();
    edit(&mut v);
    serde_json::from_value::<Entry>(v).map_err(|e| e.to_string())
}

#[test]
fn every_kind_is_written_flat_and_read_back() {
    let w = ws();
    let whats = vec![
        What::Reflection {
            session: "s4".into(),
            text: "it went well\nreally".into(),
        },
        What::Progress {
            goal: "g2".into(),
            value: 2.0,
        },
        What::MilestoneDone {
            milestone: "ms3".into(),
            on: day(4),
        },
        What::ActionDone {
            action: "a5".into(),
            on: day(4),
        },
        What::NewAction {
            text: "Write it up".into(),
            due: Some(day(30)),
        },
        topic("Feedback on my slides"),
        What::Checkin {
            mood: 3,
            energy: 4,
            text: String::new(),
        },
        What::Closing {
            text: "thank you".into(),
        },
    ];
    let r = reply_of(&w, whats);
    let json = serde_json::to_string(&r).unwrap();
    assert!(
        json.contains(r#""kind":"milestone_done","milestone":"ms3","on":"2026-03-04""#),
        "{json}"
    );
    assert!(
        !json.contains(r#""text":"""#),
        "an empty check-in text is left out: {json}"
    );
    let back: Reply = serde_json::from_str(&json).unwrap();
    assert_eq!(back, r);
    assert!(r.entries[0].seen.len() == 16 && r.entries[4].seen.is_empty());
}

#[test]
fn an_entry_reaches_no_field_outside_its_kind() {
    // A private field, the mentor's profile, another field: no key of any kind (the reply
    // file's reader refuses them: tests/store/reply.rs).
    for key in [
        "private_notes",
        "mentor",
        "capacity_hours_per_month",
        "mentee",
        "owner",
    ] {
        assert!(!ENTRY_KEYS.contains(&key), "{key}");
    }
    // A key of another kind: a topic that names an action.
    let e = read_entry(|v| v["action"] = "a6".into()).unwrap_err();
    assert!(e.contains("may not have \"action\""), "{e}");
    // A kind that is not in the list.
    let e = read_entry(|v| v["kind"] = "profile".into()).unwrap_err();
    assert!(e.contains("reply entry of kind \"profile\""), "{e}");
    let e = read_entry(|v| {
        v["kind"] = "progress".into();
        v.as_object_mut().unwrap().remove("text");
        v["goal"] = "g2".into();
    })
    .unwrap_err();
    assert!(e.contains("needs \"value\""), "{e}");
}

#[test]
fn a_new_record_gets_no_id_from_the_reply() {
    // The new action of a reply names no ID: one it brings is refused, as is an entry ID of the
    // store's shape.
    let e = read_entry(|v| {
        v["kind"] = "new_action".into();
        v["action"] = "a99".into();
    })
    .unwrap_err();
    assert!(e.contains("may not have \"action\""), "{e}");
    let mut r = reply_of(&ws(), vec![topic("x")]);
    r.entries[0].id = "a99".into();
    assert_eq!(
        check_entry(&r.entries[0]),
        Err(ReplyError::BadId("a99".into()))
    );
}

#[test]
fn the_mentee_adds_only_what_their_bundle_permits() {
    let w = ws();
    let view = project(&w.mentees[0]);
    let mut r = reply_of(&w, vec![]);
    let mut try_add = |what| add(&mut r, &view, what, "rzzzzzzzzzz".into(), at(5));
    let done = |id: &str| What::ActionDone {
        action: id.into(),
        on: day(4),
    };
    assert!(matches!(
        try_add(done("a6")),
        Err(ReplyError::NotOwnAction { .. })
    ));
    assert!(matches!(
        try_add(done("a11")),
        Err(ReplyError::NotInBundle { .. })
    ));
    let bo = What::Progress {
        goal: "g9".into(),
        value: 1.0,
    };
    assert!(matches!(try_add(bo), Err(ReplyError::NotInBundle { .. })));
    for bad in ["a\x1b[2Jb", "abc\u{202e}fed", "x\u{9b}y", "tab\there"] {
        assert!(
            matches!(try_add(topic(bad)), Err(ReplyError::UnsafeText { .. })),
            "{bad:?}"
        );
    }
    let long = "é".repeat(MAX_TEXT + 1);
    assert!(matches!(
        try_add(topic(&long)),
        Err(ReplyError::TextTooLong { .. })
    ));
    assert!(matches!(try_add(topic("  ")), Err(ReplyError::Blank(_))));
    let checkin = What::Checkin {
        mood: 6,
        energy: 3,
        text: String::new(),
    };
    assert!(matches!(
        try_add(checkin),
        Err(ReplyError::Level { value: 6, .. })
    ));
    assert!(try_add(topic(&"é".repeat(MAX_TEXT))).is_ok());
    assert!(matches!(
        super::done(&view, "s4", day(4)),
        Err(ReplyError::NoRecord(_))
    ));
    assert!(matches!(
        super::done(&view, "ms3", day(4)),
        Ok(What::MilestoneDone { .. })
    ));
}

/// Receiving `r` into `before` is the refusal `expected` and changes nothing.
fn refused(before: &Workspace, r: &Reply, expected: ReplyError) {
    let mut w = before.clone();
    assert_eq!(receive(&mut w, r), Err(OpError::Reply(expected)));
    assert_eq!(&w, before, "a refused reply changes nothing");
}

#[test]
fn a_reply_for_someone_else_or_naming_another_mentees_record_is_refused_whole() {
    let before = ws();
    let mut r = reply_of(&before, vec![topic("fine"), topic("also fine")]);
    r.reply_to.key = "zzzzzzzzzzzzzzzzzzzzzzzzzz".into();
    refused(&before, &r, ReplyError::Identity);
    r.reply_to = ReplyTo {
        mentee: "m8".into(),
        key: KEY.into(),
    };
    refused(&before, &r, ReplyError::Identity);
    let mut r = reply_of(&before, vec![topic("fine"), topic("also fine")]);
    r.entries[1].what = What::ActionDone {
        action: "a11".into(),
        on: day(4),
    };
    let other = ReplyError::OtherMentee {
        entry: r.entries[1].id.clone(),
        record: "a11".into(),
    };
    refused(&before, &r, other);
    let mut w = before.clone();
    r.entries[1].what = What::Reflection {
        session: "g2".into(),
        text: "x".into(),
    };
    let wrong = receive(&mut w, &r);
    assert!(
        matches!(wrong, Err(OpError::Reply(ReplyError::WrongRecord { .. }))),
        "{wrong:?}"
    );
    r.entries[1].what = topic("x\u{2067}y");
    let unsafe_text = receive(&mut w, &r);
    assert!(matches!(
        unsafe_text,
        Err(OpError::Reply(ReplyError::UnsafeText { .. }))
    ));
    r.entries[1] = r.entries[0].clone();
    refused(&before, &r, ReplyError::Duplicate(r.entries[0].id.clone()));
    assert_eq!(w, before);
    // A store that never shared Ada's plan knows no key for her.
    let mut unshared = before.clone();
    unshared.mentee_mut(0).shared = None;
    let r = reply_of(&before, vec![topic("fine")]);
    refused(&unshared, &r, ReplyError::Identity);
}
