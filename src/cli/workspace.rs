//! Commands about the store as a whole: the summary, `where`, `profile`.

use super::args::ProfileArgs;
use super::context::{CliError, Context, LOCK_WAIT, within};
use super::output::{one_decimal, print, print_json};
use crate::domain::derived::{goal_overdue, mentor_load, next_checkin};
use crate::domain::rules;
use crate::domain::{MenteeStatus, text};
use crate::store::access::Access;
use crate::store::{self, OpenOptions, Store, paths::StorePaths};
use crate::t;
use crate::tui::Launch;
use serde_json::json;

/// `mentor` alone: open (creating on first run) and summarise the store.
pub fn summary(ctx: &Context) -> Result<(), CliError> {
    let options = OpenOptions {
        lock_wait: LOCK_WAIT,
        ..OpenOptions::default()
    };
    let (store, ws) = Store::open(&ctx.store, &options)?;
    let today = ctx.today();
    let active = ws
        .mentees
        .iter()
        .filter(|m| m.status == MenteeStatus::Active)
        .count();
    let goals: usize = ws.mentees.iter().map(|m| m.goals.len()).sum();
    let overdue_goals: usize = ws
        .mentees
        .iter()
        .flat_map(|m| &m.goals)
        .filter(|g| goal_overdue(g, today))
        .count();
    let overdue_checkins = ws
        .mentees
        .iter()
        .filter(|m| next_checkin(m, today).is_some_and(|c| c.days_overdue > 0))
        .count();
    let load = mentor_load(&ws);
    let counts = t!(
        "cli-summary-counts",
        mentees = ws.mentees.len(),
        active = active,
        goals = goals,
        overdue_goals = overdue_goals,
        checkins = overdue_checkins
    );
    let line = match load.capacity_hours_per_month {
        Some(c) => t!(
            "cli-summary-with-load",
            counts = counts,
            hours = one_decimal(load.hours_per_month),
            capacity = one_decimal(c)
        ),
        None => t!("cli-summary", counts = counts),
    };
    print(&format!(
        "{}\n{line}\n{}\n",
        t!(
            "cli-summary-store",
            path = store.paths().data.display().to_string()
        ),
        t!("cli-summary-hint")
    ))?;
    Ok(())
}

/// `mentor` on a terminal: the full-screen app. Another editor holding the store, a file of a
/// newer format, or a folder it may not write in opens it read-only with a banner; a file that
/// cannot be read is refused as by every command.
pub fn interactive(ctx: &Context, demo: bool) -> Result<(), CliError> {
    let mut _demo_dir = None;
    let launch = if demo {
        let dir = tempfile::tempdir().map_err(CliError::io(t!("cli-io-demo")))?;
        let path = dir.path().join("demo.json");
        let (mut store, _) = Store::open(&path, &OpenOptions::default())?;
        let ws = crate::demo::demo_workspace(ctx.today());
        store.save(&ws)?;
        _demo_dir = Some(dir);
        Launch {
            store: Some(store),
            workspace: ws,
            label: t!("cli-demo-label"),
            read_only: None,
            watch: None,
            reopen: false,
            settings: ctx.settings.clone(),
        }
    } else {
        let label = ctx.store.display().to_string();
        let fs = std::sync::Arc::new(store::RealFs);
        match store::access::open_for_app(&ctx.store, &OpenOptions::default(), fs)? {
            Access::Edit(store, workspace) => Launch {
                store: Some(*store),
                workspace,
                label,
                read_only: None,
                watch: Some(ctx.store.clone()),
                reopen: false,
                settings: ctx.settings.clone(),
            },
            Access::ReadOnly { workspace, reason } => Launch {
                store: None,
                workspace,
                label,
                reopen: reason == store::access::HELD_ELSEWHERE,
                read_only: Some(reason),
                watch: Some(ctx.store.clone()),
                settings: ctx.settings.clone(),
            },
        }
    };
    match crate::tui::main(launch).map_err(CliError::io(t!("cli-io-terminal")))? {
        Some(why) => Err(CliError::NotSaved(why)),
        None => Ok(()),
    }
}

