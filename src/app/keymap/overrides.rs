//! The user's key overrides (`[keys]` of the config file): an action's name and its new keys,
//! checked against the table, and the table the app then uses.
//!
//! An override replaces the keys of the action wherever the table binds it. A key another action
//! already has in a layer where the overridden one works is refused, naming both actions; so is
//! a name that is no action, a key name mentor does not know, and an action of a form or a
//! prompt given only plain characters (there a character types itself: the characters of an
//! override are left out where text is typed, its other keys kept).

use super::{BINDINGS, Binding, Ctx, Key, Layer, key_name};
use crate::app::action::Action;
use crossterm::event::{KeyCode, KeyModifiers};
use std::sync::OnceLock;

/// One refused override: the action's name as written, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverrideError {
    /// The name as written in the file (`keys.<name>`).
    pub name: String,
    pub message: String,
}

/// One override as the config gives it: an action's name and the names of its keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    pub name: String,
    pub keys: Vec<String>,
}

/// The table in force: the built-in one, or the one [`install`] was given.
static TABLE: OnceLock<Vec<Binding>> = OnceLock::new();

/// Makes `table` the keymap of this process (the first call wins; the app calls it once, before
/// it starts).
pub fn install(table: Vec<Binding>) {
    let _ = TABLE.set(table);
}

/// The bindings in force: [`BINDINGS`] with the installed overrides.
pub fn bindings() -> &'static [Binding] {
    TABLE.get().map_or(BINDINGS, Vec::as_slice)
}

/// An action's name in the config file: its variant in kebab case, with its payload's words
/// (`quit`, `show-tab-goals`, `calendar-days-minus-7`, `path-stage-skip`).
pub fn action_name(action: &Action) -> String {
    let debug = format!("{action:?}");
    let mut out = String::new();
    let mut chars = debug.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_uppercase() {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
        } else {
            if c == '-' && chars.peek().is_some_and(char::is_ascii_digit) {
                if !out.is_empty() && !out.ends_with('-') {
                    out.push('-');
                }
                out.push_str("minus");
            }
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A key from its name: a character (`q`, `Q`, `?`), or `Space`, `Enter`, `Esc`, `Tab`,
/// `S-Tab`, `Up`, `Down`, `Left`, `Right`, `Home`, `End`, `PgUp`, `PgDn`, `Del`, `Backspace`,
/// `F1`..`F12`, any of them after `C-` (or `Ctrl-`) for Control.
pub fn parse_key(name: &str) -> Option<Key> {
    let (mods, rest) = ["C-", "c-", "Ctrl-", "ctrl-", "Ctrl+", "ctrl+"]
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .filter(|rest| !rest.is_empty())
        .map_or((KeyModifiers::NONE, name), |rest| {
            (KeyModifiers::CONTROL, rest)
        });
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some(c), None) if !matches!(c, '↑' | '↓' | '←' | '→') => KeyCode::Char(c),
        _ => named(rest)?,
    };
    if mods == KeyModifiers::CONTROL && !matches!(code, KeyCode::Char(c) if c.is_ascii_lowercase())
    {
        return None;
    }
    Some(Key { code, mods })
}

fn named(name: &str) -> Option<KeyCode> {
    let lower = name.to_ascii_lowercase();
    Some(match lower.as_str() {
        "space" => KeyCode::Char(' '),
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "s-tab" | "backtab" | "shift-tab" => KeyCode::BackTab,
        "up" | "↑" => KeyCode::Up,
        "down" | "↓" => KeyCode::Down,
        "left" | "←" => KeyCode::Left,
        "right" | "→" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pgup" | "pageup" => KeyCode::PageUp,
        "pgdn" | "pagedown" => KeyCode::PageDown,
        "del" | "delete" => KeyCode::Delete,
        "backspace" => KeyCode::Backspace,
        f if f.starts_with('f') => {
            let n: u8 = f[1..].parse().ok()?;
            if !(1..=12).contains(&n) {
                return None;
            }
            KeyCode::F(n)
        }
        _ => return None,
    })
}

/// Contexts where a plain character is text being typed (the help overlay searches as you type).
const TYPING: &[Ctx] = &[
    Ctx::Form,
    Ctx::Filter,
    Ctx::Search,
    Ctx::Prompt,
    Ctx::Report,
    Ctx::Help,
];

/// The table with `overrides` applied, or the first override refused.
pub fn apply(overrides: &[Override]) -> Result<Vec<Binding>, OverrideError> {
    let mut table: Vec<Binding> = BINDINGS.to_vec();
    let mut changed = vec![false; table.len()];
    for o in overrides {
        let fail = |message: String| OverrideError {
            name: o.name.clone(),
            message,
        };
        let mut keys = Vec::new();
        for k in &o.keys {
            let key = parse_key(k).ok_or_else(|| {
                fail(format!(
                    "\"{k}\" is not a key (a character, Enter, Esc, Tab, S-Tab, Space, Up, Down, Left, Right, Home, End, PgUp, PgDn, Del, Backspace, F1..F12, or C-x for Control)"
                ))
            })?;
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        if keys.is_empty() {
            return Err(fail("give at least one key".into()));
        }
        let mut found = false;
        for (i, b) in table.iter_mut().enumerate() {
            if action_name(&b.action) != o.name {
                continue;
            }
            found = true;
            // Where characters are typed, the override's characters are left out there.
            let here: Vec<Key> = if TYPING.contains(&b.ctx) {
                keys.iter().copied().filter(|k| !plain_char(k)).collect()
            } else {
                keys.clone()
            };
            if here.is_empty() {
                return Err(fail(format!(
                    "{} types itself where this action works (in a form, a prompt, a filter or the help's search); add a key such as C-x or F2",
                    keys.iter().map(key_name).collect::<Vec<_>>().join(", ")
                )));
            }
            b.keys = Box::leak(here.into_boxed_slice());
            changed[i] = true;
        }
        if !found {
            return Err(fail(format!(
                "\"{}\" is not an action (`mentor config keys` lists them)",
                o.name
            )));
        }
    }
    check_overlaps(&table, &changed)?;
    Ok(table)
}

fn plain_char(key: &Key) -> bool {
    key.mods == KeyModifiers::NONE && matches!(key.code, KeyCode::Char(_))
}

/// In each layer, a key of an overridden binding that another action also has there.
fn check_overlaps(table: &[Binding], changed: &[bool]) -> Result<(), OverrideError> {
    for layer in Layer::ALL {
        let ctxs = layer.contexts();
        let bound: Vec<(usize, &Binding)> = table
            .iter()
            .enumerate()
            .filter(|(_, b)| ctxs.contains(&b.ctx))
            .collect();
        for &(i, x) in &bound {
            if !changed[i] {
                continue;
            }
            for &(j, y) in &bound {
                if i == j || x.action == y.action {
                    continue;
                }
                if let Some(key) = x.keys.iter().find(|k| y.keys.contains(k)) {
                    let (mine, theirs) = (action_name(&x.action), action_name(&y.action));
                    let help = crate::i18n::tr(y.help);
                    let what = if theirs.replace('-', " ") == help {
                        String::new()
                    } else {
                        format!(" ({help})")
                    };
                    return Err(OverrideError {
                        name: mine.clone(),
                        message: format!(
                            "{} is already the key of \"{theirs}\"{what} where \"{mine}\" works; give one of them another key",
                            key_name(key),
                        ),
                    });
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
