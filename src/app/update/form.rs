//! Typing in a form: moving between fields, editing one, and submitting it.

use super::super::action::{Action, EditorTarget, Effect, TextEdit};
use super::super::form::FormTarget;
use super::super::forms;
use super::super::state::{ListId, Popup, State};
use super::{clamp_all, records};
use crate::domain::ops::Warning;
use crate::t;

/// Applies a form action: next or previous field, Enter, an edit, submit, or `$EDITOR`.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::FormNextField => form_move(state, 1),
        Action::FormPrevField => form_move(state, -1),
        Action::FormEnter => {
            let last =
                matches!(&state.popup, Some(Popup::Form(f)) if f.focus + 1 >= f.fields.len());
            if last {
                return submit(state);
            }
            form_move(state, 1);
        }
        Action::FormEdit(edit) => form_edit(state, edit),
        Action::FormSubmit => return submit(state),
        Action::FormEditInEditor => {
            if let Some(Popup::Form(form)) = &state.popup
                && let Some(field) = form.fields.get(form.focus)
                && !field.kind.is_choice()
            {
                return vec![Effect::OpenEditor {
                    target: EditorTarget::FormField(form.focus),
                    text: field.value().to_string(),
                }];
            }
        }
        _ => {}
    }
    Vec::new()
}

/// An edit of the focused field: a choice cycles with ←, → and Space; text takes the edit.
fn form_edit(state: &mut State, edit: TextEdit) {
    let Some(Popup::Form(form)) = &mut state.popup else {
        return;
    };
    let choice = form
        .fields
        .get(form.focus)
        .is_some_and(|f| f.kind.is_choice());
    match edit {
        TextEdit::Left | TextEdit::Right if choice => form.cycle(edit != TextEdit::Left),
        TextEdit::Insert(' ') if choice => form.toggle(),
        _ if choice => {}
        _ => {
            if let Some(field) = form.fields.get_mut(form.focus) {
                edit.apply(&mut field.input);
                field.error = None;
                form.dirty = true;
            }
        }
    }
}

fn form_move(state: &mut State, step: isize) {
    if let Some(Popup::Form(form)) = &mut state.popup {
        let n = form.fields.len().max(1) as isize;
        form.focus = (form.focus as isize + step).rem_euclid(n) as usize;
    }
}

pub fn submit(state: &mut State) -> Vec<Effect> {
    let Some(Popup::Form(mut form)) = state.popup.take() else {
        return Vec::new();
    };
    if state.read_only.is_some() {
        state.error(t!("app-read-only"));
        return Vec::new();
    }
    // Concluding a mentee with sessions still planned: ask what becomes of them first.
    if form.cancel_planned.is_none()
        && let Some(planned) = forms::planned_to_conclude(state, &form)
    {
        state.popup = Some(Popup::Conclude { form, planned });
        return Vec::new();
    }
    // Concluding a mentee opens their closing review once saved; so does saving its note.
    let review = forms::concludes(state, &form).or_else(|| match &form.target {
        FormTarget::Closing(id) => Some(id.clone()),
        _ => None,
    });
    let adding = matches!(
        form.target,
        FormTarget::NewMentee
            | FormTarget::NewGoal { .. }
            | FormTarget::NewMilestone { .. }
            | FormTarget::NewSession { .. }
            | FormTarget::NewAction { .. }
            | FormTarget::NewFeedback { .. }
            | FormTarget::NewConnection { .. }
            | FormTarget::NewSeries { .. }
            | FormTarget::NewStage { .. }
    );
    match forms::submit(state, &mut form) {
        Ok((label, effects, warnings)) => {
            if adding {
                use FormTarget as T;
                let list = match &form.target {
                    T::NewMentee => ListId::Mentees,
                    T::NewGoal { .. } => ListId::Goals,
                    T::NewMilestone { .. } => ListId::Milestones,
                    T::NewSession { .. } | T::NewSeries { .. } => ListId::Sessions,
                    T::NewAction { .. } => ListId::Actions,
                    T::NewFeedback { .. } => ListId::Feedback,
                    T::NewStage { .. } => ListId::Stages,
                    _ => ListId::Connections,
                };
                records::select_newest(state, list);
            }
            if let FormTarget::SkillLevel { .. } = &form.target {
                super::path::select_skill(state, &form.text("Skill"));
            }
            clamp_all(state);
            state.info(label);
            if let Some(id) = review {
                super::closing::open(state, id);
            }
            // Adding a mentee or raising a cadence may ask for more time than there is: say so.
            for w in warnings {
                let Warning::OverCapacity { hours, capacity } = w;
                state.error(t!(
                    "app-over-capacity",
                    hours = format!("{hours:.1}"),
                    capacity = format!("{capacity:.1}")
                ));
            }
            effects
        }
        Err(forms::Refused) => {
            state.popup = Some(Popup::Form(form));
            Vec::new()
        }
    }
}
