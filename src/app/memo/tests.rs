use super::*;
use crate::domain::schedule::{AgendaAt, month_days};
use crate::generate::{Size, generate};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).expect("a date")
}

fn workspace() -> Workspace {
    generate(Size::Mentees(6), 3, today())
}

#[test]
fn the_same_workspace_gets_the_same_views_without_computing_them_again() {
    let ws = workspace();
    let memo = Memo::default();
    let a = memo.agenda(&ws, today(), 14);
    assert_eq!(*a, AgendaAt::of(&ws, today(), 14));
    assert!(Arc::ptr_eq(&a, &memo.agenda(&ws, today(), 14)));
    let m = memo.month(&ws, today(), today());
    assert_eq!(*m, month_days(&ws, today()));
    let later_that_month = NaiveDate::from_ymd_opt(2026, 11, 3).expect("a date");
    assert!(Arc::ptr_eq(&m, &memo.month(&ws, today(), later_that_month)));
    let c = memo.checkins(&ws, today());
    assert!(Arc::ptr_eq(&c, &memo.checkins(&ws, today())));
    let l = memo.load(&ws, today());
    assert!(Arc::ptr_eq(&l, &memo.load(&ws, today())));
    // A copy of the workspace shares its mentees: still the same views.
    let copy = ws.clone();
    assert!(Arc::ptr_eq(&a, &memo.agenda(&copy, today(), 14)));
}

#[test]
fn any_change_to_a_mentee_is_seen() {
    let mut ws = workspace();
    let memo = Memo::default();
    let before = memo.agenda(&ws, today(), 14);
    let checkins = memo.checkins(&ws, today());
    // The memo holds the mentees, so none can be changed in place behind its back.
    assert!(Arc::get_mut(&mut ws.mentees[2]).is_none());
    // An action item due tomorrow, on the last mentee.
    let last = ws.mentees.len() - 1;
    let tomorrow = today().succ_opt().expect("a date");
    let si = ws.mentees[last]
        .sessions
        .iter()
        .position(|s| !s.actions.is_empty())
        .expect("a session with action items");
    let action = &mut ws.mentee_mut(last).sessions[si].actions[0];
    action.done_on = None;
    action.due = Some(tomorrow);
    let after = memo.agenda(&ws, today(), 14);
    assert!(!Arc::ptr_eq(&before, &after));
    assert_eq!(*after, AgendaAt::of(&ws, today(), 14));
    assert!(
        after
            .actions
            .iter()
            .any(|&(mi, s, xi)| (mi, s, xi) == (last, si, 0))
    );
    assert_eq!(*memo.checkins(&ws, today()), CheckIns::of(&ws, today()));
    assert!(!Arc::ptr_eq(&checkins, &memo.checkins(&ws, today())));
}

#[test]
fn removing_or_adding_a_mentee_the_day_or_the_profile_is_seen() {
    let mut ws = workspace();
    let memo = Memo::default();
    let first = memo.checkins(&ws, today());
    let removed = ws.mentees.remove(0);
    let now = memo.checkins(&ws, today());
    assert_eq!(now.each.len(), first.each.len() - 1);
    ws.mentees.push(removed);
    assert_eq!(*memo.checkins(&ws, today()), CheckIns::of(&ws, today()));

    let tomorrow = today().succ_opt().expect("a date");
    let a = memo.agenda(&ws, today(), 14);
    assert_eq!(
        *memo.agenda(&ws, tomorrow, 14),
        AgendaAt::of(&ws, tomorrow, 14)
    );
    assert!(!Arc::ptr_eq(&a, &memo.agenda(&ws, today(), 14)));
    assert_eq!(*memo.agenda(&ws, today(), 3), AgendaAt::of(&ws, today(), 3));

    let load = memo.load(&ws, today());
    ws.mentor.capacity_hours_per_month = Some(1.0);
    let changed = memo.load(&ws, today());
    assert_eq!(changed.load.capacity_hours_per_month, Some(1.0));
    assert_ne!(load.load, changed.load);
}

#[test]
fn check_ins_list_the_soonest_first() {
    let ws = workspace();
    let c = CheckIns::of(&ws, today());
    assert_eq!(c.each.len(), ws.mentees.len());
    let dues: Vec<NaiveDate> = c
        .soonest
        .iter()
        .filter_map(|&i| c.each[i])
        .map(|x| x.due)
        .collect();
    assert_eq!(dues.len(), c.each.iter().flatten().count());
    assert!(dues.windows(2).all(|w| w[0] <= w[1]), "{dues:?}");
}

