//! `mentor questions`: the question bank, and a question asked of a mentee.

use clap::{Args, Subcommand};
use std::path::PathBuf;

pub const QUESTIONS_HELP: &str = "\
Lists the bank of questions to ask, by phase: getting to know each other (know), finding and
shaping goals (goals; one pair per SMART letter), expectations and boundaries, progress and
obstacles, giving and asking for feedback, career moves and opportunities, closing. Yours come
from questions.txt beside the config file (or MENTOR_QUESTIONS) and are marked with *.

The file: one question a line, under a heading [phase] or [phase.focus], # for comments:

  # my own questions
  [know]
  What do you do on a free Sunday?
  [goals.measurable]
  What number would make you proud in three months?

Phases: know, goals, expectations, progress, feedback, career, closing. Focuses:
specific, measurable, achievable, relevant, time-bound (under goals), obstacles (under
progress), strengths (under feedback). A line that cannot be used is named with its line and
left out; the rest still works.

Examples:
  mentor questions
  mentor questions --phase goals
  mentor questions --json
  mentor questions ask alice q-goal-measurable-1";

#[derive(Debug, Args)]
pub struct QuestionsArgs {
    /// Your own questions file [default: questions.txt beside the config file]
    #[arg(long, global = true, env = "MENTOR_QUESTIONS", value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Only the questions of this phase
    #[arg(long, value_name = "PHASE",
          value_parser = clap::builder::PossibleValuesParser::new(crate::domain::questions::Phase::NAMES))]
    pub phase: Option<String>,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
    #[command(subcommand)]
    pub cmd: Option<QuestionsCmd>,
}

#[derive(Debug, Subcommand)]
pub enum QuestionsCmd {
    /// Remember a question as asked of a mentee today, and put it on their next session's
    /// agenda (the brief then leaves it out for a while)
    #[command(
        after_help = "KEY is a question's key as `mentor questions` lists it (q-goal-measurable-1, or\nown-... for yours). The question goes onto the agenda of the mentee's next planned\nsession, in the language shown; with no session planned, or with --no-agenda, it is only\nremembered.\n\nExamples:\n  mentor questions ask alice q-goal-measurable-1\n  mentor questions ask m3 q-know-2 --no-agenda"
    )]
    Ask {
        /// ID or name of the mentee
        mentee: String,
        /// The question's key
        key: String,
        /// Only remember it; leave the agenda as it is
        #[arg(long)]
        no_agenda: bool,
    },
}
