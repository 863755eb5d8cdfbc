//! `mentor template ...`: list, show, apply and save templates; print agenda prompts.

use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// The directory of user templates [default: templates/ in the config directory]
    #[arg(long, global = true, env = "MENTOR_TEMPLATES", value_name = "DIR")]
    pub dir: Option<PathBuf>,
    #[command(subcommand)]
    pub cmd: TemplateCmd,
}

#[derive(Debug, Subcommand)]
pub enum TemplateCmd {
    /// List the built-in templates and yours (yours replace a built-in of the same name)
    #[command(after_help = "Example:\n  mentor template list\n  mentor template list --json")]
    List {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Show what a template holds: agreement, path, skills, goals, first-session prompts
    #[command(after_help = "Example:\n  mentor template show engineering-ic")]
    Show {
        /// The template's name (see `mentor template list`)
        name: String,
        /// Print the template as JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Add a template's agreement, path, skills, goals and milestones to a mentee (only what
    /// the mentee does not have yet)
    #[command(
        after_help = "Dates in the template (+2w, +3m) count from --start. An agreement field is filled only\nwhere the mentee's is empty; a stage, goal, milestone or skill that exists by title is\nleft as it is, so applying twice adds nothing the second time.\n\nExamples:\n  mentor template apply engineering-ic --mentee alice --dry-run\n  mentor template apply peer-onboarding --mentee bilal --start 2027-01-04"
    )]
    Apply {
        /// The template's name (see `mentor template list`)
        name: String,
        /// ID or name of the mentee
        #[arg(long)]
        mentee: String,
        /// The day the template's dates count from [default: today]
        #[arg(long, value_name = "DATE")]
        start: Option<String>,
        /// Print what would be added and change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Save a mentee's plan as a template of yours (no private note and no person's name goes in)
    #[command(
        after_help = "Dates become relative to the mentee's start date. Private notes, feedback, session\nnotes and connections are left out; the names of the mentee, the mentor, other\nmentees and connections are replaced (\"the mentee\", \"the mentor\", \"a colleague\").\nThe file is NAME.toml in the templates directory, mode 0600.\n\nExample:\n  mentor template save my-staff-track --from alice"
    )]
    Save {
        /// The new template's name: lower-case letters, digits and dashes
        name: String,
        /// ID or name of the mentee whose plan to save
        #[arg(long, value_name = "MENTEE")]
        from: String,
        /// Replace a template of yours with the same name
        #[arg(long)]
        force: bool,
    },
    /// Print agenda prompts: a question set (grow, first-session, check-in), or a mentee's
    /// next session from a template
    #[command(
        after_help = "Without SET, lists the sets. With --mentee and --template, prints the template's\nprompts for the mentee's next session (one more than those held), else SET (grow by\ndefault).\n\nExamples:\n  mentor template prompts grow\n  mentor session add --mentee alice --at friday --agenda \"$(mentor template prompts grow)\"\n  mentor template prompts --mentee bilal --template peer-onboarding"
    )]
    Prompts {
        /// The question set: grow, first-session or check-in
        set: Option<String>,
        /// The mentee whose next session the prompts are for
        #[arg(long, requires = "template")]
        mentee: Option<String>,
        /// The template the mentee was started from
        #[arg(long, requires = "mentee")]
        template: Option<String>,
    },
}
