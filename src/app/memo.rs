//! Views derived from the whole workspace (the agenda, the month, the next check-ins, the
//! mentor's load), computed once per change of the workspace instead of once per frame.
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

use crate::domain::derived::{CheckIn, Load, mentor_load, next_checkin};
use crate::domain::schedule::{AgendaAt, DayAt, month_days, planned_hours};
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
        CheckIns::again(ws, today, None)
    }

    /// The check-ins of `ws`, reusing those of `previous` (computed for the same day) for every
    /// mentee it holds unchanged: after an edit, only the edited mentee is looked at again.
    fn again(ws: &Workspace, today: NaiveDate, previous: Option<&Previous>) -> CheckIns {
        // Keyed by address: `previous` holds its mentees, so an address it knows is that mentee.
        let known: HashMap<*const Mentee, Option<CheckIn>> = previous
            .map(|(mentees, c)| {
                mentees
                    .iter()
                    .map(Arc::as_ptr)
                    .zip(c.each.iter().copied())
                    .collect()
            })
            .unwrap_or_default();
        let each: Vec<Option<CheckIn>> = ws
            .mentees
            .iter()
            .map(|m| {
                known
                    .get(&Arc::as_ptr(m))
                    .copied()
                    .unwrap_or_else(|| next_checkin(m, today))
            })
            .collect();
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

/// Check-ins computed for an earlier stamp of the same day, with the mentees they were computed
/// from.
type Previous = (Vec<Arc<Mentee>>, Arc<CheckIns>);

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
    /// Until `checkins` is asked for again: what can be reused from the last stamp.
    previous_checkins: Option<Previous>,
    agenda: Option<(u32, Arc<AgendaAt>)>,
    load: Option<Arc<MentorLoad>>,
    /// Keyed by the first day of the month.
    month: Option<(NaiveDate, Arc<Vec<DayAt>>)>,
}

/// The memo a [`super::State`] keeps for the screens. A copy starts empty.
#[derive(Default)]
pub struct Memo {
    inner: RefCell<Option<(Stamp, Views)>>,
}

impl Clone for Memo {
    fn clone(&self) -> Memo {
        Memo::default()
    }
}

impl fmt::Debug for Memo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fresh = self.inner.try_borrow().map(|inner| inner.is_some());
        f.debug_struct("Memo").field("holds_views", &fresh).finish()
    }
}

impl Memo {
    /// Runs `f` on the views of `ws` on `today`, forgetting them first if they were computed from
    /// anything else.
    fn with<T>(&self, ws: &Workspace, today: NaiveDate, f: impl FnOnce(&mut Views) -> T) -> T {
        let mut inner = self.inner.borrow_mut();
        if !inner
            .as_ref()
            .is_some_and(|(stamp, _)| stamp.matches(ws, today))
        {
            let mut views = Views::default();
            if let Some((stamp, old)) = inner.take()
                && stamp.today == today
            {
                views.previous_checkins = match old.checkins {
                    Some(checkins) => Some((stamp.mentees, checkins)),
                    None => old.previous_checkins,
                };
            }
            *inner = Some((Stamp::of(ws, today), views));
        }
        let (_, views) = inner.get_or_insert_with(|| (Stamp::of(ws, today), Views::default()));
        f(views)
    }

    /// Every mentee's next check-in.
    pub fn checkins(&self, ws: &Workspace, today: NaiveDate) -> Arc<CheckIns> {
        self.with(ws, today, |v| match &v.checkins {
            Some(c) => Arc::clone(c),
            None => {
                let previous = v.previous_checkins.take();
                let c = Arc::new(CheckIns::again(ws, today, previous.as_ref()));
                v.checkins = Some(Arc::clone(&c));
                c
            }
        })
    }

    /// The agenda of the `days` days from `today`.
    pub fn agenda(&self, ws: &Workspace, today: NaiveDate, days: u32) -> Arc<AgendaAt> {
        self.with(ws, today, |v| match &v.agenda {
            Some((d, a)) if *d == days => Arc::clone(a),
            _ => {
                let a = Arc::new(AgendaAt::of(ws, today, days));
                v.agenda = Some((days, Arc::clone(&a)));
                a
            }
        })
    }

    /// The mentor's load by cadence, and the hours planned in the 30 days from `today`.
    pub fn load(&self, ws: &Workspace, today: NaiveDate) -> Arc<MentorLoad> {
        self.with(ws, today, |v| {
            Arc::clone(v.load.get_or_insert_with(|| {
                Arc::new(MentorLoad {
                    load: mentor_load(ws),
                    planned_hours: planned_hours(ws, today),
                })
            }))
        })
    }

    /// The days of the month of `any_day`, with what falls on each.
    pub fn month(&self, ws: &Workspace, today: NaiveDate, any_day: NaiveDate) -> Arc<Vec<DayAt>> {
        let first = any_day.with_day(1).unwrap_or(any_day);
        self.with(ws, today, |v| match &v.month {
            Some((f, days)) if *f == first => Arc::clone(days),
            _ => {
                let days = Arc::new(month_days(ws, first));
                v.month = Some((first, Arc::clone(&days)));
                days
            }
        })
    }
}

#[cfg(test)]
mod tests;
