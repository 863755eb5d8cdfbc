//! Undo and redo.
//!
//! Almost every edit changes exactly one mentee record (adding or removing a mentee included), so
//! a step keeps that one mentee before and after (shared pointers, so a step costs no copy), not a
//! copy of the whole workspace. A change to the workspace's skills (renaming one everywhere) keeps
//! each mentee it changed and the declared skills before and after. Steps are undone in
//! reverse order, so the positions they name stay right. The ID counter is never wound back: an
//! ID once handed out is not reused, even for an undone record.
//!
//! Settling a conflict a sync left ([`crate::domain::ops::Op::ResolveConflict`]) may change a
//! mentee, remove one, change the mentor's profile or the skills, and always changes the list of
//! conflicts: its step keeps all of those before and after ([`Settled`]; the mentees as shared
//! pointers, so the list costs a pointer per mentee, no copy of a record).

use crate::domain::conflict::Conflict;
use crate::domain::{Mentee, MentorProfile, Skill, Workspace};
use std::sync::Arc;

/// How many steps are kept.
pub const LIMIT: usize = 500;

/// One edit: the mentee at `index` went from `before` to `after` (`None`: absent).
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// What was done, for "undid: ..." messages.
    pub label: String,
    pub index: usize,
    pub before: Option<Arc<Mentee>>,
    pub after: Option<Arc<Mentee>>,
    /// For a change to the workspace's skills: the other mentees it changed (index, before,
    /// after) and the declared skills before and after.
    pub skills: Option<Box<SkillsChange>>,
    /// For settling a conflict: what the workspace held before and after (see [`Settled`]).
    pub settled: Option<Box<Settled>>,
}

/// The parts of the workspace settling a conflict can change, before and after.
#[derive(Debug, Clone, PartialEq)]
pub struct Settled {
    pub before: Parts,
    pub after: Parts,
}

/// The mentees (shared pointers), the mentor's profile, the skills and the conflicts.
#[derive(Debug, Clone, PartialEq)]
pub struct Parts {
    pub mentees: Vec<Arc<Mentee>>,
    pub mentor: MentorProfile,
    pub skills: Vec<Skill>,
    pub conflicts: Vec<Conflict>,
}

impl Parts {
    /// What `ws` holds of them now.
    pub fn of(ws: &Workspace) -> Parts {
        Parts {
            mentees: ws.mentees.clone(),
            mentor: ws.mentor.clone(),
            skills: ws.skills.clone(),
            conflicts: ws.conflicts.clone(),
        }
    }

    /// Puts them back into `ws`.
    fn restore(&self, ws: &mut Workspace) {
        ws.mentees = self.mentees.clone();
        ws.mentor = self.mentor.clone();
        ws.skills = self.skills.clone();
        ws.conflicts = self.conflicts.clone();
    }
}

/// The rest of a change to the workspace's skills.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillsChange {
    pub mentees: Vec<(usize, Arc<Mentee>, Arc<Mentee>)>,
    pub before: Vec<Skill>,
    pub after: Vec<Skill>,
}

#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Change>,
    redo: Vec<Change>,
}

/// Puts `value` at `index` where `present` says a record is there now.
fn put(ws: &mut Workspace, index: usize, present: bool, value: Option<&Arc<Mentee>>) {
    match (present, value) {
        (true, Some(m)) => ws.mentees[index] = m.clone(),
        (true, None) => {
            ws.mentees.remove(index);
        }
        (false, Some(m)) => ws.mentees.insert(index.min(ws.mentees.len()), m.clone()),
        (false, None) => {}
    }
}

impl History {
    /// Records an edit that has been made; clears what could be redone.
    pub fn record(&mut self, change: Change) {
        self.redo.clear();
        self.undo.push(change);
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
    }

    /// Undoes the last edit; returns its label.
    pub fn undo(&mut self, ws: &mut Workspace) -> Option<String> {
        let change = self.undo.pop()?;
        put(
            ws,
            change.index,
            change.after.is_some(),
            change.before.as_ref(),
        );
        if let Some(rest) = &change.skills {
            for (i, before, _) in &rest.mentees {
                put(ws, *i, true, Some(before));
            }
            ws.skills = rest.before.clone();
        }
        if let Some(settled) = &change.settled {
            settled.before.restore(ws);
        }
        let label = change.label.clone();
        self.redo.push(change);
        Some(label)
    }

    /// Redoes the last undone edit; returns its label.
    pub fn redo(&mut self, ws: &mut Workspace) -> Option<String> {
        let change = self.redo.pop()?;
        put(
            ws,
            change.index,
            change.before.is_some(),
            change.after.as_ref(),
        );
        if let Some(rest) = &change.skills {
            for (i, _, after) in &rest.mentees {
                put(ws, *i, true, Some(after));
            }
            ws.skills = rest.after.clone();
        }
        if let Some(settled) = &change.settled {
            settled.after.restore(ws);
        }
        let label = change.label.clone();
        self.undo.push(change);
        Some(label)
    }

    pub fn can_undo(&self) -> usize {
        self.undo.len()
    }

    pub fn can_redo(&self) -> usize {
        self.redo.len()
    }
}
