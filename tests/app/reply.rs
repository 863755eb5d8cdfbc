//! The mentee's reply mode (issue 19): each key opens its form on the selected record (or says
//! what to select), a submitted form asks the shell to add the entry (the plan shown never
//! changes), the shell's answer closes the form or stands in it, the pane of what was written and
//! answered, and the bundle read again with new answers.

use crate::fixtures::run;
use crate::inbox::shared;
use mentor::app::action::{ReplyAction, Write};
use mentor::app::reply::{Look, ReplyMode, pane_lines};
use mentor::app::{Action, Effect, ListId, Popup, State, Tab, TextEdit, ViewInfo, view};
use mentor::domain::projection::AnswerView;
use mentor::domain::reply::{Entry, What};
use mentor::store::bundle::Bundle;

const REPLY: &str = "/home/alice/alice-moreau.mentor.reply.json";

fn r(a: ReplyAction) -> Action {
    Action::Reply(a)
}

fn w(what: Write) -> Action {
    r(ReplyAction::Write(what))
}

/// Alice's bundle, as `mentor share` writes it.
pub fn bundle() -> Bundle {
    let s = shared();
    let now = mentor::app::edit::ops_ctx(&s).now;
    Bundle::of(&s.ws, 0, now).unwrap()
}

/// Reply mode on Alice's bundle, with `entries` in the reply file and `answers` in the bundle.
pub fn replying(entries: Vec<Entry>, answers: Vec<AnswerView>) -> State {
    let b = bundle();
    let info = ViewInfo {
        title: "Alice Moreau's plan".into(),
        mentee_only: true,
        ..ViewInfo::default()
    };
    State::new(
        b.to_workspace(),
        crate::common::today(),
        "alice.mentor.json",
    )
    .replying(info, ReplyMode::new(REPLY, entries, answers))
}

fn typed(text: &str) -> Vec<Action> {
    text.chars()
        .map(|c| Action::FormEdit(TextEdit::Insert(c)))
        .collect()
}

fn form_title(s: &State) -> String {
    match &s.popup {
        Some(Popup::Form(f)) => f.title.clone(),
        other => panic!("no form open: {other:?}"),
    }
}

#[test]
fn a_reflection_goes_to_the_shell_and_the_plan_stays_as_it_was() {
    let mut s = replying(Vec::new(), Vec::new());
    let before = s.ws.clone();
    run(
        &mut s,
        [Action::ShowTab(Tab::Sessions), w(Write::Reflection)],
    );
    assert!(form_title(&s).starts_with("Your notes on the session of"));
    run(&mut s, typed("The checklist helped."));
    let effects = run(&mut s, [Action::FormSubmit]);
    let session = view::session(&s).unwrap().id.0.clone();
    assert_eq!(
        effects,
        vec![Effect::AddToReply {
            what: What::Reflection {
                session,
                text: "The checklist helped.".into()
            }
        }]
    );
    // The form waits for the shell's answer.
    assert!(matches!(s.popup, Some(Popup::Form(_))));
    assert_eq!(s.ws.mentees[0].sessions, before.mentees[0].sessions);
}

#[test]
fn the_shells_answer_closes_the_form_and_says_where_it_wrote() {
    let mut s = replying(Vec::new(), Vec::new());
    run(&mut s, [Action::ShowTab(Tab::Sessions), w(Write::Topic)]);
    run(&mut s, typed("Feedback on my talk"));
    run(&mut s, [Action::FormSubmit]);
    let e = crate::inbox::entry(
        &shared(),
        7,
        What::Topic {
            text: "Feedback on my talk".into(),
        },
        false,
    );
    run(
        &mut s,
        [r(ReplyAction::Written(Ok((vec![e], REPLY.into()))))],
    );
    assert!(s.popup.is_none());
    let said = &s.status.as_ref().unwrap().text;
    assert!(
        said.contains(REPLY) && said.contains("send that file"),
        "{said}"
    );
    assert_eq!(s.reply.as_ref().unwrap().entries.len(), 1);
    assert_eq!(s.reply.as_ref().unwrap().unanswered().len(), 1);
}

#[test]
fn a_refusal_of_the_shell_stands_in_the_form() {
    let mut s = replying(Vec::new(), Vec::new());
    run(&mut s, [w(Write::Topic)]);
    run(&mut s, typed("x"));
    run(&mut s, [Action::FormSubmit]);
    run(&mut s, [r(ReplyAction::Written(Err("disk full".into())))]);
    match &s.popup {
        Some(Popup::Form(f)) => assert_eq!(f.error.as_deref(), Some("disk full")),
        other => panic!("the form closed: {other:?}"),
    }
}