#[test]
fn a_copy_of_a_memo_starts_empty() {
    let ws = workspace();
    let memo = Memo::default();
    memo.checkins(&ws, today());
    assert!(format!("{memo:?}").contains("Ok(true)"));
    assert!(format!("{:?}", memo.clone()).contains("Ok(false)"));
}

/// Check-ins are reused for unchanged mentees; every kind of change still gives the same answer
/// as computing them all again.
#[test]
fn check_ins_kept_from_before_a_change_are_right_after_it() {
    let mut ws = workspace();
    let memo = Memo::default();
    let fresh = |ws: &Workspace, day| CheckIns::of(ws, day);
    assert_eq!(*memo.checkins(&ws, today()), fresh(&ws, today()));
    // A session held today moves that mentee's next check-in.
    let before = memo.checkins(&ws, today()).each[1];
    let m = ws.mentee_mut(1);
    m.agreement.cadence = Some(crate::domain::Cadence {
        every: 2,
        unit: crate::domain::CadenceUnit::Weeks,
    });
    m.status = crate::domain::MenteeStatus::Active;
    m.sessions[0].status = crate::domain::SessionStatus::Held;
    m.sessions[0].at =
        chrono::DateTime::parse_from_rfc3339("2026-11-29T10:00:00+01:00").expect("a moment");
    // (Nothing else planned, so the cadence from today decides.)
    for s in &mut m.sessions[1..] {
        s.status = crate::domain::SessionStatus::Cancelled;
    }
    let after = memo.checkins(&ws, today());
    assert_eq!(*after, fresh(&ws, today()));
    assert_ne!(after.each[1], before);
    // Reordered, then one removed, then asked for another day.
    ws.mentees.swap(0, 4);
    assert_eq!(*memo.checkins(&ws, today()), fresh(&ws, today()));
    ws.mentees.remove(2);
    assert_eq!(*memo.checkins(&ws, today()), fresh(&ws, today()));
    let later = today() + chrono::Duration::days(40);
    assert_eq!(*memo.checkins(&ws, later), fresh(&ws, later));
}

/// Check-ins computed before two changes in a row (with other views asked for in between, not
/// the check-ins) are still reused, and still right.
#[test]
fn check_ins_carry_over_changes_nobody_asked_them_for() {
    let mut ws = workspace();
    let memo = Memo::default();
    memo.checkins(&ws, today());
    ws.mentee_mut(0).name = "Renamed once".into();
    memo.agenda(&ws, today(), 14);
    ws.mentee_mut(3).status = crate::domain::MenteeStatus::Paused;
    memo.month(&ws, today(), today());
    ws.mentee_mut(0).name = "Renamed twice".into();
    let c = memo.checkins(&ws, today());
    assert_eq!(*c, CheckIns::of(&ws, today()));
    assert_eq!(c.each[3], None);
}

/// The agenda and the month are put together from per-mentee shares kept across changes: after
/// an edit, a reorder, a removal and an addition, they are what computing them afresh gives.
#[test]
fn agenda_and_month_kept_from_before_a_change_are_right_after_it() {
    let mut ws = workspace();
    let memo = Memo::default();
    let check = |ws: &Workspace, memo: &Memo| {
        assert_eq!(*memo.agenda(ws, today(), 14), AgendaAt::of(ws, today(), 14));
        assert_eq!(*memo.month(ws, today(), today()), month_days(ws, today()));
    };
    check(&ws, &memo);
    // An open action item due tomorrow on mentee 2, which appears in both views.
    let tomorrow = today().succ_opt().expect("a date");
    let si = ws.mentees[2]
        .sessions
        .iter()
        .position(|s| !s.actions.is_empty())
        .expect("a session with action items");
    let action = &mut ws.mentee_mut(2).sessions[si].actions[0];
    action.done_on = None;
    action.due = Some(tomorrow);
    check(&ws, &memo);
    assert!(memo.agenda(&ws, today(), 14).actions.contains(&(2, si, 0)));
    ws.mentees.swap(1, 2);
    check(&ws, &memo);
    assert!(memo.agenda(&ws, today(), 14).actions.contains(&(1, si, 0)));
    let removed = ws.mentees.remove(0);
    check(&ws, &memo);
    assert!(memo.agenda(&ws, today(), 14).actions.contains(&(0, si, 0)));
    ws.mentees.push(removed);
    check(&ws, &memo);
    // Another month, then back.
    let january = NaiveDate::from_ymd_opt(2027, 1, 15).expect("a date");
    assert_eq!(*memo.month(&ws, today(), january), month_days(&ws, january));
    check(&ws, &memo);
}
