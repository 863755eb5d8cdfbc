//! Receiving, accepting and declining: what each does to the mentee's record.

use super::*;

#[test]
fn receiving_twice_adds_nothing_new_and_decided_entries_stay_decided() {
    let mut w = ws();
    let r = reply_of(&w, vec![topic("one"), topic("two")]);
    assert_eq!(receive(&mut w, &r), Ok(2));
    assert_eq!(receive(&mut w, &r), Ok(0));
    decide(&mut w, "r0000000000", false, "not now").unwrap();
    let before = w.clone();
    assert_eq!(receive(&mut w, &r), Ok(0));
    assert_eq!(w, before);
    assert_eq!(w.mentees[0].inbox.len(), 1);
}

#[test]
fn accepting_makes_the_change_the_mentors_own_edit_makes() {
    let mut w = ws();
    let r = reply_of(
        &w,
        vec![
            What::Progress {
                goal: "g2".into(),
                value: 3.0,
            },
            What::Reflection {
                session: "s4".into(),
                text: "I learnt a lot".into(),
            },
            What::ActionDone {
                action: "a5".into(),
                on: day(4),
            },
            What::NewAction {
                text: "Book a room".into(),
                due: None,
            },
            topic("My slides"),
            What::Checkin {
                mood: 2,
                energy: 5,
                text: "tired".into(),
            },
            What::Closing {
                text: "thanks".into(),
            },
            What::MilestoneDone {
                milestone: "ms3".into(),
                on: day(9),
            },
        ],
    );
    receive(&mut w, &r).unwrap();
    let applied = Op::Reply(ReplyOp::AcceptAll(MenteeId::from_number(1)))
        .apply(&mut w, &ctx(6))
        .unwrap();
    assert_eq!(applied.count, 8);
    let ada = &w.mentees[0];
    assert!(ada.inbox.is_empty());
    assert_eq!(ada.goals[0].metric.as_ref().unwrap().current, Some(3.0));
    assert_eq!(ada.sessions[0].mentee_notes, "I learnt a lot");
    assert_eq!(ada.sessions[0].actions[0].done_on, Some(day(4)));
    let new = &ada.sessions[0].actions[2];
    assert_eq!(
        (new.text.as_str(), new.owner),
        ("Book a room", Owner::Mentee)
    );
    assert_eq!(new.id.as_str(), "a12", "the store gives the ID");
    assert_eq!(ada.sessions[1].agenda, "My slides");
    assert_eq!(
        (ada.sessions[1].mood, ada.sessions[1].energy),
        (Some(2), Some(5))
    );
    assert_eq!(
        ada.sessions[1].mentee_notes, "tired",
        "what is on their mind"
    );
    assert_eq!(ada.closing_reflection, "thanks");
    assert_eq!(
        ada.goals[0].milestones[0].done_on,
        Some(day(6)),
        "a day after today is today"
    );
    for r in [
        RecordRef::Goal(GoalId::from_number(2)),
        RecordRef::Action(ActionId::from_number(12)),
        RecordRef::Session(SessionId::from_number(4)),
    ] {
        assert!(from_mentee(ada, &r), "{r}");
    }
    assert!(!from_mentee(
        ada,
        &RecordRef::Action(ActionId::from_number(6))
    ));
    // The mentor sets the value again themselves: it is theirs now, not the mentee's.
    let mut changed = (**ada).clone();
    if let Some(x) = changed.goals[0].metric.as_mut() {
        x.current = Some(4.0);
    }
    changed.goals[0].milestones[0].done_on = None;
    assert!(!from_mentee(
        &changed,
        &RecordRef::Goal(GoalId::from_number(2))
    ));
    assert!(!from_mentee(
        &changed,
        &RecordRef::Milestone(MilestoneId::from_number(3))
    ));
    assert!(from_mentee(
        &changed,
        &RecordRef::Session(SessionId::from_number(4))
    ));
    let view = project(ada);
    assert_eq!(view.sessions[0].mentee_notes, "I learnt a lot");
    assert_eq!(view.closing_reflection, "thanks");
    assert_eq!(answers(ada).len(), 8);
    assert!(answers(ada).iter().all(|a| a.accepted));
}

#[test]
fn declining_changes_nothing_but_the_inbox_and_the_answer_says_why() {
    let mut w = ws();
    let r = reply_of(
        &w,
        vec![What::Progress {
            goal: "g2".into(),
            value: 4.0,
        }],
    );
    receive(&mut w, &r).unwrap();
    let before = w.clone();
    decide(&mut w, "r00", false, "let us check together").unwrap();
    let ada = &w.mentees[0];
    assert_eq!(ada.goals, before.mentees[0].goals);
    let a = &answers(ada)[0];
    assert_eq!((a.entry.as_str(), a.accepted), ("r0000000000", false));
    assert_eq!(a.reason, "let us check together");
    assert_eq!(
        decide(&mut w, "r00", true, ""),
        Err(OpError::Reply(ReplyError::NoEntry("r00".into())))
    );
    let two = reply_of(&w, vec![topic("a"), topic("b")]);
    let mut two = two;
    two.entries[0].id = "rabc0000001".into();
    two.entries[1].id = "rabc0000002".into();
    receive(&mut w, &two).unwrap();
    assert_eq!(
        decide(&mut w, "rabc", true, ""),
        Err(OpError::Reply(ReplyError::Ambiguous("rabc".into())))
    );
    assert!(decide(&mut w, "rabc0000001", false, "two\nlines").is_err());
}

