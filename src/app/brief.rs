//! The brief overlay (`b`): what to know before the next session with a mentee, from
//! [`crate::domain::brief`], as lines wrapped to the overlay's width (the detail overlay's size
//! and wrapping, see [`super::detail`]), scrolled by the keys of [`super::keymap::Ctx::Brief`].
//!
//! The lines are built here from the state, so `update` (which clamps the scroll) and the
//! screen (which draws them) agree. One suggested agenda item or question to ask is marked
//! (`Tab` moves the mark over the suggestions, then the questions); `a` adds it to the agenda of
//! the next planned session, and `1` to `3` add question 1 to 3 at once (see `update::brief`).

mod content;

use super::detail::{self, Shown};
use super::state::State;
use crate::domain::MenteeId;
use crate::domain::brief::{Brief, Suggestion, of_mentee_with};
use crate::domain::questions::propose::Proposal;

/// An open brief: whose, how far it is scrolled (lines from the top), which suggestion is
/// marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Open {
    pub mentee: MenteeId,
    pub scroll: usize,
    pub pick: usize,
}

impl Open {
    pub fn new(mentee: MenteeId) -> Open {
        Open {
            mentee,
            scroll: 0,
            pick: 0,
        }
    }
}

/// The brief of the mentee `open` names, as of the state's today (`None` once they are gone).
pub fn of(state: &State, open: &Open) -> Option<Brief> {
    let m = state.ws.mentees.iter().find(|m| m.id == open.mentee)?;
    Some(of_mentee_with(m, state.today, &state.questions))
}

/// What the mark can be on: a suggested agenda item, or (after them) a question to ask.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Marked<'a> {
    Suggestion(&'a Suggestion),
    Question(&'a Proposal),
}

/// How many things the mark moves over: the suggestions, then the questions.
pub fn markable(b: &Brief) -> usize {
    b.suggestions.len() + b.questions.len()
}

/// The thing at `pick`: a suggestion, else a question counted after them.
pub fn marked(b: &Brief, pick: usize) -> Option<Marked<'_>> {
    match b.suggestions.get(pick) {
        Some(s) => Some(Marked::Suggestion(s)),
        None => b
            .questions
            .get(pick - b.suggestions.len())
            .map(Marked::Question),
    }
}

/// The overlay's title.
pub fn title(state: &State, open: &Open) -> String {
    state
        .ws
        .mentees
        .iter()
        .find(|m| m.id == open.mentee)
        .map_or_else(
            || crate::t!("app-brief-title"),
            |m| crate::t!("app-brief-title-of", name = m.name.as_str()),
        )
}

/// The overlay's lines, wrapped to `columns`.
pub fn lines(state: &State, open: &Open, columns: usize) -> Vec<Shown> {
    let rows = match of(state, open) {
        Some(b) => content::rows(&b, open.pick, columns),
        None => content::gone(),
    };
    detail::wrap(rows, columns)
}

/// The largest scroll that still fills the overlay, for the state's terminal size.
pub fn max_scroll(state: &State, open: &Open) -> usize {
    let (columns, height) = detail::inner(detail::size(state));
    lines(state, open, columns)
        .len()
        .saturating_sub(height.max(1))
}

/// The line the marked suggestion starts on, for scrolling it into view.
pub fn pick_line(state: &State, open: &Open) -> Option<usize> {
    let (columns, _) = detail::inner(detail::size(state));
    lines(state, open, columns)
        .iter()
        .position(|l| l.text.starts_with(content::MARK))
}
