//! A form's fields: what each accepts, who sees it, and the field itself.

use super::Picks;
use tui_input::Input;

/// What a field accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// Any text on one line, possibly empty.
    Text,
    /// Longer text that may hold several lines (pasted or from the editor), possibly empty.
    Notes,
    /// Text that must not be blank.
    Required,
    /// A date in any accepted form; empty allowed unless required.
    Date { required: bool },
    /// A date and time (required).
    DateTime,
    /// A whole number of minutes, more than zero; empty allowed.
    Minutes,
    /// A number; empty allowed unless required.
    Number { required: bool },
    /// A cadence (`2w`, `monthly`); empty for none.
    Cadence,
    /// One of a fixed set, chosen with Left/Right.
    Choice(&'static [&'static str]),
    /// Comma-separated words.
    List,
    /// A time of day, `HH:MM`.
    Time,
    /// A whole number from 1 up; empty allowed.
    Count,
    /// A level on the 1 to 5 scale (a mood, an energy: [`crate::domain::rules::level`]); empty
    /// for none.
    Level,
    /// Records of the workspace (a mentee's goals), shown by title: one or several, as the
    /// field's [`Picks`] say.
    Pick,
}

impl FieldKind {
    /// True for fields chosen with ← → rather than typed.
    pub fn is_choice(self) -> bool {
        matches!(self, FieldKind::Choice(_) | FieldKind::Pick)
    }
}

/// Who sees what a field holds, besides the mentor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sharing {
    /// The mentor only.
    #[default]
    Private,
    /// The mentee too: in their view and in a bundle the mentor shares.
    Shared,
    /// The mentee too when the form's "Visibility" field says `shared` (feedback).
    WhenVisible,
}

/// One field of a form.
#[derive(Debug, Clone)]
pub struct Field {
    pub label: &'static str,
    pub kind: FieldKind,
    /// Whether the mentee sees this field (it goes through the projection).
    pub sharing: Sharing,
    pub input: Input,
    /// Set by the last submit when the value was refused.
    pub error: Option<String>,
    /// The options of a [`FieldKind::Pick`] field (empty for any other).
    pub picks: Picks,
    /// For a number that is a goal's new value (reply mode): the goal's metric, so the preview
    /// says where the value stands between its baseline and target.
    pub toward: Option<crate::domain::Metric>,
}
impl Field {
    pub fn new(label: &'static str, kind: FieldKind, value: impl Into<String>) -> Field {
        let value = value.into();
        let value = match kind {
            FieldKind::Choice(options) if !options.contains(&value.as_str()) => {
                options.first().copied().unwrap_or_default().to_string()
            }
            _ => value,
        };
        Field {
            label,
            kind,
            sharing: Sharing::Private,
            input: Input::new(value),
            error: None,
            picks: Picks::default(),
            toward: None,
        }
    }

    /// A field chosen from `picks`, shown by title.
    pub fn pick(label: &'static str, picks: Picks) -> Field {
        Field {
            label,
            kind: FieldKind::Pick,
            sharing: Sharing::Private,
            input: picks.input(),
            error: None,
            picks,
            toward: None,
        }
    }

    pub fn value(&self) -> &str {
        self.input.value()
    }

    /// True when the field keeps newlines; every other field holds one line.
    pub fn multiline(&self) -> bool {
        self.kind == FieldKind::Notes
    }
}
