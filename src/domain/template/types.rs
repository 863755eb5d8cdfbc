//! What a template file holds (see docs/TEMPLATES.md). Every table refuses a key it does not
//! know, so a typo is an error rather than a silently ignored line.

use super::relative::RelDate;
use crate::domain::{Cadence, CadenceUnit, Channel, MentoringKind};
use serde::{Deserialize, Serialize};

/// A template: a starting plan for a kind of mentoring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// The name it is applied by (`engineering-ic`): lower-case letters, digits and dashes, the
    /// file's name without `.toml`.
    pub name: String,
    /// What it is called in a list ("Software engineering, IC track").
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub kind: MentoringKind,
    #[serde(default, skip_serializing_if = "AgreementDraft::is_empty")]
    pub agreement: AgreementDraft,
    #[serde(default, skip_serializing_if = "PathDraft::is_empty")]
    pub path: PathDraft,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<SkillDraft>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<GoalDraft>,
    /// Prompts for the agenda of the first sessions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<SessionPrompts>,
}

/// The agreement a template proposes; each field fills the mentee's only where it is empty.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreementDraft {
    /// How often to meet: `2w`, `1m`, `10d`, `weekly`, `fortnightly`, `monthly`.
    #[serde(
        default,
        with = "cadence_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub cadence: Option<Cadence>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub response_time: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub boundaries: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub success_measures: String,
    /// How long the arrangement runs: its end date is this long after the start (`+6m`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<RelDate>,
}

impl AgreementDraft {
    pub fn is_empty(&self) -> bool {
        self == &AgreementDraft::default()
    }
}

/// The career path a template proposes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathDraft {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<StageDraft>,
}

impl PathDraft {
    pub fn is_empty(&self) -> bool {
        self.title.is_empty() && self.stages.is_empty()
    }
}

/// One stage of the path.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageDraft {
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// When the mentee aims to reach it, from the start (`+6m`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<RelDate>,
    /// Skills it needs: names from the template's `[[skills]]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    /// The goals that serve it: the `key`s of the template's goals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
}

/// A skill of the template, declared in the workspace's vocabulary when applied.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillDraft {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The level (1 to 5) the mentee aims for; set where the mentee has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<u8>,
}

/// A SMART goal of the template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalDraft {
    /// A short name stages use to say the goal serves them (never shown to the mentee).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub specific: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub criterion: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub achievable: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub relevant: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<RelDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<MetricDraft>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<MilestoneDraft>,
}

/// What a goal counts (no current value: progress starts at the baseline).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricDraft {
    pub what: String,
    #[serde(default)]
    pub baseline: f64,
    pub target: f64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneDraft {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<RelDate>,
}

/// The prompts for the agenda of one of the first sessions (1 is the first).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionPrompts {
    pub session: u32,
    pub prompts: Vec<String>,
}

/// A cadence written as a template writes it (`2w`), read by [`Cadence::parse`].
mod cadence_text {
    use super::*;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(c: &Option<Cadence>, s: S) -> Result<S::Ok, S::Error> {
        match c {
            Some(c) => {
                let unit = match c.unit {
                    CadenceUnit::Days => 'd',
                    CadenceUnit::Weeks => 'w',
                    CadenceUnit::Months => 'm',
                };
                s.collect_str(&format_args!("{}{unit}", c.every))
            }
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Cadence>, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Cadence::parse(&text).map(Some).map_err(|_| {
            serde::de::Error::custom(format!(
                "\"{}\" is not a cadence (2w, 10d, 1m, weekly, monthly)",
                crate::domain::text::line(&text)
            ))
        })
    }
}
