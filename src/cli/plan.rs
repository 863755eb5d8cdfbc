//! The mentee's plan as plain text (`mentor view --print`): the same content as the view, for use
//! without the full-screen app. Every piece of text from the file is made safe to print.

use crate::domain::derived::{next_checkin, progress};
use crate::domain::goal::fmt_number;
use crate::domain::projection::MenteeView;
use crate::domain::{Goal, Mentee, Owner, smart, text};
use crate::t;
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
    let _ = writeln!(out, "{}", t!("rep-plan-title", mentee = line(&m.name)));
    let mut about = Vec::new();
    match (mentor.trim().is_empty(), shared) {
        (false, Some(at)) => about.push(t!("rep-plan-shared-by", mentor = line(mentor), at = at)),
        (true, Some(at)) => about.push(t!("rep-plan-shared-on", at = at)),
        (false, None) => about.push(t!("rep-plan-mentor", mentor = line(mentor))),
        (true, None) => {}
    }
    about.push(format!("{} · {}", m.kind, m.status));
    let _ = writeln!(out, "{}", about.join(" · "));
    if !m.aspirations.trim().is_empty() {
        let _ = writeln!(
            out,
            "{}",
            t!("rep-plan-aspirations", text = line(&m.aspirations))
        );
    }
}

fn goals(out: &mut String, m: &Mentee, today: NaiveDate) {
    let _ = writeln!(out, "\n{}", t!("rep-plan-goals", count = m.goals.len()));
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
        "  {} [{}] {}  {}  {}",
        line(&g.title),
        g.status,
        t!("rep-plan-due", date = opt_date(g.due)),
        pct,
        smart_words(&report)
    );
    let field = |out: &mut String, label: &str, value: &str| {
        if !value.trim().is_empty() {
            let _ = writeln!(out, "    {label}: {}", line(value));
        }
    };
    field(out, &t!("rep-plan-specific"), &g.specific);
    if let Some(metric) = &g.metric {
        let unit = if metric.unit.is_empty() {
            String::new()
        } else {
            format!(" {}", line(&metric.unit))
        };
        let measure = t!(
            "rep-plan-measure",
            what = line(&metric.what),
            value = fmt_number(metric.value()),
            target = fmt_number(metric.target),
            unit = unit,
            baseline = fmt_number(metric.baseline)
        );
        let _ = writeln!(out, "    {measure}");
    }
    field(out, &t!("rep-plan-observable"), &g.criterion);
    field(out, &t!("rep-plan-support"), &g.achievable);
    field(out, &t!("rep-plan-why"), &g.relevant);
    if !g.skills.is_empty() {
        field(out, &t!("rep-plan-skills"), &g.skills.join(", "));
    }
    for missing in report.missing().filter_map(|l| l.reason.as_ref()) {
        let _ = writeln!(out, "    ! {}", line(&missing.to_string()));
    }
    for k in &g.milestones {
        let _ = writeln!(
            out,
            "    [{}] {}  {}",
            if k.is_done() { 'x' } else { ' ' },
            line(&k.title),
            t!("rep-plan-due", date = opt_date(k.due))
        );
    }
}

/// The agreed terms that are filled in, then the next check-in.
fn agreement(out: &mut String, m: &Mentee, today: NaiveDate) {
    let a = &m.agreement;
    let _ = writeln!(out, "\n{}", t!("rep-plan-agreement"));
    let channels = a
        .channels
        .iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    for (label, value) in [
        (
            t!("rep-plan-cadence"),
            a.cadence.map(|c| c.to_string()).unwrap_or_default(),
        ),
        (
            t!("rep-plan-session-length"),
            a.session_minutes
                .map(|n| t!("rep-plan-minutes", count = n))
                .unwrap_or_default(),
        ),
        (t!("rep-plan-channels"), channels),
        (t!("rep-plan-response-time"), a.response_time.clone()),
        (t!("rep-plan-boundaries"), a.boundaries.clone()),
        (t!("rep-plan-success"), a.success_measures.clone()),
        (
            t!("rep-plan-ends-on"),
            a.ends_on.map(|d| d.to_string()).unwrap_or_default(),
        ),
        (t!("fit-ag-prefers"), preferences(a)),
        (t!("fit-ag-more-of"), a.feedback_more_of.clone()),
    ] {
        if !value.trim().is_empty() {
            let _ = writeln!(out, "  {label}: {}", line(&value));
        }
    }
    let next = match next_checkin(m, today) {
        None => t!("rep-plan-not-scheduled"),
        Some(c) if c.days_overdue > 0 => t!(
            "rep-plan-overdue-by",
            date = c.due.to_string(),
            days = c.days_overdue
        ),
        Some(c) => format!("{} ({})", c.due, in_days((c.due - today).num_days())),
    };
    let _ = writeln!(out, "{}", t!("rep-plan-next-checkin", next = next));
}

