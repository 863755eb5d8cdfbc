//! A mentee's career path and the workspace's skills: stages added, edited, reordered and given
//! a status; the path's title; a mentee's level in a skill; skills declared, renamed (everywhere
//! at once) and removed.
//!
//! A skill named by a stage or a level is spelled the way the vocabulary already spells it, so
//! "sql" typed for a workspace that knows "SQL" stays one skill written one way.

use super::{Applied, Changed, Field, OpError, mentee_index, non_blank, own_goals};
use crate::domain::ids::{MenteeId, RecordRef, StageId};
use crate::domain::path::{Skill, SkillLevel, Stage, StageStatus, skill_key};
use crate::domain::{Mentee, Workspace, rules};
use std::collections::HashSet;

/// The mentee and index of the stage with this ID.
fn stage_at(ws: &Workspace, id: &StageId) -> Result<(usize, usize), OpError> {
    Ok(ws.find_stage(id.as_str())?)
}

/// `name` trimmed and not blank, spelled as the vocabulary spells it when it has it.
fn spelled(vocabulary: &[String], name: &str) -> Result<String, OpError> {
    non_blank(name, Field::Skill)?;
    let key = skill_key(name);
    Ok(vocabulary
        .iter()
        .find(|v| skill_key(v) == key)
        .cloned()
        .unwrap_or_else(|| name.trim().to_string()))
}

/// A stage as it may be stored: a title, goals of its own mentee (each once), skills named
/// (each once, spelled as the vocabulary spells them).
fn check_stage(ws: &Workspace, m: usize, st: &mut Stage) -> Result<(), OpError> {
    non_blank(&st.title, Field::Title)?;
    own_goals(&ws.mentees[m], &st.goals)?;
    let mut seen = HashSet::new();
    st.goals.retain(|g| seen.insert(g.clone()));
    st.skills = skill_list(ws, &st.skills)?;
    Ok(())
}

/// The skills a stage or a goal names, as they are stored: each named (none blank), trimmed,
/// once, and spelled as the vocabulary already spells it.
pub(super) fn skill_list(ws: &Workspace, names: &[String]) -> Result<Vec<String>, OpError> {
    let vocabulary = ws.skill_names();
    let mut seen = HashSet::new();
    let mut skills = Vec::new();
    for name in names {
        let name = spelled(&vocabulary, name)?;
        if seen.insert(skill_key(&name)) {
            skills.push(name);
        }
    }
    Ok(skills)
}

/// A place among `len` stages (`len` itself is the end when `end_ok`).
fn check_position(at: usize, len: usize, end_ok: bool) -> Result<(), OpError> {
    let last = if end_ok { len + 1 } else { len };
    if at < last {
        return Ok(());
    }
    Err(OpError::OutOfRange(
        Field::Position,
        rules::OutOfRange(crate::t!(
            "dom-op-position",
            position = at + 1,
            count = len,
            last = last
        )),
    ))
}

/// Adds a stage to the mentee's path at `position` (an index; the end when `None`).
pub fn add_stage(
    ws: &mut Workspace,
    mentee: &MenteeId,
    mut st: Stage,
    position: Option<usize>,
) -> Result<Applied, OpError> {
    let i = mentee_index(ws, mentee)?;
    check_stage(ws, i, &mut st)?;
    let len = ws.mentees[i].path.stages.len();
    let at = position.unwrap_or(len);
    check_position(at, len, true)?;
    st.id = ws.new_id::<StageId>()?;
    let id = st.id.clone();
    ws.mentee_mut(i).path.stages.insert(at, st);
    Ok(Applied::mentee(i).created(RecordRef::Stage(id)))
}

/// Replaces the stage with `st`'s ID by `st` (its place in the path stays).
pub fn edit_stage(ws: &mut Workspace, mut st: Stage) -> Result<Applied, OpError> {
    let (m, k) = stage_at(ws, &st.id)?;
    check_stage(ws, m, &mut st)?;
    ws.mentee_mut(m).path.stages[k] = st;
    Ok(Applied::mentee(m))
}

pub fn set_stage_status(
    ws: &mut Workspace,
    id: &StageId,
    status: StageStatus,
) -> Result<Applied, OpError> {
    let (m, k) = stage_at(ws, id)?;
    ws.mentee_mut(m).path.stages[k].status = status;
    Ok(Applied::mentee(m))
}

