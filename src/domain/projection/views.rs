//! The types of the mentee's view, one per kind of record, each holding only the fields the
//! mentee may see.

use super::{PathView, SkillLevelView};
use crate::domain::feedback::{ConnectionKind, ConnectionStatus, FeedbackKind};
use crate::domain::fit::FeedbackPreference;
use crate::domain::goal::GoalStatus;
use crate::domain::mentee::{MenteeStatus, MentoringKind};
use crate::domain::session::{Owner, SessionStatus};
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// What a mentee may see of their mentoring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MenteeView {
    pub id: String,
    pub name: String,
    pub kind: MentoringKind,
    pub status: MenteeStatus,
    pub started_on: Option<NaiveDate>,
    pub aspirations: String,
    pub agreement: AgreementView,
    pub goals: Vec<GoalView>,
    pub sessions: Vec<SessionView>,
    pub feedback: Vec<FeedbackView>,
    pub connections: Vec<ConnectionView>,
    /// The career path (left out of a bundle when there is none, so older readers and older
    /// bundles agree).
    #[serde(default, skip_serializing_if = "PathView::is_empty")]
    pub path: PathView,
    /// The mentee's skill levels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<SkillLevelView>,
    /// When the mentoring ended (absent while it goes on, and in older bundles).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_on: Option<NaiveDate>,
    /// The mentor's closing note for the mentee: its private side has no field here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<ClosingView>,
    /// The mentee's own closing reflection, as the mentor accepted it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub closing_reflection: String,
}

/// The shared side of the mentor's closing note ([`crate::domain::closing::Closing`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClosingView {
    pub note: String,
    pub written_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgreementView {
    pub cadence: Option<String>,
    pub session_minutes: Option<u32>,
    pub channels: Vec<String>,
    pub response_time: String,
    pub boundaries: String,
    pub success_measures: String,
    pub ends_on: Option<NaiveDate>,
    /// How the mentee prefers feedback: theirs, as they said it (absent in bundles written
    /// before it existed, and when none was ticked).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feedback_preferences: Vec<FeedbackPreference>,
    /// What the mentee wants more of, in their words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub feedback_more_of: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MetricView {
    pub what: String,
    pub baseline: f64,
    pub target: f64,
    pub current: Option<f64>,
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MilestoneView {
    pub id: String,
    pub title: String,
    pub due: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalView {
    pub id: String,
    pub title: String,
    pub status: GoalStatus,
    pub created_on: NaiveDate,
    pub achieved_on: Option<NaiveDate>,
    pub specific: String,
    pub metric: Option<MetricView>,
    pub criterion: String,
    pub achievable: String,
    pub relevant: String,
    pub due: Option<NaiveDate>,
    pub skills: Vec<String>,
    pub milestones: Vec<MilestoneView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionView {
    pub id: String,
    pub text: String,
    pub owner: Owner,
    pub due: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionView {
    pub id: String,
    pub at: DateTime<FixedOffset>,
    pub minutes: Option<u32>,
    pub status: SessionStatus,
    pub agenda: String,
    pub shared_notes: String,
    pub goals: Vec<String>,
    pub actions: Vec<ActionView>,
    /// The mentee's own mood and energy in the session (the mentor's energy is the mentor's and
    /// has no field here). Absent in bundles written before they existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mood: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub energy: Option<u8>,
    /// The mentee's own notes on the session, as the mentor accepted them from their reply.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mentee_notes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackView {
    pub id: String,
    pub date: NaiveDate,
    pub kind: FeedbackKind,
    pub text: String,
    pub goal: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConnectionView {
    pub id: String,
    pub kind: ConnectionKind,
    pub title: String,
    pub who: String,
    pub note: String,
    pub status: ConnectionStatus,
    pub date: Option<NaiveDate>,
}
