//! The mentor's Inbox of replies (issue 19): replies the shell found taken in (one undo step),
//! the Inbox (`I`) of the selected mentee, accepting, declining with a reason, accepting all that
//! are not stale, each one undo step; the look for replies after the store is read again.

use crate::common::today;
use crate::fixtures::{demo, run};
use mentor::app::action::{Arrival, ReplyAction};
use mentor::app::{Action, Effect, Popup, State, TextEdit, ViewInfo};
use mentor::domain::ops::{Op, ReplyOp};
use mentor::domain::projection::project;
use mentor::domain::reply::{Entry, Reply, ReplyTo, What, seen_in};

pub const KEY: &str = "k7qxmk7qxmk7qxmk7qxmk7qxm2";

fn r(a: ReplyAction) -> Action {
    Action::Reply(a)
}

/// The demo with Alice's plan shared (so she has a reply key).
pub fn shared() -> State {
    let mut s = demo();
    let ctx = mentor::app::edit::ops_ctx(&s);
    let id = s.ws.mentees[0].id.clone();
    Op::Reply(ReplyOp::Share {
        mentee: id,
        key: KEY.into(),
        path: "/tmp/alice-moreau.mentor.json".into(),
        at: ctx.now,
    })
    .apply(&mut s.ws, &ctx)
    .unwrap();
    s
}

/// An entry of Alice's reply saying `what`, as her bundle showed the record (or not: `stale`).
pub fn entry(s: &State, n: u32, what: What, stale: bool) -> Entry {
    let view = project(&s.ws.mentees[0]);
    let seen = if stale {
        "0000000000000000".to_string()
    } else {
        seen_in(&view, &what).unwrap_or_default()
    };
    Entry {
        id: format!("r{n:010}"),
        written_at: mentor::app::edit::ops_ctx(s).now,
        what,
        seen,
    }
}

/// Alice's reply: a progress value for her first goal, a reflection on her first session, and a
/// milestone reported done whose record changed since (stale).
pub fn reply(s: &State) -> Reply {
    let a = &s.ws.mentees[0];
    let goal = a.goals[0].id.0.clone();
    let session = a.sessions[0].id.0.clone();
    let open = a.goals[0].milestones.iter().find(|k| !k.is_done()).unwrap();
    let entries = vec![
        entry(s, 1, What::Progress { goal, value: 2.0 }, false),
        entry(
            s,
            2,
            What::Reflection {
                session,
                text: "The checklist helped.".into(),
            },
            false,
        ),
        entry(
            s,
            3,
            What::MilestoneDone {
                milestone: open.id.0.clone(),
                on: today(),
            },
            true,
        ),
    ];
    Reply {
        reply_to: ReplyTo {
            mentee: a.id.0.clone(),
            key: KEY.into(),
        },
        entries,
    }
}

fn arrived(reply: Reply) -> Action {
    r(ReplyAction::Arrived {
        replies: vec![Arrival {
            reply,
            path: "/tmp/alice-moreau.mentor.reply.json".into(),
        }],
        unreadable: Vec::new(),
    })
}

/// The demo with Alice's reply taken in and her Inbox open.
pub fn with_inbox() -> State {
    let mut s = shared();
    let reply = reply(&s);
    run(&mut s, [arrived(reply), r(ReplyAction::OpenInbox)]);
    s
}

fn selected(s: &State) -> usize {
    match &s.popup {
        Some(Popup::Inbox(open)) => open.selected,
        _ => panic!("the Inbox is not open"),
    }
}

#[test]
fn a_reply_that_arrives_waits_in_the_inbox_as_one_undo_step() {
    let mut s = shared();
    let reply = reply(&s);
    let effects = run(&mut s, [arrived(reply.clone())]);
    assert_eq!(effects, vec![Effect::Save]);
    assert_eq!(s.ws.mentees[0].inbox.len(), 3);
    let said = &s.status.as_ref().unwrap().text;
    assert!(
        said.contains("3 new entries") && said.contains("I opens"),
        "{said}"
    );
    // The same reply again adds nothing.
    run(&mut s, [arrived(reply)]);
    assert_eq!(s.ws.mentees[0].inbox.len(), 3);
    run(&mut s, [Action::Undo, Action::Undo]);
    assert!(s.ws.mentees[0].inbox.is_empty());
}

