//! The reports as Markdown: headings, lists and pipe tables that render on the common forges,
//! no HTML. Text from the store is escaped, so it can neither start markup nor break a table.

use super::model::{GoalLine, Report};
use super::practice::PracticeReport;
use super::{day, level, percent, period_words};
use crate::domain::session::Owner;
use crate::domain::text::line;
use crate::t;
use std::fmt::Write;

/// Text from the store for Markdown: one line, control characters shown, and every character
/// that could start markup or end a table cell escaped with a backslash.
pub fn md(text: &str) -> String {
    let mut out = String::new();
    for c in line(text).chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '|'
                | '#'
                | '!'
                | '~'
                | '&'
                | '{'
                | '}'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

struct Table(String);

impl Table {
    fn new(headers: &[String]) -> Table {
        let mut t = Table(String::new());
        t.row(headers.to_vec());
        t.0.push('|');
        for _ in headers {
            t.0.push_str("---|");
        }
        t.0.push('\n');
        t
    }

    fn row(&mut self, cells: Vec<String>) {
        self.0.push('|');
        for c in cells {
            let _ = write!(self.0, " {c} |");
        }
        self.0.push('\n');
    }

    fn done(mut self) -> String {
        self.0.push('\n');
        self.0
    }
}

/// The mentee's progress report as Markdown.
pub fn report_md(r: &Report) -> String {
    let mut out = format!("# {}\n\n", t!("rep-progress-title", mentee = md(&r.mentee)));
    if r.private {
        let _ = writeln!(
            out,
            "> **{}** {}\n",
            t!("rep-private-md-lead"),
            t!("rep-private-md-rest")
        );
    }
    let meta = t!(
        "rep-meta",
        mentor = md(&r.mentor),
        date = day(r.today),
        period = period_words(r.since)
    );
    let _ = writeln!(out, "{meta}\n");
    if !r.aspirations.trim().is_empty() {
        let _ = writeln!(
            out,
            "**{}** {}\n",
            t!("rep-aspirations"),
            md(&r.aspirations)
        );
    }
    if r.private && !r.private_notes.trim().is_empty() {
        let _ = writeln!(
            out,
            "**{}** {}\n",
            t!("rep-private-notes"),
            md(&r.private_notes)
        );
    }
    goals(r, &mut out);
    sessions(r, &mut out);
    feedback(r, &mut out);
    mood(r, &mut out);
    path(r, &mut out);
    out
}

fn goals(r: &Report, out: &mut String) {
    let _ = writeln!(out, "## {}\n", t!("rep-goals"));
    if r.goals.is_empty() {
        let _ = writeln!(out, "{}\n", t!("rep-goals-empty"));
        return;
    }
    let mut t = Table::new(&[
        t!("rep-col-goal"),
        t!("rep-col-status"),
        t!("rep-col-progress"),
        "SMART".into(),
        t!("rep-col-due"),
    ]);
    for g in &r.goals {
        t.row(vec![
            md(&g.title),
            g.status.to_string(),
            with_mark(percent(g.progress), g.progress_from_mentee),
            smart_cell(g),
            due_cell(g),
        ]);
    }
    out.push_str(&t.done());
    for g in r
        .goals
        .iter()
        .filter(|g| !g.done.is_empty() || !g.open.is_empty())
    {
        let _ = writeln!(out, "**{}**\n", md(&g.title));
        if let Some(m) = &g.metric {
            let _ = writeln!(out, "- {}", t!("rep-measure", metric = md(m)));
        }
        for k in &g.done {
            let when = k
                .done_on
                .map(|d| format!(" {}", t!("rep-milestone-done", date = d.to_string())))
                .unwrap_or_default();
            let mark = with_mark(String::new(), k.from_mentee);
            let _ = writeln!(out, "- [x] {}{when}{mark}", md(&k.title));
        }
        for k in &g.open {
            let when = match (k.due, k.overdue) {
                (Some(d), true) => {
                    format!(" {}", t!("rep-milestone-due-overdue", date = d.to_string()))
                }
                (Some(d), false) => format!(" {}", t!("rep-milestone-due", date = d.to_string())),
                (None, _) => String::new(),
            };
            let _ = writeln!(out, "- [ ] {}{when}", md(&k.title));
        }
        out.push('\n');
    }
}

fn smart_cell(g: &GoalLine) -> String {
    if g.is_smart {
        "SMART".into()
    } else {
        format!("`{}`", g.smart)
    }
}

fn due_cell(g: &GoalLine) -> String {
    match (g.achieved_on, g.due, g.overdue) {
        (Some(a), _, _) => t!("rep-due-achieved", date = a.to_string()),
        (None, Some(d), true) => t!("rep-due-overdue", date = d.to_string()),
        (None, Some(d), false) => d.to_string(),
        (None, None, _) => "–".into(),
    }
}

fn sessions(r: &Report, out: &mut String) {
    let _ = writeln!(out, "## {}\n", t!("rep-sessions"));
    if r.sessions.is_empty() {
        let _ = writeln!(out, "{}\n", t!("rep-sessions-none"));
    } else {
        let _ = writeln!(out, "{}\n", super::sessions_held(r));
    }
    let _ = writeln!(out, "### {}\n", t!("rep-actions"));
    let mut t = Table::new(&super::action_headers());
    for (owner, name) in [
        (Owner::Mentee, t!("rep-side-mentee")),
        (Owner::Mentor, t!("rep-side-mentor")),
    ] {
        if let Some(f) = r.side(owner) {
            t.row(vec![
                name,
                f.made.to_string(),
                f.kept.to_string(),
                f.kept_on_time.to_string(),
                percent(f.rate),
            ]);
        }
    }
    out.push_str(&t.done());
}

fn feedback(r: &Report, out: &mut String) {
    let _ = writeln!(out, "## {}\n", t!("rep-feedback"));
    let b = &r.balance;
    let _ = writeln!(
        out,
        "{}\n",
        t!(
            "rep-balance",
            counts = super::balance_words(b),
            verdict = b.verdict.words()
        )
    );
    if r.feedback.is_empty() {
        return;
    }
    let mut t = Table::new(&[t!("rep-col-date"), t!("rep-col-kind"), t!("rep-col-note")]);
    for f in &r.feedback {
        let mark = if r.private && f.private {
            format!(" {}", t!("rep-private-mark"))
        } else {
            String::new()
        };
        t.row(vec![
            f.date.to_string(),
            format!("{}{mark}", f.kind),
            md(&f.text),
        ]);
    }
    out.push_str(&t.done());
}

fn mood(r: &Report, out: &mut String) {
    let _ = writeln!(out, "## {}\n", t!("rep-mood"));
    if r.mood
        .iter()
        .all(|l| l.mood.is_none() && l.energy.is_none())
    {
        let _ = writeln!(out, "{}\n", t!("rep-mood-none"));
        return;
    }
    let _ = writeln!(out, "{}\n", super::mood_trends(r));
    let mut t = Table::new(&super::mood_headers(r.private));
    for l in &r.mood {
        let mut row = vec![l.date.to_string(), level(l.mood), level(l.energy)];
        if r.private {
            row.push(level(l.mentor_energy));
        }
        t.row(row);
    }
    out.push_str(&t.done());
}

fn path(r: &Report, out: &mut String) {
    if r.stages.is_empty() && r.skills.is_empty() && r.path_title.trim().is_empty() {
        return;
    }
    let title = if r.path_title.trim().is_empty() {
        t!("rep-path")
    } else {
        t!("rep-path-titled", title = md(&r.path_title))
    };
    let _ = writeln!(out, "## {title}\n");
    if !r.stages.is_empty() {
        let mut t = Table::new(&[
            t!("rep-col-stage"),
            t!("rep-col-status"),
            t!("rep-col-target"),
        ]);
        for s in &r.stages {
            t.row(vec![
                md(&s.title),
                s.status.to_string(),
                s.target.map_or("–".into(), |d| d.to_string()),
            ]);
        }
        out.push_str(&t.done());
    }
    if !r.skills.is_empty() {
        let _ = writeln!(out, "### {}\n", t!("rep-skills"));
        let mut t = Table::new(&super::skill_headers());
        for s in &r.skills {
            t.row(vec![
                md(&s.skill),
                level(s.current),
                level(s.target),
                s.gap.to_string(),
            ]);
        }
        out.push_str(&t.done());
    }
}

/// The practice report as Markdown.
pub fn practice_md(p: &PracticeReport) -> String {
    let mut out = format!("# {}\n\n", t!("rep-practice-title"));
    let _ = writeln!(out, "{}\n", super::practice::meta(p, &md(&p.mentor)));
    let _ = writeln!(out, "{}\n", super::practice::summary(p));
    let _ = writeln!(out, "## {}\n", t!("rep-hours"));
    let mut t = Table::new(&super::practice::month_headers());
    for m in &p.months {
        let cap = super::practice::capacity_cell(p, m);
        t.row(vec![
            m.month.clone(),
            m.sessions.to_string(),
            format!("{:.1}", m.hours),
            cap,
            m.mentor_energy.map_or("–".into(), |e| format!("{e:.1}")),
        ]);
    }
    out.push_str(&t.done());
    let _ = writeln!(out, "## {}\n", t!("rep-overdue"));
    if p.overdue.is_empty() {
        let _ = writeln!(out, "{}\n", t!("rep-overdue-none"));
    } else {
        let mut t = Table::new(&[
            t!("rep-col-mentee"),
            t!("rep-col-due"),
            t!("rep-col-days-overdue"),
        ]);
        for o in &p.overdue {
            t.row(vec![
                md(&o.mentee),
                o.due.to_string(),
                o.days_overdue.to_string(),
            ]);
        }
        out.push_str(&t.done());
    }
    let _ = writeln!(out, "## {}\n", t!("rep-per-mentee"));
    let mut t = Table::new(&super::practice::mentee_headers());
    for m in &p.mentees {
        t.row(vec![
            md(&m.mentee),
            m.sessions.to_string(),
            format!("{:.1}", m.hours),
            m.last_held.map_or("–".into(), |d| d.to_string()),
        ]);
    }
    out.push_str(&t.done());
    out
}

/// `text` followed by the mark of what came from the mentee, when `from_mentee`.
pub(super) fn with_mark(text: String, from_mentee: bool) -> String {
    if from_mentee {
        format!("{text} {}", t!("rep-from-mentee"))
    } else {
        text
    }
}
