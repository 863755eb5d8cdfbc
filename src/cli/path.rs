//! `mentor path ...`: a mentee's career path as a roadmap, its title and its stages.

use super::args::{PathCmd, StageCmd, StageFields};
use super::context::{CliError, Context, goal_named, non_blank};
use super::output::{due_cell, key, percent, print, print_json};
use crate::domain::derived::progress;
use crate::domain::ops::Op;
use crate::domain::path::{SkillLevel, skill_key};
use crate::domain::text::line;
use crate::domain::{Mentee, RecordRef, Stage, StageId, StageStatus, Workspace};
use crate::t;
use chrono::NaiveDate;
use serde_json::{Value, json};

pub fn run(ctx: &Context, cmd: PathCmd) -> Result<(), CliError> {
    match cmd {
        PathCmd::Show { mentee, json } => {
            let ws = ctx.read()?;
            let m = &ws.mentees[ws.resolve_mentee(&mentee)?];
            if json {
                print_json(&path_json(m))
            } else {
                print(&path_text(m, ctx.today()))
            }
        }
        PathCmd::Title { mentee, title } => {
            let (applied, ws) = ctx.apply(|ws| {
                let i = ws.resolve_mentee(&mentee)?;
                Ok(Op::SetPathTitle {
                    mentee: ws.mentees[i].id.clone(),
                    title: title.clone(),
                })
            })?;
            let m = changed(&ws, &applied)?;
            print(&match m.path.title.as_str() {
                "" => format!("{}\n", t!("cli-path-untitled", name = line(&m.name))),
                title => format!(
                    "{}\n",
                    t!("cli-path-titled", name = line(&m.name), title = line(title))
                ),
            })
        }
        PathCmd::Stage(c) => run_stage(ctx, c),
    }
}

/// The mentee an operation changed.
fn changed<'a>(
    ws: &'a Workspace,
    applied: &crate::domain::ops::Applied,
) -> Result<&'a Mentee, CliError> {
    match applied.changed {
        crate::domain::ops::Changed::Mentee(i) if i < ws.mentees.len() => Ok(&ws.mentees[i]),
        _ => Err(CliError::Input(t!("cli-nothing-changed"))),
    }
}

fn run_stage(ctx: &Context, cmd: StageCmd) -> Result<(), CliError> {
    match cmd {
        StageCmd::Add {
            mentee,
            title,
            fields,
            at,
        } => add(ctx, &mentee, &title, fields, at),
        StageCmd::Edit {
            stage,
            title,
            fields,
            clear_target,
            no_skills,
            no_goals,
        } => {
            let title = title
                .as_deref()
                .map(|text| non_blank(text, &t!("cli-what-title")))
                .transpose()?;
            let target = match (fields.target.as_deref(), clear_target) {
                (_, true) => Some(None),
                (Some(d), false) => Some(Some(ctx.date(d)?)),
                (None, false) => None,
            };
            let ws = ctx.apply(|ws| {
                let (m, k) = ws.find_stage(&stage)?;
                let mut st = ws.mentees[m].path.stages[k].clone();
                if let Some(t) = title {
                    st.title = t;
                }
                if let Some(t) = target {
                    st.target = t;
                }
                fill(ws, &mut st, fields, no_skills, no_goals)?;
                Ok(Op::EditStage(Box::new(st)))
            })?;
            said(&ws.1, &stage, Said::Updated)
        }
        StageCmd::Done { stage } => status(ctx, &stage, StageStatus::Done),
        StageCmd::Status { stage, status: s } => status(ctx, &stage, s),
        StageCmd::Move { stage, position } => {
            let to = usize::try_from(position.saturating_sub(1)).unwrap_or(usize::MAX);
            let (_, ws) = ctx.apply(|ws| {
                Ok(Op::MoveStage {
                    stage: ws.stage_id(&stage)?,
                    to,
                })
            })?;
            said(&ws, &stage, Said::Moved(position))
        }
        StageCmd::Remove(a) => super::remove::remove(ctx, RecordRef::Stage(StageId(a.id)), a.yes),
    }
}

/// Puts the options given into `st` (the lists replaced when given, emptied by `--no-...`; goals
/// named by whole ID or short form in `ws`).
fn fill(
    ws: &Workspace,
    st: &mut Stage,
    f: StageFields,
    no_skills: bool,
    no_goals: bool,
) -> Result<(), CliError> {
    if let Some(s) = f.status {
        st.status = s;
    }
    if let Some(d) = f.description {
        st.description = d;
    }
    if let Some(p) = f.private_notes {
        st.private_notes = p;
    }
    if no_skills || !f.skill.is_empty() {
        st.skills = f.skill;
    }
    if no_goals || !f.goal.is_empty() {
        st.goals = (f.goal.iter().map(|g| goal_named(ws, g))).collect::<Result<_, _>>()?;
    }
    Ok(())
}