/// Moves the stage to index `to` of its path, the others keeping their order.
pub fn move_stage(ws: &mut Workspace, id: &StageId, to: usize) -> Result<Applied, OpError> {
    let (m, k) = stage_at(ws, id)?;
    check_position(to, ws.mentees[m].path.stages.len(), false)?;
    let stages = &mut ws.mentee_mut(m).path.stages;
    let st = stages.remove(k);
    stages.insert(to, st);
    Ok(Applied::mentee(m))
}

/// Names the mentee's path (blank clears the name).
pub fn set_path_title(
    ws: &mut Workspace,
    mentee: &MenteeId,
    title: String,
) -> Result<Applied, OpError> {
    let i = mentee_index(ws, mentee)?;
    ws.mentee_mut(i).path.title = title.trim().to_string();
    Ok(Applied::mentee(i))
}

/// Sets the mentee's current and target level in a skill, adding the skill to their levels when
/// it is not there; with neither level the skill leaves their levels.
pub fn set_skill_level(
    ws: &mut Workspace,
    mentee: &MenteeId,
    skill: &str,
    current: Option<u8>,
    target: Option<u8>,
) -> Result<Applied, OpError> {
    let i = mentee_index(ws, mentee)?;
    let skill = spelled(&ws.skill_names(), skill)?;
    for n in [current, target].into_iter().flatten() {
        rules::level(n).map_err(|e| OpError::OutOfRange(Field::Level, e))?;
    }
    let key = skill_key(&skill);
    let m = ws.mentee_mut(i);
    let row = m.skills.iter().position(|l| skill_key(&l.skill) == key);
    match (row, current.or(target).is_some()) {
        (Some(r), false) => {
            m.skills.remove(r);
        }
        (Some(r), true) => {
            m.skills[r].current = current;
            m.skills[r].target = target;
        }
        (None, true) => m.skills.push(SkillLevel {
            skill,
            current,
            target,
        }),
        (None, false) => {}
    }
    Ok(Applied::mentee(i))
}

/// What an operation on the workspace's skills did: the mentees it changed.
fn skills_changed(mentees: Vec<usize>) -> Applied {
    let mut applied = Applied::mentee(0);
    applied.changed = Changed::Skills;
    applied.mentees = mentees;
    applied
}

/// Declares a skill in the workspace's vocabulary; refused when it is declared already.
pub fn declare_skill(
    ws: &mut Workspace,
    name: &str,
    description: String,
) -> Result<Applied, OpError> {
    let name = spelled(&ws.skill_names(), name)?;
    let key = skill_key(&name);
    if ws.skills.iter().any(|s| skill_key(&s.name) == key) {
        return Err(OpError::SkillTaken(name));
    }
    ws.skills.push(Skill {
        name,
        description: description.trim().to_string(),
    });
    Ok(skills_changed(Vec::new()))
}

/// Renames a skill in every place that names it: the declared skills, every goal's and stage's
/// skills and every mentee's levels. Renaming onto another skill merges the two (a list naming
/// both names it once; a declared description is kept, the target's first); refused when a
/// mentee has levels in both that differ, since one of them would be lost. Every place naming
/// the target skill is spelled as `to` afterwards, so `rename sql SQL` respells it everywhere.
pub fn rename_skill(ws: &mut Workspace, from: &str, to: &str) -> Result<Applied, OpError> {
    non_blank(from, Field::Skill)?;
    non_blank(to, Field::Skill)?;
    let keys = [skill_key(from), skill_key(to)];
    if !ws.skill_names().iter().any(|n| skill_key(n) == keys[0]) {
        return Err(OpError::UnknownSkill(from.trim().to_string()));
    }
    let to = to.trim().to_string();
    for m in &ws.mentees {
        let level = |key: &str| m.skills.iter().find(|l| skill_key(&l.skill) == key);
        if let (Some(a), Some(b)) = (level(&keys[0]), level(&keys[1]))
            && keys[0] != keys[1]
            && (a.current, a.target) != (b.current, b.target)
        {
            return Err(OpError::LevelConflict {
                from: a.skill.clone(),
                to: b.skill.clone(),
                mentee: m.name.clone(),
            });
        }
    }
    rename_declared(&mut ws.skills, &keys, &to);
    let mut changed = Vec::new();
    for i in 0..ws.mentees.len() {
        if names_any(&ws.mentees[i], &keys) {
            rename_in(ws.mentee_mut(i), &keys, &to);
            changed.push(i);
        }
    }
    Ok(skills_changed(changed))
}

