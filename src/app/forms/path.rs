//! The forms of the Path tab: a stage of the career path, and a skill's levels in the matrix.

use super::super::form::{Field, FieldKind as K, Form, FormTarget, Picks};
use super::super::state::State;
use super::{Done, Refusal, date, goal_options, run};
use crate::domain::ops::Op;
use crate::domain::path::SkillLevel;
use crate::domain::workspace::parse_kebab;
use crate::domain::{GoalId, Stage, StageId};

/// A stage's statuses as the form offers them (the file's words).
pub const STATUSES: &[&str] = &["open", "in-progress", "done", "skipped"];

/// Levels as the skill form offers them: `-` for none, then 1 to 5.
const LEVELS: &[&str] = &["-", "1", "2", "3", "4", "5"];

pub fn stage_form(target: FormTarget, st: Option<&Stage>, goals: &[crate::domain::Goal]) -> Form {
    let title = match st {
        Some(st) => format!("Edit stage \"{}\"", st.title),
        None => "New stage".to_string(),
    };
    let status = st.map(|st| st.status.name().to_string());
    let fields = vec![
        Field::new(
            "Title",
            K::Required,
            st.map(|s| s.title.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Status",
            K::Choice(STATUSES),
            status.as_deref().unwrap_or("open"),
        ),
        Field::new(
            "Target",
            K::Date { required: false },
            date(st.and_then(|s| s.target)),
        ),
        Field::new(
            "Description",
            K::Notes,
            st.map(|s| s.description.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Skills",
            K::List,
            st.map(|s| s.skills.join(", ")).unwrap_or_default(),
        ),
        Field::pick(
            "Goals",
            Picks::new(
                goal_options(goals),
                &st.map(|s| s.goals.iter().map(|g| g.0.clone()).collect::<Vec<_>>())
                    .unwrap_or_default(),
                true,
            ),
        ),
        Field::new(
            "Private notes",
            K::Notes,
            st.map(|s| s.private_notes.clone()).unwrap_or_default(),
        ),
    ];
    Form::new(target, title, fields).shared_except(&["Private notes"])
}

fn fill_stage(st: &mut Stage, form: &Form, today: chrono::NaiveDate) {
    st.title = form.text("Title");
    st.status = parse_kebab(&form.text("Status")).unwrap_or_default();
    st.target = form.opt_date("Target", today);
    st.description = form.text("Description");
    st.skills = form.list("Skills");
    st.goals = form.picked("Goals").into_iter().map(GoalId).collect();
    st.private_notes = form.text("Private notes");
}

pub fn apply_stage(state: &mut State, form: &Form, target: &FormTarget) -> Result<Done, Refusal> {
    let today = state.today;
    let title = form.text("Title");
    let (op, label) = match target {
        FormTarget::Stage(id) => {
            let (m, k) = state.ws.find_stage(id.as_str()).map_err(|_| None)?;
            let mut st = state.ws.mentees[m].path.stages[k].clone();
            fill_stage(&mut st, form, today);
            (Op::EditStage(Box::new(st)), format!("edit stage {title}"))
        }
        FormTarget::NewStage { mentee } => {
            let mut st = Stage::new(StageId::from_number(0), &title);
            fill_stage(&mut st, form, today);
            let op = Op::AddStage {
                mentee: mentee.clone(),
                stage: Box::new(st),
                position: None,
            };
            (op, format!("add stage {title}"))
        }
        _ => return Err(None),
    };
    run(state, op, label, "Goals")
}

/// The form of a skill's levels: a new skill (`level` is `None`) or one of the matrix.
pub fn skill_form(target: FormTarget, level: Option<&SkillLevel>) -> Form {
    let title = match level {
        Some(l) => format!("Levels in \"{}\"", l.skill),
        None => "Rate a skill".to_string(),
    };
    let show = |n: Option<u8>| n.map_or("-".to_string(), |n| n.to_string());
    let fields = vec![
        Field::new(
            "Skill",
            K::Required,
            level.map(|l| l.skill.clone()).unwrap_or_default(),
        ),
        Field::new(
            "Current",
            K::Choice(LEVELS),
            show(level.and_then(|l| l.current)),
        ),
        Field::new(
            "Target",
            K::Choice(LEVELS),
            show(level.and_then(|l| l.target)),
        ),
    ];
    Form::new(target, title, fields).shared_except(&[])
}

pub fn apply_skill(state: &mut State, form: &Form, target: &FormTarget) -> Result<Done, Refusal> {
    let FormTarget::SkillLevel { mentee, skill } = target else {
        return Err(None);
    };
    let level = |label| form.text(label).parse::<u8>().ok();
    let name = form.text("Skill");
    let (current, target) = (level("Current"), level("Target"));
    // A skill is renamed everywhere at once, which is more than this mentee's levels.
    let key = crate::domain::path::skill_key;
    if skill.as_ref().is_some_and(|old| key(old) != key(&name)) {
        let why = "renaming renames it everywhere: mentor skill rename OLD NEW";
        return Err(Some(("Skill", why.into())));
    }
    let op = Op::SetSkillLevel {
        mentee: mentee.clone(),
        skill: name.clone(),
        current,
        target,
    };
    run(state, op, format!("set skill {name}"), "")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::StageStatus;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn a_stage_form_starts_at_the_files_status_in_any_language() {
        let mut st = Stage::new(StageId::from_number(1), "Staff");
        st.status = StageStatus::InProgress;
        let form = with_lang(Lang::Nl, || {
            stage_form(FormTarget::Stage(st.id.clone()), Some(&st), &[])
        });
        assert_eq!(form.field("Status").unwrap().value(), "in-progress");
    }
}