#[test]
fn a_changed_record_makes_an_entry_stale_and_a_removed_one_unable_to_apply() {
    let mut w = ws();
    let r = reply_of(
        &w,
        vec![
            What::MilestoneDone {
                milestone: "ms3".into(),
                on: day(4),
            },
            What::Progress {
                goal: "g2".into(),
                value: 2.0,
            },
            topic("still fine"),
        ],
    );
    // The mentor renames the milestone and removes the goal's metric after sharing.
    w.mentee_mut(0).goals[0].milestones[0].title = "First real talk".into();
    w.mentee_mut(0).goals[0].metric = None;
    receive(&mut w, &r).unwrap();
    let states: Vec<State> = inbox(&w.mentees[0], day(6))
        .into_iter()
        .map(|a| a.state)
        .collect();
    assert!(matches!(states[0], State::Stale(_)), "{states:?}");
    assert!(matches!(states[1], State::Refused(_)), "{states:?}");
    assert_eq!(states[2], State::New);
    let all = Op::Reply(ReplyOp::AcceptAll(MenteeId::from_number(1)))
        .apply(&mut w, &ctx(6))
        .unwrap();
    assert_eq!(all.count, 1, "only the entry that is still new");
    assert_eq!(w.mentees[0].inbox.len(), 2);
    assert!(w.mentees[0].goals[0].milestones[0].done_on.is_none());
    // Named on purpose, the stale entry is accepted; the one that cannot apply is only declined.
    decide(&mut w, "r0000000000", true, "").unwrap();
    assert_eq!(w.mentees[0].goals[0].milestones[0].done_on, Some(day(4)));
    assert!(matches!(
        decide(&mut w, "r0000000001", true, ""),
        Err(OpError::Reply(ReplyError::CannotApply { .. }))
    ));
    decide(&mut w, "r0000000001", false, "").unwrap();
    assert!(w.mentees[0].inbox.is_empty());
}

#[test]
fn a_topic_waits_for_a_planned_session() {
    let mut w = ws();
    w.mentee_mut(0).sessions.truncate(1);
    let r = reply_of(&w, vec![topic("next time")]);
    receive(&mut w, &r).unwrap();
    let a = assess(&w.mentees[0], &w.mentees[0].inbox[0], day(6));
    assert!(matches!(a.state, State::Refused(_)));
    assert!(decide(&mut w, "r0000000000", true, "").is_err());
}

#[test]
fn sharing_keeps_the_key_a_mentee_has() {
    let mut w = ws();
    let share = |key: &str| {
        Op::Reply(ReplyOp::Share {
            mentee: MenteeId::from_number(1),
            key: key.into(),
            path: "elsewhere.json".into(),
            at: at(7),
        })
    };
    share("qqqqqqqqqqqqqqqqqqqqqqqqqq")
        .apply(&mut w, &ctx(7))
        .unwrap();
    let s = w.mentees[0].shared.clone().unwrap();
    assert_eq!((s.key.as_str(), s.path.as_str()), (KEY, "elsewhere.json"));
    w.mentee_mut(1).shared = None;
    let bad = Op::Reply(ReplyOp::Share {
        mentee: MenteeId::from_number(8),
        key: "Not A Key".into(),
        path: "b.json".into(),
        at: at(7),
    });
    assert!(bad.apply(&mut w, &ctx(7)).is_err());
    share("qqqqqqqqqqqqqqqqqqqqqqqqqq")
        .apply(&mut w, &ctx(7))
        .unwrap();
    assert!(projection::reply_to(&w.mentees[1]).is_none());
    assert_eq!(projection::reply_to(&w.mentees[0]), Some(to_ada()));
}

#[test]
fn accept_all_takes_one_of_two_entries_reporting_one_action_done_and_leaves_the_other() {
    let mut w = ws();
    let done = |d: u32| What::ActionDone {
        action: "a5".into(),
        on: day(d),
    };
    let r = reply_of(&w, vec![done(3), done(4)]);
    receive(&mut w, &r).unwrap();
    let applied = Op::Reply(ReplyOp::AcceptAll(MenteeId::from_number(1)))
        .apply(&mut w, &ctx(6))
        .unwrap();
    assert_eq!(applied.count, 1);
    let ada = &w.mentees[0];
    assert_eq!(ada.sessions[0].actions[0].done_on, Some(day(3)));
    assert_eq!(ada.inbox.len(), 1, "the second waits, as a stale one does");
    assert_eq!(ada.replies.len(), 1);
}

#[test]
fn an_entry_decided_on_another_machine_and_back_in_the_inbox_after_a_sync_is_not_applied_again() {
    let mut w = ws();
    let new_action = What::NewAction {
        text: "Book a room".into(),
        due: None,
    };
    let r = reply_of(&w, vec![new_action, topic("My slides")]);
    receive(&mut w, &r).unwrap();
    let waiting = w.mentees[0].inbox.clone();
    Op::Reply(ReplyOp::AcceptAll(MenteeId::from_number(1)))
        .apply(&mut w, &ctx(6))
        .unwrap();
    let decided = w.clone();
    // What a merge with a machine that received the reply but decided nothing leaves.
    std::sync::Arc::make_mut(&mut w.mentees[0]).inbox = waiting;
    for e in reply::inbox(&w.mentees[0], day(6)) {
        assert!(
            matches!(e.state, State::Decided { accepted: true, .. }),
            "{e:?}"
        );
    }
    let again = Op::Reply(ReplyOp::AcceptAll(MenteeId::from_number(1)))
        .apply(&mut w, &ctx(6))
        .unwrap();
    assert_eq!(again.count, 0);
    decide(&mut w, "r0000000000", true, "").unwrap();
    decide(&mut w, "r0000000001", false, "").unwrap();
    assert!(w.mentees[0].inbox.is_empty());
    assert_eq!(
        w.mentees[0].sessions, decided.mentees[0].sessions,
        "nothing applied twice"
    );
    assert_eq!(w.mentees[0].replies, decided.mentees[0].replies);
}
