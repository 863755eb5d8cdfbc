//! What the brief overlay says, from a [`Brief`]: the last and next session and the cadence, the
//! mood and energy, the suggested agenda items with their causes, then the facts behind them
//! (open action items of each side, goals, the last session's shared notes and agenda, feedback
//! since then with its balance, stages and skill gaps).

use super::super::detail::{Row, Tone};
use super::super::spark;
use crate::domain::brief::{Brief, GoalConcern, OpenAction};
use crate::domain::derived::BalanceVerdict;
use crate::t;

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
    t!("app-brief-days", count = n.unsigned_abs())
}

/// What the overlay says when the mentee is no longer in the file.
pub fn gone() -> Vec<Row> {
    vec![line(t!("app-brief-gone"), Tone::Muted)]
}

/// The rows of the brief `b`, suggestion `pick` marked; `columns` is the room for a line (the
/// sparklines are cut to it).
pub fn rows(b: &Brief, pick: usize, columns: usize) -> Vec<Row> {
    let mut out = Vec::new();
    top(&mut out, b, columns);
    suggestions(&mut out, b, pick);
    questions(&mut out, b, pick.checked_sub(b.suggestions.len()));
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
    let last = b.last_session.as_ref().map_or_else(
        || t!("app-brief-none-held"),
        |s| {
            let ago = match s.days_since {
                0 => t!("app-brief-today"),
                n => t!("app-brief-ago", days = days(n)),
            };
            format!("{} · {ago}", s.date)
        },
    );
    out.push(row("last session", last, Tone::Plain));
    let next = b.next_session.as_ref().map_or_else(
        || t!("app-brief-none-planned"),
        |s| {
            let when = crate::i18n::date::with_weekday(&s.at, s.at.format("%Y-%m-%d %H:%M"));
            match s.agenda.trim() {
                "" => when.to_string(),
                agenda => format!("{when} · {agenda}"),
            }
        },
    );
    out.push(row("next session", next, Tone::Plain));
    let (cadence, tone) = match &b.cadence {
        None => (t!("app-brief-no-cadence"), Tone::Muted),
        Some(c) if c.slipped => (
            t!(
                "app-brief-cadence-slipped",
                cadence = c.cadence.to_string(),
                due = c.due.to_string(),
                overdue = days(c.days_overdue)
            ),
            Tone::Attention,
        ),
        Some(c) => (
            t!(
                "app-brief-cadence-next",
                cadence = c.cadence.to_string(),
                due = c.due.to_string()
            ),
            Tone::Plain,
        ),
    };
    out.push(row("cadence", cadence, tone));
    let room = columns.saturating_sub(super::super::detail::LABEL);
    let m = &b.mood;
    if m.mood.iter().chain(&m.energy).all(Option::is_none) {
        out.push(row("mood, energy", t!("app-brief-no-mood"), Tone::Muted));
    } else {
        out.push(row("mood", spark::spark(&m.mood, room), Tone::Plain));
        out.push(row("energy", spark::spark(&m.energy, room), Tone::Plain));
    }
    if m.fell_three_in_a_row {
        out.push(row("", t!("app-brief-mood-fell"), Tone::Attention));
    }
}

/// The suggested agenda items, each with its cause; the picked one marked.
fn suggestions(out: &mut Vec<Row>, b: &Brief, pick: usize) {
    section(
        out,
        t!("app-brief-suggestions", count = b.suggestions.len()),
    );
    if b.suggestions.is_empty() {
        out.push(line(t!("app-brief-nothing-stands-out"), Tone::Muted));
    }
    for (i, s) in b.suggestions.iter().enumerate() {
        let mark = if i == pick { MARK } else { "·" };
        out.push(line(format!("{mark} {}", s.text), Tone::Plain));
        out.push(line(
            format!("    {}", t!("app-brief-because", cause = s.cause.as_str())),
            Tone::Muted,
        ));
    }
}

/// The questions to ask, numbered (their keys `1` to `3`), each with its reason; the picked one
/// (`pick`, counted from the first question) marked.
fn questions(out: &mut Vec<Row>, b: &Brief, pick: Option<usize>) {
    section(out, t!("qs-brief-heading", count = b.questions.len()));
    for (i, q) in b.questions.iter().enumerate() {
        let mark = if pick == Some(i) { MARK } else { "·" };
        out.push(line(format!("{mark} {}. {}", i + 1, q.text), Tone::Plain));
        out.push(line(
            format!("    {}", t!("qs-app-why", reason = q.reason.as_str())),
            Tone::Muted,
        ));
    }
}

