//! A mentee and the agreement made with them at the start.

use super::dates::{Span, opt_date_serde};
use super::feedback::{Connection, Feedback};
use super::goal::Goal;
use super::ids::MenteeId;
use super::path::{CareerPath, SkillLevel};
use super::session::Session;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What the mentoring is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MentoringKind {
    #[default]
    Career,
    Peer,
    Life,
}

/// Where a mentoring relationship stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MenteeStatus {
    #[default]
    Active,
    Paused,
    Concluded,
}

/// How mentor and mentee meet or reach each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    InPerson,
    Video,
    Phone,
    Chat,
    Email,
}

/// The unit of a cadence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CadenceUnit {
    Days,
    Weeks,
    Months,
}

/// How often the mentor and mentee meet: every `every` `unit`s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cadence {
    pub every: u32,
    pub unit: CadenceUnit,
}

impl Cadence {
    /// The cadence as a calendar span.
    pub fn span(self) -> Span {
        match self.unit {
            CadenceUnit::Days => Span::Days(self.every),
            CadenceUnit::Weeks => Span::Weeks(self.every),
            CadenceUnit::Months => Span::Months(self.every),
        }
    }

    /// Reads `2w`, `every 2 weeks`, `monthly` and the other forms of [`super::dates::parse_span`].
    pub fn parse(text: &str) -> Result<Self, super::dates::DateError> {
        let span = super::dates::parse_span(text)
            .ok_or_else(|| super::dates::DateError::Cadence(text.to_string()))?;
        let cadence = match span {
            Span::Days(n) => Cadence {
                every: n,
                unit: CadenceUnit::Days,
            },
            Span::Weeks(n) => Cadence {
                every: n,
                unit: CadenceUnit::Weeks,
            },
            Span::Months(n) => Cadence {
                every: n,
                unit: CadenceUnit::Months,
            },
        };
        super::rules::cadence(cadence)
            .map_err(|_| super::dates::DateError::Cadence(text.to_string()))
    }

    /// Average number of meetings per month (a month being 365.25 / 12 days).
    pub fn meetings_per_month(self) -> f64 {
        let every = f64::from(self.every.max(1));
        match self.unit {
            CadenceUnit::Days => DAYS_PER_MONTH / every,
            CadenceUnit::Weeks => DAYS_PER_MONTH / (7.0 * every),
            CadenceUnit::Months => 1.0 / every,
        }
    }
}

/// Average length of a month in days.
pub const DAYS_PER_MONTH: f64 = 365.25 / 12.0;

impl fmt::Display for Cadence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let every = self.every;
        f.write_str(&match self.unit {
            CadenceUnit::Days => crate::t!("dom-cadence-days", count = every),
            CadenceUnit::Weeks => crate::t!("dom-cadence-weeks", count = every),
            CadenceUnit::Months => crate::t!("dom-cadence-months", count = every),
        })
    }
}

/// The expectations agreed at the start of the mentoring.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Agreement {
    /// How often to meet.
    pub cadence: Option<Cadence>,
    /// Usual session length in minutes.
    pub session_minutes: Option<u32>,
    /// How to meet and reach each other.
    pub channels: Vec<Channel>,
    /// Expected response time, in the words agreed ("within two working days on chat").
    pub response_time: String,
    /// Topics or times that are off limits.
    pub boundaries: String,
    /// How both will know the mentoring worked.
    pub success_measures: String,
    /// When the arrangement ends.
    #[serde(with = "opt_date_serde")]
    pub ends_on: Option<NaiveDate>,
    /// How the mentee prefers feedback, as they said it (shared with the mentee; see
    /// [`super::fit`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub feedback_preferences: Vec<super::fit::FeedbackPreference>,
    /// What the mentee wants more of, in their words (shared with the mentee).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub feedback_more_of: String,
}

