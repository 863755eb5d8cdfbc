//! The whole of a mentor's practice: their profile and their mentees.

use super::ids::{GoalId, IdsExhausted, SeriesId};
use super::mentee::Mentee;
use super::rules;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::Arc;

/// The mentor's own profile.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct MentorProfile {
    pub name: String,
    /// Hours per month the mentor can give to mentoring.
    pub capacity_hours_per_month: Option<f64>,
    /// Session length used where an agreement names none.
    pub default_session_minutes: Option<u32>,
}

/// A mentor's workspace: everything one store file holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Workspace {
    pub mentor: MentorProfile,
    /// The next number handed out for a new record's ID. Never reused, so an ID removed from the
    /// file never comes back meaning something else.
    pub next_id: u64,
    /// Each mentee behind a shared pointer: a copy of the workspace (for a save in the
    /// background, or an undo step) shares every mentee it does not change.
    pub mentees: Vec<Arc<Mentee>>,
    /// A random token of this store, made the first time something needs one (the calendar
    /// export puts it in every UID, so two stores never share `s8.m1`) and kept from then on.
    /// Files written before it existed have none.
    pub store_token: Option<String>,
}

/// The longest store token a file may hold.
pub const MAX_STORE_TOKEN: usize = 64;

/// True for a store token a file may hold: 1 to [`MAX_STORE_TOKEN`] ASCII letters, digits or
/// dashes (it goes into calendar UIDs as it is).
pub fn valid_store_token(token: &str) -> bool {
    (1..=MAX_STORE_TOKEN).contains(&token.len())
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// A broken invariant, with the place in the document where it was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct Invalid {
    /// Where, as `mentees[3].goals[0].id`.
    pub path: String,
    pub message: String,
}

/// How a person named a mentee did not pick out exactly one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LookupError {
    #[error("no mentee matches \"{0}\" (see `mentor mentee list`)")]
    NoMentee(String),
    #[error("\"{query}\" matches several mentees: {}; type more of the name or use the ID", candidates.join(", "))]
    Ambiguous {
        query: String,
        candidates: Vec<String>,
    },
    #[error("no {kind} with ID \"{id}\"")]
    NoRecord { kind: &'static str, id: String },
}

impl Workspace {
    /// The mentee at `index`, to change; copied first if a snapshot still shares it.
    pub fn mentee_mut(&mut self, index: usize) -> &mut Mentee {
        Arc::make_mut(&mut self.mentees[index])
    }

    /// Adds a mentee at the end.
    pub fn push_mentee(&mut self, mentee: Mentee) {
        self.mentees.push(Arc::new(mentee));
    }

    /// Hands out the next record number; refused (and nothing changed) when the counter is at
    /// its limit, so a saved file always reads back.
    pub fn alloc(&mut self) -> Result<u64, IdsExhausted> {
        super::ids::take_next(&mut self.next_id)
    }