fn add(
    ctx: &Context,
    mentee: &str,
    title: &str,
    mut fields: StageFields,
    at: Option<u32>,
) -> Result<(), CliError> {
    let title = non_blank(title, &t!("cli-what-title"))?;
    let mut st = Stage::new(StageId::from_number(0), title);
    st.target = ctx.opt_date(fields.target.take().as_deref())?;
    let position = at.map(|n| usize::try_from(n.saturating_sub(1)).unwrap_or(usize::MAX));
    let (applied, ws) = ctx.apply(|ws| {
        fill(ws, &mut st, fields, false, false)?;
        let i = ws.resolve_mentee(mentee)?;
        Ok(Op::AddStage {
            mentee: ws.mentees[i].id.clone(),
            stage: Box::new(st),
            position,
        })
    })?;
    let Some(RecordRef::Stage(id)) = applied.created else {
        return Err(CliError::Input(t!("cli-stage-not-added")));
    };
    said(&ws, id.as_str(), Said::Added)
}

fn status(ctx: &Context, stage: &str, status: StageStatus) -> Result<(), CliError> {
    let (_, ws) = ctx.apply(|ws| {
        Ok(Op::SetStageStatus {
            stage: ws.stage_id(stage)?,
            status,
        })
    })?;
    said(&ws, stage, Said::Updated)
}

/// What happened to a stage, for [`said`].
enum Said {
    Added,
    Updated,
    /// Moved to this position (as typed, counting from 1).
    Moved(u32),
}

/// Prints "`what` stage st9 "Staff engineer" (2 of 3 in Alice's path, in-progress)."
fn said(ws: &Workspace, stage: &str, what: Said) -> Result<(), CliError> {
    let (m, k) = ws.find_stage(stage)?;
    let mentee = &ws.mentees[m];
    let st = &mentee.path.stages[k];
    let stage = t!(
        "cli-stage-said",
        id = st.id.to_string(),
        title = line(&st.title),
        n = k + 1,
        of = mentee.path.stages.len(),
        name = line(&mentee.name),
        status = key(&st.status)
    );
    let text = match what {
        Said::Added => t!("cli-stage-added", stage = stage),
        Said::Updated => t!("cli-stage-updated", stage = stage),
        Said::Moved(position) => t!("cli-stage-moved", position = position, stage = stage),
    };
    print(&format!("{text}\n"))
}

/// The mentee's level row for a skill.
fn level_of<'a>(m: &'a Mentee, skill: &str) -> Option<&'a SkillLevel> {
    let key = skill_key(skill);
    m.skills.iter().find(|l| skill_key(&l.skill) == key)
}

/// A level, or `-`.
fn show(n: Option<u8>) -> String {
    n.map_or_else(|| "-".into(), |n| n.to_string())
}

/// The status of a stage as a mark: done ✓, in progress ▶, skipped –, open ·.
fn mark(status: StageStatus) -> &'static str {
    match status {
        StageStatus::Done => "✓",
        StageStatus::InProgress => "▶",
        StageStatus::Skipped => "–",
        StageStatus::Open => "·",
    }
}

/// The width `path show` fits.
const WIDTH: usize = 80;

/// `text` on one line per `width` characters at most, broken between words (a word longer than
/// the line is cut).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let text = line(text);
    let mut rows: Vec<String> = Vec::new();
    let mut row = String::new();
    for word in text.split_whitespace() {
        let word = cut(word, width);
        let len = row.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            rows.push(std::mem::take(&mut row));
        }
        if !row.is_empty() {
            row.push(' ');
        }
        row.push_str(&word);
    }
    if !row.is_empty() {
        rows.push(row);
    }
    rows
}

