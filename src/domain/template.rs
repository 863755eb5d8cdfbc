//! Templates: a starting plan for a kind of mentoring (an agreement draft, a career path with
//! stages and skills, SMART goals with milestones, agenda prompts for the first sessions), with
//! every date relative to the start (`+3m`). The format is documented in docs/TEMPLATES.md.
//!
//! This module is pure: it reads a template's text ([`parse`]), holds the built-in ones
//! ([`builtins`], compiled in), works out what applying one to a mentee would add ([`plan`],
//! the dry run, applied by [`crate::domain::ops::Op::ApplyTemplate`]), turns a mentee's plan
//! back into a template without anything private or any person's name ([`from_mentee`]), and
//! holds the agenda question sets ([`prompts`]). Reading and writing the user's template files
//! is the store's (`store::templates`).

mod builtin;
mod parse;
mod plan;
pub mod prompts;
mod relative;
mod save;
mod show;
mod types;
mod validate;

pub use builtin::{BUILTIN_FILES, builtins};
pub use parse::{TemplateError, parse};
pub use plan::{
    AgreementFill, GoalLink, GoalMilestones, Plan, PlannedStage, StageLinks, plan, same_title,
};
pub use prompts::{QuestionSet, agenda_prompts, next_session_prompts};
pub use relative::{REL_DATE_HINT, RelDate, RelUnit};
pub use save::{SaveRefused, from_mentee, to_toml};
pub use show::describe;
pub use types::{
    AgreementDraft, GoalDraft, MetricDraft, MilestoneDraft, PathDraft, SessionPrompts, SkillDraft,
    StageDraft, Template,
};
pub use validate::valid_name;

/// The first problem of a template made in code rather than read (a read template has none):
/// the field, as `goals[1].title`, and what is wrong.
pub fn check(t: &Template) -> Result<(), (String, String)> {
    match validate::validate(t).into_iter().next() {
        Some((path, message)) => Err((parse::render(&path), message)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests;
