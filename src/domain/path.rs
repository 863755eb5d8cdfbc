//! A mentee's career path: the stages they aim to pass through, the skills each stage needs, and
//! the workspace's one vocabulary of skills.
//!
//! A skill is named by its text everywhere (a goal's skills, a stage's skills, a mentee's skill
//! levels), so the file stays readable and a script can write a skill without looking up an ID.
//! The vocabulary of a workspace is every skill declared in [`crate::domain::Workspace::skills`]
//! together with every skill named anywhere ([`crate::domain::Workspace::skill_names`]); the
//! declared list only adds a description or a skill no record uses yet. Renaming a skill is one
//! operation that rewrites every place that names it, so it is renamed once.

use super::dates::opt_date_serde;
use super::ids::{GoalId, StageId};
use super::mentee::display_kebab;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The lowest skill level.
pub const MIN_LEVEL: u8 = 1;
/// The highest skill level.
pub const MAX_LEVEL: u8 = 5;

/// True for a level a file may hold (1 to 5).
pub fn valid_level(level: u8) -> bool {
    (MIN_LEVEL..=MAX_LEVEL).contains(&level)
}

/// Where a stage of a career path stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StageStatus {
    #[default]
    Open,
    InProgress,
    Done,
    Skipped,
}

display_kebab! {
    StageStatus => { Open => "open" => "dom-stage-open", InProgress => "in-progress" => "dom-stage-in-progress", Done => "done" => "dom-stage-done", Skipped => "skipped" => "dom-stage-skipped" },
}

impl StageStatus {
    /// Done and skipped stages are behind the mentee.
    pub fn is_open(self) -> bool {
        matches!(self, StageStatus::Open | StageStatus::InProgress)
    }

    /// The status in words a person reads ("in progress"); [`StageStatus::name`] is the form
    /// the file and the command line use ("in-progress").
    pub fn words(self) -> &'static str {
        match self {
            StageStatus::Open => super::shown::word("dom-stage-words-open"),
            StageStatus::InProgress => super::shown::word("dom-stage-words-in-progress"),
            StageStatus::Done => super::shown::word("dom-stage-words-done"),
            StageStatus::Skipped => super::shown::word("dom-stage-words-skipped"),
        }
    }
}

/// One step of a career path ("Senior engineer", "Staff engineer").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stage {
    pub id: StageId,
    pub title: String,
    #[serde(default)]
    pub status: StageStatus,
    /// When the mentee aims to reach it.
    #[serde(default, with = "opt_date_serde")]
    pub target: Option<NaiveDate>,
    /// What the stage means, in words the mentee sees.
    #[serde(default)]
    pub description: String,
    /// The skills the stage needs (names from the workspace's vocabulary).
    #[serde(default)]
    pub skills: Vec<String>,
    /// The goals that serve this stage (goals of the same mentee).
    #[serde(default)]
    pub goals: Vec<GoalId>,
    /// The mentor's own note on the stage (never shared).
    #[serde(default)]
    pub private_notes: String,
}

impl Stage {
    /// A new open stage with only a title.
    pub fn new(id: StageId, title: impl Into<String>) -> Self {
        Stage {
            id,
            title: title.into(),
            status: StageStatus::Open,
            target: None,
            description: String::new(),
            skills: Vec::new(),
            goals: Vec::new(),
            private_notes: String::new(),
        }
    }
}

/// A mentee's career path: stages in the order they are meant to be passed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CareerPath {
    /// What the path is called ("Engineering, individual contributor track").
    pub title: String,
    pub stages: Vec<Stage>,
}

impl CareerPath {
    /// True when the path has neither a title nor a stage.
    pub fn is_empty(&self) -> bool {
        self.title.is_empty() && self.stages.is_empty()
    }
}

/// A mentee's level in one skill, now and aimed for (1 to 5 each).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillLevel {
    pub skill: String,
    #[serde(default)]
    pub current: Option<u8>,
    #[serde(default)]
    pub target: Option<u8>,
}

impl SkillLevel {
    /// How far the current level is below the target (0 when met or unknown).
    pub fn gap(&self) -> u8 {
        match (self.current, self.target) {
            (current, Some(target)) => target.saturating_sub(current.unwrap_or(0)),
            _ => 0,
        }
    }
}

/// A skill declared in the workspace's vocabulary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Skill {
    pub name: String,
    #[serde(default)]
    pub description: String,
}

/// The form a skill name is compared in: trimmed, lower case (so "SQL" and "sql" are one skill).
pub fn skill_key(name: &str) -> String {
    name.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gap_counts_levels_below_target() {
        let level = |current, target| SkillLevel {
            skill: "sql".into(),
            current,
            target,
        };
        assert_eq!(level(Some(2), Some(4)).gap(), 2);
        assert_eq!(level(None, Some(3)).gap(), 3);
        assert_eq!(level(Some(5), Some(3)).gap(), 0);
        assert_eq!(level(Some(2), None).gap(), 0);
    }

    #[test]
    fn levels_and_statuses() {
        assert!(valid_level(1) && valid_level(5));
        assert!(!valid_level(0) && !valid_level(6));
        assert!(StageStatus::InProgress.is_open());
        assert!(!StageStatus::Skipped.is_open());
        assert_eq!(StageStatus::InProgress.to_string(), "in-progress");
        assert_eq!(skill_key("  SQL "), "sql");
    }
}
