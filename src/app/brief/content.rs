//! What the brief overlay says, from a [`Brief`]: the last and next session and the cadence, the
//! mood and energy, the suggested agenda items with their causes, then the facts behind them
//! (open action items of each side, goals, the last session's shared notes and agenda, feedback
//! since then with its balance, stages and skill gaps).

use super::super::detail::{Row, Tone};
use super::super::spark;
use crate::domain::brief::{Brief, GoalConcern, OpenAction};
use crate::domain::derived::BalanceVerdict;
use crate::domain::text::plural;

/// What marks the suggestion `a` adds.
pub const MARK: &str = "▸";

fn row(label: &'static str, text: impl Into<String>, tone: Tone) -> Row {
    Row {
        label,
        text: text.into(),
        tone,
    }
}

fn line(text: impl Into<String>, tone: Tone) -> Row {
    row("", text, tone)
}

fn days(n: i64) -> String {
    plural(n.unsigned_abs() as usize, "day", "days")
}

/// What the overlay says when the mentee is no longer in the file.
pub fn gone() -> Vec<Row> {
    vec![line("This mentee is no longer in the file.", Tone::Muted)]
}

/// The rows of the brief `b`, suggestion `pick` marked; `columns` is the room for a line (the
/// sparklines are cut to it).
pub fn rows(b: &Brief, pick: usize, columns: usize) -> Vec<Row> {
    let mut out = Vec::new();
    top(&mut out, b, columns);
    suggestions(&mut out, b, pick);
    actions(&mut out, b);
    goals(&mut out, b);
    last_session(&mut out, b);
    feedback(&mut out, b);
    path(&mut out, b);
    out
}

fn section(out: &mut Vec<Row>, title: String) {
    out.push(line("", Tone::Plain));
    out.push(line(title, Tone::Heading));
}

/// Time since the last session, the next one, the cadence, mood and energy.
fn top(out: &mut Vec<Row>, b: &Brief, columns: usize) {
    let last = b.last_session.as_ref().map_or("none held yet".into(), |s| {
        let ago = match s.days_since {
            0 => "today".to_string(),
            n => format!("{} ago", days(n)),
        };
        format!("{} · {ago}", s.date)
    });
    out.push(row("last session", last, Tone::Plain));
    let next = b.next_session.as_ref().map_or("none planned".into(), |s| {
        let when = crate::i18n::date::with_weekday(&s.at, s.at.format("%Y-%m-%d %H:%M"));
        match s.agenda.trim() {
            "" => when.to_string(),
            agenda => format!("{when} · {agenda}"),
        }
    });
    out.push(row("next session", next, Tone::Plain));
    let (cadence, tone) = match &b.cadence {
        None => ("no cadence agreed".to_string(), Tone::Muted),
        Some(c) if c.slipped => (
            format!(
                "{}: slipped, due {} ({} overdue)",
                c.cadence,
                c.due,
                days(c.days_overdue)
            ),
            Tone::Attention,
        ),
        Some(c) => (format!("{}: next due {}", c.cadence, c.due), Tone::Plain),
    };
    out.push(row("cadence", cadence, tone));
    let room = columns.saturating_sub(super::super::detail::LABEL);
    let m = &b.mood;
    if m.mood.iter().chain(&m.energy).all(Option::is_none) {
        out.push(row("mood, energy", "none recorded yet", Tone::Muted));
    } else {
        out.push(row("mood", spark::spark(&m.mood, room), Tone::Plain));
        out.push(row("energy", spark::spark(&m.energy, room), Tone::Plain));
    }
    if m.fell_three_in_a_row {
        out.push(row(
            "",
            "! the mood fell on the last three sessions in a row",
            Tone::Attention,
        ));
    }
}

/// The suggested agenda items, each with its cause; the picked one marked.
fn suggestions(out: &mut Vec<Row>, b: &Brief, pick: usize) {
    section(
        out,
        format!("Suggested agenda items ({})", b.suggestions.len()),
    );
    if b.suggestions.is_empty() {
        out.push(line("nothing stands out", Tone::Muted));
    }
    for (i, s) in b.suggestions.iter().enumerate() {
        let mark = if i == pick { MARK } else { "·" };
        out.push(line(format!("{mark} {}", s.text), Tone::Plain));
        out.push(line(format!("    because {}", s.cause), Tone::Muted));
    }
}

