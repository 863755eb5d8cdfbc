//! The closing review overlay (the lines [`crate::app::closing`] builds, from its scroll
//! offset, drawn as the detail overlay is).

use super::popups::hints;
use super::theme::Theme;
use super::{Rect, safe};
use crate::app::action::ClosingAction;
use crate::app::closing::{self, Open};
use crate::app::detail;
use crate::app::keymap::Ctx;
use crate::app::{Action, State};
use crate::t;
use ratatui::Frame;

pub fn render(frame: &mut Frame, area: Rect, state: &State, open: &Open, theme: &Theme) {
    let (columns, _) = detail::inner((area.width, area.height));
    let lines = closing::lines(state, open, columns);
    let mut wanted = vec![(Action::Down, t!("scr-hint-scroll"))];
    // Writing the note is the mentor's; a read-only view only reads.
    if state.read_only.is_none() {
        wanted.push((
            Action::Closing(ClosingAction::Write),
            t!("close-hint-write"),
        ));
    }
    wanted.push((Action::Cancel, t!("scr-hint-close")));
    let wanted: Vec<(Action, &str)> = wanted
        .iter()
        .map(|(a, s)| (a.clone(), s.as_str()))
        .collect();
    let keys = hints(Ctx::Closing, &wanted, " · ");
    let title = safe(&closing::title(state, open));
    super::detail::overlay(frame, area, (&title, &keys), &lines, open.scroll, theme);
}
