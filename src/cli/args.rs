//! Command-line syntax: every command, option and help text.

use crate::domain::{
    Channel, ConnectionKind, ConnectionStatus, FeedbackKind, GoalStatus, MenteeStatus,
    MentoringKind, Owner, SessionStatus, workspace::parse_kebab,
};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

mod edits;
mod path;
mod questions;
mod records;
mod reply;
mod sessions;
mod setup;
mod sync;
mod templates;
pub use edits::*;
pub use path::*;
pub use questions::*;
pub use records::*;
pub use reply::*;
pub use sessions::*;
pub use setup::*;
pub use sync::*;
pub use templates::*;

/// A parser for an enum of the domain, offering exactly its values (as the file writes them).
pub(crate) fn choice<T>(values: &'static [&'static str]) -> impl TypedValueParser<Value = T>
where
    T: serde::de::DeserializeOwned + Clone + Send + Sync + 'static,
{
    PossibleValuesParser::new(values)
        .try_map(|s: String| parse_kebab::<T>(&s).ok_or_else(|| format!("unknown value \"{s}\"")))
}

pub(crate) const KINDS: &[&str] = MentoringKind::NAMES;
pub(crate) const MENTEE_STATUSES: &[&str] = MenteeStatus::NAMES;
pub(crate) const CHANNELS: &[&str] = Channel::NAMES;
pub(crate) const GOAL_STATUSES: &[&str] = GoalStatus::NAMES;
pub(crate) const SESSION_STATUSES: &[&str] = SessionStatus::NAMES;
pub(crate) const OWNERS: &[&str] = Owner::NAMES;
pub(crate) const FEEDBACK_KINDS: &[&str] = FeedbackKind::NAMES;
pub(crate) const CONNECTION_KINDS: &[&str] = ConnectionKind::NAMES;
pub(crate) const CONNECTION_STATUSES: &[&str] = ConnectionStatus::NAMES;

