//! `mentor goal|milestone|session|action|feedback|connection remove`, `mentor path stage remove`: says what would go, and
//! removes it only with `--yes`, through the same operation as the app.

use super::context::{CliError, Context};
use super::output::key;
use super::output::print;
use crate::domain::ops::Op;
use crate::domain::text::line;
use crate::domain::{RecordRef, Workspace};
use crate::t;

/// Removes `target` (its ID as typed: whole, or the short form of one record's) when `yes`;
/// otherwise fails, saying what would go.
pub fn remove(ctx: &Context, target: RecordRef, yes: bool) -> Result<(), CliError> {
    let ws = ctx.read()?;
    let label = describe(&ws, &ws.resolve_ref(&target)?)?;
    if !yes {
        return Err(CliError::Input(confirm(&label)));
    }
    ctx.apply(|ws| Ok(Op::Remove(ws.resolve_ref(&target)?)))?;
    print(&format!("{}\n", removed(&label)))?;
    Ok(())
}

/// The refusal of a removal without `--yes`: what it would remove, and how to confirm.
pub fn confirm(label: &str) -> String {
    t!("cli-remove-confirm", what = label)
}

/// `Removed what.`, made safe to print.
pub fn removed(label: &str) -> String {
    t!("cli-removed", what = line(label))
}

/// The record in words, with what goes with it and what is left of what named it.
fn describe(ws: &Workspace, target: &RecordRef) -> Result<String, CliError> {
    let id = target.as_str();
    Ok(match target {
        RecordRef::Goal(gid) => goal_label(ws, gid)?,
        RecordRef::Milestone(_) => {
            let (m, g, k) = ws.find_milestone(id)?;
            let goal = &ws.mentees[m].goals[g];
            t!(
                "cli-label-milestone",
                id = id,
                title = goal.milestones[k].title.as_str(),
                goal = goal.id.to_string()
            )
        }
        RecordRef::Session(_) => {
            let (m, k) = ws.find_session(id)?;
            let s = &ws.mentees[m].sessions[k];
            t!(
                "cli-label-session",
                status = key(&s.status),
                id = id,
                name = ws.mentees[m].name.as_str(),
                at = s.at.format("%Y-%m-%d %H:%M").to_string(),
                count = s.actions.len()
            )
        }
        RecordRef::Action(_) => {
            let (m, s, a) = ws.find_action(id)?;
            let item = &ws.mentees[m].sessions[s].actions[a];
            t!(
                "cli-label-action",
                id = id,
                text = item.text.as_str(),
                name = ws.mentees[m].name.as_str()
            )
        }
        RecordRef::Feedback(_) => {
            let (m, f) = ws.find_feedback(id)?;
            let note = &ws.mentees[m].feedback[f];
            t!(
                "cli-label-feedback",
                kind = key(&note.kind),
                id = id,
                text = note.text.as_str(),
                name = ws.mentees[m].name.as_str()
            )
        }
        RecordRef::Connection(_) => {
            let (m, c) = ws.find_connection(id)?;
            let conn = &ws.mentees[m].connections[c];
            t!(
                "cli-label-connection",
                kind = key(&conn.kind),
                id = id,
                title = conn.title.as_str(),
                name = ws.mentees[m].name.as_str()
            )
        }
        RecordRef::Stage(_) => {
            let (m, k) = ws.find_stage(id)?;
            let st = &ws.mentees[m].path.stages[k];
            t!(
                "cli-label-stage",
                id = id,
                title = st.title.as_str(),
                name = ws.mentees[m].name.as_str()
            )
        }
        RecordRef::Mentee(_) | RecordRef::Series(_) => target.to_string(),
    })
}

/// A goal in words, with its milestones and what names it.
fn goal_label(ws: &Workspace, gid: &crate::domain::GoalId) -> Result<String, CliError> {
    let id = gid.as_str();
    let (m, g) = ws.find_goal(id)?;
    let (mentee, goal) = (&ws.mentees[m], &ws.mentees[m].goals[g]);
    let sessions = mentee.sessions.iter().filter(|s| s.goals.contains(gid));
    let feedback = mentee
        .feedback
        .iter()
        .filter(|f| f.goal.as_ref() == Some(gid));
    let mut label = t!(
        "cli-label-goal",
        id = id,
        title = goal.title.as_str(),
        name = mentee.name.as_str(),
        count = goal.milestones.len()
    );
    let stages = mentee
        .path
        .stages
        .iter()
        .filter(|st| st.goals.contains(gid));
    let (s, f, st) = (sessions.count(), feedback.count(), stages.count());
    if s + f + st > 0 {
        label.push(' ');
        label.push_str(&t!(
            "cli-label-goal-refs",
            sessions = s,
            stages = st,
            feedback = f
        ));
    }
    Ok(label)
}
