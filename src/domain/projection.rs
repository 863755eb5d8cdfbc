//! The mentee's view of their own plan, built by projection.
//!
//! Every type here is separate from the mentor's types and filled field by field from an allow
//! list. Nothing is copied wholesale and then trimmed, so a field added to the mentor's types later
//! stays out of the mentee's view until someone adds it here on purpose. Private notes (on the
//! mentee, on sessions and on career-path stages), feedback that is not marked shared, other
//! mentees and the mentor's capacity have no place in these types at all.

use super::feedback::{
    Connection, ConnectionKind, ConnectionStatus, Feedback, FeedbackKind, Visibility,
};
use super::fit::FeedbackPreference;
use super::goal::{Goal, GoalStatus, Metric, Milestone};
use super::mentee::{Agreement, Mentee, MenteeStatus, MentoringKind};
use super::session::{ActionItem, Owner, Session, SessionStatus};
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// What a mentee may see of their mentoring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MenteeView {
    pub id: String,
    pub name: String,
    pub kind: MentoringKind,
    pub status: MenteeStatus,
    pub started_on: Option<NaiveDate>,
    pub aspirations: String,
    pub agreement: AgreementView,
    pub goals: Vec<GoalView>,
    pub sessions: Vec<SessionView>,
    pub feedback: Vec<FeedbackView>,
    pub connections: Vec<ConnectionView>,
    /// The career path (left out of a bundle when there is none, so older readers and older
    /// bundles agree).
    #[serde(default, skip_serializing_if = "PathView::is_empty")]
    pub path: PathView,
    /// The mentee's skill levels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<SkillLevelView>,
    /// When the mentoring ended (absent while it goes on, and in older bundles).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_on: Option<NaiveDate>,
    /// The mentor's closing note for the mentee: its private side has no field here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<ClosingView>,
    /// The mentee's own closing reflection, as the mentor accepted it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub closing_reflection: String,
}

