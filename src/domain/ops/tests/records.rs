//! Sessions, concluding, removing, long texts and the counter: each rule once.

use super::*;

#[test]
fn holding_a_session_still_to_come_needs_saying_so() {
    let mut ws = ws();
    let s = SessionId::from_number(4);
    let hold = |future_ok| Op::SetSessionStatus {
        session: s.clone(),
        status: SessionStatus::Held,
        future_ok,
        notes: Some(" went well ".into()),
        private_notes: None,
        levels: Default::default(),
    };
    // The session is on the 1st; today is the 1st: not still to come.
    hold(false).apply(&mut ws, &ctx(1)).unwrap();
    let mut moved = ws.clone();
    let later = ctx(20).now;
    Op::MoveSession {
        session: s.clone(),
        at: later,
    }
    .apply(&mut moved, &ctx(1))
    .unwrap();
    assert_eq!(
        hold(false).apply(&mut moved, &ctx(1)),
        Err(OpError::StillToCome {
            id: s.clone(),
            date: day(20)
        })
    );
    hold(true).apply(&mut moved, &ctx(1)).unwrap();
    assert_eq!(
        moved.mentees[0].sessions[0].shared_notes,
        "went well\nwent well"
    );
}

#[test]
fn concluding_with_sessions_planned_needs_a_choice() {
    let mut ws = ws();
    Op::MoveSession {
        session: SessionId::from_number(4),
        at: ctx(20).now,
    }
    .apply(&mut ws, &ctx(1))
    .unwrap();
    let status = Op::SetSessionStatus {
        session: SessionId::from_number(4),
        status: SessionStatus::Planned,
        future_ok: false,
        notes: None,
        private_notes: None,
        levels: Default::default(),
    };
    status.apply(&mut ws, &ctx(1)).unwrap();
    let mut m = Mentee::clone(&ws.mentees[0]);
    m.status = MenteeStatus::Concluded;
    let conclude = |cancel| Op::EditMentee {
        mentee: Box::new(m.clone()),
        cancel_planned: cancel,
    };
    assert_eq!(
        conclude(None).apply(&mut ws, &ctx(2)),
        Err(OpError::PlannedSessions {
            mentee: "Ada".into(),
            planned: 1
        })
    );
    let done = conclude(Some(true)).apply(&mut ws, &ctx(2)).unwrap();
    assert_eq!(done.count, 1);
    assert_eq!(ws.mentees[0].sessions[0].status, SessionStatus::Cancelled);
    assert_eq!(ws.mentees[0].ended_on, Some(day(2)));
}

#[test]
fn removing_a_goal_drops_what_named_it_and_dispatches_by_kind() {
    let mut ws = ws();
    Op::Remove(RecordRef::Goal(GoalId::from_number(2)))
        .apply(&mut ws, &ctx(1))
        .unwrap();
    let m = &ws.mentees[0];
    assert!(m.goals.is_empty());
    assert!(m.sessions[0].goals.is_empty());
    // An ID of the wrong kind finds nothing, even where the number exists.
    let wrong = Op::Remove(RecordRef::Goal(GoalId::from_number(4)));
    assert!(matches!(
        wrong.apply(&mut ws, &ctx(1)),
        Err(OpError::Lookup(_))
    ));
    let removed = Op::Remove(RecordRef::Mentee(MenteeId::from_number(1)))
        .apply(&mut ws, &ctx(1))
        .unwrap();
    assert_eq!(removed.changed, Changed::Removed(0));
    assert!(ws.mentees.is_empty());
}

#[test]
fn long_texts_are_read_and_set_by_kind_and_texts_of_records_are_not_blank() {
    let mut ws = ws();
    let a = RecordRef::Action(crate::domain::ActionId::from_number(5));
    assert_eq!(long_text(&ws, &a).unwrap(), "Read");
    let blank = Op::SetText {
        target: a.clone(),
        text: " ".into(),
    };
    assert_eq!(
        blank.apply(&mut ws, &ctx(1)),
        Err(OpError::Blank(Field::Text))
    );
    let s = RecordRef::Session(SessionId::from_number(4));
    Op::SetText {
        target: s.clone(),
        text: "notes".into(),
    }
    .apply(&mut ws, &ctx(1))
    .unwrap();
    assert_eq!(long_text(&ws, &s).unwrap(), "notes");
}

#[test]
fn a_session_names_only_its_mentees_goals_and_progress_needs_a_metric() {
    let mut ws = ws();
    let mut s = ws.mentees[0].sessions[0].clone();
    s.goals = vec![GoalId::from_number(99)];
    assert_eq!(
        Op::EditSession(Box::new(s)).apply(&mut ws, &ctx(1)),
        Err(OpError::NotAGoal {
            goal: GoalId::from_number(99),
            mentee: "Ada".into()
        })
    );
    let progress = Op::GoalProgress {
        goal: GoalId::from_number(2),
        value: 3.0,
    };
    assert_eq!(
        progress.apply(&mut ws, &ctx(1)),
        Err(OpError::NoMetric(GoalId::from_number(2)))
    );
}

