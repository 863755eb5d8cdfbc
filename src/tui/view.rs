//! The read-only view of a file: a mentee's plan from a bundle, the mentor's workspace as one
//! mentee would see it, or a whole workspace. Nothing is written, created or locked; the file is
//! watched and the view reloads when its content changes.

use super::{Executor, TerminalEvents, run};
use crate::app::{Action, Effect, State, ViewInfo};
use crate::domain::projection::project;
use crate::domain::{MenteeId, Workspace};
use crate::store::{ReadOnlyStore, Viewed};
use crate::t;
use chrono::NaiveDate;
use notify::Watcher;
use std::sync::mpsc;

/// Resolves `--mentee QUERY` (an ID, a name or the start of one) to the mentee's ID, once, when
/// the view opens. Reloads look the ID up, never the name again: a rename in the file must not
/// switch the open view to another person.
pub fn resolve(viewed: &Viewed, query: Option<&str>) -> Result<Option<MenteeId>, String> {
    match (viewed, query) {
        (_, None) => Ok(None),
        (Viewed::Bundle(_), Some(_)) => Err(t!("scr-view-bundle-mentee")),
        (Viewed::Workspace(loaded), Some(q)) => {
            let ws = &loaded.workspace;
            let i = ws.resolve_mentee(q).map_err(|e| e.to_string())?;
            Ok(Some(ws.mentees[i].id.clone()))
        }
    }
}

/// Turns what a file holds into what the view shows. `mentee` (an ID from [`resolve`]) picks one
/// mentee of a workspace and shows only what they would see (the same projection a bundle
/// carries).
pub fn display(
    viewed: Viewed,
    mentee: Option<&MenteeId>,
    label: &str,
) -> Result<(Workspace, ViewInfo), String> {
    match (viewed, mentee) {
        (Viewed::Bundle(_), Some(_)) => Err(t!("scr-view-bundle-mentee")),
        (Viewed::Bundle(b), None) => {
            let info = ViewInfo {
                title: t!("scr-view-plan", name = b.mentee.name.clone()),
                shared: Some(b.shared_at.format("%Y-%m-%d %H:%M").to_string()),
                mentee_only: true,
                ..ViewInfo::default()
            };
            Ok((b.to_workspace(), info))
        }
        (Viewed::Workspace(loaded), Some(id)) => {
            let ws = loaded.workspace;
            let i = ws
                .mentees
                .iter()
                .position(|m| &m.id == id)
                .ok_or_else(|| t!("scr-view-mentee-gone", id = id.to_string()))?;
            let view = project(&ws.mentees[i]);
            let mut shown = Workspace {
                next_id: 0,
                ..Workspace::default()
            };
            shown.mentor.name = ws.mentor.name.clone();
            shown.push_mentee(view.to_mentee());
            let info = ViewInfo {
                title: t!("scr-view-plan-as-seen", name = view.name.clone()),
                mentee_only: true,
                ..ViewInfo::default()
            };
            Ok((shown, info))
        }
        (Viewed::Workspace(loaded), None) => {
            let info = ViewInfo {
                title: label.to_string(),
                ..ViewInfo::default()
            };
            Ok((loaded.workspace, info))
        }
    }
}

/// Reloads the viewed file when its content changed.
pub struct ViewShell {
    pub store: ReadOnlyStore,
    /// The mentee shown, by ID (resolved once from `--mentee` when the view opened).
    pub mentee: Option<MenteeId>,
    /// Hash of the bytes last shown; 0 after a failed read, so any good read is shown again.
    pub hash: u128,
}

/// The file read again for a read-only screen, when it changed since `shown` (the hash of what
/// is shown) or `force`: `Ok(None)` when nothing changed, `Err` with the action that says why
/// it could not be read. A failed read forgets `shown`, so that the next good read clears the
/// warning even when it brings back the very bytes shown before.
pub fn read_again(
    store: &ReadOnlyStore,
    shown: &mut u128,
    force: bool,
) -> Result<Option<(Viewed, u128)>, Action> {
    match store.read() {
        Ok((_, hash)) if hash == *shown && !force => Ok(None),
        Ok(read) => Ok(Some(read)),
        Err(e) => {
            *shown = 0;
            Err(Action::ViewReloadFailed(t!(
                "scr-view-unreadable",
                why = e.to_string()
            )))
        }
    }
}

