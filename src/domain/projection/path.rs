//! The mentee's view of their career path and skill levels: every stage's shared fields (never
//! the mentor's private note on it) and the levels, filled field by field.

use crate::domain::ids::{GoalId, StageId};
use crate::domain::path::{CareerPath, SkillLevel, Stage, StageStatus};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The mentee's career path as they see it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PathView {
    pub title: String,
    pub stages: Vec<StageView>,
}

impl PathView {
    pub fn is_empty(&self) -> bool {
        self.title.is_empty() && self.stages.is_empty()
    }
}

/// A stage as the mentee sees it: the mentor's private note has no field here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageView {
    pub id: String,
    pub title: String,
    pub status: StageStatus,
    pub target: Option<NaiveDate>,
    pub description: String,
    pub skills: Vec<String>,
    pub goals: Vec<String>,
}

/// The mentee's level in a skill, now and aimed for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillLevelView {
    pub skill: String,
    pub current: Option<u8>,
    pub target: Option<u8>,
}

pub(super) fn path(p: &CareerPath) -> PathView {
    PathView {
        title: p.title.clone(),
        stages: p.stages.iter().map(stage).collect(),
    }
}

fn stage(st: &Stage) -> StageView {
    StageView {
        id: st.id.0.clone(),
        title: st.title.clone(),
        status: st.status,
        target: st.target,
        description: st.description.clone(),
        skills: st.skills.clone(),
        goals: st.goals.iter().map(|g| g.0.clone()).collect(),
    }
}

pub(super) fn level(l: &SkillLevel) -> SkillLevelView {
    SkillLevelView {
        skill: l.skill.clone(),
        current: l.current,
        target: l.target,
    }
}

/// The view back as a path for display (no private notes: the view never had them).
pub(super) fn to_path(p: &PathView) -> CareerPath {
    CareerPath {
        title: p.title.clone(),
        stages: p
            .stages
            .iter()
            .map(|st| Stage {
                id: StageId(st.id.clone()),
                title: st.title.clone(),
                status: st.status,
                target: st.target,
                description: st.description.clone(),
                skills: st.skills.clone(),
                goals: st.goals.iter().map(|g| GoalId(g.clone())).collect(),
                private_notes: String::new(),
            })
            .collect(),
    }
}

/// The view back as a level.
pub(super) fn to_level(l: &SkillLevelView) -> SkillLevel {
    SkillLevel {
        skill: l.skill.clone(),
        current: l.current,
        target: l.target,
    }
}
