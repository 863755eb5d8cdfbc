//! Mentees and the mentor's profile: add, edit (concluding included), the unique-name rule and
//! the capacity warning.

use super::{Applied, Changed, Ctx, Field, OpError, Warning, mentee_index, non_blank};
use crate::domain::closing::{Closing, ClosingText};
use crate::domain::derived::mentor_load;
use crate::domain::ids::{MenteeId, RecordRef};
use crate::domain::rules;
use crate::domain::{Mentee, MenteeStatus, MentorProfile, Workspace};

/// Names are unique among mentees, in any case: refused when one other than `skip` has `name`.
pub fn check_name(ws: &Workspace, name: &str, skip: Option<usize>) -> Result<(), OpError> {
    non_blank(name, Field::Name)?;
    let lower = name.trim().to_lowercase();
    let taken = ws
        .mentees
        .iter()
        .enumerate()
        .any(|(i, m)| Some(i) != skip && m.name.trim().to_lowercase() == lower);
    if taken {
        return Err(OpError::NameTaken(name.trim().to_string()));
    }
    Ok(())
}

/// The agreement's numbers within their limits.
fn check_agreement(m: &Mentee) -> Result<(), OpError> {
    super::check_minutes(m.agreement.session_minutes)?;
    if let Some(c) = m.agreement.cadence {
        rules::cadence(c).map_err(|e| OpError::OutOfRange(Field::Every, e))?;
    }
    Ok(())
}

/// The warning when the active mentees' cadences ask more hours than the mentor has.
pub fn capacity_warnings(ws: &Workspace) -> Vec<Warning> {
    let load = mentor_load(ws);
    if load.over_capacity() {
        vec![Warning::OverCapacity {
            hours: load.hours_per_month,
            capacity: load.capacity_hours_per_month.unwrap_or_default(),
        }]
    } else {
        Vec::new()
    }
}

pub fn add(ws: &mut Workspace, mut m: Mentee) -> Result<Applied, OpError> {
    check_name(ws, &m.name, None)?;
    check_agreement(&m)?;
    m.id = ws.new_id::<MenteeId>()?;
    let id = m.id.clone();
    ws.push_mentee(m);
    let mut applied = Applied::mentee(ws.mentees.len() - 1).created(RecordRef::Mentee(id));
    applied.changed = Changed::Added(ws.mentees.len() - 1);
    applied.warnings = capacity_warnings(ws);
    Ok(applied)
}

/// Replaces the mentee with `m`'s ID by `m`. Concluding (the status set to concluded from
/// another) goes through [`Mentee::conclude`]: it sets the end date when there is none and,
/// when sessions are still planned, needs `cancel_planned` to say whether they are cancelled.
pub fn edit(
    ws: &mut Workspace,
    ctx: &Ctx,
    mut m: Mentee,
    cancel_planned: Option<bool>,
) -> Result<Applied, OpError> {
    let i = mentee_index(ws, &m.id)?;
    check_name(ws, &m.name, Some(i))?;
    check_agreement(&m)?;
    let before = &ws.mentees[i];
    let mut count = 0;
    if m.status == MenteeStatus::Concluded && before.status != MenteeStatus::Concluded {
        m.status = before.status;
        let planned = m.planned_from(ctx.today).len();
        let cancel = match cancel_planned {
            Some(cancel) => cancel,
            None if planned > 0 => {
                return Err(OpError::PlannedSessions {
                    mentee: m.name.clone(),
                    planned,
                });
            }
            None => false,
        };
        count = m.conclude(ctx.today, cancel);
    }
    *ws.mentee_mut(i) = m;
    let mut applied = Applied::mentee(i);
    applied.count = count;
    applied.warnings = capacity_warnings(ws);
    Ok(applied)
}

/// Writes the closing note of the concluded mentee `id` (see [`Op::SetClosing`]): trimmed, dated
/// `ctx.today`; both texts blank takes the note away.
///
/// [`Op::SetClosing`]: super::Op::SetClosing
pub fn set_closing(
    ws: &mut Workspace,
    ctx: &Ctx,
    id: &MenteeId,
    text: ClosingText,
) -> Result<Applied, OpError> {
    let i = mentee_index(ws, id)?;
    let m = ws.mentee_mut(i);
    if m.status != MenteeStatus::Concluded {
        return Err(OpError::NotConcluded(m.name.clone()));
    }
    let (note, private_note) = (text.note.trim(), text.private_note.trim());
    m.closing = if note.is_empty() && private_note.is_empty() {
        None
    } else {
        Some(Closing {
            note: note.to_string(),
            private_note: private_note.to_string(),
            written_on: ctx.today,
        })
    };
    Ok(Applied::mentee(i))
}

pub fn set_profile(ws: &mut Workspace, p: MentorProfile) -> Result<Applied, OpError> {
    if let Some(c) = p.capacity_hours_per_month {
        rules::capacity_hours(c).map_err(|e| OpError::OutOfRange(Field::Value, e))?;
    }
    super::check_minutes(p.default_session_minutes)?;
    ws.mentor = p;
    let mut applied = Applied::mentee(0);
    applied.changed = Changed::Profile;
    applied.warnings = capacity_warnings(ws);
    Ok(applied)
}
