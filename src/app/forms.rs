//! The forms of each kind of record: which fields they have, filled from the record when editing,
//! and how a submitted form changes the workspace.

mod closing;
mod feedback;
mod goal;
mod mentee;
mod path;
pub mod questions;
mod session;

use super::action::Effect;
use super::form::{Form, FormTarget};
use super::state::{ListId, State};
use super::view;
use crate::domain::Mentee;
use crate::domain::ops::{Field, Op, OpError, Warning};
use crate::t;
pub use closing::form as closing_form;
pub use feedback::{GUIDE_BALANCE_WINDOW, Guide, guide};
pub use mentee::{concludes, planned_to_conclude};

/// A form to add a record to `list`, in the context of the current selection.
pub fn open_add(state: &State, list: ListId) -> Result<Form, String> {
    let need_mentee = || {
        view::mentee(state)
            .map(|m| m.id.clone())
            .ok_or_else(|| t!("app-need-mentee-a"))
    };
    Ok(match list {
        ListId::Mentees => mentee::form(None, &state.new_mentee),
        ListId::Goals => goal::goal_form(
            FormTarget::NewGoal {
                mentee: need_mentee()?,
            },
            None,
        ),
        ListId::Milestones => {
            let goal = view::goal(state).ok_or_else(|| t!("app-need-goal"))?;
            goal::milestone_form(
                FormTarget::NewMilestone {
                    goal: goal.id.clone(),
                },
                None,
            )
        }
        ListId::Sessions => session::session_form(
            FormTarget::NewSession {
                mentee: need_mentee()?,
            },
            None,
            goals_of(state),
        ),
        ListId::Actions => {
            let s = view::session(state).ok_or_else(|| t!("app-need-session"))?;
            session::action_form(
                FormTarget::NewAction {
                    session: s.id.clone(),
                },
                None,
            )
        }
        ListId::Feedback => feedback::feedback_form(
            FormTarget::NewFeedback {
                mentee: need_mentee()?,
            },
            None,
            goals_of(state),
        ),
        ListId::Connections => feedback::connection_form(
            FormTarget::NewConnection {
                mentee: need_mentee()?,
            },
            None,
        ),
        ListId::Stages => path::stage_form(
            FormTarget::NewStage {
                mentee: need_mentee()?,
            },
            None,
            goals_of(state),
        ),
        ListId::Skills => path::skill_form(
            FormTarget::SkillLevel {
                mentee: need_mentee()?,
                skill: None,
            },
            None,
        ),
    })
}

/// The form of a new session on `day` (planned when the day is today or later) with `mentee`
/// (its title names them: the Calendar picks the mentee).
pub fn session_on(mentee: &Mentee, day: chrono::NaiveDate, today: chrono::NaiveDate) -> Form {
    let target = FormTarget::NewSession {
        mentee: mentee.id.clone(),
    };
    let mut form = session::session_form(target, None, &mentee.goals);
    form.title = t!(
        "app-title-new-session-with",
        name = crate::domain::text::line(&mentee.name)
    );
    for field in &mut form.fields {
        match field.label {
            "When" => field.input = tui_input::Input::new(format!("{day} 10:00")),
            "Status" if day >= today => field.input = tui_input::Input::new("planned".into()),
            _ => {}
        }
    }
    form
}

/// The form to plan a recurring series of sessions with the selected mentee.
pub fn open_plan(state: &State) -> Result<Form, String> {
    let m = view::mentee(state).ok_or_else(|| t!("app-need-mentee-a"))?;
    Ok(session::series_form(m, state.today))
}

/// The selected mentee's goals (what a session or feedback form picks from).
fn goals_of(state: &State) -> &[crate::domain::Goal] {
    view::mentee(state).map_or(&[], |m| m.goals.as_slice())
}

/// A goal as a pick field shows it: its ID and title.
fn goal_options(goals: &[crate::domain::Goal]) -> Vec<(String, String)> {
    goals
        .iter()
        .map(|g| (g.id.0.clone(), g.title.clone()))
        .collect()
}

/// A form to edit the selected record of `list`.
pub fn open_edit(state: &State, list: ListId) -> Result<Form, String> {
    let nothing = || t!("app-none-selected", what = list.noun_text());
    let m = view::mentee(state);
    let i = view::current(state, list).ok_or_else(nothing)?;
    Ok(match list {
        ListId::Mentees => mentee::form(Some(&state.ws.mentees[i]), &state.new_mentee),
        ListId::Goals => {
            let g = &m.ok_or_else(nothing)?.goals[i];
            goal::goal_form(FormTarget::Goal(g.id.clone()), Some(g))
        }
        ListId::Milestones => {
            let k = &view::goal(state).ok_or_else(nothing)?.milestones[i];
            goal::milestone_form(FormTarget::Milestone(k.id.clone()), Some(k))
        }
        ListId::Sessions => {
            let s = &m.ok_or_else(nothing)?.sessions[i];
            session::session_form(FormTarget::Session(s.id.clone()), Some(s), goals_of(state))
        }
        ListId::Actions => {
            let a = &view::session(state).ok_or_else(nothing)?.actions[i];
            session::action_form(FormTarget::Action(a.id.clone()), Some(a))
        }
        ListId::Feedback => {
            let f = &m.ok_or_else(nothing)?.feedback[i];
            feedback::feedback_form(FormTarget::Feedback(f.id.clone()), Some(f), goals_of(state))
        }
        ListId::Connections => {
            let c = &m.ok_or_else(nothing)?.connections[i];
            feedback::connection_form(FormTarget::Connection(c.id.clone()), Some(c))
        }
        ListId::Stages => {
            let st = &m.ok_or_else(nothing)?.path.stages[i];
            path::stage_form(FormTarget::Stage(st.id.clone()), Some(st), goals_of(state))
        }
        ListId::Skills => {
            let m = m.ok_or_else(nothing)?;
            let level = view::skill(state).ok_or_else(nothing)?;
            let target = FormTarget::SkillLevel {
                mentee: m.id.clone(),
                skill: Some(level.skill.clone()),
            };
            path::skill_form(target, Some(&level))
        }
    })
}

