//! `mentor conflicts` and `mentor conflicts resolve`: what a sync's merge could not decide.

use super::args::{ConflictsArgs, ConflictsCmd};
use super::output::{print, print_json};
use super::{CliError, Context};
use crate::domain::Workspace;
use crate::domain::conflict::{Conflict, ConflictKind};
use crate::domain::ops::Op;
use crate::domain::text;
use crate::t;
use serde_json::{Value, json};

pub fn run(ctx: &Context, args: ConflictsArgs) -> Result<(), CliError> {
    match args.cmd {
        None => list(ctx, args.json),
        Some(ConflictsCmd::Resolve {
            id,
            keep: _,
            take_other,
        }) => resolve(ctx, &id, take_other),
    }
}

/// One conflict, in the words a listing uses.
struct Described {
    mentee: Option<String>,
    record: Option<(&'static str, String)>,
    field: String,
}

/// The mentee (by name), the record (kind and ID) and the field a conflict is about.
fn describe(ws: &Workspace, c: &Conflict) -> Described {
    let mentee = c.mentee().map(|id| {
        ws.mentees
            .iter()
            .find(|m| m.id.as_str() == id)
            .map_or_else(|| id.to_string(), |m| m.name.clone())
    });
    let record = c.record_ref().map(|r| (r.kind(), r.as_str().to_string()));
    Described {
        mentee,
        record,
        field: c.field(),
    }
}

/// A value as a listing shows it: text as it is, anything else as compact JSON.
fn shown(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => t!("conflicts-none"),
        other => other.to_string(),
    }
}

fn list(ctx: &Context, json: bool) -> Result<(), CliError> {
    let ws = ctx.read()?;
    if json {
        let items: Vec<Value> = ws.conflicts.iter().map(|c| as_json(&ws, c)).collect();
        return print_json(&items);
    }
    print(&list_text(&ws))
}

/// The listing as text: per conflict, a line naming it (ID, mentee, record, field, the day
/// found) and a line for each side's value, cut to fit the width.
fn list_text(ws: &Workspace) -> String {
    if ws.conflicts.is_empty() {
        return format!("{}\n", t!("conflicts-empty"));
    }
    let room = super::output::width().saturating_sub(15).max(20);
    let mut out = String::new();
    for c in &ws.conflicts {
        let d = describe(ws, c);
        let mut place: Vec<String> = Vec::new();
        place.extend(d.mentee.map(|m| text::line(&m).into_owned()));
        place.extend(d.record.map(|(kind, id)| {
            format!("{} {}", crate::domain::shown::record(kind), text::line(&id))
        }));
        if !d.field.is_empty() {
            place.push(text::line(&d.field).into_owned());
        }
        let found = t!("conflicts-found-on", date = c.found_on.to_string());
        out.push_str(&format!("{}  {}  ({found})\n", c.id, place.join(" · ")));
        match c.kind {
            ConflictKind::Removed => {
                out.push_str(&format!("  {}\n", t!("conflicts-removed-kept")));
            }
            ConflictKind::Field => {
                let labels = [t!("conflicts-kept-here"), t!("conflicts-other-side")];
                let wide = labels.iter().map(|l| text::width(l)).max().unwrap_or(0);
                for (label, value) in labels.iter().zip([&c.kept, &c.other]) {
                    let value = text::line(&shown(value)).into_owned();
                    let pad = " ".repeat(wide + 1 - text::width(label));
                    out.push_str(&format!("  {label}{pad}{}\n", text::fit(&value, room)));
                }
            }
        }
    }
    out
}

/// One conflict for scripts: the names a listing shows, and the values as they are.
fn as_json(ws: &Workspace, c: &Conflict) -> Value {
    let d = describe(ws, c);
    json!({
        "id": c.id,
        "kind": match c.kind { ConflictKind::Field => "field", ConflictKind::Removed => "removed" },
        "mentee_id": c.mentee(),
        "mentee": d.mentee,
        "record_kind": d.record.as_ref().map(|(k, _)| *k),
        "record": d.record.as_ref().map(|(_, id)| id.clone()),
        "field": d.field,
        "path": c.path,
        "kept": c.kept,
        "other": c.other,
        "found_on": c.found_on.to_string(),
    })
}

/// The one conflict `typed` names: its ID, or the unique start of one.
fn find<'a>(ws: &'a Workspace, typed: &str) -> Result<&'a Conflict, CliError> {
    let typed = typed.trim();
    if let Some(c) = ws.conflicts.iter().find(|c| c.id == typed) {
        return Ok(c);
    }
    let matching: Vec<&Conflict> = ws
        .conflicts
        .iter()
        .filter(|c| !typed.is_empty() && c.id.starts_with(typed))
        .collect();
    match matching.as_slice() {
        [one] => Ok(one),
        [] => Err(CliError::Input(t!(
            "conflicts-no-match",
            typed = text::line(typed).into_owned()
        ))),
        many => Err(CliError::Input(t!(
            "conflicts-ambiguous",
            typed = text::line(typed).into_owned(),
            count = many.len(),
            ids = many
                .iter()
                .map(|c| c.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

fn resolve(ctx: &Context, typed: &str, take_other: bool) -> Result<(), CliError> {
    let mut said = String::new();
    ctx.apply(|ws| {
        let c = find(ws, typed)?;
        said = resolved_text(ws, c, take_other);
        Ok(Op::ResolveConflict {
            id: c.id.clone(),
            take_other,
        })
    })?;
    print(&said)
}

/// What settling a conflict did, in words.
fn resolved_text(ws: &Workspace, c: &Conflict, take_other: bool) -> String {
    let d = describe(ws, c);
    let mut what = Vec::new();
    if let Some(name) = &d.mentee {
        what.push(text::line(name).into_owned());
    }
    if let Some((kind, id)) = &d.record
        && *kind != "mentee"
    {
        what.push(format!("{} {id}", crate::domain::shown::record(kind)));
    }
    if !d.field.is_empty() {
        what.push(d.field.clone());
    }
    let what = what.join(", ");
    let done = match (c.kind, take_other) {
        (ConflictKind::Removed, true) => "removed",
        (ConflictKind::Removed, false) => "kept",
        (ConflictKind::Field, true) => "theirs",
        (ConflictKind::Field, false) => "ours",
    };
    let said = t!(
        "conflicts-settled",
        id = c.id.as_str(),
        what = what,
        done = done
    );
    format!("{said}\n")
}
