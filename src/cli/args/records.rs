//! The commands about records: mentees, goals, milestones, feedback and connections (sessions
//! and action items: `sessions.rs`).

use super::edits::{ConnectionEdit, FeedbackEdit, GoalEdit, MilestoneEdit, RemoveArgs};
use super::{
    CHANNELS, CONNECTION_KINDS, CONNECTION_STATUSES, FEEDBACK_KINDS, GOAL_STATUSES, KINDS,
    MENTEE_STATUSES, choice,
};
use crate::domain::fit::FeedbackPreference;
use crate::domain::{
    Channel, ConnectionKind, ConnectionStatus, FeedbackKind, GoalStatus, MenteeStatus,
    MentoringKind,
};
use clap::{Args, Subcommand};

/// The agreement's fields, shared by `mentee add` and `mentee edit`.
#[derive(Debug, Args, Default)]
pub struct AgreementArgs {
    /// How often to meet: 1w, 2w, 10d, 1m, weekly, fortnightly, monthly
    #[arg(long, value_name = "CADENCE")]
    pub every: Option<String>,
    /// Usual session length in minutes
    #[arg(long, value_name = "MINUTES")]
    pub minutes: Option<u32>,
    /// A channel to meet or talk on (repeat for several)
    #[arg(long, value_parser = choice::<Channel>(CHANNELS))]
    pub channel: Vec<Channel>,
    /// Expected response time, in words ("within two working days")
    #[arg(long, value_name = "TEXT")]
    pub response_time: Option<String>,
    /// Topics or times that are off limits
    #[arg(long, value_name = "TEXT")]
    pub boundaries: Option<String>,
    /// How both will know the mentoring worked
    #[arg(long = "success", value_name = "TEXT")]
    pub success_measures: Option<String>,
    /// When the arrangement ends
    #[arg(long = "ends", value_name = "DATE")]
    pub ends_on: Option<String>,
    /// How they prefer feedback (repeat for several; replaces those agreed before)
    #[arg(long, value_name = "HOW", value_parser = choice::<FeedbackPreference>(FeedbackPreference::NAMES))]
    pub prefers: Vec<FeedbackPreference>,
    /// Clear how they prefer feedback
    #[arg(long, conflicts_with = "prefers")]
    pub no_prefers: bool,
    /// What they want more of, in their words (shared with them)
    #[arg(long, value_name = "TEXT")]
    pub more_of: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum MenteeCmd {
    /// Add a mentee, with the agreement made at the start
    #[command(
        after_help = "Example:\n  mentor mentee add \"Alice Moreau\" --kind career --every 2w --minutes 45 --channel video \\\n      --aspirations \"Move into a staff role\" --boundaries \"No calls after 18:00\""
    )]
    Add {
        /// The mentee's name
        name: String,
        /// What the mentoring is about
        #[arg(long, value_parser = choice::<MentoringKind>(KINDS), default_value = "career")]
        kind: MentoringKind,
        /// What they want from the mentoring (shared with them)
        #[arg(long, value_name = "TEXT")]
        aspirations: Option<String>,
        /// Your own notes about them (never shared)
        #[arg(long, value_name = "TEXT")]
        private_notes: Option<String>,
        /// When the mentoring started [default: today]
        #[arg(long, value_name = "DATE")]
        started: Option<String>,
        #[command(flatten)]
        agreement: AgreementArgs,
    },
    /// List mentees with their next check-in
    #[command(
        after_help = "Examples:\n  mentor mentee list\n  mentor mentee list --json | jq '.[].name'"
    )]
    List {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Show one mentee: agreement, goals, open actions, feedback balance
    #[command(after_help = "Examples:\n  mentor mentee show alice\n  mentor mentee show m1 --json")]
    Show {
        /// ID or name
        mentee: String,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Change a mentee's details or agreement (only the options given change)
    #[command(
        after_help = "Examples:\n  mentor mentee edit alice --every 1m --status paused\n  mentor mentee edit m1 --name \"Alice M. Moreau\""
    )]
    Edit {
        /// ID or name
        mentee: String,
        /// A new name
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_parser = choice::<MentoringKind>(KINDS))]
        kind: Option<MentoringKind>,
        /// Concluding sets the end date to today unless --ended says otherwise; with sessions
        /// still planned, say --cancel-planned or --keep-planned
        #[arg(long, value_parser = choice::<MenteeStatus>(MENTEE_STATUSES))]
        status: Option<MenteeStatus>,
        /// When concluding: cancel the sessions still planned from today on
        #[arg(long, conflicts_with = "keep_planned")]
        cancel_planned: bool,
        /// When concluding: keep the sessions still planned
        #[arg(long)]
        keep_planned: bool,
        #[arg(long, value_name = "TEXT")]
        aspirations: Option<String>,
        #[arg(long, value_name = "TEXT")]
        private_notes: Option<String>,
        #[arg(long, value_name = "DATE")]
        started: Option<String>,
        #[arg(long, value_name = "DATE")]
        ended: Option<String>,
        /// Remove the meeting cadence
        #[arg(long, conflicts_with = "every")]
        no_cadence: bool,
        #[command(flatten)]
        agreement: AgreementArgs,
    },
    /// Remove a mentee and everything recorded about them
    #[command(after_help = "Example:\n  mentor mentee remove bob --yes")]
    Remove {
        /// ID or name
        mentee: String,
        /// Confirm: without it nothing is removed
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum GoalCmd {
    /// Add a SMART goal, shared with the mentee (drafts may be incomplete; the SMART check says
    /// what is missing)
    #[command(
        after_help = "Example:\n  mentor goal add --mentee alice \"Lead a design review\" \\\n      --specific \"Run the payments design review from invite to write-up\" \\\n      --metric \"design reviews led\" --baseline 0 --target 3 --unit reviews \\\n      --achievable \"Shadow two reviews first\" --why \"Needed for staff promotion\" \\\n      --due 2027-02-15 --skill facilitation --status active"
    )]
    Add(Box<GoalAdd>),
    /// List goals with due date, SMART letters and progress
    #[command(
        after_help = "Examples:\n  mentor goal list\n  mentor goal list --mentee alice --json"
    )]
    List {
        /// Only this mentee's goals
        #[arg(long)]
        mentee: Option<String>,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Check goals against the five SMART letters and say what is missing
    #[command(
        after_help = "Examples:\n  mentor goal check\n  mentor goal check --mentee alice --json"
    )]
    Check {
        /// Only this mentee's goals
        #[arg(long)]
        mentee: Option<String>,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Mark a goal achieved (today)
    #[command(after_help = "Example:\n  mentor goal done g4")]
    Done {
        /// The goal's ID
        id: String,
    },
    /// Record the current value of a goal's metric
    #[command(after_help = "Example:\n  mentor goal progress g4 2")]
    Progress {
        /// The goal's ID
        id: String,
        /// The metric's current value
        #[arg(allow_negative_numbers = true)]
        value: f64,
    },
    /// Change a goal (only the options given change; --clear-due, --no-metric, --no-skills empty
    /// a field)
    #[command(
        after_help = "Examples:\n  mentor goal edit g4 --title \"Lead two design reviews\" --target 2 --due +2m\n  mentor goal edit g4 --clear-due --status paused"
    )]
    Edit(Box<GoalEdit>),
    /// Remove a goal with its milestones (sessions and feedback that named it keep the rest)
    #[command(after_help = "Example:\n  mentor goal remove g4 --yes")]
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
pub struct GoalAdd {
    /// ID or name of the mentee
    #[arg(long)]
    pub mentee: String,
    /// A short title
    pub title: String,
    /// Specific: what exactly will be different
    #[arg(long, visible_alias = "description", value_name = "TEXT")]
    pub specific: Option<String>,
    /// Measurable: what is counted
    #[arg(long, value_name = "TEXT", requires = "target")]
    pub metric: Option<String>,
    /// The metric's starting value
    #[arg(
        long,
        default_value_t = 0.0,
        requires = "metric",
        allow_negative_numbers = true
    )]
    pub baseline: f64,
    /// The metric's target value
    #[arg(long, requires = "metric", allow_negative_numbers = true)]
    pub target: Option<f64>,
    /// The metric's unit
    #[arg(long, requires = "metric")]
    pub unit: Option<String>,
    /// Measurable where no number fits: what someone could observe
    #[arg(long, value_name = "TEXT")]
    pub criterion: Option<String>,
    /// Achievable: resources, support and constraints agreed
    #[arg(long, value_name = "TEXT")]
    pub achievable: Option<String>,
    /// Relevant: why it matters, which aspiration or step it serves
    #[arg(long, visible_alias = "why", value_name = "TEXT")]
    pub relevant: Option<String>,
    /// Time-bound: the due date
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// A skill the goal develops (repeat for several)
    #[arg(long)]
    pub skill: Vec<String>,
    #[arg(long, value_parser = choice::<GoalStatus>(GOAL_STATUSES), default_value = "draft")]
    pub status: GoalStatus,
}