/// A form was not applied; the form itself now says what to fix (per field or as a whole).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused;

/// Applies a submitted form. On `Err` the form says what to fix and nothing changed.
pub fn submit(state: &mut State, form: &mut Form) -> Result<Done, Refused> {
    for f in &mut form.fields {
        f.error = None;
    }
    form.error = None;
    if !form.validate(state.today, state.zone) {
        return Err(Refused);
    }
    let target = form.target.clone();
    let result = match &target {
        FormTarget::NewMentee | FormTarget::Mentee(_) => mentee::apply(state, form, &target),
        FormTarget::NewGoal { .. } | FormTarget::Goal(_) => goal::apply_goal(state, form, &target),
        FormTarget::NewMilestone { .. } | FormTarget::Milestone(_) => {
            goal::apply_milestone(state, form, &target)
        }
        FormTarget::NewSession { .. } | FormTarget::Session(_) => {
            session::apply_session(state, form, &target)
        }
        FormTarget::NewAction { .. } | FormTarget::Action(_) => {
            session::apply_action(state, form, &target)
        }
        FormTarget::NewFeedback { .. } | FormTarget::Feedback(_) => {
            feedback::apply_feedback(state, form, &target)
        }
        FormTarget::NewConnection { .. } | FormTarget::Connection(_) => {
            feedback::apply_connection(state, form, &target)
        }
        FormTarget::NewSeries { mentee } => session::apply_series(state, form, mentee.clone()),
        FormTarget::NewStage { .. } | FormTarget::Stage(_) => {
            path::apply_stage(state, form, &target)
        }
        FormTarget::SkillLevel { .. } => path::apply_skill(state, form, &target),
        FormTarget::Closing(id) => closing::apply(state, form, id),
        // Reply mode's forms write the reply file (`update/reply.rs`), never the workspace.
        FormTarget::Reply { .. } => Err(Some(("", t!("app-read-only")))),
    };
    result.map_err(|problem| {
        if let Some((label, reason)) = problem {
            form.refuse(label, reason);
        } else if form.error.is_none() {
            form.error = Some(t!("app-check-gone"));
        }
        Refused
    })
}

/// An applied form: what it did (for the status line), the effects, and the warnings of the
/// operation (see [`crate::domain::ops::Warning`]).
pub type Done = (String, Vec<Effect>, Vec<Warning>);

/// Why applying failed: a field and the reason (an empty label puts the reason under the whole
/// form), or `None` when the record is gone.
type Refusal = Option<(&'static str, String)>;

/// A date as a form shows it: ISO, or empty.
fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| crate::domain::dates::iso(d).to_string())
        .unwrap_or_default()
}

/// Applies `op`, recorded for undo as `label`; a refusal is said under the field it is about
/// (`goal_field` names the form's field of goal IDs).
fn run(
    state: &mut State,
    op: Op,
    label: String,
    goal_field: &'static str,
) -> Result<Done, Refusal> {
    match super::edit::apply(state, op, &label) {
        Ok((applied, effects)) => Ok((label, effects, applied.warnings)),
        Err(e) => Err(refusal(e, goal_field)),
    }
}

/// An operation's refusal in the words of the forms, under the field it is about.
fn refusal(e: OpError, goal_field: &'static str) -> Refusal {
    use crate::domain::schedule::ScheduleError as S;
    let label = |f: Field| match f {
        Field::Name => "Name",
        Field::Title => "Title",
        Field::Text => "Text",
        Field::Minutes => "Minutes",
        Field::Mood => session::MOOD,
        Field::Energy => session::ENERGY,
        Field::MentorEnergy => session::MENTOR_ENERGY,
        Field::Every => "Every",
        Field::Count => "Count",
        Field::Until => "Until",
        Field::First => "First date",
        _ => "",
    };
    Some(match e {
        OpError::Lookup(_) => return None,
        OpError::Blank(f) => (label(f), t!("app-check-required")),
        OpError::OutOfRange(f, why) => (label(f), why.to_string()),
        OpError::NameTaken(_) => ("Name", t!("app-check-name-taken")),
        OpError::NotAGoal { goal, mentee } => (
            goal_field,
            t!(
                "app-check-not-a-goal",
                goal = goal.to_string(),
                mentee = mentee.to_string()
            ),
        ),
        OpError::Schedule(e @ S::EndBeforeStart(_)) => ("Until", e.to_string()),
        OpError::Schedule(e @ (S::NoEnd | S::TooMany)) => ("Count", e.to_string()),
        OpError::Schedule(e @ S::OutOfRange) => ("First date", e.to_string()),
        OpError::NoCadence(_) => ("Every", t!("app-check-every")),
        other => ("", other.to_string()),
    })
}
