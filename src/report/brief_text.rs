//! The brief as plain text lines for a terminal: every line at most `width` columns, text from
//! the file made safe ([`crate::domain::text::line`]).

use crate::domain::brief::{Brief, GoalConcern, OpenAction};
use crate::domain::mood::sparkline;
use crate::domain::text::{block, fit, line, width, wrap};
use crate::t;

/// Builds lines of at most `width` columns.
struct Lines {
    width: usize,
    /// The column where a field's value starts: the widest label and two blanks.
    label: usize,
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
        let room = self.width.saturating_sub(self.label).max(10);
        for (i, l) in wrap(value, room).iter().enumerate() {
            let head = if i == 0 { label } else { "" };
            let pad = " ".repeat(self.label.saturating_sub(width(head)));
            self.out.push(fit(&format!("{head}{pad}{l}"), self.width));
        }
    }
}

/// The brief as lines of at most `width` columns (at least 40 is sensible).
pub fn brief_lines(b: &Brief, width: usize) -> Vec<String> {
    let labels = [
        t!("rep-brief-last-session"),
        t!("rep-brief-cadence"),
        t!("rep-brief-next-session"),
    ];
    let mut l = Lines {
        width: width.max(20),
        label: labels.iter().map(|s| self::width(s)).max().unwrap_or(12) + 2,
        out: Vec::new(),
    };
    l.push(&t!(
        "rep-brief-title",
        mentee = line(&b.mentee),
        id = b.mentee_id.to_string(),
        date = super::day(b.today)
    ));
    meeting(b, &mut l);
    actions(&mut l, &t!("rep-brief-their-actions"), &b.mentee_actions);
    actions(&mut l, &t!("rep-brief-your-actions"), &b.mentor_actions);
    goals(b, &mut l);
    feedback(b, &mut l);
    mood(b, &mut l);
    path(b, &mut l);
    l.heading(&t!("rep-brief-agenda"));
    if b.suggestions.is_empty() {
        l.push(&format!("  {}", t!("rep-brief-agenda-none")));
    }
    for (i, s) in b.suggestions.iter().enumerate() {
        let head = format!("{:>2}. ", i + 1);
        let text = wrap(&line(&s.text), l.width.saturating_sub(4).max(10));
        for (k, t) in text.iter().enumerate() {
            let pre = if k == 0 { head.as_str() } else { "    " };
            l.push(&format!("{pre}{t}"));
        }
        l.wrapped(6, &t!("rep-brief-why", cause = line(&s.cause)));
    }
    questions(b, &mut l);
    l.out
}

/// The questions to ask, each with its key (for `mentor questions ask`) and its reason.
fn questions(b: &Brief, l: &mut Lines) {
    l.heading(&t!("qs-brief-heading", count = b.questions.len()));
    for (i, q) in b.questions.iter().enumerate() {
        let head = format!("{:>2}. ", i + 1);
        let text = wrap(&line(&q.text), l.width.saturating_sub(4).max(10));
        for (k, t) in text.iter().enumerate() {
            let pre = if k == 0 { head.as_str() } else { "    " };
            l.push(&format!("{pre}{t}"));
        }
        l.wrapped(
            6,
            &t!(
                "qs-brief-why",
                key = q.key.as_str(),
                reason = line(&q.reason)
            ),
        );
    }
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
            &t!("rep-brief-last-session"),
            &t!(
                "rep-brief-last-ago",
                date = s.date.to_string(),
                id = s.id.to_string(),
                days = s.days_since.max(0)
            ),
        ),
        None => l.field(&t!("rep-brief-last-session"), &t!("rep-brief-none-held")),
    }
    if let Some(c) = &b.cadence {
        let state = if c.slipped {
            t!(
                "rep-brief-slipped",
                date = c.due.to_string(),
                days = c.days_overdue
            )
        } else {
            t!("rep-brief-on-track", date = c.due.to_string())
        };
        l.field(&t!("rep-brief-cadence"), &format!("{}; {state}", c.cadence));
    }
    if let Some(n) = &b.next_session {
        l.field(
            &t!("rep-brief-next-session"),
            &format!("{} ({})", n.at.format("%Y-%m-%d %H:%M"), n.id),
        );
    }
    if let Some(s) = &b.last_session {
        if !s.agenda.trim().is_empty() {
            l.heading(&t!("rep-brief-last-agenda"));
            l.wrapped(2, &s.agenda);
        }
        if !s.shared_notes.trim().is_empty() {
            l.heading(&t!("rep-brief-last-notes"));
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
            (Some(d), 0) => t!("rep-brief-due", date = d.to_string()),
            (Some(d), n) => t!("rep-brief-due-overdue", date = d.to_string(), days = n),
            (None, _) => t!("rep-brief-no-due"),
        };
        let action = t!(
            "rep-brief-action",
            id = a.id.to_string(),
            text = line(&a.text),
            agreed = a.agreed_on.to_string(),
            due = due
        );
        l.wrapped(2, &action);
    }
}

