//! Lookups and the invariants of a loaded workspace.

use super::*;
use crate::domain::{Goal, MenteeId, MentoringKind};
use chrono::NaiveDate;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn ws(names: &[&str]) -> Workspace {
    let mut ws = Workspace::default();
    for name in names {
        let id = MenteeId::from_number(ws.alloc().unwrap());
        ws.push_mentee(Mentee::new(id, *name, day()));
    }
    ws
}

#[test]
fn resolve_by_id_name_and_prefix() {
    let ws = ws(&["Alice", "Alina", "Bob"]);
    assert_eq!(ws.resolve_mentee("m3"), Ok(2));
    assert_eq!(ws.resolve_mentee("bob"), Ok(2));
    assert_eq!(ws.resolve_mentee("ALICE"), Ok(0));
    assert_eq!(ws.resolve_mentee("alin"), Ok(1));
    match ws.resolve_mentee("al") {
        Err(LookupError::Ambiguous { candidates, .. }) => {
            assert_eq!(candidates, vec!["Alice (m1)", "Alina (m2)"]);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        ws.resolve_mentee("zed"),
        Err(LookupError::NoMentee(_))
    ));
    assert!(matches!(
        ws.resolve_mentee(""),
        Err(LookupError::NoMentee(_))
    ));
}

#[test]
fn validate_finds_duplicates_dangling_refs_and_stale_counter() {
    let mut w = ws(&["Alice"]);
    assert_eq!(w.validate(), Ok(()));
    let g = crate::domain::GoalId::from_number(1);
    w.mentee_mut(0).goals.push(Goal::new(g, "dup", day()));
    let err = w.validate().unwrap_err();
    assert_eq!(err.path, "mentees[0].goals[0].id");
    assert!(err.message.contains("duplicate"));

    let mut w = ws(&["Alice"]);
    w.next_id = 1;
    assert_eq!(w.validate().unwrap_err().path, "next_id");

    let mut w = ws(&["Alice"]);
    w.mentee_mut(0).name = "  ".into();
    assert_eq!(w.validate().unwrap_err().path, "mentees[0].name");
    assert_eq!(
        parse_kebab::<MentoringKind>("Peer"),
        Some(MentoringKind::Peer)
    );
    assert_eq!(parse_kebab::<MentoringKind>("boss"), None);
}

#[test]
fn validate_checks_series_ids_and_the_slots_that_name_them() {
    use crate::domain::{
        Cadence, SeriesId, SeriesSlot, Session, SessionId, SessionStatus, session::Series,
    };
    let at = chrono::DateTime::parse_from_rfc3339("2027-03-15T10:00:00+01:00").unwrap();
    let series = |n: u64| Series {
        id: SeriesId::from_number(n),
        every: Cadence::parse("2w").unwrap(),
        first: at,
        count: 1,
        minutes: None,
    };
    let planned = |n: u64, slot: Option<u64>| {
        let mut s = Session::new(SessionId::from_number(n), at, SessionStatus::Planned);
        s.series = slot.map(|r| SeriesSlot {
            id: SeriesId::from_number(r),
            slot: at,
        });
        s
    };
    // Alice (m1) has series sr3 with session s4; Bob (m2) has a session outside any series.
    let good = || {
        let mut w = ws(&["Alice", "Bob"]);
        w.mentee_mut(0).series.push(series(3));
        w.mentee_mut(0).sessions.push(planned(4, Some(3)));
        w.mentee_mut(1).sessions.push(planned(5, None));
        w.next_id = 6;
        w
    };
    assert_eq!(good().validate(), Ok(()));
    assert_eq!(good().holder_of("sr3"), Some(0));

    // A slot naming a series that does not exist.
    let mut w = good();
    w.mentee_mut(0).sessions[0].series.as_mut().unwrap().id = SeriesId::from_number(99);
    let err = w.validate().unwrap_err();
    assert_eq!(err.path, "mentees[0].sessions[0].series.id");
    assert_eq!(
        err.message,
        "series \"sr99\" is not a series of this mentee"
    );
    // ... or a series of another mentee.
    let mut w = good();
    let slot = w.mentees[0].sessions[0].series.clone();
    w.mentee_mut(1).sessions[0].series = slot;
    assert_eq!(
        w.validate().unwrap_err().path,
        "mentees[1].sessions[0].series.id"
    );
    // A series ID of the wrong shape, or sharing its number with another record.
    let mut w = good();
    w.mentee_mut(0).series[0].id = SeriesId("series-3".into());
    w.mentee_mut(0).sessions[0].series = None;
    let err = w.validate().unwrap_err();
    assert_eq!(err.path, "mentees[0].series[0].id");
    assert!(err.message.contains("series ID \"series-3\""), "{err}");
    let mut w = good();
    w.mentee_mut(1).series.push(series(5));
    let err = w.validate().unwrap_err();
    assert_eq!(err.path, "mentees[1].series[0].id");
    assert!(err.message.contains("duplicate ID \"sr5\""), "{err}");
    // The counter must be past series IDs too.
    let mut w = good();
    w.mentee_mut(0).series.push(series(6));
    assert_eq!(w.validate().unwrap_err().path, "next_id");
}