    /// Hands out the next record number of a workspace built in memory from an empty one (the
    /// demo, generated data), whose counter starts at 1 and stays far below the limit. Should it
    /// ever reach the limit it stops there instead of wrapping, and the file would be refused on
    /// load rather than misread; edits made by a person go through [`Workspace::alloc`].
    pub fn alloc_fresh(&mut self) -> u64 {
        self.alloc().unwrap_or(u64::MAX)
    }

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
        self.mentees
            .iter()
            .enumerate()
            .find_map(|(m, mentee)| {
                mentee
                    .goals
                    .iter()
                    .position(|g| g.id.as_str() == id)
                    .map(|g| (m, g))
            })
            .ok_or_else(|| LookupError::NoRecord {
                kind: "goal",
                id: id.to_string(),
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
        self.mentees
            .iter()
            .enumerate()
            .find_map(|(m, mentee)| {
                mentee
                    .sessions
                    .iter()
                    .position(|s| s.id.as_str() == id)
                    .map(|s| (m, s))
            })
            .ok_or_else(|| LookupError::NoRecord {
                kind: "session",
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

    /// Checks the invariants a loaded file must hold: non-empty names and titles, IDs unique in
    /// the file and of the right kind, references to goals and series of the same mentee, and a
    /// counter past every ID in use.
    pub fn validate(&self) -> Result<(), Invalid> {
        // The counter is shared by all kinds, so the number alone is unique in the file. Numbers
        // below the counter are marked in a bit table (they are dense); others, which make the
        // file invalid anyway, in a set. Paths are only written out for an error.
        let dense = usize::try_from(self.next_id.min(1 << 24)).unwrap_or(0);
        let mut seen = vec![false; dense];
        let mut seen_beyond: HashSet<u64> = HashSet::new();
        let mut max_number = 0u64;
        let mut check = |path: &dyn Fn() -> String, id: &str, number: Option<u64>, kind: &str| {
            let Some(n) = number else {
                return Err(Invalid {
                    path: path(),
                    message: format!("{kind} ID {id:?} does not have the expected shape"),
                });
            };
            let fresh = match usize::try_from(n).ok().filter(|&i| i < dense) {
                Some(i) => !std::mem::replace(&mut seen[i], true),
                None => seen_beyond.insert(n),
            };
            if !fresh {
                return Err(Invalid {
                    path: path(),
                    message: format!("duplicate ID {id:?} (its number {n} is already in use)"),
                });
            }
            max_number = max_number.max(n);
            Ok(())
        };
        let not_blank = |path: &dyn Fn() -> String, text: &str, what: &str| {
            if text.trim().is_empty() {
                Err(Invalid {
                    path: path(),
                    message: format!("{what} is empty"),
                })
            } else {
                Ok(())
            }
        };
        // The limits on numbers, the same the command line and the forms apply.
        let within = |path: &dyn Fn() -> String, checked: Result<(), rules::OutOfRange>| {
            checked.map_err(|e| Invalid {
                path: path(),
                message: e.0,
            })
        };
        if let Some(c) = self.mentor.capacity_hours_per_month {
            within(
                &|| "mentor.capacity_hours_per_month".into(),
                rules::capacity_hours(c).map(drop),
            )?;
        }
        if let Some(n) = self.mentor.default_session_minutes {
            within(
                &|| "mentor.default_session_minutes".into(),
                rules::minutes(n).map(drop),
            )?;
        }
        if let Some(token) = &self.store_token
            && !valid_store_token(token)
        {
            return Err(Invalid {
                path: "store_token".into(),
                message: format!(
                    "{:?} is not a store token (1 to {MAX_STORE_TOKEN} letters, digits or dashes)",
                    crate::domain::text::line(token)
                ),
            });
        }
        for (mi, m) in self.mentees.iter().enumerate() {
            let at = || format!("mentees[{mi}]");
            if let Some(c) = m.agreement.cadence {
                within(
                    &|| format!("{}.agreement.cadence.every", at()),
                    rules::cadence(c).map(drop),
                )?;
            }
            if let Some(n) = m.agreement.session_minutes {
                within(
                    &|| format!("{}.agreement.session_minutes", at()),
                    rules::minutes(n).map(drop),
                )?;
            }
            for (si, s) in m.sessions.iter().enumerate() {
                if let Some(n) = s.minutes {
                    within(
                        &|| format!("{}.sessions[{si}].minutes", at()),
                        rules::minutes(n).map(drop),
                    )?;
                }
            }
            for (ri, r) in m.series.iter().enumerate() {
                within(
                    &|| format!("{}.series[{ri}].every.every", at()),
                    rules::cadence(r.every).map(drop),
                )?;
                if let Some(n) = r.minutes {
                    within(
                        &|| format!("{}.series[{ri}].minutes", at()),
                        rules::minutes(n).map(drop),
                    )?;
                }
            }
            check(
                &|| format!("{}.id", at()),
                m.id.as_str(),
                m.id.number(),
                "mentee",
            )?;
            not_blank(&|| format!("{}.name", at()), &m.name, "name")?;
            let has_goal = |g: &GoalId| m.goals.iter().any(|x| &x.id == g);
            let has_series = |r: &SeriesId| m.series.iter().any(|x| &x.id == r);
            for (gi, g) in m.goals.iter().enumerate() {
                let at = || format!("{}.goals[{gi}]", at());
                check(
                    &|| format!("{}.id", at()),
                    g.id.as_str(),
                    g.id.number(),
                    "goal",
                )?;
                not_blank(&|| format!("{}.title", at()), &g.title, "title")?;
                for (ki, k) in g.milestones.iter().enumerate() {
                    let at = || format!("{}.milestones[{ki}]", at());
                    check(
                        &|| format!("{}.id", at()),
                        k.id.as_str(),
                        k.id.number(),
                        "milestone",
                    )?;
                    not_blank(&|| format!("{}.title", at()), &k.title, "title")?;
                }
            }
            for (si, s) in m.sessions.iter().enumerate() {
                let at = || format!("{}.sessions[{si}]", at());
                check(
                    &|| format!("{}.id", at()),
                    s.id.as_str(),
                    s.id.number(),
                    "session",
                )?;
                if let Some((i, g)) = s.goals.iter().enumerate().find(|(_, g)| !has_goal(g)) {
                    return Err(Invalid {
                        path: format!("{}.goals[{i}]", at()),
                        message: format!("goal \"{g}\" is not a goal of this mentee"),
                    });
                }
                if let Some(slot) = &s.series
                    && !has_series(&slot.id)
                {
                    return Err(Invalid {
                        path: format!("{}.series.id", at()),
                        message: format!("series \"{}\" is not a series of this mentee", slot.id),
                    });
                }
                for (ai, a) in s.actions.iter().enumerate() {
                    let at = || format!("{}.actions[{ai}]", at());
                    check(
                        &|| format!("{}.id", at()),
                        a.id.as_str(),
                        a.id.number(),
                        "action",
                    )?;
                    not_blank(&|| format!("{}.text", at()), &a.text, "text")?;
                }
            }
            for (fi, f) in m.feedback.iter().enumerate() {
                let at = || format!("{}.feedback[{fi}]", at());
                check(
                    &|| format!("{}.id", at()),
                    f.id.as_str(),
                    f.id.number(),
                    "feedback",
                )?;
                if let Some(g) = &f.goal
                    && !has_goal(g)
                {
                    return Err(Invalid {
                        path: format!("{}.goal", at()),
                        message: format!("goal \"{g}\" is not a goal of this mentee"),
                    });
                }
            }
            for (ci, c) in m.connections.iter().enumerate() {
                let at = || format!("{}.connections[{ci}]", at());
                check(
                    &|| format!("{}.id", at()),
                    c.id.as_str(),
                    c.id.number(),
                    "connection",
                )?;
                not_blank(&|| format!("{}.title", at()), &c.title, "title")?;
            }
            for (ri, r) in m.series.iter().enumerate() {
                check(
                    &|| format!("{}.series[{ri}].id", at()),
                    r.id.as_str(),
                    r.id.number(),
                    "series",
                )?;
            }
        }
        if self.next_id <= max_number {
            return Err(Invalid {
                path: "next_id".into(),
                message: format!(
                    "is {} but IDs up to {max_number} are in use; set it to {} or more",
                    self.next_id,
                    max_number + 1
                ),
            });
        }
        Ok(())
    }
}

/// Reads an enum value written the way the file writes it (`in-person`, `career`, `strength`).
pub fn parse_kebab<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(text.trim().to_ascii_lowercase())).ok()
}

#[cfg(test)]
mod tests;
