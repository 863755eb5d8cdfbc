//! Key presses and typing: one way to build each, as the `KeyEvent` the keymap resolves, the
//! `Event` the loop reads, or the `Action`s a form receives.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use mentor::app::Action;
use mentor::app::action::TextEdit;
use mentor::tui::Event;

/// `code` pressed without modifiers, for `keymap::resolve`.
pub fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Ctrl + `c`, for `keymap::resolve`.
pub fn ctrl_press(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// `code` pressed without modifiers, as the loop reads it.
pub fn key(code: KeyCode) -> Event {
    Event::Key(press(code))
}

/// The character `c` typed, as the loop reads it.
pub fn ch(c: char) -> Event {
    key(KeyCode::Char(c))
}

/// Ctrl + `c`, as the loop reads it.
pub fn ctrl(c: char) -> Event {
    Event::Key(ctrl_press(c))
}

/// `s` typed one key at a time, as the loop reads it.
pub fn text(s: &str) -> Vec<Event> {
    s.chars().map(ch).collect()
}

/// `text` typed into the focused form field, as the actions `update` receives.
pub fn typed(text: &str) -> Vec<Action> {
    text.chars()
        .map(|c| Action::FormEdit(TextEdit::Insert(c)))
        .collect()
}
