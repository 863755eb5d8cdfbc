//! What the random-input test generates: the events and the workspaces it starts from.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEventKind};
use mentor::app::keymap;
use proptest::prelude::*;

/// One thing that happens to the app.
#[derive(Debug, Clone)]
pub enum Step {
    Key(KeyEvent),
    Paste(String),
    Mouse(MouseEventKind, u16, u16),
    Resize(u16, u16),
    Tick,
    FileChanged,
    /// From now on saves fail (`true`) or succeed (`false`), like a disk that fills and empties.
    FailSaves(bool),
}

#[derive(Debug, Clone, Copy)]
pub enum Start {
    Empty,
    Demo,
    Generated,
    /// The demo seen as its first mentee, read-only (`mentor view --mentee alice`).
    MenteeView,
}

/// Every key the keymap binds, in any context (but the quitting keys).
fn bound_keys() -> Vec<KeyEvent> {
    let mut keys: Vec<KeyEvent> = Vec::new();
    for binding in keymap::BINDINGS {
        for key in binding.keys {
            let event = KeyEvent::new(key.code, key.mods);
            if !keys.contains(&event) && !quit_keys().contains(&event) {
                keys.push(event);
            }
        }
    }
    keys
}

/// The keys that quit, drawn less often than the others so that a run goes deep.
fn quit_keys() -> [KeyEvent; 2] {
    [
        KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE),
        KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
    ]
}

/// Keys the keymap leaves to the fields, and a few it binds nowhere.
fn other_keys() -> Vec<KeyEvent> {
    let plain = [
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Insert,
        KeyCode::F(1),
        KeyCode::Char(' '),
        KeyCode::Char('?'),
        KeyCode::Char('/'),
        KeyCode::Char(':'),
    ];
    let mut keys: Vec<KeyEvent> = plain
        .into_iter()
        .map(|c| KeyEvent::new(c, KeyModifiers::NONE))
        .collect();
    for c in ['s', 'r', 'f', 'e', 'n', 'p', 'a', 'w', 'u', 'k'] {
        keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    }
    for c in ['b', 'f', 'x'] {
        keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
    }
    keys.push(KeyEvent::new(KeyCode::Left, KeyModifiers::CONTROL));
    keys.push(KeyEvent::new(KeyCode::Right, KeyModifiers::CONTROL));
    keys
}

/// Text in many scripts and shapes: joined emoji, skin tones, right-to-left, combining marks.
const PIECES: &[&str] = &[
    "a",
    "Z",
    "7",
    " ",
    "-",
    "+3w",
    "2026-12-01",
    "10:30",
    "é",
    "ß",
    "Ж",
    "中文",
    "مرحبا",
    "שלום",
    "e\u{301}",
    "a\u{308}\u{301}",
    "👩\u{200d}💻",
    "🧑🏽\u{200d}🚀",
    "👍🏽",
    "❤\u{fe0f}",
    "\u{200d}",
    "🇫🇷",
    "ｗｉｄｅ",
    "\u{202e}",
    "x\u{200b}y",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(PIECES).prop_map(str::to_string),
        2 => any::<char>().prop_map(String::from),
        2 => "[ -~]{1,12}",
    ]
}

fn key() -> impl Strategy<Value = KeyEvent> {
    let typed = piece().prop_flat_map(|p| {
        let chars: Vec<char> = p.chars().collect();
        prop::sample::select(chars)
            .prop_map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
    });
    prop_oneof![
        16 => prop::sample::select(bound_keys()),
        6 => prop::sample::select(other_keys()),
        6 => typed,
        1 => prop::sample::select(quit_keys().to_vec()),
    ]
}

fn paste() -> impl Strategy<Value = String> {
    let part = prop_oneof![4 => piece(), 1 => Just("\n".to_string()), 1 => Just("\r\n".into())];
    prop::collection::vec(part, 1..12).prop_map(|parts| parts.concat())
}

fn mouse() -> impl Strategy<Value = Step> {
    let kind = prop_oneof![
        4 => Just(MouseEventKind::Down(MouseButton::Left)),
        1 => Just(MouseEventKind::Down(MouseButton::Right)),
        2 => Just(MouseEventKind::ScrollDown),
        2 => Just(MouseEventKind::ScrollUp),
    ];
    (kind, 0u16..170, 0u16..50).prop_map(|(k, x, y)| Step::Mouse(k, x, y))
}

fn resize() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (80u16..=160, 24u16..=45),
        1 => (1u16..=255, 1u16..=70),
    ]
    .prop_map(|(w, h)| Step::Resize(w, h))
}

pub fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        30 => key().prop_map(Step::Key),
        2 => paste().prop_map(Step::Paste),
        5 => mouse(),
        2 => resize(),
        1 => Just(Step::Tick),
        1 => Just(Step::FileChanged),
        3 => any::<bool>().prop_map(Step::FailSaves),
    ]
}

pub fn start() -> impl Strategy<Value = Start> {
    prop_oneof![
        Just(Start::Empty),
        Just(Start::Demo),
        Just(Start::Generated),
        Just(Start::MenteeView),
    ]
}
