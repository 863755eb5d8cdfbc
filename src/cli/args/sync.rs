//! `mentor sync ...` and `mentor conflicts ...`: one store on several machines through git.

use clap::{Args, Subcommand};

pub(crate) const SYNC_HELP: &str = "\
Commits the store (only the store, .gitattributes and .gitignore) with a message naming what
changed (\"Alice: 2 goals, 1 session\"), fetches and merges what the remote has through the
mentor merge driver (record by record: see docs/SYNC.md), pushes, and says what came in and how
many conflicts are open (`mentor conflicts`). It runs your own git, so your credentials, SSH
configuration and hooks apply.

Without a remote the commit stays on this machine. A remote out of reach loses nothing: the
commit is kept and goes out with the next sync (exit code 7). While the full-screen app has the
store open, this command refuses: sync from the app instead, or close it first.

Examples:
  mentor sync init --remote ssh://me@nas.local/srv/git/mentor.git
  mentor sync
  git clone ssh://me@nas.local/srv/git/mentor.git ~/mentor && mentor --store ~/mentor/mentor.json sync";

pub(crate) const SYNC_INIT_HELP: &str = "\
Makes the store's directory a git repository (or uses the one it is in), adds to .gitattributes
the line that sends the store through the merge driver and to .gitignore its lock, temporary
files, backups, conflict copies and mentee bundles (bundles never go through sync), sets the
driver (`mentor merge %O %A %B`) in the repository's own configuration, marks the workspace
replicated (new IDs carry this machine's tag) and commits. Running it again, or in a fresh
clone, only fills in what is missing.

Privacy: a git remote holds your whole workspace, private notes and private feedback included,
with its full history. A remote on public hosting (GitHub, GitLab, Bitbucket, Codeberg, sr.ht,
...) is refused unless --i-understand: keep it private, or use a bare repository on a machine or
disk of your own.

Examples:
  mentor sync init
  mentor sync init --remote /media/usb/mentor.git
  mentor sync init --remote git@github.com:me/private-notes.git --i-understand";

pub(crate) const CONFLICTS_HELP: &str = "\
A conflict is the same field changed differently on two machines, or a record removed on one and
changed on the other. The merge never stops for one: it keeps this machine's value (an edit over
a removal) and records the other here until you choose. Resolving is saved like any change and
goes to the other machines with the next `mentor sync`.

Examples:
  mentor conflicts
  mentor conflicts --json
  mentor conflicts resolve x3f2a --keep
  mentor conflicts resolve x3f2a --take-other";

#[derive(Debug, Args)]
pub struct SyncArgs {
    #[command(subcommand)]
    pub cmd: Option<SyncCmd>,
}

#[derive(Debug, Subcommand)]
pub enum SyncCmd {
    /// Set the store up for sync through git (safe to run again, and in a fresh clone)
    #[command(after_help = SYNC_INIT_HELP)]
    Init {
        /// A git remote to add as origin: a path, ssh://, or user@host:path
        #[arg(long, value_name = "URL")]
        remote: Option<String>,
        /// Accept a remote on public hosting: you know it holds everything, private notes included
        #[arg(long)]
        i_understand: bool,
    },
}

#[derive(Debug, Args)]
pub struct ConflictsArgs {
    #[command(subcommand)]
    pub cmd: Option<ConflictsCmd>,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ConflictsCmd {
    /// Settle one conflict: keep the value the merge kept, or take the one it set aside
    #[command(
        after_help = "ID is the conflict's ID from `mentor conflicts`, or its unique start.\n\nExamples:\n  mentor conflicts resolve x3f2a --keep\n  mentor conflicts resolve x3f2a91c04d7e --take-other"
    )]
    Resolve {
        /// The conflict's ID, or its unique start
        id: String,
        /// Keep the value in the store (for a removal: keep the record)
        #[arg(
            long,
            required_unless_present = "take_other",
            conflicts_with = "take_other"
        )]
        keep: bool,
        /// Take the value the merge set aside (for a removal: remove the record)
        #[arg(long)]
        take_other: bool,
    },
}
