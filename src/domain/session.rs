//! Sessions (check-ins) and the action items agreed in them.

use super::dates::{datetime_serde, opt_date_serde};
use super::ids::{ActionId, GoalId, SeriesId, SessionId};
use super::mentee::{Channel, display_kebab};
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SessionStatus {
    Planned,
    #[default]
    Held,
    Cancelled,
}

/// Who has to do an action item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Owner {
    Mentor,
    #[default]
    Mentee,
}

display_kebab! {
    SessionStatus => { Planned => "planned" => "dom-session-status-planned", Held => "held" => "dom-session-status-held", Cancelled => "cancelled" => "dom-session-status-cancelled" },
    Owner => { Mentor => "mentor" => "dom-owner-mentor", Mentee => "mentee" => "dom-owner-mentee" },
}

/// Something one side agreed to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionItem {
    pub id: ActionId,
    pub text: String,
    #[serde(default)]
    pub owner: Owner,
    #[serde(default, with = "opt_date_serde")]
    pub due: Option<NaiveDate>,
    #[serde(default, with = "opt_date_serde")]
    pub done_on: Option<NaiveDate>,
}

impl ActionItem {
    pub fn is_done(&self) -> bool {
        self.done_on.is_some()
    }
}

/// A check-in between mentor and mentee.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub id: SessionId,
    /// When it starts, with the offset it was planned in.
    #[serde(with = "datetime_serde")]
    pub at: DateTime<FixedOffset>,
    #[serde(default)]
    pub minutes: Option<u32>,
    #[serde(default)]
    pub channel: Option<Channel>,
    #[serde(default)]
    pub status: SessionStatus,
    #[serde(default)]
    pub agenda: String,
    /// Notes both sides see.
    #[serde(default)]
    pub shared_notes: String,
    /// The mentor's own notes (never shared).
    #[serde(default)]
    pub private_notes: String,
    /// Goals discussed.
    #[serde(default)]
    pub goals: Vec<GoalId>,
    #[serde(default)]
    pub actions: Vec<ActionItem>,
    /// The recurring series that planned this session, if one did.
    #[serde(default)]
    pub series: Option<SeriesSlot>,
    /// The mentee's mood in the session, 1 (low) to 5 (high), when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mood: Option<u8>,
    /// The mentee's energy in the session, 1 to 5, when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub energy: Option<u8>,
    /// The mentor's own energy after the session, 1 to 5 (for the mentor's bandwidth; never
    /// shared).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentor_energy: Option<u8>,
    /// The mentee's own notes on the session, from their reply once the mentor accepted them
    /// (shared with the mentee).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mentee_notes: String,
}

/// Where a session sits in a recurring series: the series, and the moment the series gave it.
/// Moving the session changes its `at`, never its slot, so the series stays whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeriesSlot {
    pub id: SeriesId,
    #[serde(with = "datetime_serde")]
    pub slot: DateTime<FixedOffset>,
}

/// A recurring series of planned sessions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub id: SeriesId,
    /// How often.
    pub every: super::mentee::Cadence,
    /// The first session.
    #[serde(with = "datetime_serde")]
    pub first: DateTime<FixedOffset>,
    /// How many sessions were planned.
    pub count: u32,
    #[serde(default)]
    pub minutes: Option<u32>,
}

impl Session {
    /// A new session with empty notes.
    pub fn new(id: SessionId, at: DateTime<FixedOffset>, status: SessionStatus) -> Self {
        Session {
            id,
            at,
            minutes: None,
            channel: None,
            status,
            agenda: String::new(),
            shared_notes: String::new(),
            private_notes: String::new(),
            goals: Vec::new(),
            actions: Vec::new(),
            series: None,
            mood: None,
            energy: None,
            mentor_energy: None,
            mentee_notes: String::new(),
        }
    }

    /// The calendar date the session falls on, in its own offset.
    pub fn date(&self) -> NaiveDate {
        self.at.date_naive()
    }

    /// True when the session's day is after `today`: marking it held is most likely a slip, so
    /// the app and the command line ask first.
    pub fn is_future(&self, today: NaiveDate) -> bool {
        self.date() > today
    }
}

impl fmt::Display for ActionItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "[{}] {} ({})",
            if self.is_done() { 'x' } else { ' ' },
            self.text,
            self.owner
        )
    }
}