#[test]
fn an_exhausted_counter_refuses_an_add_and_changes_nothing() {
    let mut ws = ws();
    ws.next_id = u64::MAX;
    let before = ws.clone();
    let add = Op::AddAction {
        session: SessionId::from_number(4),
        action: action("More"),
    };
    assert_eq!(add.apply(&mut ws, &ctx(1)), Err(OpError::Ids(IdsExhausted)));
    assert_eq!(ws, before);
}

#[test]
fn a_session_keeps_to_storable_moments_and_its_action_items_have_text() {
    let mut ws = ws();
    let far = chrono::FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(9999, 12, 31, 23, 0, 0)
        .unwrap();
    let beyond = far + chrono::Duration::days(2);
    let s = SessionId::from_number(4);
    Op::MoveSession {
        session: s.clone(),
        at: far,
    }
    .apply(&mut ws, &ctx(1))
    .unwrap();
    assert_eq!(
        Op::MoveSession {
            session: s,
            at: beyond
        }
        .apply(&mut ws, &ctx(1)),
        Err(OpError::Schedule(ScheduleError::OutOfRange))
    );
    let mut new = Session::new(SessionId::from_number(0), ctx(1).now, SessionStatus::Held);
    new.actions.push(action("  "));
    let add = Op::AddSession {
        mentee: MenteeId::from_number(1),
        session: Box::new(new),
    };
    assert_eq!(
        add.apply(&mut ws, &ctx(1)),
        Err(OpError::Blank(Field::Text))
    );
}

#[test]
fn a_series_without_an_end_or_past_its_limits_is_refused() {
    let mut ws = ws();
    let mut m = Mentee::clone(&ws.mentees[0]);
    m.agreement.cadence = Some(Cadence {
        every: 1,
        unit: CadenceUnit::Weeks,
    });
    Op::EditMentee {
        mentee: Box::new(m),
        cancel_planned: None,
    }
    .apply(&mut ws, &ctx(1))
    .unwrap();
    let ada = MenteeId::from_number(1);
    let with = |count, until| {
        let mut p = plan();
        (p.count, p.until) = (count, until);
        Op::PlanSeries {
            mentee: ada.clone(),
            plan: p,
        }
    };
    let before = ws.clone();
    assert_eq!(
        with(Some(0), None).apply(&mut ws, &ctx(1)),
        Err(OpError::Schedule(ScheduleError::NoEnd))
    );
    assert_eq!(
        with(Some(500), None).apply(&mut ws, &ctx(1)),
        Err(OpError::Schedule(ScheduleError::TooMany))
    );
    assert_eq!(
        with(None, Some(day(2))).apply(&mut ws, &ctx(1)),
        Err(OpError::Schedule(ScheduleError::EndBeforeStart(day(2))))
    );
    assert_eq!(ws, before);
    // A count and an end date: whichever comes first.
    let done = with(Some(5), Some(day(22)))
        .apply(&mut ws, &ctx(1))
        .unwrap();
    assert_eq!(done.count, 3, "the 8th, the 15th and the 22nd");
}

#[test]
fn cancelling_a_series_cancels_only_its_planned_sessions_from_the_day_given() {
    let mut ws = ws();
    let ada = MenteeId::from_number(1);
    let mut p = plan();
    p.every = Some(Cadence {
        every: 1,
        unit: CadenceUnit::Weeks,
    });
    p.from = Some(day(2));
    p.count = Some(4);
    let planned = Op::PlanSeries {
        mentee: ada.clone(),
        plan: p,
    }
    .apply(&mut ws, &ctx(1))
    .unwrap();
    let Some(RecordRef::Series(series)) = planned.created else {
        panic!("no series");
    };
    // The series is on the 2nd, 9th, 16th and 23rd; the 9th was held.
    let in_series: Vec<SessionId> = ws.mentees[0]
        .sessions
        .iter()
        .filter(|s| s.series.is_some())
        .map(|s| s.id.clone())
        .collect();
    let k = ws.mentees[0]
        .sessions
        .iter()
        .position(|s| s.id == in_series[1])
        .unwrap();
    ws.mentee_mut(0).sessions[k].status = SessionStatus::Held;
    let before = ws.clone();
    let cancel = |from| Op::CancelSeries {
        series: series.clone(),
        from,
    };
    let applied = cancel(day(5)).apply(&mut ws, &ctx(5)).unwrap();
    assert_eq!(applied.count, 2, "the 16th and 23rd");
    let status = |ws: &Workspace, id: &SessionId| {
        ws.mentees[0]
            .sessions
            .iter()
            .find(|s| &s.id == id)
            .unwrap()
            .status
    };
    let got: Vec<SessionStatus> = in_series.iter().map(|id| status(&ws, id)).collect();
    assert_eq!(
        got,
        [
            SessionStatus::Planned,
            SessionStatus::Held,
            SessionStatus::Cancelled,
            SessionStatus::Cancelled
        ]
    );
    assert_eq!(
        status(&ws, &SessionId::from_number(4)),
        status(&before, &SessionId::from_number(4))
    );
    let again = cancel(day(5)).apply(&mut ws, &ctx(5)).unwrap();
    assert_eq!(again.count, 0, "nothing left to cancel");
    let unknown = Op::CancelSeries {
        series: crate::domain::ids::SeriesId::from_number(99),
        from: day(1),
    };
    assert!(matches!(
        unknown.apply(&mut ws, &ctx(5)),
        Err(OpError::Lookup(_))
    ));
}