const MAIN_AFTER_HELP: &str = "\
Dates accept 2026-12-01, today, tomorrow, friday, next friday, 3 apr, +2w, +10d, +1m, in 3 days;
times add 10:00, 3pm or noon (tomorrow 3pm). Write numeric dates as YYYY-MM-DD.
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

    /// Leave the mouse to the terminal (its own text selection) instead of clicks and the wheel
    /// in the app [env: MENTOR_NO_MOUSE=1]
    #[arg(long, global = true, env = "MENTOR_NO_MOUSE", hide_env = true,
          value_parser = clap::builder::FalseyValueParser::new())]
    pub no_mouse: bool,

    /// The language to show: en or nl [default: from the config file, then LC_ALL,
    /// LC_MESSAGES, LANG; else English]
    #[arg(long, global = true, value_name = "LANG", value_parser = crate::i18n::Lang::parse)]
    pub lang: Option<crate::i18n::Lang>,

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
    /// Restore the store from a backup or a conflict copy (the file replaced is kept aside)
    #[command(
        after_help = "The file replaced is kept aside in the backup directory. A store that reads cleanly is\nonly rolled back after a yes: typed at the prompt, or --yes.\n\nExamples:\n  mentor restore --list\n  mentor restore            # the newest copy that reads cleanly\n  mentor restore ~/.local/share/mentor/mentor.json.backups/mentor.json.000041\n  mentor restore ~/.local/share/mentor/mentor.json.conflict-2 --yes"
    )]
    Restore(RestoreArgs),
    /// Merge two versions of the store record by record (git's merge driver for the store)
    #[command(after_help = MERGE_HELP)]
    Merge(MergeArgs),
    /// Write one mentee's shareable plan to a bundle file for them (private notes never go in)
    #[command(
        after_help = "The bundle holds the mentee's goals, milestones, agreement, shared session notes,\naction items, shared feedback and connections; never private notes, private\nfeedback, other mentees or your capacity. It is created with mode 0600 and never\nreplaces an existing file (or follows a symlink) unless --force. Sharing is recorded in\nyour store (where, when, and the mentee's reply key, drawn the first time), so the reply\nthey send back is matched to them, and the bundle carries your answers to their replies.\n\nWith --to DIR the bundle goes into a git repository you share with the mentee (one that\nholds only bundles and replies, never your store), is committed, and pushed when the\nrepository has a remote.\n\nExamples:\n  mentor share alice                      # writes ./alice-moreau.mentor.json\n  mentor share alice -o ~/shared/alice.json --force\n  mentor share alice --to ~/exchange/alice"
    )]
    Share(ShareArgs),
    /// Open a bundle or a store read-only: the mentee's view of their plan
    #[command(
        after_help = "Without FILE, views your own store. The view reloads by itself when the file\nchanges, and never writes, creates or locks anything.\n\nExamples:\n  mentor view alice-moreau.mentor.json\n  mentor view --mentee alice              # your store, exactly as Alice would see it\n  mentor view alice-moreau.mentor.json --print"
    )]
    View(ViewArgs),
    /// Write back to your mentor about the plan they shared: reflections, progress, done, topics
    #[command(after_help = reply::REPLY_HELP)]
    Reply(ReplyArgs),
    /// Take in a mentee's reply: list its entries, accept or decline them
    #[command(after_help = reply::INBOX_HELP)]
    Inbox(InboxArgs),
    /// What needs attention in the days ahead, across mentees
    #[command(
        after_help = "Lists overdue check-ins, planned sessions, open action items due and milestones due.\n\nExamples:\n  mentor agenda\n  mentor agenda --days 30 --json"
    )]
    Agenda {
        /// How many days ahead, today included
        #[arg(long, default_value_t = 14, value_parser = clap::value_parser!(u32).range(1..=366))]
        days: u32,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Before a session: what to know about a mentee, and agenda items with their causes
    #[command(
        after_help = "Time since the last session and the cadence, open action items of each side (oldest\nfirst), goals overdue, due soon or without progress, the last session's shared notes and\nagenda, feedback since then, mood and energy, stages and skill gaps, and suggested agenda\nitems each with the fact behind it. The rules: docs/BRIEF.md.\n\nExamples:\n  mentor brief alice\n  mentor brief m3 --json"
    )]
    Brief {
        /// ID or name of the mentee
        mentee: String,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Questions to ask a mentee, by phase: the built-in bank and your own
    #[command(after_help = QUESTIONS_HELP)]
    Questions(QuestionsArgs),
    /// A summary of a mentee's history: recurring themes, commitments kept, goals achieved and dropped
    #[command(
        after_help = "Extractive, from the notes and feedback alone (no network, no model): terms that recur\nacross sessions (English and Dutch stop words left out), action items made and kept with\na follow-through rate per side, goals achieved and dropped.\n\nExamples:\n  mentor summary alice\n  mentor summary alice --since 2026-06-01 --json"
    )]
    Summary {
        /// ID or name of the mentee
        mentee: String,
        /// Only what happened on or after this date
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// A progress report of a mentee (safe to send), or of your practice, as Markdown or HTML
    #[command(
        after_help = "By default the report is built from what the mentee may see (as a bundle is), so it is\nsafe to send; --include-private builds it from your own records and says so at the top.\nThe HTML is one file: inline style and charts, no script, nothing fetched. With -o the\nfile is created with mode 0600 and never replaces an existing one unless --force.\n\nExamples:\n  mentor report alice --format md\n  mentor report alice --format html -o alice.html --since 2026-06-01\n  mentor report grace --closing --format html -o grace-closing.html\n  mentor report --practice --format html -o practice.html"
    )]
    Report(ReportArgs),
    /// Write the closing note of a concluded mentee: the note is for them, the private note yours
    #[command(
        after_help = "Conclude first (mentor mentee edit NAME --status concluded). The note goes into the\nmentee's closing report, bundle and view; the private note only into your own closing\nreport (--include-private). A flag not given keeps what is written; both empty take the\nnote away. The closing report: mentor report NAME --closing --format md|html.\n\nExamples:\n  mentor closing grace --note \"You made the move; keep building.\"\n  mentor closing grace --private-note \"Suggest her for the spring cohort.\""
    )]
    Closing(ClosingArgs),
    /// Export sessions to other tools
    #[command(subcommand)]
    Export(ExportCmd),
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
    /// A mentee's career path: its stages, their skills and goals
    #[command(subcommand)]
    Path(PathCmd),
    /// Skills: the workspace's vocabulary and each mentee's levels (1 to 5)
    #[command(subcommand)]
    Skill(SkillCmd),
    /// Templates: start a mentee from a plan (built-in or yours), save a plan as one, agenda prompts
    Template(TemplateArgs),
    /// Keep this store on several machines through your own git: commit, pull, push
    #[command(after_help = SYNC_HELP)]
    Sync(SyncArgs),
    /// Conflicts a sync's merge recorded: list them, keep one side or take the other
    #[command(after_help = CONFLICTS_HELP)]
    Conflicts(ConflictsArgs),
    /// Developer tools: generated workspaces for benchmarks
    #[command(subcommand, hide = true)]
    Dev(super::dev::DevCmd),
    /// The config file: where it is, the settings in force, a commented default to start from
    #[command(subcommand)]
    Config(ConfigCmd),
    /// Print a shell's completion script: commands, options, and mentee names and IDs
    #[command(
        after_help = "Install (see README.md):\n  bash  mentor completions bash > ~/.local/share/bash-completion/completions/mentor\n  zsh   mentor completions zsh > ~/.zfunc/_mentor   (with fpath+=(~/.zfunc) before compinit)\n  fish  mentor completions fish > ~/.config/fish/completions/mentor.fish\n\nThe script asks mentor for the candidates as you type (MENTOR_COMPLETE=<shell>\nmentor), so mentee names and IDs come from your store (MENTOR_STORE, else the default\none). --static writes a script that knows only the commands and options."
    )]
    Completions(CompletionsArgs),
    /// Write man pages (roff): mentor(1) and one per command
    #[command(
        after_help = "Examples:\n  mentor man | man -l -\n  mentor man --out ~/.local/share/man/man1 && man mentor-goal-add"
    )]
    Man(ManArgs),
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

