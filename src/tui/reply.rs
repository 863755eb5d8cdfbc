//! The mentee's reply mode on the terminal (`mentor reply BUNDLE`, issue 19): the plan of the
//! bundle, read-only as in `mentor view` (the same screens, and reloaded when the mentor shares
//! it again), with keys that write entries to the reply file beside it. The shell adds each entry
//! through [`crate::domain::reply::add`] (the function `mentor reply BUNDLE reflect ...` calls),
//! and writes only the reply file: never the bundle, never anything else.

use super::{Executor, TerminalEvents, run};
use crate::app::action::ReplyAction;
use crate::app::reply::ReplyMode;
use crate::app::{Action, Effect, State, ViewInfo};
use crate::domain::reply::{Reply, What};
use crate::store::bundle::Bundle;
use crate::store::{ReadOnlyStore, Viewed};
use crate::t;
use chrono::NaiveDate;
use std::path::PathBuf;

/// Reloads the bundle when it changes and writes the reply file.
pub struct ReplyShell {
    /// The bundle, read as the view reads it.
    pub store: ReadOnlyStore,
    /// Hash of the bundle's bytes last shown; 0 after a failed read.
    pub hash: u128,
    /// The bundle last read well: what entries are checked against.
    pub bundle: Bundle,
    /// The reply file.
    pub path: PathBuf,
}

impl ReplyShell {
    /// The reply file's path as the mentee reads it: in full.
    fn shown(&self) -> String {
        std::path::absolute(&self.path)
            .unwrap_or_else(|_| self.path.clone())
            .display()
            .to_string()
    }

    /// What the reply file holds now (the command line may have added to it meanwhile); a new
    /// reply to the bundle when there is no file yet.
    fn current(&self) -> Result<Reply, String> {
        let to = self
            .bundle
            .reply_to
            .as_ref()
            .ok_or_else(|| t!("rmode-cannot-reply"))?;
        crate::store::reply::read_or_new(&self.path, to).map_err(|e| e.to_string())
    }

    /// Adds the entry `what` to the reply file.
    fn add(&mut self, what: What) -> Action {
        let written = self.current().and_then(|mut reply| {
            let id = crate::store::token::new_entry_id();
            let now = super::now();
            let now = chrono::Timelike::with_nanosecond(&now, 0).unwrap_or(now);
            crate::domain::reply::add(&mut reply, &self.bundle.mentee, what, id, now)
                .map_err(|e| e.to_string())?;
            crate::store::reply::write(&self.path, &reply).map_err(|e| e.to_string())?;
            Ok((reply.entries, self.shown()))
        });
        Action::Reply(ReplyAction::Written(written))
    }

    fn reload(&mut self, force: bool) -> Option<Action> {
        let at = || super::now().format("%H:%M").to_string();
        let (viewed, hash) = match super::view::read_again(&self.store, &mut self.hash, force) {
            Ok(Some(read)) => read,
            Ok(None) => return None,
            Err(failed) => return Some(failed),
        };
        let Viewed::Bundle(b) = viewed else {
            self.hash = 0;
            return Some(Action::ViewReloadFailed(t!(
                "scr-view-last-good",
                why = t!("rmode-not-a-bundle")
            )));
        };
        self.hash = hash;
        let workspace = Box::new(b.to_workspace());
        let answers = b.answers.clone();
        self.bundle = *b;
        Some(Action::Reply(ReplyAction::Reloaded {
            workspace,
            answers,
            at: at(),
        }))
    }
}

impl Executor for ReplyShell {
    fn execute(&mut self, effect: Effect, _state: &State) -> Option<Action> {
        match effect {
            Effect::AddToReply { what } => Some(self.add(what)),
            Effect::OpenEditor { target, text } => {
                let result = super::editor::edit(&text, true);
                Some(Action::EditorDone { target, result })
            }
            Effect::Reload => self.reload(true),
            // The plan is never changed here, so nothing is saved and no reply comes in.
            Effect::Save | Effect::LoadTemplates | Effect::Sync | Effect::LookForReplies => None,
            Effect::Flush => Some(Action::Flushed(None)),
            Effect::WriteCopy { .. } => Some(Action::CopyWritten(Err(t!("scr-copy-read-only")))),
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

/// What `mentor reply BUNDLE` opens.
pub struct ReplyLaunch {
    pub shell: ReplyShell,
    /// The config file's settings (the theme, the week's first day).
    pub settings: super::settings::Settings,
}

/// The state reply mode starts with: the bundle's plan, read-only, and what the reply file
/// holds.
pub fn start_state(shell: &ReplyShell, today: NaiveDate) -> Result<State, String> {
    let b = &shell.bundle;
    let entries = shell.current()?.entries;
    let info = ViewInfo {
        title: t!("scr-view-plan", name = b.mentee.name.clone()),
        shared: Some(b.shared_at.format("%Y-%m-%d %H:%M").to_string()),
        mentee_only: true,
        ..ViewInfo::default()
    };
    let reply = ReplyMode::new(shell.shown(), entries, b.answers.clone());
    Ok(State::new(
        b.to_workspace(),
        today,
        shell.store.path().display().to_string(),
    )
    .replying(info, reply))
}

/// Runs reply mode on the terminal until the user quits.
pub fn main(launch: ReplyLaunch, state: State) -> std::io::Result<()> {
    let theme = launch
        .settings
        .theme(std::env::var("NO_COLOR").ok().as_deref());
    let mut state = state.in_zone(super::local_zone());
    state.week_start = launch.settings.config.week_start().weekday();
    let mut shell = launch.shell;
    let (watcher, changes) = match super::view::watch(shell.store.path()) {
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
