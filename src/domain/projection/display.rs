//! A mentee's view turned back into a record, for drawing the mentee's screen with the same code
//! as the mentor's. Every field the view lacks (private notes, private feedback) stays empty.

use super::{
    ActionView, AgreementView, ConnectionView, FeedbackView, GoalView, MenteeView, MetricView,
    MilestoneView, SessionView,
};
use crate::domain::ids::{
    ActionId, ConnectionId, FeedbackId, GoalId, MenteeId, MilestoneId, SessionId,
};
use crate::domain::{
    ActionItem, Agreement, Cadence, Connection, Feedback, Goal, Mentee, Metric, Milestone, Session,
    Visibility, workspace,
};

impl MenteeView {
    /// The view as a mentee record for display: the shared fields copied back, every private
    /// field empty (the view never had them). Drawing the mentee's screen from this can show
    /// nothing that was not shared.
    pub fn to_mentee(&self) -> Mentee {
        let mut m = Mentee::new(
            MenteeId(self.id.clone()),
            &self.name,
            self.started_on.unwrap_or_default(),
        );
        m.started_on = self.started_on;
        m.kind = self.kind;
        m.status = self.status;
        m.aspirations = self.aspirations.clone();
        m.agreement = agreement(&self.agreement);
        m.goals = self.goals.iter().map(goal).collect();
        m.sessions = self.sessions.iter().map(session).collect();
        m.feedback = self.feedback.iter().map(feedback).collect();
        m.connections = self.connections.iter().map(connection).collect();
        m.path = super::path::to_path(&self.path);
        m.skills = self.skills.iter().map(super::path::to_level).collect();
        m.ended_on = self.ended_on;
        m.closing = self
            .closing
            .as_ref()
            .map(|c| crate::domain::closing::Closing {
                note: c.note.clone(),
                private_note: String::new(),
                written_on: c.written_on,
            });
        m.closing_reflection = self.closing_reflection.clone();
        m
    }
}

fn agreement(a: &AgreementView) -> Agreement {
    Agreement {
        cadence: a.cadence.as_deref().and_then(|c| Cadence::parse(c).ok()),
        session_minutes: a.session_minutes,
        channels: a
            .channels
            .iter()
            .filter_map(|c| workspace::parse_kebab(c))
            .collect(),
        response_time: a.response_time.clone(),
        boundaries: a.boundaries.clone(),
        success_measures: a.success_measures.clone(),
        ends_on: a.ends_on,
        feedback_preferences: a.feedback_preferences.clone(),
        feedback_more_of: a.feedback_more_of.clone(),
    }
}

fn goal(g: &GoalView) -> Goal {
    Goal {
        id: GoalId(g.id.clone()),
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

fn metric(x: &MetricView) -> Metric {
    Metric {
        what: x.what.clone(),
        baseline: x.baseline,
        target: x.target,
        current: x.current,
        unit: x.unit.clone(),
    }
}

fn milestone(k: &MilestoneView) -> Milestone {
    Milestone {
        id: MilestoneId(k.id.clone()),
        title: k.title.clone(),
        due: k.due,
        done_on: k.done_on,
        note: k.note.clone(),
    }
}

fn session(s: &SessionView) -> Session {
    let mut session = Session::new(SessionId(s.id.clone()), s.at, s.status);
    session.minutes = s.minutes;
    session.agenda = s.agenda.clone();
    session.shared_notes = s.shared_notes.clone();
    session.goals = s.goals.iter().map(|g| GoalId(g.clone())).collect();
    session.actions = s.actions.iter().map(action).collect();
    session.mood = s.mood;
    session.energy = s.energy;
    session
}

fn action(x: &ActionView) -> ActionItem {
    ActionItem {
        id: ActionId(x.id.clone()),
        text: x.text.clone(),
        owner: x.owner,
        due: x.due,
        done_on: x.done_on,
    }
}

fn feedback(f: &FeedbackView) -> Feedback {
    Feedback {
        id: FeedbackId(f.id.clone()),
        date: f.date,
        kind: f.kind,
        text: f.text.clone(),
        goal: f.goal.as_ref().map(|g| GoalId(g.clone())),
        visibility: Visibility::Shared,
    }
}

fn connection(c: &ConnectionView) -> Connection {
    Connection {
        id: ConnectionId(c.id.clone()),
        kind: c.kind,
        title: c.title.clone(),
        who: c.who.clone(),
        note: c.note.clone(),
        status: c.status,
        date: c.date,
    }
}
