//! Starting the full-screen app on a terminal and leaving it cleanly.

use super::{StoreShell, TerminalEvents, run};
use crate::app::{SaveStatus, State};
use crate::domain::Workspace;
use crate::store::Store;
use crate::t;

/// What the app opens.
pub struct Launch {
    /// The editing store; `None` opens read-only.
    pub store: Option<Store>,
    pub workspace: Workspace,
    /// Shown in the header.
    pub label: String,
    /// Why the app is read-only, if it is.
    pub read_only: Option<String>,
    /// The store file to watch for changes made outside (by the command line, another app, a
    /// sync tool); `None` watches nothing.
    pub watch: Option<std::path::PathBuf>,
    /// Read-only because another editor holds the store: probe its lock now and then and offer
    /// to become the editor when it is free (`R` then opens the store for editing).
    pub reopen: bool,
    /// The config file's settings (already installed: keys, mouse, zone).
    pub settings: super::settings::Settings,
}

/// How often a read-only window looks whether the other editor has let go.
const LOCK_PROBE: std::time::Duration = std::time::Duration::from_secs(3);

/// Runs the app on the terminal until the user quits. The terminal is restored on return and on
/// panic (see [`super::terminal`]). Returns `Some(why)` when the edits were not saved to the store
/// (the user quit without saving, or kept them in a copy elsewhere): the caller exits with 5. A
/// terminal that fails (a key cannot be read) is an error, reported once the terminal is
/// restored, with what became of the edits.
pub fn main(launch: Launch) -> std::io::Result<Option<String>> {
    let theme = launch
        .settings
        .theme(std::env::var("NO_COLOR").ok().as_deref());
    let today = super::today();
    let questions = crate::store::questions::load_default();
    // The state starts here; from now on only `update` changes it.
    let mut state = State::new(launch.workspace, today, launch.label)
        .in_zone(super::local_zone())
        .read_only(launch.read_only)
        .configured(&launch.settings.config, launch.settings.banner())
        .with_questions(questions.bank, questions_banner(&questions.errors));
    let (wake, woken) = std::sync::mpsc::channel();
    let save_wake = wake.clone();
    let sync_wake = wake.clone();
    let mut shell = StoreShell::background(
        launch.store,
        Some(Box::new(move || {
            let _ = save_wake.send(());
        })),
    )
    .syncing_with(
        super::sync::library(),
        Some(std::sync::Arc::new(move || {
            let _ = sync_wake.send(());
        })),
    );
    if launch.reopen
        && let Some(path) = &launch.watch
    {
        shell = shell.reopening(path, Some(wake.clone()));
        // Wakes the loop now and then, so the shell probes the lock; ends with the app.
        let tick = wake.clone();
        std::thread::spawn(move || {
            while tick.send(()).is_ok() {
                std::thread::sleep(LOCK_PROBE);
            }
        });
    }
    drop(wake);
    // Replies that came in while the app was closed (only a store being edited takes them).
    if state.read_only.is_none()
        && let Some(found) = super::inbox::look(&state.ws)
    {
        super::settle(&mut state, &mut shell, found);
    }
    // Without a watcher (no inotify, say) the app still works; `R` reloads by hand.
    let (watcher, changes) = match launch.watch.as_deref().map(super::view::watch) {
        Some(Ok((w, rx))) => (Some(w), Some(rx)),
        _ => (None, None),
    };
    let mut events = TerminalEvents {
        changes,
        wake: Some(woken),
    };
    let mut terminal = super::terminal::open()?;
    let result = run(&mut terminal, &mut state, &mut events, &mut shell, &theme);
    super::terminal::close(terminal)?;
    drop(watcher);
    drop(shell);
    let save = std::mem::replace(&mut state.save, SaveStatus::Saved(None));
    // The process ends right after: the system takes its memory back at once, which is much
    // faster than freeing a large workspace (and its undo history) piece by piece. Safe because
    // the state is plain data (only `update` changes it; it holds no file, lock or buffer: the
    // shell with the store and its lock was dropped just above, the terminal restored).
    std::mem::forget(state);
    ending(result, save)
}

/// How the app ended: `Some(why)` when the edits are not in the store; an error (with what
/// became of the edits) when the terminal failed.
fn ending(
    result: Result<(), super::LoopError<std::io::Error>>,
    save: SaveStatus,
) -> std::io::Result<Option<String>> {
    let not_saved = match save {
        SaveStatus::NotSaved(why) => Some(why),
        _ => None,
    };
    match (result, not_saved) {
        (Ok(()), not_saved) => Ok(not_saved),
        (Err(e), None) => Err(e.into()),
        (Err(e), Some(why)) => {
            let e = std::io::Error::from(e);
            Err(std::io::Error::new(
                e.kind(),
                t!("scr-exit-not-saved", error = e.to_string(), why = why),
            ))
        }
    }
}

/// The first message when lines of the mentor's questions file were left out: the first of
/// them, the file by its name alone (`mentor questions` says them all).
fn questions_banner(errors: &[crate::domain::questions::own::OwnError]) -> Option<String> {
    let first = errors.first()?;
    let short = std::path::Path::new(&first.file)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| first.file.clone());
    let shown = crate::domain::questions::own::OwnError {
        file: short,
        ..first.clone()
    };
    Some(t!(
        "qs-app-banner",
        error = shown.to_string(),
        more = errors.len() - 1
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::LoopError;

    #[test]
    fn the_questions_files_first_bad_line_is_the_first_message_by_the_files_name() {
        let (_, errors) = crate::domain::questions::own::parse(
            "/home/sam/.config/mentor/questions.txt",
            "Orphan?\n[gaols]\n",
        );
        let said = crate::i18n::with_lang(crate::i18n::Lang::En, || questions_banner(&errors));
        let said = said.unwrap();
        assert!(
            said.starts_with("your questions file: questions.txt:1: a question before any"),
            "{said}"
        );
        assert!(said.ends_with(" (1 more: mentor questions)"), "{said}");
        assert_eq!(questions_banner(&[]), None);
    }

    fn gone() -> LoopError<std::io::Error> {
        LoopError::Read(std::io::Error::other("the terminal went away"))
    }

    #[test]
    fn a_failed_terminal_is_an_error_that_says_what_became_of_the_edits() {
        let saved = ending(Err(gone()), SaveStatus::Saved(None)).unwrap_err();
        assert_eq!(
            saved.to_string(),
            "reading a key failed: the terminal went away"
        );
        let lost = ending(Err(gone()), SaveStatus::NotSaved("disk full".into())).unwrap_err();
        assert_eq!(
            lost.to_string(),
            "reading a key failed: the terminal went away; your edits were not saved: disk full"
        );
        assert_eq!(ending(Ok(()), SaveStatus::Saved(None)).unwrap(), None);
        assert_eq!(
            ending(Ok(()), SaveStatus::NotSaved("quit".into())).unwrap(),
            Some("quit".into())
        );
    }

    #[test]
    fn a_failed_terminal_is_said_in_dutch() {
        use crate::i18n::{Lang, with_lang};
        let lost = with_lang(Lang::Nl, || {
            ending(Err(gone()), SaveStatus::NotSaved("schijf vol".into())).unwrap_err()
        });
        assert_eq!(
            lost.to_string(),
            "een toets lezen mislukt: the terminal went away; je wijzigingen zijn niet \
             opgeslagen: schijf vol"
        );
    }
}
