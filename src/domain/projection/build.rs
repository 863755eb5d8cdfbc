//! The projection itself: a mentee's record turned into their view, field by field.

use super::{
    ActionView, AgreementView, ClosingView, ConnectionView, FeedbackView, GoalView, MenteeView,
    MetricView, MilestoneView, SessionView, path,
};
use crate::domain::feedback::{Connection, Feedback, Visibility};
use crate::domain::goal::{Goal, Metric, Milestone};
use crate::domain::mentee::{Agreement, Mentee};
use crate::domain::session::{ActionItem, Session};

fn agreement(a: &Agreement) -> AgreementView {
    AgreementView {
        cadence: a.cadence.map(|c| c.to_string()),
        session_minutes: a.session_minutes,
        channels: a.channels.iter().map(|c| c.to_string()).collect(),
        response_time: a.response_time.clone(),
        boundaries: a.boundaries.clone(),
        success_measures: a.success_measures.clone(),
        ends_on: a.ends_on,
        feedback_preferences: a.feedback_preferences.clone(),
        feedback_more_of: a.feedback_more_of.clone(),
    }
}

fn metric(m: &Metric) -> MetricView {
    MetricView {
        what: m.what.clone(),
        baseline: m.baseline,
        target: m.target,
        current: m.current,
        unit: m.unit.clone(),
    }
}

/// Projects a mentee's record onto what the mentee may see.
pub fn project(m: &Mentee) -> MenteeView {
    MenteeView {
        id: m.id.0.clone(),
        name: m.name.clone(),
        kind: m.kind,
        status: m.status,
        started_on: m.started_on,
        aspirations: m.aspirations.clone(),
        agreement: agreement(&m.agreement),
        goals: m.goals.iter().map(goal).collect(),
        sessions: m.sessions.iter().map(session).collect(),
        feedback: m
            .feedback
            .iter()
            .filter(|f| f.visibility == Visibility::Shared)
            .map(feedback)
            .collect(),
        connections: m.connections.iter().map(connection).collect(),
        path: path::path(&m.path),
        skills: m.skills.iter().map(path::level).collect(),
        ended_on: m.ended_on,
        closing: m.closing.as_ref().map(|c| ClosingView {
            note: c.note.clone(),
            written_on: c.written_on,
        }),
        closing_reflection: m.closing_reflection.clone(),
    }
}

fn goal(g: &Goal) -> GoalView {
    GoalView {
        id: g.id.0.clone(),
        title: g.title.clone(),
        status: g.status,
        created_on: g.created_on,
        achieved_on: g.achieved_on,
        specific: g.specific.clone(),
        metric: g.metric.as_ref().map(metric),
        criterion: g.criterion.clone(),
        achievable: g.achievable.clone(),
        relevant: g.relevant.clone(),
        due: g.due,
        skills: g.skills.clone(),
        milestones: g.milestones.iter().map(milestone).collect(),
    }
}

fn milestone(k: &Milestone) -> MilestoneView {
    MilestoneView {
        id: k.id.0.clone(),
        title: k.title.clone(),
        due: k.due,
        done_on: k.done_on,
        note: k.note.clone(),
    }
}

/// A session's shared side: its private notes have no field here.
fn session(s: &Session) -> SessionView {
    SessionView {
        id: s.id.0.clone(),
        at: s.at,
        minutes: s.minutes,
        status: s.status,
        agenda: s.agenda.clone(),
        shared_notes: s.shared_notes.clone(),
        goals: s.goals.iter().map(|g| g.0.clone()).collect(),
        actions: s.actions.iter().map(action).collect(),
        mood: s.mood,
        energy: s.energy,
        mentee_notes: s.mentee_notes.clone(),
    }
}

fn action(a: &ActionItem) -> ActionView {
    ActionView {
        id: a.id.0.clone(),
        text: a.text.clone(),
        owner: a.owner,
        due: a.due,
        done_on: a.done_on,
    }
}

/// One feedback note (only shared ones are projected; the visibility itself is not shown).
fn feedback(f: &Feedback) -> FeedbackView {
    FeedbackView {
        id: f.id.0.clone(),
        date: f.date,
        kind: f.kind,
        text: f.text.clone(),
        goal: f.goal.as_ref().map(|g| g.0.clone()),
    }
}

fn connection(c: &Connection) -> ConnectionView {
    ConnectionView {
        id: c.id.0.clone(),
        kind: c.kind,
        title: c.title.clone(),
        who: c.who.clone(),
        note: c.note.clone(),
        status: c.status,
        date: c.date,
    }
}
