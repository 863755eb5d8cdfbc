//! The options of `edit` and `remove` for goals, milestones, sessions, action items, feedback
//! and connections. Each edit mirrors its `add`: only the options given change; a field that
//! can be emptied has a `--clear-...` / `--no-...` option, refused together with the option that
//! sets it.

use super::{
    CHANNELS, CONNECTION_KINDS, CONNECTION_STATUSES, FEEDBACK_KINDS, GOAL_STATUSES, OWNERS, choice,
};
use crate::domain::{Channel, ConnectionKind, ConnectionStatus, FeedbackKind, GoalStatus, Owner};
use clap::Args;

/// `remove` of any record: the ID, and `--yes` to confirm.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The record's ID
    pub id: String,
    /// Confirm: without it nothing is removed (the command says what would go)
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct GoalEdit {
    /// The goal's ID
    pub id: String,
    /// A new title
    #[arg(long)]
    pub title: Option<String>,
    /// Specific: what exactly will be different
    #[arg(long, visible_alias = "description", value_name = "TEXT")]
    pub specific: Option<String>,
    /// Measurable: what is counted (a goal without a metric needs --target as well)
    #[arg(long, value_name = "TEXT")]
    pub metric: Option<String>,
    /// The metric's starting value
    #[arg(long, allow_negative_numbers = true)]
    pub baseline: Option<f64>,
    /// The metric's target value
    #[arg(long, allow_negative_numbers = true)]
    pub target: Option<f64>,
    /// The metric's unit
    #[arg(long)]
    pub unit: Option<String>,
    /// Remove the metric (progress then comes from milestones)
    #[arg(long, conflicts_with_all = ["metric", "baseline", "target", "unit"])]
    pub no_metric: bool,
    /// Measurable where no number fits: what someone could observe
    #[arg(long, value_name = "TEXT")]
    pub criterion: Option<String>,
    /// Achievable: resources, support and constraints agreed
    #[arg(long, value_name = "TEXT")]
    pub achievable: Option<String>,
    /// Relevant: why it matters
    #[arg(long, visible_alias = "why", value_name = "TEXT")]
    pub relevant: Option<String>,
    /// Time-bound: the due date
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// Remove the due date
    #[arg(long, conflicts_with = "due")]
    pub clear_due: bool,
    /// A skill the goal develops (repeat for several; replaces the list)
    #[arg(long)]
    pub skill: Vec<String>,
    /// Remove every skill
    #[arg(long, conflicts_with = "skill")]
    pub no_skills: bool,
    #[arg(long, value_parser = choice::<GoalStatus>(GOAL_STATUSES))]
    pub status: Option<GoalStatus>,
}

#[derive(Debug, Args)]
pub struct MilestoneEdit {
    /// The milestone's ID
    pub id: String,
    /// A new title
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// Remove the due date
    #[arg(long, conflicts_with = "due")]
    pub clear_due: bool,
    /// A note about the step (shared with the mentee)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct SessionEdit {
    /// The session's ID
    pub id: String,
    /// When it starts (a session of a series stays in its series)
    #[arg(long, value_name = "WHEN")]
    pub at: Option<String>,
    /// Length in minutes
    #[arg(long)]
    pub minutes: Option<u32>,
    #[arg(long, value_parser = choice::<Channel>(CHANNELS))]
    pub channel: Option<Channel>,
    /// What to talk about (shared with the mentee)
    #[arg(long, value_name = "TEXT")]
    pub agenda: Option<String>,
    /// Notes both sides see (replaces them; `session held` adds to them instead)
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    /// Notes only you see (replaces them)
    #[arg(long, value_name = "TEXT")]
    pub private_notes: Option<String>,
    /// A goal discussed (repeat for several; replaces the list)
    #[arg(long = "goal", value_name = "ID")]
    pub goals: Vec<String>,
    /// Remove every goal from the session
    #[arg(long, conflicts_with = "goals")]
    pub no_goals: bool,
    #[command(flatten)]
    pub levels: super::sessions::LevelArgs,
}

#[derive(Debug, Args)]
pub struct ActionEdit {
    /// The action item's ID
    pub id: String,
    /// What is to be done
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    #[arg(long, value_parser = choice::<Owner>(OWNERS))]
    pub owner: Option<Owner>,
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// Remove the due date
    #[arg(long, conflicts_with = "due")]
    pub clear_due: bool,
}

#[derive(Debug, Args)]
pub struct FeedbackEdit {
    /// The feedback note's ID
    pub id: String,
    #[arg(long, value_parser = choice::<FeedbackKind>(FEEDBACK_KINDS))]
    pub kind: Option<FeedbackKind>,
    /// The feedback
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    /// The goal it is about
    #[arg(long, value_name = "ID")]
    pub goal: Option<String>,
    /// It is about no goal
    #[arg(long, conflicts_with = "goal")]
    pub no_goal: bool,
    /// Keep it to yourself
    #[arg(long)]
    pub private: bool,
    /// Share it with the mentee
    #[arg(long, conflicts_with = "private")]
    pub shared: bool,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

#[derive(Debug, Args)]
pub struct ConnectionEdit {
    /// The connection's ID
    pub id: String,
    #[arg(long, value_parser = choice::<ConnectionKind>(CONNECTION_KINDS))]
    pub kind: Option<ConnectionKind>,
    /// What it is
    #[arg(long)]
    pub title: Option<String>,
    /// Who or what: a person, an organiser, a provider (shared with the mentee)
    #[arg(long)]
    pub who: Option<String>,
    /// A note about it: shared with the mentee
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[arg(long, value_parser = choice::<ConnectionStatus>(CONNECTION_STATUSES))]
    pub status: Option<ConnectionStatus>,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Remove the date
    #[arg(long, conflicts_with = "date")]
    pub clear_date: bool,
}
