//! Command-line syntax: every command, option and help text.

use crate::domain::{
    Channel, ConnectionKind, ConnectionStatus, FeedbackKind, GoalStatus, MenteeStatus,
    MentoringKind, Owner, SessionStatus, workspace::parse_kebab,
};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// A parser for an enum of the domain, offering exactly its values (as the file writes them).
fn choice<T>(values: &'static [&'static str]) -> impl TypedValueParser<Value = T>
where
    T: serde::de::DeserializeOwned + Clone + Send + Sync + 'static,
{
    PossibleValuesParser::new(values)
        .try_map(|s: String| parse_kebab::<T>(&s).ok_or_else(|| format!("unknown value \"{s}\"")))
}

const KINDS: &[&str] = MentoringKind::NAMES;
const MENTEE_STATUSES: &[&str] = MenteeStatus::NAMES;
const CHANNELS: &[&str] = Channel::NAMES;
const GOAL_STATUSES: &[&str] = GoalStatus::NAMES;
const SESSION_STATUSES: &[&str] = SessionStatus::NAMES;
const OWNERS: &[&str] = Owner::NAMES;
const FEEDBACK_KINDS: &[&str] = FeedbackKind::NAMES;
const CONNECTION_KINDS: &[&str] = ConnectionKind::NAMES;
const CONNECTION_STATUSES: &[&str] = ConnectionStatus::NAMES;

const MAIN_AFTER_HELP: &str = "\
Dates accept 2026-12-01, today, tomorrow, friday, next friday, +2w, +10d, +1m, in 3 days.
MENTEE is an ID (m3) or a name: any case, or the unique start of one.

Examples:
  mentor mentee add \"Alice Moreau\" --kind career --every 2w --minutes 45 --channel video
  mentor goal add --mentee alice \"Lead a design review\" --due +3m --metric \"reviews led\" --target 3
  mentor session add --mentee alice --notes \"Went through the RFC\" --action \"Draft agenda\" --due friday
  mentor goal check
  mentor mentee list --json

Data: one JSON file (see `mentor where`); every change is saved atomically, with backups.";

/// A terminal mentorship tracker: agreements, SMART goals, sessions, feedback and network.
///
/// With no command, opens the full-screen app on the store (created on first run). When the
/// output is not a terminal, prints a one-line summary instead.
#[derive(Debug, Parser)]
#[command(name = "mentor", version, after_help = MAIN_AFTER_HELP)]
pub struct Cli {
    /// The store file to use [default: mentor.json in the local data directory]
    #[arg(long, global = true, env = "MENTOR_STORE", value_name = "PATH")]
    pub store: Option<PathBuf>,

    /// Open the full-screen app on a built-in sample workspace (a temporary copy: your store is
    /// never touched)
    #[arg(long)]
    pub demo: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the files in use: the store, its lock and its backups
    #[command(
        after_help = "Example:\n  mentor where\n  mentor --store ~/notes/mentor.json where --json"
    )]
    Where {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Show or set the mentor's own profile: name, capacity, default session length
    #[command(
        after_help = "Examples:\n  mentor profile\n  mentor profile --name \"Sam Lee\" --capacity 10 --session-minutes 45"
    )]
    Profile(ProfileArgs),
    /// Restore the store from a backup (the unreadable or current file is kept aside)
    #[command(
        after_help = "Examples:\n  mentor restore --list\n  mentor restore            # the newest backup that reads cleanly\n  mentor restore ~/.local/share/mentor/mentor.json.backups/mentor.json.000041"
    )]
    Restore(RestoreArgs),
    /// Write one mentee's shareable plan to a bundle file for them (private notes never go in)
    #[command(
        after_help = "The bundle holds the mentee's goals, milestones, agreement, shared session notes,\naction items, shared feedback and connections; never private notes, private\nfeedback, other mentees or your capacity. It is created with mode 0600 and never\nreplaces an existing file (or follows a symlink) unless --force.\n\nExamples:\n  mentor share alice                      # writes ./alice-moreau.mentor.json\n  mentor share alice -o ~/shared/alice.json --force"
    )]
    Share(ShareArgs),
    /// Open a bundle or a store read-only: the mentee's view of their plan
    #[command(
        after_help = "Without FILE, views your own store. The view reloads by itself when the file\nchanges, and never writes, creates or locks anything.\n\nExamples:\n  mentor view alice-moreau.mentor.json\n  mentor view --mentee alice              # your store, exactly as Alice would see it\n  mentor view alice-moreau.mentor.json --print"
    )]
    View(ViewArgs),
    /// Add, list, show, edit and remove mentees
    #[command(subcommand)]
    Mentee(MenteeCmd),
    /// SMART goals: add, list, check, mark done, record progress
    #[command(subcommand)]
    Goal(GoalCmd),
    /// Milestones of a goal
    #[command(subcommand)]
    Milestone(MilestoneCmd),
    /// Sessions (check-ins) with notes and action items
    #[command(subcommand)]
    Session(SessionCmd),
    /// Action items agreed in sessions
    #[command(subcommand)]
    Action(ActionCmd),
    /// Feedback notes: strengths, improvements, observations
    #[command(subcommand)]
    Feedback(FeedbackCmd),
    /// The mentor's network put to use: introductions, events, courses, resources
    #[command(subcommand)]
    Connection(ConnectionCmd),
}

