//! Finding a mentee by what a person typed, and a record by its ID.
//!
//! Every lookup by ID takes the whole ID, or the part before the dot of an ID with a replica
//! tag (`g13` for `g13.k7qxm`, see [`crate::domain::ids`]) when that names exactly one record of
//! the kind. A whole ID always wins; a short form naming several records is refused with their
//! whole IDs ([`LookupError::AmbiguousId`]). Operations are given whole IDs: a caller that starts
//! from typed text turns it into the record's whole ID first ([`Workspace::resolve_ref`]).

use super::{LookupError, Mentee, Workspace};
use crate::domain::ids::{self, RecordRef};
use crate::domain::{
    ActionId, ConnectionId, FeedbackId, GoalId, MenteeId, MilestoneId, SeriesId, SessionId, StageId,
};

/// The one place whose ID is `typed`, or else whose ID's short form is; `ids` lists every
/// record of the kind with its place.
fn pick<'a, P>(
    kind: &'static str,
    kinds: &'static str,
    typed: &str,
    ids: impl Iterator<Item = (P, &'a str)> + Clone,
) -> Result<P, LookupError> {
    if let Some((place, _)) = ids.clone().find(|(_, id)| *id == typed) {
        return Ok(place);
    }
    let mut found: Vec<(P, &str)> = if typed.contains('.') {
        Vec::new()
    } else {
        ids.filter(|(_, id)| ids::id_matches(id, typed)).collect()
    };
    match found.len() {
        0 => Err(LookupError::NoRecord {
            kind,
            id: typed.to_string(),
        }),
        1 => Ok(found.remove(0).0),
        _ => Err(LookupError::AmbiguousId {
            typed: typed.to_string(),
            kinds,
            ids: found.into_iter().map(|(_, id)| id.to_string()).collect(),
        }),
    }
}

impl Workspace {
    /// Finds a mentee by ID (whole, or its short form: [`Workspace::mentee_by_id`]), by whole
    /// name (any case), or by a unique start of the name.
    pub fn resolve_mentee(&self, query: &str) -> Result<usize, LookupError> {
        let q = query.trim();
        match self.mentee_by_id(q) {
            Err(LookupError::NoRecord { .. }) => {}
            found => return found,
        }
        let lower = q.to_lowercase();
        let exact: Vec<usize> = (0..self.mentees.len())
            .filter(|&i| self.mentees[i].name.to_lowercase() == lower)
            .collect();
        let matches = if exact.is_empty() {
            (0..self.mentees.len())
                .filter(|&i| {
                    !lower.is_empty() && self.mentees[i].name.to_lowercase().starts_with(&lower)
                })
                .collect()
        } else {
            exact
        };
        match matches.as_slice() {
            [i] => Ok(*i),
            [] => Err(LookupError::NoMentee(q.to_string())),
            many => Err(LookupError::Ambiguous {
                query: q.to_string(),
                candidates: many
                    .iter()
                    .map(|&i| format!("{} ({})", self.mentees[i].name, self.mentees[i].id))
                    .collect(),
            }),
        }
    }

    /// The index of the mentee with this ID (or its short form).
    pub fn mentee_by_id(&self, id: &str) -> Result<usize, LookupError> {
        let ids = self.mentees.iter().enumerate();
        pick(
            "mentee",
            "mentees",
            id,
            ids.map(|(i, m)| (i, m.id.as_str())),
        )
    }

    /// The mentee and index of the goal with this ID.
    pub fn find_goal(&self, id: &str) -> Result<(usize, usize), LookupError> {
        self.find_in("goal", "goals", id, |m| {
            m.goals.iter().map(|g| g.id.as_str()).collect()
        })
    }

    /// The mentee and index (in the mentee's career path) of the stage with this ID.
    pub fn find_stage(&self, id: &str) -> Result<(usize, usize), LookupError> {
        self.find_in("stage", "stages", id, |m| {
            m.path.stages.iter().map(|st| st.id.as_str()).collect()
        })
    }