/// How the mentee prefers feedback, in the language's words ("direct, with examples").
fn preferences(a: &crate::domain::Agreement) -> String {
    let words: Vec<&str> = a.feedback_preferences.iter().map(|p| p.shown()).collect();
    words.join(", ")
}

/// Sessions, newest first, each with its shared notes and its actions (the mentee's first).
fn sessions(out: &mut String, m: &Mentee) {
    let mut sessions: Vec<_> = m.sessions.iter().collect();
    sessions.sort_by_key(|s| std::cmp::Reverse(s.at));
    let _ = writeln!(out, "\n{}", t!("rep-plan-sessions", count = sessions.len()));
    for s in sessions {
        let head = format!(
            "  {} {}  {}",
            s.at.format("%Y-%m-%d %H:%M"),
            s.status,
            line(&s.agenda)
        );
        let _ = writeln!(out, "{}", head.trim_end());
        if !s.shared_notes.trim().is_empty() {
            let notes = t!("rep-plan-notes", text = line(&s.shared_notes));
            let _ = writeln!(out, "    {notes}");
        }
        let mut actions: Vec<_> = s.actions.iter().collect();
        actions.sort_by_key(|x| x.owner != Owner::Mentee);
        for x in actions {
            let who = if x.owner == Owner::Mentee {
                t!("rep-plan-you")
            } else {
                t!("rep-plan-mentor-side")
            };
            let due = x
                .due
                .map(|d| format!(", {}", t!("rep-plan-due", date = d.to_string())))
                .unwrap_or_default();
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
    let _ = writeln!(out, "\n{}", t!("rep-plan-feedback", count = feedback.len()));
    for f in feedback {
        let _ = writeln!(out, "  {} {}: {}", f.date, f.kind, line(&f.text));
    }
}

fn connections(out: &mut String, m: &Mentee) {
    let _ = writeln!(
        out,
        "\n{}",
        t!("rep-plan-connections", count = m.connections.len())
    );
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
        t!("rep-plan-smart-all")
    } else {
        t!("rep-plan-smart-missing", letters = missing.join(", "))
    }
}

/// "today", "tomorrow", "in 5 days" (or "5 days ago" for a day past).
fn in_days(days: i64) -> String {
    match days {
        0 => t!("rep-plan-today"),
        1 => t!("rep-plan-tomorrow"),
        d if d < 0 => t!("rep-plan-days-ago", days = d.unsigned_abs()),
        d => t!("rep-plan-in-days", days = d),
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

    /// The same plans in Dutch: every heading, label and word of the plan's own is Dutch; the
    /// mentee's records stay as they were written.
    #[test]
    fn the_plan_of_every_demo_mentee_in_dutch() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let ws = crate::demo::demo_workspace(today);
        let ways = [
            ("Sam Rivera", Some("2026-11-28 09:30")),
            ("", Some("2026-11-28 09:30")),
            ("Sam Rivera", None),
            ("", None),
        ];
        let all = crate::i18n::with_lang(crate::i18n::Lang::Nl, || {
            let mut all = String::new();
            for (i, m) in ws.mentees.iter().enumerate() {
                let (mentor, shared) = ways[i % ways.len()];
                all.push_str(&plan_text(&project(m), mentor, shared, today));
                all.push_str("-----\n");
            }
            all
        });
        for english in [
            "mentoring plan",
            "Shared by",
            "Goals (",
            "Agreement",
            "Next check-in",
            "Sessions (",
            "Connections (",
            "SMART: not yet",
            "] due ",
            "  due 20",
            "(you",
        ] {
            assert!(!all.contains(english), "{english:?} in\n{all}");
        }
        insta::assert_snapshot!(all);
    }
}
