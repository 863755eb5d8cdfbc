//! A mentee's plan turned into a template (`mentor template save`): the agreement, the path,
//! the goals with their milestones, the skills and the agendas of the first sessions, with every
//! date made relative to the mentee's start date.
//!
//! Nothing private is carried: no private note (of the mentee, a stage or a session), no
//! feedback, no session notes, no connection, no aspirations. And no person's name: the
//! mentee's name, the mentor's, any other mentee's and the name of anyone in a connection are
//! replaced wherever they appear in the copied text, word by word in any case ("Alice Moreau",
//! "alice", "Moreau's" all go): the mentee's by "the mentee", the mentor's by "the mentor",
//! anyone else's by "a colleague". The replacement may read clumsily; it never leaks.

use super::relative::RelDate;
use super::types::{
    AgreementDraft, GoalDraft, MetricDraft, MilestoneDraft, PathDraft, SessionPrompts, SkillDraft,
    StageDraft, Template,
};
use super::validate::{valid_name, validate};
use crate::domain::path::skill_key;
use crate::domain::{Agreement, Goal, GoalId, GoalStatus, Mentee, SessionStatus, Workspace};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

/// Why a mentee's plan was not saved as a template.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveRefused {
    #[error("{}", crate::t!("dom-template-save-name", name = .0.as_str()))]
    Name(String),
    #[error("{}", crate::t!("dom-template-save-empty", mentee = .0.as_str()))]
    Empty(String),
    #[error("{}", crate::t!("dom-template-save-invalid", why = .0.as_str()))]
    Invalid(String),
}

/// The people whose names must not be carried, as name word → replacement.
fn people(ws: &Workspace, mentee: &Mentee) -> HashMap<String, &'static str> {
    let mut words = HashMap::new();
    let mut add = |name: &str, replacement: &'static str| {
        for w in name.split(|c: char| !c.is_alphanumeric()) {
            if w.chars().count() >= 2 {
                words.entry(w.to_lowercase()).or_insert(replacement);
            }
        }
    };
    add(&mentee.name, "the mentee");
    add(&ws.mentor.name, "the mentor");
    for m in &ws.mentees {
        add(&m.name, "a colleague");
        for c in &m.connections {
            add(&c.who, "a colleague");
        }
    }
    words
}

/// `text` with every word of a person's name replaced; a run of one person's name words
/// ("Alice Moreau") becomes one replacement.
fn scrub(text: &str, people: &HashMap<String, &'static str>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last: Option<(&'static str, usize)> = None; // replacement, and where it ended in `out`
    let mut rest = text;
    while !rest.is_empty() {
        let word_len = rest
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(rest.len(), |(i, _)| i);
        if word_len == 0 {
            let c = rest.chars().next().map_or(1, char::len_utf8);
            out.push_str(&rest[..c]);
            rest = &rest[c..];
            continue;
        }
        let word = &rest[..word_len];
        match people.get(&word.to_lowercase()) {
            Some(&with) => {
                let between = last.filter(|&(r, end)| r == with && out[end..].trim().is_empty());
                match between {
                    Some((_, end)) => out.truncate(end),
                    None => out.push_str(with),
                }
                last = Some((with, out.len()));
            }
            None => {
                out.push_str(word);
                last = None;
            }
        }
        rest = &rest[word_len..];
    }
    out
}

/// The mentee at `index` of `ws` as a template called `name`; dates relative to the mentee's
/// start date, or `today` when there is none.
pub fn from_mentee(
    ws: &Workspace,
    index: usize,
    name: &str,
    today: NaiveDate,
) -> Result<Template, SaveRefused> {
    if !valid_name(name) {
        return Err(SaveRefused::Name(
            crate::domain::text::line(name).into_owned(),
        ));
    }
    let m = &ws.mentees[index];
    let people = people(ws, m);
    let copy = Copy {
        start: m.started_on.unwrap_or(today),
        scrub: &|text: &str| scrub(text.trim(), &people),
    };
    let goals: Vec<&Goal> = m
        .goals
        .iter()
        .filter(|g| g.status != GoalStatus::Dropped)
        .collect();
    let agreement = copy.agreement(&m.agreement);
    let path = copy.path(m, &goals);
    let goal_drafts: Vec<GoalDraft> = goals
        .iter()
        .enumerate()
        .map(|(i, g)| copy.goal(i, g))
        .collect();
    if agreement.is_empty() && path.is_empty() && goal_drafts.is_empty() {
        return Err(SaveRefused::Empty(
            crate::domain::text::line(&m.name).into_owned(),
        ));
    }
    let title = if path.title.is_empty() {
        format!("Plan saved on {}", crate::domain::dates::iso(today))
    } else {
        path.title.clone()
    };
    let mut t = Template {
        name: name.to_string(),
        title,
        description: "Saved from a mentee's plan with `mentor template save`.".into(),
        kind: m.kind,
        skills: skills(ws, m, &path, &goal_drafts, copy.scrub),
        agenda: agenda(m, copy.scrub),
        agreement,
        path,
        goals: goal_drafts,
    };
    dedupe(&mut t);
    match validate(&t).into_iter().next() {
        Some((path, message)) => Err(SaveRefused::Invalid(format!(
            "{}: {message}",
            super::parse::render(&path)
        ))),
        None => Ok(t),
    }
}

/// How a record's text and dates are copied: names replaced, dates relative to `start`.
struct Copy<'a> {
    start: NaiveDate,
    scrub: &'a dyn Fn(&str) -> String,
}

