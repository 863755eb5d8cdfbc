//! `mentor config ...`, `mentor completions` and `mentor man`.
//!
//! Completions are clap_complete's dynamic ones: the script a shell sources only registers
//! mentor, and asks `MENTOR_COMPLETE=<shell> mentor -- <words>` for the candidates while the
//! user types.
//! That way the same engine completes commands and options, and the values only the store
//! knows: every argument that names a mentee offers their IDs and names. `--static` writes
//! clap_complete's script that knows the commands and options by itself.

use super::args::{Cli, CompletionsArgs, ConfigCmd, ManArgs, ShellName};
use super::output::{print, print_json};
use super::{CliError, Context};
use crate::app::keymap;
use crate::domain::config::Config;
use crate::domain::schedule::Zone;
use crate::domain::text;
use crate::store::config as file;
use crate::tui::settings::Settings;
use clap::CommandFactory;
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use clap_complete::env::{Bash, CompleteEnv, EnvCompleter, Fish, Powershell, Zsh};
use serde_json::json;
use std::ffi::OsStr;

/// The environment variable the completion scripts set when they ask mentor for candidates.
pub const COMPLETE_ENV: &str = "MENTOR_COMPLETE";

/// The command line, with every argument that names a mentee completing their IDs and names.
pub fn command() -> clap::Command {
    with_mentees(Cli::command())
}

fn with_mentees(cmd: clap::Command) -> clap::Command {
    let ids: Vec<clap::Id> = cmd
        .get_arguments()
        .filter(|a| {
            a.get_id() == "mentee"
                || a.get_value_names()
                    .is_some_and(|names| names.iter().any(|n| n == "MENTEE"))
        })
        .map(|a| a.get_id().clone())
        .collect();
    let mut cmd = cmd;
    for id in ids {
        cmd = cmd.mut_arg(id, |a| a.add(ArgValueCompleter::new(mentee_candidates)));
    }
    cmd.mut_subcommands(with_mentees)
}

/// The mentees of the store (`MENTOR_STORE`, else the default one) whose ID or name starts with
/// what is typed (in any case): each ID with the name as its help, and each name.
fn mentee_candidates(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy().to_lowercase();
    let path = match std::env::var_os("MENTOR_STORE") {
        Some(p) if !p.is_empty() => Some(std::path::PathBuf::from(p)),
        _ => crate::store::paths::default_store_path(),
    };
    let Some(Ok(loaded)) = path.map(|p| crate::store::load_or_empty(&p)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for m in &loaded.workspace.mentees {
        let id = m.id.to_string();
        let name = text::line(&m.name).into_owned();
        if id.starts_with(&typed) {
            out.push(CompletionCandidate::new(&id).help(Some(name.clone().into())));
        }
        if name.to_lowercase().starts_with(&typed) {
            out.push(CompletionCandidate::new(&name).help(Some(id.into())));
        }
    }
    out
}

/// Answers a completion script's question and exits, when `MENTOR_COMPLETE` is set; else
/// returns. (Not clap's usual `COMPLETE`: a variable of that name set for something else would
/// turn every command into a completion.)
pub fn complete_from_env() {
    CompleteEnv::with_factory(command)
        .var(COMPLETE_ENV)
        .complete();
}

fn completer(shell: ShellName) -> &'static dyn EnvCompleter {
    match shell {
        ShellName::Bash => &Bash,
        ShellName::Zsh => &Zsh,
        ShellName::Fish => &Fish,
        ShellName::Powershell => &Powershell,
    }
}

/// The script of `shell`: the dynamic registration, or with `fixed` clap_complete's own.
pub fn completion_script(shell: ShellName, fixed: bool) -> Result<Vec<u8>, std::io::Error> {
    let mut buf = Vec::new();
    if fixed {
        let shell = match shell {
            ShellName::Bash => clap_complete::Shell::Bash,
            ShellName::Zsh => clap_complete::Shell::Zsh,
            ShellName::Fish => clap_complete::Shell::Fish,
            ShellName::Powershell => clap_complete::Shell::PowerShell,
        };
        clap_complete::generate(shell, &mut Cli::command(), "mentor", &mut buf);
    } else {
        completer(shell).write_registration(
            COMPLETE_ENV,
            "mentor",
            "mentor",
            "mentor",
            &mut buf,
        )?;
    }
    Ok(buf)
}

/// `mentor completions SHELL`.
pub fn completions(a: CompletionsArgs) -> Result<(), CliError> {
    let script = completion_script(a.shell, a.fixed)
        .map_err(CliError::io("cannot write the completion script"))?;
    print(&String::from_utf8_lossy(&script))
}

/// `mentor man [--out DIR]`.
pub fn man(a: ManArgs) -> Result<(), CliError> {
    match a.out {
        Some(dir) => {
            let what = format!("cannot write the man pages to {}", dir.display());
            std::fs::create_dir_all(&dir).map_err(CliError::io(what.clone()))?;
            clap_mangen::generate_to(Cli::command(), &dir).map_err(CliError::io(what))?;
            let pages = std::fs::read_dir(&dir)
                .map(|d| {
                    d.filter_map(Result::ok)
                        .filter(|e| e.file_name().to_string_lossy().ends_with(".1"))
                        .count()
                })
                .unwrap_or(0);
            eprintln!(
                "mentor: wrote {pages} man pages to {} (man -l {}/mentor.1)",
                dir.display(),
                dir.display()
            );
            Ok(())
        }
        None => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut buf)
                .map_err(CliError::io("cannot write the man page"))?;
            print(&String::from_utf8_lossy(&buf))
        }
    }
}