/// The shared side of the mentor's closing note ([`super::closing::Closing`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClosingView {
    pub note: String,
    pub written_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgreementView {
    pub cadence: Option<String>,
    pub session_minutes: Option<u32>,
    pub channels: Vec<String>,
    pub response_time: String,
    pub boundaries: String,
    pub success_measures: String,
    pub ends_on: Option<NaiveDate>,
    /// How the mentee prefers feedback: theirs, as they said it (absent in bundles written
    /// before it existed, and when none was ticked).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feedback_preferences: Vec<FeedbackPreference>,
    /// What the mentee wants more of, in their words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub feedback_more_of: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MetricView {
    pub what: String,
    pub baseline: f64,
    pub target: f64,
    pub current: Option<f64>,
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MilestoneView {
    pub id: String,
    pub title: String,
    pub due: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalView {
    pub id: String,
    pub title: String,
    pub status: GoalStatus,
    pub created_on: NaiveDate,
    pub achieved_on: Option<NaiveDate>,
    pub specific: String,
    pub metric: Option<MetricView>,
    pub criterion: String,
    pub achievable: String,
    pub relevant: String,
    pub due: Option<NaiveDate>,
    pub skills: Vec<String>,
    pub milestones: Vec<MilestoneView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionView {
    pub id: String,
    pub text: String,
    pub owner: Owner,
    pub due: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionView {
    pub id: String,
    pub at: DateTime<FixedOffset>,
    pub minutes: Option<u32>,
    pub status: SessionStatus,
    pub agenda: String,
    pub shared_notes: String,
    pub goals: Vec<String>,
    pub actions: Vec<ActionView>,
    /// The mentee's own mood and energy in the session (the mentor's energy is the mentor's and
    /// has no field here). Absent in bundles written before they existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mood: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub energy: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackView {
    pub id: String,
    pub date: NaiveDate,
    pub kind: FeedbackKind,
    pub text: String,
    pub goal: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConnectionView {
    pub id: String,
    pub kind: ConnectionKind,
    pub title: String,
    pub who: String,
    pub note: String,
    pub status: ConnectionStatus,
    pub date: Option<NaiveDate>,
}

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

mod display;
mod path;

pub use path::{PathView, SkillLevelView, StageView};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::*;
    use chrono::TimeZone;

    #[test]
    fn private_fields_and_private_feedback_stay_out() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let mut m = Mentee::new(MenteeId::from_number(1), "Alice", day);
        m.private_notes = "CANARY-mentee-private".into();
        m.aspirations = "lead a team".into();
        let at = FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 1, 9, 0, 0)
            .unwrap();
        let mut s = Session::new(SessionId::from_number(2), at, SessionStatus::Held);
        s.private_notes = "CANARY-session-private".into();
        s.shared_notes = "talked about reviews".into();
        (s.mood, s.energy, s.mentor_energy) = (Some(2), Some(4), Some(1));
        m.sessions.push(s);
        m.path.title = "IC track".into();
        let mut st = crate::domain::Stage::new(StageId::from_number(5), "Staff engineer");
        st.description = "leads across teams".into();
        st.private_notes = "CANARY-stage-private".into();
        st.skills.push("influence".into());
        m.path.stages.push(st);
        m.skills.push(crate::domain::SkillLevel {
            skill: "influence".into(),
            current: Some(2),
            target: Some(4),
        });
        for (n, vis) in [(3, Visibility::Shared), (4, Visibility::Private)] {
            m.feedback.push(Feedback {
                id: FeedbackId::from_number(n),
                date: day,
                kind: FeedbackKind::Strength,
                text: format!("note-{vis}"),
                goal: None,
                visibility: vis,
            });
        }
        m.ended_on = Some(day);
        m.closing = Some(crate::domain::closing::Closing {
            note: "closing-shared".into(),
            private_note: "CANARY-closing-private".into(),
            written_on: day,
        });
        m.closing_reflection = "reflection-shared".into();
        let view = project(&m);
        let json = serde_json::to_string(&view).unwrap();
        assert!(!json.contains("CANARY"), "{json}");
        assert!(json.contains("closing-shared") && json.contains("reflection-shared"));
        assert_eq!(view.ended_on, Some(day));
        assert!(!json.contains("note-private"));
        assert!(json.contains("note-shared"));
        assert!(json.contains("talked about reviews"));
        assert!(!json.contains("mentor_energy"), "{json}");
        assert_eq!(
            (view.sessions[0].mood, view.sessions[0].energy),
            (Some(2), Some(4))
        );
        assert_eq!(view.feedback.len(), 1);
        // Back to a record for display: shared data kept, private fields empty.
        let shown = view.to_mentee();
        assert_eq!(shown.private_notes, "");
        assert_eq!(shown.sessions[0].private_notes, "");
        assert_eq!(shown.sessions[0].shared_notes, "talked about reviews");
        assert_eq!(shown.sessions[0].mentor_energy, None);
        assert_eq!(shown.sessions[0].mood, Some(2));
        assert_eq!(shown.feedback.len(), 1);
        assert!(json.contains("leads across teams") && json.contains("IC track"));
        assert_eq!(shown.path.stages[0].private_notes, "");
        assert_eq!(shown.path.stages[0].description, "leads across teams");
        assert_eq!(shown.skills, m.skills);
        let closing = shown.closing.as_ref().unwrap();
        assert_eq!(
            (closing.note.as_str(), closing.private_note.as_str()),
            ("closing-shared", "")
        );
        assert_eq!(shown.closing_reflection, "reflection-shared");
        assert_eq!(shown.ended_on, Some(day));
        assert_eq!(
            project(&shown),
            view,
            "projecting the display record gives the view back"
        );
    }

    #[test]
    fn feedback_without_visibility_in_the_file_is_private() {
        let f: Feedback =
            serde_json::from_str(r#"{"id":"f1","date":"2026-11-01","kind":"strength","text":"x"}"#)
                .unwrap();
        assert_eq!(f.visibility, Visibility::Private);
    }

    /// The display record made from a view gives the same view back, for every kind of record
    /// and value the demo holds: nothing shared is lost on the way to the mentee's screen.
    #[test]
    fn every_demo_mentee_survives_the_way_to_the_screen_and_back() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        for m in &crate::demo::demo_workspace(day).mentees {
            let view = project(m);
            assert_eq!(project(&view.to_mentee()), view, "{}", m.name);
        }
    }
}