impl ViewShell {
    fn reload(&mut self, force: bool) -> Option<Action> {
        let at = || super::now().format("%H:%M").to_string();
        let (viewed, hash) = match read_again(&self.store, &mut self.hash, force) {
            Ok(Some(read)) => read,
            Ok(None) => return None,
            Err(failed) => return Some(failed),
        };
        let label = self.store.path().display().to_string();
        match display(viewed, self.mentee.as_ref(), &label) {
            Ok((workspace, _)) => {
                self.hash = hash;
                Some(Action::ViewReloaded {
                    workspace: Box::new(workspace),
                    at: at(),
                })
            }
            Err(why) => {
                self.hash = 0;
                Some(Action::ViewReloadFailed(t!(
                    "scr-view-last-good",
                    why = why
                )))
            }
        }
    }
}

impl Executor for ViewShell {
    fn execute(&mut self, effect: Effect, _state: &State) -> Option<Action> {
        match effect {
            // `R`: read the file again now.
            Effect::Reload => self.reload(true),
            // Edits never reach here (the view is read-only); nothing is ever written.
            Effect::Save
            | Effect::OpenEditor { .. }
            | Effect::LoadTemplates
            | Effect::Sync
            | Effect::LookForReplies => None,
            // A view writes no reply (reply mode has its own shell, `super::reply`).
            Effect::AddToReply { .. } => Some(Action::Reply(
                crate::app::action::ReplyAction::Written(Err(t!("rmode-not-here"))),
            )),
            // Nothing is ever saved here, so nothing is pending.
            Effect::Flush => Some(Action::Flushed(None)),
            Effect::WriteCopy { .. } => Some(Action::CopyWritten(Err(t!("scr-copy-read-only")))),
            // `update` asks for no report here; were it to, a view still writes no file.
            Effect::WriteReport { .. } => Some(Action::Brief(
                crate::app::action::BriefAction::ReportWritten(Err(t!("scr-view-no-report"))),
            )),
        }
    }

    fn today(&self) -> NaiveDate {
        super::today()
    }

    fn file_changed(&mut self) -> Option<Action> {
        self.reload(false)
    }
}

/// Watches the directory of `path` (a save replaces the file, which would end a watch on the
/// file itself) and signals on the channel when an entry named like the file changes.
pub fn watch(
    path: &std::path::Path,
) -> notify::Result<(notify::RecommendedWatcher, mpsc::Receiver<()>)> {
    let absolute = std::path::absolute(path)?;
    let dir = absolute
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_else(|| "/".into());
    let name = absolute
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Reading the file (as the view itself does) is not a change.
        if let Ok(event) = event
            && !matches!(event.kind, notify::EventKind::Access(_))
            && event
                .paths
                .iter()
                .any(|p| p.file_name() == Some(name.as_os_str()))
        {
            let _ = tx.send(());
        }
    })?;
    watcher.watch(&dir, notify::RecursiveMode::NonRecursive)?;
    Ok((watcher, rx))
}

/// What `mentor view` opens.
pub struct ViewLaunch {
    pub shell: ViewShell,
    pub workspace: Workspace,
    pub info: ViewInfo,
    /// The config file's settings: the theme and the week's first day (nothing of the
    /// mentor's own, such as the capacity, reaches the view).
    pub settings: super::settings::Settings,
}

/// Runs the read-only view on the terminal until the user quits.
pub fn main(launch: ViewLaunch) -> std::io::Result<()> {
    let theme = launch
        .settings
        .theme(std::env::var("NO_COLOR").ok().as_deref());
    let today = super::today();
    // The state starts here; from now on only `update` changes it.
    let mut state = State::new(
        launch.workspace,
        today,
        launch.shell.store.path().display().to_string(),
    )
    .in_zone(super::local_zone())
    .viewing(launch.info);
    state.week_start = launch.settings.config.week_start().weekday();
    let mut shell = launch.shell;
    // Without a watcher (no inotify, say) the view still works; `R` reloads by hand.
    let (watcher, changes) = match watch(shell.store.path()) {
        Ok((w, rx)) => (Some(w), Some(rx)),
        Err(_) => (None, None),
    };
    let mut events = TerminalEvents {
        changes,
        wake: None,
    };
    let mut terminal = super::terminal::open()?;
    let result = run(&mut terminal, &mut state, &mut events, &mut shell, &theme);
    super::terminal::close(terminal)?;
    drop(watcher);
    Ok(result?)
}
