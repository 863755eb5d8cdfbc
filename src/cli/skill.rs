//! `mentor skill ...`: the workspace's skill vocabulary and a mentee's levels.

use super::args::SkillCmd;
use super::context::{CliError, Context, within};
use super::output::{Table, print, print_json};
use crate::domain::ops::Op;
use crate::domain::path::skill_key;
use crate::domain::text::line;
use crate::domain::{Mentee, Workspace, rules};
use crate::t;
use serde_json::{Value, json};

pub fn run(ctx: &Context, cmd: SkillCmd) -> Result<(), CliError> {
    match cmd {
        SkillCmd::Set {
            mentee,
            skill,
            level,
            target,
            clear,
        } => set(ctx, &mentee, &skill, (level, target), clear),
        SkillCmd::List { mentee, json } => {
            let ws = ctx.read()?;
            match mentee {
                Some(q) => {
                    let m = &ws.mentees[ws.resolve_mentee(&q)?];
                    let rows = matrix(m);
                    if json {
                        print_json(&rows.iter().map(Row::json).collect::<Vec<_>>())
                    } else {
                        print(&matrix_text(m, &rows))
                    }
                }
                None if json => print_json(&vocabulary_json(&ws)),
                None => print(&vocabulary_text(&ws)),
            }
        }
        SkillCmd::Add { name, description } => {
            let op = Op::DeclareSkill {
                name: name.clone(),
                description: description.unwrap_or_default(),
            };
            ctx.apply(|_| Ok(op))?;
            let name = line(name.trim());
            print(&format!("{}\n", t!("cli-skill-declared", name = name)))
        }
        SkillCmd::Rename { from, to } => {
            let op = Op::RenameSkill {
                from: from.clone(),
                to: to.clone(),
            };
            let (applied, _) = ctx.apply(|_| Ok(op))?;
            print(&format!(
                "{}\n",
                t!(
                    "cli-skill-renamed",
                    from = line(from.trim()),
                    to = line(to.trim()),
                    count = applied.mentees.len()
                )
            ))
        }
        SkillCmd::Remove { name } => {
            ctx.apply(|_| Ok(Op::RemoveSkill { name: name.clone() }))?;
            let name = line(name.trim());
            print(&format!("{}\n", t!("cli-skill-removed", name = name)))
        }
    }
}

/// Sets the levels given, keeping the one not given as it was; `clear` takes the skill off.
fn set(
    ctx: &Context,
    mentee: &str,
    skill: &str,
    (level, target): (Option<u8>, Option<u8>),
    clear: bool,
) -> Result<(), CliError> {
    if !clear && level.is_none() && target.is_none() {
        return Err(CliError::Input(t!("cli-skill-say-level")));
    }
    let level = level
        .map(|n| within("--level", rules::level(n)))
        .transpose()?;
    let target = target
        .map(|n| within("--target", rules::level(n)))
        .transpose()?;
    let (applied, ws) = ctx.apply(|ws| {
        let i = ws.resolve_mentee(mentee)?;
        let m = &ws.mentees[i];
        let old = m
            .skills
            .iter()
            .find(|l| skill_key(&l.skill) == skill_key(skill));
        let (current, aim) = match clear {
            true => (None, None),
            false => (
                level.or(old.and_then(|l| l.current)),
                target.or(old.and_then(|l| l.target)),
            ),
        };
        Ok(Op::SetSkillLevel {
            mentee: m.id.clone(),
            skill: skill.to_string(),
            current,
            target: aim,
        })
    })?;
    let crate::domain::ops::Changed::Mentee(i) = applied.changed else {
        return Err(CliError::Input(t!("cli-nothing-changed")));
    };
    let m = &ws.mentees[i];
    let key = skill_key(skill);
    let text = match m.skills.iter().find(|l| skill_key(&l.skill) == key) {
        Some(l) => t!(
            "cli-skill-level",
            name = line(&m.name),
            skill = line(&l.skill),
            now = show(l.current),
            aim = show(l.target)
        ),
        None => t!(
            "cli-skill-no-level",
            name = line(&m.name),
            skill = line(skill.trim())
        ),
    };
    print(&format!("{text}\n"))
}

/// A level, or `-`.
fn show(n: Option<u8>) -> String {
    n.map_or_else(|| "-".into(), |n| n.to_string())
}

/// How often the vocabulary's skills are used.
struct Uses {
    name: String,
    declared: bool,
    description: String,
    goals: usize,
    stages: usize,
    mentees: usize,
}

