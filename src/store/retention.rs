//! Which copies of the store to keep: history by time as well as by count.
//!
//! The same rule applies to the numbered backups and, separately, to the conflict copies. Of the
//! copies of one kind, newest first, a copy is kept when it is
//!
//! 1. one of the newest [`Retention::newest`] (10), whatever its age; or
//! 2. less than an hour old and the newest of its minute; or
//! 3. less than 30 days old and the newest of its day (UTC); or
//! 4. older, and the newest of its week (Monday to Sunday, UTC).
//!
//! So an hour of steady editing leaves at most one copy a minute, a month leaves one a day, and
//! older history thins out to one a week but never disappears. A copy dated in the future (a
//! clock that was wrong) counts as less than an hour old. Everything else is removed.

/// The retention rule's parameters (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Kept whatever their age.
    pub newest: usize,
    /// Up to this age (seconds), the newest copy of each minute is kept.
    pub minutes_for: i64,
    /// Up to this age (seconds), the newest copy of each day is kept; beyond, one per week.
    pub days_for: i64,
    /// False keeps only the newest [`Retention::newest`] (for tests that count copies).
    pub by_time: bool,
}

const MINUTE: i64 = 60;
const HOUR: i64 = 60 * MINUTE;
const DAY: i64 = 24 * HOUR;
const WEEK: i64 = 7 * DAY;

impl Default for Retention {
    fn default() -> Self {
        Retention {
            newest: 10,
            minutes_for: HOUR,
            days_for: 30 * DAY,
            by_time: true,
        }
    }
}

/// The period a copy made at `t` belongs to, at age `age`; copies sharing one keep only the
/// newest.
#[derive(Debug, PartialEq, Eq, Hash)]
enum Period {
    Minute(i64),
    Day(i64),
    Week(i64),
}

impl Retention {
    /// Only the newest `n`, whatever their times.
    pub fn newest(n: usize) -> Retention {
        Retention {
            newest: n,
            by_time: false,
            ..Retention::default()
        }
    }

    fn period(&self, t: i64, age: i64) -> Period {
        if age < self.minutes_for {
            Period::Minute(t.div_euclid(MINUTE))
        } else if age < self.days_for {
            Period::Day(t.div_euclid(DAY))
        } else {
            // 1970-01-01 was a Thursday: shift so that weeks start on Monday.
            Period::Week((t + 3 * DAY).div_euclid(WEEK))
        }
    }

    /// For copies made at `times` (Unix seconds), given newest first (by their sequence
    /// numbers, which a copied directory keeps when it loses its times), whether each is kept
    /// at `now`.
    pub fn keep(&self, times: &[i64], now: i64) -> Vec<bool> {
        let mut seen = std::collections::HashSet::new();
        times
            .iter()
            .enumerate()
            .map(|(rank, &t)| {
                let fresh = seen.insert(self.period(t, now.saturating_sub(t)));
                rank < self.newest || (self.by_time && fresh)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-12-01 12:00:00 UTC, a Tuesday.
    const NOW: i64 = 1_796_126_400;

    fn kept(times: &[i64]) -> Vec<i64> {
        let keep = Retention::default().keep(times, NOW);
        times
            .iter()
            .zip(keep)
            .filter(|(_, k)| *k)
            .map(|(t, _)| NOW - t)
            .collect()
    }

    #[test]
    fn the_table() {
        let ago = |seconds: &[i64]| seconds.iter().map(|s| NOW - s).collect::<Vec<_>>();
        // (copies made this many seconds ago, those kept)
        let table: Vec<(Vec<i64>, Vec<i64>)> = vec![
            // Fewer than ten: all kept, however old.
            (vec![5, 10, 400 * DAY], vec![5, 10, 400 * DAY]),
            // Thirty saves a second apart: the newest ten (all in this minute).
            ((0..30).collect(), (0..10).collect()),
            // One a minute for two hours: all of the last hour, then one a day.
            (
                (0..120).map(|m| m * MINUTE).collect(),
                (0..60).map(|m| m * MINUTE).chain([60 * MINUTE]).collect(),
            ),
            // Three a day for 40 days, newest at 11:00 UTC: ten newest, then the newest of
            // each day up to 30 days, then of each week.
            (
                (0..40)
                    .flat_map(|d| [HOUR, 5 * HOUR, 9 * HOUR].map(|h| d * DAY + h))
                    .collect(),
                {
                    let mut k: Vec<i64> = (0..4)
                        .flat_map(|d| [HOUR, 5 * HOUR, 9 * HOUR].map(|h| d * DAY + h))
                        .take(10)
                        .collect();
                    // The tenth is day 3's newest (made at 11:00 UTC); days 4 to 29 keep their
                    // newest, made at 11:00 too.
                    k.extend((4..30).map(|d| d * DAY + HOUR));
                    // Beyond 30 days: the newest of each week. Day 30 is Sunday 2026-11-01
                    // (week of Oct 26), day 36 is Monday 2026-10-26; days 37..39 the week before.
                    k.extend([30 * DAY + HOUR, 37 * DAY + HOUR]);
                    k
                },
            ),
            // A copy from the future (a wrong clock) is kept like a fresh one.
            (vec![-3 * DAY, 0], vec![-3 * DAY, 0]),
        ];
        for (i, (made, expected)) in table.into_iter().enumerate() {
            assert_eq!(kept(&ago(&made)), expected, "row {i}");
        }
    }

    #[test]
    fn the_newest_by_sequence_is_kept_whatever_its_time() {
        let rule = Retention {
            newest: 1,
            ..Retention::default()
        };
        // The newest copy carries an older time (its directory was copied without times).
        let times = [NOW - 2 * DAY, NOW - 3, NOW - 2 * DAY - 5, NOW - 100 * DAY];
        assert_eq!(rule.keep(&times, NOW), [true, true, false, true]);
        assert_eq!(
            Retention::newest(2).keep(&times, NOW),
            [true, true, false, false]
        );
        assert_eq!(rule.keep(&[], NOW), Vec::<bool>::new());
    }
}
