//! The mentee's reply mode (issue 19): opening the form of an entry, submitting it (the shell
//! adds it to the reply file: [`Effect::AddToReply`]), what the shell answers, and the pane of
//! what was written and answered. Nothing here changes the plan shown.

use super::super::action::{Effect, ReplyAction};
use super::super::form::Form;
use super::super::reply;
use super::super::state::{Popup, State};
use crate::t;

pub fn update(state: &mut State, action: ReplyAction) -> Vec<Effect> {
    if state.reply.is_none() {
        state.info(t!("rmode-not-here"));
        return Vec::new();
    }
    match action {
        ReplyAction::Write(what) => match reply::open(state, what) {
            Ok(form) => state.popup = Some(Popup::Form(Box::new(form))),
            Err(why) => state.error(why),
        },
        ReplyAction::ShowReply => state.popup = Some(Popup::ReplyPane(0)),
        ReplyAction::Written(result) => written(state, result),
        ReplyAction::Reloaded {
            workspace,
            answers,
            at,
        } => {
            if let Some(r) = &mut state.reply {
                r.answers = answers;
            }
            return super::apply(state, super::super::Action::ViewReloaded { workspace, at });
        }
        _ => {}
    }
    Vec::new()
}

/// A reply form submitted: its entry goes to the shell to add to the reply file, while the form
/// stays open until the shell says it is written (a refusal then stands in the form).
pub fn submit(state: &mut State, mut form: Form) -> Vec<Effect> {
    for f in &mut form.fields {
        f.error = None;
    }
    form.error = None;
    if !form.validate(state.today, state.zone) {
        state.popup = Some(Popup::Form(Box::new(form)));
        return Vec::new();
    }
    let effects = match reply::what(state, &form) {
        Ok(what) => vec![Effect::AddToReply { what }],
        Err((label, why)) => {
            form.refuse(label, why);
            Vec::new()
        }
    };
    state.popup = Some(Popup::Form(Box::new(form)));
    effects
}

/// The shell's answer: the reply file now holds `entries` (the form closes, and the status line
/// says where it was written), or it refused (said in the form).
fn written(state: &mut State, result: Result<(Vec<crate::domain::reply::Entry>, String), String>) {
    match result {
        Ok((entries, path)) => {
            if let Some(r) = &mut state.reply {
                r.entries = entries;
                r.path = path.clone();
            }
            if matches!(&state.popup, Some(Popup::Form(f)) if f.target.is_reply()) {
                state.popup = None;
            }
            state.info(t!("rmode-written", path = path));
        }
        Err(why) => match &mut state.popup {
            Some(Popup::Form(f)) if f.target.is_reply() => f.error = Some(why),
            _ => state.error(why),
        },
    }
}

/// Scrolls the pane of what was written (`Down`, `Up`, a page), within its lines.
pub fn scroll(state: &mut State, action: &super::super::Action) {
    use super::super::Action;
    let Some(Popup::ReplyPane(at)) = state.popup else {
        return;
    };
    let last = reply::pane_lines(state).len().saturating_sub(1) as isize;
    let by = match action {
        Action::Down => 1,
        Action::Up => -1,
        Action::PageDown => state.page.max(1) as isize,
        Action::PageUp => -(state.page.max(1) as isize),
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        _ => 0,
    };
    let moved = (at as isize).saturating_add(by).clamp(0, last.max(0)) as usize;
    state.popup = Some(Popup::ReplyPane(moved));
}
