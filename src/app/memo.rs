//! Views derived from the whole workspace (the agenda, the month, the next check-ins, the
//! mentor's load), computed once per change of the workspace instead of once per frame, and after
//! a change computed again only for the mentees that changed.
//!
//! A key press redraws the screen; on a large workspace, going over every session and action item
//! for each frame would cost more than the frame itself. The memo remembers what its views were
//! computed from, and computes them again only when that changed.
//!
//! What they were computed from is a [`Stamp`]: the mentees as shared pointers, compared by
//! identity, with the mentor's profile and the day. Identity is enough because the stamp holds
//! the pointers: a mentee it holds can neither be freed (so its address cannot be reused by a
//! different mentee) nor changed in place (a change goes through `Arc::make_mut`, which copies a
//! mentee that is shared). Checking a stamp is one pointer comparison per mentee.
//!
//! The views that go over every mentee are made of per-mentee [`Shares`], kept across changes by
//! the same identity: after an edit, only the edited mentee's share is computed again, then the
//! shares are put together. Shares hold the mentees they were computed from until they are next
//! refreshed, so a view not looked at for a while keeps older copies of edited mentees alive
//! (at most one per mentee).

use crate::domain::derived::{CheckIn, Load, mentor_load, next_checkin};
use crate::domain::schedule::{
    AgendaAt, DayAt, MenteeAgenda, MenteeMonth, merge_month, planned_hours,
};
use crate::domain::{Mentee, MentorProfile, Workspace};
use chrono::{Datelike, NaiveDate};
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

/// What the views were computed from.
struct Stamp {
    mentees: Vec<Arc<Mentee>>,
    mentor: MentorProfile,
    today: NaiveDate,
}

impl Stamp {
    fn of(ws: &Workspace, today: NaiveDate) -> Stamp {
        Stamp {
            mentees: ws.mentees.clone(),
            mentor: ws.mentor.clone(),
            today,
        }
    }

    fn matches(&self, ws: &Workspace, today: NaiveDate) -> bool {
        self.today == today
            && self.mentees.len() == ws.mentees.len()
            && self
                .mentees
                .iter()
                .zip(&ws.mentees)
                .all(|(a, b)| Arc::ptr_eq(a, b))
            && self.mentor == ws.mentor
    }
}

/// Each mentee's share of a view, computed for `key`, with the mentees they were computed from.
struct Shares<K, T> {
    key: K,
    mentees: Vec<Arc<Mentee>>,
    each: Vec<T>,
}

impl<K: PartialEq, T: Clone> Shares<K, T> {
    /// The shares of every mentee of `ws` for `key`, reusing those of `previous` (computed for
    /// the same key) for every mentee it holds unchanged.
    fn refresh(
        previous: Option<Shares<K, T>>,
        ws: &Workspace,
        key: K,
        compute: impl Fn(&Mentee) -> T,
    ) -> Shares<K, T> {
        // Keyed by address: `previous` holds its mentees, so an address it knows is that mentee.
        let known: HashMap<*const Mentee, &T> = previous
            .as_ref()
            .filter(|p| p.key == key)
            .map(|p| p.mentees.iter().map(Arc::as_ptr).zip(&p.each).collect())
            .unwrap_or_default();
        let each = ws
            .mentees
            .iter()
            .map(|m| {
                known
                    .get(&Arc::as_ptr(m))
                    .map_or_else(|| compute(m), |share| (*share).clone())
            })
            .collect();
        Shares {
            key,
            mentees: ws.mentees.clone(),
            each,
        }
    }
}

/// Each mentee's next check-in, and the mentees that have one, soonest first.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckIns {
    /// By mentee index.
    pub each: Vec<Option<CheckIn>>,
    /// Indexes of mentees with a next check-in, the soonest due first (then by name).
    pub soonest: Vec<usize>,
}

