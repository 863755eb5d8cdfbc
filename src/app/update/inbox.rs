//! The mentor's Inbox of replies (issue 19): opening a mentee's, moving in it, accepting,
//! declining with a reason, accepting all that are not stale; and taking in the replies the shell
//! found. Every change is one domain operation through [`edit::apply`]: one undo step, saved.
//!
//! Receiving is an undo step too, though no key asks for it: undo keeps each mentee as a
//! snapshot, so a change to a mentee that history did not record would be lost when an earlier
//! step is undone. Undoing it takes the entries out of the inbox until the reply is read again
//! (the next start or `R`).

use super::super::action::{Arrival, Effect, ReplyAction};
use super::super::edit;
use super::super::inbox::{self, Open};
use super::super::state::{Popup, State};
use super::super::view;
use super::clamp_all;
use crate::domain::ops::{Op, ReplyOp};
use crate::domain::reply::State as Assessed;
use crate::t;

pub fn update(state: &mut State, action: ReplyAction) -> Vec<Effect> {
    match action {
        ReplyAction::OpenInbox => open(state),
        ReplyAction::Move(by) => {
            let n = open_rows(state);
            if let Some(Popup::Inbox(open)) = &mut state.popup {
                let last = n.saturating_sub(1) as isize;
                open.selected = (open.selected.min(n.saturating_sub(1)) as isize + by)
                    .clamp(0, last.max(0)) as usize;
            }
        }
        ReplyAction::Accept => return decide(state, true, String::new()),
        ReplyAction::Decline => {
            if open_rows(state) == 0 {
                state.info(t!("inb-empty"));
            } else if let Some(Popup::Inbox(open)) = &mut state.popup {
                open.reason = Some(tui_input::Input::default());
            }
        }
        ReplyAction::ReasonEdit(edit) => {
            if let Some(Popup::Inbox(open)) = &mut state.popup
                && let Some(input) = &mut open.reason
            {
                edit.apply(input);
            }
        }
        ReplyAction::ReasonSubmit => {
            let reason = match &mut state.popup {
                Some(Popup::Inbox(open)) => open.reason.take(),
                _ => None,
            };
            let reason = reason.map(|r| r.value().trim().to_string());
            return decide(state, false, reason.unwrap_or_default());
        }
        ReplyAction::AcceptAll => return accept_all(state),
        ReplyAction::Arrived {
            replies,
            unreadable,
        } => return arrived(state, replies, unreadable),
        _ => {}
    }
    Vec::new()
}

/// `I`: the selected mentee's Inbox (a view has none: it is the mentor's).
fn open(state: &mut State) {
    if state.view.is_some() {
        state.info(t!("inb-not-in-view"));
        return;
    }
    let Some(m) = view::mentee(state) else {
        state.error(t!("app-need-mentee-a"));
        return;
    };
    state.popup = Some(Popup::Inbox(Box::new(Open {
        mentee: m.id.clone(),
        selected: 0,
        reason: None,
    })));
}

/// How many entries the open Inbox lists.
fn open_rows(state: &State) -> usize {
    match &state.popup {
        Some(Popup::Inbox(open)) => {
            inbox::mentee(&state.ws, &open.mentee).map_or(0, |m| m.inbox.len())
        }
        _ => 0,
    }
}

/// Keeps the Inbox's selection on an entry after the list changed.
fn clamp(state: &mut State) {
    let n = open_rows(state);
    if let Some(Popup::Inbox(open)) = &mut state.popup {
        open.selected = open.selected.min(n.saturating_sub(1));
    }
}

/// Accepts or declines the selected entry, with `reason`.
fn decide(state: &mut State, accept: bool, reason: String) -> Vec<Effect> {
    let Some(Popup::Inbox(open)) = &state.popup else {
        return Vec::new();
    };
    let mentee = open.mentee.clone();
    let rows = inbox::rows(&state.ws, &mentee, state.today);
    let Some(a) = rows.get(open.selected) else {
        state.info(t!("inb-empty"));
        return Vec::new();
    };
    let m = inbox::mentee(&state.ws, &mentee);
    let what = format!(
        "{} · {}",
        inbox::kind_words(&a.entry.what),
        m.map(|m| inbox::record_words(m, a.record.as_ref()))
            .unwrap_or_default()
    );
    let what = what.trim_end_matches(" · ").to_string();
    let label = if accept {
        t!("inb-did-accept", what = what.as_str())
    } else {
        t!("inb-did-decline", what = what.as_str())
    };
    let op = Op::Reply(ReplyOp::Decide {
        mentee,
        entry: a.entry.id.clone(),
        accept,
        reason,
    });
    match edit::apply(state, op, label.clone()) {
        Ok((_, effects)) => {
            clamp_all(state);
            clamp(state);
            state.info(t!("inb-done", did = label, left = open_rows(state)));
            effects
        }
        Err(e) => {
            state.error(t!("inb-cannot", why = e.to_string()));
            Vec::new()
        }
    }
}

/// `A`: every entry that is not stale and can apply, as one step.
fn accept_all(state: &mut State) -> Vec<Effect> {
    let Some(Popup::Inbox(open)) = &state.popup else {
        return Vec::new();
    };
    let mentee = open.mentee.clone();
    let rows = inbox::rows(&state.ws, &mentee, state.today);
    let ready = rows.iter().filter(|a| a.state == Assessed::New).count();
    if ready == 0 {
        state.info(t!("inb-none-ready"));
        return Vec::new();
    }
    let name = inbox::mentee(&state.ws, &mentee)
        .map(|m| crate::domain::text::line(&m.name).into_owned())
        .unwrap_or_default();
    let label = t!("inb-did-accept-all", count = ready, name = name);
    match edit::apply(state, Op::Reply(ReplyOp::AcceptAll(mentee)), label.clone()) {
        Ok((_, effects)) => {
            clamp_all(state);
            clamp(state);
            state.info(t!("inb-done", did = label, left = open_rows(state)));
            effects
        }
        Err(e) => {
            state.error(t!("inb-cannot", why = e.to_string()));
            Vec::new()
        }
    }
}

/// Replies the shell found: each is received (checked whole; a refused one changes nothing and
/// is said), one undo step each.
fn arrived(state: &mut State, arrivals: Vec<Arrival>, unreadable: Vec<String>) -> Vec<Effect> {
    if state.read_only.is_some() {
        return Vec::new();
    }
    let mut effects = Vec::new();
    let mut came = 0;
    let mut refused = unreadable
        .into_iter()
        .last()
        .map(|why| t!("inb-unreadable", why = why));
    for a in arrivals {
        let label = t!("inb-did-receive", path = a.path.as_str());
        match edit::apply(state, Op::Reply(ReplyOp::Receive(Box::new(a.reply))), label) {
            Ok((applied, mut more)) => {
                came += applied.count;
                effects.append(&mut more);
            }
            Err(e) => refused = Some(t!("inb-refused", path = a.path, why = e.to_string())),
        }
    }
    effects.dedup();
    clamp(state);
    match refused {
        Some(why) => state.error(why),
        None if came > 0 => {
            let key = crate::app::keymap::key_for(
                crate::app::keymap::Ctx::Global,
                &super::super::Action::Reply(ReplyAction::OpenInbox),
            )
            .map(crate::app::keymap::key_name)
            .unwrap_or_default();
            state.info(t!("inb-arrived", count = came, key = key));
        }
        None => {}
    }
    effects
}