#[derive(Debug, Subcommand)]
pub enum MilestoneCmd {
    /// Add a milestone to a goal (shared with the mentee)
    #[command(
        after_help = "Example:\n  mentor milestone add --goal g4 \"Shadow two reviews\" --due +3w"
    )]
    Add {
        /// The goal's ID
        #[arg(long)]
        goal: String,
        /// What the step is
        title: String,
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
    },
    /// Mark a milestone done (today)
    #[command(after_help = "Example:\n  mentor milestone done ms5")]
    Done {
        /// The milestone's ID
        id: String,
    },
    /// Change a milestone (only the options given change)
    #[command(
        after_help = "Examples:\n  mentor milestone edit ms5 --title \"Shadow three reviews\" --due +4w\n  mentor milestone edit ms5 --clear-due"
    )]
    Edit(MilestoneEdit),
    /// Remove a milestone
    #[command(after_help = "Example:\n  mentor milestone remove ms5 --yes")]
    Remove(RemoveArgs),
}

#[derive(Debug, Subcommand)]
pub enum FeedbackCmd {
    /// Add a feedback note (shared with the mentee unless --private)
    #[command(
        after_help = "Examples:\n  mentor feedback add --mentee alice --kind strength \"Ran a calm, well-timed review\"\n  mentor feedback add --mentee alice --kind improvement \"Let others finish\" --private"
    )]
    Add {
        /// ID or name of the mentee
        #[arg(long)]
        mentee: String,
        #[arg(long, value_parser = choice::<FeedbackKind>(FEEDBACK_KINDS))]
        kind: FeedbackKind,
        /// The feedback
        text: String,
        /// The goal it is about
        #[arg(long, value_name = "ID")]
        goal: Option<String>,
        /// Keep it to yourself
        #[arg(long)]
        private: bool,
        /// [default: today]
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// List feedback, newest first, with the balance of strengths and improvements
    #[command(
        after_help = "Examples:\n  mentor feedback list\n  mentor feedback list --mentee alice --json"
    )]
    List {
        /// Only this mentee's feedback
        #[arg(long)]
        mentee: Option<String>,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Change a feedback note (only the options given change)
    #[command(
        after_help = "Examples:\n  mentor feedback edit f7 --text \"Ran a calm review\" --goal g4\n  mentor feedback edit f7 --private --no-goal"
    )]
    Edit(FeedbackEdit),
    /// Remove a feedback note
    #[command(after_help = "Example:\n  mentor feedback remove f7 --yes")]
    Remove(RemoveArgs),
}

