//! What goes back to the mentee about their replies: the mentor's answers, and the key a reply
//! echoes.

use crate::domain::mentee::Mentee;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The mentor's answer to one entry of the mentee's reply: accepted or declined, the mentor's
/// one-line reason, and the day. (The entry's own words are the mentee's and stay with them.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerView {
    pub entry: String,
    pub accepted: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    pub on: NaiveDate,
}

/// The mentor's answers to the mentee's replies, for their next bundle.
pub fn answers(m: &Mentee) -> Vec<AnswerView> {
    m.replies
        .iter()
        .map(|d| AnswerView {
            entry: d.entry.id.clone(),
            accepted: d.accepted,
            reason: d.reason.clone(),
            on: d.decided_on,
        })
        .collect()
}

/// Who a bundle of the mentee is for and the key a reply to it echoes: only once the plan was
/// shared (the key is all of [`Mentee::shared`] that leaves the store).
pub fn reply_to(m: &Mentee) -> Option<crate::domain::reply::ReplyTo> {
    m.shared.as_ref().map(|s| crate::domain::reply::ReplyTo {
        mentee: m.id.0.clone(),
        key: s.key.clone(),
    })
}