#[test]
fn validate_names_each_record_kind_at_its_own_path_limits_first() {
    use crate::domain::feedback::{Connection, ConnectionKind, ConnectionStatus};
    use crate::domain::{
        ActionId, ActionItem, ConnectionId, Milestone, MilestoneId, Owner, Session, SessionId,
        SessionStatus,
    };
    let at = chrono::DateTime::parse_from_rfc3339("2027-03-15T10:00:00+01:00").unwrap();
    // Alice (m1): goal g2 with milestone k3, session s4 with action a5, connection c6.
    let good = || {
        let mut w = ws(&["Alice"]);
        let m = w.mentee_mut(0);
        let mut g = Goal::new(crate::domain::GoalId::from_number(2), "Speak", day());
        g.milestones
            .push(Milestone::new(MilestoneId::from_number(3), "Talk", None));
        m.goals.push(g);
        let mut s = Session::new(SessionId::from_number(4), at, SessionStatus::Held);
        s.actions.push(ActionItem {
            id: ActionId::from_number(5),
            text: "Draft".into(),
            owner: Owner::Mentee,
            due: None,
            done_on: None,
        });
        m.sessions.push(s);
        m.connections.push(Connection {
            id: ConnectionId::from_number(6),
            kind: ConnectionKind::Course,
            title: "Rust course".into(),
            who: String::new(),
            note: String::new(),
            status: ConnectionStatus::Suggested,
            date: None,
        });
        w.next_id = 7;
        w
    };
    assert_eq!(good().validate(), Ok(()));
    let refused = |change: &dyn Fn(&mut Workspace)| {
        let mut w = good();
        change(&mut w);
        w.validate().unwrap_err()
    };
    let e = refused(&|w| w.mentee_mut(0).goals[0].milestones[0].title = " ".into());
    assert_eq!(
        e.to_string(),
        "mentees[0].goals[0].milestones[0].title: title is empty"
    );
    let e = refused(&|w| w.mentee_mut(0).sessions[0].actions[0].text.clear());
    assert_eq!(
        e.to_string(),
        "mentees[0].sessions[0].actions[0].text: text is empty"
    );
    let e = refused(&|w| w.mentee_mut(0).connections[0].title.clear());
    assert_eq!(
        e.to_string(),
        "mentees[0].connections[0].title: title is empty"
    );
    let e = refused(&|w| w.mentee_mut(0).sessions[0].actions[0].id = ActionId("x5".into()));
    assert_eq!(
        e.to_string(),
        "mentees[0].sessions[0].actions[0].id: action ID \"x5\" does not have the expected shape"
    );
    let e = refused(&|w| w.mentor.capacity_hours_per_month = Some(-1.0));
    assert_eq!(e.path, "mentor.capacity_hours_per_month");
    // A session's length is checked before any ID, so a file with both faults names the length.
    let e = refused(&|w| {
        let m = w.mentee_mut(0);
        m.sessions[0].minutes = Some(0);
        m.goals[0].title.clear();
    });
    assert_eq!(e.path, "mentees[0].sessions[0].minutes");
    let e = refused(&|w| w.store_token = Some("no spaces".into()));
    assert_eq!(e.path, "store_token");
}