/// `mentor where`.
pub fn show_where(ctx: &Context, json: bool) -> Result<(), CliError> {
    let paths = StorePaths::resolve(&ctx.store)
        .map_err(|e| CliError::Input(format!("{}: {e}", ctx.store.display())))?;
    let exists = paths.data.exists();
    if json {
        print_json(&json!({
            "store": paths.given,
            "file": paths.data,
            "exists": exists,
            "lock": paths.lock,
            "backups": paths.backups,
        }))?;
    } else {
        // The labels are padded to the longest of them, in whichever language.
        let labels = [
            t!("cli-where-store"),
            t!("cli-where-file"),
            t!("cli-where-lock"),
            t!("cli-where-backups"),
        ];
        let w = labels.iter().map(|l| text::width(l)).max().unwrap_or(0) + 2;
        let row = |label: &str, value: String| {
            let pad = " ".repeat(w.saturating_sub(text::width(label)));
            format!("{label}{pad}{value}\n")
        };
        let mut out = row(&labels[0], paths.given.display().to_string());
        if paths.data != paths.given {
            let file = paths.data.display().to_string();
            out.push_str(&row(&labels[1], t!("cli-where-link-target", path = file)));
        }
        if !exists {
            out.push_str(&row("", t!("cli-where-not-created")));
        }
        out.push_str(&row(&labels[2], paths.lock.display().to_string()));
        out.push_str(&row(&labels[3], paths.backups.display().to_string()));
        print(&out)?;
    }
    Ok(())
}

/// `mentor profile`.
pub fn profile(ctx: &Context, a: ProfileArgs) -> Result<(), CliError> {
    let changing = a.name.is_some() || a.capacity.is_some() || a.session_minutes.is_some();
    if let Some(c) = a.capacity {
        within("--capacity", rules::capacity_hours(c))?;
    }
    if let Some(m) = a.session_minutes {
        within("--session-minutes", rules::minutes(m))?;
    }
    let ws = if changing {
        ctx.apply(|ws| {
            let mut p = ws.mentor.clone();
            if let Some(name) = &a.name {
                p.name = name.trim().to_string();
            }
            if a.capacity.is_some() {
                p.capacity_hours_per_month = a.capacity;
            }
            if a.session_minutes.is_some() {
                p.default_session_minutes = a.session_minutes;
            }
            Ok(crate::domain::ops::Op::SetProfile(p))
        })?
        .1
    } else {
        ctx.read()?
    };
    let load = mentor_load(&ws);
    if a.json {
        print_json(
            &json!({ "profile": ws.mentor, "load": load, "over_capacity": load.over_capacity() }),
        )?;
        return Ok(());
    }
    let name = if ws.mentor.name.is_empty() {
        t!("cli-profile-not-set")
    } else {
        text::line(&ws.mentor.name).into_owned()
    };
    let capacity = match (ws.mentor.capacity_hours_per_month, ws.mentor.capacity()) {
        (Some(c), _) => t!("cli-profile-hours", hours = one_decimal(c)),
        (None, Some(c)) => t!("cli-profile-hours-config", hours = one_decimal(c)),
        (None, None) => t!("cli-profile-not-set"),
    };
    let minutes = ws.mentor.default_session_minutes.map_or_else(
        || t!("cli-profile-minutes-assumed"),
        |m| t!("cli-minutes", count = m),
    );
    let load_text = t!(
        "cli-profile-load-value",
        hours = one_decimal(load.hours_per_month),
        count = load.per_mentee.len()
    );
    let mut rows = vec![
        (t!("cli-profile-name"), name),
        (t!("cli-profile-capacity"), capacity),
        (t!("cli-profile-length"), minutes),
        (t!("cli-profile-load"), load_text),
    ];
    if load.over_capacity() {
        rows.push((t!("cli-profile-warning"), t!("cli-profile-over")));
    }
    let mut out = String::new();
    for (label, value) in rows {
        // Labels in a column of 18, as they always were (wider when a language needs it).
        let pad = 18usize.saturating_sub(text::width(&label)).max(1);
        out.push_str(&format!("{label}{}{value}\n", " ".repeat(pad)));
    }
    print(&out)?;
    Ok(())
}
