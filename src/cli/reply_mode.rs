//! `mentor reply BUNDLE` without a subcommand: the mentee's reply mode on the terminal (see
//! [`crate::tui::reply`]). The bundle is read as `mentor view` reads it; the reply file beside it
//! ([`crate::store::reply::path_for`]) is the only file written.

use super::context::{CliError, Context};
use crate::store::{LoadError, ReadOnlyStore, Viewed};
use crate::t;
use crate::tui::reply::{ReplyLaunch, ReplyShell, start_state};
use std::path::Path;

/// Opens reply mode on the bundle at `bundle`.
pub fn open(ctx: &Context, bundle: &Path) -> Result<(), CliError> {
    let store = ReadOnlyStore::new(bundle);
    let (viewed, hash) = store.read().map_err(|e| match e {
        LoadError::NewerMajor { .. } => CliError::Input(format!("{e}")),
        other => other.into(),
    })?;
    let Viewed::Bundle(b) = viewed else {
        return Err(CliError::Input(t!("rmode-not-a-bundle")));
    };
    if b.reply_to.is_none() {
        return Err(CliError::Input(t!("rmode-cannot-reply")));
    }
    let shell = ReplyShell {
        store,
        hash,
        bundle: *b,
        path: crate::store::reply::path_for(bundle),
    };
    let state = start_state(&shell, ctx.today()).map_err(CliError::Input)?;
    let launch = ReplyLaunch {
        shell,
        settings: ctx.settings.clone(),
    };
    crate::tui::reply::main(launch, state).map_err(CliError::io(t!("cli-io-terminal")))
}
