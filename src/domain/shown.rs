//! The words the domain shows a person, in the current language.
//!
//! The catalogue core (`t!`, [`crate::i18n::tr`], the process language) is a leaf utility below
//! the domain, like [`super::text`]: a domain error's or word's `Display` asks it, so every text a
//! person reads speaks their language wherever it is shown (see docs/I18N.md, "The domain's
//! texts"). Nothing here reads a file or the clock; the language is process state set once at
//! start.

use crate::i18n::{Lang, current, tr};
use std::collections::HashMap;
use std::sync::{OnceLock, PoisonError, RwLock};

type Words = HashMap<(Lang, &'static str), &'static str>;

/// The words of `value` in a choice whose options are `options`, when those options are the file
/// values of one of the domain's words (a mentee's kind, a goal's status ...): what a form shows
/// for a value it keeps as the file writes it. `None` for any other choice.
pub fn choice_word(options: &[&str], value: &str) -> Option<&'static str> {
    use crate::domain::{
        Channel, ConnectionKind, ConnectionStatus, FeedbackKind, GoalStatus, MenteeStatus,
        MentoringKind, Owner, SessionStatus, StageStatus, feedback::Visibility,
    };
    type Lookup = fn(&str) -> Option<&'static str>;
    let kinds: [(&[&str], Lookup); 11] = [
        (MentoringKind::NAMES, MentoringKind::shown_of_name),
        (MenteeStatus::NAMES, MenteeStatus::shown_of_name),
        (Channel::NAMES, Channel::shown_of_name),
        (GoalStatus::NAMES, GoalStatus::shown_of_name),
        (SessionStatus::NAMES, SessionStatus::shown_of_name),
        (Owner::NAMES, Owner::shown_of_name),
        (FeedbackKind::NAMES, FeedbackKind::shown_of_name),
        (ConnectionKind::NAMES, ConnectionKind::shown_of_name),
        (ConnectionStatus::NAMES, ConnectionStatus::shown_of_name),
        (StageStatus::NAMES, StageStatus::shown_of_name),
        (Visibility::NAMES, Visibility::shown_of_name),
    ];
    let (_, lookup) = kinds.iter().find(|(names, _)| *names == options)?;
    lookup(value)
}

/// The catalogue's text for `id` (a message without arguments) in the current language, kept
/// after its first use so a word shown on every row of a long list is looked up once. The kept
/// texts are bounded: one per message and language.
pub fn word(id: &'static str) -> &'static str {
    static WORDS: OnceLock<RwLock<Words>> = OnceLock::new();
    let words = WORDS.get_or_init(|| RwLock::new(HashMap::new()));
    let key = (current(), id);
    if let Some(w) = words
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&key)
    {
        return w;
    }
    let text: &'static str = Box::leak(tr(id).into_boxed_str());
    words
        .write()
        .unwrap_or_else(PoisonError::into_inner)
        .entry(key)
        .or_insert(text)
}

/// A kind of record as the domain names it in English (`"goal"`, `"action item"`, `"goals"`),
/// in the user's language; a kind it does not know is shown as it is.
pub fn record(kind: &'static str) -> &'static str {
    match kind {
        "mentee" => word("dom-record-mentee"),
        "goal" => word("dom-record-goal"),
        "milestone" => word("dom-record-milestone"),
        "session" => word("dom-record-session"),
        "action item" => word("dom-record-action"),
        "feedback" => word("dom-record-feedback"),
        "feedback note" => word("dom-record-feedback-note"),
        "connection" => word("dom-record-connection"),
        "series" => word("dom-record-series"),
        "stage" => word("dom-record-stage"),
        "record" => word("dom-record-record"),
        "mentees" => word("dom-records-mentee"),
        "goals" => word("dom-records-goal"),
        "milestones" => word("dom-records-milestone"),
        "sessions" => word("dom-records-session"),
        "action items" => word("dom-records-action"),
        "feedback notes" => word("dom-records-feedback-note"),
        "connections" => word("dom-records-connection"),
        "stages" => word("dom-records-stage"),
        "records" => word("dom-records-record"),
        other => other,
    }
}

/// A field the file's checks found empty (`"name"`, `"title"`, `"text"`, `"skill"`), in the
/// user's words; another is shown as it is.
pub fn field(what: &str) -> &str {
    match what {
        "name" => word("dom-field-name"),
        "title" => word("dom-field-title"),
        "text" => word("dom-field-text"),
        "skill" => word("dom-invalid-skill"),
        other => other,
    }
}

#[cfg(test)]
mod tests;
