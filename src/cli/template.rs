//! `mentor template ...`: the built-in and user templates, applying one to a mentee (or
//! showing what it would add), saving a mentee's plan as one, and agenda prompts.

use super::args::{TemplateArgs, TemplateCmd};
use super::context::{CliError, Context};
use super::output::{print, print_json};
use crate::domain::ops::Op;
use crate::domain::template::{
    self, QuestionSet, agenda_prompts, describe, from_mentee, next_session_prompts,
};
use crate::domain::text::line;
use crate::store::templates::{self as user, Catalog, Entry, Source};
use crate::t;
use serde_json::json;
use std::path::PathBuf;

pub fn run(ctx: &Context, a: TemplateArgs) -> Result<(), CliError> {
    let dir = a.dir.clone().or_else(user::default_dir);
    match a.cmd {
        TemplateCmd::List { json } => list(&catalog(dir), json),
        TemplateCmd::Show { name, json } => {
            let c = catalog(dir);
            let t = &find(&c, &name)?.template;
            if json {
                print_json(t)
            } else {
                print(&describe(t))
            }
        }
        TemplateCmd::Apply {
            name,
            mentee,
            start,
            dry_run,
        } => apply(
            ctx,
            &catalog(dir),
            &name,
            &mentee,
            start.as_deref(),
            dry_run,
        ),
        TemplateCmd::Save { name, from, force } => save(ctx, dir, &name, &from, force),
        TemplateCmd::Prompts {
            set,
            mentee,
            template: t,
        } => prompts(ctx, dir, set.as_deref(), mentee.zip(t)),
    }
}

/// The catalog, with each user file that could not be read named on stderr.
fn catalog(dir: Option<PathBuf>) -> Catalog {
    let c = user::catalog(dir.as_deref());
    for e in &c.errors {
        eprintln!(
            "mentor: {}",
            t!("cli-template-skipped", error = e.to_string())
        );
    }
    c
}

fn find<'a>(c: &'a Catalog, name: &str) -> Result<&'a Entry, CliError> {
    c.find(name)
        .ok_or_else(|| CliError::Input(t!("cli-template-unknown", name = line(name))))
}

fn source_text(s: &Source) -> String {
    match s {
        Source::Builtin => t!("cli-template-builtin"),
        Source::User {
            path,
            shadows: true,
        } => t!(
            "cli-template-yours-replaces",
            path = path.display().to_string()
        ),
        Source::User { path, .. } => t!("cli-template-yours", path = path.display().to_string()),
    }
}

