//! Feedback notes and the mentor's network put to use.

use super::dates::{date_serde, opt_date_serde};
use super::ids::{ConnectionId, FeedbackId, GoalId};
use super::mentee::display_kebab;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Who may see a record. A record without a visibility in the file is private: the mentee's view
/// fails closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Visibility {
    Shared,
    #[default]
    Private,
}

/// What a feedback note is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FeedbackKind {
    /// An achievement to recognise.
    Strength,
    /// A point to work on.
    Improvement,
    /// Something noticed, neither praise nor critique.
    Observation,
}

/// A feedback note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    pub id: FeedbackId,
    #[serde(with = "date_serde")]
    pub date: NaiveDate,
    pub kind: FeedbackKind,
    pub text: String,
    #[serde(default)]
    pub goal: Option<GoalId>,
    #[serde(default)]
    pub visibility: Visibility,
}

/// How the mentor's network is put to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConnectionKind {
    Introduction,
    Event,
    Course,
    Resource,
}

/// Whether a connection has been made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConnectionStatus {
    #[default]
    Suggested,
    Done,
}

/// An introduction, event, course or resource the mentor points the mentee to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Connection {
    pub id: ConnectionId,
    pub kind: ConnectionKind,
    pub title: String,
    /// Who or what: a person's name, an event's organiser, a course provider.
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub status: ConnectionStatus,
    #[serde(default, with = "opt_date_serde")]
    pub date: Option<NaiveDate>,
}

display_kebab! {
    Visibility => { Shared => "shared" => "dom-visibility-shared", Private => "private" => "dom-visibility-private" },
    FeedbackKind => { Strength => "strength" => "dom-feedback-strength", Improvement => "improvement" => "dom-feedback-improvement", Observation => "observation" => "dom-feedback-observation" },
    ConnectionKind => { Introduction => "introduction" => "dom-connection-introduction", Event => "event" => "dom-connection-event", Course => "course" => "dom-connection-course", Resource => "resource" => "dom-connection-resource" },
    ConnectionStatus => { Suggested => "suggested" => "dom-connection-status-suggested", Done => "done" => "dom-connection-status-done" },
}