/// A person being mentored, and everything recorded about the mentoring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mentee {
    pub id: MenteeId,
    pub name: String,
    #[serde(default)]
    pub kind: MentoringKind,
    #[serde(default)]
    pub status: MenteeStatus,
    #[serde(default, with = "opt_date_serde")]
    pub started_on: Option<NaiveDate>,
    #[serde(default, with = "opt_date_serde")]
    pub ended_on: Option<NaiveDate>,
    /// What they want from the mentoring (shared with the mentee).
    #[serde(default)]
    pub aspirations: String,
    /// The mentor's own notes about the mentee (never shared).
    #[serde(default)]
    pub private_notes: String,
    #[serde(default)]
    pub agreement: Agreement,
    #[serde(default)]
    pub goals: Vec<Goal>,
    #[serde(default)]
    pub sessions: Vec<Session>,
    #[serde(default)]
    pub feedback: Vec<Feedback>,
    #[serde(default)]
    pub connections: Vec<Connection>,
    /// Recurring series of sessions planned with this mentee.
    #[serde(default)]
    pub series: Vec<super::session::Series>,
    /// The career path the mentee works along (empty when none was set).
    #[serde(default, skip_serializing_if = "CareerPath::is_empty")]
    pub path: CareerPath,
    /// The mentee's level in each skill, now and aimed for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<SkillLevel>,
    /// The mentee's own reflection at the end of the mentoring, in their words: it arrives in
    /// their reply and is kept once the mentor accepts it (shared with the mentee).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub closing_reflection: String,
    /// The mentor's closing note, written when the mentoring is concluded (its `note` is shared
    /// with the mentee, its `private_note` never is; see [`super::closing`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<super::closing::Closing>,
    /// Entries of the mentee's replies waiting for the mentor's decision (private).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inbox: Vec<super::reply::Entry>,
    /// Entries of the mentee's replies the mentor accepted or declined (the answers go back to
    /// the mentee in the next bundle; the entries themselves stay private).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replies: Vec<super::reply::Decided>,
    /// Where and when the mentee's plan was last shared, with the key replies echo (private).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<super::reply::SharedBundle>,
    /// The questions of the bank asked of this mentee, one entry per question with the day it
    /// was last asked (the mentor's record, never shared; see [`super::questions`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asked: Vec<Asked>,
}

/// A question of the bank asked of a mentee: its key and the day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Asked {
    pub question: String,
    #[serde(with = "super::dates::date_serde")]
    pub on: NaiveDate,
}

impl Mentee {
    /// A new active mentee with an empty record.
    pub fn new(id: MenteeId, name: impl Into<String>, started_on: NaiveDate) -> Self {
        Mentee {
            id,
            name: name.into(),
            kind: MentoringKind::default(),
            status: MenteeStatus::default(),
            started_on: Some(started_on),
            ended_on: None,
            aspirations: String::new(),
            private_notes: String::new(),
            agreement: Agreement::default(),
            goals: Vec::new(),
            sessions: Vec::new(),
            feedback: Vec::new(),
            connections: Vec::new(),
            series: Vec::new(),
            path: CareerPath::default(),
            skills: Vec::new(),
            closing_reflection: String::new(),
            closing: None,
            inbox: Vec::new(),
            replies: Vec::new(),
            shared: None,
            asked: Vec::new(),
        }
    }

    /// The sessions that concluding the mentoring would cancel: those still planned for `today`
    /// or later. (A planned session whose day has passed is left for the mentor to mark held or
    /// cancelled: it may well have taken place.)
    pub fn planned_from(&self, today: NaiveDate) -> Vec<usize> {
        (0..self.sessions.len())
            .filter(|&i| {
                let s = &self.sessions[i];
                s.status == super::SessionStatus::Planned && s.date() >= today
            })
            .collect()
    }

    /// Concludes the mentoring on `today`: status concluded, the end date today unless one is
    /// set, and, when `cancel_planned`, the sessions of [`Mentee::planned_from`] cancelled.
    /// Returns how many sessions were cancelled. Both the app and the command line conclude
    /// through here.
    pub fn conclude(&mut self, today: NaiveDate, cancel_planned: bool) -> usize {
        self.status = MenteeStatus::Concluded;
        self.ended_on.get_or_insert(today);
        if !cancel_planned {
            return 0;
        }
        let planned = self.planned_from(today);
        for &i in &planned {
            self.sessions[i].status = super::SessionStatus::Cancelled;
        }
        planned.len()
    }
}

