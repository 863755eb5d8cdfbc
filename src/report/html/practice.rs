//! The practice report as one HTML page.

use super::{figure, page, t, table};
use crate::report::practice::PracticeReport;
use crate::report::svg;
use std::fmt::Write;

/// The practice report as one HTML page.
pub fn practice_html(p: &PracticeReport) -> String {
    let mut b = String::from("<header>\n<h1>Practice report</h1>\n");
    let _ = writeln!(
        b,
        "<p class=\"meta\">Mentor: {} · Date: {} · Period: {} to {}</p>\n</header>",
        t(&p.mentor),
        p.today,
        p.since,
        p.today
    );
    let capacity = p
        .capacity_hours_per_month
        .map_or("not set".to_string(), |c| format!("{c:.1} hours a month"));
    let _ = writeln!(
        b,
        "<p>{} sessions held, {:.1} hours given. Capacity: {capacity}. Planned by the cadences: {:.1} hours a month.</p>",
        p.total_sessions, p.total_hours, p.load.hours_per_month
    );
    b.push_str("<section>\n<h2>Hours given per month</h2>\n");
    let months: Vec<(String, f64)> = p
        .months
        .iter()
        .map(|m| (m.month.clone(), m.hours))
        .collect();
    b.push_str(&figure(
        &svg::hours("hours", &months, p.capacity_hours_per_month),
        "Hours of sessions held per month against the capacity (dashed line); the same figures are in the table below.",
    ));
    let rows: Vec<Vec<String>> = p
        .months
        .iter()
        .map(|m| {
            let cap = match (p.capacity_hours_per_month, m.over_capacity) {
                (None, _) => "–",
                (Some(_), true) => "over",
                (Some(_), false) => "within",
            };
            vec![
                m.month.clone(),
                m.sessions.to_string(),
                format!("{:.1}", m.hours),
                cap.into(),
                m.mentor_energy.map_or("–".into(), |e| format!("{e:.1}")),
            ]
        })
        .collect();
    b.push_str(&table(
        "Sessions and hours per month",
        &["Month", "Sessions", "Hours", "Capacity", "Your energy"],
        &rows,
        &[1, 2, 4],
    ));
    b.push_str("</section>\n");
    overdue_and_mentees(p, &mut b);
    page("Practice report", &b)
}

fn overdue_and_mentees(p: &PracticeReport, b: &mut String) {
    b.push_str("<section>\n<h2>Overdue check-ins</h2>\n");
    if p.overdue.is_empty() {
        b.push_str("<p>None.</p>\n");
    } else {
        let rows: Vec<Vec<String>> = p
            .overdue
            .iter()
            .map(|o| vec![t(&o.mentee), o.due.to_string(), o.days_overdue.to_string()])
            .collect();
        b.push_str(&table(
            "Check-ins past due",
            &["Mentee", "Due", "Days overdue"],
            &rows,
            &[2],
        ));
    }
    b.push_str("</section>\n<section>\n<h2>Per mentee</h2>\n");
    let rows: Vec<Vec<String>> = p
        .mentees
        .iter()
        .map(|m| {
            vec![
                t(&m.mentee),
                m.sessions.to_string(),
                format!("{:.1}", m.hours),
                m.last_held.map_or("–".into(), |d| d.to_string()),
            ]
        })
        .collect();
    b.push_str(&table(
        "Sessions held per mentee in the period",
        &["Mentee", "Sessions", "Hours", "Last held"],
        &rows,
        &[1, 2],
    ));
    b.push_str("</section>\n");
}
