//! What a mouse event means: a click or the wheel, told what it is on by the layout the last
//! frame recorded (see [`crate::app::hits`]), becomes an ordinary [`Action`].

use super::super::action::Action;
use super::super::hits::Target;
use super::super::state::{Popup, State};
use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

/// Rows one notch of the wheel moves.
pub const WHEEL_ROWS: isize = 3;

/// What a mouse event means in `state`, from where the last frame drew things: a left click
/// selects a row (and focuses its list), focuses a pane, shows a tab or runs a footer hint; the
/// wheel moves the selection of the list under the pointer, or scrolls an open item or help.
/// Nothing else acts (a release, a
/// drag, the other buttons), nor does anything while the terminal is too small.
pub fn resolve_mouse(state: &State, event: MouseEvent) -> Option<Action> {
    if state.too_small() {
        return None;
    }
    let (x, y) = (event.column, event.row);
    // Over an open item, the brief or help, the wheel scrolls it, a line a notch.
    if matches!(
        state.popup,
        Some(Popup::Detail(_))
            | Some(Popup::Help(_))
            | Some(Popup::Brief(_))
            | Some(Popup::Closing(_))
    ) {
        return match event.kind {
            MouseEventKind::ScrollUp => Some(Action::Up),
            MouseEventKind::ScrollDown => Some(Action::Down),
            _ => None,
        };
    }
    let layout = state.hits.layout();
    match event.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(match layout.at(x, y)? {
            Target::Row(list, row) => Action::SelectRow { list, row },
            Target::Pane(list) => Action::FocusPane(list),
            Target::Tab(tab) => Action::ShowTab(tab),
            Target::AgendaItem(index) => Action::SelectAgendaItem(index),
            Target::Hint(action) => action,
        }),
        MouseEventKind::ScrollUp => layout.list_at(x, y).map(|list| Action::Wheel {
            list,
            delta: -WHEEL_ROWS,
        }),
        MouseEventKind::ScrollDown => layout.list_at(x, y).map(|list| Action::Wheel {
            list,
            delta: WHEEL_ROWS,
        }),
        _ => None,
    }
}
