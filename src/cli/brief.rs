//! `mentor brief`, `mentor summary` and `mentor report`: reading the store for people.

use super::args::{ReportArgs, ReportFormat};
use super::context::{CliError, Context};
use super::output::{key, percent, print, print_json};
use crate::domain::brief;
use crate::domain::summary::{Summary, summarise};
use crate::domain::text::{fit, line, wrap};
use crate::report::{self, ReportOptions};
use crate::t;
use std::path::Path;

/// The width the text layouts fit.
const WIDTH: usize = 80;

/// `mentor brief MENTEE`.
pub fn brief(ctx: &Context, mentee: &str, json: bool) -> Result<(), CliError> {
    let ws = ctx.read()?;
    let i = ws.resolve_mentee(mentee)?;
    let bank = super::questions::bank(None).bank;
    let b = brief::brief_with(&ws, i, ctx.today(), &bank)
        .ok_or_else(|| CliError::Input(t!("cli-mentee-gone")))?;
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
    let m = &ws.mentees[i];
    let s = summarise(m, since, ctx.today());
    // The hours of the year ending this month (issue 20), whatever `--since` says.
    let year = crate::domain::hours::hours(&ws, ctx.today()).of(&m.id);
    if json {
        let mut value = serde_json::to_value(&s).unwrap_or(serde_json::Value::Null);
        if let Some(o) = value.as_object_mut() {
            o.insert("hours".into(), serde_json::json!(year));
        }
        print_json(&value)
    } else {
        let hours = super::hours::text(&m.name, &year);
        print(&format!(
            "{}
{hours}",
            summary_text(&s)
        ))
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
    let period = s.since.map_or_else(
        || t!("cli-summary-all"),
        |d| t!("cli-summary-since", date = d.to_string()),
    );
    out.put(&t!(
        "cli-summary-head",
        name = line(&s.mentee),
        id = s.mentee_id.to_string(),
        period = period,
        today = s.today.to_string()
    ));
    let (sessions, feedback) = (s.sessions.len(), s.feedback_notes);
    out.put(&match (s.sessions.first(), s.sessions.last()) {
        (Some(a), Some(b)) => t!(
            "cli-summary-held-span",
            sessions = sessions,
            first = a.to_string(),
            last = b.to_string(),
            feedback = feedback
        ),
        _ => t!("cli-summary-held", sessions = sessions, feedback = feedback),
    });
    out.put("");
    out.put(&t!("cli-summary-themes"));
    if s.themes.is_empty() {
        out.put(&format!("  {}", t!("cli-summary-no-themes")));
    }
    for theme in &s.themes {
        let dates: Vec<String> = theme.dates.iter().map(|d| d.to_string()).collect();
        out.put(&format!(
            "  {}",
            t!(
                "cli-summary-theme",
                term = line(&theme.term),
                count = theme.count,
                occasions = theme.occasions,
                dates = dates.join(", ")
            )
        ));
    }
    commitments(s, &mut out);
    goals(s, &mut out);
    out.0
}

fn commitments(s: &Summary, out: &mut Out) {
    out.put("");
    out.put(&t!("cli-summary-commitments"));
    for f in &s.follow_through {
        out.put(&format!(
            "  {}",
            t!(
                "cli-summary-follow-through",
                owner = key(&f.owner),
                made = f.made,
                kept = f.kept,
                percent = percent(f.rate),
                on_time = f.kept_on_time
            )
        ));
    }
    for c in &s.commitments {
        let mut when = c.agreed_on.to_string();
        if let Some(d) = c.due {
            when.push_str(&t!("cli-summary-due", date = d.to_string()));
        }
        if let Some(d) = c.done_on {
            when.push_str(&t!("cli-summary-done", date = d.to_string()));
        }
        out.put(&format!(
            "  [{}] {} {} ({})",
            if c.done_on.is_some() { 'x' } else { ' ' },
            c.id,
            line(&c.text),
            t!("cli-summary-commitment", owner = key(&c.owner), when = when)
        ));
    }
}

fn goals(s: &Summary, out: &mut Out) {
    out.put("");
    let none = format!("  {}", t!("cli-summary-none"));
    out.put(&t!("cli-summary-achieved"));
    if s.achieved.is_empty() {
        out.put(&none);
    }
    for g in &s.achieved {
        let when = g.date.map_or("–".to_string(), |d| d.to_string());
        out.put(&format!("  {when} {} {}", g.id, line(&g.title)));
    }
    out.put(&t!("cli-summary-dropped"));
    if s.dropped.is_empty() {
        out.put(&none);
    }
    for g in &s.dropped {
        out.put(&format!(
            "  {} {} ({})",
            g.id,
            line(&g.title),
            t!("cli-summary-dropped-on", date = g.created_on.to_string())
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
        (Some(mentee), format) if a.closing => {
            let i = ws.resolve_mentee(mentee)?;
            let r = crate::domain::closing::of_workspace(&ws, i, a.include_private, today)
                .ok_or_else(|| CliError::Input(t!("cli-mentee-gone")))?;
            match format {
                ReportFormat::Md => report::closing_md(&r),
                ReportFormat::Html => report::closing_html(&r),
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
                .ok_or_else(|| CliError::Input(t!("cli-mentee-gone")))?;
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
            let path = path.display().to_string();
            let note = if a.include_private {
                t!("cli-report-written-private", path = path)
            } else {
                t!("cli-report-written", path = path)
            };
            eprintln!("mentor: {note}");
            Ok(())
        }
    }
}

/// Writes a new file, mode 0600, refusing to replace one unless `force`.
fn write(path: &Path, text: &str, force: bool) -> Result<(), CliError> {
    crate::store::bundle::write_new(path, text.as_bytes(), force).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            CliError::Input(t!("cli-file-exists", path = path.display().to_string()))
        } else {
            CliError::io(t!("cli-io-report", path = path.display().to_string()))(e)
        }
    })
}
