//! `mentor reply ...` (the mentee writes back) and `mentor inbox ...` (the mentor takes it in).

use clap::{Args, Subcommand};
use std::path::PathBuf;

pub(crate) const REPLY_HELP: &str = "\
Writes only to the reply file beside the bundle (alice-moreau.reply.json beside
alice-moreau.mentor.json, mode 0600), never to the bundle, and says where it wrote. Send that
file to your mentor (mail, a shared folder); they accept or decline each entry, and their next
bundle tells you which (with their reason when they give one). Without a command, shows what
you can write about (with the IDs the commands take) and what the reply holds.

Examples:
  mentor reply alice-moreau.mentor.json reflect s12 \"The mock interview helped a lot\"
  mentor reply alice-moreau.mentor.json done a31
  mentor reply alice-moreau.mentor.json done ms8 --on yesterday
  mentor reply alice-moreau.mentor.json progress g4 3
  mentor reply alice-moreau.mentor.json topic \"How do I ask for a raise?\"
  mentor reply alice-moreau.mentor.json checkin --mood 4 --energy 3 \"Busy week\"
  mentor reply alice-moreau.mentor.json list --json";

pub(crate) const INBOX_HELP: &str = "\
Reads a mentee's reply (the file they sent back), refuses it whole if anything in it is not
permitted (another mentee's record, a field a reply cannot reach, control characters, too large,
a plan shared with someone else), keeps its new entries in the mentee's inbox, and lists each
with the record it touches, the value now and the value proposed. Accepting makes the same
change as your own edit, marked as coming from the mentee; reading the same reply again adds
nothing. An entry whose record changed since you shared the plan is stale: --accept-all leaves
it, accept it by name if it still holds. Your next `mentor share` carries the answers back.

Examples:
  mentor inbox alice-moreau.reply.json
  mentor inbox alice-moreau.reply.json accept r4k2m9x0qa
  mentor inbox alice-moreau.reply.json decline r7 --reason \"Let's look at it together\"
  mentor inbox alice-moreau.reply.json --accept-all
  mentor inbox alice-moreau.reply.json --json";

#[derive(Debug, Args)]
pub struct ReplyArgs {
    /// The bundle your mentor shared with you (name.mentor.json)
    pub bundle: PathBuf,
    #[command(subcommand)]
    pub cmd: Option<ReplyCmd>,
}

#[derive(Debug, Subcommand)]
pub enum ReplyCmd {
    /// Your own notes on a session (SESSION is its ID)
    Reflect { session: String, text: String },
    /// Report a milestone or one of your own action items done (by its ID)
    Done {
        id: String,
        /// The day it was done [default: today]
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
    /// A new current value for a goal's metric
    Progress {
        goal: String,
        #[arg(allow_negative_numbers = true)]
        value: f64,
    },
    /// A topic or question for the next session's agenda
    Topic { text: String },
    /// An action item you take on
    Action {
        text: String,
        /// When it is due
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
    },
    /// A short check-in before a session: mood and energy from 1 (low) to 5 (high)
    Checkin {
        #[arg(long, value_parser = clap::value_parser!(u8).range(1..=5))]
        mood: u8,
        #[arg(long, value_parser = clap::value_parser!(u8).range(1..=5))]
        energy: u8,
        /// What is on your mind
        text: Option<String>,
    },
    /// Your closing reflection on the mentoring
    Closing { text: String },
    /// What the reply holds, and your mentor's answers from the bundle
    List {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Commit the reply file and push it, when the bundle sits in a git work tree
    Send,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = false)]
pub struct InboxArgs {
    /// A reply a mentee sent back (name.reply.json)
    #[arg(required_unless_present = "from")]
    pub file: Option<PathBuf>,
    /// Pull the git work tree DIR shared with your mentees and take in every reply in it
    #[arg(long, value_name = "DIR", conflicts_with = "file")]
    pub from: Option<PathBuf>,
    /// Accept every entry that is neither stale nor unable to apply
    #[arg(long, conflicts_with = "json")]
    pub accept_all: bool,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
    #[command(subcommand)]
    pub cmd: Option<InboxCmd>,
}

#[derive(Debug, Subcommand)]
pub enum InboxCmd {
    /// Accept one entry (its ID, or the unique start of it)
    Accept {
        entry: String,
        /// A one-line reason the mentee sees
        #[arg(long)]
        reason: Option<String>,
    },
    /// Decline one entry, with an optional one-line reason the mentee sees
    Decline {
        entry: String,
        #[arg(long)]
        reason: Option<String>,
    },
}
