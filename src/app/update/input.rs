//! Text that arrives whole: a paste, or what `$EDITOR` gives back.
//!
//! Multi-line fields ([`crate::app::form::FieldKind::Notes`]) keep newlines. Every other field,
//! the filter and the line of the unsaved-edits popup hold one line: text with a newline inside
//! is refused there, with the reason next to the field, and the field is left as it was. One
//! trailing newline (the one an editor adds, or a copied line's end) is dropped first.

use crate::app::action::TextEdit;
use crate::app::state::{Popup, State, UnsavedStep};
use crate::t;

/// Newlines as `\n` (terminals send `\r` inside a paste), other control characters dropped.
fn normalize(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

/// Why `text` may not go into a one-line field, if it may not.
pub(super) fn one_line(text: &str) -> Result<(), String> {
    let lines = text.lines().count();
    if text.contains('\n') {
        return Err(t!("app-one-line", lines = lines));
    }
    Ok(())
}

/// The text with the one trailing newline an editor adds (or a copied line ends with) removed.
fn without_final_newline(text: &str) -> &str {
    text.strip_suffix("\r\n")
        .or_else(|| text.strip_suffix('\n'))
        .unwrap_or(text)
}

fn insert(input: &mut tui_input::Input, text: &str) {
    for c in text.chars() {
        TextEdit::Insert(c).apply(input);
    }
}

/// A paste into a one-line input: refused (the input as it was) when it holds a line break.
fn paste_line(input: &mut tui_input::Input, text: &str) -> Result<(), String> {
    let text = without_final_newline(text);
    one_line(text)?;
    insert(input, text);
    Ok(())
}

/// A bracketed paste: into the focused form field, the filter being typed, the popup's line, or
/// the search of the global search or of help.
pub(super) fn paste(state: &mut State, text: &str) {
    let text = normalize(text);
    match &mut state.popup {
        Some(Popup::Form(form)) => {
            let focus = form.focus;
            let Some(field) = form.fields.get_mut(focus) else {
                return;
            };
            if field.kind.is_choice() {
                field.error = Some(t!("app-paste-choice"));
                return;
            }
            let text = if field.multiline() {
                text.as_str()
            } else {
                without_final_newline(&text)
            };
            if !field.multiline()
                && let Err(why) = one_line(text)
            {
                field.error = Some(why);
                return;
            }
            insert(&mut field.input, text);
            field.error = None;
            form.dirty = true;
        }
        Some(Popup::Unsaved(unsaved)) => {
            let (UnsavedStep::CopyTo(input) | UnsavedStep::Discard(input)) = &mut unsaved.step
            else {
                return;
            };
            let text = without_final_newline(&text);
            match one_line(text) {
                Ok(()) => insert(input, text),
                Err(why) => unsaved.error = Some(why),
            }
        }
        Some(Popup::Search(search)) => {
            let text = without_final_newline(&text);
            match one_line(text) {
                Ok(()) => {
                    insert(&mut search.input, text);
                    super::find::refresh(&state.ws, search);
                }
                Err(why) => state.error(t!("app-paste-search", why = why)),
            }
        }
        Some(Popup::Help(help)) => {
            let text = without_final_newline(&text);
            match one_line(text) {
                Ok(()) => {
                    insert(&mut help.query, text);
                    help.scroll = 0;
                }
                Err(why) => state.error(t!("app-paste-help", why = why)),
            }
        }
        Some(Popup::Inbox(open)) => {
            if let Some(input) = &mut open.reason
                && let Err(why) = paste_line(input, &text)
            {
                state.error(why);
            }
        }
        Some(_) => {}
        None => {
            if state.typing_filter().is_none() {
                state.error(t!("app-paste-where"));
                return;
            }
            let text = without_final_newline(&text);
            match one_line(text) {
                Ok(()) => super::edit_filter(state, |input| insert(input, text)),
                Err(why) => state.error(t!("app-paste-filter", why = why)),
            }
        }
    }
}
