//! The commands about sessions, series and action items.

use super::edits::{ActionEdit, RemoveArgs, SessionEdit};
use super::{CHANNELS, OWNERS, SESSION_STATUSES, choice};
use crate::domain::{Channel, Owner, SessionStatus};
use clap::{Args, Subcommand};

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
    /// Plan a recurring series of sessions (same local time, whatever daylight saving does)
    #[command(
        after_help = "Without --count or --until, plans up to the agreement's end date, else 6 sessions.\n\nExamples:\n  mentor session plan --mentee alice --every 2w --from 2026-12-01 --at 10:00 --count 6\n  mentor session plan --mentee bob --from monday --until 2027-06-30"
    )]
    Plan(Box<SessionPlan>),
    /// Move one session to another time (a session of a series stays in its series)
    #[command(after_help = "Example:\n  mentor session move s41 --to \"2026-12-03 15:00\"")]
    Move {
        /// The session's ID
        id: String,
        /// The new date and time
        #[arg(long, value_name = "WHEN")]
        to: String,
    },
    /// Cancel one session (the rest of its series stays planned)
    #[command(after_help = "Example:\n  mentor session cancel s41")]
    Cancel {
        /// The session's ID
        id: String,
    },
    /// Mark a planned session held, and add its notes
    #[command(
        after_help = "Example:\n  mentor session held s41 --notes \"Went through the RFC\" --private-notes \"Tired\""
    )]
    Held {
        /// The session's ID
        id: String,
        /// Notes both sides see: shared with the mentee (added to any there are)
        #[arg(long, value_name = "TEXT")]
        notes: Option<String>,
        /// Notes only you see (never shared)
        #[arg(long, value_name = "TEXT")]
        private_notes: Option<String>,
        /// Mark it held even though its day is still to come
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        levels: LevelArgs,
    },
    /// Change a session's time, length, channel, agenda, notes or goals (only the options given
    /// change; `held` and `cancel` change its status)
    #[command(
        after_help = "Examples:\n  mentor session edit s41 --agenda \"Mock review\" --minutes 60\n  mentor session edit s41 --goal g4 --goal g7\n  mentor session edit s41 --no-goals"
    )]
    Edit(Box<SessionEdit>),
    /// Remove a session with its action items
    #[command(after_help = "Example:\n  mentor session remove s41 --yes")]
    Remove(RemoveArgs),
    /// Cancel the sessions of a series still planned from a date on (held ones stay)
    #[command(
        after_help = "ID is a session of the series or the series itself. Without --from, cancels from that\nsession's day on (for a series ID: from today on).\n\nExamples:\n  mentor session cancel-series s41\n  mentor session cancel-series sr40 --from 2027-01-01"
    )]
    CancelSeries {
        /// A session of the series, or the series' ID
        id: String,
        /// Cancel the planned sessions on or after this date
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct SessionPlan {
    /// ID or name of the mentee
    #[arg(long)]
    pub mentee: String,
    /// How often [default: the agreement's cadence]
    #[arg(long, value_name = "CADENCE")]
    pub every: Option<String>,
    /// The date of the first session [default: one cadence after the last held session, or
    /// tomorrow]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Local time of day
    #[arg(long, value_name = "HH:MM", default_value = "10:00")]
    pub at: String,
    /// How many sessions
    #[arg(long, conflicts_with = "until")]
    pub count: Option<u32>,
    /// Plan sessions up to this date (included)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Length in minutes [default: the agreement's]
    #[arg(long)]
    pub minutes: Option<u32>,
    #[arg(long, value_parser = choice::<Channel>(CHANNELS))]
    pub channel: Option<Channel>,
    /// An agenda for every session of the series (shared with the mentee)
    #[arg(long, value_name = "TEXT")]
    pub agenda: Option<String>,
}

#[derive(Debug, Args)]
pub struct SessionAdd {
    /// ID or name of the mentee
    #[arg(long)]
    pub mentee: String,
    /// When it starts ("2026-12-01 10:00", "tomorrow 3pm", "friday" at 09:00) [default: now]
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
    /// What to talk about (shared with the mentee)
    #[arg(long, value_name = "TEXT")]
    pub agenda: Option<String>,
    /// Notes both sides see: shared with the mentee
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    /// Notes only you see (never shared)
    #[arg(long, value_name = "TEXT")]
    pub private_notes: Option<String>,
    /// A goal discussed (repeat for several)
    #[arg(long = "goal", value_name = "ID")]
    pub goals: Vec<String>,
    /// An action item, shared with the mentee (repeat for several)
    #[arg(long = "action", value_name = "TEXT")]
    pub actions: Vec<String>,
    /// Who owns the --action before it [default: mentee]
    #[arg(long = "owner", value_parser = choice::<Owner>(OWNERS))]
    pub owners: Vec<Owner>,
    /// Due date of the --action before it
    #[arg(long = "due", value_name = "DATE")]
    pub dues: Vec<String>,
    #[command(flatten)]
    pub levels: LevelArgs,
}

/// The mood and energies a held session records (1 to 5 each).
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct LevelArgs {
    /// The mentee's mood in the session, 1 (low) to 5 (high) (shared with the mentee)
    #[arg(long, value_name = "1-5")]
    pub mood: Option<u8>,
    /// The mentee's energy in the session, 1 to 5 (shared with the mentee)
    #[arg(long, value_name = "1-5")]
    pub energy: Option<u8>,
    /// Your own energy after the session, 1 to 5 (never shared)
    #[arg(long, value_name = "1-5")]
    pub mentor_energy: Option<u8>,
}

#[derive(Debug, Subcommand)]
pub enum ActionCmd {
    /// Mark an action item done (today)
    #[command(after_help = "Example:\n  mentor action done a12")]
    Done {
        /// The action item's ID
        id: String,
    },
    /// Change an action item (only the options given change)
    #[command(
        after_help = "Examples:\n  mentor action edit a12 --text \"Send the agenda\" --due monday\n  mentor action edit a12 --owner mentor --clear-due"
    )]
    Edit(ActionEdit),
    /// Remove an action item
    #[command(after_help = "Example:\n  mentor action remove a12 --yes")]
    Remove(RemoveArgs),
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
