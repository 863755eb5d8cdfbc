//! The texts of a form a person reads: a field's label in the current language, and the shared
//! mark and its legend.

use crate::t;

/// What a field labelled as shared with the mentee says after its label: `(shared)`, in the
/// current language (`Display`).
pub const SHARED_MARK: Said = Said::SharedMark;

/// The line under a form that has shared fields, saying what the mark means (`Display`).
pub const SHARED_LEGEND: Said = Said::SharedLegend;

/// A fixed text of the forms, written in the current language when displayed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said {
    SharedMark,
    SharedLegend,
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Said::SharedMark => t!("app-form-shared"),
            Said::SharedLegend => t!("app-form-shared-legend"),
        })
    }
}

/// A field's label as a person reads it: the label is the field's name in the code (English),
/// this is its text in the current language.
pub fn label_text(label: &str) -> String {
    match label {
        "Achievable" => t!("app-field-achievable"),
        "Agenda" => t!("app-field-agenda"),
        "Aspirations" => t!("app-field-aspirations"),
        "Baseline" => t!("app-field-baseline"),
        "Boundaries" => t!("app-field-boundaries"),
        "Cadence" => t!("app-field-cadence"),
        "Channel" => t!("app-field-channel"),
        "Channels" => t!("app-field-channels"),
        "Count" => t!("app-field-count"),
        "Criterion" => t!("app-field-criterion"),
        "Current" => t!("app-field-current"),
        "Date" => t!("app-field-date"),
        "Description" => t!("app-field-description"),
        "Due" => t!("app-field-due"),
        "Ends on" => t!("app-field-ends-on"),
        "Energy" => t!("app-field-energy"),
        "Every" => t!("app-field-every"),
        "First date" => t!("app-field-first-date"),
        "Goal" => t!("app-field-goal"),
        "Goals" => t!("app-field-goals"),
        "Kind" => t!("app-field-kind"),
        "Metric" => t!("app-field-metric"),
        "Minutes" => t!("app-field-minutes"),
        "Mood" => t!("app-field-mood"),
        "Name" => t!("app-field-name"),
        "Note" => t!("app-field-note"),
        "Notes" => t!("app-field-notes"),
        "Owner" => t!("app-field-owner"),
        "Prefers feedback" => t!("fit-field-prefers"),
        "Private notes" => t!("app-field-private-notes"),
        "Relevant" => t!("app-field-relevant"),
        "Response time" => t!("app-field-response-time"),
        "Session minutes" => t!("app-field-session-minutes"),
        "Skill" => t!("app-field-skill"),
        "Skills" => t!("app-field-skills"),
        "Specific" => t!("app-field-specific"),
        "Started" => t!("app-field-started"),
        "Status" => t!("app-field-status"),
        "Success measures" => t!("app-field-success-measures"),
        "Target" => t!("app-field-target"),
        "Text" => t!("app-field-text"),
        "Time" => t!("app-field-time"),
        "Title" => t!("app-field-title"),
        "Unit" => t!("app-field-unit"),
        "Until" => t!("app-field-until"),
        "Visibility" => t!("app-field-visibility"),
        "Wants more of" => t!("fit-field-more-of"),
        "When" => t!("app-field-when"),
        "Who" => t!("app-field-who"),
        "Your energy" => t!("app-field-your-energy"),
        other => other.to_string(),
    }
}
