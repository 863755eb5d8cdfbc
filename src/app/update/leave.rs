//! Leaving: quitting never drops edits silently.
//!
//! `q` quits at once when everything is on disk. While a save is under way it first waits for it
//! ([`Effect::Flush`]). When the last save failed it opens [`Popup::Unsaved`]: retry the save
//! (and quit once it worked), write a copy of the edits to a path the user types, or quit anyway
//! after typing [`DISCARD_WORD`]. `Esc` goes back to the app. The choice is state; the saving and
//! the copy are effects.

use crate::app::action::{Action, Effect};
use crate::app::state::{DISCARD_WORD, Popup, SaveStatus, State, Unsaved, UnsavedStep};
use crate::t;

/// `q` (`force`: false) or `Ctrl-c` (`force`: true).
pub(super) fn quit(state: &mut State, force: bool) -> Vec<Effect> {
    match state.popup.take() {
        // Ctrl-c in a form with typed text asks first, as Esc does; yes goes on to quit.
        Some(Popup::Form(form)) if force && form.dirty => {
            state.popup = Some(Popup::DiscardForm(form));
            state.leaving = true;
            Vec::new()
        }
        // Already asking: the question stands.
        Some(asking @ (Popup::DiscardForm(_) | Popup::Unsaved(_))) => {
            state.popup = Some(asking);
            Vec::new()
        }
        _ => leave(state),
    }
}

/// Quits if everything is on disk; otherwise waits for the save or asks what to do.
pub(super) fn leave(state: &mut State) -> Vec<Effect> {
    match &state.save {
        SaveStatus::Saved(_) => {
            state.quit = true;
            Vec::new()
        }
        SaveStatus::Saving => vec![Effect::Flush],
        SaveStatus::NotSaved(why) => {
            let why = why.clone();
            ask(state, why, None);
            Vec::new()
        }
    }
}

fn ask(state: &mut State, why: String, error: Option<String>) {
    state.popup = Some(Popup::Unsaved(Box::new(Unsaved {
        why,
        step: UnsavedStep::Choose,
        error,
    })));
}

/// `Esc` in the popup: from typing back to the choice; from the choice back to the app.
pub(super) fn back(unsaved: Unsaved) -> Option<Popup> {
    match unsaved.step {
        UnsavedStep::Choose => None,
        _ => Some(Popup::Unsaved(Box::new(Unsaved {
            step: UnsavedStep::Choose,
            error: None,
            ..unsaved
        }))),
    }
}

/// The popup's actions and the answers to its effects.
pub(super) fn update(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Quit => quit(state, false),
        Action::ForceQuit => quit(state, true),
        Action::Flushed(last) => {
            match last {
                Some(Ok(at)) => state.save = SaveStatus::Saved(Some(at)),
                Some(Err(why)) => state.save = SaveStatus::NotSaved(why),
                None => {}
            }
            if state.save == SaveStatus::Saving {
                // Nothing is under way any more, yet no answer came: do not claim it is saved.
                let why = t!("app-save-no-answer");
                state.save = SaveStatus::NotSaved(why.clone());
                ask(state, why, None);
                return Vec::new();
            }
            if let SaveStatus::NotSaved(why) = &state.save {
                let why = why.clone();
                ask(
                    state,
                    why.clone(),
                    Some(t!("app-still-not-saved", why = why.as_str())),
                );
                return Vec::new();
            }
            leave(state)
        }
        Action::CopyWritten(result) => {
            let Some(Popup::Unsaved(unsaved)) = &mut state.popup else {
                return Vec::new();
            };
            match result {
                Ok(path) => {
                    state.save = SaveStatus::NotSaved(t!(
                        "app-edits-kept-in",
                        why = unsaved.why.as_str(),
                        path = path
                    ));
                    state.popup = None;
                    state.quit = true;
                }
                Err(why) => unsaved.error = Some(t!("app-no-copy", why = why)),
            }
            Vec::new()
        }
        other => choose(state, other),
    }
}

fn choose(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(Popup::Unsaved(unsaved)) = &mut state.popup else {
        return Vec::new();
    };
    unsaved.error = None;
    match (&mut unsaved.step, action) {
        (UnsavedStep::Choose, Action::QuitRetry) => {
            state.popup = None;
            state.info(t!("app-saving-again"));
            // The save goes to the store itself; once every save has finished, quit if it held.
            vec![Effect::Save, Effect::Flush]
        }
        (UnsavedStep::Choose, Action::QuitCopyElsewhere) => {
            unsaved.step = UnsavedStep::CopyTo(tui_input::Input::default());
            Vec::new()
        }
        (UnsavedStep::Choose, Action::QuitDiscard) => {
            unsaved.step = UnsavedStep::Discard(tui_input::Input::default());
            Vec::new()
        }
        (UnsavedStep::CopyTo(input) | UnsavedStep::Discard(input), Action::PromptEdit(edit)) => {
            edit.apply(input);
            Vec::new()
        }
        (UnsavedStep::CopyTo(input), Action::PromptSubmit) => {
            let path = input.value().trim().to_string();
            if path.is_empty() {
                unsaved.error = Some(t!("app-copy-path"));
                return Vec::new();
            }
            vec![Effect::WriteCopy { path }]
        }
        (UnsavedStep::Discard(input), Action::PromptSubmit) => {
            if input.value().trim() != DISCARD_WORD {
                unsaved.error = Some(t!("app-discard-word", word = DISCARD_WORD));
                return Vec::new();
            }
            let why = unsaved.why.clone();
            state.save = SaveStatus::NotSaved(t!("app-edits-gone", why = why));
            state.popup = None;
            state.quit = true;
            Vec::new()
        }
        _ => Vec::new(),
    }
}