fn action_line(a: &OpenAction) -> String {
    let due = match (a.due, a.days_overdue) {
        (Some(d), n) if n > 0 => format!(" · due {d}, {} overdue", days(n)),
        (Some(d), _) => format!(" · due {d}"),
        (None, _) => String::new(),
    };
    format!("· {} (agreed {}){due}", a.text, a.agreed_on)
}

/// The open action items of each side, oldest first.
fn actions(out: &mut Vec<Row>, b: &Brief) {
    for (who, items) in [
        ("the mentee's", &b.mentee_actions),
        ("yours", &b.mentor_actions),
    ] {
        section(out, format!("Open action items, {who} ({})", items.len()));
        for a in items.iter() {
            let tone = if a.days_overdue > 0 {
                Tone::Attention
            } else {
                Tone::Plain
            };
            out.push(line(action_line(a), tone));
        }
    }
}

/// The goals with something to say.
fn goals(out: &mut Vec<Row>, b: &Brief) {
    section(out, format!("Goals to look at ({})", b.goals.len()));
    for g in &b.goals {
        let progress = g
            .progress
            .map_or(String::new(), |p| format!(" · {:.0}%", p * 100.0));
        out.push(line(format!("· {}{progress}", g.title), Tone::Plain));
        for c in &g.concerns {
            let said = match c {
                GoalConcern::Overdue { days: n } => format!("overdue by {}", days(*n)),
                GoalConcern::DueSoon { days: n } => format!("due in {}", days(*n)),
                GoalConcern::NoProgress { since } => format!("no progress since {since}"),
            };
            out.push(line(format!("    {said}"), Tone::Muted));
        }
    }
}

/// The last held session's agenda and shared notes.
fn last_session(out: &mut Vec<Row>, b: &Brief) {
    let Some(s) = &b.last_session else {
        return;
    };
    section(out, format!("Last session, {}", s.date));
    out.push(row("agenda", or_dash(&s.agenda), Tone::Plain));
    out.push(row("shared notes", or_dash(&s.shared_notes), Tone::Plain));
}

fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "-".into()
    } else {
        s.to_string()
    }
}

/// Feedback since the last session, its balance, and the nudge.
fn feedback(out: &mut Vec<Row>, b: &Brief) {
    let f = &b.feedback;
    let since = f.since.map_or("so far".into(), |d| format!("since {d}"));
    section(out, format!("Feedback {since} ({})", f.notes.len()));
    let bal = &f.balance;
    let verdict = match bal.verdict {
        BalanceVerdict::TooFew => String::new(),
        v => format!(": {}", v.words()),
    };
    out.push(row(
        "balance",
        format!(
            "{}, {}{verdict}",
            plural(bal.strengths, "strength", "strengths"),
            plural(bal.improvements, "improvement", "improvements"),
        ),
        Tone::Plain,
    ));
    if f.only_improvements {
        out.push(row(
            "nudge",
            "only improvements given lately: name a strength",
            Tone::Attention,
        ));
    }
    for n in &f.notes {
        let private = if n.shared { "" } else { " (private)" };
        out.push(line(
            format!("· {} {}{private}: {}", n.date, n.kind.name(), n.text),
            Tone::Plain,
        ));
    }
}

/// The open stages and the skill gaps, when the mentee has a path or skill levels.
fn path(out: &mut Vec<Row>, b: &Brief) {
    let Some(p) = &b.path else {
        return;
    };
    let title = if p.title.trim().is_empty() {
        "Path".to_string()
    } else {
        format!("Path: {}", p.title)
    };
    section(out, title);
    for s in &p.stages {
        let target = s.target.map_or(String::new(), |d| format!(" · by {d}"));
        out.push(line(
            format!("· {} ({}){target}", s.title, s.status.words()),
            Tone::Plain,
        ));
    }
    for g in &p.gaps {
        let now = g.current.map_or("none".into(), |n| n.to_string());
        out.push(row(
            "skill gap",
            format!("{}: {now} of {} needed", g.skill, g.target),
            Tone::Plain,
        ));
    }
    if !p.unassessed.is_empty() {
        out.push(row("not assessed", p.unassessed.join(", "), Tone::Muted));
    }
}
