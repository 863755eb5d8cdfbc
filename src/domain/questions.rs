//! Questions to ask: a bank of open questions grouped by phase and purpose, the mentor's own
//! questions read from a plain file ([`own`]), and the questions proposed for a mentee's state
//! now ([`propose`]).
//!
//! The practice asks a mentor to guide with questions rather than instructions; the bank gives
//! them words for each phase of a mentoring relationship. Each built-in question is one message
//! of the catalogue (`i18n/*/questions.ftl`) whose ID is its stable key (`q-goal-measurable-1`),
//! so a question asked is remembered by key whatever the language ([`super::mentee::Asked`]).
//! The mentor's own questions have a key made from their words (`own-3f9a01c2`), so moving a
//! line in the file keeps it.

pub mod own;
pub mod propose;

use super::smart::Letter;
use serde::Serialize;

/// A phase or purpose of the mentoring a question belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Getting to know each other.
    Know,
    /// Finding and shaping goals.
    Goals,
    /// Expectations and boundaries.
    Expectations,
    /// Progress and obstacles.
    Progress,
    /// Giving and asking for feedback.
    Feedback,
    /// Career moves and opportunities.
    Career,
    /// Closing the mentoring.
    Closing,
}

impl Phase {
    pub const ALL: [Phase; 7] = [
        Phase::Know,
        Phase::Goals,
        Phase::Expectations,
        Phase::Progress,
        Phase::Feedback,
        Phase::Career,
        Phase::Closing,
    ];
    /// The names the file and `--phase` use.
    pub const NAMES: &'static [&'static str] = &[
        "know",
        "goals",
        "expectations",
        "progress",
        "feedback",
        "career",
        "closing",
    ];

    pub fn name(self) -> &'static str {
        Phase::NAMES[self as usize]
    }

    pub fn parse(name: &str) -> Option<Phase> {
        let name = name.trim().to_lowercase();
        Phase::NAMES
            .iter()
            .position(|n| *n == name)
            .map(|i| Phase::ALL[i])
    }

    /// The phase in words, in the user's language.
    pub fn words(self) -> String {
        crate::i18n::message(match self {
            Phase::Know => "qs-phase-know",
            Phase::Goals => "qs-phase-goals",
            Phase::Expectations => "qs-phase-expectations",
            Phase::Progress => "qs-phase-progress",
            Phase::Feedback => "qs-phase-feedback",
            Phase::Career => "qs-phase-career",
            Phase::Closing => "qs-phase-closing",
        })
    }
}

/// What a question is for within its phase, when more than the phase: a SMART letter that
/// fails, obstacles, strengths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Focus {
    Specific,
    Measurable,
    Achievable,
    Relevant,
    TimeBound,
    Obstacles,
    Strengths,
}

impl Focus {
    pub const ALL: [Focus; 7] = [
        Focus::Specific,
        Focus::Measurable,
        Focus::Achievable,
        Focus::Relevant,
        Focus::TimeBound,
        Focus::Obstacles,
        Focus::Strengths,
    ];
    pub const NAMES: &'static [&'static str] = &[
        "specific",
        "measurable",
        "achievable",
        "relevant",
        "time-bound",
        "obstacles",
        "strengths",
    ];

    pub fn name(self) -> &'static str {
        Focus::NAMES[self as usize]
    }

    pub fn parse(name: &str) -> Option<Focus> {
        let name = name.trim().to_lowercase();
        Focus::NAMES
            .iter()
            .position(|n| *n == name)
            .map(|i| Focus::ALL[i])
    }

    /// The focus that asks about a SMART letter.
    pub fn of_letter(letter: Letter) -> Focus {
        match letter {
            Letter::Specific => Focus::Specific,
            Letter::Measurable => Focus::Measurable,
            Letter::Achievable => Focus::Achievable,
            Letter::Relevant => Focus::Relevant,
            Letter::TimeBound => Focus::TimeBound,
        }
    }

    /// The phase a question of this focus belongs to.
    pub fn phase(self) -> Phase {
        match self {
            Focus::Obstacles => Phase::Progress,
            Focus::Strengths => Phase::Feedback,
            _ => Phase::Goals,
        }
    }
}