#[derive(Debug, Subcommand)]
pub enum ExportCmd {
    /// Sessions as an iCalendar file (RFC 5545) for any calendar app
    #[command(
        after_help = "Each session is one event with a stable UID, so importing again updates instead of\nduplicating. The description holds the agenda and shared notes only, never private\nnotes. Times are written in UTC.\n\nExamples:\n  mentor export ics > mentoring.ics\n  mentor export ics --mentee alice -o alice.ics"
    )]
    Ics {
        /// Only this mentee's sessions
        #[arg(long)]
        mentee: Option<String>,
        /// Write to a file (0600, never over an existing one unless --force) [default: stdout]
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the output file if it exists
        #[arg(long, requires = "output")]
        force: bool,
    },
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
    /// Write it into the git work tree DIR you share with the mentee (replacing the one there),
    /// commit it, and push when the repository has a remote
    #[arg(long, value_name = "DIR", conflicts_with_all = ["output", "force"])]
    pub to: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ClosingArgs {
    /// ID or name of the mentee (concluded)
    pub mentee: String,
    /// The closing note for the mentee (shared with them)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Your own closing note (never shared)
    #[arg(long, value_name = "TEXT")]
    pub private_note: Option<String>,
}

/// How a report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Md,
    Html,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// ID or name of the mentee (not with --practice)
    #[arg(required_unless_present = "practice", conflicts_with = "practice")]
    pub mentee: Option<String>,
    /// Report on the whole practice: hours given against capacity, sessions per month,
    /// overdue check-ins
    #[arg(long)]
    pub practice: bool,
    #[arg(long, value_enum)]
    pub format: ReportFormat,
    /// Write to this file (mode 0600) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the file if it exists (a symlink there is replaced, not followed)
    #[arg(long, requires = "output")]
    pub force: bool,
    /// Only sessions, feedback and milestones done on or after this date [default for
    /// --practice: the last twelve months]
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Build it from your own records: private notes and feedback and your energy included,
    /// marked at the top (not for sending)
    #[arg(long, conflicts_with = "practice")]
    pub include_private: bool,
    /// The closing review instead of the progress report: goals met, partly met and dropped,
    /// milestones, sessions and hours, feedback by kind, connections made, the closing note and
    /// the mentee's reflection (the whole mentoring: not with --since)
    #[arg(long, conflicts_with_all = ["practice", "since"])]
    pub closing: bool,
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

const MERGE_HELP: &str = "\
This is the merge driver git runs for the store file when it pulls: `mentor sync init`
configures it (merge.mentor.driver = mentor merge %O %A %B), so you rarely run it yourself.

Records are matched by ID: additions on both sides are kept, a record removed on one side and
untouched on the other goes, edits to different fields of one record both land. Only the same
field changed differently on both sides is a conflict: OURS' value stays, THEIRS' is recorded
in the store for you to settle (`mentor conflicts`); conflicts never block the merge. The
result is written over OURS in the store's layout. Exit code 0 when merged; 1 (OURS untouched)
when a version cannot be read or the result would not be a valid store. The rules in full:
docs/SYNC.md.

Example:
  mentor merge base.json mentor.json theirs.json";

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The common ancestor (git's %O); an empty file means none
    #[arg(value_name = "BASE")]
    pub base: PathBuf,
    /// This machine's version (git's %A): the merged store is written here
    #[arg(value_name = "OURS")]
    pub ours: PathBuf,
    /// The other side's version (git's %B)
    #[arg(value_name = "THEIRS")]
    pub theirs: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The copy to restore: a backup or a conflict copy [default: the newest copy that reads
    /// cleanly]
    pub backup: Option<PathBuf>,
    /// List the copies (backups and conflict copies) with their time, size and state instead
    #[arg(long)]
    pub list: bool,
    /// Replace a store that reads cleanly without asking
    #[arg(long)]
    pub yes: bool,
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
