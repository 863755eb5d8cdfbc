//! The brief overlay and the report export (issue 14): opening the brief, scrolling it, marking
//! a suggestion and adding it to the next session's agenda; the report's prompt, its effect and
//! the answer to it.

use super::super::action::{Action, BriefAction, Effect};
use super::super::brief::{self, Open};
use super::super::detail;
use super::super::report::{self, Prompt};
use super::super::state::{Popup, State};
use super::super::{edit, forms, view};
use crate::domain::ops::Op;
use crate::t;

pub fn update(state: &mut State, action: BriefAction) -> Vec<Effect> {
    match action {
        BriefAction::Open => open(state),
        BriefAction::Pick(by) => pick(state, by),
        BriefAction::AddSuggestion => return add_suggestion(state),
        BriefAction::Ask(n) => return super::questions::ask_nth(state, n),
        BriefAction::FormQuestion => super::super::forms::questions::insert_next(state),
        BriefAction::Report => ask_report(state),
        BriefAction::ReportEdit(e) => {
            if let Some(Popup::Report(p)) = &mut state.popup {
                e.apply(&mut p.path);
                p.error = None;
            }
        }
        BriefAction::ReportFormat => {
            if let Some(Popup::Report(p)) = &mut state.popup {
                p.switch_format();
            }
        }
        BriefAction::ReportSubmit => return write_report(state),
        BriefAction::ReportWritten(result) => written(state, result),
    }
    Vec::new()
}

/// The mentee the brief or the report is about: the selected item's on the Agenda or a
/// calendar day, else the selected mentee.
fn mentee_index(state: &State) -> Option<usize> {
    let everyone = state.agenda_shown() || (state.calendar_shown() && state.day_row.is_some());
    if everyone {
        return super::everyone::selected_mentee(state);
    }
    let m = view::mentee(state)?;
    state.ws.mentees.iter().position(|x| x.id == m.id)
}

/// `b`: the brief of the mentee in question, from its top.
fn open(state: &mut State) {
    if state.mentee_view() {
        state.error(t!("app-brief-for-mentor"));
        return;
    }
    match mentee_index(state) {
        Some(i) => {
            let id = state.ws.mentees[i].id.clone();
            state.popup = Some(Popup::Brief(Box::new(Open::new(id))));
        }
        None => state.error(t!("app-no-mentee-selected")),
    }
}

/// Scrolls the brief: by a line, a page, or to either end (never past the last page).
pub fn scroll(state: &mut State, action: &Action) {
    let Some(Popup::Brief(open)) = &state.popup else {
        return;
    };
    let max = brief::max_scroll(state, open);
    let page = detail::page(state);
    let to = super::navigate::scrolled(open.scroll.min(max), max, page, action);
    if let Some(Popup::Brief(open)) = &mut state.popup {
        open.scroll = to.min(max);
    }
}

/// Moves the mark to another suggestion (wrapping), scrolled into view with its cause.
fn pick(state: &mut State, by: isize) {
    let Some(Popup::Brief(open)) = &state.popup else {
        return;
    };
    let n = brief::of(state, open).map_or(0, |b| brief::markable(&b));
    if n == 0 {
        return;
    }
    let mut moved = (**open).clone();
    moved.pick = (moved.pick as isize + by).rem_euclid(n as isize) as usize;
    let height = detail::inner(detail::size(state)).1.max(1);
    if let Some(line) = brief::pick_line(state, &moved) {
        if line < moved.scroll {
            moved.scroll = line.saturating_sub(1);
        } else if line + 2 > moved.scroll + height {
            moved.scroll = line + 2 - height;
        }
    }
    moved.scroll = moved.scroll.min(brief::max_scroll(state, &moved));
    state.popup = Some(Popup::Brief(Box::new(moved)));
}

/// `a` in the brief: the marked suggestion goes onto the agenda of the next planned session
/// (one line more, undoable); with none planned, a new session's form opens with it as its
/// agenda.
fn add_suggestion(state: &mut State) -> Vec<Effect> {
    let Some(Popup::Brief(open)) = &state.popup else {
        return Vec::new();
    };
    let Some(b) = brief::of(state, open) else {
        state.error(t!("app-mentee-gone"));
        return Vec::new();
    };
    let s = match brief::marked(&b, open.pick) {
        Some(brief::Marked::Suggestion(s)) => s,
        Some(brief::Marked::Question(q)) => {
            let q = q.clone();
            return super::questions::ask(state, &b, &q);
        }
        None => {
            state.error(t!("app-no-suggestion"));
            return Vec::new();
        }
    };
    let text = s.text.clone();
    let Some(next) = b.next_session else {
        let Some(m) = state.ws.mentees.iter().find(|m| m.id == open.mentee) else {
            return Vec::new();
        };
        let mut form = forms::session_on(m, state.today + chrono::Duration::days(1), state.today);
        if let Some(f) = form.fields.iter_mut().find(|f| f.label == "Agenda") {
            f.input = tui_input::Input::new(text);
        }
        form.dirty = true;
        state.popup = Some(Popup::Form(Box::new(form)));
        state.info(t!("app-suggestion-new-session"));
        return Vec::new();
    };
    let Ok((m, k)) = state.ws.find_session(&next.id) else {
        return Vec::new();
    };
    let mut session = state.ws.mentees[m].sessions[k].clone();
    if session.agenda.lines().any(|l| l.trim() == text.trim()) {
        state.info(t!("app-suggestion-already"));
        return Vec::new();
    }
    let when = crate::i18n::date::with_weekday(&session.at, session.at.format("%m-%d"));
    session.agenda = match session.agenda.trim_end() {
        "" => text,
        agenda => format!("{agenda}\n{text}"),
    };
    match edit::apply(
        state,
        Op::EditSession(Box::new(session)),
        t!("app-did-add-agenda-item"),
    ) {
        Ok((_, effects)) => {
            state.info(t!("app-suggestion-added", when = when));
            effects
        }
        Err(e) => {
            state.error(e.to_string());
            Vec::new()
        }
    }
}

/// `r`: asks where to write the selected mentee's report (not in a view, which writes no file).
fn ask_report(state: &mut State) {
    if state.view.is_some() {
        state.error(t!("app-report-in-view"));
        return;
    }
    match view::mentee(state) {
        Some(m) => {
            let prompt = Prompt::new(m.id.clone(), &m.name);
            state.popup = Some(Popup::Report(Box::new(prompt)));
        }
        None => state.error(t!("app-no-mentee-selected")),
    }
}

/// Enter in the prompt: the report, built here, goes to the shell to be written. The prompt
/// stays open until the answer says how that went.
fn write_report(state: &mut State) -> Vec<Effect> {
    let Some(Popup::Report(p)) = &state.popup else {
        return Vec::new();
    };
    let path = p.path.value().trim().to_string();
    let built = if path.is_empty() {
        Err(t!("app-report-path"))
    } else {
        report::build(state, p)
    };
    match built {
        Ok(text) => vec![Effect::WriteReport { path, text }],
        Err(why) => {
            if let Some(Popup::Report(p)) = &mut state.popup {
                p.error = Some(why);
            }
            Vec::new()
        }
    }
}

/// The shell's answer: written (the prompt closes), or why not (it stays, to change the path).
fn written(state: &mut State, result: Result<String, String>) {
    match (result, &mut state.popup) {
        (Ok(path), popup) => {
            if matches!(popup, Some(Popup::Report(_))) {
                *popup = None;
            }
            state.info(t!("app-report-written", path = path));
        }
        (Err(why), Some(Popup::Report(p))) => p.error = Some(why),
        (Err(why), _) => state.error(why),
    }
}
