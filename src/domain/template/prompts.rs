//! Agenda prompts: questions that guide a session rather than instruct, so the mentor asks
//! instead of telling. Built-in question sets ([`QuestionSet`]), and the prompts a template
//! gives for the first sessions ([`next_session_prompts`]). The text they make is a session's
//! agenda, shared with the mentee.

use super::types::Template;
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
            QuestionSet::Grow => "GROW: goal, reality, options, way forward",
            QuestionSet::FirstSession => "A first session: hopes, ways of working, a first goal",
            QuestionSet::CheckIn => "A progress check-in: what moved, what is stuck, what is next",
        }
    }

    /// The questions, in parts: (heading, questions).
    pub fn parts(self) -> &'static [Part] {
        match self {
            QuestionSet::Grow => GROW,
            QuestionSet::FirstSession => FIRST_SESSION,
            QuestionSet::CheckIn => CHECK_IN,
        }
    }
}

/// A part of a question set: its heading and its questions.
pub type Part = (&'static str, &'static [&'static str]);

const GROW: &[Part] = &[
    (
        "Goal",
        &[
            "What would you like to have in hand by the end of this conversation?",
            "If this went really well, what would be different in three months?",
            "How will you know you have got there?",
        ],
    ),
    (
        "Reality",
        &[
            "What is happening now, and what have you tried so far?",
            "What is in your way, and what is in your favour?",
            "Who else is involved, and how do they see it?",
        ],
    ),
    (
        "Options",
        &[
            "What could you do? What else?",
            "What would you do if you had more time, or more courage?",
            "What would someone you admire try here?",
        ],
    ),
    (
        "Way forward",
        &[
            "Which option will you take, and what is the first step?",
            "When will you take it, and what support would help?",
            "On a scale of 1 to 10, how committed are you to it, and what would make it a 10?",
        ],
    ),
];

const FIRST_SESSION: &[Part] = &[
    (
        "Getting to know each other",
        &[
            "What brought you to mentoring now?",
            "What has helped you learn best in the past, and what has not?",
        ],
    ),
    (
        "Hopes",
        &[
            "Where would you like to be in a year, and in three?",
            "What would make these sessions worth your time?",
        ],
    ),
    (
        "Working together",
        &[
            "How often should we meet, how, and how do we reach each other in between?",
            "What is off limits, and what stays between us?",
            "How will we know the mentoring worked?",
        ],
    ),
    (
        "A first goal",
        &["Which one change would make the biggest difference, and how could we measure it?"],
    ),
];

const CHECK_IN: &[Part] = &[
    (
        "Since last time",
        &[
            "What moved since we last met, and what are you proud of?",
            "Which action items are done, and which are stuck?",
        ],
    ),
    (
        "Progress",
        &[
            "Where do you stand on each goal, and does it still matter to you?",
            "What did you learn that changes the plan?",
        ],
    ),
    (
        "Next",
        &[
            "What is the most useful thing to work on before we meet again?",
            "What support do you need, and from whom?",
        ],
    ),
];

/// A question set as agenda text: each part's heading, then its questions as `- ` lines.
pub fn agenda_prompts(set: QuestionSet) -> String {
    set.parts()
        .iter()
        .map(|(heading, questions)| {
            let lines: Vec<String> = questions.iter().map(|q| format!("- {q}")).collect();
            format!("{heading}\n{}", lines.join("\n"))
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
