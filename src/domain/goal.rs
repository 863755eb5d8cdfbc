//! SMART goals and their milestones.

use super::dates::{date_serde, opt_date_serde};
use super::ids::{GoalId, MilestoneId};
use super::mentee::display_kebab;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a goal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GoalStatus {
    #[default]
    Draft,
    Active,
    Achieved,
    Dropped,
}

impl GoalStatus {
    /// Achieved and dropped goals are closed: no longer due, no longer checked for time.
    pub fn is_open(self) -> bool {
        matches!(self, GoalStatus::Draft | GoalStatus::Active)
    }
}

display_kebab! {
    GoalStatus => { Draft => "draft" => "dom-goal-status-draft", Active => "active" => "dom-goal-status-active", Achieved => "achieved" => "dom-goal-status-achieved", Dropped => "dropped" => "dom-goal-status-dropped" },
}

/// What is counted to see a goal's progress ("design reviews led": from 0 to 3, now 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metric {
    /// What is counted.
    pub what: String,
    #[serde(default)]
    pub baseline: f64,
    pub target: f64,
    /// The latest value; the baseline until progress is recorded.
    #[serde(default)]
    pub current: Option<f64>,
    #[serde(default)]
    pub unit: String,
}

impl Metric {
    /// The latest value, or the baseline when none has been recorded.
    pub fn value(&self) -> f64 {
        self.current.unwrap_or(self.baseline)
    }
}

/// A step on the way to a goal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    pub id: MilestoneId,
    pub title: String,
    #[serde(default, with = "opt_date_serde")]
    pub due: Option<NaiveDate>,
    #[serde(default, with = "opt_date_serde")]
    pub done_on: Option<NaiveDate>,
    #[serde(default)]
    pub note: String,
}

impl Milestone {
    /// A new open milestone.
    pub fn new(id: MilestoneId, title: impl Into<String>, due: Option<NaiveDate>) -> Self {
        Milestone {
            id,
            title: title.into(),
            due,
            done_on: None,
            note: String::new(),
        }
    }

    pub fn is_done(&self) -> bool {
        self.done_on.is_some()
    }
}

/// A SMART goal: each field below answers one letter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub id: GoalId,
    pub title: String,
    #[serde(default)]
    pub status: GoalStatus,
    #[serde(with = "date_serde")]
    pub created_on: NaiveDate,
    #[serde(default, with = "opt_date_serde")]
    pub achieved_on: Option<NaiveDate>,
    /// Specific: what exactly will be different.
    #[serde(default)]
    pub specific: String,
    /// Measurable, with numbers.
    #[serde(default)]
    pub metric: Option<Metric>,
    /// Measurable, where no number fits: what someone could observe.
    #[serde(default)]
    pub criterion: String,
    /// Achievable: resources, support and constraints agreed with the mentee.
    #[serde(default)]
    pub achievable: String,
    /// Relevant: why it matters, which aspiration or career step it serves.
    #[serde(default)]
    pub relevant: String,
    /// Time-bound.
    #[serde(default, with = "opt_date_serde")]
    pub due: Option<NaiveDate>,
    /// Skills the goal develops.
    #[serde(default)]
    pub skills: Vec<String>,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
}

impl Goal {
    /// A new draft goal with only a title.
    pub fn new(id: GoalId, title: impl Into<String>, created_on: NaiveDate) -> Self {
        Goal {
            id,
            title: title.into(),
            status: GoalStatus::Draft,
            created_on,
            achieved_on: None,
            specific: String::new(),
            metric: None,
            criterion: String::new(),
            achievable: String::new(),
            relevant: String::new(),
            due: None,
            skills: Vec::new(),
            milestones: Vec::new(),
        }
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = if self.unit.is_empty() {
            String::new()
        } else {
            format!(" {}", self.unit)
        };
        f.write_str(&crate::t!(
            "dom-metric",
            what = self.what.as_str(),
            value = fmt_number(self.value()),
            target = fmt_number(self.target),
            unit = unit,
            baseline = fmt_number(self.baseline)
        ))
    }
}

/// A number without a needless `.0`.
pub fn fmt_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}
