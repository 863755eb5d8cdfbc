//! Usage errors from clap, as one line: `mentor: what is wrong (usage: …)`.

use crate::domain::text;
use crate::i18n::Lang;
use crate::t;
use clap::error::ErrorKind;
use std::process::ExitCode;

/// Prints `e` and returns the exit code: help and version as clap prints them (exit 0), anything
/// else as one line on stderr (exit 2).
pub fn fail(e: clap::Error) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => e.exit(),
        _ => {
            early_language();
            eprintln!("mentor: {}", one_line(&e.render().to_string(), e.kind()));
            ExitCode::from(2)
        }
    }
}

/// The language of a usage error, chosen as `cli::run` would have chosen it (the arguments did
/// not parse, so `--lang` is looked for among them by hand): `--lang`, the config file's
/// `language`, the locale. clap's own words stay English; mentor's around them follow this.
fn early_language() {
    let args: Vec<String> = std::env::args_os()
        .filter_map(|a| a.to_str().map(str::to_string))
        .collect();
    let typed = args
        .iter()
        .position(|a| a == "--lang")
        .and_then(|i| args.get(i + 1).cloned())
        .or_else(|| {
            args.iter()
                .find_map(|a| a.strip_prefix("--lang=").map(str::to_string))
        });
    let flag = typed.and_then(|t| Lang::parse(&t).ok());
    let settings = crate::tui::settings::Settings::load();
    let env = |name: &str| std::env::var(name).ok();
    let config = settings.config.language.as_deref();
    let lang = crate::i18n::choose(flag, config, env)
        .or_else(|_| crate::i18n::choose(flag, None, env))
        .unwrap_or(Lang::En);
    crate::i18n::set(lang);
}

/// clap's report (an `error:` line, indented details, tips, a usage line, a pointer to `--help`)
/// folded into one line. What the user typed is escaped like all other text.
pub fn one_line(report: &str, kind: ErrorKind) -> String {
    let usage = report
        .lines()
        .find_map(|l| l.trim().strip_prefix("Usage:"))
        .map(str::trim)
        .unwrap_or_default();
    if kind == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        // The help of a command that needs a subcommand: name the command and its subcommands.
        let command: Vec<&str> = usage
            .split_whitespace()
            .take_while(|w| !w.starts_with('[') && !w.starts_with('<'))
            .collect();
        let command = command.join(" ");
        let mut names = Vec::new();
        let mut in_commands = false;
        for l in report.lines() {
            if l.trim_end() == "Commands:" {
                in_commands = true;
            } else if in_commands && l.starts_with("  ") {
                // A command's line; a wrapped description goes on deeper indented, and is not one.
                if !l[2..].starts_with(' ')
                    && let Some(name) = l.split_whitespace().next()
                    && name != "help"
                {
                    names.push(name);
                }
            } else if in_commands && !l.trim().is_empty() {
                in_commands = false;
            }
        }
        return text::line(&t!(
            "cli-usage-needs-command",
            command = command,
            commands = names.join(", ")
        ))
        .into_owned();
    }
    let mut parts: Vec<String> = Vec::new();
    let mut details: Vec<String> = Vec::new();
    for l in report.lines() {
        let t = l.trim();
        if t.is_empty() || t.starts_with("Usage:") || t.starts_with("For more information") {
            continue;
        }
        if let Some(first) = t.strip_prefix("error:") {
            parts.push(first.trim().to_string());
        } else if let Some(tip) = t.strip_prefix("tip:") {
            details.push(tip.trim().to_string());
        } else {
            details.push(t.to_string());
        }
    }
    let mut out = parts.join("; ");
    if !details.is_empty() {
        if !out.ends_with(':') {
            out.push(';');
        }
        out.push(' ');
        out.push_str(&details.join(", "));
    }
    if !usage.is_empty() {
        out.push(' ');
        out.push_str(&t!("cli-usage", usage = usage));
    }
    text::line(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_subcommand_names_the_commands_not_the_words_of_a_wrapped_description() {
        let report = "SMART goals\n\nUsage: mentor goal [OPTIONS] <COMMAND>\n\nCommands:\n  add       Add a goal (drafts\n            what is missing)\n  list      List goals\n  help      Print this message\n\nOptions:\n      --store <PATH>  The store\n";
        assert_eq!(
            one_line(report, ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand),
            "`mentor goal` needs a command: add, list (see `mentor goal --help`)"
        );
    }

    #[test]
    fn a_multi_line_report_becomes_one_line() {
        let report = "error: the following required arguments were not provided:\n  --mentee <MENTEE>\n  <TITLE>\n\nUsage: mentor goal add --mentee <MENTEE> <TITLE>\n\nFor more information, try '--help'.\n";
        assert_eq!(
            one_line(report, ErrorKind::MissingRequiredArgument),
            "the following required arguments were not provided: --mentee <MENTEE>, <TITLE> (usage: mentor goal add --mentee <MENTEE> <TITLE>)"
        );
        let report = "error: unexpected argument '--x\u{1b}]52' found\n\n  tip: a similar argument exists: '--success'\n\nUsage: mentor mentee add <NAME>\n";
        let line = one_line(report, ErrorKind::UnknownArgument);
        assert!(!line.contains('\u{1b}') && !line.contains('\n'), "{line}");
        assert!(
            line.contains("a similar argument exists: '--success'"),
            "{line}"
        );
    }
}
