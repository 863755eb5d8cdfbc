//! The practice report as one HTML page.

use super::{esc, figure, page, t, table};
use crate::report::practice::{self, PracticeReport};
use crate::report::svg;
use std::fmt::Write;

/// The practice report as one HTML page.
pub fn practice_html(p: &PracticeReport) -> String {
    let title = t!("rep-practice-title");
    let mut b = format!("<header>\n<h1>{}</h1>\n", esc(&title));
    let _ = writeln!(
        b,
        "<p class=\"meta\">{}</p>\n</header>",
        practice::meta(p, &t(&p.mentor))
    );
    let _ = writeln!(b, "<p>{}</p>", esc(&practice::summary(p)));
    let _ = writeln!(b, "<section>\n<h2>{}</h2>", esc(&t!("rep-hours")));
    let months: Vec<(String, f64)> = p
        .months
        .iter()
        .map(|m| (m.month.clone(), m.hours))
        .collect();
    b.push_str(&figure(
        &svg::hours("hours", &months, p.capacity_hours_per_month),
        &t!("rep-hours-figure"),
    ));
    let rows: Vec<Vec<String>> = p
        .months
        .iter()
        .map(|m| {
            let cap = esc(&practice::capacity_cell(p, m));
            vec![
                m.month.clone(),
                m.sessions.to_string(),
                format!("{:.1}", m.hours),
                cap,
                m.mentor_energy.map_or("–".into(), |e| format!("{e:.1}")),
            ]
        })
        .collect();
    b.push_str(&table(
        &t!("rep-months-caption"),
        &practice::month_headers(),
        &rows,
        &[1, 2, 4],
    ));
    b.push_str("</section>\n");
    overdue_and_mentees(p, &mut b);
    page(&title, &b)
}

fn overdue_and_mentees(p: &PracticeReport, b: &mut String) {
    let _ = writeln!(b, "<section>\n<h2>{}</h2>", esc(&t!("rep-overdue")));
    if p.overdue.is_empty() {
        let _ = writeln!(b, "<p>{}</p>", esc(&t!("rep-overdue-none")));
    } else {
        let rows: Vec<Vec<String>> = p
            .overdue
            .iter()
            .map(|o| vec![t(&o.mentee), o.due.to_string(), o.days_overdue.to_string()])
            .collect();
        b.push_str(&table(
            &t!("rep-overdue-caption"),
            &[
                t!("rep-col-mentee"),
                t!("rep-col-due"),
                t!("rep-col-days-overdue"),
            ],
            &rows,
            &[2],
        ));
    }
    let _ = writeln!(
        b,
        "</section>\n<section>\n<h2>{}</h2>",
        esc(&t!("rep-per-mentee"))
    );
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
        &t!("rep-per-mentee-caption"),
        &practice::mentee_headers(),
        &rows,
        &[1, 2],
    ));
    b.push_str("</section>\n");
}