fn uses(ws: &Workspace) -> Vec<Uses> {
    ws.skill_names()
        .into_iter()
        .map(|name| {
            let key = skill_key(&name);
            let is = |s: &String| skill_key(s) == key;
            let declared = ws.skills.iter().find(|s| skill_key(&s.name) == key);
            let each = |count: &dyn Fn(&Mentee) -> usize| ws.mentees.iter().map(|m| count(m)).sum();
            Uses {
                declared: declared.is_some(),
                description: declared.map(|s| s.description.clone()).unwrap_or_default(),
                goals: each(&|m| m.goals.iter().filter(|g| g.skills.iter().any(is)).count()),
                stages: each(&|m| {
                    let stages = m.path.stages.iter();
                    stages.filter(|st| st.skills.iter().any(is)).count()
                }),
                mentees: each(&|m| usize::from(m.skills.iter().any(|l| is(&l.skill)))),
                name,
            }
        })
        .collect()
}

fn vocabulary_json(ws: &Workspace) -> Vec<Value> {
    uses(ws)
        .into_iter()
        .map(|u| {
            json!({
                "name": u.name,
                "declared": u.declared,
                "description": u.description,
                "goals": u.goals,
                "stages": u.stages,
                "mentees": u.mentees,
            })
        })
        .collect()
}

fn vocabulary_text(ws: &Workspace) -> String {
    let mut table = Table::new(&[
        t!("cli-col-skill"),
        t!("cli-col-goals"),
        t!("cli-col-stages"),
        t!("cli-col-mentees"),
        t!("cli-col-description"),
    ]);
    for u in uses(ws) {
        table.row(vec![
            u.name,
            u.goals.to_string(),
            u.stages.to_string(),
            u.mentees.to_string(),
            u.description,
        ]);
    }
    table.render_or(&t!("cli-skill-list-empty"), super::output::width())
}

/// One row of a mentee's skill matrix.
struct Row {
    skill: String,
    current: Option<u8>,
    target: Option<u8>,
    gap: u8,
    /// The titles of the mentee's stages that need the skill.
    stages: Vec<String>,
}

impl Row {
    fn json(&self) -> Value {
        json!({
            "skill": self.skill,
            "current": self.current,
            "target": self.target,
            "gap": self.gap,
            "stages": self.stages,
        })
    }
}

/// The mentee's skill matrix: every skill they have a level in or their path or goals name,
/// the largest gap first, then the skills with a level, then by name.
fn matrix(m: &Mentee) -> Vec<Row> {
    let mut names: Vec<&String> = m.skills.iter().map(|l| &l.skill).collect();
    names.extend(m.path.stages.iter().flat_map(|st| &st.skills));
    names.extend(m.goals.iter().flat_map(|g| &g.skills));
    let mut seen = std::collections::HashSet::new();
    let mut rows: Vec<Row> = names
        .into_iter()
        .filter(|n| seen.insert(skill_key(n)))
        .map(|name| {
            let key = skill_key(name);
            let level = m.skills.iter().find(|l| skill_key(&l.skill) == key);
            let stages = (m.path.stages.iter())
                .filter(|st| st.skills.iter().any(|s| skill_key(s) == key))
                .map(|st| st.title.clone())
                .collect();
            Row {
                skill: name.clone(),
                current: level.and_then(|l| l.current),
                target: level.and_then(|l| l.target),
                gap: level.map_or(0, |l| l.gap()),
                stages,
            }
        })
        .collect();
    // The largest gap first; then the skills with a level before those without; then by name.
    rows.sort_by_cached_key(|r| {
        let unrated = r.current.is_none() && r.target.is_none();
        (std::cmp::Reverse(r.gap), unrated, skill_key(&r.skill))
    });
    rows
}

fn matrix_text(m: &Mentee, rows: &[Row]) -> String {
    let mut table = Table::new(&[
        t!("cli-col-skill"),
        t!("cli-col-now"),
        t!("cli-col-aim"),
        t!("cli-col-gap"),
        t!("cli-col-level"),
        t!("cli-col-stages"),
    ]);
    for r in rows {
        table.row(vec![
            r.skill.clone(),
            show(r.current),
            show(r.target),
            r.gap.to_string(),
            bar(r.current, r.target),
            r.stages.join(", "),
        ]);
    }
    let empty = t!(
        "cli-skill-matrix-empty",
        name = m.name.as_str(),
        id = m.id.to_string()
    );
    table.render_or(&empty, super::output::width())
}

/// The levels as a bar of five: `█` reached, `░` still to go to the target, `·` beyond it.
fn bar(current: Option<u8>, target: Option<u8>) -> String {
    let (now, aim) = (current.unwrap_or(0), target.unwrap_or(0));
    (1..=crate::domain::path::MAX_LEVEL)
        .map(|n| match n {
            n if n <= now => '█',
            n if n <= aim => '░',
            _ => '·',
        })
        .collect()
}
