//! The actions of sync and of the conflicts a sync left (issue 15), grouped under
//! [`super::Action::Sync`] and handled by `update/sync.rs`.

/// Syncing the store through git, and settling the conflicts a merge recorded.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncAction {
    /// Opens the list of conflicts (on the selected mentee's first one, when they have one).
    OpenConflicts,
    /// In the list of conflicts: moves the selection by this many conflicts.
    Move(isize),
    /// In the list of conflicts: settles the selected one, keeping the value here or taking the
    /// other machine's (for a record removed there: keeping the record or removing it).
    Resolve { take_other: bool },
    /// Syncs the store: asks the shell to run the sync in the background ([`super::Effect::Sync`]).
    Start,
    /// The sync under way reached another step ("pulling").
    Progress(String),
    /// The sync ended: what came in, in one line, or why it failed. After a sync that ran, the
    /// store is read again ([`super::Effect::Reload`]).
    Done(Result<String, SyncFailure>),
}

/// Why a sync did not run or did not finish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncFailure {
    /// The store is not set up for sync (`mentor sync init` has not run for it).
    NotSetUp,
    /// It failed (the remote unreachable, say); nothing was lost. The reason, in one line.
    Failed(String),
}

impl SyncAction {
    /// Changes the workspace, or leads to a change (refused read-only).
    pub fn is_edit(&self) -> bool {
        matches!(self, SyncAction::Resolve { .. } | SyncAction::Start)
    }
}