#[derive(Debug, Subcommand)]
pub enum ConnectionCmd {
    /// Suggest an introduction, event, course or resource (shared with the mentee)
    #[command(
        after_help = "Example:\n  mentor connection add --mentee alice --kind introduction \"Meet Dana, staff engineer\" --who \"Dana Kim\""
    )]
    Add {
        /// ID or name of the mentee
        #[arg(long)]
        mentee: String,
        #[arg(long, value_parser = choice::<ConnectionKind>(CONNECTION_KINDS))]
        kind: ConnectionKind,
        /// What it is
        title: String,
        /// Who or what: a person, an organiser, a provider (shared with the mentee)
        #[arg(long)]
        who: Option<String>,
        /// A note about it: shared with the mentee
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        #[arg(long, value_parser = choice::<ConnectionStatus>(CONNECTION_STATUSES), default_value = "suggested")]
        status: ConnectionStatus,
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// Mark a connection made (today)
    #[command(after_help = "Example:\n  mentor connection done c9")]
    Done {
        /// The connection's ID
        id: String,
    },
    /// Change a connection (only the options given change)
    #[command(
        after_help = "Examples:\n  mentor connection edit c9 --who \"Dana Kim\" --note \"Met at the meetup\"\n  mentor connection edit c9 --status suggested --clear-date"
    )]
    Edit(ConnectionEdit),
    /// Remove a connection
    #[command(after_help = "Example:\n  mentor connection remove c9 --yes")]
    Remove(RemoveArgs),
    /// List connections
    #[command(
        after_help = "Examples:\n  mentor connection list\n  mentor connection list --mentee alice --json"
    )]
    List {
        /// Only this mentee's connections
        #[arg(long)]
        mentee: Option<String>,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
}