    /// Mentee, goal and milestone index of the milestone with this ID.
    pub fn find_milestone(&self, id: &str) -> Result<(usize, usize, usize), LookupError> {
        let ids = self.mentees.iter().enumerate().flat_map(|(m, mentee)| {
            mentee.goals.iter().enumerate().flat_map(move |(g, goal)| {
                let ids = goal.milestones.iter().enumerate();
                ids.map(move |(k, x)| ((m, g, k), x.id.as_str()))
            })
        });
        pick("milestone", "milestones", id, ids)
    }

    /// Mentee and session index of the session with this ID.
    pub fn find_session(&self, id: &str) -> Result<(usize, usize), LookupError> {
        self.find_in("session", "sessions", id, |m| {
            m.sessions.iter().map(|s| s.id.as_str()).collect()
        })
    }

    /// Mentee and index of the feedback note with this ID.
    pub fn find_feedback(&self, id: &str) -> Result<(usize, usize), LookupError> {
        self.find_in("feedback note", "feedback notes", id, |m| {
            m.feedback.iter().map(|f| f.id.as_str()).collect()
        })
    }

    /// Mentee and index of the connection with this ID.
    pub fn find_connection(&self, id: &str) -> Result<(usize, usize), LookupError> {
        self.find_in("connection", "connections", id, |m| {
            m.connections.iter().map(|c| c.id.as_str()).collect()
        })
    }

    /// Mentee and index of the recurring series with this ID.
    pub fn find_series(&self, id: &str) -> Result<(usize, usize), LookupError> {
        self.find_in("series", "series", id, |m| {
            m.series.iter().map(|r| r.id.as_str()).collect()
        })
    }

    /// Mentee, session and action index of the action item with this ID.
    pub fn find_action(&self, id: &str) -> Result<(usize, usize, usize), LookupError> {
        let ids = self.mentees.iter().enumerate().flat_map(|(m, mentee)| {
            mentee
                .sessions
                .iter()
                .enumerate()
                .flat_map(move |(s, session)| {
                    let ids = session.actions.iter().enumerate();
                    ids.map(move |(a, x)| ((m, s, a), x.id.as_str()))
                })
        });
        pick("action item", "action items", id, ids)
    }

    /// The mentee and index of the `kind` record `id` among the IDs `of` lists for each mentee.
    fn find_in<'a>(
        &'a self,
        kind: &'static str,
        kinds: &'static str,
        id: &str,
        of: impl Fn(&'a Mentee) -> Vec<&'a str> + Clone,
    ) -> Result<(usize, usize), LookupError> {
        let ids = self
            .mentees
            .iter()
            .enumerate()
            .flat_map(move |(m, mentee)| {
                of(mentee)
                    .into_iter()
                    .enumerate()
                    .map(move |(k, id)| ((m, k), id))
            });
        pick(kind, kinds, id, ids)
    }

    /// The index of the mentee whose record (the mentee itself, or anything recorded about
    /// them) has this ID, or the short form of exactly one record's ID.
    pub fn holder_of(&self, id: &str) -> Option<usize> {
        let ids = self
            .mentees
            .iter()
            .enumerate()
            .flat_map(|(i, m)| record_ids(m).into_iter().map(move |id| (i, id)));
        pick("record", "records", id, ids).ok()
    }

    /// The record `typed` names, with its whole ID: what a command passes on to an operation
    /// when a person typed the short form of an ID (or the whole ID).
    pub fn resolve_ref(&self, typed: &RecordRef) -> Result<RecordRef, LookupError> {
        let id = typed.as_str();
        let mentees = &self.mentees;
        Ok(match typed {
            RecordRef::Mentee(_) => RecordRef::Mentee(mentees[self.mentee_by_id(id)?].id.clone()),
            RecordRef::Goal(_) => RecordRef::Goal(self.goal_id(id)?),
            RecordRef::Milestone(_) => {
                let (m, g, k) = self.find_milestone(id)?;
                RecordRef::Milestone(mentees[m].goals[g].milestones[k].id.clone())
            }
            RecordRef::Session(_) => RecordRef::Session(self.session_id(id)?),
            RecordRef::Action(_) => {
                let (m, s, a) = self.find_action(id)?;
                RecordRef::Action(mentees[m].sessions[s].actions[a].id.clone())
            }
            RecordRef::Feedback(_) => {
                let (m, f) = self.find_feedback(id)?;
                RecordRef::Feedback(mentees[m].feedback[f].id.clone())
            }
            RecordRef::Connection(_) => RecordRef::Connection(self.connection_id(id)?),
            RecordRef::Series(_) => RecordRef::Series(self.series_id(id)?),
            RecordRef::Stage(_) => RecordRef::Stage(self.stage_id(id)?),
        })
    }