fn list(c: &Catalog, json: bool) -> Result<(), CliError> {
    if json {
        let rows: Vec<_> = c
            .entries
            .iter()
            .map(|e| {
                let (source, path, shadows) = match &e.source {
                    Source::Builtin => ("built-in", None, false),
                    Source::User { path, shadows } => ("user", Some(path), *shadows),
                };
                json!({
                    "name": e.template.name,
                    "title": e.template.title,
                    "kind": e.template.kind,
                    "source": source,
                    "path": path,
                    "shadows_builtin": shadows,
                })
            })
            .collect();
        return print_json(&rows);
    }
    let width = c
        .entries
        .iter()
        .map(|e| e.template.name.len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for e in &c.entries {
        out.push_str(&format!(
            "{:width$}  {:6}  {}  [{}]\n",
            e.template.name,
            e.template.kind.name(),
            line(&e.template.title),
            source_text(&e.source)
        ));
    }
    print(&out)
}

fn apply(
    ctx: &Context,
    c: &Catalog,
    name: &str,
    mentee: &str,
    start: Option<&str>,
    dry_run: bool,
) -> Result<(), CliError> {
    let t = find(c, name)?.template.clone();
    let start = match start {
        Some(text) => ctx.date(text)?,
        None => ctx.today(),
    };
    let plan_for = |ws: &crate::domain::Workspace| -> Result<_, CliError> {
        let i = ws.resolve_mentee(mentee)?;
        let p = template::plan(&t, start, &ws.mentees[i], ws)
            .map_err(|e| CliError::Input(format!("--start {e}")))?;
        Ok((ws.mentees[i].id.clone(), ws.mentees[i].name.clone(), p))
    };
    if dry_run {
        let (_, who, p) = plan_for(&ctx.read()?)?;
        return print(&report(&p, &who, true));
    }
    let mut shown = None;
    ctx.apply(|ws| {
        let (id, who, p) = plan_for(ws)?;
        shown = Some(report(&p, &who, false));
        Ok(Op::ApplyTemplate {
            mentee: id,
            template: Box::new(t.clone()),
            start,
        })
    })?;
    print(&shown.unwrap_or_default())
}

/// What a plan adds (or, for a dry run, would add), one line each, or that it adds nothing.
fn report(p: &template::Plan, who: &str, dry_run: bool) -> String {
    let lines = p.lines();
    let (who, template) = (line(who), p.template.to_string());
    if lines.is_empty() {
        let text = if dry_run {
            t!("cli-template-has-all-dry", name = who, template = template)
        } else {
            t!("cli-template-has-all", name = who, template = template)
        };
        return format!("{text}\n");
    }
    let start = crate::domain::dates::iso(p.start).to_string();
    let head = if dry_run {
        t!(
            "cli-template-would-add",
            name = who,
            template = template,
            start = start,
            count = lines.len()
        )
    } else {
        t!(
            "cli-template-added",
            name = who,
            template = template,
            start = start,
            count = lines.len()
        )
    };
    let mut out = format!("{head}\n");
    for l in lines {
        out.push_str(&format!("  {l}\n"));
    }
    out
}

fn save(
    ctx: &Context,
    dir: Option<PathBuf>,
    name: &str,
    from: &str,
    force: bool,
) -> Result<(), CliError> {
    let dir = dir.ok_or_else(|| CliError::Input(t!("cli-template-no-dir")))?;
    let ws = ctx.read()?;
    let i = ws.resolve_mentee(from)?;
    let t = from_mentee(&ws, i, name, ctx.today()).map_err(|e| CliError::Input(e.to_string()))?;
    if !force
        && template::BUILTIN_FILES
            .iter()
            .any(|(f, _)| f.strip_suffix(".toml") == Some(name))
    {
        eprintln!("mentor: {}", t!("cli-template-shadows", name = name));
    }
    let path = user::write(&dir, &t, force).map_err(|e| match e {
        user::WriteError::Exists(p) => {
            CliError::Input(t!("cli-template-exists", path = p.display().to_string()))
        }
        other => CliError::Input(other.to_string()),
    })?;
    print(&format!(
        "{}\n{}\n",
        t!(
            "cli-template-saved",
            mentee = line(&ws.mentees[i].name),
            name = name,
            stages = t.path.stages.len(),
            goals = t.goals.len(),
            path = path.display().to_string()
        ),
        t!("cli-template-apply-hint", name = name)
    ))
}

fn prompts(
    ctx: &Context,
    dir: Option<PathBuf>,
    set: Option<&str>,
    next: Option<(String, String)>,
) -> Result<(), CliError> {
    let chosen = set
        .map(|s| {
            QuestionSet::from_name(s)
                .ok_or_else(|| CliError::Input(t!("cli-template-no-set", name = line(s))))
        })
        .transpose()?;
    match (chosen, next) {
        (_, Some((mentee, name))) => {
            let c = catalog(dir);
            let t = &find(&c, &name)?.template;
            let ws = ctx.read()?;
            let i = ws.resolve_mentee(&mentee)?;
            let text =
                next_session_prompts(Some(t), &ws.mentees[i], chosen.unwrap_or(QuestionSet::Grow));
            print(&format!("{text}\n"))
        }
        (Some(set), None) => print(&format!("{}\n", agenda_prompts(set))),
        (None, None) => {
            let mut out = String::new();
            for s in QuestionSet::ALL {
                out.push_str(&format!("{:13}  {}\n", s.name(), s.title()));
            }
            print(&out)
        }
    }
}
