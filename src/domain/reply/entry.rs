//! An entry as the file writes it: one flat object whose keys are the kind's and no other.
//!
//! Reading goes through [`RawEntry`], which knows every key any kind has; the conversion to an
//! [`Entry`] then refuses a key that belongs to another kind and a key the kind needs but the
//! entry lacks, naming both. A key no kind has is refused by the reply file's reader
//! ([`KNOWN`]); the store, which keeps what a newer version wrote, lets it pass.

use super::{Entry, What};
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// Every key an entry of any kind may have.
pub const KNOWN: &[&str] = &[
    "id",
    "written_at",
    "kind",
    "seen",
    "session",
    "goal",
    "milestone",
    "action",
    "value",
    "on",
    "due",
    "mood",
    "energy",
    "text",
];

/// An entry with every key any kind may have ([`KNOWN`]).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RawEntry {
    id: String,
    written_at: DateTime<FixedOffset>,
    kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    session: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    goal: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    milestone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    action: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    mood: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    energy: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    seen: String,
}

/// The keys each kind has (beyond `id`, `written_at`, `kind` and `seen`); a `?` marks one it may
/// leave out.
const KEYS: &[(&str, &[&str])] = &[
    ("reflection", &["session", "text"]),
    ("progress", &["goal", "value"]),
    ("milestone_done", &["milestone", "on"]),
    ("action_done", &["action", "on"]),
    ("new_action", &["text", "due?"]),
    ("topic", &["text"]),
    ("checkin", &["mood", "energy", "text?"]),
    ("closing", &["text"]),
];

impl RawEntry {
    /// The keys of the kind-specific fields this entry has.
    fn present(&self) -> Vec<&'static str> {
        let has = [
            ("session", self.session.is_some()),
            ("goal", self.goal.is_some()),
            ("milestone", self.milestone.is_some()),
            ("action", self.action.is_some()),
            ("value", self.value.is_some()),
            ("on", self.on.is_some()),
            ("due", self.due.is_some()),
            ("mood", self.mood.is_some()),
            ("energy", self.energy.is_some()),
            ("text", self.text.is_some()),
        ];
        has.iter().filter(|(_, h)| *h).map(|(k, _)| *k).collect()
    }
}

impl TryFrom<RawEntry> for Entry {
    type Error = String;

    fn try_from(raw: RawEntry) -> Result<Entry, String> {
        let safe = |s: &str| crate::domain::text::line(s).into_owned();
        let Some((_, keys)) = KEYS.iter().find(|(k, _)| *k == raw.kind) else {
            return Err(crate::t!("reply-unknown-kind", kind = safe(&raw.kind)));
        };
        for key in raw.present() {
            if !keys.iter().any(|k| k.trim_end_matches('?') == key) {
                return Err(crate::t!(
                    "reply-foreign-key",
                    key = key,
                    kind = raw.kind.as_str()
                ));
            }
        }
        let present = raw.present();
        if let Some(k) = keys
            .iter()
            .find(|k| !k.ends_with('?') && !present.contains(k))
        {
            return Err(crate::t!(
                "reply-missing-key",
                key = *k,
                kind = raw.kind.as_str()
            ));
        }
        let text = raw.text.unwrap_or_default();
        let what = match raw.kind.as_str() {
            "reflection" => What::Reflection {
                session: raw.session.unwrap_or_default(),
                text,
            },
            "progress" => What::Progress {
                goal: raw.goal.unwrap_or_default(),
                value: raw.value.unwrap_or_default(),
            },
            "milestone_done" => What::MilestoneDone {
                milestone: raw.milestone.unwrap_or_default(),
                on: raw.on.unwrap_or_default(),
            },
            "action_done" => What::ActionDone {
                action: raw.action.unwrap_or_default(),
                on: raw.on.unwrap_or_default(),
            },
            "new_action" => What::NewAction { text, due: raw.due },
            "topic" => What::Topic { text },
            "checkin" => What::Checkin {
                mood: raw.mood.unwrap_or_default(),
                energy: raw.energy.unwrap_or_default(),
                text,
            },
            _ => What::Closing { text },
        };
        Ok(Entry {
            id: raw.id,
            written_at: raw.written_at,
            what,
            seen: raw.seen,
        })
    }
}

impl From<Entry> for RawEntry {
    fn from(e: Entry) -> RawEntry {
        let mut raw = RawEntry {
            id: e.id,
            written_at: e.written_at,
            kind: e.what.kind().to_string(),
            seen: e.seen,
            ..RawEntry::default()
        };
        match e.what {
            What::Reflection { session, text } => {
                (raw.session, raw.text) = (Some(session), Some(text))
            }
            What::Progress { goal, value } => (raw.goal, raw.value) = (Some(goal), Some(value)),
            What::MilestoneDone { milestone, on } => {
                (raw.milestone, raw.on) = (Some(milestone), Some(on));
            }
            What::ActionDone { action, on } => (raw.action, raw.on) = (Some(action), Some(on)),
            What::NewAction { text, due } => (raw.text, raw.due) = (Some(text), due),
            What::Topic { text } | What::Closing { text } => raw.text = Some(text),
            What::Checkin { mood, energy, text } => {
                (raw.mood, raw.energy) = (Some(mood), Some(energy));
                raw.text = Some(text).filter(|t| !t.is_empty());
            }
        }
        raw
    }
}
