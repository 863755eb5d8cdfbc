//! Each operation's rule, once.

use super::*;
use crate::domain::{
    Agreement, Cadence, CadenceUnit, ConnectionKind, ConnectionStatus, GoalStatus, MenteeStatus,
    Owner,
};
use chrono::{NaiveTime, TimeZone};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
}

fn ctx(d: u32) -> Ctx {
    let zone = Zone::Named(chrono_tz::Europe::Paris);
    let now = chrono_tz::Europe::Paris
        .from_local_datetime(&day(d).and_hms_opt(9, 0, 0).unwrap())
        .unwrap()
        .fixed_offset();
    Ctx {
        today: day(d),
        now,
        zone,
    }
}

/// A workspace with one mentee, Ada (m1), with one goal (g2) holding one milestone (ms3), one
/// session (s4, on the 2nd) with one action item (a5), and one connection (c6).
fn ws() -> Workspace {
    let mut ws = Workspace::default();
    let c = ctx(1);
    let m = Mentee::new(MenteeId::from_number(0), "Ada", day(1));
    let run = |ws: &mut Workspace, op: Op| op.apply(ws, &c).unwrap();
    run(&mut ws, Op::AddMentee(Box::new(m)));
    let ada = MenteeId::from_number(1);
    let mut g = Goal::new(GoalId::from_number(0), "Speak", day(1));
    g.milestones
        .push(Milestone::new(MilestoneId::from_number(0), "Once", None));
    run(
        &mut ws,
        Op::AddGoal {
            mentee: ada.clone(),
            goal: Box::new(g),
        },
    );
    let mut s = Session::new(SessionId::from_number(0), c.now, SessionStatus::Held);
    s.actions.push(action("Read"));
    s.goals.push(GoalId::from_number(2));
    run(
        &mut ws,
        Op::AddSession {
            mentee: ada.clone(),
            session: Box::new(s),
        },
    );
    run(
        &mut ws,
        Op::AddConnection {
            mentee: ada,
            connection: connection("Meet Bo"),
        },
    );
    ws
}

fn action(text: &str) -> ActionItem {
    ActionItem {
        id: crate::domain::ActionId::from_number(0),
        text: text.into(),
        owner: Owner::Mentee,
        due: None,
        done_on: None,
    }
}

fn connection(title: &str) -> Connection {
    Connection {
        id: crate::domain::ConnectionId::from_number(0),
        kind: ConnectionKind::Introduction,
        title: title.into(),
        who: String::new(),
        note: String::new(),
        status: ConnectionStatus::Suggested,
        date: None,
    }
}

fn goal(ws: &Workspace) -> &Goal {
    &ws.mentees[0].goals[0]
}

#[test]
fn adds_hand_out_ids_from_the_counter_and_name_what_they_created() {
    let ws = ws();
    let m = &ws.mentees[0];
    assert_eq!(m.id.as_str(), "m1");
    assert_eq!(m.goals[0].id.as_str(), "g2");
    assert_eq!(m.goals[0].milestones[0].id.as_str(), "ms3");
    assert_eq!(m.sessions[0].id.as_str(), "s4");
    assert_eq!(m.sessions[0].actions[0].id.as_str(), "a5");
    assert_eq!(m.connections[0].id.as_str(), "c6");
    assert_eq!(ws.next_id, 7);
    let mut ws = ws;
    let done = Op::AddMilestone {
        goal: GoalId::from_number(2),
        milestone: Milestone::new(MilestoneId::from_number(0), "Twice", None),
    }
    .apply(&mut ws, &ctx(1))
    .unwrap();
    assert_eq!(
        done.created,
        Some(RecordRef::Milestone(MilestoneId::from_number(7)))
    );
    assert_eq!(done.changed, Changed::Mentee(0));
}

