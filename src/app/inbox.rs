//! A mentee's Inbox (issue 19): the entries of their reply waiting for the mentor, each with
//! the record it touches, the value now beside the value proposed, and whether it is stale (see
//! [`crate::domain::reply::inbox`], the assessment the command line lists too). The keys accept
//! the selected entry, decline it (with an optional one-line reason typed in a prompt), or accept
//! every entry that is not stale; each decision is one operation through
//! [`super::edit::apply`], so one undo step (see `update/inbox.rs`).

use crate::domain::ids::RecordRef;
use crate::domain::reply::{self, Assessment};
use crate::domain::{Mentee, MenteeId, Workspace};
use crate::t;

/// The open Inbox: whose it is, the selected entry (an index into their inbox), and the reason
/// being typed when declining.
#[derive(Debug, Clone)]
pub struct Open {
    pub mentee: MenteeId,
    pub selected: usize,
    pub reason: Option<tui_input::Input>,
}

/// The mentee `id` of the workspace, if they are still there.
pub fn mentee<'a>(ws: &'a Workspace, id: &MenteeId) -> Option<&'a Mentee> {
    ws.mentees.iter().find(|m| &m.id == id).map(|m| &**m)
}

/// Every entry waiting in the mentee's inbox, assessed on `today`.
pub fn rows(ws: &Workspace, id: &MenteeId, today: chrono::NaiveDate) -> Vec<Assessment> {
    mentee(ws, id).map_or_else(Vec::new, |m| reply::inbox(m, today))
}

/// How many entries wait in every inbox of the workspace.
pub fn waiting(ws: &Workspace) -> usize {
    ws.mentees.iter().map(|m| m.inbox.len()).sum()
}

/// The record an entry touches, in words: its kind and title (`goal "Lead a review"`), or the
/// session's day.
pub fn record_words(m: &Mentee, record: Option<&RecordRef>) -> String {
    let line = |s: &str| crate::domain::text::line(s).into_owned();
    let Some(r) = record else {
        return String::new();
    };
    let kind = crate::domain::shown::record(r.kind()).to_string();
    let id = r.as_str();
    let title = match r {
        RecordRef::Mentee(_) => return t!("inb-record-mentee", name = line(&m.name)),
        RecordRef::Goal(_) => m
            .goals
            .iter()
            .find(|g| g.id.as_str() == id)
            .map(|g| line(&g.title)),
        RecordRef::Milestone(_) => m
            .goals
            .iter()
            .flat_map(|g| &g.milestones)
            .find(|k| k.id.as_str() == id)
            .map(|k| line(&k.title)),
        RecordRef::Session(_) => m
            .sessions
            .iter()
            .find(|s| s.id.as_str() == id)
            .map(|s| crate::i18n::date::long(s.at.date_naive())),
        RecordRef::Action(_) => m
            .sessions
            .iter()
            .flat_map(|s| &s.actions)
            .find(|a| a.id.as_str() == id)
            .map(|a| line(&a.text)),
        _ => None,
    };
    match title {
        Some(t) => format!("{kind} \"{t}\""),
        None => format!("{kind} {}", line(id)),
    }
}

/// The kind of an entry, in words (`progress`, `reflection`).
pub fn kind_words(what: &reply::What) -> String {
    use reply::What as W;
    match what {
        W::Reflection { .. } => t!("inb-kind-reflection"),
        W::Progress { .. } => t!("inb-kind-progress"),
        W::MilestoneDone { .. } => t!("inb-kind-milestone-done"),
        W::ActionDone { .. } => t!("inb-kind-action-done"),
        W::NewAction { .. } => t!("inb-kind-new-action"),
        W::Topic { .. } => t!("inb-kind-topic"),
        W::Checkin { .. } => t!("inb-kind-checkin"),
        W::Closing { .. } => t!("inb-kind-closing"),
    }
}
