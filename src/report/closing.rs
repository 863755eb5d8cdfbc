//! The closing review in words (issue 20): the sentences the app's review overlay and the closing
//! report share, from a [`ClosingReview`]; the report itself as Markdown ([`closing_md`]) and as
//! one HTML page ([`closing_html`]). The figures and their rules are the domain's
//! ([`crate::domain::closing`]).

mod html;
mod markdown;

pub use html::closing_html;
pub use markdown::closing_md;

use crate::domain::closing::{ClosingReview, ConnectionMade, GoalOutcome, Outcome};
use crate::domain::feedback::FeedbackKind;
use crate::domain::goal::Metric;
use crate::domain::text::line;
use crate::t;
use chrono::NaiveDate;

fn iso(d: Option<NaiveDate>) -> String {
    d.map_or("–".to_string(), |d| d.to_string())
}

/// The review's title: `Closing review: Ada`.
pub fn title(r: &ClosingReview) -> String {
    t!("close-title", mentee = line(&r.mentee))
}

/// From when to when the mentoring ran (or that it is not concluded yet).
pub fn span(r: &ClosingReview) -> String {
    match (r.concluded, r.ended_on) {
        (true, end) => t!("close-span", start = iso(r.started_on), end = iso(end)),
        (false, _) => t!("close-span-open", start = iso(r.started_on)),
    }
}

/// The line under the title: the mentor and the span.
pub fn meta(r: &ClosingReview) -> String {
    t!("close-meta", mentor = line(&r.mentor), span = span(r))
}

/// `1 met · 2 partly met · 1 not met · 1 dropped`.
pub fn goals_summary(r: &ClosingReview) -> String {
    let n = |o| r.with_outcome(o).count();
    t!(
        "close-goals-summary",
        met = n(Outcome::Met),
        partly = n(Outcome::Partly),
        notmet = n(Outcome::NotMet),
        dropped = n(Outcome::Dropped)
    )
}

/// The heading of the goals with outcome `o`.
pub fn outcome_words(o: Outcome) -> String {
    match o {
        Outcome::Met => t!("close-outcome-met"),
        Outcome::Partly => t!("close-outcome-partly"),
        Outcome::NotMet => t!("close-outcome-not-met"),
        Outcome::Dropped => t!("close-outcome-dropped"),
    }
}

/// A goal's history as the record holds it, in parts to be joined: set, due, achieved, the
/// measure, the milestones, the SMART check as of the end.
pub fn goal_history(g: &GoalOutcome) -> Vec<String> {
    let mut parts = vec![t!("close-set", date = g.created_on.to_string())];
    parts.push(match g.due {
        Some(d) => t!("close-due", date = d.to_string()),
        None => t!("close-no-due"),
    });
    if let Some(d) = g.achieved_on {
        parts.push(t!("close-achieved", date = d.to_string()));
    }
    if let Some(m) = &g.metric {
        let metric = Metric {
            what: line(&m.what).into_owned(),
            baseline: m.baseline,
            target: m.target,
            current: Some(m.last),
            unit: line(&m.unit).into_owned(),
        };
        parts.push(metric.to_string());
    }
    if g.milestones > 0 {
        parts.push(t!(
            "close-goal-milestones",
            done = g.milestones_done,
            total = g.milestones
        ));
    }
    parts.push(smart_words(g));
    parts
}

/// The SMART check as of the end: all five, or the strip and the letters missing.
pub fn smart_words(g: &GoalOutcome) -> String {
    if g.missing.is_empty() {
        return t!("close-smart-all");
    }
    let letters: Vec<String> = g.missing.iter().map(|l| l.initial().to_string()).collect();
    t!(
        "close-smart-missing",
        strip = g.smart.as_str(),
        letters = letters.join(", ")
    )
}

/// `Milestones: 4 of 7 done`.
pub fn milestones_words(r: &ClosingReview) -> String {
    t!(
        "close-milestones",
        done = r.milestones_done,
        total = r.milestones
    )
}

/// `12 sessions held, 10.5 hours`, and the sentence on sessions without a length when any.
pub fn sessions_words(r: &ClosingReview) -> Vec<String> {
    let mut out = vec![t!(
        "close-sessions-held",
        count = r.sessions_held,
        hours = format!("{:.1}", r.hours())
    )];
    if r.sessions_without_length > 0 {
        out.push(t!(
            "close-sessions-unmeasured",
            count = r.sessions_without_length
        ));
    }
    out
}

/// The feedback given: per kind with shared and private in the mentor's review; the counts of
/// what was shared in the mentee's.
pub fn feedback_words(r: &ClosingReview) -> Vec<String> {
    let total: usize = r.feedback.iter().map(|f| f.shared + f.private).sum();
    if total == 0 {
        return vec![t!("close-feedback-none")];
    }
    let count = |i: usize| r.feedback.get(i).copied();
    if r.private {
        return r
            .feedback
            .iter()
            .map(|f| {
                let (shared, private) = (f.shared, f.private);
                match f.kind {
                    FeedbackKind::Strength => {
                        t!(
                            "close-feedback-strengths",
                            shared = shared,
                            private = private
                        )
                    }
                    FeedbackKind::Improvement => {
                        t!(
                            "close-feedback-improvements",
                            shared = shared,
                            private = private
                        )
                    }
                    FeedbackKind::Observation => {
                        t!(
                            "close-feedback-observations",
                            shared = shared,
                            private = private
                        )
                    }
                }
            })
            .collect();
    }
    let shared = |i: usize| count(i).map_or(0, |f| f.shared);
    vec![t!(
        "rep-balance-counts",
        strengths = shared(0),
        improvements = shared(1),
        observations = shared(2)
    )]
}

/// A connection made: its kind, title, who and when.
pub fn connection_words(c: &ConnectionMade) -> String {
    let mut out = format!("{}: {}", c.kind, line(&c.title));
    if !c.who.trim().is_empty() {
        out.push_str(&format!(" · {}", line(&c.who)));
    }
    if let Some(d) = c.date {
        out.push_str(&format!(" · {d}"));
    }
    out
}

#[cfg(test)]
mod tests;
