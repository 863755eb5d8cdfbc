//! The mentee's plan as plain text (`mentor view --print`): the same content as the view, for use
//! without the full-screen app. Every piece of text from the file is made safe to print.

use crate::domain::derived::{next_checkin, progress};
use crate::domain::goal::fmt_number;
use crate::domain::projection::MenteeView;
use crate::domain::text::plural;
use crate::domain::{Goal, Mentee, Owner, smart, text};
use chrono::NaiveDate;
use std::fmt::Write;

fn line(s: &str) -> String {
    text::line(s).into_owned()
}

fn opt_date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
}

/// The plan of `view`, shared by `mentor` (their name) at `shared` (if it was), seen on `today`.
pub fn plan_text(
    view: &MenteeView,
    mentor: &str,
    shared: Option<&str>,
    today: NaiveDate,
) -> String {
    let m = view.to_mentee();
    let mut out = String::new();
    heading(&mut out, &m, mentor, shared);
    goals(&mut out, &m, today);
    if !m.path.is_empty() {
        out.push('\n');
        out.push_str(&super::path::path_text(&m, today));
    }
    agreement(&mut out, &m, today);
    sessions(&mut out, &m);
    feedback(&mut out, &m);
    connections(&mut out, &m);
    out
}

/// The mentee's name, who shared the plan and when, the kind and status, the aspirations.
fn heading(out: &mut String, m: &Mentee, mentor: &str, shared: Option<&str>) {
    let _ = writeln!(out, "{}'s mentoring plan", line(&m.name));
    let mut about = Vec::new();
    match (mentor.trim().is_empty(), shared) {
        (false, Some(at)) => about.push(format!("Shared by {} on {at}", line(mentor))),
        (true, Some(at)) => about.push(format!("Shared on {at}")),
        (false, None) => about.push(format!("Mentor: {}", line(mentor))),
        (true, None) => {}
    }
    about.push(format!("{} · {}", m.kind, m.status));
    let _ = writeln!(out, "{}", about.join(" · "));
    if !m.aspirations.trim().is_empty() {
        let _ = writeln!(out, "Aspirations: {}", line(&m.aspirations));
    }
}

fn goals(out: &mut String, m: &Mentee, today: NaiveDate) {
    let _ = writeln!(out, "\nGoals ({})", m.goals.len());
    for g in &m.goals {
        goal(out, g, today);
    }
}

/// One goal: its line, its SMART fields, what the SMART check misses, its milestones.
fn goal(out: &mut String, g: &Goal, today: NaiveDate) {
    let report = smart::check(g, today);
    let pct = progress(g)
        .map(|p| format!("{:.0}%", p * 100.0))
        .unwrap_or_else(|| "-".into());
    let _ = writeln!(
        out,
        "  {} [{}] due {}  {}  {}",
        line(&g.title),
        g.status,
        opt_date(g.due),
        pct,
        smart_words(&report)
    );
    let field = |out: &mut String, label: &str, value: &str| {
        if !value.trim().is_empty() {
            let _ = writeln!(out, "    {label}: {}", line(value));
        }
    };
    field(out, "What will be different", &g.specific);
    if let Some(metric) = &g.metric {
        let unit = if metric.unit.is_empty() {
            String::new()
        } else {
            format!(" {}", line(&metric.unit))
        };
        let _ = writeln!(
            out,
            "    Measure: {}: {} of {}{unit} (from {})",
            line(&metric.what),
            fmt_number(metric.value()),
            fmt_number(metric.target),
            fmt_number(metric.baseline)
        );
    }
    field(out, "Observable", &g.criterion);
    field(out, "Support", &g.achievable);
    field(out, "Why it matters", &g.relevant);
    if !g.skills.is_empty() {
        field(out, "Skills", &g.skills.join(", "));
    }
    for missing in report.missing().filter_map(|l| l.reason.as_ref()) {
        let _ = writeln!(out, "    ! {}", line(&missing.to_string()));
    }
    for k in &g.milestones {
        let _ = writeln!(
            out,
            "    [{}] {}  due {}",
            if k.is_done() { 'x' } else { ' ' },
            line(&k.title),
            opt_date(k.due)
        );
    }
}

