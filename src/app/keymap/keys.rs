//! Keys as text: the edits a key makes to a line of text, and a key's name as help shows it.

use super::super::action::TextEdit;
use super::Key;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Keys that edit a line of text, in forms and the filter.
pub fn text_edit(key: KeyEvent) -> Option<TextEdit> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    Some(match key.code {
        KeyCode::Char('w') if ctrl => TextEdit::DeleteWord,
        KeyCode::Char('u') if ctrl => TextEdit::DeleteLine,
        KeyCode::Char('a') if ctrl => TextEdit::Home,
        KeyCode::Char(c) if !ctrl && !alt => TextEdit::Insert(c),
        KeyCode::Backspace => TextEdit::Backspace,
        KeyCode::Delete => TextEdit::Delete,
        KeyCode::Left if ctrl => TextEdit::WordLeft,
        KeyCode::Right if ctrl => TextEdit::WordRight,
        KeyCode::Left => TextEdit::Left,
        KeyCode::Right => TextEdit::Right,
        KeyCode::Home => TextEdit::Home,
        KeyCode::End => TextEdit::End,
        _ => return None,
    })
}

/// A key as help shows it.
pub fn key_name(key: &Key) -> String {
    let name = match key.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "S-Tab".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Delete => "Del".into(),
        other => format!("{other:?}"),
    };
    if key.mods.contains(KeyModifiers::CONTROL) {
        format!("C-{name}")
    } else {
        name
    }
}
