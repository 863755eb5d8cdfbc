//! The Path tab's own changes (issue 13): a stage's status stepped on or back or skipped, a
//! skill's current or target level raised or lowered (each one domain operation through
//! [`edit::apply`], so one undo step, and saved); applying a template is in `template.rs`.

use super::super::action::{Action, Effect, PathAction};
use super::super::edit;
use super::super::state::{ListId, State};
use super::super::view;
use crate::domain::StageStatus;
use crate::domain::derived::skill_matrix;
use crate::domain::ops::Op;
use crate::domain::path::{MAX_LEVEL, MIN_LEVEL, skill_key};
use crate::t;

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let Action::Path(action) = action else {
        return Vec::new();
    };
    match action {
        PathAction::StageStatusStep { forward } => stage_status(state, |s| step(s, forward)),
        PathAction::StageSkip => stage_status(state, |s| match s {
            StageStatus::Skipped => StageStatus::Open,
            _ => StageStatus::Skipped,
        }),
        PathAction::StageMove(by) => stage_move(state, by),
        PathAction::SkillLevelStep { target, by } => skill_level(state, target, by),
        PathAction::ApplyTemplate => super::template::ask(state),
        PathAction::TemplatesLoaded { choices, errors } => {
            super::template::loaded(state, choices, errors);
            Vec::new()
        }
        PathAction::TemplateMove(by) => {
            super::template::step(state, by);
            Vec::new()
        }
        PathAction::TemplateChoose => super::template::choose(state),
        PathAction::TemplateBack => {
            super::template::back(state);
            Vec::new()
        }
        PathAction::AgendaPrompts => {
            super::prompts::fill(state);
            Vec::new()
        }
    }
}

/// The status after `status`, forward (open, in progress, done, then open again) or back; a
/// skipped stage steps to open either way.
fn step(status: StageStatus, forward: bool) -> StageStatus {
    use StageStatus as S;
    match (status, forward) {
        (S::Open, true) | (S::Done, false) => S::InProgress,
        (S::InProgress, true) | (S::Open, false) => S::Done,
        (S::Done, true) | (S::InProgress, false) | (S::Skipped, _) => S::Open,
    }
}

/// Sets the selected stage's status to `next(its status)`.
fn stage_status(state: &mut State, next: impl Fn(StageStatus) -> StageStatus) -> Vec<Effect> {
    let Some(st) = view::stage(state) else {
        state.error(t!("app-no-stage-selected"));
        return Vec::new();
    };
    let (id, title, status) = (st.id.clone(), st.title.clone(), next(st.status));
    let label = t!(
        "app-did-stage-status",
        title = title.as_str(),
        status = status.name()
    );
    let op = Op::SetStageStatus { stage: id, status };
    apply(state, op, label)
}

/// Moves the selected stage `by` places in its path (within it); the selection goes with it.
fn stage_move(state: &mut State, by: isize) -> Vec<Effect> {
    let (Some(m), Some(st)) = (view::mentee(state), view::stage(state)) else {
        state.error(t!("app-no-stage-selected"));
        return Vec::new();
    };
    let (id, title) = (st.id.clone(), st.title.clone());
    let stages = &m.path.stages;
    let at = stages.iter().position(|s| s.id == id).unwrap_or(0);
    let to = at
        .saturating_add_signed(by)
        .min(stages.len().saturating_sub(1));
    if to == at {
        state.error(if by < 0 {
            t!("app-stage-first", title = title.as_str())
        } else {
            t!("app-stage-last", title = title.as_str())
        });
        return Vec::new();
    }
    let label = t!("app-did-move-stage", title = title.as_str(), to = to + 1);
    let effects = apply(
        state,
        Op::MoveStage {
            stage: id.clone(),
            to,
        },
        label,
    );
    let rows = view::rows(state, ListId::Stages);
    let m = view::mentee(state).map(|m| &m.path.stages);
    if let Some(row) = rows.iter().position(|&i| m.is_some_and(|s| s[i].id == id)) {
        state.set_selected(ListId::Stages, row);
    }
    effects
}

/// Raises or lowers the selected skill's current (or target) level by `by`, within 1 to 5. A
/// level not set yet starts at 1 (a target at one above the current level).
fn skill_level(state: &mut State, target: bool, by: i8) -> Vec<Effect> {
    let (Some(m), Some(level)) = (view::mentee(state), view::skill(state)) else {
        state.error(t!("app-no-skill-selected"));
        return Vec::new();
    };
    let mentee = m.id.clone();
    let old = if target { level.target } else { level.current };
    let start = if target {
        level.current.map_or(MIN_LEVEL, |c| (c + 1).min(MAX_LEVEL))
    } else {
        MIN_LEVEL
    };
    let new = match old {
        None if by > 0 => start,
        None => {
            state.error(t!("app-no-level-yet"));
            return Vec::new();
        }
        Some(n) => n.saturating_add_signed(by).clamp(MIN_LEVEL, MAX_LEVEL),
    };
    let which = if target { "target" } else { "level" };
    if old == Some(new) {
        let end = if by > 0 { "highest" } else { "lowest" };
        state.error(t!("app-level-end", which = which, level = new, end = end));
        return Vec::new();
    }
    let (current, aim) = if target {
        (level.current, Some(new))
    } else {
        (Some(new), level.target)
    };
    let label = t!(
        "app-did-skill-level",
        skill = level.skill.as_str(),
        which = which,
        level = new
    );
    let op = Op::SetSkillLevel {
        mentee,
        skill: level.skill.clone(),
        current,
        target: aim,
    };
    let effects = apply(state, op, label);
    select_skill(state, &level.skill);
    effects
}

/// Applies `op` for undo as `label`, saying so on the status line.
fn apply(state: &mut State, op: Op, label: String) -> Vec<Effect> {
    match edit::apply(state, op, &label) {
        Ok((_, effects)) => {
            state.info(t!("app-undoable", did = label.as_str()));
            effects
        }
        Err(e) => {
            state.error(e.to_string());
            Vec::new()
        }
    }
}

/// Selects `skill` in the matrix (its row moves as its gap changes).
pub fn select_skill(state: &mut State, skill: &str) {
    let Some(m) = view::mentee(state) else { return };
    let matrix = skill_matrix(m);
    let key = skill_key(skill);
    let rows = view::rows(state, ListId::Skills);
    if let Some(row) = rows
        .iter()
        .position(|&i| skill_key(&matrix[i].skill) == key)
    {
        state.set_selected(ListId::Skills, row);
    }
}
