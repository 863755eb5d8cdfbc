//! Reply mode in words: an entry in one line, the lines of the pane of what was written and
//! answered, and the mark of what came from the mentee.

use super::State;
use crate::domain::RecordRef;
use crate::domain::goal::fmt_number;
use crate::domain::reply::What;
use crate::t;

/// How a line of the reply pane is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Heading,
    Plain,
    Muted,
    Accepted,
    Declined,
}

/// The lines of the reply pane (`m`): where the reply is and whom to send it to, what was
/// written that the mentor has not answered, and each answer the bundle carries.
pub fn pane_lines(state: &State) -> Vec<(String, Look)> {
    let Some(r) = &state.reply else {
        return Vec::new();
    };
    let mentor = crate::domain::text::line(&state.ws.mentor.name).into_owned();
    let mut out = vec![
        (t!("rmode-pane-file", path = r.path.as_str()), Look::Plain),
        (t!("rmode-pane-send", mentor = mentor), Look::Muted),
        (String::new(), Look::Plain),
    ];
    let open = r.unanswered();
    out.push((
        t!("rmode-pane-unanswered", count = open.len()),
        Look::Heading,
    ));
    for e in &open {
        let at = e.written_at.format("%Y-%m-%d").to_string();
        let words = entry_words(state, &e.what);
        out.push((t!("rmode-pane-entry", entry = words, at = at), Look::Plain));
    }
    out.push((String::new(), Look::Plain));
    out.push((
        t!("rmode-pane-answered", count = r.answers.len()),
        Look::Heading,
    ));
    for a in &r.answers {
        let words = r.entries.iter().find(|e| e.id == a.entry).map_or_else(
            || crate::domain::text::line(&a.entry).into_owned(),
            |e| entry_words(state, &e.what),
        );
        let on = crate::domain::dates::iso(a.on).to_string();
        // The bundle is a file from elsewhere: its words are made safe for the terminal.
        let reason = crate::domain::text::line(&a.reason);
        let (line, look) = match (a.accepted, reason.trim()) {
            (true, "") => (
                t!("rmode-pane-accepted", entry = words, on = on),
                Look::Accepted,
            ),
            (true, why) => (
                t!(
                    "rmode-pane-accepted-why",
                    entry = words,
                    on = on,
                    reason = why
                ),
                Look::Accepted,
            ),
            (false, "") => (
                t!("rmode-pane-declined", entry = words, on = on),
                Look::Declined,
            ),
            (false, why) => (
                t!(
                    "rmode-pane-declined-why",
                    entry = words,
                    on = on,
                    reason = why
                ),
                Look::Declined,
            ),
        };
        out.push((line, look));
    }
    out
}

/// A record of the plan by ID, in words: `goal "Lead a review"`, `the session of 23 November`.
fn record_words(state: &State, id: &str) -> String {
    let line = |s: &str| crate::domain::text::line(s).into_owned();
    for m in &state.ws.mentees {
        for g in &m.goals {
            if g.id.0 == id {
                return t!("rmode-about-goal", title = line(&g.title));
            }
            if let Some(k) = g.milestones.iter().find(|k| k.id.0 == id) {
                return t!("rmode-about-milestone", title = line(&k.title));
            }
        }
        for s in &m.sessions {
            if s.id.0 == id {
                let when = crate::i18n::date::long(s.at.date_naive());
                return t!("rmode-about-session", when = when);
            }
            if let Some(a) = s.actions.iter().find(|a| a.id.0 == id) {
                return t!("rmode-about-action", text = line(&a.text));
            }
        }
    }
    id.to_string()
}

/// An entry in one line: what it says, about what.
pub fn entry_words(state: &State, what: &What) -> String {
    let line = |s: &str| crate::domain::text::line(s).into_owned();
    let about = |id: &str| record_words(state, id);
    match what {
        What::Reflection { session, text } => t!(
            "rmode-entry-reflection",
            about = about(session),
            text = line(text)
        ),
        What::Progress { goal, value } => t!(
            "rmode-entry-progress",
            about = about(goal),
            value = fmt_number(*value)
        ),
        What::MilestoneDone { milestone: id, on } | What::ActionDone { action: id, on } => t!(
            "rmode-entry-done",
            about = about(id),
            on = crate::domain::dates::iso(*on).to_string()
        ),
        What::NewAction { text, due: None } => t!("rmode-entry-new-action", text = line(text)),
        What::NewAction {
            text,
            due: Some(due),
        } => t!(
            "rmode-entry-new-action-due",
            text = line(text),
            due = crate::domain::dates::iso(*due).to_string()
        ),
        What::Topic { text } => t!("rmode-entry-topic", text = line(text)),
        What::Checkin { mood, energy, text } => {
            let levels = t!("rmode-entry-checkin", mood = *mood, energy = *energy);
            match text.trim() {
                "" => levels,
                said => format!("{levels}: {}", line(said)),
            }
        }
        What::Closing { text } => t!("rmode-entry-closing", text = line(text)),
    }
}

/// True when `record` of `m` holds what came from the mentee's reply (an entry the mentor
/// accepted). The mentor's app asks the mentee's record ([`crate::domain::reply::from_mentee`]);
/// reply mode asks the answers of the bundle about the entries of the reply file.
pub fn came_from_mentee(state: &State, m: &crate::domain::Mentee, record: &RecordRef) -> bool {
    match &state.reply {
        Some(r) => r.answers.iter().filter(|a| a.accepted).any(|a| {
            r.entries
                .iter()
                .any(|e| e.id == a.entry && e.what.record() == Some(record.as_str()))
        }),
        None => crate::domain::reply::from_mentee(m, record),
    }
}

/// `title` with the mark of what came from the mentee (`↩ `) when `record` did.
pub fn marked(state: &State, m: &crate::domain::Mentee, record: RecordRef, title: &str) -> String {
    if came_from_mentee(state, m, &record) {
        format!("↩ {title}")
    } else {
        title.to_string()
    }
}
