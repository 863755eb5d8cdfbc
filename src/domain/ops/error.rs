//! What an operation refuses, and which value of a record a refusal is about.

use super::*;

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
    #[error("the {} must not be empty", what(*.0))]
    Blank(Field),
    /// A number outside the limits of [`super::rules`].
    #[error("{1}")]
    OutOfRange(Field, OutOfRange),
    /// Another mentee has this name (names are unique, in any case).
    #[error("a mentee called \"{0}\" already exists")]
    NameTaken(String),
    /// A session or feedback names a goal its mentee does not have.
    #[error("{goal} is not a goal of {mentee}")]
    NotAGoal { goal: GoalId, mentee: String },
    /// Concluding a mentee with sessions still planned, without saying what becomes of them.
    #[error("{mentee} has sessions still planned")]
    PlannedSessions { mentee: String, planned: usize },
    /// Marking held a session whose day is still to come, without saying so is meant.
    #[error("session {id} is on {date}, still to come")]
    StillToCome { id: SessionId, date: NaiveDate },
    /// A goal without a metric has no progress value to record.
    #[error("goal {0} has no metric to record progress on; its progress comes from milestones")]
    NoMetric(GoalId),
    /// A series needs a cadence and the mentee's agreement has none.
    #[error("{0} has no cadence in the agreement")]
    NoCadence(String),
    #[error(transparent)]
    Schedule(#[from] ScheduleError),
    /// Only milestones, action items and connections are marked done.
    #[error("a {0} cannot be marked done")]
    NotDoable(&'static str),
    /// This record has no long text.
    #[error("a {0} has no text to edit")]
    NoText(&'static str),
    /// No declared or used skill has this name.
    #[error("no skill called \"{0}\" (see `mentor skill list`)")]
    UnknownSkill(String),
    /// The skill is declared already.
    #[error("the skill \"{0}\" is declared already")]
    SkillTaken(String),
    /// A skill still named somewhere cannot be removed.
    #[error("the skill \"{skill}\" is still used by {}; rename it, or take it off them first", uses.join(", "))]
    SkillInUse { skill: String, uses: Vec<String> },
    /// Merging two skills would lose one of a mentee's two different levels.
    /// No conflict has this ID.
    #[error("no conflict with ID \"{0}\" (see `mentor conflicts`)")]
    NoConflict(String),
    /// A conflict's place is not in the workspace any more (or never was).
    #[error(
        "the place of this conflict ({0}) is not in the workspace any more; keep the current value"
    )]
    ConflictPlace(String),
    /// The value set aside no longer fits the workspace.
    #[error("the other value of conflict {0} no longer fits: {1}")]
    ConflictValue(String, String),
    #[error(
        "{mentee} has different levels in \"{from}\" and \"{to}\"; make them the same (or remove one) before merging the skills"
    )]
    LevelConflict {
        from: String,
        to: String,
        mentee: String,
    },
}

fn what(field: Field) -> &'static str {
    match field {
        Field::Name => "name",
        Field::Title => "title",
        Field::Text => "text",
        Field::Skill => "skill name",
        _ => "value",
    }
}