/// Where a question comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Source {
    /// Built in: its words are the catalogue's message of its key.
    Builtin,
    /// The mentor's own, from line `line` of their file.
    Own { text: String, line: usize },
}

/// One question of the bank.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Question {
    /// The stable key: the message ID of a built-in question, `own-` and a hash of the words
    /// for the mentor's own.
    pub key: String,
    pub phase: Phase,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub focus: Option<Focus>,
    #[serde(skip)]
    pub source: Source,
}

impl Question {
    /// The question in words: the user's language for a built-in one, as written for one's own.
    pub fn text(&self) -> String {
        match &self.source {
            Source::Builtin => crate::i18n::message(&self.key),
            Source::Own { text, .. } => text.clone(),
        }
    }

    pub fn is_own(&self) -> bool {
        matches!(self.source, Source::Own { .. })
    }
}

/// The built-in questions by group: the key's stem, the phase, the focus, how many.
/// `("q-goal-measurable-", Goals, Some(Measurable), 2)` is `q-goal-measurable-1` and `-2`.
const BUILTIN: &[(&str, Phase, Option<Focus>, usize)] = &[
    ("q-know-", Phase::Know, None, 9),
    ("q-goal-", Phase::Goals, None, 5),
    ("q-goal-specific-", Phase::Goals, Some(Focus::Specific), 2),
    (
        "q-goal-measurable-",
        Phase::Goals,
        Some(Focus::Measurable),
        2,
    ),
    (
        "q-goal-achievable-",
        Phase::Goals,
        Some(Focus::Achievable),
        2,
    ),
    ("q-goal-relevant-", Phase::Goals, Some(Focus::Relevant), 2),
    (
        "q-goal-time-bound-",
        Phase::Goals,
        Some(Focus::TimeBound),
        2,
    ),
    ("q-expect-", Phase::Expectations, None, 7),
    ("q-progress-", Phase::Progress, None, 5),
    (
        "q-progress-obstacle-",
        Phase::Progress,
        Some(Focus::Obstacles),
        5,
    ),
    ("q-feedback-", Phase::Feedback, None, 5),
    (
        "q-feedback-strength-",
        Phase::Feedback,
        Some(Focus::Strengths),
        4,
    ),
    ("q-career-", Phase::Career, None, 7),
    ("q-closing-", Phase::Closing, None, 7),
];

/// The built-in questions, in the order of [`Phase::ALL`] (within a phase: general ones first).
pub fn builtins() -> Vec<Question> {
    BUILTIN
        .iter()
        .flat_map(|&(stem, phase, focus, n)| {
            (1..=n).map(move |i| Question {
                key: format!("{stem}{i}"),
                phase,
                focus,
                source: Source::Builtin,
            })
        })
        .collect()
}

/// The questions that can be asked: the built-in ones and the mentor's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bank {
    /// Built-in ones first, then the mentor's own in the file's order.
    pub questions: Vec<Question>,
}

impl Default for Bank {
    fn default() -> Bank {
        Bank::builtin()
    }
}

impl Bank {
    /// The built-in questions alone.
    pub fn builtin() -> Bank {
        Bank {
            questions: builtins(),
        }
    }

    /// The built-in questions and `own` (one of the mentor's whose key a built-in or an earlier
    /// one has is left out: the same words twice).
    pub fn with_own(own: Vec<Question>) -> Bank {
        let mut questions = builtins();
        for q in own {
            if !questions.iter().any(|x| x.key == q.key) {
                questions.push(q);
            }
        }
        Bank { questions }
    }

    pub fn get(&self, key: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.key == key.trim())
    }

    /// The questions of one phase (all when `None`), in the order of [`Phase::ALL`]: built-in
    /// ones, then the mentor's own.
    pub fn listed(&self, phase: Option<Phase>) -> Vec<&Question> {
        let mut out: Vec<&Question> = self
            .questions
            .iter()
            .filter(|q| phase.is_none_or(|p| q.phase == p))
            .collect();
        out.sort_by_key(|q| (q.phase, q.is_own()));
        out
    }
}

#[cfg(test)]
mod tests;