macro_rules! display_kebab {
    ($($ty:ty => { $($variant:ident => $text:literal => $shown:literal),* $(,)? }),* $(,)?) => {
        $(
            impl $ty {
                /// Every value, as the file writes it.
                pub const NAMES: &'static [&'static str] = &[$($text),*];

                /// Every value, in the order of [`Self::NAMES`].
                pub const VALUES: &'static [Self] = &[$(Self::$variant),*];

                /// The value as the file writes it.
                pub fn name(self) -> &'static str {
                    match self { $(Self::$variant => $text),* }
                }

                /// The value in the words of the user's language (what `Display` shows; the
                /// English words are the file's).
                pub fn shown(self) -> &'static str {
                    match self { $(Self::$variant => $crate::domain::shown::word($shown)),* }
                }

                /// The words of the value the file writes as `name`, if it is one.
                pub fn shown_of_name(name: &str) -> Option<&'static str> {
                    Self::VALUES.iter().find(|v| v.name() == name).map(|v| v.shown())
                }
            }

            impl ::std::fmt::Display for $ty {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.pad(self.shown())
                }
            }
        )*
    };
}
pub(crate) use display_kebab;

display_kebab! {
    MentoringKind => { Career => "career" => "dom-kind-career", Peer => "peer" => "dom-kind-peer", Life => "life" => "dom-kind-life" },
    MenteeStatus => { Active => "active" => "dom-status-active", Paused => "paused" => "dom-status-paused", Concluded => "concluded" => "dom-status-concluded" },
    Channel => { InPerson => "in-person" => "dom-channel-in-person", Video => "video" => "dom-channel-video", Phone => "phone" => "dom-channel-phone", Chat => "chat" => "dom-channel-chat", Email => "email" => "dom-channel-email" },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concluding_cancels_only_sessions_still_planned_from_today() {
        use crate::domain::{Session, SessionId, SessionStatus};
        use chrono::TimeZone;
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        let at = |d| {
            chrono::FixedOffset::east_opt(3600)
                .unwrap()
                .with_ymd_and_hms(2026, 12, d, 10, 0, 0)
                .unwrap()
        };
        let mut m = Mentee::new(MenteeId::from_number(1), "A", day(1));
        for (n, d, status) in [
            (2, 2, SessionStatus::Planned),
            (3, 5, SessionStatus::Held),
            (4, 10, SessionStatus::Planned),
            (5, 12, SessionStatus::Planned),
            (6, 14, SessionStatus::Cancelled),
        ] {
            m.sessions
                .push(Session::new(SessionId::from_number(n), at(d), status));
        }
        let today = day(10);
        assert_eq!(m.planned_from(today), vec![2, 3]);
        assert!(m.sessions[3].is_future(today) && !m.sessions[2].is_future(today));

        let mut kept = m.clone();
        assert_eq!(kept.conclude(today, false), 0);
        assert_eq!(kept.status, MenteeStatus::Concluded);
        assert_eq!(kept.ended_on, Some(today));
        assert_eq!(kept.planned_from(today).len(), 2);

        m.ended_on = Some(day(9));
        assert_eq!(m.conclude(today, true), 2);
        assert_eq!(m.ended_on, Some(day(9)), "an end date set stays");
        let statuses: Vec<_> = m.sessions.iter().map(|s| s.status).collect();
        assert_eq!(
            statuses,
            [
                SessionStatus::Planned,
                SessionStatus::Held,
                SessionStatus::Cancelled,
                SessionStatus::Cancelled,
                SessionStatus::Cancelled
            ]
        );
    }

    #[test]
    fn cadence_parse_display_and_rate() {
        let c = Cadence::parse("2w").unwrap();
        assert_eq!(
            c,
            Cadence {
                every: 2,
                unit: CadenceUnit::Weeks
            }
        );
        assert_eq!(c.to_string(), "every 2 weeks");
        assert_eq!(
            Cadence::parse("monthly").unwrap().to_string(),
            "every month"
        );
        assert!((c.meetings_per_month() - 2.174).abs() < 0.01);
        assert!((Cadence::parse("1m").unwrap().meetings_per_month() - 1.0).abs() < 1e-9);
        assert!(Cadence::parse("sometimes").is_err());
    }
}
