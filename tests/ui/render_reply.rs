//! The mentee's replies on screen (issue 19), at 80x24: the mentor's Inbox (empty; with fresh and
//! stale entries, in English and Dutch; the reason being typed), the banner and tab-bar hint of
//! waiting replies, the mark of what came from the mentee; and the mentee's reply mode (the plan
//! with its keys and banner, a form with its preview, the pane of what was written and answered).

use crate::common::screen::{draw, text};
use crate::common::today;
use mentor::app::action::{Arrival, ReplyAction, Write};
use mentor::app::reply::ReplyMode;
use mentor::app::{Action, ListId, State, Tab, TextEdit, ViewInfo, update};
use mentor::demo::demo_workspace;
use mentor::domain::ops::{Op, ReplyOp};
use mentor::domain::projection::{AnswerView, project};
use mentor::domain::reply::{Entry, Reply, ReplyTo, What, seen_in};
use mentor::i18n::{Lang, with_lang};
use mentor::store::bundle::Bundle;

const STORE: &str = "/home/sam/.local/share/mentor/mentor.json";
const KEY: &str = "k7qxmk7qxmk7qxmk7qxmk7qxm2";
const REPLY: &str = "/home/alice/alice-moreau.mentor.reply.json";

fn act(state: &mut State, actions: impl IntoIterator<Item = Action>) {
    for action in actions {
        update(state, action);
    }
}

fn r(a: ReplyAction) -> Action {
    Action::Reply(a)
}

fn screen(state: &State) -> String {
    text(&draw(state, 80, 24))
}

/// The demo with Alice's plan shared.
fn shared() -> State {
    let mut s = State::new(demo_workspace(today()), today(), STORE);
    let ctx = mentor::app::edit::ops_ctx(&s);
    Op::Reply(ReplyOp::Share {
        mentee: s.ws.mentees[0].id.clone(),
        key: KEY.into(),
        path: "/home/sam/alice-moreau.mentor.json".into(),
        at: ctx.now,
    })
    .apply(&mut s.ws, &ctx)
    .unwrap();
    s
}

fn entry(s: &State, n: u32, what: What, stale: bool) -> Entry {
    let seen = if stale {
        "0000000000000000".into()
    } else {
        seen_in(&project(&s.ws.mentees[0]), &what).unwrap_or_default()
    };
    Entry {
        id: format!("r{n:010}"),
        written_at: mentor::app::edit::ops_ctx(s).now,
        what,
        seen,
    }
}

