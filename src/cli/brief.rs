//! `mentor brief`, `mentor summary` and `mentor report`: reading the store for people.

use super::args::{ReportArgs, ReportFormat};
use super::context::{CliError, Context};
use super::output::{percent, print, print_json};
use crate::domain::brief;
use crate::domain::summary::{Summary, summarise};
use crate::domain::text::{fit, line, plural, wrap};
use crate::report::{self, ReportOptions};
use std::fmt::Write;
use std::path::Path;

/// The width the text layouts fit.
const WIDTH: usize = 80;

/// `mentor brief MENTEE`.
pub fn brief(ctx: &Context, mentee: &str, json: bool) -> Result<(), CliError> {
    let ws = ctx.read()?;
    let i = ws.resolve_mentee(mentee)?;
    let b = brief::brief(&ws, i, ctx.today())
        .ok_or_else(|| CliError::Input("that mentee is gone".into()))?;
    if json {
        print_json(&b)
    } else {
        print(&report::brief_text(&b, WIDTH))
    }
}

/// `mentor summary MENTEE`.
pub fn summary(
    ctx: &Context,
    mentee: &str,
    since: Option<&str>,
    json: bool,
) -> Result<(), CliError> {
    let ws = ctx.read()?;
    let i = ws.resolve_mentee(mentee)?;
    let since = ctx.opt_date(since)?;
    let s = summarise(&ws.mentees[i], since, ctx.today());
    if json {
        print_json(&s)
    } else {
        print(&summary_text(&s))
    }
}

/// Collects lines of at most 80 columns, each wrapped under its own indent.
#[derive(Default)]
struct Out(String);

impl Out {
    fn put(&mut self, text: &str) {
        let indent = text.len() - text.trim_start_matches(' ').len();
        let lines = wrap(text, WIDTH - indent - 2);
        if lines.is_empty() {
            self.0.push('\n');
        }
        for (i, l) in lines.iter().enumerate() {
            let pad = if i == 0 { indent } else { indent + 2 };
            self.0
                .push_str(&fit(&format!("{}{l}", " ".repeat(pad)), WIDTH));
            self.0.push('\n');
        }
    }
}

/// A summary as text of at most 80 columns.
pub fn summary_text(s: &Summary) -> String {
    let mut out = Out::default();
    let period = s
        .since
        .map_or("all records".to_string(), |d| format!("since {d}"));
    out.put(&format!(
        "Summary: {} ({}), {period}, to {}",
        line(&s.mentee),
        s.mentee_id,
        s.today
    ));
    let span = match (s.sessions.first(), s.sessions.last()) {
        (Some(a), Some(b)) => format!(", {a} to {b}"),
        _ => String::new(),
    };
    out.put(&format!(
        "{} held{span}; {}",
        plural(s.sessions.len(), "session", "sessions"),
        plural(s.feedback_notes, "feedback note", "feedback notes")
    ));
    out.put("");
    out.put("Recurring themes");
    if s.themes.is_empty() {
        out.put("  none yet (a theme is a term on two or more occasions)");
    }
    for t in &s.themes {
        let dates: Vec<String> = t.dates.iter().map(|d| d.to_string()).collect();
        out.put(&format!(
            "  {}: {} on {} ({})",
            line(&t.term),
            plural(t.count, "time", "times"),
            plural(t.occasions, "occasion", "occasions"),
            dates.join(", ")
        ));
    }
    commitments(s, &mut out);
    goals(s, &mut out);
    out.0
}

fn commitments(s: &Summary, out: &mut Out) {
    out.put("");
    out.put("Commitments (action items made and kept)");
    for f in &s.follow_through {
        out.put(&format!(
            "  {}: {} made, {} kept ({}), {} on time",
            f.owner,
            f.made,
            f.kept,
            percent(f.rate),
            f.kept_on_time
        ));
    }
    for c in &s.commitments {
        let done = c.done_on.map(|d| format!(", done {d}")).unwrap_or_default();
        let due = c.due.map(|d| format!(", due {d}")).unwrap_or_default();
        out.put(&format!(
            "  [{}] {} {} ({}, {}{due}{done})",
            if c.done_on.is_some() { 'x' } else { ' ' },
            c.id,
            line(&c.text),
            c.owner,
            c.agreed_on
        ));
    }
}

fn goals(s: &Summary, out: &mut Out) {
    out.put("");
    out.put("Goals achieved");
    if s.achieved.is_empty() {
        out.put("  none");
    }
    for g in &s.achieved {
        let when = g.date.map_or("–".to_string(), |d| d.to_string());
        out.put(&format!("  {when} {} {}", g.id, line(&g.title)));
    }
    out.put("Goals dropped");
    if s.dropped.is_empty() {
        out.put("  none");
    }
    for g in &s.dropped {
        out.put(&format!(
            "  {} {} (created {}; the day it was dropped is not recorded)",
            g.id,
            line(&g.title),
            g.created_on
        ));
    }
}

/// `mentor report`.
pub fn report(ctx: &Context, a: ReportArgs) -> Result<(), CliError> {
    let ws = ctx.read()?;
    let since = ctx.opt_date(a.since.as_deref())?;
    let today = ctx.today();
    let text = match (&a.mentee, a.format) {
        (None, format) => {
            let p = report::practice_report(&ws, since, today);
            match format {
                ReportFormat::Md => report::practice_md(&p),
                ReportFormat::Html => report::practice_html(&p),
            }
        }
        (Some(mentee), format) => {
            let i = ws.resolve_mentee(mentee)?;
            let opts = ReportOptions {
                today,
                since,
                include_private: a.include_private,
            };
            let r = report::mentee_report(&ws, i, opts)
                .ok_or_else(|| CliError::Input("that mentee is gone".into()))?;
            match format {
                ReportFormat::Md => report::report_md(&r),
                ReportFormat::Html => report::report_html(&r),
            }
        }
    };
    match &a.output {
        None => print(&text),
        Some(path) => {
            write(path, &text, a.force)?;
            let mut note = format!("mentor: wrote the report to {}", path.display());
            if a.include_private {
                let _ = write!(note, " (it includes private records: not for sending)");
            }
            eprintln!("{note}");
            Ok(())
        }
    }
}

/// Writes a new file, mode 0600, refusing to replace one unless `force`.
fn write(path: &Path, text: &str, force: bool) -> Result<(), CliError> {
    crate::store::bundle::write_new(path, text.as_bytes(), force).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            CliError::Input(format!(
                "{} already exists; use --force to replace it",
                path.display()
            ))
        } else {
            CliError::io(format!("{}: cannot write the report", path.display()))(e)
        }
    })
}