impl CheckIns {
    #[cfg(test)]
    fn of(ws: &Workspace, today: NaiveDate) -> CheckIns {
        let each: Vec<Option<CheckIn>> =
            ws.mentees.iter().map(|m| next_checkin(m, today)).collect();
        CheckIns::sorted(ws, each)
    }

    fn sorted(ws: &Workspace, each: Vec<Option<CheckIn>>) -> CheckIns {
        let mut soonest: Vec<usize> = (0..each.len()).filter(|&i| each[i].is_some()).collect();
        soonest.sort_by(|&a, &b| {
            let due = |i: usize| each[i].map(|c| c.due);
            due(a)
                .cmp(&due(b))
                .then_with(|| ws.mentees[a].name.cmp(&ws.mentees[b].name))
        });
        CheckIns { each, soonest }
    }
}

/// The mentor's load by cadence, and the hours actually planned in the 30 days from today.
#[derive(Debug, Clone, PartialEq)]
pub struct MentorLoad {
    pub load: Load,
    pub planned_hours: f64,
}

/// The views computed for one stamp, each when first asked for.
#[derive(Default)]
struct Views {
    checkins: Option<Arc<CheckIns>>,
    agenda: Option<(u32, Arc<AgendaAt>)>,
    load: Option<Arc<MentorLoad>>,
    /// Keyed by the first day of the month.
    month: Option<(NaiveDate, Arc<Vec<DayAt>>)>,
    /// The mentee list's rows for the last few keys, the most recent last.
    mentee_rows: Vec<(MenteeRowsKey, Arc<Vec<usize>>)>,
}

/// How many recent mentee-list keys the memo keeps (typing back and forth in the filter).
const MENTEE_ROWS_KEPT: usize = 8;

/// What the mentee list's rows depend on besides the workspace: the filter (lower-cased), the
/// order, and whether concluded mentees are hidden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenteeRowsKey {
    pub filter: Option<String>,
    pub order: crate::app::state::MenteeOrder,
    pub hide_concluded: bool,
}

/// Agenda shares are computed for a day and a number of days ahead.
type AgendaKey = (NaiveDate, u32);

#[derive(Default)]
struct Inner {
    stamp: Option<Stamp>,
    views: Views,
    checkins: Option<Shares<NaiveDate, Option<CheckIn>>>,
    agenda: Option<Shares<AgendaKey, Arc<MenteeAgenda>>>,
    /// Keyed by the first day of the month.
    month: Option<Shares<NaiveDate, Arc<MenteeMonth>>>,
}

/// The memo a [`super::State`] keeps for the screens. A copy starts empty.
#[derive(Default)]
pub struct Memo {
    inner: RefCell<Inner>,
}

impl Clone for Memo {
    fn clone(&self) -> Memo {
        Memo::default()
    }
}

impl fmt::Debug for Memo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fresh = self.inner.try_borrow().map(|inner| inner.stamp.is_some());
        f.debug_struct("Memo").field("holds_views", &fresh).finish()
    }
}

impl Memo {
    /// Runs `f` on the memo for `ws` on `today`, after forgetting the views if they were computed
    /// from anything else (the per-mentee shares stay, to be reused).
    fn with<T>(&self, ws: &Workspace, today: NaiveDate, f: impl FnOnce(&mut Inner) -> T) -> T {
        let mut inner = self.inner.borrow_mut();
        if !inner
            .stamp
            .as_ref()
            .is_some_and(|stamp| stamp.matches(ws, today))
        {
            inner.stamp = Some(Stamp::of(ws, today));
            inner.views = Views::default();
        }
        f(&mut inner)
    }

    /// Every mentee's next check-in.
    pub fn checkins(&self, ws: &Workspace, today: NaiveDate) -> Arc<CheckIns> {
        self.with(ws, today, |inner| {
            if let Some(c) = &inner.views.checkins {
                return Arc::clone(c);
            }
            let shares =
                Shares::refresh(inner.checkins.take(), ws, today, |m| next_checkin(m, today));
            let c = Arc::new(CheckIns::sorted(ws, shares.each.clone()));
            inner.checkins = Some(shares);
            inner.views.checkins = Some(Arc::clone(&c));
            c
        })
    }

