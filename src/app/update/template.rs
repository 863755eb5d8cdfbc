//! Applying a template from the app: `T` asks the shell for the templates, the picker lists
//! them, choosing one shows its dry run, confirming applies it (one operation, so one undo
//! step). See [`crate::app::template`].

use super::super::action::Effect;
use super::super::edit;
use super::super::state::{ListId, Popup, State, Tab};
use super::super::template::{Preview, TemplateChoice, TemplatePopup};
use super::super::view;
use super::clamp_all;
use crate::domain::ops::Op;
use crate::domain::template::plan;
use crate::t;

/// `T`: the templates are read by the shell; the picker opens when they arrive.
pub fn ask(state: &mut State) -> Vec<Effect> {
    if view::mentee(state).is_none() {
        state.error(t!("app-need-mentee-a"));
        return Vec::new();
    }
    vec![Effect::LoadTemplates]
}

/// The templates arrived: the picker opens on the mentee selected.
pub fn loaded(state: &mut State, choices: Vec<TemplateChoice>, errors: Vec<String>) {
    let Some(m) = view::mentee(state) else {
        return;
    };
    if choices.is_empty() {
        state.error(t!("app-no-template"));
        return;
    }
    state.popup = Some(Popup::Template(Box::new(TemplatePopup {
        mentee: m.id.clone(),
        choices,
        errors,
        selected: 0,
        preview: None,
    })));
}

fn popup(state: &mut State) -> Option<&mut TemplatePopup> {
    match &mut state.popup {
        Some(Popup::Template(t)) => Some(t),
        _ => None,
    }
}

/// Moves the picker's selection, or scrolls the preview (the screen clamps what is past the
/// end; here only the last line is the limit).
pub fn step(state: &mut State, by: isize) {
    let Some(t) = popup(state) else { return };
    match &mut t.preview {
        Some(p) => {
            let last = p.lines.len().saturating_sub(1);
            p.scroll = p.scroll.saturating_add_signed(by).min(last);
        }
        None => {
            let last = t.choices.len().saturating_sub(1) as isize;
            t.selected = (t.selected as isize + by).clamp(0, last) as usize;
        }
    }
}

/// Esc: from the preview back to the picker; from the picker, closed.
pub fn back(state: &mut State) {
    if let Some(t) = popup(state)
        && t.preview.is_some()
    {
        t.preview = None;
        return;
    }
    state.popup = None;
}

/// Enter: previews the selected template; on the preview, applies it.
pub fn choose(state: &mut State) -> Vec<Effect> {
    let Some(Popup::Template(t)) = &state.popup else {
        return Vec::new();
    };
    if t.preview.is_some() {
        return apply(state);
    }
    let Some(m) = state.ws.mentees.iter().find(|m| m.id == t.mentee) else {
        state.popup = None;
        state.error(t!("app-mentee-gone"));
        return Vec::new();
    };
    let (choice, today) = (t.selected, state.today);
    let template = &t.choices[choice].template;
    match plan(template, today, m, &state.ws) {
        Ok(p) => {
            let lines = p.lines();
            if let Some(t) = popup(state) {
                t.preview = Some(Preview {
                    choice,
                    start: today,
                    lines,
                    scroll: 0,
                });
            }
        }
        Err(e) => state.error(t!("app-cannot-apply", why = e.to_string())),
    }
    Vec::new()
}

/// Applies the previewed template to the mentee: one operation, one undo step; then shows the
/// mentee's Path tab.
fn apply(state: &mut State) -> Vec<Effect> {
    let Some(Popup::Template(t)) = state.popup.take() else {
        return Vec::new();
    };
    let Some(p) = &t.preview else {
        return Vec::new();
    };
    let template = t.choices[p.choice].template.clone();
    let name = template.name.clone();
    if p.lines.is_empty() {
        state.info(t!("app-template-nothing", name = name.as_str()));
        return Vec::new();
    }
    let op = Op::ApplyTemplate {
        mentee: t.mentee.clone(),
        template: Box::new(template),
        start: p.start,
    };
    let label = t!("app-did-apply-template", name = name.as_str());
    match edit::apply(state, op, &label) {
        Ok((applied, effects)) => {
            clamp_all(state);
            state.set_selected(ListId::Stages, view::current_stage_row(state));
            state.tab = Tab::Path;
            if !Tab::Path.lists().contains(&state.focus.0) {
                state.focus.0 = ListId::Mentees;
            }
            state.info(t!(
                "app-template-applied",
                did = label.as_str(),
                count = applied.count
            ));
            effects
        }
        Err(e) => {
            state.error(t!("app-cannot-apply", why = e.to_string()));
            Vec::new()
        }
    }
}
