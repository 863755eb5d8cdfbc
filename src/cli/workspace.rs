//! Commands about the store as a whole: the summary, `where`, `profile`.

use super::args::ProfileArgs;
use super::context::{CliError, Context, LOCK_WAIT, within};
use super::output::{print, print_json};
use crate::domain::derived::{goal_overdue, mentor_load, next_checkin};
use crate::domain::rules;
use crate::domain::text::plural;
use crate::domain::{MenteeStatus, text};
use crate::store::access::Access;
use crate::store::{self, OpenOptions, Store, paths::StorePaths};
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
    let capacity = match load.capacity_hours_per_month {
        Some(c) => format!(", {:.1} of {c:.1} hours a month", load.hours_per_month),
        None => String::new(),
    };
    print(&format!(
        "Store: {}\n{} ({active} active), {} ({overdue_goals} overdue), {} overdue{capacity}.\nRun `mentor` in a terminal for the full-screen app, or `mentor --help` for the commands.\n",
        store.paths().data.display(),
        plural(ws.mentees.len(), "mentee", "mentees"),
        plural(goals, "goal", "goals"),
        plural(overdue_checkins, "check-in", "check-ins"),
    ))?;
    Ok(())
}

/// `mentor` on a terminal: the full-screen app. Another editor holding the store, a file of a
/// newer format, or a folder it may not write in opens it read-only with a banner; a file that
/// cannot be read is refused as by every command.
pub fn interactive(ctx: &Context, demo: bool) -> Result<(), CliError> {
    let mut _demo_dir = None;
    let launch = if demo {
        let dir = tempfile::tempdir().map_err(CliError::io("cannot make a folder for the demo"))?;
        let path = dir.path().join("demo.json");
        let (mut store, _) = Store::open(&path, &OpenOptions::default())?;
        let ws = crate::demo::demo_workspace(ctx.today());
        store.save(&ws)?;
        _demo_dir = Some(dir);
        Launch {
            store: Some(store),
            workspace: ws,
            label: "demo workspace (a temporary copy; your store is not touched)".into(),
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
    match crate::tui::main(launch).map_err(CliError::io("cannot use the terminal"))? {
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
        let mut out = format!("store    {}\n", paths.given.display());
        if paths.data != paths.given {
            out.push_str(&format!(
                "file     {} (the link's target)\n",
                paths.data.display()
            ));
        }
        if !exists {
            out.push_str("         (not created yet: `mentor` or any change creates it)\n");
        }
        out.push_str(&format!(
            "lock     {}\nbackups  {}\n",
            paths.lock.display(),
            paths.backups.display()
        ));
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
        "(not set)".to_string()
    } else {
        text::line(&ws.mentor.name).into_owned()
    };
    let capacity = match (ws.mentor.capacity_hours_per_month, ws.mentor.capacity()) {
        (Some(c), _) => format!("{c:.1} hours a month"),
        (None, Some(c)) => {
            format!("{c:.1} hours a month (the config file's; the profile sets none)")
        }
        (None, None) => "(not set)".to_string(),
    };
    let minutes = ws.mentor.default_session_minutes.map_or_else(
        || "(not set: 60 assumed)".to_string(),
        |m| plural(m as usize, "minute", "minutes"),
    );
    let mut out = format!(
        "name              {name}\ncapacity          {capacity}\nsession length    {minutes}\nload              {:.1} hours a month from {} with a cadence\n",
        load.hours_per_month,
        plural(load.per_mentee.len(), "active mentee", "active mentees")
    );
    if load.over_capacity() {
        out.push_str("warning           the load is over capacity\n");
    }
    print(&out)?;
    Ok(())
}
