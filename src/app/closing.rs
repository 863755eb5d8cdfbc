//! The closing review overlay (issue 20): what the mentoring came to, from
//! [`crate::domain::closing`], as lines wrapped to the overlay's width (the detail overlay's size
//! and wrapping, see [`super::detail`]), scrolled by the keys of [`super::keymap::Ctx::Closing`].
//!
//! It opens when a mentee is concluded, and again with `w` on a concluded mentee; `e` writes the
//! closing note in a form (saved through [`crate::domain::ops::Op::SetClosing`], as
//! `mentor closing` does), after which the review shows again. The mentor sees the full review
//! (private feedback counted, the private note); in a mentee's read-only view the state holds
//! only the projected record, and the review is the shared one.

use super::detail::{self, Row, Shown, Tone};
use super::state::State;
use crate::domain::MenteeId;
use crate::domain::closing::{ClosingReview, Outcome, review};
use crate::report::closing as words;
use crate::t;

/// An open closing review: whose, and how far it is scrolled (lines from the top).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Open {
    pub mentee: MenteeId,
    pub scroll: usize,
}

impl Open {
    pub fn new(mentee: MenteeId) -> Open {
        Open { mentee, scroll: 0 }
    }
}

/// The review of the mentee `open` names (`None` once they are gone): the mentor's own, or the
/// shared one in a mentee's view.
pub fn of(state: &State, open: &Open) -> Option<ClosingReview> {
    let m = state.ws.mentees.iter().find(|m| m.id == open.mentee)?;
    let private = !state.mentee_view();
    Some(review(m, &state.ws.mentor, private, state.today))
}

/// The overlay's title.
pub fn title(state: &State, open: &Open) -> String {
    state
        .ws
        .mentees
        .iter()
        .find(|m| m.id == open.mentee)
        .map_or_else(
            || t!("close-title", mentee = "–"),
            |m| t!("close-title", mentee = m.name.as_str()),
        )
}

fn line(text: impl Into<String>, tone: Tone) -> Row {
    Row {
        label: "",
        text: text.into(),
        tone,
    }
}

fn section(out: &mut Vec<Row>, title: String) {
    out.push(line("", Tone::Plain));
    out.push(line(title, Tone::Heading));
}

/// Text of several lines, each a line of its own (blank ones left out).
fn paragraphs(out: &mut Vec<Row>, text: &str, tone: Tone) {
    for l in text.lines().filter(|l| !l.trim().is_empty()) {
        out.push(line(l.trim(), tone));
    }
}

/// The rows of the review `r`.
pub fn rows(r: &ClosingReview) -> Vec<Row> {
    let mut out = vec![line(words::span(r), Tone::Muted)];
    section(&mut out, t!("close-goals"));
    if r.goals.is_empty() {
        out.push(line(t!("close-goals-empty"), Tone::Muted));
    } else {
        out.push(line(words::goals_summary(r), Tone::Plain));
        out.push(line(words::milestones_words(r), Tone::Plain));
        for o in Outcome::ALL {
            for g in r.with_outcome(o) {
                let head = format!("{}: {}", words::outcome_words(o), g.title.trim());
                out.push(line(head, Tone::Plain));
                let history = words::goal_history(g).join(" · ");
                out.push(line(format!("  {history}"), Tone::Muted));
            }
        }
    }
    section(&mut out, t!("close-sessions"));
    for s in words::sessions_words(r) {
        out.push(line(s, Tone::Plain));
    }
    section(&mut out, t!("close-feedback"));
    for f in words::feedback_words(r) {
        out.push(line(f, Tone::Plain));
    }
    section(&mut out, t!("close-connections"));
    if r.connections_made.is_empty() {
        out.push(line(t!("close-connections-none"), Tone::Muted));
    }
    for c in &r.connections_made {
        out.push(line(
            format!("• {}", words::connection_words(c)),
            Tone::Plain,
        ));
    }
    if r.connections_open > 0 {
        let open = t!("close-connections-open", count = r.connections_open);
        out.push(line(open, Tone::Muted));
    }
    notes(&mut out, r);
    out
}

/// The closing note (and its private side in the mentor's review) and the mentee's reflection.
fn notes(out: &mut Vec<Row>, r: &ClosingReview) {
    let heading = match r.note_written_on {
        Some(d) => format!(
            "{} · {}",
            t!("close-note"),
            t!("close-note-written", date = d.to_string())
        ),
        None => t!("close-note"),
    };
    section(out, heading);
    if r.note.trim().is_empty() {
        out.push(line(t!("close-note-none"), Tone::Muted));
    } else {
        paragraphs(out, &r.note, Tone::Plain);
    }
    if r.private && !r.private_note.trim().is_empty() {
        section(out, t!("close-private-note"));
        paragraphs(out, &r.private_note, Tone::Private);
    }
    let mentee = r.mentee.trim();
    section(out, t!("close-reflection", mentee = mentee));
    if r.reflection.trim().is_empty() {
        out.push(line(
            t!("close-reflection-none", mentee = mentee),
            Tone::Muted,
        ));
    } else {
        paragraphs(out, &r.reflection, Tone::Plain);
    }
}

/// The overlay's lines, wrapped to `columns`.
pub fn lines(state: &State, open: &Open, columns: usize) -> Vec<Shown> {
    let rows = match of(state, open) {
        Some(r) => rows(&r),
        None => vec![line(t!("app-brief-gone"), Tone::Muted)],
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
