//! `mentor restore`: list the copies of the store, or put one back.

use super::args::RestoreArgs;
use super::context::{CliError, Context, LOCK_WAIT};
use super::output::print;
use crate::domain::text;
use crate::store::{self, Holds, OpenOptions, Store};
use crate::t;
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
            let (copy, _) = store::newest_good_copy(&ctx.store)
                .ok_or_else(|| CliError::Input(t!("cli-restore-none")))?;
            let loaded = store::load(&copy.path)?;
            (copy.path, loaded)
        }
    };
    if loaded.newer_major() {
        return Err(CliError::Input(t!(
            "cli-restore-newer",
            path = source.display().to_string(),
            version = loaded.version.to_string()
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
    let mut out = t!(
        "cli-restored",
        store = store.paths().data.display().to_string(),
        source = source.display().to_string(),
        holds = Holds::of(&loaded.workspace).to_string()
    );
    out.push('\n');
    if let Some(kept) = kept {
        out.push_str(&t!("cli-restore-kept", path = kept.display().to_string()));
        out.push('\n');
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
    let question = t!(
        "cli-restore-question",
        store = ctx.store.display().to_string(),
        current = current.to_string(),
        source = source.display().to_string(),
        holds = Holds::of(&loaded.workspace).to_string()
    );
    if !std::io::stdin().is_terminal() {
        return Err(CliError::Input(format!(
            "{question} {}",
            t!("cli-restore-pass-yes")
        )));
    }
    let mut err = std::io::stderr();
    let _ = write!(err, "{question}\n{} ", t!("cli-restore-ask"));
    let _ = err.flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(CliError::io(t!("cli-io-answer")))?;
    // English's yes is understood in every language, and the language's own (`j`, `ja`).
    let answer = answer.trim().to_lowercase();
    let yes_words = t!("cli-restore-yes-words");
    let said_yes = ["y", "yes"].contains(&answer.as_str())
        || yes_words.split_whitespace().any(|w| w == answer);
    if said_yes {
        Ok(())
    } else {
        Err(CliError::Input(t!("cli-restore-not")))
    }
}

/// `mentor restore --list`: every copy, newest first, with its time, size and what it holds.
fn list(ctx: &Context) -> Result<(), CliError> {
    let copies = store::list_copies(&ctx.store)
        .map_err(|e| CliError::Input(t!("cli-restore-cannot-list", error = e.to_string())))?;
    if copies.is_empty() {
        print(&format!("{}\n", t!("cli-restore-no-copies")))?;
        return Ok(());
    }
    // Two lines a copy, so that a long path is never cut.
    let mut out = t!(
        "cli-restore-copies",
        store = ctx.store.display().to_string()
    );
    out.push('\n');
    for c in &copies {
        let state = match c.inspect() {
            Ok(holds) => t!("cli-restore-reads", holds = holds.to_string()),
            Err(_) => t!("cli-restore-unreadable"),
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