#[test]
fn progress_previews_where_the_value_stands_and_refuses_a_non_number() {
    let mut s = replying(Vec::new(), Vec::new());
    run(&mut s, [Action::ShowTab(Tab::Goals), w(Write::Progress)]);
    assert!(
        form_title(&s).contains("now 1 of 3 reviews (33%)"),
        "{}",
        form_title(&s)
    );
    run(&mut s, typed("2"));
    let Some(Popup::Form(f)) = &s.popup else {
        panic!("no form")
    };
    let preview = f.fields[0].preview(s.today, s.zone);
    assert_eq!(preview.as_deref(), Some("→ 2 of 3 reviews (67%)"));
    run(&mut s, [Action::FormEdit(TextEdit::Insert('x'))]);
    let effects = run(&mut s, [Action::FormSubmit]);
    assert!(effects.is_empty());
    let Some(Popup::Form(f)) = &s.popup else {
        panic!("no form")
    };
    assert!(f.fields[0].error.is_some());
}

#[test]
fn done_is_for_a_milestone_or_the_mentees_own_action_item() {
    let mut s = replying(Vec::new(), Vec::new());
    // On the goals themselves there is nothing to report done.
    run(&mut s, [Action::ShowTab(Tab::Goals), w(Write::Done)]);
    assert!(s.popup.is_none() && s.status.as_ref().unwrap().error);
    // An open milestone: the form, its date today, previewing a typed day.
    run(&mut s, [Action::FocusPane(ListId::Milestones)]);
    let open = s.ws.mentees[0].goals[0]
        .milestones
        .iter()
        .position(|k| !k.is_done())
        .unwrap();
    run(
        &mut s,
        [
            Action::SelectRow {
                list: ListId::Milestones,
                row: open,
            },
            w(Write::Done),
        ],
    );
    assert!(form_title(&s).starts_with("Milestone done:"));
    let effects = run(&mut s, [Action::FormSubmit]);
    assert!(matches!(
        &effects[..],
        [Effect::AddToReply { what: What::MilestoneDone { on, .. } }] if *on == s.today
    ));
    // The mentor's own action item is not the mentee's to report.
    let mut s = replying(Vec::new(), Vec::new());
    run(&mut s, [Action::ShowTab(Tab::Sessions)]);
    let mentors = |s: &State| {
        let session = view::session(s)?;
        let rows = view::rows(s, ListId::Actions);
        rows.iter()
            .position(|&i| session.actions[i].owner == mentor::domain::Owner::Mentor)
    };
    let sessions = view::rows(&s, ListId::Sessions).len();
    let row = (0..sessions)
        .find_map(|row| {
            run(
                &mut s,
                [Action::SelectRow {
                    list: ListId::Sessions,
                    row,
                }],
            );
            mentors(&s)
        })
        .unwrap();
    run(
        &mut s,
        [
            Action::SelectRow {
                list: ListId::Actions,
                row,
            },
            w(Write::Done),
        ],
    );
    assert!(s.popup.is_none());
    assert!(s.status.unwrap().text.contains("your mentor's"));
}

#[test]
fn a_checkin_needs_mood_and_energy() {
    let mut s = replying(Vec::new(), Vec::new());
    run(&mut s, [w(Write::Checkin), Action::FormSubmit]);
    assert!(form_title(&s).starts_with("Check-in"));
    let Some(Popup::Form(f)) = &s.popup else {
        panic!("no form")
    };
    assert!(f.fields[0].error.is_some());
    run(&mut s, typed("4"));
    run(&mut s, [Action::FormNextField]);
    run(&mut s, typed("3"));
    let effects = run(&mut s, [Action::FormSubmit]);
    assert_eq!(
        effects,
        vec![Effect::AddToReply {
            what: What::Checkin {
                mood: 4,
                energy: 3,
                text: String::new()
            }
        }]
    );
}