/// `text` cut to `width` characters (an ellipsis marking the cut).
fn cut(text: &str, width: usize) -> String {
    let text = line(text);
    if text.chars().count() <= width {
        return text.into_owned();
    }
    let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// `mentor path show` as text: each stage in order with its status and target, then the
/// skills it needs with the mentee's levels and the goals that serve it; fits 80 columns.
pub fn path_text(m: &Mentee, today: NaiveDate) -> String {
    let mut out = match m.path.title.as_str() {
        "" => t!("cli-path-head", name = cut(&m.name, 60)),
        title => t!(
            "cli-path-head-titled",
            name = cut(&m.name, 30),
            title = cut(title, 44)
        ),
    };
    out.push('\n');
    if m.path.stages.is_empty() {
        out.push_str(&t!("cli-path-empty", id = m.id.to_string()));
        out.push('\n');
        return out;
    }
    // The words of every stage, looked up once; the two row labels padded to the same width.
    let (skill_word, goal_word) = (t!("cli-path-skill"), t!("cli-path-goal"));
    let label_width = skill_word.chars().count().max(goal_word.chars().count());
    let (skill_word, goal_word) = (
        format!("{skill_word:<label_width$}"),
        format!("{goal_word:<label_width$}"),
    );
    for (n, st) in m.path.stages.iter().enumerate() {
        let overdue = st.status.is_open() && st.target.is_some_and(|d| d < today);
        let target = match st.target {
            Some(_) => format!(
                "  {}",
                t!("cli-path-target", date = due_cell(st.target, overdue))
            ),
            None => String::new(),
        };
        let tail = format!("  [{}]{target}  {}", st.status, st.id);
        let room = WIDTH.saturating_sub(6 + tail.chars().count()).max(20);
        out.push_str(&format!(
            "\n{:>2}. {} {}{tail}\n",
            n + 1,
            mark(st.status),
            cut(&st.title, room)
        ));
        for row in wrap(&st.description, WIDTH - 6) {
            out.push_str(&format!("      {row}\n"));
        }
        for skill in &st.skills {
            let l = level_of(m, skill);
            let (now, aim) = (l.and_then(|l| l.current), l.and_then(|l| l.target));
            let gap = l.map_or(0, |l| l.gap());
            let levels = if gap > 0 {
                t!(
                    "cli-path-levels-gap",
                    now = show(now),
                    aim = show(aim),
                    gap = gap
                )
            } else {
                t!("cli-path-levels", now = show(now), aim = show(aim))
            };
            out.push_str(&format!(
                "      {skill_word} {:<30} {levels}\n",
                cut(skill, 30)
            ));
        }
        for id in &st.goals {
            if let Some(g) = m.goals.iter().find(|g| &g.id == id) {
                out.push_str(&format!(
                    "      {goal_word} {:<6} {:<38} {:<9} {}\n",
                    g.id,
                    cut(&g.title, 38),
                    g.status,
                    percent(progress(g))
                ));
            }
        }
    }
    out
}

/// `mentor path show --json`: the path with each stage's skills (with the mentee's levels) and
/// goals (with progress), and the mentee's levels.
pub fn path_json(m: &Mentee) -> Value {
    let level = |skill: &str| {
        let l = level_of(m, skill);
        json!({
            "skill": skill,
            "current": l.and_then(|l| l.current),
            "target": l.and_then(|l| l.target),
            "gap": l.map_or(0, |l| l.gap()),
        })
    };
    let stages: Vec<Value> = m
        .path
        .stages
        .iter()
        .enumerate()
        .map(|(n, st)| {
            let goals: Vec<Value> = (st.goals.iter())
                .filter_map(|id| m.goals.iter().find(|g| &g.id == id))
                .map(|g| json!({"id": g.id, "title": g.title, "status": g.status, "progress": progress(g)}))
                .collect();
            json!({
                "id": st.id,
                "position": n + 1,
                "title": st.title,
                "status": st.status,
                "target": st.target.map(|d| crate::domain::dates::iso(d).to_string()),
                "description": st.description,
                "private_notes": st.private_notes,
                "skills": st.skills.iter().map(|s| level(s)).collect::<Vec<_>>(),
                "goals": goals,
            })
        })
        .collect();
    json!({
        "mentee": m.id,
        "mentee_name": m.name,
        "title": m.path.title,
        "stages": stages,
        "skills": m.skills.iter().map(|l| level(&l.skill)).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_descriptions_wrap_between_words_and_long_titles_are_cut_to_fit() {
        assert_eq!(wrap("one two  three four", 9), ["one two", "three", "four"]);
        assert_eq!(wrap("abcdefghijkl x", 5), ["abcd…", "x"]);
        assert!(wrap("  ", 10).is_empty());
        let day = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default();
        let mut m = Mentee::new(crate::domain::MenteeId::from_number(1), "Ada", day);
        let mut st = Stage::new(
            StageId::from_number(2),
            "A very long stage title ".repeat(5),
        );
        st.status = StageStatus::InProgress;
        st.target = Some(day);
        st.description = "word ".repeat(40);
        st.skills.push("s".repeat(50));
        m.path.stages.push(st);
        let text = path_text(&m, day);
        assert!(text.lines().all(|l| l.chars().count() <= WIDTH), "{text}");
        assert!(
            text.contains("…  [in-progress]  target 2026-11-29  st2"),
            "{text}"
        );
        assert_eq!(
            text.matches("word").count(),
            40,
            "nothing of the description is lost"
        );
    }
}