/// Alice's entries: a progress value, a reflection, a milestone done whose record changed since
/// the plan was shared (stale), and a topic.
fn entries(s: &State) -> Vec<Entry> {
    let a = &s.ws.mentees[0];
    let open = a.goals[0].milestones.iter().find(|k| !k.is_done()).unwrap();
    vec![
        entry(
            s,
            1,
            What::Progress {
                goal: a.goals[0].id.0.clone(),
                value: 2.0,
            },
            false,
        ),
        entry(
            s,
            2,
            What::Reflection {
                session: a.sessions[0].id.0.clone(),
                text: "The checklist helped: I led the first half of the review myself.".into(),
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
        entry(
            s,
            4,
            What::Topic {
                text: "How to say no to a second review".into(),
            },
            false,
        ),
    ]
}

/// The mentor's app with Alice's reply taken in.
fn with_replies() -> State {
    let mut s = shared();
    let reply = Reply {
        reply_to: ReplyTo {
            mentee: s.ws.mentees[0].id.0.clone(),
            key: KEY.into(),
        },
        entries: entries(&s),
    };
    act(
        &mut s,
        [r(ReplyAction::Arrived {
            replies: vec![Arrival {
                reply,
                path: "/home/sam/alice-moreau.mentor.reply.json".into(),
            }],
            unreadable: Vec::new(),
        })],
    );
    s.status = None;
    s
}

#[test]
fn the_header_and_the_tab_bar_say_replies_wait() {
    let s = with_replies();
    let shown = screen(&s);
    insta::assert_snapshot!("replies_waiting_80x24", shown);
    assert!(
        shown
            .lines()
            .next()
            .unwrap()
            .contains("4 replies waiting: I opens them")
    );
}

#[test]
fn the_overview_says_replies_wait() {
    let mut s = with_replies();
    act(&mut s, [Action::ShowTab(Tab::Overview)]);
    assert!(screen(&s).contains("4 replies wait: I"));
}

#[test]
fn an_empty_inbox() {
    let mut s = shared();
    act(&mut s, [r(ReplyAction::OpenInbox)]);
    insta::assert_snapshot!("inbox_empty_80x24", screen(&s));
}

#[test]
fn the_inbox_with_fresh_and_stale_entries() {
    let mut s = with_replies();
    act(&mut s, [r(ReplyAction::OpenInbox), r(ReplyAction::Move(2))]);
    let shown = screen(&s);
    insta::assert_snapshot!("inbox_entries_80x24", shown);
    assert!(shown.contains("[stale]"));
    assert!(shown.contains("now 1 reviews") || shown.contains("now"));
}

#[test]
fn the_inbox_in_dutch() {
    let mut s = with_replies();
    act(&mut s, [r(ReplyAction::OpenInbox), r(ReplyAction::Move(2))]);
    let shown = with_lang(Lang::Nl, || screen(&s));
    insta::assert_snapshot!("inbox_entries_nl_80x24", shown);
    assert!(shown.contains("[verouderd]"));
}

#[test]
fn declining_asks_for_the_reason_in_the_inbox() {
    let mut s = with_replies();
    act(&mut s, [r(ReplyAction::OpenInbox), r(ReplyAction::Decline)]);
    let typed: Vec<Action> = "Let us talk first"
        .chars()
        .map(|c| r(ReplyAction::ReasonEdit(TextEdit::Insert(c))))
        .collect();
    act(&mut s, typed);
    let shown = screen(&s);
    insta::assert_snapshot!("inbox_reason_80x24", shown);
    assert!(shown.contains("Reason (optional, Enter declines, Esc goes back): Let us talk first"));
}

#[test]
fn what_came_from_the_mentee_is_marked() {
    let mut s = with_replies();
    act(
        &mut s,
        [
            r(ReplyAction::OpenInbox),
            r(ReplyAction::Accept),
            Action::Cancel,
        ],
    );
    let shown = screen(&s);
    assert!(shown.contains("↩ Lead three"), "{shown}");
}

/// Reply mode on Alice's bundle, the reply file holding `entries`, the bundle `answers`.
fn replying(entries: Vec<Entry>, answers: Vec<AnswerView>) -> State {
    let base = shared();
    let b = Bundle::of(&base.ws, 0, mentor::app::edit::ops_ctx(&base).now).unwrap();
    let info = ViewInfo {
        title: "Alice Moreau's plan".into(),
        shared: Some("2026-11-29 09:00".into()),
        mentee_only: true,
        ..ViewInfo::default()
    };
    State::new(b.to_workspace(), today(), "alice-moreau.mentor.json")
        .replying(info, ReplyMode::new(REPLY, entries, answers))
}

#[test]
fn reply_mode_shows_the_plan_its_keys_and_what_waits() {
    let base = shared();
    let mut s = replying(entries(&base)[..2].to_vec(), Vec::new());
    act(
        &mut s,
        [
            Action::ShowTab(Tab::Sessions),
            Action::FocusPane(ListId::Sessions),
        ],
    );
    let shown = screen(&s);
    insta::assert_snapshot!("reply_mode_80x24", shown);
    assert!(shown.contains("2 written, not answered (m)"));
    let footer = shown.lines().last().unwrap();
    assert!(
        footer.contains("n notes on a session") && footer.contains("m your reply"),
        "{footer}"
    );
    assert!(shown.contains("reply mode, what you write goes to your reply file"));
}

#[test]
fn reply_mode_in_dutch() {
    let shown = with_lang(Lang::Nl, || {
        let mut s = replying(Vec::new(), Vec::new());
        act(
            &mut s,
            [
                Action::ShowTab(Tab::Goals),
                r(ReplyAction::Write(Write::Progress)),
            ],
        );
        act(
            &mut s,
            "2".chars().map(|c| Action::FormEdit(TextEdit::Insert(c))),
        );
        screen(&s)
    });
    insta::assert_snapshot!("reply_progress_form_nl_80x24", shown);
}

#[test]
fn a_reply_form_previews_the_value() {
    let mut s = replying(Vec::new(), Vec::new());
    act(
        &mut s,
        [
            Action::ShowTab(Tab::Goals),
            r(ReplyAction::Write(Write::Progress)),
        ],
    );
    act(
        &mut s,
        "2".chars().map(|c| Action::FormEdit(TextEdit::Insert(c))),
    );
    let shown = screen(&s);
    insta::assert_snapshot!("reply_progress_form_80x24", shown);
    assert!(shown.contains("→ 2 of 3 reviews (67%)"));
}

#[test]
fn the_reply_pane_shows_what_waits_and_the_answers() {
    let base = shared();
    let all = entries(&base);
    let answers = vec![
        AnswerView {
            entry: all[0].id.clone(),
            accepted: true,
            reason: String::new(),
            on: today(),
        },
        AnswerView {
            entry: all[3].id.clone(),
            accepted: false,
            reason: "Let us talk first".into(),
            on: today(),
        },
    ];
    let mut s = replying(all, answers);
    act(&mut s, [r(ReplyAction::ShowReply)]);
    let shown = screen(&s);
    insta::assert_snapshot!("reply_pane_80x24", shown);
    assert!(shown.contains("Not answered yet (2)"));
    assert!(shown.contains("\"Let us talk first\""));
}

#[test]
fn a_long_reason_shows_its_end_where_it_is_typed() {
    let mut s = with_replies();
    act(&mut s, [r(ReplyAction::OpenInbox), r(ReplyAction::Decline)]);
    let reason = "Let us look at it together first, at the next session, with the numbers";
    act(
        &mut s,
        reason
            .chars()
            .map(|c| r(ReplyAction::ReasonEdit(TextEdit::Insert(c)))),
    );
    let shown = screen(&s);
    let line = shown.lines().find(|l| l.contains("Reason (")).unwrap();
    assert!(
        line.contains("…") && line.contains("with the numbers"),
        "{line}"
    );
}