/// The agreed terms that are filled in, then the next check-in.
fn agreement(out: &mut String, m: &Mentee, today: NaiveDate) {
    let a = &m.agreement;
    let _ = writeln!(out, "\nAgreement");
    let channels = a
        .channels
        .iter()
        .map(|c| c.name())
        .collect::<Vec<_>>()
        .join(", ");
    for (label, value) in [
        (
            "cadence",
            a.cadence.map(|c| c.to_string()).unwrap_or_default(),
        ),
        (
            "session length",
            a.session_minutes
                .map(|n| plural(n as usize, "minute", "minutes"))
                .unwrap_or_default(),
        ),
        ("channels", channels),
        ("response time", a.response_time.clone()),
        ("boundaries", a.boundaries.clone()),
        ("success measures", a.success_measures.clone()),
        (
            "ends on",
            a.ends_on.map(|d| d.to_string()).unwrap_or_default(),
        ),
    ] {
        if !value.trim().is_empty() {
            let _ = writeln!(out, "  {label}: {}", line(&value));
        }
    }
    let next = match next_checkin(m, today) {
        None => "not scheduled".to_string(),
        Some(c) if c.days_overdue > 0 => format!(
            "{} (overdue by {})",
            c.due,
            plural(c.days_overdue as usize, "day", "days")
        ),
        Some(c) => format!("{} ({})", c.due, in_days((c.due - today).num_days())),
    };
    let _ = writeln!(out, "Next check-in: {next}");
}

/// Sessions, newest first, each with its shared notes and its actions (the mentee's first).
fn sessions(out: &mut String, m: &Mentee) {
    let mut sessions: Vec<_> = m.sessions.iter().collect();
    sessions.sort_by_key(|s| std::cmp::Reverse(s.at));
    let _ = writeln!(out, "\nSessions ({})", sessions.len());
    for s in sessions {
        let head = format!(
            "  {} {}  {}",
            s.at.format("%Y-%m-%d %H:%M"),
            s.status,
            line(&s.agenda)
        );
        let _ = writeln!(out, "{}", head.trim_end());
        if !s.shared_notes.trim().is_empty() {
            let _ = writeln!(out, "    notes: {}", line(&s.shared_notes));
        }
        let mut actions: Vec<_> = s.actions.iter().collect();
        actions.sort_by_key(|x| x.owner != Owner::Mentee);
        for x in actions {
            let who = if x.owner == Owner::Mentee {
                "you"
            } else {
                "mentor"
            };
            let due = x.due.map(|d| format!(", due {d}")).unwrap_or_default();
            let _ = writeln!(
                out,
                "    [{}] {} ({who}{due})",
                if x.is_done() { 'x' } else { ' ' },
                line(&x.text)
            );
        }
    }
}

/// Feedback, newest first.
fn feedback(out: &mut String, m: &Mentee) {
    let mut feedback: Vec<_> = m.feedback.iter().collect();
    feedback.sort_by_key(|f| std::cmp::Reverse(f.date));
    let _ = writeln!(out, "\nFeedback ({})", feedback.len());
    for f in feedback {
        let _ = writeln!(out, "  {} {}: {}", f.date, f.kind, line(&f.text));
    }
}

fn connections(out: &mut String, m: &Mentee) {
    let _ = writeln!(out, "\nConnections ({})", m.connections.len());
    for c in &m.connections {
        let who = if c.who.is_empty() {
            String::new()
        } else {
            format!(" ({})", line(&c.who))
        };
        let note = if c.note.is_empty() {
            String::new()
        } else {
            format!(": {}", line(&c.note))
        };
        let _ = writeln!(
            out,
            "  [{}] {} {}{who}{note}",
            c.status,
            c.kind,
            line(&c.title)
        );
    }
}

/// The SMART check in words for a reader of the plan: "SMART: all five hold", or the letters
/// that do not ("SMART: not yet S, T"); the reasons follow on their own lines.
fn smart_words(report: &smart::SmartReport) -> String {
    let missing: Vec<String> = report
        .missing()
        .map(|l| l.letter.initial().to_string())
        .collect();
    if missing.is_empty() {
        "SMART: all five hold".to_string()
    } else {
        format!("SMART: not yet {}", missing.join(", "))
    }
}

/// "today", "tomorrow", "in 5 days" (or "5 days ago" for a day past).
fn in_days(days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "tomorrow".into(),
        d if d < 0 => format!("{} ago", plural(d.unsigned_abs() as usize, "day", "days")),
        d => format!("in {}", plural(d as usize, "day", "days")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::projection::project;

    /// The whole plan of every demo mentee, with each way of naming who shared it, pinned as it
    /// was before the plan was written one section per function.
    #[test]
    fn the_plan_of_every_demo_mentee_reads_as_pinned() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let ws = crate::demo::demo_workspace(today);
        let ways = [
            ("Sam Rivera", Some("2026-11-28 09:30")),
            ("", Some("2026-11-28 09:30")),
            ("Sam Rivera", None),
            ("", None),
        ];
        let mut all = String::new();
        for (i, m) in ws.mentees.iter().enumerate() {
            let (mentor, shared) = ways[i % ways.len()];
            all.push_str(&plan_text(&project(m), mentor, shared, today));
            all.push_str("-----\n");
        }
        insta::assert_snapshot!(all);
    }
}
