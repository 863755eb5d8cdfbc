//! The closing report as Markdown: headings and lists, every text from the store escaped.

use super::super::markdown::md;
use super::{
    connection_words, feedback_words, goal_history, goals_summary, meta, milestones_words,
    outcome_words, sessions_words, title,
};
use crate::domain::closing::{ClosingReview, Outcome};
use crate::t;
use std::fmt::Write;

/// Text from the store of several lines: one escaped paragraph per line.
fn paragraphs(text: &str) -> String {
    let lines: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(md)
        .collect();
    lines.join("\n\n")
}

/// The closing review of a mentee as Markdown.
pub fn closing_md(r: &ClosingReview) -> String {
    let mut out = format!("# {}\n\n", md(&title(r)));
    if r.private {
        let _ = writeln!(
            out,
            "> **{}** {}\n",
            t!("rep-private-md-lead"),
            t!("rep-private-md-rest")
        );
    }
    let _ = writeln!(out, "{}\n", md(&meta(r)));
    goals(r, &mut out);
    let _ = writeln!(out, "## {}\n", t!("close-sessions"));
    for s in sessions_words(r) {
        let _ = writeln!(out, "{s}\n");
    }
    let _ = writeln!(out, "## {}\n", t!("close-feedback"));
    for f in feedback_words(r) {
        let _ = writeln!(out, "- {f}");
    }
    out.push('\n');
    connections(r, &mut out);
    words(r, &mut out);
    out
}

fn goals(r: &ClosingReview, out: &mut String) {
    let _ = writeln!(out, "## {}\n", t!("close-goals"));
    if r.goals.is_empty() {
        let _ = writeln!(out, "{}\n", t!("close-goals-empty"));
        return;
    }
    let _ = writeln!(out, "{}\n", goals_summary(r));
    for o in Outcome::ALL {
        let goals: Vec<_> = r.with_outcome(o).collect();
        if goals.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {}\n", outcome_words(o));
        for g in goals {
            let history: Vec<String> = goal_history(g).iter().map(|p| md(p)).collect();
            let _ = writeln!(out, "- **{}**: {}", md(&g.title), history.join(" · "));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}\n", milestones_words(r));
    let _ = writeln!(
        out,
        "*{}* *{}*\n",
        t!("close-partly-rule"),
        t!("close-history-rule")
    );
}

fn connections(r: &ClosingReview, out: &mut String) {
    let _ = writeln!(out, "## {}\n", t!("close-connections"));
    if r.connections_made.is_empty() {
        let _ = writeln!(out, "{}\n", t!("close-connections-none"));
    }
    for c in &r.connections_made {
        let _ = writeln!(out, "- {}", md(&connection_words(c)));
    }
    if !r.connections_made.is_empty() {
        out.push('\n');
    }
    if r.connections_open > 0 {
        let _ = writeln!(
            out,
            "{}\n",
            t!("close-connections-open", count = r.connections_open)
        );
    }
}

/// The closing note, the private note (the mentor's review only) and the mentee's reflection.
fn words(r: &ClosingReview, out: &mut String) {
    let _ = writeln!(out, "## {}\n", t!("close-note"));
    if r.note.trim().is_empty() {
        let _ = writeln!(out, "{}\n", t!("close-note-none"));
    } else {
        let _ = writeln!(out, "{}\n", paragraphs(&r.note));
    }
    if let Some(d) = r.note_written_on {
        let _ = writeln!(
            out,
            "*{}*\n",
            t!("close-note-written", date = d.to_string())
        );
    }
    if r.private && !r.private_note.trim().is_empty() {
        let _ = writeln!(out, "### {}\n", t!("close-private-note"));
        let _ = writeln!(out, "{}\n", paragraphs(&r.private_note));
    }
    let mentee = crate::domain::text::line(&r.mentee);
    let _ = writeln!(
        out,
        "## {}\n",
        md(&t!("close-reflection", mentee = mentee.as_ref()))
    );
    if r.reflection.trim().is_empty() {
        let none = t!("close-reflection-none", mentee = mentee.as_ref());
        let _ = writeln!(out, "{}\n", md(&none));
    } else {
        let _ = writeln!(out, "{}\n", paragraphs(&r.reflection));
    }
}
