//! What changed between two versions of a workspace, record by record: for the commit message
//! of `mentor sync` ("Alice: 2 goals, 1 session") and for what a pull brought in.

use crate::domain::{Goal, Mentee, Session, Workspace};
use crate::t;
use std::fmt;

/// The kinds of record a mentee holds, in the order a summary names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Goal,
    Milestone,
    Session,
    Action,
    Feedback,
    Connection,
    Series,
    Stage,
}

impl Kind {
    /// `n` records of the kind, in the user's language ("1 goal", "2 goals").
    pub fn count(self, n: usize) -> String {
        match self {
            Kind::Goal => t!("dom-changes-goals", count = n),
            Kind::Milestone => t!("dom-changes-milestones", count = n),
            Kind::Session => t!("dom-changes-sessions", count = n),
            Kind::Action => t!("dom-changes-actions", count = n),
            Kind::Feedback => t!("dom-changes-feedback", count = n),
            Kind::Connection => t!("dom-changes-connections", count = n),
            Kind::Series => t!("dom-changes-series", count = n),
            Kind::Stage => t!("dom-changes-stages", count = n),
        }
    }
}

/// How many records of one kind were added, changed and removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Count {
    pub added: usize,
    pub changed: usize,
    pub removed: usize,
}

impl Count {
    /// Every record touched.
    pub fn total(&self) -> usize {
        self.added + self.changed + self.removed
    }
}

/// What became of the mentee record itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenteeChange {
    /// New in `after` (its records count as added).
    Added,
    /// Gone from `after` (its records count as removed).
    Removed,
    /// Their own fields (name, status, agreement, notes, path title) changed.
    Details,
    /// Only records inside changed, or only their skill levels.
    Records,
}

/// The changes to one mentee.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenteeChanges {
    pub id: String,
    /// The name in `after` (in `before` for a removed mentee).
    pub name: String,
    pub mentee: MenteeChange,
    /// Their skill levels changed.
    pub skills: bool,
    /// Per kind, in [`Kind`] order; kinds with nothing touched are left out.
    pub kinds: Vec<(Kind, Count)>,
}

/// What changed between two workspaces ([`changes`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Changes {
    /// The mentor's own profile changed.
    pub mentor: bool,
    /// The declared skill vocabulary changed.
    pub skills: bool,
    /// Conflict entries added, changed or removed.
    pub conflicts: usize,
    /// Of those, the ones removed: conflicts settled.
    pub conflicts_settled: usize,
    /// Mentees with a change, in `after`'s order, removed ones last.
    pub mentees: Vec<MenteeChanges>,
}

impl Changes {
    /// True when nothing changed.
    pub fn is_empty(&self) -> bool {
        !self.mentor && !self.skills && self.conflicts == 0 && self.mentees.is_empty()
    }

    /// How many things changed, conflicts left out: each record added, changed or removed, a
    /// mentee's own fields, their skill levels, the mentor's profile and the vocabulary.
    pub fn count(&self) -> usize {
        let mentees: usize = self
            .mentees
            .iter()
            .map(|m| {
                let own = usize::from(m.mentee != MenteeChange::Records) + usize::from(m.skills);
                own + m.kinds.iter().map(|(_, c)| c.total()).sum::<usize>()
            })
            .sum();
        mentees + usize::from(self.mentor) + usize::from(self.skills)
    }
}

/// The records added, changed and removed from `before` to `after`, per mentee and kind. A
/// goal counts as changed when its own fields changed (a milestone counts on its own), likewise
/// a session and its action items.
pub fn changes(before: &Workspace, after: &Workspace) -> Changes {
    let mut out = Changes {
        mentor: before.mentor != after.mentor,
        skills: before.skills != after.skills,
        conflicts: 0,
        conflicts_settled: 0,
        mentees: Vec::new(),
    };
    let conflicts = count(&before.conflicts, &after.conflicts, |c| c.id.as_str());
    (out.conflicts, out.conflicts_settled) = (conflicts.total(), conflicts.removed);
    for m in &after.mentees {
        let old = before.mentees.iter().find(|o| o.id == m.id);
        if old.is_some_and(|o| std::sync::Arc::ptr_eq(o, m) || o == m) {
            continue;
        }
        let empty = own_fields(m);
        let changed = mentee_changes(old.map_or(&empty, |o| o), m, old.is_none());
        out.mentees.extend(changed);
    }
    for m in &before.mentees {
        if !after.mentees.iter().any(|a| a.id == m.id) {
            let mut gone = mentee_changes(m, &own_fields(m), false).unwrap_or_else(|| bare(m));
            gone.mentee = MenteeChange::Removed;
            gone.skills = false;
            out.mentees.push(gone);
        }
    }
    out
}

fn bare(m: &Mentee) -> MenteeChanges {
    MenteeChanges {
        id: m.id.0.clone(),
        name: m.name.clone(),
        mentee: MenteeChange::Records,
        skills: false,
        kinds: Vec::new(),
    }
}

