//! Starting the full-screen app on a terminal and leaving it cleanly.

use super::{StoreShell, TerminalEvents, run};
use crate::app::State;
use crate::domain::Workspace;
use crate::store::Store;
use crate::ui::Theme;

/// What the app opens.
pub struct Launch {
    /// The editing store; `None` opens read-only.
    pub store: Option<Store>,
    pub workspace: Workspace,
    /// Shown in the header.
    pub label: String,
    /// Why the app is read-only, if it is.
    pub read_only: Option<String>,
}

/// Runs the app on the terminal until the user quits. The terminal is restored on return and on
/// panic (ratatui's hook, chained after color-eyre's).
pub fn main(launch: Launch) -> std::io::Result<()> {
    let theme = Theme::from_no_color(std::env::var("NO_COLOR").ok().as_deref());
    let today = chrono::Local::now().date_naive();
    let mut state = State::new(launch.workspace, today, launch.label);
    state.zone = super::local_zone();
    state.read_only = launch.read_only;
    let (wake, woken) = std::sync::mpsc::channel();
    let mut shell = StoreShell::background(
        launch.store,
        Some(Box::new(move || {
            let _ = wake.send(());
        })),
    );
    let mut events = TerminalEvents {
        changes: None,
        wake: Some(woken),
    };
    let mut terminal = super::clusters::init()?;
    let result = run(&mut terminal, &mut state, &mut events, &mut shell, &theme);
    ratatui::try_restore()?;
    // A last save that failed leaves the edits in a conflict copy; say where, now that the
    // terminal is back.
    if let crate::app::SaveStatus::NotSaved(why) = &state.save {
        eprintln!("mentor: {why}");
    }
    result
}
