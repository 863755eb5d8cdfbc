//! A mentee's mood and energy as one line each: a label, a sparkline of the held sessions,
//! oldest to newest (one block per session, `·` where nothing was recorded; heights read
//! without colour), then the last level recorded and the trend. The Overview and the brief both
//! draw these lines.

use crate::domain::Mentee;
use crate::domain::mood::{self, Trend};
use crate::domain::text::{fit, pad};

/// Columns of the label ("mood", "energy") before the sparkline: the wider of the two in the
/// language, and a space.
fn label_width() -> usize {
    let (mood, energy) = (crate::t!("app-spark-mood"), crate::t!("app-spark-energy"));
    crate::domain::text::width(&mood).max(crate::domain::text::width(&energy)) + 1
}

/// The mood line and the energy line of `m`, each at most `width` columns; one line saying so
/// when no held session recorded either.
pub fn lines(m: &Mentee, width: usize) -> Vec<String> {
    let (moods, energies) = (mood::mood_series(m), mood::energy_series(m));
    if moods.iter().chain(&energies).all(Option::is_none) {
        return vec![fit(&crate::t!("app-spark-no-mood"), width)];
    }
    let (mood, energy) = (crate::t!("app-spark-mood"), crate::t!("app-spark-energy"));
    vec![row(&mood, &moods, width), row(&energy, &energies, width)]
}

/// One series as a line: label, sparkline (the newest sessions that fit), last level, trend.
pub fn row(label: &str, series: &[Option<u8>], width: usize) -> String {
    let label_width = label_width();
    let line = spark(series, width.saturating_sub(label_width));
    fit(&format!("{}{line}", pad(label, label_width)), width)
}

/// One series without a label: the sparkline of the newest sessions that fit in `width`, the
/// last level recorded and the trend.
pub fn spark(series: &[Option<u8>], width: usize) -> String {
    let last = series.iter().rev().flatten().next();
    let trend = mood::trend(series);
    let mut tail = last.map_or(String::new(), |n| format!(" {n}/5"));
    if trend != Trend::Unknown {
        tail.push_str(&format!(" {}", trend.words()));
    }
    let room = width
        .saturating_sub(crate::domain::text::width(&tail))
        .max(1);
    let spark = mood::sparkline(mood::last(series, room));
    fit(&format!("{spark}{tail}"), width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_keeps_the_newest_sessions_with_gaps_and_says_the_trend() {
        let series = [Some(5), Some(4), None, Some(3), Some(2), Some(1)];
        assert_eq!(row("mood", &series, 40), "mood   █▆·▄▃▁ 1/5 falling");
        // Narrow: the oldest sessions go first, the last level and the trend stay.
        assert_eq!(row("mood", &series, 22), "mood   ▄▃▁ 1/5 falling");
        assert_eq!(row("energy", &[None, Some(3)], 30), "energy ·▄ 3/5");
        assert_eq!(row("energy", &[], 30), "energy ");
    }
}
