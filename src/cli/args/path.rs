//! `mentor path ...` (a mentee's career path and its stages) and `mentor skill ...` (the skill
//! vocabulary and a mentee's levels).

use super::choice;
use super::edits::RemoveArgs;
use crate::domain::StageStatus;
use clap::{Args, Subcommand};

pub(crate) const STAGE_STATUSES: &[&str] = StageStatus::NAMES;

#[derive(Debug, Subcommand)]
pub enum PathCmd {
    /// Show a mentee's career path: the stages in order, the skills each needs with the
    /// mentee's levels, and the goals that serve it
    #[command(
        after_help = "Examples:\n  mentor path show alice\n  mentor path show m1 --json | jq '.stages[].title'"
    )]
    Show {
        /// ID or name of the mentee
        mentee: String,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Name a mentee's career path ("" clears the name)
    #[command(after_help = "Example:\n  mentor path title alice \"Engineering, IC track\"")]
    Title {
        /// ID or name of the mentee
        mentee: String,
        /// What the path is called
        title: String,
    },
    /// The stages of a career path: add, edit, mark done, reorder, remove
    #[command(subcommand)]
    Stage(StageCmd),
}

/// The fields a stage is given by `path stage add` and `path stage edit`.
#[derive(Debug, Args, Default)]
pub struct StageFields {
    /// Where the stage stands
    #[arg(long, value_parser = choice::<StageStatus>(STAGE_STATUSES))]
    pub status: Option<StageStatus>,
    /// When the mentee aims to reach it
    #[arg(long, value_name = "DATE")]
    pub target: Option<String>,
    /// A skill the stage needs (repeat for several; on edit replaces the list)
    #[arg(long, value_name = "NAME")]
    pub skill: Vec<String>,
    /// The ID of a goal of the mentee that serves the stage (repeat for several; on edit
    /// replaces the list)
    #[arg(long, value_name = "GOAL")]
    pub goal: Vec<String>,
    /// What the stage means, in words the mentee sees
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Your own note on the stage (never shared)
    #[arg(long, value_name = "TEXT")]
    pub private_notes: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum StageCmd {
    /// Add a stage to a mentee's career path (at the end, or at --at)
    #[command(
        after_help = "Examples:\n  mentor path stage add alice \"Staff engineer\" --status in-progress --target +12m \\\n      --skill architecture --skill influence --goal g2\n  mentor path stage add alice \"Senior engineer\" --status done --at 1"
    )]
    Add {
        /// ID or name of the mentee
        mentee: String,
        /// What the stage is called ("Staff engineer")
        title: String,
        #[command(flatten)]
        fields: StageFields,
        /// The place in the path, 1 for first [default: the end]
        #[arg(long, value_name = "POSITION", value_parser = clap::value_parser!(u32).range(1..))]
        at: Option<u32>,
    },
    /// Change a stage (only the options given change)
    #[command(
        after_help = "Examples:\n  mentor path stage edit st9 --status in-progress --target 2027-06-30\n  mentor path stage edit st9 --no-goals --skill \"technical writing\""
    )]
    Edit {
        /// The stage's ID
        stage: String,
        /// A new title
        #[arg(long)]
        title: Option<String>,
        #[command(flatten)]
        fields: StageFields,
        /// Remove the target date
        #[arg(long, conflicts_with = "target")]
        clear_target: bool,
        /// Remove every skill
        #[arg(long, conflicts_with = "skill")]
        no_skills: bool,
        /// Remove every goal
        #[arg(long, conflicts_with = "goal")]
        no_goals: bool,
    },
    /// Mark a stage done
    #[command(after_help = "Example:\n  mentor path stage done st9")]
    Done {
        /// The stage's ID
        stage: String,
    },
    /// Set a stage's status: open, in-progress, done or skipped
    #[command(after_help = "Example:\n  mentor path stage status st9 skipped")]
    Status {
        /// The stage's ID
        stage: String,
        #[arg(value_parser = choice::<StageStatus>(STAGE_STATUSES))]
        status: StageStatus,
    },
    /// Move a stage to another place in its path (1 for first)
    #[command(after_help = "Example:\n  mentor path stage move st9 1")]
    Move {
        /// The stage's ID
        stage: String,
        /// The new place, 1 for first
        #[arg(value_parser = clap::value_parser!(u32).range(1..))]
        position: u32,
    },
    /// Remove a stage (its goals stay)
    #[command(after_help = "Example:\n  mentor path stage remove st9 --yes")]
    Remove(RemoveArgs),
}

#[derive(Debug, Subcommand)]
pub enum SkillCmd {
    /// Set a mentee's current level and target level in a skill (1 to 5); the level not given
    /// stays as it was
    #[command(
        after_help = "Examples:\n  mentor skill set alice architecture --level 3 --target 4\n  mentor skill set alice \"technical writing\" --target 5\n  mentor skill set alice sql --clear"
    )]
    Set {
        /// ID or name of the mentee
        mentee: String,
        /// The skill's name
        skill: String,
        /// The mentee's level now, 1 to 5
        #[arg(long, value_name = "N")]
        level: Option<u8>,
        /// The level aimed for, 1 to 5
        #[arg(long, value_name = "N")]
        target: Option<u8>,
        /// Take the skill off the mentee's levels
        #[arg(long, conflicts_with_all = ["level", "target"])]
        clear: bool,
    },
    /// The skill vocabulary with how often each skill is used; with --mentee, that mentee's
    /// skill matrix (current and target levels, the largest gaps first)
    #[command(
        after_help = "Examples:\n  mentor skill list\n  mentor skill list --mentee alice\n  mentor skill list --json"
    )]
    List {
        /// Show this mentee's skill matrix (ID or name)
        #[arg(long)]
        mentee: Option<String>,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Declare a skill in the vocabulary, with a description
    #[command(
        after_help = "Example:\n  mentor skill add \"technical writing\" --description \"Design docs and RFCs others can act on\""
    )]
    Add {
        /// The skill's name
        name: String,
        /// What the skill covers
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
    },
    /// Rename a skill everywhere: the vocabulary, goals, stages and every mentee's levels
    /// (renaming onto an existing skill merges the two)
    #[command(after_help = "Example:\n  mentor skill rename sql \"SQL and databases\"")]
    Rename {
        /// The skill's name now
        from: String,
        /// Its new name
        to: String,
    },
    /// Remove a declared skill that nothing uses any more
    #[command(after_help = "Example:\n  mentor skill remove cobol")]
    Remove {
        /// The skill's name
        name: String,
    },
}
