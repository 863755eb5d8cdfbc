//! Applying a template from the app (issue 13): `T` asks the shell for the templates (built-in
//! and the user's files: reading them is I/O, so it is an [`crate::app::Effect`]), a picker
//! lists them, and choosing one shows the dry run ([`crate::domain::template::plan`]) before
//! anything changes. Confirming applies it as one operation, so one undo step.

use crate::domain::MenteeId;
use crate::domain::template::Template;

/// A template the picker offers, with where it comes from in words ("built-in", "yours").
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateChoice {
    pub template: Template,
    pub source: String,
}

/// The dry run of one template on the mentee: what applying would add, one line each.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// Index of the template in [`TemplatePopup::choices`].
    pub choice: usize,
    /// The start its relative dates count from (today).
    pub start: chrono::NaiveDate,
    pub lines: Vec<String>,
    /// Lines scrolled past.
    pub scroll: usize,
}

/// The template popup: the picker, and the preview once a template is chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplatePopup {
    /// The mentee it applies to (the one selected when `T` was pressed).
    pub mentee: MenteeId,
    pub choices: Vec<TemplateChoice>,
    /// User template files that could not be read (file, line and field), shown under the list.
    pub errors: Vec<String>,
    pub selected: usize,
    pub preview: Option<Preview>,
}
