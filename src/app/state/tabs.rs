//! The tabs and the lists that can hold the selection.

/// The tabs: five about the selected mentee, the agenda and the calendar of everyone, then the
/// selected mentee's career path (added last, so the keys of the tabs before it stay as they were).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Goals,
    Sessions,
    Feedback,
    Network,
    Overview,
    Agenda,
    Calendar,
    Path,
}

impl Tab {
    pub const ALL: [Tab; 8] = [
        Tab::Goals,
        Tab::Sessions,
        Tab::Feedback,
        Tab::Network,
        Tab::Overview,
        Tab::Agenda,
        Tab::Calendar,
        Tab::Path,
    ];

    /// The agenda and the calendar cover every mentee, not the selected one.
    pub fn is_everyone(self) -> bool {
        matches!(self, Tab::Agenda | Tab::Calendar)
    }

    pub fn title(self) -> &'static str {
        match self {
            Tab::Goals => "Goals",
            Tab::Sessions => "Sessions",
            Tab::Feedback => "Feedback",
            Tab::Network => "Network",
            Tab::Overview => "Overview",
            Tab::Agenda => "Agenda",
            Tab::Calendar => "Calendar",
            Tab::Path => "Path",
        }
    }

    /// The lists shown in this tab, in focus order.
    pub fn lists(self) -> &'static [ListId] {
        match self {
            Tab::Goals => &[ListId::Goals, ListId::Milestones],
            Tab::Sessions => &[ListId::Sessions, ListId::Actions],
            Tab::Feedback => &[ListId::Feedback],
            Tab::Network => &[ListId::Connections],
            Tab::Path => &[ListId::Stages, ListId::Skills],
            Tab::Overview | Tab::Agenda | Tab::Calendar => &[],
        }
    }

    fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    /// The tab `step` places to the right (wrapping).
    pub fn offset(self, step: isize) -> Tab {
        let n = Tab::ALL.len() as isize;
        Tab::ALL[(self.index() as isize + step).rem_euclid(n) as usize]
    }
}

/// A list that can hold the selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListId {
    Mentees,
    Goals,
    Milestones,
    Sessions,
    Actions,
    Feedback,
    Connections,
    /// The stages of the selected mentee's career path.
    Stages,
    /// The selected mentee's skill matrix (gaps first, see [`crate::domain::derived::skill_matrix`]).
    Skills,
}

impl ListId {
    pub const ALL: [ListId; 9] = [
        ListId::Mentees,
        ListId::Goals,
        ListId::Milestones,
        ListId::Sessions,
        ListId::Actions,
        ListId::Feedback,
        ListId::Connections,
        ListId::Stages,
        ListId::Skills,
    ];

    pub fn index(self) -> usize {
        ListId::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    /// What one item of the list is called.
    pub fn noun(self) -> &'static str {
        match self {
            ListId::Mentees => "mentee",
            ListId::Goals => "goal",
            ListId::Milestones => "milestone",
            ListId::Sessions => "session",
            ListId::Actions => "action item",
            ListId::Feedback => "feedback note",
            ListId::Connections => "connection",
            ListId::Stages => "stage",
            ListId::Skills => "skill",
        }
    }

    /// [`ListId::noun`] as a person reads it, in the current language.
    pub fn noun_text(self) -> String {
        match self {
            ListId::Mentees => crate::t!("app-noun-mentee"),
            ListId::Goals => crate::t!("app-noun-goal"),
            ListId::Milestones => crate::t!("app-noun-milestone"),
            ListId::Sessions => crate::t!("app-noun-session"),
            ListId::Actions => crate::t!("app-noun-action"),
            ListId::Feedback => crate::t!("app-noun-feedback"),
            ListId::Connections => crate::t!("app-noun-connection"),
            ListId::Stages => crate::t!("app-noun-stage"),
            ListId::Skills => crate::t!("app-noun-skill"),
        }
    }
}

/// Which list has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Focus(pub ListId);
