//! The command line: every operation on the store, for scripts and quick capture.
//!
//! Each command is a thin call into `domain` and `store`: parse the arguments, open the store
//! (locked, for commands that change it), apply one change, save. A failure anywhere prints one
//! line on stderr, exits non-zero and leaves the file untouched.

mod args;
mod brief;
mod closing;
mod conflicts;
mod context;
mod dev;
mod edit;
mod exchange;
mod feedback;
mod goal;
mod hours;
mod ics;
mod inbox;
mod keep;
mod mentee;
mod merge;
mod output;
mod path;
mod plan;
mod questions;
mod remove;
mod reply;
mod reply_mode;
mod restore;
mod schedule;
mod session;
mod setup;
mod share;
mod skill;
mod sync;
mod template;
mod usage;
mod workspace;

pub use goal::goal_list_text;
pub use plan::plan_text;

pub use args::{Cli, Command};
pub use context::{CliError, Context};

use clap::{CommandFactory, FromArgMatches};
use std::io::IsTerminal;
use std::process::ExitCode;

/// Parses the process's arguments and runs the command; returns the process exit code.
pub fn main() -> ExitCode {
    // `MENTOR_COMPLETE=<shell> mentor ...`: the shell's completion script asking for candidates
    // (see `mentor completions`); answers and exits before anything else runs.
    setup::complete_from_env();
    // Usage errors are one line on stderr with exit code 2, as every other error (clap's own
    // report spans several lines); help and version print as clap writes them.
    let matches = match Cli::command().try_get_matches() {
        Ok(m) => m,
        Err(e) => return usage::fail(e),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return usage::fail(e),
    };
    keep::one_command_process();
    match run(cli, &matches) {
        Ok(()) => ExitCode::SUCCESS,
        // `mentor goal list | head -1`: the reader has what it wanted and is gone.
        Err(CliError::ClosedPipe) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("mentor: {}", crate::domain::text::block(&e.to_string()));
            ExitCode::from(e.exit_code())
        }
    }
}

/// Sets the language texts are shown in: `--lang`, then the config file's `language`, then the
/// locale (`LC_ALL`, `LC_MESSAGES`, `LANG`) through [`crate::i18n::choose`]. A language the
/// config file names but mentor does not speak is a warning, and the locale decides.
fn language(flag: Option<crate::i18n::Lang>, config: Option<&str>) -> Result<(), CliError> {
    let env = |name: &str| std::env::var(name).ok();
    let lang = match crate::i18n::choose(flag, config, env) {
        Ok(lang) => lang,
        Err(e) if flag.is_none() && config.is_some() => {
            eprintln!(
                "mentor: {}",
                crate::t!("cli-warn-config-language", error = e.to_string())
            );
            crate::i18n::choose(None, None, env).map_err(|e| CliError::Input(e.to_string()))?
        }
        Err(e) => return Err(CliError::Input(e.to_string())),
    };
    crate::i18n::set(lang);
    Ok(())
}

/// Runs a parsed command line. `matches` gives the order of repeated options where it matters
/// (which `--owner` belongs to which `--action`).
pub fn run(cli: Cli, matches: &clap::ArgMatches) -> Result<(), CliError> {
    let ctx = Context::new(&cli)?;
    match cli.command {
        None if cli.demo => workspace::interactive(&ctx, true),
        None if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() => {
            workspace::interactive(&ctx, false)
        }
        None => workspace::summary(&ctx),
        Some(Command::Where { json }) => workspace::show_where(&ctx, json),
        Some(Command::Profile(a)) => workspace::profile(&ctx, a),
        Some(Command::Restore(a)) => restore::restore(&ctx, a),
        Some(Command::Merge(a)) => merge::merge(&ctx, a),
        Some(Command::Share(a)) => share::share(&ctx, a),
        Some(Command::View(a)) => share::view(&ctx, a),
        Some(Command::Reply(a)) => reply::run(&ctx, a),
        Some(Command::Inbox(a)) => inbox::run(&ctx, a),
        Some(Command::Agenda { days, json }) => schedule::agenda(&ctx, days, json),
        Some(Command::Brief { mentee, json }) => brief::brief(&ctx, &mentee, json),
        Some(Command::Summary {
            mentee,
            since,
            json,
        }) => brief::summary(&ctx, &mentee, since.as_deref(), json),
        Some(Command::Report(a)) => brief::report(&ctx, a),
        Some(Command::Closing(a)) => closing::run(&ctx, a),
        Some(Command::Questions(a)) => questions::run(&ctx, a),
        Some(Command::Export(args::ExportCmd::Ics {
            mentee,
            output,
            force,
        })) => ics::export_ics(&ctx, mentee.as_deref(), output, force),
        Some(Command::Dev(c)) => dev::run(&ctx, c),
        Some(Command::Template(a)) => template::run(&ctx, a),
        Some(Command::Mentee(c)) => mentee::run(&ctx, c),
        Some(Command::Goal(c)) => goal::run_goal(&ctx, c),
        Some(Command::Milestone(c)) => goal::run_milestone(&ctx, c),
        Some(Command::Session(c)) => {
            let sub = matches
                .subcommand_matches("session")
                .and_then(|m| m.subcommand_matches("add"));
            session::run_session(&ctx, c, sub)
        }
        Some(Command::Action(c)) => session::run_action(&ctx, c),
        Some(Command::Feedback(c)) => feedback::run_feedback(&ctx, c),
        Some(Command::Connection(c)) => feedback::run_connection(&ctx, c),
        Some(Command::Path(c)) => path::run(&ctx, c),
        Some(Command::Skill(c)) => skill::run(&ctx, c),
        Some(Command::Config(c)) => setup::config(&ctx, c),
        Some(Command::Completions(a)) => setup::completions(a),
        Some(Command::Man(a)) => setup::man(a),
        Some(Command::Sync(a)) => sync::run(&ctx, a),
        Some(Command::Conflicts(a)) => conflicts::run(&ctx, a),
    }
}
