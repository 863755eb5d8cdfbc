//! The brief as plain text lines for a terminal: every line at most `width` columns, text from
//! the file made safe ([`crate::domain::text::line`]).

use crate::domain::brief::{Brief, GoalConcern, OpenAction};
use crate::domain::mood::sparkline;
use crate::domain::text::{block, fit, line, plural, wrap};

/// Builds lines of at most `width` columns.
struct Lines {
    width: usize,
    out: Vec<String>,
}

impl Lines {
    fn push(&mut self, text: &str) {
        self.out.push(fit(text, self.width));
    }

    /// A heading, after a blank line.
    fn heading(&mut self, text: &str) {
        if !self.out.is_empty() {
            self.out.push(String::new());
        }
        self.push(text);
    }

    /// Text wrapped under an indent.
    fn wrapped(&mut self, indent: usize, text: &str) {
        let pad = " ".repeat(indent);
        for l in wrap(&block(text), self.width.saturating_sub(indent).max(10)) {
            self.out.push(fit(&format!("{pad}{l}"), self.width));
        }
    }

    /// A label and a value: `Label      value`, the value wrapped under itself.
    fn field(&mut self, label: &str, value: &str) {
        let room = self.width.saturating_sub(14).max(10);
        for (i, l) in wrap(value, room).iter().enumerate() {
            let head = if i == 0 { label } else { "" };
            self.out.push(fit(&format!("{head:<14}{l}"), self.width));
        }
    }
}

/// The brief as lines of at most `width` columns (at least 40 is sensible).
pub fn brief_lines(b: &Brief, width: usize) -> Vec<String> {
    let mut l = Lines {
        width: width.max(20),
        out: Vec::new(),
    };
    l.push(&format!(
        "Brief: {} ({}), {}",
        line(&b.mentee),
        b.mentee_id,
        b.today
    ));
    meeting(b, &mut l);
    actions(&mut l, "Their open action items", &b.mentee_actions);
    actions(&mut l, "Your open action items", &b.mentor_actions);
    goals(b, &mut l);
    feedback(b, &mut l);
    mood(b, &mut l);
    path(b, &mut l);
    l.heading("Suggested agenda");
    if b.suggestions.is_empty() {
        l.push("  nothing stands out");
    }
    for (i, s) in b.suggestions.iter().enumerate() {
        let head = format!("{:>2}. ", i + 1);
        let text = wrap(&line(&s.text), l.width.saturating_sub(4).max(10));
        for (k, t) in text.iter().enumerate() {
            let pre = if k == 0 { head.as_str() } else { "    " };
            l.push(&format!("{pre}{t}"));
        }
        l.wrapped(6, &format!("why: {}", line(&s.cause)));
    }
    l.out
}

/// The brief as one text, lines ending in newlines.
pub fn brief_text(b: &Brief, width: usize) -> String {
    let mut out = brief_lines(b, width).join("\n");
    out.push('\n');
    out
}

fn meeting(b: &Brief, l: &mut Lines) {
    match &b.last_session {
        Some(s) => l.field(
            "Last session",
            &format!(
                "{} ({}), {} ago",
                s.date,
                s.id,
                plural(usize::try_from(s.days_since).unwrap_or(0), "day", "days")
            ),
        ),
        None => l.field("Last session", "none held yet"),
    }
    if let Some(c) = &b.cadence {
        let state = if c.slipped {
            format!("slipped: due {}, {} days overdue", c.due, c.days_overdue)
        } else {
            format!("on track: next due {}", c.due)
        };
        l.field("Cadence", &format!("{}; {state}", c.cadence));
    }
    if let Some(n) = &b.next_session {
        l.field(
            "Next session",
            &format!("{} ({})", n.at.format("%Y-%m-%d %H:%M"), n.id),
        );
    }
    if let Some(s) = &b.last_session {
        if !s.agenda.trim().is_empty() {
            l.heading("Last session's agenda");
            l.wrapped(2, &s.agenda);
        }
        if !s.shared_notes.trim().is_empty() {
            l.heading("Last session's shared notes");
            l.wrapped(2, &s.shared_notes);
        }
    }
}

