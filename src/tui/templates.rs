//! Reading the templates for the app's picker (the shell's side of
//! [`crate::app::Effect::LoadTemplates`]): the built-in ones and the user's files, as
//! `mentor template list` reads them.

use crate::app::Action;
use crate::app::action::PathAction;
use crate::app::template::TemplateChoice;
use crate::store::templates::{Catalog, Source, catalog, default_dir};
use crate::t;

/// The templates of the user's template directory and the built-in ones, as the app's answer.
pub fn load() -> Action {
    answer(catalog(default_dir().as_deref()))
}

/// `catalog` as the picker's choices, with the files that could not be read.
pub fn answer(catalog: Catalog) -> Action {
    let choices = catalog
        .entries
        .into_iter()
        .map(|e| TemplateChoice {
            source: match e.source {
                Source::Builtin => t!("scr-tpl-builtin"),
                Source::User { shadows: true, .. } => t!("scr-tpl-yours-replaces"),
                Source::User { .. } => t!("scr-tpl-yours"),
            },
            template: e.template,
        })
        .collect();
    let errors = catalog.errors.iter().map(|e| e.to_string()).collect();
    Action::Path(PathAction::TemplatesLoaded { choices, errors })
}
