//! Questions asked (see [`crate::domain::questions`]): a mentee remembers each question of the
//! bank asked of them with the day it was last asked, so the proposals leave it out for a while;
//! asking one can also put its words on a session's agenda, in the same step.

use super::{Applied, Ctx, Field, Op, OpError, mentee_index, non_blank};
use crate::domain::Workspace;
use crate::domain::ids::{MenteeId, SessionId};
use crate::domain::mentee::Asked;
use crate::domain::workspace::LookupError;

/// [`Op::AskQuestion`], applied (only ever called with one: `Op::run` dispatches it here).
pub fn apply(ws: &mut Workspace, ctx: &Ctx, op: Op) -> Result<Applied, OpError> {
    match op {
        Op::AskQuestion {
            mentee,
            question,
            agenda,
        } => ask(ws, ctx, &mentee, &question, agenda),
        _ => Err(OpError::Blank(Field::Text)),
    }
}

/// Records `question` (a key of the bank) as asked of `mentee` today, one entry per question
/// (asking again moves its day); with `agenda`, adds the text as a line of that session's agenda
/// (the session must be the mentee's; a line already there is not added twice).
pub fn ask(
    ws: &mut Workspace,
    ctx: &Ctx,
    mentee: &MenteeId,
    question: &str,
    agenda: Option<(SessionId, String)>,
) -> Result<Applied, OpError> {
    let question = question.trim();
    non_blank(question, Field::Text)?;
    let i = mentee_index(ws, mentee)?;
    let session = match &agenda {
        Some((id, text)) => {
            non_blank(text, Field::Text)?;
            let k = ws.mentees[i]
                .sessions
                .iter()
                .position(|s| &s.id == id)
                .ok_or_else(|| LookupError::NoRecord {
                    kind: "session",
                    id: id.to_string(),
                })?;
            Some((k, text.trim().to_string()))
        }
        None => None,
    };
    let m = ws.mentee_mut(i);
    m.asked.retain(|a| a.question != question);
    m.asked.push(Asked {
        question: question.to_string(),
        on: ctx.today,
    });
    if let Some((k, text)) = session {
        let s = &mut m.sessions[k];
        if !s.agenda.lines().any(|l| l.trim() == text) {
            s.agenda = match s.agenda.trim_end() {
                "" => text,
                agenda => format!("{agenda}\n{text}"),
            };
        }
    }
    Ok(Applied::mentee(i))
}