    /// The whole ID of the goal `typed` names.
    pub fn goal_id(&self, typed: &str) -> Result<GoalId, LookupError> {
        let (m, k) = self.find_goal(typed)?;
        Ok(self.mentees[m].goals[k].id.clone())
    }

    /// The whole ID of the session `typed` names.
    pub fn session_id(&self, typed: &str) -> Result<SessionId, LookupError> {
        let (m, k) = self.find_session(typed)?;
        Ok(self.mentees[m].sessions[k].id.clone())
    }

    /// The whole ID of the stage `typed` names.
    pub fn stage_id(&self, typed: &str) -> Result<StageId, LookupError> {
        let (m, k) = self.find_stage(typed)?;
        Ok(self.mentees[m].path.stages[k].id.clone())
    }

    /// The whole ID of the connection `typed` names.
    pub fn connection_id(&self, typed: &str) -> Result<ConnectionId, LookupError> {
        let (m, k) = self.find_connection(typed)?;
        Ok(self.mentees[m].connections[k].id.clone())
    }

    /// The whole ID of the series `typed` names.
    pub fn series_id(&self, typed: &str) -> Result<SeriesId, LookupError> {
        let (m, k) = self.find_series(typed)?;
        Ok(self.mentees[m].series[k].id.clone())
    }

    /// The whole ID of the milestone `typed` names.
    pub fn milestone_id(&self, typed: &str) -> Result<MilestoneId, LookupError> {
        let (m, g, k) = self.find_milestone(typed)?;
        Ok(self.mentees[m].goals[g].milestones[k].id.clone())
    }

    /// The whole ID of the mentee `typed` names by ID.
    pub fn mentee_id(&self, typed: &str) -> Result<MenteeId, LookupError> {
        Ok(self.mentees[self.mentee_by_id(typed)?].id.clone())
    }

    /// The whole ID of the feedback note `typed` names.
    pub fn feedback_id(&self, typed: &str) -> Result<FeedbackId, LookupError> {
        let (m, k) = self.find_feedback(typed)?;
        Ok(self.mentees[m].feedback[k].id.clone())
    }

    /// The whole ID of the action item `typed` names.
    pub fn action_id(&self, typed: &str) -> Result<ActionId, LookupError> {
        let (m, s, a) = self.find_action(typed)?;
        Ok(self.mentees[m].sessions[s].actions[a].id.clone())
    }
}

/// Every ID of a mentee's records, the mentee's own first.
fn record_ids(m: &Mentee) -> Vec<&str> {
    let mut ids = vec![m.id.as_str()];
    for g in &m.goals {
        ids.push(g.id.as_str());
        ids.extend(g.milestones.iter().map(|k| k.id.as_str()));
    }
    for s in &m.sessions {
        ids.push(s.id.as_str());
        ids.extend(s.actions.iter().map(|a| a.id.as_str()));
    }
    ids.extend(m.feedback.iter().map(|f| f.id.as_str()));
    ids.extend(m.connections.iter().map(|c| c.id.as_str()));
    ids.extend(m.series.iter().map(|r| r.id.as_str()));
    ids.extend(m.path.stages.iter().map(|st| st.id.as_str()));
    ids
}

impl Workspace {
    /// The replica tags the IDs of the workspace carry.
    pub fn tags_in_use(&self) -> std::collections::HashSet<&str> {
        self.mentees
            .iter()
            .flat_map(|m| record_ids(m))
            .filter_map(|id| id.split_once('.').map(|(_, tag)| tag))
            .collect()
    }
}

#[cfg(test)]
mod tests;
