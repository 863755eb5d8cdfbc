//! What every entry must be, whoever wrote it, and what a reply received by the mentor must be.

use super::{Entry, MAX_ENTRIES, MAX_TEXT, ReplyError, What};
use crate::domain::ids::{ActionId, GoalId, MilestoneId, SessionId};
use crate::domain::{Mentee, Workspace};

/// True for an entry ID: `r` and ten lower-case ASCII letters or digits.
pub fn valid_entry_id(id: &str) -> bool {
    id.len() == 11
        && id.starts_with('r')
        && id[1..]
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// A text of entry `entry`: at most [`MAX_TEXT`] characters, no control or bidirectional
/// character (a newline is the one control character a text may hold), and not blank when
/// `needed`.
pub fn check_text(entry: &str, text: &str, needed: bool) -> Result<(), ReplyError> {
    let chars = text.chars().count();
    if chars > MAX_TEXT {
        return Err(ReplyError::TextTooLong {
            entry: entry.to_string(),
            chars,
            limit: MAX_TEXT,
        });
    }
    if let Some(c) = text
        .chars()
        .find(|&c| c != '\n' && crate::domain::text::is_unsafe(c))
    {
        return Err(ReplyError::UnsafeText {
            entry: entry.to_string(),
            code: format!("U+{:04X}", c as u32),
        });
    }
    if needed && text.trim().is_empty() {
        return Err(ReplyError::Blank(entry.to_string()));
    }
    Ok(())
}

/// A record ID as a reply may name one: a few plain characters (anything else is shown
/// escaped and refused as naming no record of the bundle).
fn plain_id(entry: &str, id: &str) -> Result<(), ReplyError> {
    let plain = !id.is_empty()
        && id.len() <= 40
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.');
    if plain {
        Ok(())
    } else {
        Err(ReplyError::NotInBundle {
            entry: entry.to_string(),
            record: crate::domain::text::line(id).into_owned(),
        })
    }
}

/// The ID names a record of the kind the entry needs (by its prefix).
fn of_kind(what: &What) -> bool {
    let id = |s: &str| s.to_string();
    match what {
        What::Reflection { session, .. } => SessionId(id(session)).number().is_some(),
        What::Progress { goal, .. } => GoalId(id(goal)).number().is_some(),
        What::MilestoneDone { milestone, .. } => MilestoneId(id(milestone)).number().is_some(),
        What::ActionDone { action, .. } => ActionId(id(action)).number().is_some(),
        _ => true,
    }
}

/// One entry is well formed: its ID, its texts, its levels and value, the record ID it names
/// (plain, and of the kind it needs) and its fingerprint.
pub fn check_entry(e: &Entry) -> Result<(), ReplyError> {
    if !valid_entry_id(&e.id) {
        return Err(ReplyError::BadId(
            crate::domain::text::line(&e.id).into_owned(),
        ));
    }
    let id = e.id.as_str();
    match &e.what {
        What::Checkin { mood, energy, text } => {
            for value in [*mood, *energy] {
                if !(1..=5).contains(&value) {
                    return Err(ReplyError::Level {
                        entry: id.to_string(),
                        value,
                    });
                }
            }
            check_text(id, text, false)?;
        }
        What::Progress { value, .. } if !value.is_finite() => {
            return Err(ReplyError::Value(id.to_string()));
        }
        what => check_text(id, what.text().unwrap_or_default(), what.text().is_some())?,
    }
    if let Some(record) = e.what.record() {
        plain_id(id, record)?;
        if !of_kind(&e.what) {
            return Err(ReplyError::WrongRecord {
                entry: id.to_string(),
                record: record.to_string(),
                kind: e.what.kind().to_string(),
            });
        }
    }
    let hex = e.seen.len() == 16 && e.seen.bytes().all(|b| b.is_ascii_hexdigit());
    if !(e.seen.is_empty() || hex) {
        return Err(ReplyError::Malformed(crate::t!(
            "reply-bad-seen",
            entry = id
        )));
    }
    Ok(())
}

/// True when `m` holds a record with exactly this ID among those a reply may name.
pub(super) fn holds(m: &Mentee, id: &str) -> bool {
    m.sessions
        .iter()
        .any(|s| s.id.as_str() == id || s.actions.iter().any(|a| a.id.as_str() == id))
        || m.goals
            .iter()
            .any(|g| g.id.as_str() == id || g.milestones.iter().any(|k| k.id.as_str() == id))
}

/// A reply's entries as the mentor's store receives them for the mentee at `index`: at most
/// [`MAX_ENTRIES`], every one well formed ([`check_entry`]), no ID twice, and no record of
/// another mentee named. A record that is in no mentee (removed since the bundle was made) is
/// let in: the inbox shows the entry as one that can no longer apply. The first problem refuses
/// the whole reply.
pub fn check_received(ws: &Workspace, index: usize, entries: &[Entry]) -> Result<(), ReplyError> {
    if entries.len() > MAX_ENTRIES {
        return Err(ReplyError::TooMany {
            count: entries.len(),
            limit: MAX_ENTRIES,
        });
    }
    let mut ids = std::collections::HashSet::new();
    for e in entries {
        check_entry(e)?;
        if !ids.insert(e.id.as_str()) {
            return Err(ReplyError::Duplicate(e.id.clone()));
        }
        let Some(record) = e.what.record() else {
            continue;
        };
        let other = ws
            .mentees
            .iter()
            .enumerate()
            .any(|(i, m)| i != index && holds(m, record));
        if other {
            return Err(ReplyError::OtherMentee {
                entry: e.id.clone(),
                record: record.to_string(),
            });
        }
    }
    Ok(())
}