/// The key a saved goal gets (stages name their goals by it).
fn goal_key(index: usize) -> String {
    format!("goal-{}", index + 1)
}

impl Copy<'_> {
    fn s(&self, text: &str) -> String {
        (self.scrub)(text)
    }

    fn rel(&self, date: Option<NaiveDate>) -> Option<RelDate> {
        date.map(|d| RelDate::between(self.start, d))
    }

    fn agreement(&self, a: &Agreement) -> AgreementDraft {
        AgreementDraft {
            cadence: a.cadence,
            session_minutes: a.session_minutes,
            channels: a.channels.clone(),
            response_time: self.s(&a.response_time),
            boundaries: self.s(&a.boundaries),
            success_measures: self.s(&a.success_measures),
            length: self.rel(a.ends_on),
        }
    }

    fn path(&self, m: &Mentee, goals: &[&Goal]) -> PathDraft {
        let key_of = |id: &GoalId| goals.iter().position(|g| &g.id == id).map(goal_key);
        PathDraft {
            title: self.s(&m.path.title),
            stages: m
                .path
                .stages
                .iter()
                .map(|st| StageDraft {
                    title: self.s(&st.title),
                    description: self.s(&st.description),
                    target: self.rel(st.target),
                    skills: st.skills.iter().map(|k| self.s(k)).collect(),
                    goals: st.goals.iter().filter_map(key_of).collect(),
                })
                .collect(),
        }
    }

    fn goal(&self, index: usize, g: &Goal) -> GoalDraft {
        GoalDraft {
            key: Some(goal_key(index)),
            title: self.s(&g.title),
            specific: self.s(&g.specific),
            criterion: self.s(&g.criterion),
            achievable: self.s(&g.achievable),
            relevant: self.s(&g.relevant),
            due: self.rel(g.due),
            skills: g.skills.iter().map(|k| self.s(k)).collect(),
            metric: g.metric.as_ref().map(|x| MetricDraft {
                what: self.s(&x.what),
                baseline: x.baseline,
                target: x.target,
                unit: self.s(&x.unit),
            }),
            milestones: g
                .milestones
                .iter()
                .map(|k| MilestoneDraft {
                    title: self.s(&k.title),
                    due: self.rel(k.due),
                })
                .collect(),
        }
    }
}

/// Every skill the path, the goals and the mentee's levels name, with the workspace's
/// description and the mentee's target level.
fn skills(
    ws: &Workspace,
    m: &Mentee,
    path: &PathDraft,
    goals: &[GoalDraft],
    s: &dyn Fn(&str) -> String,
) -> Vec<SkillDraft> {
    let mut out: BTreeMap<String, SkillDraft> = BTreeMap::new();
    let named = path
        .stages
        .iter()
        .flat_map(|st| st.skills.iter().cloned())
        .chain(goals.iter().flat_map(|g| g.skills.iter().cloned()))
        .chain(m.skills.iter().map(|l| s(&l.skill)));
    for name in named {
        if name.trim().is_empty() {
            continue;
        }
        out.entry(skill_key(&name)).or_insert_with(|| SkillDraft {
            description: ws
                .skills
                .iter()
                .find(|k| s(&k.name) == name)
                .map(|k| s(&k.description))
                .unwrap_or_default(),
            target: m
                .skills
                .iter()
                .find(|l| s(&l.skill) == name)
                .and_then(|l| l.target),
            name,
        });
    }
    out.into_values().collect()
}

/// The agendas of the first three sessions that were not cancelled, one prompt per line.
fn agenda(m: &Mentee, s: &dyn Fn(&str) -> String) -> Vec<SessionPrompts> {
    let mut sessions: Vec<&crate::domain::Session> = m
        .sessions
        .iter()
        .filter(|x| x.status != SessionStatus::Cancelled)
        .collect();
    sessions.sort_by_key(|x| x.at);
    (1u32..)
        .zip(sessions.into_iter().take(3))
        .filter_map(|(n, x)| {
            let prompts: Vec<String> = x
                .agenda
                .lines()
                .map(|l| s(l.trim().trim_start_matches("- ")))
                .filter(|l| !l.is_empty())
                .collect();
            (!prompts.is_empty()).then_some(SessionPrompts {
                session: n,
                prompts,
            })
        })
        .collect()
}

/// Drops what replacing names made twice (two goals both called "Help the mentee"): a second
/// stage, goal, milestone or skill with the title of an earlier one.
fn dedupe(t: &mut Template) {
    fn keep_first<T>(items: &mut Vec<T>, title: impl Fn(&T) -> String) {
        let mut seen = std::collections::HashSet::new();
        items.retain(|x| seen.insert(skill_key(&title(x))));
    }
    keep_first(&mut t.path.stages, |x| x.title.clone());
    keep_first(&mut t.goals, |x| x.title.clone());
    for g in &mut t.goals {
        keep_first(&mut g.milestones, |x| x.title.clone());
    }
    let keys: Vec<String> = t.goals.iter().filter_map(|g| g.key.clone()).collect();
    for st in &mut t.path.stages {
        st.goals.retain(|k| keys.contains(k));
        st.goals.dedup();
    }
}

/// The template as TOML, the form user templates are written in.
pub fn to_toml(t: &Template) -> Result<String, String> {
    toml::to_string(t).map_err(|e| e.to_string())
}
