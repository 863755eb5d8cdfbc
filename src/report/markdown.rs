//! The reports as Markdown: headings, lists and pipe tables that render on the common forges,
//! no HTML. Text from the store is escaped, so it can neither start markup nor break a table.

use super::model::{GoalLine, Report};
use super::practice::PracticeReport;
use super::{level, percent, period_words};
use crate::domain::session::Owner;
use crate::domain::text::line;
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
    fn new(headers: &[&str]) -> Table {
        let mut t = Table(String::new());
        t.row(headers.iter().map(|h| h.to_string()).collect());
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
    let mut out = format!("# Progress report: {}\n\n", md(&r.mentee));
    if r.private {
        out.push_str(
            "> **Includes private records.** Built from the mentor's own notes, with private \
             feedback and notes: not for sending to the mentee.\n\n",
        );
    }
    let _ = writeln!(
        out,
        "Mentor: {} · Date: {} · Period: {}\n",
        md(&r.mentor),
        r.today,
        period_words(r.since)
    );
    if !r.aspirations.trim().is_empty() {
        let _ = writeln!(out, "**Aspirations:** {}\n", md(&r.aspirations));
    }
    if r.private && !r.private_notes.trim().is_empty() {
        let _ = writeln!(out, "**Private notes:** {}\n", md(&r.private_notes));
    }
    goals(r, &mut out);
    sessions(r, &mut out);
    feedback(r, &mut out);
    mood(r, &mut out);
    path(r, &mut out);
    out
}

fn goals(r: &Report, out: &mut String) {
    out.push_str("## Goals\n\n");
    if r.goals.is_empty() {
        out.push_str("No goals yet.\n\n");
        return;
    }
    let mut t = Table::new(&["Goal", "Status", "Progress", "SMART", "Due"]);
    for g in &r.goals {
        t.row(vec![
            md(&g.title),
            g.status.to_string(),
            percent(g.progress),
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
            let _ = writeln!(out, "- Measure: {}", md(m));
        }
        for k in &g.done {
            let when = k
                .done_on
                .map(|d| format!(" (done {d})"))
                .unwrap_or_default();
            let _ = writeln!(out, "- [x] {}{when}", md(&k.title));
        }
        for k in &g.open {
            let when = match (k.due, k.overdue) {
                (Some(d), true) => format!(" (due {d}, overdue)"),
                (Some(d), false) => format!(" (due {d})"),
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
        (Some(a), _, _) => format!("achieved {a}"),
        (None, Some(d), true) => format!("{d} (overdue)"),
        (None, Some(d), false) => d.to_string(),
        (None, None, _) => "–".into(),
    }
}

fn sessions(r: &Report, out: &mut String) {
    out.push_str("## Sessions held\n\n");
    if r.sessions.is_empty() {
        out.push_str("No session held in the period.\n\n");
    } else {
        let dates: Vec<String> = r.sessions.iter().map(|d| d.to_string()).collect();
        let _ = writeln!(
            out,
            "{} held ({:.1} hours recorded): {}.\n",
            crate::domain::text::plural(r.sessions.len(), "session", "sessions"),
            f64::from(r.minutes_held) / 60.0,
            dates.join(", ")
        );
    }
    out.push_str("### Action items\n\n");
    let mut t = Table::new(&["Side", "Agreed", "Kept", "On time", "Follow-through"]);
    for (owner, name) in [(Owner::Mentee, "Mentee"), (Owner::Mentor, "Mentor")] {
        if let Some(f) = r.side(owner) {
            t.row(vec![
                name.into(),
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
    out.push_str("## Feedback\n\n");
    let b = &r.balance;
    let _ = writeln!(
        out,
        "Balance: {} ({}).\n",
        super::balance_words(b),
        b.verdict.words()
    );
    if r.feedback.is_empty() {
        return;
    }
    let mut t = Table::new(&["Date", "Kind", "Note"]);
    for f in &r.feedback {
        let mark = if r.private && f.private {
            " (private)"
        } else {
            ""
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
    out.push_str("## Mood and energy\n\n");
    if r.mood
        .iter()
        .all(|l| l.mood.is_none() && l.energy.is_none())
    {
        out.push_str("Nothing recorded in the period.\n\n");
        return;
    }
    let _ = writeln!(
        out,
        "Mood {}, energy {} (1 low to 5 high).\n",
        r.mood_trend.words(),
        r.energy_trend.words()
    );
    let mut headers = vec!["Session", "Mood", "Energy"];
    if r.private {
        headers.push("Mentor's energy");
    }
    let mut t = Table::new(&headers);
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
        "Career path".to_string()
    } else {
        format!("Career path: {}", md(&r.path_title))
    };
    let _ = writeln!(out, "## {title}\n");
    if !r.stages.is_empty() {
        let mut t = Table::new(&["Stage", "Status", "Target"]);
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
        out.push_str("### Skills\n\n");
        let mut t = Table::new(&["Skill", "Current", "Target", "Gap"]);
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
    let mut out = String::from("# Practice report\n\n");
    let _ = writeln!(
        out,
        "Mentor: {} · Date: {} · Period: {} to {}\n",
        md(&p.mentor),
        p.today,
        p.since,
        p.today
    );
    let capacity = p
        .capacity_hours_per_month
        .map_or("not set".to_string(), |c| format!("{c:.1} hours a month"));
    let _ = writeln!(
        out,
        "{} sessions held, {:.1} hours given. Capacity: {capacity}. Planned by the cadences: {:.1} hours a month.\n",
        p.total_sessions, p.total_hours, p.load.hours_per_month
    );
    out.push_str("## Hours given per month\n\n");
    let mut t = Table::new(&["Month", "Sessions", "Hours", "Capacity", "Your energy"]);
    for m in &p.months {
        let cap = match (p.capacity_hours_per_month, m.over_capacity) {
            (None, _) => "–".to_string(),
            (Some(_), true) => "over".into(),
            (Some(_), false) => "within".into(),
        };
        t.row(vec![
            m.month.clone(),
            m.sessions.to_string(),
            format!("{:.1}", m.hours),
            cap,
            m.mentor_energy.map_or("–".into(), |e| format!("{e:.1}")),
        ]);
    }
    out.push_str(&t.done());
    out.push_str("## Overdue check-ins\n\n");
    if p.overdue.is_empty() {
        out.push_str("None.\n\n");
    } else {
        let mut t = Table::new(&["Mentee", "Due", "Days overdue"]);
        for o in &p.overdue {
            t.row(vec![
                md(&o.mentee),
                o.due.to_string(),
                o.days_overdue.to_string(),
            ]);
        }
        out.push_str(&t.done());
    }
    out.push_str("## Per mentee\n\n");
    let mut t = Table::new(&["Mentee", "Sessions", "Hours", "Last held"]);
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
