//! `mentor config ...`, `mentor completions` and `mentor man`: fitting mentor into the shell.

use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Print where the config file is (or would be)
    #[command(after_help = "MENTOR_CONFIG names another file.\n\nExample:\n  mentor config path")]
    Path,
    /// Show every setting in force and where it comes from: the file or the default
    #[command(after_help = "Example:\n  mentor config show\n  mentor config show --json")]
    Show {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Write a commented config file with every setting at its default
    #[command(
        after_help = "The file is written with mode 0644 (it holds no secret) and never replaces one that\nexists unless --force.\n\nExamples:\n  mentor config init\n  MENTOR_CONFIG=/tmp/try.toml mentor config init --force"
    )]
    Init {
        /// Replace the file if it exists
        #[arg(long)]
        force: bool,
    },
    /// List the actions of the app's keys, as `[keys]` of the config file names them
    #[command(after_help = "Example:\n  mentor config keys")]
    Keys,
}

/// A shell that completions are written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShellName {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: ShellName,
    /// A script that completes commands and options on its own, without asking mentor: no
    /// mentee names or IDs
    #[arg(long = "static")]
    pub fixed: bool,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The directory to write the pages to (made if missing) [default: print mentor(1) to
    /// standard output]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}
