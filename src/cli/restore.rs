//! `mentor restore`: list the copies of the store, or put one back.

use super::args::RestoreArgs;
use super::context::{CliError, Context, LOCK_WAIT};
use super::output::print;
use crate::domain::text;
use crate::store::{self, Holds, OpenOptions, Store};
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

/// `mentor restore`.
pub fn restore(ctx: &Context, a: RestoreArgs) -> Result<(), CliError> {
    if a.list {
        return list(ctx);
    }
    let (source, loaded) = match &a.backup {
        Some(path) => (path.clone(), store::load(path)?),
        None => {
            let (copy, _) = store::newest_good_copy(&ctx.store).ok_or_else(|| {
                CliError::Input(
                    "no copy of the store reads cleanly (see `mentor restore --list`); nothing to restore"
                        .into(),
                )
            })?;
            let loaded = store::load(&copy.path)?;
            (copy.path, loaded)
        }
    };
    if loaded.newer_major() {
        return Err(CliError::Input(format!(
            "{} was written by a newer mentor (format {}); cannot restore it with this version",
            source.display(),
            loaded.version
        )));
    }
    // Rolling back a store that reads is a choice to confirm; a broken one is what restore is
    // for.
    if let Ok(current) = store::load(&ctx.store) {
        confirm(ctx, &source, &Holds::of(&current.workspace), &loaded, a.yes)?;
    }
    let options = OpenOptions {
        lock_wait: LOCK_WAIT,
        ..OpenOptions::default()
    };
    let (mut store, kept) = Store::open_replacing(&ctx.store, &options)?;
    store.save(&loaded.workspace)?;
    let mut out = format!(
        "Restored {} from {} ({}).\n",
        store.paths().data.display(),
        source.display(),
        Holds::of(&loaded.workspace)
    );
    if let Some(kept) = kept {
        out.push_str(&format!(
            "The file it replaced is kept as {}.\n",
            kept.display()
        ));
    }
    print(&out)?;
    Ok(())
}

/// Asks before a store that reads is rolled back: `--yes`, or "y" typed on a terminal.
fn confirm(
    ctx: &Context,
    source: &Path,
    current: &Holds,
    loaded: &store::Loaded,
    yes: bool,
) -> Result<(), CliError> {
    if yes {
        return Ok(());
    }
    let question = format!(
        "{} reads cleanly ({current}); restoring replaces it with {} ({}).",
        ctx.store.display(),
        source.display(),
        Holds::of(&loaded.workspace)
    );
    if !std::io::stdin().is_terminal() {
        return Err(CliError::Input(format!(
            "{question} Pass --yes to do it (the replaced file is kept aside)."
        )));
    }
    let mut err = std::io::stderr();
    let _ = write!(err, "{question}\nRestore it? [y/N] ");
    let _ = err.flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(CliError::io("cannot read the answer"))?;
    if matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
        Ok(())
    } else {
        Err(CliError::Input("not restored; nothing was changed".into()))
    }
}

/// `mentor restore --list`: every copy, newest first, with its time, size and what it holds.
fn list(ctx: &Context) -> Result<(), CliError> {
    let copies = store::list_copies(&ctx.store)
        .map_err(|e| CliError::Input(format!("cannot list the copies of the store: {e}")))?;
    if copies.is_empty() {
        print("No copies yet: a backup is kept at every save.\n")?;
        return Ok(());
    }
    // Two lines a copy, so that a long path is never cut.
    let mut out = format!(
        "Copies of {}, newest first (`mentor restore FILE` puts one back):\n",
        ctx.store.display()
    );
    for c in &copies {
        let state = match c.inspect() {
            Ok(holds) => format!("reads: {holds}"),
            Err(_) => "unreadable".into(),
        };
        out.push_str(&format!(
            "{}  {:<21}  {:>8}  {state}\n    {}\n",
            c.time(),
            c.kind.name(),
            size(c.size),
            text::line(&c.path.display().to_string())
        ));
    }
    print(&out)?;
    Ok(())
}

/// A size in bytes as a person reads it.
fn size(bytes: u64) -> String {
    const KB: u64 = 1024;
    match bytes {
        b if b < KB => format!("{b} B"),
        b if b < KB * KB => format!("{:.1} KB", b as f64 / KB as f64),
        b => format!("{:.1} MB", b as f64 / (KB * KB) as f64),
    }
}
