//! The mentee's own rows: their fields, their agreement, and counts of what their plan holds.

use super::{Rows, day, field, heading};
use crate::domain::derived::open_actions;
use crate::domain::{Owner, SessionStatus};
use crate::t;
use chrono::NaiveDate;

impl Rows<'_> {
    pub(super) fn mentee(&mut self, today: NaiveDate) {
        let m = self.mentee;
        self.push(heading(m.name.clone()));
        self.push(field("kind", m.kind.shown()));
        self.push(field("status", m.status.shown()));
        self.push(field("started", day(m.started_on)));
        if m.ended_on.is_some() {
            self.push(field("ended", day(m.ended_on)));
        }
        self.push(field("aspirations", m.aspirations.clone()));
        self.private("private notes", &m.private_notes);
        let a = &m.agreement;
        self.section(t!("app-detail-agreement"));
        self.push(field(
            "cadence",
            a.cadence.map_or("-".into(), |c| c.to_string()),
        ));
        let length = a
            .session_minutes
            .map(|n| t!("app-detail-minutes", count = n));
        self.push(field("length", length.unwrap_or_default()));
        let channels: Vec<&str> = a.channels.iter().map(|c| c.shown()).collect();
        self.push(field("channels", channels.join(", ")));
        let prefers: Vec<&str> = a.feedback_preferences.iter().map(|p| p.shown()).collect();
        self.push(field("prefers feedback", prefers.join(", ")));
        self.push(field("more of", a.feedback_more_of.clone()));
        self.push(field("response", a.response_time.clone()));
        self.push(field("boundaries", a.boundaries.clone()));
        self.push(field("success", a.success_measures.clone()));
        self.push(field("ends", day(a.ends_on)));
        self.section(t!("app-detail-counts"));
        let open_goals = m.goals.iter().filter(|g| g.status.is_open()).count();
        self.push(field(
            "goals",
            t!(
                "app-detail-goals-open",
                open = open_goals,
                all = m.goals.len()
            ),
        ));
        let held = m
            .sessions
            .iter()
            .filter(|s| s.status == SessionStatus::Held)
            .count();
        let planned = m
            .sessions
            .iter()
            .filter(|s| s.status == SessionStatus::Planned && s.at.date_naive() >= today)
            .count();
        self.push(field(
            "sessions",
            t!(
                "app-detail-sessions-count",
                held = held,
                planned = planned,
                all = m.sessions.len()
            ),
        ));
        self.push(field(
            "feedback",
            t!("app-detail-feedback-count", count = m.feedback.len()),
        ));
        self.push(field(
            "network",
            t!("app-detail-connections-count", count = m.connections.len()),
        ));
        let (theirs, mine) = (
            open_actions(m, Owner::Mentee).len(),
            open_actions(m, Owner::Mentor).len(),
        );
        self.push(field(
            "open actions",
            t!("app-detail-open-actions", theirs = theirs, mine = mine),
        ));
    }
}
