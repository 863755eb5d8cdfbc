//! What a submitted form changes.

use crate::domain::{
    ActionId, ConnectionId, FeedbackId, GoalId, MenteeId, MilestoneId, SessionId, StageId,
};

/// What a submitted form changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormTarget {
    NewMentee,
    Mentee(MenteeId),
    NewGoal {
        mentee: MenteeId,
    },
    Goal(GoalId),
    NewMilestone {
        goal: GoalId,
    },
    Milestone(MilestoneId),
    NewSession {
        mentee: MenteeId,
    },
    Session(SessionId),
    NewAction {
        session: SessionId,
    },
    Action(ActionId),
    NewFeedback {
        mentee: MenteeId,
    },
    Feedback(FeedbackId),
    NewConnection {
        mentee: MenteeId,
    },
    NewSeries {
        mentee: MenteeId,
    },
    Connection(ConnectionId),
    NewStage {
        mentee: MenteeId,
    },
    Stage(StageId),
    /// A mentee's levels in a skill: a new one (`skill` is `None`) or the one named.
    SkillLevel {
        mentee: MenteeId,
        skill: Option<String>,
    },
    /// A concluded mentee's closing note (issue 20).
    Closing(MenteeId),
    /// An entry of the mentee's reply (reply mode): what it says, about which record (its ID as
    /// the bundle has it). Written to the reply file, never to the plan.
    Reply {
        what: crate::app::action::Write,
        record: Option<String>,
    },
}

impl FormTarget {
    /// True for a form of reply mode.
    pub fn is_reply(&self) -> bool {
        matches!(self, FormTarget::Reply { .. })
    }
}
