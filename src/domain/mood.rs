//! Mood and energy over time: the levels a held session records (1 to 5 each, optional), as
//! series for a sparkline, a trend, and the warning that the mood fell three sessions in a row.
//!
//! Rules (each tested below):
//! - Only **held** sessions count, oldest first (by their start); planned and cancelled ones have
//!   no mood.
//! - A series ([`mood_series`], [`energy_series`]) has one entry per held session, `None` where
//!   nothing was recorded, so a sparkline shows the gaps where they are.
//! - [`fell_three_in_a_row`]: the last four held sessions **with a mood recorded** each have a
//!   lower mood than the one before (three falls in a row, e.g. 5, 4, 3, 2); sessions without a
//!   mood are skipped, not counted as a fall or a break.
//! - [`trend`]: the mean of the last (up to) three recorded values against the mean of the (up to)
//!   three before them: rising or falling when they differ by half a level or more, else steady;
//!   unknown with fewer than two recorded values.
//! - The mentor's own energy is the mentor's: the mentee's view never carries it
//!   ([`super::projection`]).

use super::mentee::Mentee;
use super::session::{Session, SessionStatus};
use chrono::NaiveDate;
use serde::Serialize;

/// The levels recorded for one session; in an operation, `Some` sets a level and `None` keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Levels {
    /// The mentee's mood, 1 (low) to 5 (high).
    pub mood: Option<u8>,
    /// The mentee's energy, 1 to 5.
    pub energy: Option<u8>,
    /// The mentor's own energy after the session, 1 to 5 (never shared).
    pub mentor_energy: Option<u8>,
}

impl Levels {
    /// True when no level is given.
    pub fn is_empty(&self) -> bool {
        self.mood.is_none() && self.energy.is_none() && self.mentor_energy.is_none()
    }

    /// Sets on `s` each level given here, keeping the others.
    pub fn set_on(&self, s: &mut Session) {
        if let Some(n) = self.mood {
            s.mood = Some(n);
        }
        if let Some(n) = self.energy {
            s.energy = Some(n);
        }
        if let Some(n) = self.mentor_energy {
            s.mentor_energy = Some(n);
        }
    }
}

/// One held session's mood and energy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MoodPoint {
    pub date: NaiveDate,
    pub mood: Option<u8>,
    pub energy: Option<u8>,
}

/// The mood and energy of a mentee's held sessions, oldest first.
pub fn points(m: &Mentee) -> Vec<MoodPoint> {
    let mut held: Vec<&Session> = m
        .sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Held)
        .collect();
    held.sort_by_key(|s| s.at);
    held.iter()
        .map(|s| MoodPoint {
            date: s.date(),
            mood: s.mood,
            energy: s.energy,
        })
        .collect()
}

/// The mood of each held session, oldest first (`None` where none was recorded): ready for a
/// sparkline.
pub fn mood_series(m: &Mentee) -> Vec<Option<u8>> {
    points(m).iter().map(|p| p.mood).collect()
}

/// The energy of each held session, oldest first (`None` where none was recorded).
pub fn energy_series(m: &Mentee) -> Vec<Option<u8>> {
    points(m).iter().map(|p| p.energy).collect()
}

/// The last `n` entries of a series (all of it when shorter): what fits a sparkline `n` wide.
pub fn last(series: &[Option<u8>], n: usize) -> &[Option<u8>] {
    &series[series.len().saturating_sub(n)..]
}

/// True when the mood fell at each of the last three sessions that recorded one (see the module
/// rules).
pub fn fell_three_in_a_row(m: &Mentee) -> bool {
    falls_at_end(&mood_series(m)) >= 3
}

/// How many times in a row the recorded values fell at the end of the series.
pub fn falls_at_end(series: &[Option<u8>]) -> usize {
    let recorded: Vec<u8> = series.iter().flatten().copied().collect();
    recorded
        .windows(2)
        .rev()
        .take_while(|w| w[1] < w[0])
        .count()
}

/// The last recorded values (up to four) of a series, oldest first: the ones a fall is shown by.
pub fn last_recorded(series: &[Option<u8>], n: usize) -> Vec<u8> {
    let recorded: Vec<u8> = series.iter().flatten().copied().collect();
    recorded[recorded.len().saturating_sub(n)..].to_vec()
}

/// Which way a series is heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Trend {
    Rising,
    Steady,
    Falling,
    /// Fewer than two recorded values.
    Unknown,
}

impl Trend {
    pub fn words(self) -> &'static str {
        match self {
            Trend::Rising => super::shown::word("dom-trend-rising"),
            Trend::Steady => super::shown::word("dom-trend-steady"),
            Trend::Falling => super::shown::word("dom-trend-falling"),
            Trend::Unknown => super::shown::word("dom-trend-unknown"),
        }
    }
}