    /// The agenda of the `days` days from `today`.
    pub fn agenda(&self, ws: &Workspace, today: NaiveDate, days: u32) -> Arc<AgendaAt> {
        self.with(ws, today, |inner| {
            if let Some((d, a)) = &inner.views.agenda
                && *d == days
            {
                return Arc::clone(a);
            }
            let shares = Shares::refresh(inner.agenda.take(), ws, (today, days), |m| {
                Arc::new(MenteeAgenda::of(m, today, days))
            });
            let a = Arc::new(AgendaAt::merge(&shares.each));
            inner.agenda = Some(shares);
            inner.views.agenda = Some((days, Arc::clone(&a)));
            a
        })
    }

    /// The mentor's load by cadence, and the hours planned in the 30 days from `today`.
    pub fn load(&self, ws: &Workspace, today: NaiveDate) -> Arc<MentorLoad> {
        self.with(ws, today, |inner| {
            Arc::clone(inner.views.load.get_or_insert_with(|| {
                Arc::new(MentorLoad {
                    load: mentor_load(ws),
                    planned_hours: planned_hours(ws, today),
                })
            }))
        })
    }

    /// The rows of the mentee list for `key`, from `compute` when they were not known yet (the
    /// filter looks into every record: on a large workspace, too slow to repeat for each frame).
    /// `compute` is given the rows of a narrower question already answered, when there is one:
    /// the rows for a filter that the new filter contains (typing on), in the same order and
    /// hiding the same mentees. The new rows are among those.
    pub fn mentee_rows(
        &self,
        ws: &Workspace,
        today: NaiveDate,
        key: MenteeRowsKey,
        compute: impl FnOnce(Option<Arc<Vec<usize>>>) -> Vec<usize>,
    ) -> Arc<Vec<usize>> {
        let (known, among) = self.with(ws, today, |inner| {
            let kept = &inner.views.mentee_rows;
            let known = kept
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, r)| Arc::clone(r));
            let among = kept
                .iter()
                .rev()
                .filter(|(k, _)| k.order == key.order && k.hide_concluded == key.hide_concluded)
                .find(|(k, _)| match (&k.filter, &key.filter) {
                    (None, _) => true,
                    (Some(old), Some(new)) => new.contains(old.as_str()),
                    (Some(_), None) => false,
                })
                .map(|(_, r)| Arc::clone(r));
            (known, among)
        });
        if let Some(rows) = known {
            return rows;
        }
        // Computed outside the memo's borrow: `compute` may ask the memo for other views.
        let rows = Arc::new(compute(among));
        self.with(ws, today, |inner| {
            let kept = &mut inner.views.mentee_rows;
            if kept.len() == MENTEE_ROWS_KEPT {
                kept.remove(0);
            }
            kept.push((key, Arc::clone(&rows)));
        });
        rows
    }

    /// The days of the month of `any_day`, with what falls on each.
    pub fn month(&self, ws: &Workspace, today: NaiveDate, any_day: NaiveDate) -> Arc<Vec<DayAt>> {
        let first = any_day.with_day(1).unwrap_or(any_day);
        self.with(ws, today, |inner| {
            if let Some((f, days)) = &inner.views.month
                && *f == first
            {
                return Arc::clone(days);
            }
            let shares = Shares::refresh(inner.month.take(), ws, first, |m| {
                Arc::new(MenteeMonth::of(m, first))
            });
            let days = Arc::new(merge_month(first, &shares.each));
            inner.month = Some(shares);
            inner.views.month = Some((first, Arc::clone(&days)));
            days
        })
    }
}

#[cfg(test)]
mod tests;
