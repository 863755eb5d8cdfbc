//! The checks on a template that its types cannot make: names that must not be blank or must
//! be unique, the skills and goals a stage or goal names, levels, session lengths. Each problem
//! comes with the path of the field it is about.

use super::types::{GoalDraft, StageDraft, Template};
use crate::domain::path::skill_key;
use crate::domain::rules;
use std::collections::HashSet;

/// One step of a field's path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg {
    Key(&'static str),
    Index(usize),
}

/// A problem: where, and what.
pub type Problem = (Vec<Seg>, String);

/// Every problem of `t`, in the order of the file.
pub fn validate(t: &Template) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut at = |path: &[Seg], message: String| out.push((path.to_vec(), message));
    if !valid_name(&t.name) {
        at(
            &[Seg::Key("name")],
            crate::t!(
                "dom-template-bad-name",
                name = crate::domain::text::line(&t.name)
            ),
        );
    }
    blank(&mut at, &[Seg::Key("title")], &t.title);
    if let Some(n) = t.agreement.session_minutes
        && let Err(e) = rules::minutes(n)
    {
        at(
            &[Seg::Key("agreement"), Seg::Key("session_minutes")],
            e.to_string(),
        );
    }
    let skills = skills(t, &mut at);
    let keys = goals(t, &skills, &mut at);
    for (i, stage) in t.path.stages.iter().enumerate() {
        stage_problems(i, stage, t, &skills, &keys, &mut at);
    }
    agenda(t, &mut at);
    out
}

/// A template's name: 1 to 64 lower-case ASCII letters, digits or dashes, starting with a
/// letter or digit (it is a file name too).
pub fn valid_name(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && !name.starts_with('-')
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn blank(at: &mut impl FnMut(&[Seg], String), path: &[Seg], text: &str) {
    if text.trim().is_empty() {
        at(path, crate::t!("dom-template-blank"));
    }
}

/// Reports a second entry with the same key (trimmed, any case).
fn unique(
    seen: &mut HashSet<String>,
    at: &mut impl FnMut(&[Seg], String),
    path: &[Seg],
    text: &str,
) {
    if !text.trim().is_empty() && !seen.insert(skill_key(text)) {
        at(path, crate::t!("dom-template-twice", text = text.trim()));
    }
}

/// Checks the skills; returns their keys.
fn skills(t: &Template, at: &mut impl FnMut(&[Seg], String)) -> HashSet<String> {
    let mut seen = HashSet::new();
    for (i, s) in t.skills.iter().enumerate() {
        let base = [Seg::Key("skills"), Seg::Index(i)];
        blank(at, &[base[0], base[1], Seg::Key("name")], &s.name);
        unique(
            &mut seen,
            at,
            &[base[0], base[1], Seg::Key("name")],
            &s.name,
        );
        if let Some(Err(e)) = s.target.map(rules::level) {
            at(&[base[0], base[1], Seg::Key("target")], e.to_string());
        }
    }
    seen
}

/// Reports a skill that is not one of the template's `[[skills]]`.
fn known_skills(
    names: &[String],
    known: &HashSet<String>,
    at: &mut impl FnMut(&[Seg], String),
    base: &[Seg],
) {
    for (j, name) in names.iter().enumerate() {
        if !known.contains(&skill_key(name)) {
            let mut path = base.to_vec();
            path.extend([Seg::Key("skills"), Seg::Index(j)]);
            at(
                &path,
                crate::t!(
                    "dom-template-unknown-skill",
                    skill = crate::domain::text::line(name.trim())
                ),
            );
        }
    }
}

/// Checks the goals; returns their keys.
fn goals(
    t: &Template,
    skills: &HashSet<String>,
    at: &mut impl FnMut(&[Seg], String),
) -> HashSet<String> {
    let (mut titles, mut keys) = (HashSet::new(), HashSet::new());
    for (i, g) in t.goals.iter().enumerate() {
        let base = [Seg::Key("goals"), Seg::Index(i)];
        let field = |k| [base[0], base[1], Seg::Key(k)];
        blank(at, &field("title"), &g.title);
        unique(&mut titles, at, &field("title"), &g.title);
        if let Some(key) = &g.key {
            blank(at, &field("key"), key);
            unique(&mut keys, at, &field("key"), key);
        }
        known_skills(&g.skills, skills, at, &base);
        goal_parts(&base, g, at);
    }
    keys
}

fn goal_parts(base: &[Seg; 2], g: &GoalDraft, at: &mut impl FnMut(&[Seg], String)) {
    if let Some(m) = &g.metric {
        let path = [base[0], base[1], Seg::Key("metric"), Seg::Key("what")];
        blank(at, &path, &m.what);
        if !(m.baseline.is_finite() && m.target.is_finite()) {
            at(&path[..3], crate::t!("dom-template-metric-numbers"));
        }
    }
    let mut seen = HashSet::new();
    for (j, k) in g.milestones.iter().enumerate() {
        let path = [
            base[0],
            base[1],
            Seg::Key("milestones"),
            Seg::Index(j),
            Seg::Key("title"),
        ];
        blank(at, &path, &k.title);
        unique(&mut seen, at, &path, &k.title);
    }
}

fn stage_problems(
    i: usize,
    stage: &StageDraft,
    t: &Template,
    skills: &HashSet<String>,
    keys: &HashSet<String>,
    at: &mut impl FnMut(&[Seg], String),
) {
    let base = [Seg::Key("path"), Seg::Key("stages"), Seg::Index(i)];
    let title = [base[0], base[1], base[2], Seg::Key("title")];
    blank(at, &title, &stage.title);
    let earlier = t.path.stages[..i]
        .iter()
        .any(|s| skill_key(&s.title) == skill_key(&stage.title));
    if earlier && !stage.title.trim().is_empty() {
        at(
            &title,
            crate::t!("dom-template-twice", text = stage.title.trim()),
        );
    }
    known_skills(&stage.skills, skills, at, &base);
    for (j, key) in stage.goals.iter().enumerate() {
        if !keys.contains(&skill_key(key)) {
            at(
                &[base[0], base[1], base[2], Seg::Key("goals"), Seg::Index(j)],
                crate::t!(
                    "dom-template-unknown-goal",
                    key = crate::domain::text::line(key.trim())
                ),
            );
        }
    }
}

fn agenda(t: &Template, at: &mut impl FnMut(&[Seg], String)) {
    let mut seen = HashSet::new();
    for (i, s) in t.agenda.iter().enumerate() {
        let base = [Seg::Key("agenda"), Seg::Index(i)];
        if s.session == 0 {
            at(
                &[base[0], base[1], Seg::Key("session")],
                crate::t!("dom-template-session-zero"),
            );
        } else if !seen.insert(s.session) {
            at(
                &[base[0], base[1], Seg::Key("session")],
                crate::t!("dom-template-session-twice", session = s.session),
            );
        }
        for (j, p) in s.prompts.iter().enumerate() {
            blank(
                at,
                &[base[0], base[1], Seg::Key("prompts"), Seg::Index(j)],
                p,
            );
        }
    }
}
