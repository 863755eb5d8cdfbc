//! `update`: the only place the state changes. Pure: no I/O, no clock.

mod answers;
mod input;
mod leave;
mod records;

use super::action::{Action, Effect};
use super::forms;
use super::state::{Filter, ListId, Popup, SaveStatus, State, Tab};
use super::view;
use crate::domain::ops::Warning;

/// Applies `action` to `state`; returns the work the shell must do. Asking for a save marks the
/// state as saving here, so the shell never has to change the state itself.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let effects = apply(state, action);
    if effects.iter().any(|e| matches!(e, Effect::Save)) {
        state.save = SaveStatus::Saving;
    }
    effects
}

fn apply(state: &mut State, action: Action) -> Vec<Effect> {
    if is_user_action(&action) {
        state.status = None;
    }
    if state.read_only.is_some() && action.is_edit() {
        state.error("read-only: nothing can be changed here");
        return Vec::new();
    }
    match action {
        Action::Up => move_by(state, -1),
        Action::Down => move_by(state, 1),
        Action::PageUp => move_by(state, -(state.page.max(1) as isize)),
        Action::PageDown => move_by(state, state.page.max(1) as isize),
        Action::Top => move_by(state, isize::MIN / 2),
        Action::Bottom => move_by(state, isize::MAX / 2),
        Action::NextPane => cycle_pane(state, 1),
        Action::PrevPane => cycle_pane(state, -1),
        Action::NextTab => show_tab(state, state.tab.offset(1)),
        Action::PrevTab => show_tab(state, state.tab.offset(-1)),
        Action::ShowTab(tab) => show_tab(state, tab),
        Action::CalendarDays(n) => {
            state.calendar_day = state
                .calendar_day
                .checked_add_signed(chrono::Duration::days(n))
                .unwrap_or(state.calendar_day);
        }
        Action::CalendarMonths(n) => {
            let months = chrono::Months::new(n.unsigned_abs());
            let moved = if n >= 0 {
                state.calendar_day.checked_add_months(months)
            } else {
                state.calendar_day.checked_sub_months(months)
            };
            state.calendar_day = moved.unwrap_or(state.calendar_day);
        }
        Action::CalendarToday => state.calendar_day = state.today,
        Action::PlanSeries => match forms::open_plan(state) {
            Ok(form) => state.popup = Some(Popup::Form(Box::new(form))),
            Err(why) => state.error(why),
        },
        Action::StartFilter => {
            let list = state.focus.0;
            state.filter = Some(Filter {
                list,
                input: tui_input::Input::default(),
                editing: true,
            });
        }
        Action::FilterEdit(edit) => {
            if let Some(f) = &mut state.filter {
                edit.apply(&mut f.input);
                let list = f.list;
                select(state, list, 0);
            }
        }
        Action::FilterAccept => {
            if let Some(f) = &mut state.filter {
                f.editing = false;
                if f.input.value().is_empty() {
                    state.filter = None;
                }
            }
        }
        Action::ClearFilter => {
            if let Some(f) = state.filter.take() {
                select(state, f.list, 0);
            }
        }
        Action::ShowHelp => state.popup = Some(Popup::Help),
        Action::Cancel => answers::cancel(state),
        Action::Confirm => return answers::confirm(state),
        Action::Decline => return answers::decline(state),
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
        Action::FormEdit(edit) => {
            if let Some(Popup::Form(form)) = &mut state.popup {
                let choice = form
                    .fields
                    .get(form.focus)
                    .is_some_and(|f| matches!(f.kind, super::form::FieldKind::Choice(_)));
                use super::action::TextEdit as T;
                match edit {
                    T::Left | T::Right | T::Insert(' ') if choice => form.cycle(edit != T::Left),
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
        }
        Action::FormSubmit => return submit(state),
        Action::FormEditInEditor => {
            if let Some(Popup::Form(form)) = &state.popup
                && let Some(field) = form.fields.get(form.focus)
            {
                return vec![Effect::OpenEditor {
                    target: super::action::EditorTarget::FormField(form.focus),
                    text: field.value().to_string(),
                }];
            }
        }
        Action::Add => match forms::open_add(state, state.focus.0) {
            Ok(form) => state.popup = Some(Popup::Form(Box::new(form))),
            Err(why) => state.error(why),
        },
        Action::Edit => match forms::open_edit(state, state.focus.0) {
            Ok(form) => state.popup = Some(Popup::Form(Box::new(form))),
            Err(why) => state.error(why),
        },
        Action::EditInEditor => return records::editor_for_selected(state),
        Action::EditorDone { target, result } => {
            return records::editor_done(state, target, result);
        }
        Action::Delete => records::ask_delete(state),
        Action::ToggleDone => return records::toggle_done(state, false),
        Action::Undo => return records::undo(state, true),
        Action::Redo => return records::undo(state, false),
        Action::Quit => return leave::quit(state, false),
        Action::ForceQuit => return leave::quit(state, true),
        a @ (Action::QuitRetry
        | Action::QuitCopyElsewhere
        | Action::QuitDiscard
        | Action::PromptEdit(_)
        | Action::PromptSubmit
        | Action::Flushed(_)
        | Action::CopyWritten(_)) => return leave::update(state, a),
        Action::Resized { w, h } => {
            state.size = Some((w, h));
            state.page = usize::from(h.saturating_sub(12)).max(1);
        }
        Action::Paste(text) => input::paste(state, &text),
        Action::Reload => return vec![Effect::Reload],
        Action::Reloaded { workspace, note } => {
            state.ws = *workspace;
            state.history = Default::default();
            state.save = SaveStatus::Saved(None);
            clamp_all(state);
            state.info(note);
        }
        Action::ReloadFailed(why) => state.error(why),
        Action::ViewReloaded { workspace, at } => {
            // Keep what was selected, by ID, where it still exists.
            let chosen: Vec<(ListId, Option<crate::domain::RecordRef>)> = ListId::ALL
                .iter()
                .map(|l| (*l, view::selected_id(state, *l)))
                .collect();
            state.ws = *workspace;
            for (list, id) in chosen {
                let rows = view::rows(state, list);
                let found = (0..rows.len()).find(|&row| {
                    let before = state.selected(list);
                    state.set_selected(list, row);
                    let hit = view::selected_id(state, list) == id;
                    if !hit {
                        state.set_selected(list, before);
                    }
                    hit
                });
                if found.is_none() {
                    state
                        .set_selected(list, state.selected(list).min(rows.len().saturating_sub(1)));
                }
            }
            if let Some(v) = &mut state.view {
                v.updated = Some(at);
                v.warning = None;
            }
        }
        Action::ViewReloadFailed(why) => {
            if let Some(v) = &mut state.view {
                v.warning = Some(why);
            }
        }
        Action::Unbound => {}
        Action::Saved { at } => state.save = SaveStatus::Saved(Some(at)),
        Action::SaveFailed(why) => {
            state.error(format!("not saved: {why}"));
            state.save = SaveStatus::NotSaved(why);
        }
        Action::Tick(today) => state.today = today,
    }
    Vec::new()
}

/// Actions that come from a key press (they clear the last message).
fn is_user_action(action: &Action) -> bool {
    !matches!(
        action,
        Action::Saved { .. }
            | Action::SaveFailed(_)
            | Action::EditorDone { .. }
            | Action::Reloaded { .. }
            | Action::ReloadFailed(_)
            | Action::ViewReloaded { .. }
            | Action::ViewReloadFailed(_)
            | Action::Tick(_)
            | Action::FormEdit(_)
            | Action::FilterEdit(_)
            | Action::PromptEdit(_)
            | Action::Flushed(_)
            | Action::CopyWritten(_)
            | Action::Resized { .. }
    )
}

/// The lists that depend on the selection in `list` (their selection resets when it moves).
fn dependents(list: ListId) -> &'static [ListId] {
    match list {
        ListId::Mentees => &[
            ListId::Goals,
            ListId::Milestones,
            ListId::Sessions,
            ListId::Actions,
            ListId::Feedback,
            ListId::Connections,
        ],
        ListId::Goals => &[ListId::Milestones],
        ListId::Sessions => &[ListId::Actions],
        _ => &[],
    }
}

/// Selects `row` of `list` (clamped), resetting the lists that depend on it when it changes.
pub(super) fn select(state: &mut State, list: ListId, row: usize) {
    let len = view::rows(state, list).len();
    let row = row.min(len.saturating_sub(1));
    if state.selected(list) != row {
        for dep in dependents(list) {
            state.set_selected(*dep, 0);
        }
    }
    state.set_selected(list, row);
}

/// Keeps every selection inside its list (after a deletion or an undo).
pub(super) fn clamp_all(state: &mut State) {
    for list in ListId::ALL {
        let len = view::rows(state, list).len();
        let row = state.selected(list).min(len.saturating_sub(1));
        state.set_selected(list, row);
    }
}

fn move_by(state: &mut State, step: isize) {
    let list = state.focus.0;
    let row = state.selected(list) as isize;
    let len = view::rows(state, list).len() as isize;
    let target = row.saturating_add(step).clamp(0, (len - 1).max(0));
    select(state, list, target as usize);
}

fn cycle_pane(state: &mut State, step: isize) {
    let mut panes = vec![ListId::Mentees];
    panes.extend_from_slice(state.tab.lists());
    let at = panes.iter().position(|l| *l == state.focus.0).unwrap_or(0) as isize;
    let next = (at + step).rem_euclid(panes.len() as isize) as usize;
    state.focus.0 = panes[next];
    close_foreign_filter(state);
}

fn show_tab(state: &mut State, tab: Tab) {
    state.tab = tab;
    if state.focus.0 != ListId::Mentees && !tab.lists().contains(&state.focus.0) {
        state.focus.0 = tab.lists().first().copied().unwrap_or(ListId::Mentees);
    }
    close_foreign_filter(state);
}

/// A filter belongs to the list it was typed in; moving to another list ends it.
fn close_foreign_filter(state: &mut State) {
    if state
        .filter
        .as_ref()
        .is_some_and(|f| f.list != state.focus.0 && f.list != ListId::Mentees)
    {
        state.filter = None;
    }
}

fn form_move(state: &mut State, step: isize) {
    if let Some(Popup::Form(form)) = &mut state.popup {
        let n = form.fields.len().max(1) as isize;
        form.focus = (form.focus as isize + step).rem_euclid(n) as usize;
    }
}

fn submit(state: &mut State) -> Vec<Effect> {
    let Some(Popup::Form(mut form)) = state.popup.take() else {
        return Vec::new();
    };
    if state.read_only.is_some() {
        state.error("read-only: nothing can be changed here");
        return Vec::new();
    }
    // Concluding a mentee with sessions still planned: ask what becomes of them first.
    if form.cancel_planned.is_none()
        && let Some(planned) = forms::planned_to_conclude(state, &form)
    {
        state.popup = Some(Popup::Conclude { form, planned });
        return Vec::new();
    }
    let adding = matches!(
        form.target,
        super::form::FormTarget::NewMentee
            | super::form::FormTarget::NewGoal { .. }
            | super::form::FormTarget::NewMilestone { .. }
            | super::form::FormTarget::NewSession { .. }
            | super::form::FormTarget::NewAction { .. }
            | super::form::FormTarget::NewFeedback { .. }
            | super::form::FormTarget::NewConnection { .. }
            | super::form::FormTarget::NewSeries { .. }
    );
    match forms::submit(state, &mut form) {
        Ok((label, effects, warnings)) => {
            if adding {
                use super::form::FormTarget as T;
                let list = match &form.target {
                    T::NewMentee => ListId::Mentees,
                    T::NewGoal { .. } => ListId::Goals,
                    T::NewMilestone { .. } => ListId::Milestones,
                    T::NewSession { .. } | T::NewSeries { .. } => ListId::Sessions,
                    T::NewAction { .. } => ListId::Actions,
                    T::NewFeedback { .. } => ListId::Feedback,
                    _ => ListId::Connections,
                };
                records::select_newest(state, list);
            }
            clamp_all(state);
            state.info(label);
            // Adding a mentee or raising a cadence may ask for more time than there is: say so.
            for w in warnings {
                let Warning::OverCapacity { hours, capacity } = w;
                state.error(format!(
                    "saved, but the cadences now ask {hours:.1} hours a month, over your capacity of {capacity:.1}"
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