#[test]
fn a_reply_to_another_plan_is_refused_whole() {
    let mut s = shared();
    let mut reply = reply(&s);
    reply.reply_to.key = "someoneelsesomeoneelse0000".into();
    let effects = run(&mut s, [arrived(reply)]);
    assert!(effects.is_empty());
    assert!(s.ws.mentees[0].inbox.is_empty());
    let said = s.status.as_ref().unwrap();
    assert!(
        said.error && said.text.contains("was not taken in"),
        "{said:?}"
    );
}

#[test]
fn an_unreadable_reply_is_said() {
    let mut s = shared();
    run(
        &mut s,
        [r(ReplyAction::Arrived {
            replies: Vec::new(),
            unreadable: vec!["/tmp/x.reply.json: not JSON".into()],
        })],
    );
    let said = s.status.as_ref().unwrap();
    assert!(
        said.error && said.text.contains("/tmp/x.reply.json"),
        "{said:?}"
    );
}

#[test]
fn the_inbox_opens_on_the_selected_mentee_and_moves() {
    let mut s = with_inbox();
    match &s.popup {
        Some(Popup::Inbox(open)) => assert_eq!(open.mentee, s.ws.mentees[0].id),
        _ => panic!("the Inbox is not open"),
    }
    run(&mut s, [r(ReplyAction::Move(1)), r(ReplyAction::Move(5))]);
    assert_eq!(selected(&s), 2);
    run(&mut s, [r(ReplyAction::Move(-9))]);
    assert_eq!(selected(&s), 0);
    run(&mut s, [Action::Cancel]);
    assert!(s.popup.is_none());
}

#[test]
fn accepting_runs_the_edit_and_is_one_undo_step() {
    let mut s = with_inbox();
    let effects = run(&mut s, [r(ReplyAction::Accept)]);
    assert_eq!(effects, vec![Effect::Save]);
    let a = &s.ws.mentees[0];
    assert_eq!(a.goals[0].metric.as_ref().unwrap().current, Some(2.0));
    assert_eq!(a.inbox.len(), 2);
    assert!(a.replies[0].accepted);
    let said = &s.status.as_ref().unwrap().text;
    assert!(said.starts_with("accepted progress · goal"), "{said}");
    run(&mut s, [Action::Undo]);
    let a = &s.ws.mentees[0];
    assert_eq!(a.goals[0].metric.as_ref().unwrap().current, Some(1.0));
    assert_eq!((a.inbox.len(), a.replies.len()), (3, 0));
}

#[test]
fn declining_asks_for_a_reason_and_keeps_it() {
    let mut s = with_inbox();
    run(&mut s, [r(ReplyAction::Move(1)), r(ReplyAction::Decline)]);
    assert!(matches!(&s.popup, Some(Popup::Inbox(o)) if o.reason.is_some()));
    // Esc goes back to the Inbox, not out of it.
    run(&mut s, [Action::Cancel]);
    assert!(matches!(&s.popup, Some(Popup::Inbox(o)) if o.reason.is_none()));
    run(&mut s, [r(ReplyAction::Decline)]);
    let typed: Vec<Action> = "Not yet"
        .chars()
        .map(|c| r(ReplyAction::ReasonEdit(TextEdit::Insert(c))))
        .collect();
    run(&mut s, typed);
    let effects = run(&mut s, [r(ReplyAction::ReasonSubmit)]);
    assert_eq!(effects, vec![Effect::Save]);
    let a = &s.ws.mentees[0];
    let d = &a.replies[0];
    assert!(!d.accepted);
    assert_eq!(d.reason, "Not yet");
    assert!(a.sessions[0].mentee_notes.is_empty());
    assert_eq!(selected(&s), 1);
}