fn goals(b: &Brief, l: &mut Lines) {
    if b.goals.is_empty() {
        return;
    }
    l.heading(&t!("rep-brief-goals"));
    for g in &b.goals {
        let concerns: Vec<String> = g
            .concerns
            .iter()
            .map(|c| match c {
                GoalConcern::Overdue { days } => t!("rep-brief-goal-overdue", days = *days),
                GoalConcern::DueSoon { days } => t!("rep-brief-goal-due-in", days = *days),
                GoalConcern::NoProgress { since } => {
                    t!("rep-brief-goal-no-progress", date = since.to_string())
                }
            })
            .collect();
        let progress = g
            .progress
            .map(|p| {
                let percent = format!("{:.0}", p * 100.0);
                format!(", {}", t!("rep-brief-goal-done", percent = percent))
            })
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
    let heading = f.since.map_or(t!("rep-brief-feedback-so-far"), |d| {
        t!("rep-brief-feedback-since", date = d.to_string())
    });
    l.heading(&heading);
    l.wrapped(
        2,
        &format!(
            "{}: {}",
            super::balance_words(&f.balance),
            f.balance.verdict.words()
        ),
    );
    for n in &f.notes {
        let private = if n.shared {
            String::new()
        } else {
            format!(" {}", t!("rep-private-mark"))
        };
        l.wrapped(
            2,
            &format!("{} {}{private}: {}", n.date, n.kind, line(&n.text)),
        );
    }
    if f.only_improvements {
        l.wrapped(2, &t!("rep-brief-nudge"));
    }
}

fn mood(b: &Brief, l: &mut Lines) {
    let m = &b.mood;
    if m.mood.iter().all(Option::is_none) && m.energy.iter().all(Option::is_none) {
        return;
    }
    l.heading(&t!("rep-brief-mood"));
    let last = |v: Option<(chrono::NaiveDate, u8)>| {
        v.map(|(d, n)| {
            let last = t!("rep-brief-mood-last", level = n, date = d.to_string());
            format!(", {last}")
        })
        .unwrap_or_default()
    };
    let spark = |s: &[Option<u8>]| sparkline(crate::domain::mood::last(s, 24));
    let (mood, energy) = (t!("rep-col-mood"), t!("rep-col-energy"));
    let room = width(&mood).max(width(&energy)) + 2;
    for (name, values, trend, latest) in [
        (mood, &m.mood, m.mood_trend, m.last_mood),
        (energy, &m.energy, m.energy_trend, m.last_energy),
    ] {
        let pad = " ".repeat(room.saturating_sub(width(&name)));
        l.push(&format!(
            "  {name}{pad}{} {}{}",
            spark(values),
            trend.words(),
            last(latest)
        ));
    }
    if m.fell_three_in_a_row {
        l.push(&format!("  {}", t!("rep-brief-mood-fell")));
    }
}

fn path(b: &Brief, l: &mut Lines) {
    let Some(p) = &b.path else { return };
    let title = if p.title.trim().is_empty() {
        t!("rep-path")
    } else {
        t!("rep-path-titled", title = line(&p.title))
    };
    l.heading(&title);
    for s in &p.stages {
        let target = s
            .target
            .map(|d| format!(", {}", t!("rep-brief-target", date = d.to_string())))
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
        l.wrapped(2, &t!("rep-brief-skill-gaps", gaps = gaps.join(", ")));
    }
    if !p.unassessed.is_empty() {
        let names: Vec<String> = p.unassessed.iter().map(|s| line(s).into_owned()).collect();
        l.wrapped(2, &t!("rep-brief-unassessed", skills = names.join(", ")));
    }
}
