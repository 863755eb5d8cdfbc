//! The closing report as one HTML page (the progress report's page and style): no script,
//! nothing fetched, every text from the store escaped.

use super::super::html::{esc, page};
use super::{
    connection_words, feedback_words, goal_history, goals_summary, meta, milestones_words,
    outcome_words, sessions_words, title,
};
use crate::domain::closing::{ClosingReview, Outcome};
use crate::domain::text::line;
use crate::t;
use std::fmt::Write;

/// Text from the store of several lines: one escaped paragraph per line.
fn paragraphs(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("<p>{}</p>\n", esc(&line(l))))
        .collect()
}

fn section(b: &mut String, heading: &str) {
    let _ = writeln!(b, "<section>\n<h2>{}</h2>", esc(heading));
}

/// The closing review of a mentee as one HTML page.
pub fn closing_html(r: &ClosingReview) -> String {
    let title = title(r);
    let mut b = format!("<header>\n<h1>{}</h1>\n", esc(&title));
    if r.private {
        let _ = writeln!(
            b,
            "<p class=\"private\" role=\"note\">{}</p>",
            t!("rep-private-html")
        );
    }
    let _ = writeln!(b, "<p class=\"meta\">{}</p>\n</header>", esc(&meta(r)));
    goals(r, &mut b);
    section(&mut b, &t!("close-sessions"));
    for s in sessions_words(r) {
        let _ = writeln!(b, "<p>{}</p>", esc(&s));
    }
    b.push_str("</section>\n");
    section(&mut b, &t!("close-feedback"));
    b.push_str("<ul>\n");
    for f in feedback_words(r) {
        let _ = writeln!(b, "<li>{}</li>", esc(&f));
    }
    b.push_str("</ul>\n</section>\n");
    connections(r, &mut b);
    words(r, &mut b);
    page(&title, &b)
}

fn goals(r: &ClosingReview, b: &mut String) {
    section(b, &t!("close-goals"));
    if r.goals.is_empty() {
        let _ = writeln!(b, "<p>{}</p>\n</section>", esc(&t!("close-goals-empty")));
        return;
    }
    let _ = writeln!(b, "<p><strong>{}</strong></p>", esc(&goals_summary(r)));
    for o in Outcome::ALL {
        let goals: Vec<_> = r.with_outcome(o).collect();
        if goals.is_empty() {
            continue;
        }
        let _ = writeln!(b, "<h3>{}</h3>\n<ul>", esc(&outcome_words(o)));
        for g in goals {
            let _ = writeln!(
                b,
                "<li><strong>{}</strong>: {}</li>",
                esc(&line(&g.title)),
                esc(&goal_history(g).join(" · "))
            );
        }
        b.push_str("</ul>\n");
    }
    let _ = writeln!(b, "<p>{}</p>", esc(&milestones_words(r)));
    let _ = writeln!(
        b,
        "<p class=\"meta\">{} {}</p>\n</section>",
        esc(&t!("close-partly-rule")),
        esc(&t!("close-history-rule"))
    );
}

fn connections(r: &ClosingReview, b: &mut String) {
    section(b, &t!("close-connections"));
    if r.connections_made.is_empty() {
        let _ = writeln!(b, "<p>{}</p>", esc(&t!("close-connections-none")));
    } else {
        b.push_str("<ul>\n");
        for c in &r.connections_made {
            let _ = writeln!(b, "<li>{}</li>", esc(&connection_words(c)));
        }
        b.push_str("</ul>\n");
    }
    if r.connections_open > 0 {
        let open = t!("close-connections-open", count = r.connections_open);
        let _ = writeln!(b, "<p>{}</p>", esc(&open));
    }
    b.push_str("</section>\n");
}

/// The closing note, the private note (the mentor's review only) and the mentee's reflection.
fn words(r: &ClosingReview, b: &mut String) {
    section(b, &t!("close-note"));
    if r.note.trim().is_empty() {
        let _ = writeln!(b, "<p>{}</p>", esc(&t!("close-note-none")));
    } else {
        b.push_str(&paragraphs(&r.note));
    }
    if let Some(d) = r.note_written_on {
        let written = t!("close-note-written", date = d.to_string());
        let _ = writeln!(b, "<p class=\"meta\">{}</p>", esc(&written));
    }
    if r.private && !r.private_note.trim().is_empty() {
        let _ = writeln!(b, "<h3>{}</h3>", esc(&t!("close-private-note")));
        b.push_str(&paragraphs(&r.private_note));
    }
    b.push_str("</section>\n");
    let mentee = line(&r.mentee);
    section(b, &t!("close-reflection", mentee = mentee.as_ref()));
    if r.reflection.trim().is_empty() {
        let none = t!("close-reflection-none", mentee = mentee.as_ref());
        let _ = writeln!(b, "<p>{}</p>", esc(&none));
    } else {
        b.push_str(&paragraphs(&r.reflection));
    }
    b.push_str("</section>\n");
}