#[test]
fn achieving_keeps_the_first_day_and_reopening_clears_it() {
    let mut ws = ws();
    let g = GoalId::from_number(2);
    Op::AchieveGoal(g.clone()).apply(&mut ws, &ctx(3)).unwrap();
    assert_eq!(goal(&ws).status, GoalStatus::Achieved);
    assert_eq!(goal(&ws).achieved_on, Some(day(3)));
    // Achieved again, or edited while achieved: the day stays.
    Op::AchieveGoal(g.clone()).apply(&mut ws, &ctx(5)).unwrap();
    assert_eq!(goal(&ws).achieved_on, Some(day(3)));
    let mut edited = goal(&ws).clone();
    edited.title = "Speak up".into();
    edited.achieved_on = None;
    Op::EditGoal(Box::new(edited))
        .apply(&mut ws, &ctx(6))
        .unwrap();
    assert_eq!(goal(&ws).achieved_on, Some(day(3)));
    // Reopened: no day; achieved later: that day.
    Op::ReopenGoal(g.clone()).apply(&mut ws, &ctx(7)).unwrap();
    assert_eq!(
        (goal(&ws).status, goal(&ws).achieved_on),
        (GoalStatus::Active, None)
    );
    Op::AchieveGoal(g).apply(&mut ws, &ctx(8)).unwrap();
    assert_eq!(goal(&ws).achieved_on, Some(day(8)));
    // Edited to a status other than achieved: no day.
    let mut edited = goal(&ws).clone();
    edited.status = GoalStatus::Active;
    Op::EditGoal(Box::new(edited))
        .apply(&mut ws, &ctx(9))
        .unwrap();
    assert_eq!(goal(&ws).achieved_on, None);
}

#[test]
fn done_keeps_its_day_and_undone_clears_it_for_milestones_actions_and_connections() {
    let mut ws = ws();
    let targets = [
        RecordRef::Milestone(MilestoneId::from_number(3)),
        RecordRef::Action(crate::domain::ActionId::from_number(5)),
        RecordRef::Connection(crate::domain::ConnectionId::from_number(6)),
    ];
    let days = |ws: &Workspace| {
        let m = &ws.mentees[0];
        (
            m.goals[0].milestones[0].done_on,
            m.sessions[0].actions[0].done_on,
            m.connections[0].date,
            m.connections[0].status,
        )
    };
    for t in &targets {
        let set = Op::SetDone {
            target: t.clone(),
            done: true,
        };
        set.apply(&mut ws, &ctx(3)).unwrap();
    }
    let first = (
        Some(day(3)),
        Some(day(3)),
        Some(day(3)),
        ConnectionStatus::Done,
    );
    assert_eq!(days(&ws), first);
    for t in &targets {
        let set = Op::SetDone {
            target: t.clone(),
            done: true,
        };
        set.apply(&mut ws, &ctx(4)).unwrap();
    }
    assert_eq!(days(&ws), first, "done twice keeps the first day");
    for t in &targets {
        let set = Op::SetDone {
            target: t.clone(),
            done: false,
        };
        set.apply(&mut ws, &ctx(5)).unwrap();
    }
    // A connection suggested again keeps the date it was made.
    assert_eq!(
        days(&ws),
        (None, None, Some(day(3)), ConnectionStatus::Suggested)
    );
    let goal = Op::SetDone {
        target: RecordRef::Goal(GoalId::from_number(2)),
        done: true,
    };
    assert_eq!(
        goal.apply(&mut ws, &ctx(5)),
        Err(OpError::NotDoable("goal"))
    );
}

#[test]
fn mentee_names_are_unique_in_any_case_and_not_blank() {
    let mut ws = ws();
    let again = Mentee::new(MenteeId::from_number(0), " ada ", day(1));
    let before = ws.clone();
    assert_eq!(
        Op::AddMentee(Box::new(again)).apply(&mut ws, &ctx(1)),
        Err(OpError::NameTaken("ada".into()))
    );
    assert_eq!(
        ws, before,
        "a refused op changes nothing, the counter included"
    );
    let blank = Mentee::new(MenteeId::from_number(0), "  ", day(1));
    assert_eq!(
        Op::AddMentee(Box::new(blank)).apply(&mut ws, &ctx(1)),
        Err(OpError::Blank(Field::Name))
    );
    // A mentee may keep (or recase) their own name; not take another's.
    let mut ada = Mentee::clone(&ws.mentees[0]);
    ada.name = "ADA".into();
    Op::EditMentee {
        mentee: Box::new(ada),
        cancel_planned: None,
    }
    .apply(&mut ws, &ctx(1))
    .unwrap();
    let bo = Mentee::new(MenteeId::from_number(0), "Bo", day(1));
    Op::AddMentee(Box::new(bo)).apply(&mut ws, &ctx(1)).unwrap();
    let mut bo = Mentee::clone(&ws.mentees[1]);
    bo.name = "ada".into();
    let taken = Op::EditMentee {
        mentee: Box::new(bo),
        cancel_planned: None,
    };
    assert_eq!(
        taken.apply(&mut ws, &ctx(1)),
        Err(OpError::NameTaken("ada".into()))
    );
}

