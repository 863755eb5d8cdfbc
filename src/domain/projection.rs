//! The mentee's view of their own plan, built by projection.
//!
//! Every type here is separate from the mentor's types and filled field by field from an allow
//! list. Nothing is copied wholesale and then trimmed, so a field added to the mentor's types later
//! stays out of the mentee's view until someone adds it here on purpose. Private notes (on the
//! mentee, on sessions and on career-path stages), feedback that is not marked shared, other
//! mentees and the mentor's capacity have no place in these types at all.
mod build;
mod display;
mod path;
mod replies;
mod views;

pub use build::project;
pub use path::{PathView, SkillLevelView, StageView};
pub use replies::{AnswerView, answers, reply_to};
pub use views::{
    ActionView, AgreementView, ClosingView, ConnectionView, FeedbackView, GoalView, MenteeView,
    MetricView, MilestoneView, SessionView,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::feedback::{Feedback, FeedbackKind, Visibility};
    use crate::domain::ids::*;
    use crate::domain::mentee::Mentee;
    use crate::domain::session::{Session, SessionStatus};
    use chrono::TimeZone;
    use chrono::{FixedOffset, NaiveDate};

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
