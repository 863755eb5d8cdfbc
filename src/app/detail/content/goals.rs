//! The rows of what the mentee works toward: a goal with its milestones, sessions and feedback,
//! a milestone, a stage of the career path.

use super::{Rows, Tone, day, field, heading, item, when};
use crate::domain::derived::progress;
use crate::domain::{Feedback, Goal, Milestone, Session};
use crate::t;

impl Rows<'_> {
    pub(super) fn goal(&mut self, g: &Goal) {
        self.push(heading(g.title.clone()));
        self.push(field("status", g.status.shown()));
        let percent = progress(g).map_or("-".into(), |p| format!("{:.0}%", p * 100.0));
        self.push(field("progress", percent));
        self.push(field("created", g.created_on.to_string()));
        self.push(field("due", day(g.due)));
        if g.achieved_on.is_some() {
            self.push(field("achieved", day(g.achieved_on)));
        }
        self.push(field("specific", g.specific.clone()));
        self.push(field(
            "metric",
            g.metric.as_ref().map_or("-".into(), |m| m.to_string()),
        ));
        self.push(field("criterion", g.criterion.clone()));
        self.push(field("achievable", g.achievable.clone()));
        self.push(field("relevant", g.relevant.clone()));
        self.push(field("skills", g.skills.join(", ")));
        self.section(t!("app-detail-milestones", count = g.milestones.len()));
        for k in &g.milestones {
            let done = if k.done_on.is_some() { "✓" } else { "·" };
            let due = k.due.map_or(String::new(), |d| {
                t!("app-detail-due", date = d.to_string())
            });
            self.push(item(format!("{done} {}{due}", k.title), Tone::Plain));
            if !k.note.trim().is_empty() {
                self.push(item(format!("  {}", k.note), Tone::Muted));
            }
        }
        let mut sessions: Vec<&Session> = self
            .mentee
            .sessions
            .iter()
            .filter(|s| s.goals.contains(&g.id))
            .collect();
        sessions.sort_by_key(|s| std::cmp::Reverse(s.at));
        self.section(t!("app-detail-sessions-touched", count = sessions.len()));
        for s in sessions {
            self.push(item(
                format!("{} · {} · {}", when(s), s.status.shown(), s.agenda),
                Tone::Plain,
            ));
        }
        let feedback: Vec<&Feedback> = self
            .mentee
            .feedback
            .iter()
            .filter(|f| f.goal.as_ref() == Some(&g.id))
            .collect();
        self.section(t!("app-detail-feedback-about", count = feedback.len()));
        for f in feedback {
            self.push(item(
                format!("{} · {} · {}", f.date, f.kind.shown(), f.text),
                Tone::Plain,
            ));
        }
    }

    pub(super) fn milestone(&mut self, g: &Goal, k: &Milestone) {
        self.push(heading(k.title.clone()));
        self.push(field("goal", g.title.clone()));
        self.push(field("due", day(k.due)));
        self.push(field("done", day(k.done_on)));
        self.push(field("note", k.note.clone()));
    }

    /// A stage of the career path: what it needs, the mentee's levels and the goals serving it.
    pub(super) fn stage(&mut self, st: &crate::domain::Stage) {
        self.push(heading(st.title.clone()));
        self.push(field("status", st.status.words()));
        self.push(field("target", day(st.target)));
        self.push(field("description", st.description.clone()));
        self.private("private notes", &st.private_notes);
        self.section(t!("app-detail-skills", count = st.skills.len()));
        for name in &st.skills {
            let key = crate::domain::path::skill_key(name);
            let level = self
                .mentee
                .skills
                .iter()
                .find(|l| crate::domain::path::skill_key(&l.skill) == key);
            let show = |n: Option<u8>| n.map_or("-".to_string(), |n| n.to_string());
            let levels = level.map_or("-".into(), |l| {
                t!(
                    "app-detail-level-of",
                    current = show(l.current),
                    target = show(l.target)
                )
            });
            self.push(item(format!("{name} · {levels}"), Tone::Plain));
        }
        let goals: Vec<&Goal> = (self.mentee.goals.iter())
            .filter(|g| st.goals.contains(&g.id))
            .collect();
        self.section(t!("app-detail-goals", count = goals.len()));
        for g in goals {
            self.push(item(
                format!("{} · {}", g.title, g.status.shown()),
                Tone::Plain,
            ));
        }
    }
}
