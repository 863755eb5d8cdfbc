//! The small helpers every demo mentee is built with: dates counted in days from "today", and
//! records whose IDs all come from the workspace's single counter.
//!
//! Session times land on working days: a Saturday moves back to Friday and a Sunday forward to
//! Monday. The shift is at most one day, so a session placed two or more days from today stays on
//! the same side of it (held sessions in the past, planned ones in the future).

use crate::domain::{
    ActionId, ActionItem, Cadence, CadenceUnit, Channel, Connection, ConnectionId, ConnectionKind,
    ConnectionStatus, Feedback, FeedbackId, FeedbackKind, Goal, GoalId, GoalStatus, Mentee,
    MenteeId, MentoringKind, Metric, Milestone, MilestoneId, Owner, Session, SessionId,
    SessionStatus, Visibility, Workspace,
};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, TimeDelta, Weekday};

/// The offset every demo session is planned in (+01:00). Checked when the crate compiles: an
/// offset out of range stops the build, so nothing can fail at run time.
const OFFSET: FixedOffset = match FixedOffset::east_opt(3600) {
    Some(offset) => offset,
    None => panic!("+01:00 is a valid offset"),
};

/// A workspace under construction and the day it is built for.
pub struct Demo {
    pub ws: Workspace,
    today: NaiveDate,
}

impl Demo {
    pub fn new(today: NaiveDate) -> Self {
        Demo {
            ws: Workspace::default(),
            today,
        }
    }

    /// The finished workspace.
    pub fn finish(self) -> Workspace {
        self.ws
    }

    /// The day `offset` days from today (negative is the past). At the calendar's edge it stays
    /// on today rather than fail.
    pub fn day(&self, offset: i64) -> NaiveDate {
        self.today
            .checked_add_signed(TimeDelta::days(offset))
            .unwrap_or(self.today)
    }

    /// `offset` days from today at `hour:minute` (+01:00), moved off a weekend.
    pub fn at(&self, offset: i64, hour: u32, minute: u32) -> DateTime<FixedOffset> {
        let date = self.day(offset);
        let date = match date.weekday() {
            Weekday::Sat => date.pred_opt(),
            Weekday::Sun => date.succ_opt(),
            _ => Some(date),
        }
        .unwrap_or(date);
        let time = NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or(NaiveTime::MIN);
        let local = date.and_time(time);
        local
            .and_local_timezone(OFFSET)
            .earliest()
            .unwrap_or_else(|| local.and_utc().fixed_offset())
    }

    /// An active mentee who started `started` days from today, with an empty record.
    pub fn mentee(&mut self, name: &str, kind: MentoringKind, started: i64) -> Mentee {
        let id = MenteeId::from_number(self.ws.alloc_fresh());
        let mut m = Mentee::new(id, name, self.day(started));
        m.kind = kind;
        m
    }

    /// A goal with only a title, a status and a creation day.
    pub fn goal(&mut self, title: &str, status: GoalStatus, created: i64) -> Goal {
        let id = GoalId::from_number(self.ws.alloc_fresh());
        let mut g = Goal::new(id, title, self.day(created));
        g.status = status;
        g
    }

    /// A milestone due `due` days from today, done `done` days from today when it is done.
    pub fn milestone(&mut self, title: &str, due: i64, done: Option<i64>, note: &str) -> Milestone {
        let id = MilestoneId::from_number(self.ws.alloc_fresh());
        let mut k = Milestone::new(id, title, Some(self.day(due)));
        k.done_on = done.map(|d| self.day(d));
        k.note = note.into();
        k
    }

    /// A session `offset` days from today at `hour:minute`, with its length and channel.
    pub fn session(
        &mut self,
        status: SessionStatus,
        offset: i64,
        (hour, minute): (u32, u32),
        minutes: u32,
        channel: Channel,
    ) -> Session {
        let id = SessionId::from_number(self.ws.alloc_fresh());
        let mut s = Session::new(id, self.at(offset, hour, minute), status);
        s.minutes = Some(minutes);
        s.channel = Some(channel);
        s
    }

    /// An action item; `due` and `done` count days from today.
    pub fn action(
        &mut self,
        owner: Owner,
        text: &str,
        due: Option<i64>,
        done: Option<i64>,
    ) -> ActionItem {
        ActionItem {
            id: ActionId::from_number(self.ws.alloc_fresh()),
            text: text.into(),
            owner,
            due: due.map(|d| self.day(d)),
            done_on: done.map(|d| self.day(d)),
        }
    }

    /// A feedback note given `offset` days from today, optionally about one goal.
    pub fn feedback(
        &mut self,
        offset: i64,
        kind: FeedbackKind,
        visibility: Visibility,
        goal: Option<&GoalId>,
        text: &str,
    ) -> Feedback {
        Feedback {
            id: FeedbackId::from_number(self.ws.alloc_fresh()),
            date: self.day(offset),
            kind,
            text: text.into(),
            goal: goal.cloned(),
            visibility,
        }
    }

    /// A connection: `date` (days from today) is when it happened, or is planned for.
    pub fn connection(
        &mut self,
        kind: ConnectionKind,
        status: ConnectionStatus,
        date: Option<i64>,
        title: &str,
        who: &str,
        note: &str,
    ) -> Connection {
        Connection {
            id: ConnectionId::from_number(self.ws.alloc_fresh()),
            kind,
            title: title.into(),
            who: who.into(),
            note: note.into(),
            status,
            date: date.map(|d| self.day(d)),
        }
    }
}

/// Meeting every `every` `unit`s.
pub fn every(every: u32, unit: CadenceUnit) -> Option<Cadence> {
    Some(Cadence { every, unit })
}

/// A metric with a current value.
pub fn metric(what: &str, baseline: f64, target: f64, current: f64, unit: &str) -> Option<Metric> {
    Some(Metric {
        what: what.into(),
        baseline,
        target,
        current: Some(current),
        unit: unit.into(),
    })
}

/// Skill tags.
pub fn tags(skills: &[&str]) -> Vec<String> {
    skills.iter().map(|s| (*s).to_string()).collect()
}