/// The changes from `a` to `b` (the same mentee), `None` when there are none.
fn mentee_changes(a: &Mentee, b: &Mentee, added: bool) -> Option<MenteeChanges> {
    let goals = |m: &Mentee| m.goals.iter().map(own_goal).collect::<Vec<_>>();
    let sessions = |m: &Mentee| m.sessions.iter().map(own_session).collect::<Vec<_>>();
    let milestones = |m: &Mentee| m.goals.iter().flat_map(|g| g.milestones.clone()).collect();
    let actions = |m: &Mentee| m.sessions.iter().flat_map(|s| s.actions.clone()).collect();
    let (ma, mb): (Vec<_>, Vec<_>) = (milestones(a), milestones(b));
    let (aa, ab): (Vec<_>, Vec<_>) = (actions(a), actions(b));
    let kinds = [
        (Kind::Goal, count(&goals(a), &goals(b), |g| g.id.as_str())),
        (Kind::Milestone, count(&ma, &mb, |k| k.id.as_str())),
        (
            Kind::Session,
            count(&sessions(a), &sessions(b), |s| s.id.as_str()),
        ),
        (Kind::Action, count(&aa, &ab, |x| x.id.as_str())),
        (
            Kind::Feedback,
            count(&a.feedback, &b.feedback, |f| f.id.as_str()),
        ),
        (
            Kind::Connection,
            count(&a.connections, &b.connections, |c| c.id.as_str()),
        ),
        (Kind::Series, count(&a.series, &b.series, |r| r.id.as_str())),
        (
            Kind::Stage,
            count(&a.path.stages, &b.path.stages, |s| s.id.as_str()),
        ),
    ];
    let kinds: Vec<_> = kinds.into_iter().filter(|(_, c)| c.total() > 0).collect();
    let details = own_fields(a) != own_fields(b);
    let skills = a.skills != b.skills;
    if !added && !details && !skills && kinds.is_empty() {
        return None;
    }
    let mentee = match (added, details) {
        (true, _) => MenteeChange::Added,
        (false, true) => MenteeChange::Details,
        (false, false) => MenteeChange::Records,
    };
    Some(MenteeChanges {
        id: b.id.0.clone(),
        name: b.name.clone(),
        mentee,
        skills: skills && !added,
        kinds,
    })
}

/// A mentee's own fields: the mentee without the records they hold.
fn own_fields(m: &Mentee) -> Mentee {
    let mut own = m.clone();
    own.goals.clear();
    own.sessions.clear();
    own.feedback.clear();
    own.connections.clear();
    own.series.clear();
    own.path.stages.clear();
    own.skills.clear();
    own
}

fn own_goal(g: &Goal) -> Goal {
    Goal {
        milestones: Vec::new(),
        ..g.clone()
    }
}

fn own_session(s: &Session) -> Session {
    Session {
        actions: Vec::new(),
        ..s.clone()
    }
}

/// Records of one kind added, changed and removed, matched by ID.
fn count<T: PartialEq>(before: &[T], after: &[T], id: impl Fn(&T) -> &str) -> Count {
    let find = |list: &[T], key: &str| list.iter().find(|x| id(x) == key).map(|_| ());
    let mut c = Count::default();
    for new in after {
        match before.iter().find(|old| id(old) == id(new)) {
            None => c.added += 1,
            Some(old) if old != new => c.changed += 1,
            Some(_) => {}
        }
    }
    c.removed = before
        .iter()
        .filter(|old| find(after, id(old)).is_none())
        .count();
    c
}

impl fmt::Display for MenteeChanges {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = crate::domain::text::line(&self.name);
        match self.mentee {
            MenteeChange::Added => f.write_str(&t!("dom-changes-new", name = name))?,
            MenteeChange::Removed => f.write_str(&t!("dom-changes-removed", name = name))?,
            _ => write!(f, "{name}")?,
        }
        let mut parts = Vec::new();
        if self.mentee == MenteeChange::Details {
            parts.push(t!("dom-changes-details"));
        }
        if self.skills {
            parts.push(t!("dom-changes-skills"));
        }
        for (kind, c) in &self.kinds {
            parts.push(kind.count(c.total()));
        }
        if !parts.is_empty() {
            write!(f, ": {}", parts.join(", "))?;
        }
        Ok(())
    }
}

impl fmt::Display for Changes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str(&t!("dom-changes-nothing"));
        }
        let mut parts: Vec<String> = self.mentees.iter().map(ToString::to_string).collect();
        if self.mentor {
            parts.push(t!("dom-changes-mentor"));
        }
        if self.skills {
            parts.push(t!("dom-changes-skills"));
        }
        match self.conflicts - self.conflicts_settled {
            0 => {}
            n => parts.push(t!("dom-changes-conflicts", count = n)),
        }
        match self.conflicts_settled {
            0 => {}
            n => parts.push(t!("dom-changes-conflicts-settled", count = n)),
        }
        f.write_str(&parts.join("; "))
    }
}
