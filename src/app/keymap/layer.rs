//! The layers of contexts the app puts in force together, and which one holds for a state.

use super::Ctx::{self, *};
use super::toggles;
use crate::app::state::{ListId, Popup, State, Tab};

/// The contexts the app puts in force together, most specific first: every value
/// [`contexts`] can return. A key is bound at most once across the contexts of one layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    Form,
    Confirm,
    Help,
    Detail,
    Unsaved,
    Prompt,
    Brief,
    Report,
    /// The closing review (issue 20).
    Closing,
    Filter,
    Search,
    Calendar,
    CalendarDay,
    Agenda,
    /// The Path tab with its stages (or its skill matrix) focused.
    PathStages,
    PathSkills,
    /// Applying a template: the picker, then the preview of what it adds.
    TemplatePick,
    TemplatePreview,
    /// The list of conflicts a sync left.
    Conflicts,
    /// The lists: with `x` when the focused list's items can be done, with `p` on the Sessions
    /// tab (planning a series is about the selected mentee, so it works from any list there).
    Lists {
        sessions: bool,
        toggle: bool,
    },
}

impl Layer {
    /// Every layer.
    pub const ALL: [Layer; 23] = [
        Layer::Form,
        Layer::Confirm,
        Layer::Help,
        Layer::Detail,
        Layer::Unsaved,
        Layer::Prompt,
        Layer::Brief,
        Layer::Report,
        Layer::Closing,
        Layer::Filter,
        Layer::Search,
        Layer::Calendar,
        Layer::CalendarDay,
        Layer::Agenda,
        Layer::PathStages,
        Layer::PathSkills,
        Layer::TemplatePick,
        Layer::TemplatePreview,
        Layer::Conflicts,
        Layer::Lists {
            sessions: true,
            toggle: true,
        },
        Layer::Lists {
            sessions: true,
            toggle: false,
        },
        Layer::Lists {
            sessions: false,
            toggle: true,
        },
        Layer::Lists {
            sessions: false,
            toggle: false,
        },
    ];

    /// Its contexts, most specific first.
    pub fn contexts(self) -> &'static [Ctx] {
        match self {
            Layer::Form => &[Form],
            Layer::Confirm => &[Confirm],
            Layer::Help => &[Help],
            Layer::Detail => &[Detail],
            Layer::Unsaved => &[Unsaved],
            Layer::Prompt => &[Prompt],
            Layer::Brief => &[Brief],
            Layer::Report => &[Report],
            Layer::Closing => &[Closing],
            Layer::Filter => &[Filter],
            Layer::Search => &[Search],
            Layer::Calendar => &[Calendar, Global],
            Layer::CalendarDay => &[CalendarDay, Global],
            Layer::Agenda => &[Agenda, Global],
            Layer::PathStages => &[PathStages, List, Global],
            Layer::PathSkills => &[PathSkills, List, Global],
            Layer::TemplatePick => &[TemplatePick],
            Layer::TemplatePreview => &[TemplatePreview],
            Layer::Conflicts => &[Conflicts],
            Layer::Lists {
                sessions: true,
                toggle: true,
            } => &[Sessions, Toggle, List, Global],
            Layer::Lists {
                sessions: true,
                toggle: false,
            } => &[Sessions, List, Global],
            Layer::Lists {
                sessions: false,
                toggle: true,
            } => &[Toggle, List, Global],
            Layer::Lists {
                sessions: false,
                toggle: false,
            } => &[List, Global],
        }
    }
}

/// The layer in force in `state`: the open popup's, the filter being typed, the calendar (its
/// month or its day's items), the Agenda, or the lists.
pub fn layer(state: &State) -> Layer {
    match &state.popup {
        Some(Popup::Form(_)) => return Layer::Form,
        Some(Popup::Confirm(_)) | Some(Popup::DiscardForm(_)) | Some(Popup::Conclude { .. }) => {
            return Layer::Confirm;
        }
        Some(Popup::Help(_)) => return Layer::Help,
        Some(Popup::Template(t)) if t.preview.is_some() => return Layer::TemplatePreview,
        Some(Popup::Template(_)) => return Layer::TemplatePick,
        Some(Popup::Detail(_)) => return Layer::Detail,
        Some(Popup::Search(_)) => return Layer::Search,
        Some(Popup::Brief(_)) => return Layer::Brief,
        Some(Popup::Report(_)) => return Layer::Report,
        Some(Popup::Closing(_)) => return Layer::Closing,
        Some(Popup::Conflicts(_)) => return Layer::Conflicts,
        Some(Popup::Unsaved(u)) => {
            return match u.step {
                crate::app::state::UnsavedStep::Choose => Layer::Unsaved,
                _ => Layer::Prompt,
            };
        }
        None => {}
    }
    if state.typing_filter().is_some() {
        return Layer::Filter;
    }
    if state.calendar_shown() {
        return if state.day_row.is_some() {
            Layer::CalendarDay
        } else {
            Layer::Calendar
        };
    }
    if state.agenda_shown() {
        return Layer::Agenda;
    }
    match state.focus.0 {
        ListId::Stages => return Layer::PathStages,
        ListId::Skills => return Layer::PathSkills,
        _ => {}
    }
    Layer::Lists {
        sessions: state.tab == Tab::Sessions,
        toggle: toggles(state.focus.0),
    }
}

/// The contexts in force, most specific first.
pub fn contexts(state: &State) -> &'static [Ctx] {
    layer(state).contexts()
}
