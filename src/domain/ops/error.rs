//! What an operation refuses, and which value of a record a refusal is about.

use super::*;
use crate::domain::shown;
use crate::t;

/// Which value of a record a refusal is about (so a form can say it under the field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Title,
    Text,
    Goals,
    Metric,
    Target,
    Minutes,
    Mood,
    Energy,
    MentorEnergy,
    Every,
    First,
    Count,
    Until,
    Value,
    /// A skill's name.
    Skill,
    /// A skill level.
    Level,
    /// A place in an ordered list (a stage in a path).
    Position,
}

/// Why an operation was refused; nothing was changed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum OpError {
    #[error(transparent)]
    Lookup(#[from] LookupError),
    #[error(transparent)]
    Ids(#[from] IdsExhausted),
    /// Text that must not be blank is.
    #[error("{}", t!("dom-op-blank", what = what(*.0)))]
    Blank(Field),
    /// A number outside the limits of [`super::rules`].
    #[error("{1}")]
    OutOfRange(Field, OutOfRange),
    /// Another mentee has this name (names are unique, in any case).
    #[error("{}", t!("dom-op-name-taken", name = .0.as_str()))]
    NameTaken(String),
    /// A session or feedback names a goal its mentee does not have.
    #[error("{}", t!("dom-op-not-a-goal", goal = goal.to_string(), mentee = mentee.as_str()))]
    NotAGoal { goal: GoalId, mentee: String },
    /// Concluding a mentee with sessions still planned, without saying what becomes of them.
    #[error("{}", t!("dom-op-planned-sessions", mentee = mentee.as_str(), count = *planned))]
    PlannedSessions { mentee: String, planned: usize },
    /// A closing note for a mentee whose mentoring is not concluded.
    #[error("{}", t!("close-err-not-concluded", mentee = .0.as_str()))]
    NotConcluded(String),
    /// Marking held a session whose day is still to come, without saying so is meant.
    #[error("{}", t!("dom-op-still-to-come", id = id.to_string(), date = date.to_string()))]
    StillToCome { id: SessionId, date: NaiveDate },
    /// A goal without a metric has no progress value to record.
    #[error("{}", t!("dom-op-no-metric", goal = .0.to_string()))]
    NoMetric(GoalId),
    /// A series needs a cadence and the mentee's agreement has none.
    #[error("{}", t!("dom-op-no-cadence", mentee = .0.as_str()))]
    NoCadence(String),
    #[error(transparent)]
    Schedule(#[from] ScheduleError),
    /// Only milestones, action items and connections are marked done.
    #[error("{}", t!("dom-op-not-doable", what = shown::record(.0)))]
    NotDoable(&'static str),
    /// This record has no long text.
    #[error("{}", t!("dom-op-no-text", what = shown::record(.0)))]
    NoText(&'static str),
    /// No declared or used skill has this name.
    #[error("{}", t!("dom-op-unknown-skill", skill = .0.as_str()))]
    UnknownSkill(String),
    /// The skill is declared already.
    #[error("{}", t!("dom-op-skill-taken", skill = .0.as_str()))]
    SkillTaken(String),
    /// A skill still named somewhere cannot be removed.
    #[error("{}", t!("dom-op-skill-in-use", skill = skill.as_str(), uses = uses.join(", ")))]
    SkillInUse { skill: String, uses: Vec<String> },
    /// Merging two skills would lose one of a mentee's two different levels.
    /// No conflict has this ID.
    #[error("{}", t!("dom-op-no-conflict", id = .0.as_str()))]
    NoConflict(String),
    /// A conflict's place is not in the workspace any more (or never was).
    #[error("{}", t!("dom-op-conflict-place", place = .0.as_str()))]
    ConflictPlace(String),
    /// The value set aside no longer fits the workspace.
    #[error("{}", t!("dom-op-conflict-value", id = .0.as_str(), why = .1.as_str()))]
    ConflictValue(String, String),
    #[error("{}", t!("dom-op-level-conflict", mentee = mentee.as_str(), from = from.as_str(), to = to.as_str()))]
    LevelConflict {
        from: String,
        to: String,
        mentee: String,
    },
}

fn what(field: Field) -> &'static str {
    match field {
        Field::Name => shown::word("dom-field-name"),
        Field::Title => shown::word("dom-field-title"),
        Field::Text => shown::word("dom-field-text"),
        Field::Skill => shown::word("dom-field-skill"),
        _ => shown::word("dom-field-value"),
    }
}