#[test]
fn new_action_and_closing_forms() {
    let mut s = replying(Vec::new(), Vec::new());
    run(&mut s, [w(Write::NewAction)]);
    run(&mut s, typed("Ask Priya to review"));
    run(&mut s, [Action::FormNextField]);
    run(&mut s, typed("2026-12-20"));
    let effects = run(&mut s, [Action::FormSubmit]);
    assert!(matches!(
        &effects[..],
        [Effect::AddToReply {
            what: What::NewAction { due: Some(_), .. }
        }]
    ));
    let mut s = replying(Vec::new(), Vec::new());
    run(&mut s, [w(Write::Closing)]);
    run(&mut s, typed("Thank you."));
    let effects = run(&mut s, [Action::FormSubmit]);
    assert!(matches!(
        &effects[..],
        [Effect::AddToReply {
            what: What::Closing { .. }
        }]
    ));
}

#[test]
fn reply_mode_changes_nothing_of_the_plan() {
    let mut s = replying(Vec::new(), Vec::new());
    let before = s.ws.clone();
    let effects = run(
        &mut s,
        [
            Action::Add,
            Action::ToggleDone,
            Action::Delete,
            Action::Undo,
        ],
    );
    assert!(effects.is_empty());
    assert_eq!(s.ws.mentees, before.mentees);
}

#[test]
fn writing_back_is_for_reply_mode_only() {
    let mut s = crate::fixtures::demo();
    run(&mut s, [w(Write::Topic)]);
    assert!(s.popup.is_none());
    assert!(s.status.unwrap().text.contains("mentor reply"));
}

#[test]
fn the_pane_shows_what_is_not_answered_and_the_answers() {
    let base = shared();
    let goal = base.ws.mentees[0].goals[0].id.0.clone();
    let a = crate::inbox::entry(&base, 1, What::Progress { goal, value: 2.0 }, false);
    let b = crate::inbox::entry(
        &base,
        2,
        What::Topic {
            text: "Talks".into(),
        },
        false,
    );
    let c = crate::inbox::entry(
        &base,
        3,
        What::Topic {
            text: "Books".into(),
        },
        false,
    );
    let answers = vec![
        AnswerView {
            entry: a.id.clone(),
            accepted: true,
            reason: String::new(),
            on: crate::common::today(),
        },
        AnswerView {
            entry: b.id.clone(),
            accepted: false,
            reason: "Next month".into(),
            on: crate::common::today(),
        },
        // An answer whose entry this reply does not hold, from a bundle changed by hand: its
        // words reach the terminal made safe.
        AnswerView {
            entry: "r\u{202e}evil".into(),
            accepted: false,
            reason: "later\u{1b}[2J".into(),
            on: crate::common::today(),
        },
    ];
    let mut s = replying(vec![a, b, c], answers);
    run(&mut s, [r(ReplyAction::ShowReply)]);
    assert!(matches!(s.popup, Some(Popup::ReplyPane(0))));
    let lines = pane_lines(&s);
    let text: Vec<&str> = lines.iter().map(|(t, _)| t.as_str()).collect();
    assert!(text.contains(&"Not answered yet (1)"), "{text:?}");
    assert!(text.iter().any(|l| l.starts_with("• topic: Books")));
    assert!(
        lines
            .iter()
            .any(|(t, l)| *l == Look::Accepted && t.contains("now at 2"))
    );
    assert!(
        lines
            .iter()
            .any(|(t, l)| *l == Look::Declined && t.contains("Reason: \"Next month\""))
    );
    assert!(
        lines
            .iter()
            .all(|(t, _)| !t.contains('\u{202e}') && !t.contains('\u{1b}')),
        "{lines:?}"
    );
    run(&mut s, [Action::Down, Action::Down, Action::Bottom]);
    assert!(matches!(s.popup, Some(Popup::ReplyPane(n)) if n == lines.len() - 1));
    run(&mut s, [Action::Cancel]);
    assert!(s.popup.is_none());
}

#[test]
fn the_bundle_read_again_brings_its_answers() {
    let base = shared();
    let e = crate::inbox::entry(
        &base,
        1,
        What::Topic {
            text: "Talks".into(),
        },
        false,
    );
    let mut s = replying(vec![e.clone()], Vec::new());
    assert_eq!(s.reply.as_ref().unwrap().unanswered().len(), 1);
    let answers = vec![AnswerView {
        entry: e.id,
        accepted: true,
        reason: String::new(),
        on: crate::common::today(),
    }];
    let ws = Box::new(s.ws.clone());
    run(
        &mut s,
        [r(ReplyAction::Reloaded {
            workspace: ws,
            answers,
            at: "10:00".into(),
        })],
    );
    assert!(s.reply.as_ref().unwrap().unanswered().is_empty());
    assert_eq!(s.view.as_ref().unwrap().updated.as_deref(), Some("10:00"));
}
