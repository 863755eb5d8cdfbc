//! The reports as one self-contained HTML file: inline CSS (with print rules), inline SVG charts
//! each with a text alternative and a table of the same figures, no script, nothing fetched.
//! Every text from the store is escaped.

use super::model::{GoalLine, Report};
use super::{day, level, percent, period_words, svg};
use crate::domain::session::Owner;
use crate::domain::text::{block, line};
use crate::t;
use std::fmt::Write;

/// `text` escaped for HTML text and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One line of text from the store: control characters shown, then escaped.
fn t(text: &str) -> String {
    esc(&line(text))
}

const STYLE: &str = "
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de;
  --fill: #2f6fb3; --track: #e6ebf0; --warn: #9a3412; --energy: #a16207; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--ink);
  margin: 0; background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.private { border: 2px solid var(--warn); color: var(--warn); padding: .5rem .8rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.one { white-space: nowrap; }
figure { margin: .5rem 0 1rem; }
figcaption { color: var(--muted); font-size: .9rem; }
svg { max-width: 100%; height: auto; }
svg .lbl { font: 13px system-ui, sans-serif; fill: var(--ink); }
svg .small { font-size: 11px; }
svg .track { fill: var(--track); }
svg .fill { fill: var(--fill); }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .mood { fill: none; stroke: var(--fill); stroke-width: 2.5; }
svg .energy { fill: none; stroke: var(--energy); stroke-width: 2; stroke-dasharray: 6 4; }
svg .mood-dot { fill: var(--fill); }
svg .energy-dot { fill: var(--energy); }
svg .cap { stroke: var(--warn); stroke-width: 2; stroke-dasharray: 4 3; }
svg .cell { fill: var(--track); stroke: none; }
svg .cell.on { fill: var(--fill); }
svg .cell.target { stroke: var(--warn); stroke-width: 3; }
ul.ms { margin: .2rem 0 .8rem; padding-left: 1.2rem; }
@media print {
  @page { margin: 15mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  figure, table, tr { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
";

pub(super) fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        crate::i18n::current().code(),
        esc(title)
    )
}

/// A table: headers, then rows of cells already escaped (`num` marks right-aligned columns).
fn table(caption: &str, headers: &[String], rows: &[Vec<String>], num: &[usize]) -> String {
    let mut s = format!(
        "<table>\n<caption class=\"meta\">{}</caption>\n<thead><tr>",
        esc(caption)
    );
    for h in headers {
        let _ = write!(s, "<th scope=\"col\">{}</th>", esc(h));
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        s.push_str("<tr>");
        for (i, c) in row.iter().enumerate() {
            // A number, or a word without spaces (a date, a status), stays on one line.
            let class = if num.contains(&i) {
                " class=\"num\""
            } else if !c.contains(' ') {
                " class=\"one\""
            } else {
                ""
            };
            let _ = write!(s, "<td{class}>{c}</td>");
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n</table>\n");
    s
}

fn figure(chart: &str, caption: &str) -> String {
    format!(
        "<figure>\n{chart}\n<figcaption>{}</figcaption>\n</figure>\n",
        esc(caption)
    )
}

/// The mentee's progress report as one HTML page.
pub fn report_html(r: &Report) -> String {
    let title = t!("rep-progress-title", mentee = line(&r.mentee));
    let mut b = format!("<header>\n<h1>{}</h1>\n", esc(&title));
    if r.private {
        let _ = writeln!(
            b,
            "<p class=\"private\" role=\"note\">{}</p>",
            // The catalogue's own words, with no markup characters but an apostrophe, which
            // the page always showed as written.
            t!("rep-private-html")
        );
    }
    let meta = t!(
        "rep-meta",
        mentor = line(&r.mentor),
        date = day(r.today),
        period = period_words(r.since)
    );
    let _ = writeln!(b, "<p class=\"meta\">{}</p>\n</header>", esc(&meta));
    if !r.aspirations.trim().is_empty() {
        let _ = writeln!(
            b,
            "<p><strong>{}</strong> {}</p>",
            esc(&t!("rep-aspirations")),
            t(&r.aspirations)
        );
    }
    if r.private && !r.private_notes.trim().is_empty() {
        let _ = writeln!(
            b,
            "<p><strong>{}</strong> {}</p>",
            esc(&t!("rep-private-notes")),
            esc(&block(&r.private_notes))
        );
    }
    goals(r, &mut b);
    sessions(r, &mut b);
    feedback(r, &mut b);
    mood(r, &mut b);
    path(r, &mut b);
    page(&title, &b)
}

fn goals(r: &Report, b: &mut String) {
    let _ = writeln!(b, "<section>\n<h2>{}</h2>", esc(&t!("rep-goals")));
    if r.goals.is_empty() {
        let _ = writeln!(b, "<p>{}</p>\n</section>", esc(&t!("rep-goals-empty")));
        return;
    }
    let bars: Vec<(String, Option<f64>)> = r
        .goals
        .iter()
        .map(|g| (g.title.clone(), g.progress))
        .collect();
    b.push_str(&figure(
        &svg::bars("goals", &t!("rep-goals-chart"), &bars),
        &t!("rep-goals-figure"),
    ));
    let rows: Vec<Vec<String>> = r
        .goals
        .iter()
        .map(|g| {
            vec![
                t(&g.title),
                esc(&g.status.to_string()),
                esc(&super::markdown::with_mark(
                    percent(g.progress),
                    g.progress_from_mentee,
                )),
                esc(&smart_words(g)),
                esc(&due_words(g)),
            ]
        })
        .collect();
    b.push_str(&table(
        &t!("rep-goals"),
        &[
            t!("rep-col-goal"),
            t!("rep-col-status"),
            t!("rep-col-progress"),
            "SMART".into(),
            t!("rep-col-due"),
        ],
        &rows,
        &[2],
    ));
    for g in r
        .goals
        .iter()
        .filter(|g| !g.done.is_empty() || !g.open.is_empty())
    {
        let _ = writeln!(b, "<h3>{}</h3>", t(&g.title));
        if let Some(m) = &g.metric {
            let measure = t!("rep-measure", metric = line(m));
            let _ = writeln!(b, "<p>{}</p>", esc(&measure));
        }
        b.push_str("<ul class=\"ms\">\n");
        for k in &g.done {
            let when = k
                .done_on
                .map(|d| format!(" {}", esc(&t!("rep-milestone-done", date = d.to_string()))))
                .unwrap_or_default();
            let mark = esc(&super::markdown::with_mark(String::new(), k.from_mentee));
            let _ = writeln!(b, "<li>✔ {}{when}{mark}</li>", t(&k.title));
        }
        for k in &g.open {
            let when = match (k.due, k.overdue) {
                (Some(d), true) => format!(
                    " {}",
                    esc(&t!("rep-milestone-due-overdue", date = d.to_string()))
                ),
                (Some(d), false) => {
                    format!(" {}", esc(&t!("rep-milestone-due", date = d.to_string())))
                }
                (None, _) => String::new(),
            };
            let _ = writeln!(b, "<li>☐ {}{when}</li>", t(&k.title));
        }
        b.push_str("</ul>\n");
    }
    b.push_str("</section>\n");
}

fn smart_words(g: &GoalLine) -> String {
    if g.is_smart {
        "SMART".into()
    } else {
        t!("rep-smart-missing", strip = g.smart.as_str())
    }
}

fn due_words(g: &GoalLine) -> String {
    match (g.achieved_on, g.due, g.overdue) {
        (Some(a), _, _) => t!("rep-due-achieved", date = a.to_string()),
        (None, Some(d), true) => t!("rep-due-overdue", date = d.to_string()),
        (None, Some(d), false) => d.to_string(),
        (None, None, _) => "–".into(),
    }
}

fn sessions(r: &Report, b: &mut String) {
    let _ = writeln!(b, "<section>\n<h2>{}</h2>", esc(&t!("rep-sessions")));
    if r.sessions.is_empty() {
        let _ = writeln!(b, "<p>{}</p>", esc(&t!("rep-sessions-none")));
    } else {
        let _ = writeln!(b, "<p>{}</p>", esc(&super::sessions_held(r)));
    }
    let rows: Vec<Vec<String>> = [
        (Owner::Mentee, t!("rep-side-mentee")),
        (Owner::Mentor, t!("rep-side-mentor")),
    ]
    .iter()
    .filter_map(|(o, name)| {
        let f = r.side(*o)?;
        Some(vec![
            esc(name),
            f.made.to_string(),
            f.kept.to_string(),
            f.kept_on_time.to_string(),
            esc(&percent(f.rate)),
        ])
    })
    .collect();
    let _ = writeln!(b, "<h3>{}</h3>", esc(&t!("rep-actions")));
    b.push_str(&table(
        &t!("rep-actions-caption"),
        &super::action_headers(),
        &rows,
        &[1, 2, 3, 4],
    ));
    b.push_str("</section>\n");
}

fn feedback(r: &Report, b: &mut String) {
    let x = &r.balance;
    let balance = t!(
        "rep-balance",
        counts = super::balance_words(x),
        verdict = x.verdict.words()
    );
    let _ = writeln!(
        b,
        "<section>\n<h2>{}</h2>\n<p>{}</p>",
        esc(&t!("rep-feedback")),
        esc(&balance)
    );
    if !r.feedback.is_empty() {
        let rows: Vec<Vec<String>> = r
            .feedback
            .iter()
            .map(|f| {
                let mark = if r.private && f.private {
                    format!(" {}", esc(&t!("rep-private-mark")))
                } else {
                    String::new()
                };
                vec![
                    f.date.to_string(),
                    format!("{}{mark}", esc(&f.kind.to_string())),
                    t(&f.text),
                ]
            })
            .collect();
        b.push_str(&table(
            &t!("rep-feedback-caption"),
            &[t!("rep-col-date"), t!("rep-col-kind"), t!("rep-col-note")],
            &rows,
            &[],
        ));
    }
    b.push_str("</section>\n");
}

fn mood(r: &Report, b: &mut String) {
    let _ = writeln!(b, "<section>\n<h2>{}</h2>", esc(&t!("rep-mood")));
    if r.mood
        .iter()
        .all(|l| l.mood.is_none() && l.energy.is_none())
    {
        let _ = writeln!(b, "<p>{}</p>\n</section>", esc(&t!("rep-mood-none")));
        return;
    }
    let _ = writeln!(b, "<p>{}</p>", esc(&super::mood_trends(r)));
    let dates: Vec<String> = r.mood.iter().map(|l| l.date.to_string()).collect();
    let (mood_name, energy_name) = (t!("rep-col-mood"), t!("rep-col-energy"));
    let series = vec![
        (
            mood_name.as_str(),
            "mood",
            r.mood.iter().map(|l| l.mood).collect(),
        ),
        (
            energy_name.as_str(),
            "energy",
            r.mood.iter().map(|l| l.energy).collect(),
        ),
    ];
    b.push_str(&figure(
        &svg::levels("mood", &dates, &series),
        &t!("rep-mood-figure"),
    ));
    let headers = super::mood_headers(r.private);
    let rows: Vec<Vec<String>> = r
        .mood
        .iter()
        .map(|l| {
            let mut row = vec![l.date.to_string(), level(l.mood), level(l.energy)];
            if r.private {
                row.push(level(l.mentor_energy));
            }
            row
        })
        .collect();
    b.push_str(&table(&t!("rep-mood-caption"), &headers, &rows, &[1, 2, 3]));
    b.push_str("</section>\n");
}

fn path(r: &Report, b: &mut String) {
    if r.stages.is_empty() && r.skills.is_empty() && r.path_title.trim().is_empty() {
        return;
    }
    let title = if r.path_title.trim().is_empty() {
        t!("rep-path")
    } else {
        t!("rep-path-titled", title = line(&r.path_title))
    };
    let _ = writeln!(b, "<section>\n<h2>{}</h2>", esc(&title));
    if !r.stages.is_empty() {
        let rows: Vec<Vec<String>> = r
            .stages
            .iter()
            .map(|s| {
                vec![
                    t(&s.title),
                    esc(s.status.words()),
                    s.target.map_or("–".into(), |d| d.to_string()),
                ]
            })
            .collect();
        let headers = [
            t!("rep-col-stage"),
            t!("rep-col-status"),
            t!("rep-col-target"),
        ];
        b.push_str(&table(&t!("rep-stages-caption"), &headers, &rows, &[]));
    }
    if !r.skills.is_empty() {
        let _ = writeln!(b, "<h3>{}</h3>", esc(&t!("rep-skills")));
        let cells: Vec<(String, Option<u8>, Option<u8>)> = r
            .skills
            .iter()
            .map(|s| (s.skill.clone(), s.current, s.target))
            .collect();
        b.push_str(&figure(
            &svg::matrix("skills", &cells),
            &t!("rep-skills-figure"),
        ));
        let rows: Vec<Vec<String>> = r
            .skills
            .iter()
            .map(|s| {
                vec![
                    t(&s.skill),
                    level(s.current),
                    level(s.target),
                    s.gap.to_string(),
                ]
            })
            .collect();
        b.push_str(&table(
            &t!("rep-skills-caption"),
            &super::skill_headers(),
            &rows,
            &[1, 2, 3],
        ));
    }
    b.push_str("</section>\n");
}

mod practice;
pub use practice::practice_html;