fn actions(l: &mut Lines, title: &str, items: &[OpenAction]) {
    if items.is_empty() {
        return;
    }
    l.heading(&format!("{title} ({})", items.len()));
    for a in items {
        let due = match (a.due, a.days_overdue) {
            (Some(d), 0) => format!("due {d}"),
            (Some(d), n) => format!("due {d}, {n} days overdue"),
            (None, _) => "no due date".into(),
        };
        l.wrapped(
            2,
            &format!("{} {} (from {}; {due})", a.id, line(&a.text), a.agreed_on),
        );
    }
}

fn goals(b: &Brief, l: &mut Lines) {
    if b.goals.is_empty() {
        return;
    }
    l.heading("Goals to look at");
    for g in &b.goals {
        let concerns: Vec<String> = g
            .concerns
            .iter()
            .map(|c| match c {
                GoalConcern::Overdue { days } => format!("{days} days overdue"),
                GoalConcern::DueSoon { days } => format!("due in {days} days"),
                GoalConcern::NoProgress { since } => format!("no progress since {since}"),
            })
            .collect();
        let progress = g
            .progress
            .map(|p| format!(", {:.0}% done", p * 100.0))
            .unwrap_or_default();
        l.wrapped(
            2,
            &format!(
                "{} {}: {}{progress}",
                g.id,
                line(&g.title),
                concerns.join(", ")
            ),
        );
    }
}

fn feedback(b: &Brief, l: &mut Lines) {
    let f = &b.feedback;
    let since = f
        .since
        .map(|d| format!("since {d}"))
        .unwrap_or_else(|| "so far".into());
    l.heading(&format!("Feedback {since}"));
    l.wrapped(
        2,
        &format!(
            "{}, {}, {}: {}",
            plural(f.balance.strengths, "strength", "strengths"),
            plural(f.balance.improvements, "improvement", "improvements"),
            plural(f.balance.observations, "observation", "observations"),
            f.balance.verdict.words()
        ),
    );
    for n in &f.notes {
        let private = if n.shared { "" } else { " (private)" };
        l.wrapped(
            2,
            &format!("{} {}{private}: {}", n.date, n.kind, line(&n.text)),
        );
    }
    if f.only_improvements {
        l.wrapped(
            2,
            "Nudge: only points to work on were given lately; name something that went well.",
        );
    }
}

fn mood(b: &Brief, l: &mut Lines) {
    let m = &b.mood;
    if m.mood.iter().all(Option::is_none) && m.energy.iter().all(Option::is_none) {
        return;
    }
    l.heading("Mood and energy (held sessions, oldest first)");
    let last = |v: Option<(chrono::NaiveDate, u8)>| {
        v.map(|(d, n)| format!(", last {n}/5 on {d}"))
            .unwrap_or_default()
    };
    let spark = |s: &[Option<u8>]| sparkline(crate::domain::mood::last(s, 24));
    l.push(&format!(
        "  Mood    {} {}{}",
        spark(&m.mood),
        m.mood_trend.words(),
        last(m.last_mood)
    ));
    l.push(&format!(
        "  Energy  {} {}{}",
        spark(&m.energy),
        m.energy_trend.words(),
        last(m.last_energy)
    ));
    if m.fell_three_in_a_row {
        l.push("  The mood fell at each of the last three sessions.");
    }
}

fn path(b: &Brief, l: &mut Lines) {
    let Some(p) = &b.path else { return };
    let title = if p.title.trim().is_empty() {
        "Career path".to_string()
    } else {
        format!("Career path: {}", line(&p.title))
    };
    l.heading(&title);
    for s in &p.stages {
        let target = s
            .target
            .map(|t| format!(", target {t}"))
            .unwrap_or_default();
        l.wrapped(
            2,
            &format!("{} {} ({}{target})", s.id, line(&s.title), s.status.words()),
        );
    }
    if !p.gaps.is_empty() {
        let gaps: Vec<String> = p
            .gaps
            .iter()
            .map(|g| {
                let current = g.current.map_or("-".to_string(), |c| c.to_string());
                format!("{} {current}→{}", line(&g.skill), g.target)
            })
            .collect();
        l.wrapped(2, &format!("Skill gaps: {}", gaps.join(", ")));
    }
    if !p.unassessed.is_empty() {
        let names: Vec<String> = p.unassessed.iter().map(|s| line(s).into_owned()).collect();
        l.wrapped(2, &format!("No level recorded: {}", names.join(", ")));
    }
}
