//! Agenda prompts: questions that guide a session rather than instruct, so the mentor asks
//! instead of telling. Built-in question sets ([`QuestionSet`]), and the prompts a template
//! gives for the first sessions ([`next_session_prompts`]). The text they make is a session's
//! agenda, shared with the mentee.

use super::types::Template;
use crate::domain::shown::word;
use crate::domain::{Mentee, SessionStatus};

/// A built-in set of questions for a session's agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionSet {
    /// Goal, Reality, Options, Way forward (the GROW coaching model).
    Grow,
    /// The first session: getting to know each other and agreeing how to work.
    FirstSession,
    /// A regular check-in on progress.
    CheckIn,
}

impl QuestionSet {
    pub const ALL: [QuestionSet; 3] = [
        QuestionSet::Grow,
        QuestionSet::FirstSession,
        QuestionSet::CheckIn,
    ];

    /// The name it is chosen by (`grow`, `first-session`, `check-in`).
    pub fn name(self) -> &'static str {
        match self {
            QuestionSet::Grow => "grow",
            QuestionSet::FirstSession => "first-session",
            QuestionSet::CheckIn => "check-in",
        }
    }

    /// The set named `name` (any case).
    pub fn from_name(name: &str) -> Option<QuestionSet> {
        let name = name.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|s| s.name() == name)
    }

    /// What it is for, in a few words.
    pub fn title(self) -> &'static str {
        match self {
            QuestionSet::Grow => word("dom-prompt-grow"),
            QuestionSet::FirstSession => word("dom-prompt-first"),
            QuestionSet::CheckIn => word("dom-prompt-check"),
        }
    }

    /// The questions, in parts: (heading, questions), as catalogue IDs ([`agenda_prompts`] puts
    /// them in the user's words).
    pub fn parts(self) -> &'static [Part] {
        match self {
            QuestionSet::Grow => GROW,
            QuestionSet::FirstSession => FIRST_SESSION,
            QuestionSet::CheckIn => CHECK_IN,
        }
    }
}

/// A part of a question set: its heading and its questions (catalogue IDs).
pub type Part = (&'static str, &'static [&'static str]);

const GROW: &[Part] = &[
    (
        "dom-prompt-grow-1",
        &[
            "dom-prompt-grow-1-1",
            "dom-prompt-grow-1-2",
            "dom-prompt-grow-1-3",
        ],
    ),
    (
        "dom-prompt-grow-2",
        &[
            "dom-prompt-grow-2-1",
            "dom-prompt-grow-2-2",
            "dom-prompt-grow-2-3",
        ],
    ),
    (
        "dom-prompt-grow-3",
        &[
            "dom-prompt-grow-3-1",
            "dom-prompt-grow-3-2",
            "dom-prompt-grow-3-3",
        ],
    ),
    (
        "dom-prompt-grow-4",
        &[
            "dom-prompt-grow-4-1",
            "dom-prompt-grow-4-2",
            "dom-prompt-grow-4-3",
        ],
    ),
];

const FIRST_SESSION: &[Part] = &[
    (
        "dom-prompt-first-1",
        &["dom-prompt-first-1-1", "dom-prompt-first-1-2"],
    ),
    (
        "dom-prompt-first-2",
        &["dom-prompt-first-2-1", "dom-prompt-first-2-2"],
    ),
    (
        "dom-prompt-first-3",
        &[
            "dom-prompt-first-3-1",
            "dom-prompt-first-3-2",
            "dom-prompt-first-3-3",
        ],
    ),
    ("dom-prompt-first-4", &["dom-prompt-first-4-1"]),
];

const CHECK_IN: &[Part] = &[
    (
        "dom-prompt-check-1",
        &["dom-prompt-check-1-1", "dom-prompt-check-1-2"],
    ),
    (
        "dom-prompt-check-2",
        &["dom-prompt-check-2-1", "dom-prompt-check-2-2"],
    ),
    (
        "dom-prompt-check-3",
        &["dom-prompt-check-3-1", "dom-prompt-check-3-2"],
    ),
];

/// A question set as agenda text: each part's heading, then its questions as `- ` lines.
pub fn agenda_prompts(set: QuestionSet) -> String {
    set.parts()
        .iter()
        .map(|&(heading, questions)| {
            let lines: Vec<String> = questions
                .iter()
                .map(|&q| format!("- {}", word(q)))
                .collect();
            format!("{}\n{}", word(heading), lines.join("\n"))
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The agenda for the mentee's next session: the template's prompts for that session when
/// `template` (the one the mentee was started from) has some for it (the next session being
/// one more than those held so far), else the `fallback` question set.
pub fn next_session_prompts(
    template: Option<&Template>,
    mentee: &Mentee,
    fallback: QuestionSet,
) -> String {
    let held = mentee
        .sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Held)
        .count();
    let next = u32::try_from(held).unwrap_or(u32::MAX).saturating_add(1);
    template
        .and_then(|t| t.agenda.iter().find(|s| s.session == next))
        .filter(|s| !s.prompts.is_empty())
        .map(|s| {
            s.prompts
                .iter()
                .map(|p| format!("- {}", p.trim()))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_else(|| agenda_prompts(fallback))
}
