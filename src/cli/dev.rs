//! `mentor dev ...`: hidden commands for developers (not shown in `--help`).

use super::context::{CliError, Context};
use super::output::print;
use crate::generate::{self, Counts, Size};
use crate::store::{OpenOptions, Store};
use clap::Subcommand;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Subcommand)]
pub enum DevCmd {
    /// Write a generated workspace of realistic shape to a new store file
    #[command(
        after_help = "Sizes: s (10 mentees), m (100), l (500: about 10,000 goals, 40,000 milestones,\n20,000 sessions and 50,000 feedback notes), or a number of mentees. The same size,\nseed and day (MENTOR_NOW) give the same file. The file is written through the\nstore's save path and never over an existing file.\n\nExample:\n  mentor dev generate --size l --seed 1 -o /tmp/l.json"
    )]
    Generate {
        /// s, m, l, or a number of mentees
        #[arg(long, default_value = "s", value_parser = clap::value_parser!(Size))]
        size: Size,
        /// Seed of the generator
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The new store file to write
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Write the demo workspace (as `mentor --demo` opens it, dated today) to a new store file
    #[command(after_help = "Example:\n  mentor dev demo -o /tmp/demo.json")]
    Demo {
        /// The new store file to write
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
}

pub fn run(ctx: &Context, cmd: DevCmd) -> Result<(), CliError> {
    match cmd {
        DevCmd::Generate { size, seed, output } => {
            write_new_store(&output, generate::generate(size, seed, ctx.today()))
        }
        DevCmd::Demo { output } => {
            write_new_store(&output, crate::demo::demo_workspace(ctx.today()))
        }
    }
}

fn write_new_store(output: &Path, ws: crate::domain::Workspace) -> Result<(), CliError> {
    let exists = |path: &Path| path.symlink_metadata().is_ok();
    if exists(output) {
        return Err(CliError::Input(format!(
            "{} already exists; `dev generate` and `dev demo` only write new files",
            output.display()
        )));
    }
    // A generated file has no history worth keeping: the empty file written on creation is not
    // kept as a backup.
    let options = OpenOptions {
        create: true,
        lock_wait: Duration::ZERO,
        keep_backups: 0,
        keep_history: false,
    };
    let (mut store, found) = Store::open(output, &options)?;
    if !found.mentees.is_empty() {
        return Err(CliError::Input(format!(
            "{} appeared while generating; not overwritten",
            output.display()
        )));
    }
    store.save(&ws)?;
    let bytes = std::fs::metadata(&store.paths().data).map_or(0, |m| m.len());
    print(&format!(
        "Wrote {} ({bytes} bytes): {}.\n",
        output.display(),
        Counts::of(&ws)
    ))?;
    Ok(())
}