/// True when `name` is one of the skills `keys` name.
fn is_one(name: &str, keys: &[String]) -> bool {
    keys.contains(&skill_key(name))
}

/// True when the mentee names any of the skills `keys` name.
fn names_any(m: &Mentee, keys: &[String]) -> bool {
    m.goals
        .iter()
        .flat_map(|g| &g.skills)
        .any(|s| is_one(s, keys))
        || (m.path.stages.iter())
            .flat_map(|st| &st.skills)
            .any(|s| is_one(s, keys))
        || m.skills.iter().any(|l| is_one(&l.skill, keys))
}

/// A list of skill names with those `keys` name written as `to`, once.
fn rename_list(list: &mut Vec<String>, keys: &[String], to: &str) {
    let mut seen = HashSet::new();
    let old = std::mem::take(list);
    for name in old {
        let name = if is_one(&name, keys) {
            to.to_string()
        } else {
            name
        };
        if seen.insert(skill_key(&name)) {
            list.push(name);
        }
    }
}

/// Renames the skills `keys` name to `to` in a mentee's goals, stages and levels (two level
/// rows left equal become one).
fn rename_in(m: &mut Mentee, keys: &[String], to: &str) {
    for g in &mut m.goals {
        rename_list(&mut g.skills, keys, to);
    }
    for st in &mut m.path.stages {
        rename_list(&mut st.skills, keys, to);
    }
    let mut seen = false;
    m.skills.retain_mut(|l| {
        if !is_one(&l.skill, keys) {
            return true;
        }
        l.skill = to.to_string();
        !std::mem::replace(&mut seen, true)
    });
}

/// Renames the declared skills `keys` name to `to`, one entry keeping the first description
/// found, the target's first.
fn rename_declared(skills: &mut Vec<Skill>, keys: &[String; 2], to: &str) {
    let description = |key: &String| {
        (skills.iter())
            .find(|s| &skill_key(&s.name) == key && !s.description.is_empty())
            .map(|s| s.description.clone())
    };
    let kept = description(&keys[1]).or_else(|| description(&keys[0]));
    let mut seen = false;
    skills.retain_mut(|s| {
        if !is_one(&s.name, keys) {
            return true;
        }
        s.name = to.to_string();
        s.description = kept.clone().unwrap_or_default();
        !std::mem::replace(&mut seen, true)
    });
}

/// Where the skill is named, in words ("goal g2 of Ada", "Ada's skill levels").
pub fn skill_uses(ws: &Workspace, name: &str) -> Vec<String> {
    let keys = [skill_key(name)];
    let mut uses = Vec::new();
    for m in &ws.mentees {
        for g in m
            .goals
            .iter()
            .filter(|g| g.skills.iter().any(|s| is_one(s, &keys)))
        {
            uses.push(crate::t!(
                "dom-op-use-goal",
                id = g.id.to_string(),
                name = m.name.as_str()
            ));
        }
        let stages = m.path.stages.iter();
        for st in stages.filter(|st| st.skills.iter().any(|s| is_one(s, &keys))) {
            uses.push(crate::t!(
                "dom-op-use-stage",
                id = st.id.to_string(),
                name = m.name.as_str()
            ));
        }
        if m.skills.iter().any(|l| is_one(&l.skill, &keys)) {
            uses.push(crate::t!("dom-op-use-levels", name = m.name.as_str()));
        }
    }
    uses
}

/// Removes a skill from the declared vocabulary; refused while anything names it.
pub fn remove_skill(ws: &mut Workspace, name: &str) -> Result<Applied, OpError> {
    non_blank(name, Field::Skill)?;
    let uses = skill_uses(ws, name);
    if !uses.is_empty() {
        return Err(OpError::SkillInUse {
            skill: name.trim().to_string(),
            uses,
        });
    }
    let key = skill_key(name);
    let before = ws.skills.len();
    ws.skills.retain(|s| skill_key(&s.name) != key);
    if ws.skills.len() == before {
        return Err(OpError::UnknownSkill(name.trim().to_string()));
    }
    Ok(skills_changed(Vec::new()))
}
