//! The actions of the Path tab, of applying a template and of agenda prompts (issue 13), grouped under
//! [`super::Action::Path`] and handled by `update/path.rs`.

/// A change on the Path tab, or a step of applying a template.
#[derive(Debug, Clone, PartialEq)]
pub enum PathAction {
    /// Moves the selected stage's status one step on (`forward`: open, in progress, done, open
    /// again) or back.
    StageStatusStep { forward: bool },
    /// Marks the selected stage skipped, or opens a skipped one again.
    StageSkip,
    /// Moves the selected stage one place earlier (`by` < 0) or later in the path.
    StageMove(isize),
    /// Raises (`by` > 0) or lowers the selected skill's current level, or its target level
    /// (`target`), by one, within 1 to 5.
    SkillLevelStep { target: bool, by: i8 },
    /// `T`: apply a template to the selected mentee: asks the shell for the templates
    /// ([`super::Effect::LoadTemplates`]), then shows the picker.
    ApplyTemplate,
    /// The templates the shell read (answer to [`super::Effect::LoadTemplates`]), and the user
    /// files it could not read.
    TemplatesLoaded {
        choices: Vec<crate::app::template::TemplateChoice>,
        errors: Vec<String>,
    },
    /// In the template popup: moves the picker's selection, or scrolls the preview.
    TemplateMove(isize),
    /// In the template popup: previews the selected template, or applies the one previewed.
    TemplateChoose,
    /// In the template popup: from the preview back to the picker, or closes the picker.
    TemplateBack,
    /// In a session form: fills the agenda with a built-in question set (GROW first), or the
    /// next set when it holds one already; appends to an agenda written by hand.
    AgendaPrompts,
}

impl PathAction {
    /// Changes the workspace, or leads to a change (refused read-only; the template popup
    /// never opens there, and its choosing would apply a template).
    pub fn is_edit(&self) -> bool {
        matches!(
            self,
            PathAction::StageStatusStep { .. }
                | PathAction::StageSkip
                | PathAction::StageMove(_)
                | PathAction::SkillLevelStep { .. }
                | PathAction::ApplyTemplate
                | PathAction::TemplateChoose
        )
    }
}