/// `mentor config ...`.
pub fn config(ctx: &Context, cmd: ConfigCmd) -> Result<(), CliError> {
    let s = &ctx.settings;
    let path = || {
        s.path.clone().ok_or_else(|| {
            CliError::Input(format!(
                "cannot find a configuration directory; set {} to a file",
                file::FILE_ENV
            ))
        })
    };
    match cmd {
        ConfigCmd::Path => print(&format!("{}\n", path()?.display())),
        ConfigCmd::Init { force } => {
            let path = path()?;
            file::init(&path, force).map_err(|e| match e {
                file::InitError::Exists(_) => CliError::Input(e.to_string()),
                file::InitError::Io { source, .. } => CliError::Io {
                    what: format!("cannot write {}", path.display()),
                    source,
                },
            })?;
            print(&format!(
                "wrote {} (every setting commented out at its default)\n",
                path.display()
            ))
        }
        ConfigCmd::Show { json } => show(s, json),
        ConfigCmd::Keys => keys(),
    }
}

/// Every setting in force: its key, its value, and where it comes from.
pub fn rows(s: &Settings) -> Vec<(String, String, &'static str)> {
    let c: &Config = &s.config;
    let src = |set: bool| if set { "file" } else { "default" };
    let none = || "(none)".to_string();
    let zone = match crate::tui::local_zone() {
        Zone::Named(tz) => tz.name().to_string(),
        Zone::Fixed(offset) => offset.to_string(),
    };
    let n = &c.new_mentee;
    let mut rows = vec![
        (
            "language".into(),
            c.language
                .clone()
                .unwrap_or_else(|| "(from --lang, LC_ALL, LC_MESSAGES, LANG)".into()),
            src(c.language.is_some()),
        ),
        (
            "week_start".into(),
            c.week_start().name().into(),
            src(c.week_start.is_some()),
        ),
        ("time_zone".into(), zone, src(c.time_zone.is_some())),
        (
            "capacity".into(),
            c.capacity.map_or_else(
                || "(none: the profile's, `mentor profile`)".into(),
                |h| format!("{h:.1} hours a month, where the profile sets none"),
            ),
            src(c.capacity.is_some()),
        ),
        (
            "theme".into(),
            c.theme().name().into(),
            src(c.theme.is_some()),
        ),
        (
            "mouse".into(),
            if c.mouse() { "on" } else { "off" }.into(),
            src(c.mouse.is_some()),
        ),
        (
            "new_mentee.cadence".into(),
            n.cadence.map_or_else(none, |x| x.to_string()),
            src(n.cadence.is_some()),
        ),
        (
            "new_mentee.session_minutes".into(),
            n.session_minutes.map_or_else(none, |m| m.to_string()),
            src(n.session_minutes.is_some()),
        ),
        (
            "new_mentee.channel".into(),
            n.channel.map_or_else(none, |ch| ch.name().to_string()),
            src(n.channel.is_some()),
        ),
    ];
    for (table, entries) in [("colors", &c.colors), ("keys", &c.keys)] {
        for e in entries {
            rows.push((format!("{table}.{}", e.name), e.values.join(", "), "file"));
        }
    }
    rows
}

fn show(s: &Settings, as_json: bool) -> Result<(), CliError> {
    let rows = rows(s);
    let file_state = match (&s.path, &s.error, s.from_file) {
        (None, _, _) => "no configuration directory".to_string(),
        (Some(_), Some(_), _) => "not used: it has an error (see below)".into(),
        (Some(_), None, true) => "in force".into(),
        (Some(_), None, false) => "not there: every setting is its default".into(),
    };
    if as_json {
        let settings: Vec<_> = rows
            .iter()
            .map(|(k, v, from)| json!({ "key": k, "value": v, "from": from }))
            .collect();
        return print_json(&json!({
            "file": s.path,
            "state": file_state,
            "error": s.error.as_ref().map(|e| e.to_string()),
            "settings": settings,
        }));
    }
    let shown = s
        .path
        .as_ref()
        .map_or_else(String::new, |p| p.display().to_string());
    let mut out = format!("file: {shown} ({file_state})\n");
    if let Some(e) = &s.error {
        out.push_str(&format!("error: {}\n", text::block(&e.to_string())));
    }
    out.push('\n');
    let width = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let vwidth = rows
        .iter()
        .map(|r| text::width(&r.1))
        .max()
        .unwrap_or(0)
        .min(48);
    for (k, v, from) in &rows {
        let v = text::line(v);
        let pad = vwidth.saturating_sub(text::width(&v));
        out.push_str(&format!("{k:<width$}  {v}{}  {from}\n", " ".repeat(pad)));
    }
    print(&out)
}

/// `mentor config keys`: each action once, with its keys and what it does.
fn keys() -> Result<(), CliError> {
    let mut seen: Vec<String> = Vec::new();
    let mut rows: Vec<(String, String, String)> = Vec::new();
    for b in keymap::bindings() {
        let name = keymap::action_name(&b.action);
        let keys: Vec<String> = b.keys.iter().map(keymap::key_name).collect();
        if let Some(i) = seen.iter().position(|n| *n == name) {
            for k in keys {
                if !rows[i].1.split(' ').any(|x| x == k) {
                    rows[i].1.push_str(&format!(" {k}"));
                }
            }
            continue;
        }
        seen.push(name.clone());
        rows.push((name, keys.join(" "), crate::i18n::tr(b.help)));
    }
    let w0 = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let w1 = rows.iter().map(|r| text::width(&r.1)).max().unwrap_or(0);
    let mut out =
        String::from("# action = key(s) in [keys] of the config file; then what it does\n");
    for (name, keys, help) in rows {
        let pad = w1.saturating_sub(text::width(&keys));
        out.push_str(&format!("{name:<w0$}  {keys}{}  {help}\n", " ".repeat(pad)));
    }
    print(&out)
}