#[test]
fn accept_all_takes_the_fresh_entries_only_in_one_step() {
    let mut s = with_inbox();
    run(&mut s, [r(ReplyAction::AcceptAll)]);
    let a = &s.ws.mentees[0];
    assert_eq!(a.inbox.len(), 1, "the stale entry stays");
    assert!(matches!(a.inbox[0].what, What::MilestoneDone { .. }));
    assert_eq!(a.sessions[0].mentee_notes, "The checklist helped.");
    run(&mut s, [r(ReplyAction::AcceptAll)]);
    assert!(s.status.as_ref().unwrap().text.contains("one by one"));
    run(&mut s, [Action::Undo]);
    assert_eq!(s.ws.mentees[0].inbox.len(), 3);
    // The stale one is taken only on purpose.
    run(&mut s, [r(ReplyAction::Move(2)), r(ReplyAction::Accept)]);
    let a = &s.ws.mentees[0];
    assert_eq!(a.inbox.len(), 2);
    assert!(a.replies[0].accepted);
}

#[test]
fn the_inbox_is_the_mentors_not_the_views() {
    let mut s = with_inbox().viewing(ViewInfo::default());
    s.popup = None;
    run(&mut s, [r(ReplyAction::OpenInbox)]);
    assert!(s.popup.is_none());
    assert!(s.status.as_ref().unwrap().error);
    // Its key is not offered there either.
    let open = r(ReplyAction::OpenInbox);
    assert!(
        !mentor::app::keymap::active(&s)
            .iter()
            .any(|b| b.action == open)
    );
}

#[test]
fn deciding_is_refused_read_only() {
    let mut s = with_inbox().read_only(Some("another editor".into()));
    run(&mut s, [r(ReplyAction::Accept)]);
    assert_eq!(s.ws.mentees[0].inbox.len(), 3);
    assert!(s.status.unwrap().error);
}

#[test]
fn the_store_read_again_looks_for_replies() {
    let mut s = demo();
    let ws = Box::new(s.ws.clone());
    let effects = run(
        &mut s,
        [Action::Reloaded {
            workspace: ws,
            note: "reloaded".into(),
        }],
    );
    assert_eq!(effects, vec![Effect::LookForReplies]);
}

/// The shell's look for replies: a reply beside the shared bundle with entries the store does
/// not know is news; once they are known it is not; a reply that does not read is said; a
/// mentee never shared is not looked for.
#[test]
fn the_shell_finds_a_reply_beside_the_shared_bundle() {
    use mentor::tui::inbox::look;
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("alice-moreau.mentor.json");
    let mut s = shared();
    let ctx = mentor::app::edit::ops_ctx(&s);
    let id = s.ws.mentees[0].id.clone();
    Op::Reply(ReplyOp::Share {
        mentee: id,
        key: KEY.into(),
        path: bundle.display().to_string(),
        at: ctx.now,
    })
    .apply(&mut s.ws, &ctx)
    .unwrap();
    assert_eq!(look(&s.ws), None, "no reply yet");
    let path = mentor::store::reply::path_for(&bundle);
    mentor::store::reply::write(&path, &reply(&s)).unwrap();
    let Some(Action::Reply(ReplyAction::Arrived {
        replies,
        unreadable,
    })) = look(&s.ws)
    else {
        panic!("the reply was not found");
    };
    assert!(unreadable.is_empty());
    assert_eq!(replies.len(), 1);
    assert_eq!(replies[0].reply.entries.len(), 3);
    run(&mut s, [arrived(replies[0].reply.clone())]);
    assert_eq!(look(&s.ws), None, "nothing new once taken in");
    std::fs::write(&path, b"not a reply").unwrap();
    let Some(Action::Reply(ReplyAction::Arrived {
        replies,
        unreadable,
    })) = look(&s.ws)
    else {
        panic!("the unreadable reply was not said");
    };
    assert!(replies.is_empty());
    assert!(
        unreadable[0].contains("alice-moreau.reply.json"),
        "{unreadable:?}"
    );
}