#[test]
fn adding_or_editing_a_mentee_over_capacity_warns() {
    let mut ws = ws();
    let mut p = ws.mentor.clone();
    p.capacity_hours_per_month = Some(1.0);
    let set = Op::SetProfile(p).apply(&mut ws, &ctx(1)).unwrap();
    assert_eq!(set.changed, Changed::Profile);
    assert!(set.warnings.is_empty(), "no cadence yet: no load");
    let mut m = Mentee::new(MenteeId::from_number(0), "Cy", day(1));
    m.agreement = Agreement {
        cadence: Some(Cadence {
            every: 1,
            unit: CadenceUnit::Weeks,
        }),
        session_minutes: Some(60),
        ..Agreement::default()
    };
    let added = Op::AddMentee(Box::new(m)).apply(&mut ws, &ctx(1)).unwrap();
    assert_eq!(added.changed, Changed::Added(1));
    assert!(matches!(
        added.warnings.as_slice(),
        [Warning::OverCapacity { capacity, .. }] if *capacity == 1.0
    ));
    let mut bad = ws.mentor.clone();
    bad.capacity_hours_per_month = Some(-1.0);
    assert!(matches!(
        Op::SetProfile(bad).apply(&mut ws, &ctx(1)),
        Err(OpError::OutOfRange(..))
    ));
}

pub(super) fn plan() -> SeriesPlan {
    SeriesPlan {
        from: None,
        time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        every: None,
        count: None,
        until: None,
        minutes: None,
        channel: None,
        agenda: String::new(),
    }
}

#[test]
fn a_series_takes_its_defaults_from_the_agreement() {
    let mut ws = ws();
    let ada = MenteeId::from_number(1);
    let op = || Op::PlanSeries {
        mentee: ada.clone(),
        plan: plan(),
    };
    assert_eq!(
        op().apply(&mut ws, &ctx(1)),
        Err(OpError::NoCadence("Ada".into()))
    );
    let mut m = Mentee::clone(&ws.mentees[0]);
    m.agreement.cadence = Some(Cadence {
        every: 1,
        unit: CadenceUnit::Weeks,
    });
    m.agreement.session_minutes = Some(45);
    Op::EditMentee {
        mentee: Box::new(m.clone()),
        cancel_planned: None,
    }
    .apply(&mut ws, &ctx(1))
    .unwrap();
    // No end: six sessions, from the check-in due (the last session was on the 1st).
    let done = op().apply(&mut ws, &ctx(1)).unwrap();
    assert_eq!(done.count, DEFAULT_COUNT as usize);
    let planned: Vec<_> = ws.mentees[0].sessions[1..].to_vec();
    assert_eq!(planned[0].date(), day(8));
    assert!(
        planned
            .iter()
            .all(|s| s.minutes == Some(45) && s.status == SessionStatus::Planned)
    );
    // Across the change to summer time on 29 March the hour stays 10:00 in the mentor's zone.
    assert!(
        planned
            .iter()
            .all(|s| s.at.format("%H:%M").to_string() == "10:00")
    );
    assert_ne!(planned[0].at.offset(), planned[5].at.offset());
    // With an agreement end date: up to it.
    m.agreement.ends_on = Some(day(22));
    m.sessions = ws.mentees[0].sessions.clone();
    m.series = ws.mentees[0].series.clone();
    Op::EditMentee {
        mentee: Box::new(m),
        cancel_planned: None,
    }
    .apply(&mut ws, &ctx(1))
    .unwrap();
    let mut until_end = plan();
    until_end.from = Some(day(9));
    let done = Op::PlanSeries {
        mentee: ada,
        plan: until_end,
    }
    .apply(&mut ws, &ctx(1))
    .unwrap();
    assert_eq!(
        done.count, 2,
        "the 9th and the 16th; the 23rd is past the end"
    );
}

mod path;
mod question;
mod records;