#[derive(Debug, Args)]
pub struct ProfileArgs {
    /// The mentor's name
    #[arg(long)]
    pub name: Option<String>,
    /// Hours per month available for mentoring
    #[arg(long, value_name = "HOURS")]
    pub capacity: Option<f64>,
    /// Session length used where an agreement names none
    #[arg(long, value_name = "MINUTES")]
    pub session_minutes: Option<u32>,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ShareArgs {
    /// ID or name of the mentee
    pub mentee: String,
    /// Where to write [default: ./<name>.mentor.json]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the file if it exists (a symlink there is replaced, not followed)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ViewArgs {
    /// A bundle or a store file [default: your store]
    pub file: Option<PathBuf>,
    /// Show a store as this mentee would see it (ID or name)
    #[arg(long)]
    pub mentee: Option<String>,
    /// Print the plan as text instead of opening the full-screen view
    #[arg(long)]
    pub print: bool,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup file to restore [default: the newest backup that reads cleanly]
    pub backup: Option<PathBuf>,
    /// List the backups instead of restoring
    #[arg(long)]
    pub list: bool,
}

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
        /// Concluding sets the end date to today unless --ended says otherwise
        #[arg(long, value_parser = choice::<MenteeStatus>(MENTEE_STATUSES))]
        status: Option<MenteeStatus>,
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
    /// Add a SMART goal (drafts may be incomplete; the SMART check says what is missing)
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
    /// Add a milestone to a goal
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
}

#[derive(Debug, Subcommand)]
pub enum SessionCmd {
    /// Record a session: notes, and action items for either side
    #[command(
        after_help = "Each --owner and --due applies to the --action before it.\n\nExample:\n  mentor session add --mentee alice --at \"today 10:00\" --minutes 45 \\\n      --agenda \"Review prep\" --notes \"Walked through the RFC\" --private-notes \"Seemed tired\" \\\n      --action \"Draft the review agenda\" --due friday \\\n      --action \"Introduce Alice to Dana\" --owner mentor"
    )]
    Add(Box<SessionAdd>),
    /// List sessions, newest first
    #[command(
        after_help = "Examples:\n  mentor session list\n  mentor session list --mentee alice --json"
    )]
    List {
        /// Only this mentee's sessions
        #[arg(long)]
        mentee: Option<String>,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct SessionAdd {
    /// ID or name of the mentee
    #[arg(long)]
    pub mentee: String,
    /// When it starts ("2026-12-01 10:00", "tomorrow 14:00", "friday") [default: now]
    #[arg(long, value_name = "WHEN")]
    pub at: Option<String>,
    /// Length in minutes [default: the agreement's]
    #[arg(long)]
    pub minutes: Option<u32>,
    #[arg(long, value_parser = choice::<Channel>(CHANNELS))]
    pub channel: Option<Channel>,
    /// [default: planned when in the future, else held]
    #[arg(long, value_parser = choice::<SessionStatus>(SESSION_STATUSES))]
    pub status: Option<SessionStatus>,
    #[arg(long, value_name = "TEXT")]
    pub agenda: Option<String>,
    /// Notes both sides see
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    /// Notes only you see
    #[arg(long, value_name = "TEXT")]
    pub private_notes: Option<String>,
    /// A goal discussed (repeat for several)
    #[arg(long = "goal", value_name = "ID")]
    pub goals: Vec<String>,
    /// An action item (repeat for several)
    #[arg(long = "action", value_name = "TEXT")]
    pub actions: Vec<String>,
    /// Who owns the --action before it [default: mentee]
    #[arg(long = "owner", value_parser = choice::<Owner>(OWNERS))]
    pub owners: Vec<Owner>,
    /// Due date of the --action before it
    #[arg(long = "due", value_name = "DATE")]
    pub dues: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum ActionCmd {
    /// Mark an action item done (today)
    #[command(after_help = "Example:\n  mentor action done a12")]
    Done {
        /// The action item's ID
        id: String,
    },
    /// List action items, earliest due first
    #[command(
        after_help = "Examples:\n  mentor action list --open\n  mentor action list --mentee alice --owner mentor --json"
    )]
    List {
        /// Only items not done yet
        #[arg(long)]
        open: bool,
        /// Only this mentee's items
        #[arg(long)]
        mentee: Option<String>,
        /// Only this side's items
        #[arg(long, value_parser = choice::<Owner>(OWNERS))]
        owner: Option<Owner>,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
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
}

#[derive(Debug, Subcommand)]
pub enum ConnectionCmd {
    /// Suggest an introduction, event, course or resource
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
        /// Who or what: a person, an organiser, a provider
        #[arg(long)]
        who: Option<String>,
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
