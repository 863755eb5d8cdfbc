//! The whole of a mentor's practice: their profile and their mentees.

use super::conflict::Conflict;
use super::ids::{Fresh, IdsExhausted};
use super::mentee::Mentee;
use super::path::{Skill, skill_key};
use serde::{Deserialize, Serialize};
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
    /// What stands in for the profile where it names nothing: never saved.
    #[serde(skip)]
    pub fallback: ProfileFallback,
}

impl MentorProfile {
    /// Hours a month for mentoring: the profile's own, else the config file's `capacity`
    /// ([`ProfileFallback`]), else none.
    pub fn capacity(&self) -> Option<f64> {
        self.capacity_hours_per_month
            .or(self.fallback.capacity_hours_per_month)
    }
}

/// Settings from outside the store that stand in for the mentor's profile where it names
/// nothing (the config file's `capacity`). Runtime only: never saved, and never compared (two
/// workspaces with the same records are equal whatever the settings).
#[derive(Debug, Clone, Default)]
pub struct ProfileFallback {
    pub capacity_hours_per_month: Option<f64>,
}

impl PartialEq for ProfileFallback {
    fn eq(&self, _: &Self) -> bool {
        true
    }
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
    /// Skills declared in the workspace's vocabulary (see [`crate::domain::path`]): a
    /// description, or a skill no record names yet.
    pub skills: Vec<Skill>,
    /// True once the store is kept on several machines (`mentor sync init`): new IDs then carry
    /// the replica tag (see [`crate::domain::ids`]). Saved in the file, so every clone knows.
    pub replicated: bool,
    /// What merges of replicas could not decide, waiting for the mentor
    /// ([`crate::domain::conflict`]).
    pub conflicts: Vec<Conflict>,
    /// The tag this process puts in new IDs of a replicated store; drawn by the store when it
    /// opens one. Never saved, and never compared: two workspaces with the same records are
    /// equal whoever holds them.
    pub replica: ReplicaTag,
}

/// The replica tag of the process holding a workspace (see [`Workspace::replica`]).
#[derive(Debug, Clone, Default)]
pub struct ReplicaTag(pub Option<String>);

impl PartialEq for ReplicaTag {
    fn eq(&self, _: &Self) -> bool {
        true
    }
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
    #[error("{}", crate::t!("dom-lookup-no-mentee", query = .0.as_str()))]
    NoMentee(String),
    #[error("{}", crate::t!("dom-lookup-ambiguous", query = query.as_str(), candidates = candidates.join(", ")))]
    Ambiguous {
        query: String,
        candidates: Vec<String>,
    },
    #[error("{}", crate::t!("dom-lookup-no-record", kind = super::shown::record(kind), id = id.as_str()))]
    NoRecord { kind: &'static str, id: String },
    /// The short form of an ID (the part before the dot) that several records' IDs share.
    #[error("{}", crate::t!("dom-lookup-ambiguous-id", typed = typed.as_str(), count = ids.len(), kinds = super::shown::record(kinds), ids = ids.join(", ")))]
    AmbiguousId {
        typed: String,
        /// The kind of record, in the plural ("goals").
        kinds: &'static str,
        /// The whole IDs it names, in the order of the file.
        ids: Vec<String>,
    },
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

    /// A new ID of kind `T`: the next number, with the replica tag when the store is
    /// replicated and this process has drawn one.
    pub fn new_id<T: Fresh>(&mut self) -> Result<T, IdsExhausted> {
        let n = self.alloc()?;
        let tag = if self.replicated {
            self.replica.0.as_deref()
        } else {
            None
        };
        Ok(T::fresh(n, tag))
    }

    /// Hands out the next record number of a workspace built in memory from an empty one (the
    /// demo, generated data), whose counter starts at 1 and stays far below the limit. Should it
    /// ever reach the limit it stops there instead of wrapping, and the file would be refused on
    /// load rather than misread; edits made by a person go through [`Workspace::alloc`].
    pub fn alloc_fresh(&mut self) -> u64 {
        self.alloc().unwrap_or(u64::MAX)
    }
}

impl Workspace {
    /// The workspace's skill vocabulary: every declared skill and every skill a goal, a stage or
    /// a mentee's levels name, each once (compared trimmed and in lower case, spelled as first
    /// met, declared ones first), sorted by name.
    pub fn skill_names(&self) -> Vec<String> {
        let mut seen = std::collections::HashSet::new();
        let mut names = Vec::new();
        let mut add = |name: &str| {
            let name = name.trim();
            if !name.is_empty() && seen.insert(skill_key(name)) {
                names.push(name.to_string());
            }
        };
        self.skills.iter().for_each(|s| add(&s.name));
        for m in &self.mentees {
            m.goals.iter().flat_map(|g| &g.skills).for_each(|s| add(s));
            m.path
                .stages
                .iter()
                .flat_map(|st| &st.skills)
                .for_each(|s| add(s));
            m.skills.iter().for_each(|l| add(&l.skill));
        }
        names.sort_by_key(|n| skill_key(n));
        names
    }
}

/// Reads an enum value written the way the file writes it (`in-person`, `career`, `strength`).
pub fn parse_kebab<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(text.trim().to_ascii_lowercase())).ok()
}

mod lookup;
mod validate;

#[cfg(test)]
mod tests;
