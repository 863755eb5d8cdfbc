//! Finding a mentee by what a person typed, and a record by its ID.

use super::{LookupError, Workspace};

impl Workspace {
    /// Finds a mentee by ID, by whole name (any case), or by a unique start of the name.
    pub fn resolve_mentee(&self, query: &str) -> Result<usize, LookupError> {
        let q = query.trim();
        if let Some(i) = self.mentees.iter().position(|m| m.id.as_str() == q) {
            return Ok(i);
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

    /// The mentee and index of the goal with this ID.
    pub fn find_goal(&self, id: &str) -> Result<(usize, usize), LookupError> {
        self.find_in("goal", id, |m| {
            m.goals.iter().position(|g| g.id.as_str() == id)
        })
    }

    /// The mentee and index (in the mentee's career path) of the stage with this ID.
    pub fn find_stage(&self, id: &str) -> Result<(usize, usize), LookupError> {
        self.find_in("stage", id, |m| {
            m.path.stages.iter().position(|st| st.id.as_str() == id)
        })
    }

    /// Mentee, goal and milestone index of the milestone with this ID.
    pub fn find_milestone(&self, id: &str) -> Result<(usize, usize, usize), LookupError> {
        for (m, mentee) in self.mentees.iter().enumerate() {
            for (g, goal) in mentee.goals.iter().enumerate() {
                if let Some(k) = goal.milestones.iter().position(|x| x.id.as_str() == id) {
                    return Ok((m, g, k));
                }
            }
        }
        Err(LookupError::NoRecord {
            kind: "milestone",
            id: id.to_string(),
        })
    }

    /// Mentee and session index of the session with this ID.
    pub fn find_session(&self, id: &str) -> Result<(usize, usize), LookupError> {
        self.find_in("session", id, |m| {
            m.sessions.iter().position(|s| s.id.as_str() == id)
        })
    }

    /// Mentee and index of the feedback note with this ID.
    pub fn find_feedback(&self, id: &str) -> Result<(usize, usize), LookupError> {
        self.find_in("feedback note", id, |m| {
            m.feedback.iter().position(|f| f.id.as_str() == id)
        })
    }

    /// Mentee and index of the connection with this ID.
    pub fn find_connection(&self, id: &str) -> Result<(usize, usize), LookupError> {
        self.find_in("connection", id, |m| {
            m.connections.iter().position(|c| c.id.as_str() == id)
        })
    }

    /// The mentee and index of the `kind` record `id` that `position` finds in one mentee.
    fn find_in(
        &self,
        kind: &'static str,
        id: &str,
        position: impl Fn(&super::Mentee) -> Option<usize>,
    ) -> Result<(usize, usize), LookupError> {
        self.mentees
            .iter()
            .enumerate()
            .find_map(|(m, mentee)| position(mentee).map(|k| (m, k)))
            .ok_or_else(|| LookupError::NoRecord {
                kind,
                id: id.to_string(),
            })
    }

    /// The index of the mentee whose record (the mentee itself, or anything recorded about
    /// them) has this ID.
    pub fn holder_of(&self, id: &str) -> Option<usize> {
        self.mentees.iter().position(|m| {
            m.id.as_str() == id
                || m.goals.iter().any(|g| {
                    g.id.as_str() == id || g.milestones.iter().any(|k| k.id.as_str() == id)
                })
                || m.sessions
                    .iter()
                    .any(|s| s.id.as_str() == id || s.actions.iter().any(|a| a.id.as_str() == id))
                || m.feedback.iter().any(|f| f.id.as_str() == id)
                || m.connections.iter().any(|c| c.id.as_str() == id)
                || m.series.iter().any(|r| r.id.as_str() == id)
                || m.path.stages.iter().any(|st| st.id.as_str() == id)
        })
    }

    /// Mentee, session and action index of the action item with this ID.
    pub fn find_action(&self, id: &str) -> Result<(usize, usize, usize), LookupError> {
        for (m, mentee) in self.mentees.iter().enumerate() {
            for (s, session) in mentee.sessions.iter().enumerate() {
                if let Some(a) = session.actions.iter().position(|x| x.id.as_str() == id) {
                    return Ok((m, s, a));
                }
            }
        }
        Err(LookupError::NoRecord {
            kind: "action item",
            id: id.to_string(),
        })
    }
}
