//! Feedback that fits the person (issue 20): how a mentee prefers to hear feedback, and the
//! advice the mentor gets when an improvement stands without a strength.
//!
//! Rules:
//! - **Preferences**: a small closed set ([`FeedbackPreference`]) the mentee states and the
//!   mentor ticks in the agreement, plus a free line of what they want more of. The mentee said
//!   them, so they are the mentee's to see (the projection carries them).
//! - **The period of a note**: from the day of the last session held on or before the note's
//!   day (that day included) up to the note's day, as the brief counts "feedback since the last
//!   session"; when no session was held by then, the [`FALLBACK_DAYS`] days up to the note's
//!   day. A period tied to the meetings follows the rhythm of the mentoring; the fallback keeps
//!   a mentee without sessions from having a period without end.
//! - **The advice**: a note of kind improvement whose period holds no strength among the
//!   mentee's other notes (the note being edited left out) gets [`Advice`]. It is advice: it
//!   never blocks a note from being written.

use super::feedback::{Feedback, FeedbackKind};
use super::ids::FeedbackId;
use super::mentee::Mentee;
use super::session::SessionStatus;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// How a mentee prefers feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FeedbackPreference {
    /// Said plainly.
    Direct,
    /// Softly, with care.
    Gentle,
    /// In writing first, to think it over before talking.
    WrittenFirst,
    /// With concrete examples.
    WithExamples,
    /// One to one, never in front of others.
    InPrivate,
    /// Soon after the moment, not saved up.
    RightAway,
}

super::mentee::display_kebab! {
    FeedbackPreference => {
        Direct => "direct" => "fit-pref-direct",
        Gentle => "gentle" => "fit-pref-gentle",
        WrittenFirst => "written-first" => "fit-pref-written-first",
        WithExamples => "with-examples" => "fit-pref-with-examples",
        InPrivate => "in-private" => "fit-pref-in-private",
        RightAway => "right-away" => "fit-pref-right-away",
    },
}

/// The days a note's period reaches back when no session was held by then.
pub const FALLBACK_DAYS: u64 = 30;

/// The period a note of `on` is weighed in (see the module rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The day of the last held session the period starts at; `None` for the fallback days.
    pub since_session: Option<NaiveDate>,
}

/// The period of a note of `m` dated `on`.
pub fn period(m: &Mentee, on: NaiveDate) -> Period {
    let last_held = m
        .sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Held && s.date() <= on)
        .map(|s| s.date())
        .max();
    let from = last_held.unwrap_or_else(|| {
        on.checked_sub_days(Days::new(FALLBACK_DAYS))
            .unwrap_or(NaiveDate::MIN)
    });
    Period {
        from,
        to: on,
        since_session: last_held,
    }
}

/// What the mentor is told about a note before or after writing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Advice {
    /// An improvement with no strength noted in its period.
    NoStrengthInPeriod(Period),
}

impl Advice {
    /// The advice in the user's language, one sentence.
    pub fn words(&self) -> String {
        match self {
            Advice::NoStrengthInPeriod(p) => match p.since_session {
                Some(d) => crate::t!(
                    "fit-advice-since-session",
                    date = super::dates::iso(d).to_string()
                ),
                None => crate::t!("fit-advice-days", days = FALLBACK_DAYS),
            },
        }
    }
}

/// The advice for a note of `kind` dated `on` for `m`; `editing` names the note being edited
/// (left out of the count). `None` when there is nothing to say.
pub fn advice(
    m: &Mentee,
    kind: FeedbackKind,
    on: NaiveDate,
    editing: Option<&FeedbackId>,
) -> Option<Advice> {
    if kind != FeedbackKind::Improvement {
        return None;
    }
    let p = period(m, on);
    let strength = m.feedback.iter().any(|f: &Feedback| {
        Some(&f.id) != editing
            && f.kind == FeedbackKind::Strength
            && f.date >= p.from
            && f.date <= p.to
    });
    (!strength).then_some(Advice::NoStrengthInPeriod(p))
}

#[cfg(test)]
mod tests;