/// The trend of a series (see the module rules).
pub fn trend(series: &[Option<u8>]) -> Trend {
    let recorded: Vec<f64> = series.iter().flatten().map(|&n| f64::from(n)).collect();
    if recorded.len() < 2 {
        return Trend::Unknown;
    }
    let recent_len = (recorded.len() / 2).clamp(1, 3);
    let (before, recent) = recorded.split_at(recorded.len() - recent_len);
    let before = &before[before.len().saturating_sub(3)..];
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    let delta = mean(recent) - mean(before);
    if delta >= 0.5 {
        Trend::Rising
    } else if delta <= -0.5 {
        Trend::Falling
    } else {
        Trend::Steady
    }
}

/// A series as a text sparkline, one block character per entry (a space where nothing was
/// recorded).
pub fn sparkline(series: &[Option<u8>]) -> String {
    const BARS: [char; 5] = ['▁', '▃', '▄', '▆', '█'];
    series
        .iter()
        .map(|v| match v {
            Some(n) => BARS[usize::from(n.clamp(&1, &5) - 1)],
            None => '·',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{MenteeId, SessionId};
    use chrono::{FixedOffset, TimeZone};

    fn mentee(moods: &[(u32, SessionStatus, Option<u8>)]) -> Mentee {
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut m = Mentee::new(MenteeId::from_number(1), "A", day);
        // Pushed newest first, to show the order comes from the dates.
        for (n, (d, status, mood)) in moods.iter().enumerate().rev() {
            let at = FixedOffset::east_opt(0)
                .unwrap()
                .with_ymd_and_hms(2026, 1, *d, 10, 0, 0)
                .unwrap();
            let mut s = Session::new(SessionId::from_number(n as u64 + 2), at, *status);
            s.mood = *mood;
            s.energy = mood.map(|v| 6 - v);
            s.mentor_energy = Some(1);
            m.sessions.push(s);
        }
        m
    }

    use SessionStatus::{Cancelled, Held, Planned};

    #[test]
    fn series_hold_held_sessions_oldest_first_with_gaps() {
        let m = mentee(&[
            (1, Held, Some(4)),
            (2, Cancelled, Some(1)),
            (3, Held, None),
            (4, Held, Some(2)),
            (5, Planned, Some(5)),
        ]);
        assert_eq!(mood_series(&m), vec![Some(4), None, Some(2)]);
        assert_eq!(energy_series(&m), vec![Some(2), None, Some(4)]);
        assert_eq!(sparkline(&mood_series(&m)), "▆·▃");
        assert_eq!(last(&mood_series(&m), 2), &[None, Some(2)]);
    }

    #[test]
    fn three_falls_in_a_row_skip_sessions_without_a_mood() {
        let falling = mentee(&[
            (1, Held, Some(5)),
            (2, Held, Some(4)),
            (3, Held, None),
            (4, Held, Some(3)),
            (5, Held, Some(2)),
        ]);
        assert!(fell_three_in_a_row(&falling));
        assert_eq!(last_recorded(&mood_series(&falling), 4), vec![5, 4, 3, 2]);
        let two_falls = mentee(&[(1, Held, Some(4)), (2, Held, Some(3)), (3, Held, Some(2))]);
        assert!(!fell_three_in_a_row(&two_falls));
        let flat_in_between = mentee(&[
            (1, Held, Some(5)),
            (2, Held, Some(4)),
            (3, Held, Some(4)),
            (4, Held, Some(3)),
            (5, Held, Some(2)),
        ]);
        assert!(!fell_three_in_a_row(&flat_in_between));
        let recovered = mentee(&[
            (1, Held, Some(5)),
            (2, Held, Some(4)),
            (3, Held, Some(3)),
            (4, Held, Some(2)),
            (5, Held, Some(3)),
        ]);
        assert!(
            !fell_three_in_a_row(&recovered),
            "only the latest falls count"
        );
    }

    #[test]
    fn trend_compares_the_recent_mean_with_the_one_before() {
        assert_eq!(trend(&[]), Trend::Unknown);
        assert_eq!(trend(&[Some(3), None]), Trend::Unknown);
        assert_eq!(trend(&[Some(2), Some(4)]), Trend::Rising);
        assert_eq!(trend(&[Some(4), None, Some(3)]), Trend::Falling);
        assert_eq!(
            trend(&[Some(3), Some(3), Some(4), Some(3), Some(3), Some(4)]),
            Trend::Steady
        );
        assert_eq!(
            trend(&[Some(5), Some(5), Some(4), Some(3), Some(3), Some(2)]),
            Trend::Falling
        );
    }

    #[test]
    fn levels_set_only_what_is_given() {
        let mut m = mentee(&[(1, Held, Some(4))]);
        let s = &mut m.sessions[0];
        Levels {
            mood: None,
            energy: Some(5),
            mentor_energy: None,
        }
        .set_on(s);
        assert_eq!(
            (s.mood, s.energy, s.mentor_energy),
            (Some(4), Some(5), Some(1))
        );
        assert!(Levels::default().is_empty());
    }
}
