//! `mentor goal|milestone|session|action|feedback|connection remove`, `mentor path stage remove`: says what would go, and
//! removes it only with `--yes`, through the same operation as the app.

use super::context::{CliError, Context};
use super::output::print;
use crate::domain::ops::Op;
use crate::domain::text::{line, plural};
use crate::domain::{RecordRef, Workspace};

/// Removes `target` (its ID as typed: whole, or the short form of one record's) when `yes`;
/// otherwise fails, saying what would go.
pub fn remove(ctx: &Context, target: RecordRef, yes: bool) -> Result<(), CliError> {
    let ws = ctx.read()?;
    let label = describe(&ws, &ws.resolve_ref(&target)?)?;
    if !yes {
        return Err(CliError::Input(format!(
            "this would remove {label}; add --yes to confirm (a backup of the file is kept either way)"
        )));
    }
    ctx.apply(|ws| Ok(Op::Remove(ws.resolve_ref(&target)?)))?;
    print(&format!("Removed {}.\n", line(&label)))?;
    Ok(())
}

/// The record in words, with what goes with it and what is left of what named it.
fn describe(ws: &Workspace, target: &RecordRef) -> Result<String, CliError> {
    let id = target.as_str();
    Ok(match target {
        RecordRef::Goal(gid) => goal_label(ws, gid)?,
        RecordRef::Milestone(_) => {
            let (m, g, k) = ws.find_milestone(id)?;
            let goal = &ws.mentees[m].goals[g];
            format!(
                "milestone {id} \"{}\" of goal {}",
                goal.milestones[k].title, goal.id
            )
        }
        RecordRef::Session(_) => {
            let (m, k) = ws.find_session(id)?;
            let s = &ws.mentees[m].sessions[k];
            format!(
                "{} session {id} with {} on {} with {}",
                s.status,
                ws.mentees[m].name,
                s.at.format("%Y-%m-%d %H:%M"),
                plural(s.actions.len(), "action item", "action items")
            )
        }
        RecordRef::Action(_) => {
            let (m, s, a) = ws.find_action(id)?;
            let item = &ws.mentees[m].sessions[s].actions[a];
            format!(
                "action item {id} \"{}\" of {}",
                item.text, ws.mentees[m].name
            )
        }
        RecordRef::Feedback(_) => {
            let (m, f) = ws.find_feedback(id)?;
            let note = &ws.mentees[m].feedback[f];
            format!(
                "{} feedback {id} \"{}\" for {}",
                note.kind, note.text, ws.mentees[m].name
            )
        }
        RecordRef::Connection(_) => {
            let (m, c) = ws.find_connection(id)?;
            let conn = &ws.mentees[m].connections[c];
            format!(
                "{} {id} \"{}\" for {}",
                conn.kind, conn.title, ws.mentees[m].name
            )
        }
        RecordRef::Stage(_) => {
            let (m, k) = ws.find_stage(id)?;
            let st = &ws.mentees[m].path.stages[k];
            format!(
                "stage {id} \"{}\" of {}'s career path (its goals stay)",
                st.title, ws.mentees[m].name
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
    let mut label = format!(
        "goal {id} \"{}\" of {} with {}",
        goal.title,
        mentee.name,
        plural(goal.milestones.len(), "milestone", "milestones")
    );
    let stages = mentee
        .path
        .stages
        .iter()
        .filter(|st| st.goals.contains(gid));
    let (s, f, st) = (sessions.count(), feedback.count(), stages.count());
    if s + f + st > 0 {
        let stages = match st {
            0 => String::new(),
            n => format!(", {},", plural(n, "stage", "stages")),
        };
        label.push_str(&format!(
            " ({}{stages} and {} that name it stay, without it)",
            plural(s, "session", "sessions"),
            plural(f, "feedback note", "feedback notes")
        ));
    }
    Ok(label)
}