fn action_line(a: &OpenAction) -> String {
    let due = match (a.due, a.days_overdue) {
        (Some(d), n) if n > 0 => t!(
            "app-brief-due-overdue",
            date = d.to_string(),
            overdue = days(n)
        ),
        (Some(d), _) => t!("app-detail-due", date = d.to_string()),
        (None, _) => String::new(),
    };
    t!(
        "app-brief-action",
        text = a.text.as_str(),
        agreed = a.agreed_on.to_string(),
        due = due
    )
}

/// The open action items of each side, oldest first.
fn actions(out: &mut Vec<Row>, b: &Brief) {
    for (mentee, items) in [(true, &b.mentee_actions), (false, &b.mentor_actions)] {
        let title = if mentee {
            t!("app-brief-actions-mentee", count = items.len())
        } else {
            t!("app-brief-actions-yours", count = items.len())
        };
        section(out, title);
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
    section(out, t!("app-brief-goals", count = b.goals.len()));
    for g in &b.goals {
        let progress = g
            .progress
            .map_or(String::new(), |p| format!(" · {:.0}%", p * 100.0));
        out.push(line(format!("· {}{progress}", g.title), Tone::Plain));
        for c in &g.concerns {
            let said = match c {
                GoalConcern::Overdue { days: n } => t!("app-brief-overdue-by", days = days(*n)),
                GoalConcern::DueSoon { days: n } => t!("app-brief-due-in", days = days(*n)),
                GoalConcern::NoProgress { since } => {
                    t!("app-brief-no-progress", since = since.to_string())
                }
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
    section(out, t!("app-brief-last-session", date = s.date.to_string()));
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
    let title = match f.since {
        Some(d) => t!(
            "app-brief-feedback-since",
            date = d.to_string(),
            count = f.notes.len()
        ),
        None => t!("app-brief-feedback-so-far", count = f.notes.len()),
    };
    section(out, title);
    let bal = &f.balance;
    let verdict = match bal.verdict {
        BalanceVerdict::TooFew => String::new(),
        v => format!(": {}", v.words()),
    };
    out.push(row(
        "balance",
        t!(
            "app-brief-balance",
            strengths = bal.strengths,
            improvements = bal.improvements,
            verdict = verdict
        ),
        Tone::Plain,
    ));
    if f.only_improvements {
        out.push(row("nudge", t!("app-brief-nudge"), Tone::Attention));
    }
    for n in &f.notes {
        let args = (n.date.to_string(), n.kind.name(), n.text.as_str());
        let said = if n.shared {
            t!(
                "app-brief-note",
                date = args.0,
                kind = args.1,
                text = args.2
            )
        } else {
            t!(
                "app-brief-note-private",
                date = args.0,
                kind = args.1,
                text = args.2
            )
        };
        out.push(line(said, Tone::Plain));
    }
}

/// The open stages and the skill gaps, when the mentee has a path or skill levels.
fn path(out: &mut Vec<Row>, b: &Brief) {
    let Some(p) = &b.path else {
        return;
    };
    let title = if p.title.trim().is_empty() {
        t!("app-brief-path")
    } else {
        t!("app-brief-path-titled", title = p.title.as_str())
    };
    section(out, title);
    for s in &p.stages {
        let target = s
            .target
            .map_or(String::new(), |d| t!("app-brief-by", date = d.to_string()));
        out.push(line(
            format!("· {} ({}){target}", s.title, s.status.words()),
            Tone::Plain,
        ));
    }
    for g in &p.gaps {
        let now = g
            .current
            .map_or_else(|| t!("app-brief-none"), |n| n.to_string());
        out.push(row(
            "skill gap",
            t!(
                "app-brief-gap",
                skill = g.skill.as_str(),
                now = now,
                target = g.target
            ),
            Tone::Plain,
        ));
    }
    if !p.unassessed.is_empty() {
        out.push(row("not assessed", p.unassessed.join(", "), Tone::Muted));
    }
}
