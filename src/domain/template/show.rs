//! Templates and plans as text: what `template show` prints and what a dry run lists.

use super::plan::{AgreementFill, GoalLink, Plan};
use super::types::Template;
use crate::domain::dates::iso;
use crate::domain::text::line;
use crate::domain::{Cadence, Channel};
use crate::t;

fn channels(c: &[Channel]) -> String {
    c.iter().map(|c| c.shown()).collect::<Vec<_>>().join(", ")
}

impl AgreementFill {
    /// "cadence: every 2 weeks".
    pub fn describe(&self) -> String {
        match self {
            AgreementFill::Cadence(c) => t!("dom-fill-cadence", cadence = c.to_string()),
            AgreementFill::SessionMinutes(n) => t!("dom-fill-minutes", minutes = *n),
            AgreementFill::Channels(c) => t!("dom-fill-channels", channels = channels(c)),
            AgreementFill::ResponseTime(x) => t!("dom-fill-response-time", text = line(x)),
            AgreementFill::Boundaries(x) => t!("dom-fill-boundaries", text = line(x)),
            AgreementFill::SuccessMeasures(x) => t!("dom-fill-success", text = line(x)),
            AgreementFill::EndsOn(d) => t!("dom-fill-ends-on", date = iso(*d).to_string()),
        }
    }
}

impl Plan {
    /// How many things applying adds (each line of [`Plan::lines`]).
    pub fn count(&self) -> usize {
        self.lines().len()
    }

    /// One line per thing applying adds, in the order it is added.
    pub fn lines(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .agreement
            .iter()
            .map(|f| t!("dom-plan-agreement", what = f.describe()))
            .collect();
        if let Some(t) = &self.path_title {
            out.push(t!("dom-plan-path-title", title = line(t)));
        }
        let goal_title = |l: &GoalLink| match l {
            GoalLink::New(n) => self
                .goals
                .get(*n)
                .map(|g| g.title.clone())
                .unwrap_or_default(),
            GoalLink::Existing { title, .. } => title.trim().to_string(),
        };
        for s in &self.stages {
            let due = s
                .stage
                .target
                .map(|d| t!("dom-plan-by", date = iso(d).to_string()))
                .unwrap_or_default();
            out.push(t!(
                "dom-plan-stage",
                title = line(&s.stage.title),
                due = due
            ));
        }
        for s in &self.stage_links {
            for l in &s.links {
                out.push(t!(
                    "dom-plan-stage-goal",
                    stage = line(s.title.trim()),
                    goal = line(&goal_title(l)).into_owned()
                ));
            }
        }
        for g in &self.goals {
            let due = g
                .due
                .map(|d| t!("dom-plan-due", date = iso(d).to_string()))
                .unwrap_or_default();
            out.push(t!("dom-plan-goal", title = line(&g.title), due = due));
            for k in &g.milestones {
                out.push(milestone_line(&g.title, k));
            }
        }
        for added in &self.milestones {
            for k in &added.milestones {
                out.push(milestone_line(&added.title, k));
            }
        }
        for s in &self.skills {
            out.push(t!("dom-plan-skill", skill = line(&s.name)));
        }
        for (skill, level) in &self.levels {
            out.push(t!("dom-plan-level", level = *level, skill = line(skill)));
        }
        out
    }
}

fn milestone_line(goal: &str, k: &crate::domain::Milestone) -> String {
    let due = k
        .due
        .map(|d| t!("dom-plan-due", date = iso(d).to_string()))
        .unwrap_or_default();
    t!(
        "dom-plan-milestone",
        title = line(&k.title),
        due = due,
        goal = line(goal)
    )
}

fn cadence(c: Option<Cadence>) -> Option<String> {
    c.map(|c| c.to_string())
}

/// A readable summary of a template: what `mentor template show` prints.
pub fn describe(t: &Template) -> String {
    let mut out = format!("{} ({}, {})\n", line(&t.title), t.name, t.kind);
    if !t.description.trim().is_empty() {
        out.push_str(&format!(
            "{}\n",
            crate::domain::text::block(t.description.trim())
        ));
    }
    let a = &t.agreement;
    let agreement: Vec<String> = [
        cadence(a.cadence).map(|c| t!("dom-show-meet", cadence = c)),
        a.session_minutes
            .map(|n| t!("dom-show-minutes", minutes = n)),
        (!a.channels.is_empty()).then(|| channels(&a.channels)),
        a.length.map(|l| t!("dom-show-for", length = l.words())),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !agreement.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            t!("dom-show-agreement", agreement = agreement.join(", "))
        ));
    }
    for (label, text) in [
        (t!("dom-show-response-time"), &a.response_time),
        (t!("dom-show-boundaries"), &a.boundaries),
        (t!("dom-show-success"), &a.success_measures),
    ] {
        if !text.trim().is_empty() {
            out.push_str(&format!("  {label}: {}\n", line(text.trim())));
        }
    }
    describe_path(t, &mut out);
    describe_goals(t, &mut out);
    if !t.agenda.is_empty() {
        out.push_str(&format!("\n{}\n", t!("dom-show-first-sessions")));
        for s in &t.agenda {
            out.push_str(&format!(
                "  {}\n",
                t!("dom-show-session", session = s.session)
            ));
            for p in &s.prompts {
                out.push_str(&format!("    - {}\n", line(p)));
            }
        }
    }
    out
}

fn describe_path(t: &Template, out: &mut String) {
    if !t.path.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            t!("dom-show-path", title = line(&t.path.title))
        ));
        for (i, s) in t.path.stages.iter().enumerate() {
            let target = s.target.map(|r| format!(" ({r})")).unwrap_or_default();
            out.push_str(&format!("  {}. {}{target}\n", i + 1, line(&s.title)));
            if !s.skills.is_empty() {
                out.push_str(&format!(
                    "     {}\n",
                    t!(
                        "dom-show-skills",
                        skills = line(&s.skills.join(", ")).into_owned()
                    )
                ));
            }
        }
    }
    if !t.skills.is_empty() {
        out.push_str(&format!("\n{}\n", t!("dom-show-skills-title")));
        for s in &t.skills {
            let target = s
                .target
                .map(|n| format!(" ({})", t!("dom-show-target", level = n)))
                .unwrap_or_default();
            out.push_str(&format!("  {}{target}\n", line(&s.name)));
        }
    }
}

fn describe_goals(t: &Template, out: &mut String) {
    if t.goals.is_empty() {
        return;
    }
    out.push_str(&format!("\n{}\n", t!("dom-show-goals-title")));
    for g in &t.goals {
        let due = g
            .due
            .map(|r| format!(" ({})", t!("dom-show-due", due = r.to_string())))
            .unwrap_or_default();
        out.push_str(&format!("  {}{due}\n", line(&g.title)));
        if let Some(m) = &g.metric {
            let unit = if m.unit.is_empty() {
                String::new()
            } else {
                format!(" {}", m.unit)
            };
            out.push_str(&format!(
                "     {}\n",
                t!(
                    "dom-show-measure",
                    what = line(&m.what),
                    from = crate::domain::goal::fmt_number(m.baseline),
                    to = crate::domain::goal::fmt_number(m.target),
                    unit = unit
                )
            ));
        } else if !g.criterion.trim().is_empty() {
            out.push_str(&format!(
                "     {}\n",
                t!("dom-show-done-when", criterion = line(g.criterion.trim()))
            ));
        }
        for k in &g.milestones {
            let due = k.due.map(|r| format!(" ({r})")).unwrap_or_default();
            out.push_str(&format!("     - {}{due}\n", line(&k.title)));
        }
    }
}
