//! The commit message of a sync: what changed in the store since the last commit, in the words
//! of [`crate::domain::merge::changes`] ("Alice: 2 goals, 1 session").

use crate::domain::Workspace;
use crate::domain::merge::{Changes, changes};
use crate::domain::text::plural;

/// The longest subject line: past it the subject counts and the body lists.
const SUBJECT: usize = 72;

/// The message for a commit of the store: `before` is the workspace at HEAD (`None` when HEAD
/// has no store yet), `now` the one committed; `store_changed` says whether the file differs at
/// all (a commit may hold only `.gitattributes` and `.gitignore`).
pub fn message(before: Option<&Workspace>, now: &Workspace, store_changed: bool) -> String {
    if !store_changed {
        return "mentor sync: .gitattributes and .gitignore".into();
    }
    let empty = crate::store::format::empty_workspace();
    let changed = changes(before.unwrap_or(&empty), now);
    if changed.is_empty() {
        return "mentor: the store file rewritten, no record changed".into();
    }
    let line = changed.to_string();
    if line.chars().count() <= SUBJECT {
        return line;
    }
    format!("{}\n\n{}", subject(&changed), body(&changed))
}

/// A short subject for many changes: how many, and whose.
fn subject(changed: &Changes) -> String {
    let names: Vec<String> = changed
        .mentees
        .iter()
        .map(|m| crate::domain::text::line(&m.name).into_owned())
        .collect();
    let whose = match names.as_slice() {
        [] => "the workspace".to_string(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [a, rest @ ..] => format!("{a} and {} more", rest.len()),
    };
    let count = changed.count().max(1);
    let text = format!("{} for {whose}", plural(count, "change", "changes"));
    if text.chars().count() <= SUBJECT {
        text
    } else {
        format!(
            "{} for {}",
            plural(count, "change", "changes"),
            plural(names.len(), "mentee", "mentees")
        )
    }
}

/// One line per mentee changed, then the profile, the vocabulary and the conflicts.
fn body(changed: &Changes) -> String {
    let mut lines: Vec<String> = changed.mentees.iter().map(ToString::to_string).collect();
    if changed.mentor {
        lines.push("mentor profile".into());
    }
    if changed.skills {
        lines.push("skills".into());
    }
    if changed.conflicts > 0 {
        lines.push(plural(changed.conflicts, "conflict", "conflicts"));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{GoalId, MenteeId, SessionId};
    use crate::domain::{Goal, Mentee, Session};
    use chrono::NaiveDate;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    fn with_mentees(names: &[&str]) -> Workspace {
        let mut ws = crate::store::format::empty_workspace();
        for (i, name) in names.iter().enumerate() {
            let n = i as u64 + 1;
            ws.push_mentee(Mentee::new(MenteeId::from_number(n), *name, day()));
        }
        ws.next_id = 100;
        ws
    }

    #[test]
    fn the_message_names_the_mentee_and_what_changed() {
        let before = with_mentees(&["Alice"]);
        let mut now = before.clone();
        let alice = now.mentee_mut(0);
        alice
            .goals
            .push(Goal::new(GoalId::from_number(10), "Lead a review", day()));
        alice
            .goals
            .push(Goal::new(GoalId::from_number(11), "Give a talk", day()));
        alice.sessions.push(Session::new(
            SessionId::from_number(12),
            day()
                .and_hms_opt(10, 0, 0)
                .unwrap()
                .and_utc()
                .fixed_offset(),
            crate::domain::SessionStatus::Held,
        ));
        assert_eq!(
            message(Some(&before), &now, true),
            "Alice: 2 goals, 1 session"
        );
    }

    #[test]
    fn many_changes_get_a_short_subject_and_a_body() {
        let before = crate::store::format::empty_workspace();
        let now = with_mentees(&[
            "Alice Moreau",
            "Bilal Haddad",
            "Chen Wei",
            "Dana Kowalski",
            "Emil Sørensen",
        ]);
        let text = message(Some(&before), &now, true);
        let (subject, body) = text.split_once("\n\n").unwrap();
        assert_eq!(subject, "5 changes for Alice Moreau and 4 more");
        assert_eq!(body.lines().count(), 5);
        assert!(body.starts_with("Alice Moreau (new)"), "{body}");
        assert_eq!(message(None, &now, true), text);
    }

    #[test]
    fn a_commit_without_record_changes_says_so() {
        let ws = with_mentees(&["Alice"]);
        let mut replicated = ws.clone();
        replicated.replicated = true;
        assert_eq!(
            message(Some(&ws), &replicated, true),
            "mentor: the store file rewritten, no record changed"
        );
        assert_eq!(
            message(Some(&ws), &ws, false),
            "mentor sync: .gitattributes and .gitignore"
        );
    }
}
