//! Agenda prompts in a session form (issue 13): `Ctrl-g` fills the agenda with a built-in
//! question set ([`crate::domain::template::QuestionSet`]: GROW first, then a first session's,
//! then a check-in's) so the mentor asks instead of telling. Pressed again it puts the next set
//! in place of the one it put there; an agenda typed by hand keeps its text and gets the set
//! after it.

use super::super::form::FormTarget;
use super::super::state::{Popup, State};
use crate::domain::template::{QuestionSet, agenda_prompts};
use crate::t;

/// The label of the field the prompts go into.
const AGENDA: &str = "Agenda";

pub fn fill(state: &mut State) {
    let Some(Popup::Form(form)) = &mut state.popup else {
        return;
    };
    let session = matches!(
        form.target,
        FormTarget::NewSession { .. } | FormTarget::Session(_) | FormTarget::NewSeries { .. }
    );
    let Some(at) = form.fields.iter().position(|f| f.label == AGENDA) else {
        state.error(t!("app-prompts-agenda-only"));
        return;
    };
    if !session {
        state.error(t!("app-prompts-agenda-only"));
        return;
    }
    let field = &mut form.fields[at];
    let now = field.value().trim_end().to_string();
    let sets = QuestionSet::ALL;
    // A set this key put there is replaced by the next; the text before it stays.
    let (kept, next) = sets
        .iter()
        .enumerate()
        .find_map(|(i, set)| {
            let text = agenda_prompts(*set);
            now.strip_suffix(&text)
                .map(|before| (before.to_string(), sets[(i + 1) % sets.len()]))
        })
        .unwrap_or((now.clone(), QuestionSet::Grow));
    let kept = kept.trim_end();
    let prompts = agenda_prompts(next);
    let text = if kept.is_empty() {
        prompts
    } else {
        format!("{kept}\n\n{prompts}")
    };
    field.input = tui_input::Input::new(text);
    field.error = None;
    form.focus = at;
    form.dirty = true;
    let again = sets[(sets.iter().position(|s| *s == next).unwrap_or(0) + 1) % sets.len()];
    state.info(t!(
        "app-prompts-set",
        set = next.title(),
        next = again.name()
    ));
}
