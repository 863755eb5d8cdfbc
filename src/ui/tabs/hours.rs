//! The Overview's hours (issue 20): the selected mentee's hours this month and over the year,
//! and all mentees' hours this month against the capacity ([`crate::domain::hours`]). The
//! mentor's concern: the mentee's view leaves it out, as it does the capacity.

use super::super::Rect;
use super::super::theme::Theme;
use super::capacity::one_place;
use crate::app::State;
use crate::domain::Mentee;
use crate::domain::hours::{MenteeYear, hours};
use crate::domain::text;
use crate::t;
use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

/// The hours box of `m`.
pub fn render(frame: &mut Frame, area: Rect, state: &State, m: &Mentee, theme: &Theme) {
    let year = hours(&state.ws, state.today).of(&m.id);
    let width = usize::from(area.width.saturating_sub(2));
    let over = year.months.last().is_some_and(|l| l.over_capacity);
    let [mine, all] = texts(&year);
    let lines = vec![
        Line::from(text::fit(&pick(mine, width), width)),
        Line::styled(
            text::fit(&pick(all, width), width),
            if over { theme.warning() } else { theme.muted() },
        ),
    ];
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(if over {
            theme.warning()
        } else {
            theme.block(false)
        })
        .title(Line::styled(
            format!(" {} ", t!("hours-ov-title")),
            theme.title(),
        ));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// The long words when they fit, else the short ones.
fn pick([long, short]: [String; 2], width: usize) -> String {
    if text::width(&long) <= width {
        long
    } else {
        short
    }
}

/// The two lines, each in long and short words: the mentee's month and year; all mentees'
/// month against the capacity.
fn texts(year: &MenteeYear) -> [[String; 2]; 2] {
    let (month, all) = year
        .months
        .last()
        .map_or((0.0, 0.0), |l| (l.hours, l.all_mentees));
    let (month, all, total) = (one_place(month), one_place(all), one_place(year.year_hours));
    let mine = [
        t!(
            "hours-ov-mentee",
            month = month.clone(),
            year = total.clone()
        ),
        t!("hours-ov-mentee-short", month = month, year = total),
    ];
    let all = match year.capacity_hours_per_month {
        Some(c) => [
            t!("hours-ov-all", hours = all.clone(), cap = one_place(c)),
            t!("hours-ov-all-short", hours = all, cap = one_place(c)),
        ],
        None => [
            t!("hours-ov-all-unset", hours = all.clone()),
            t!("hours-ov-all-unset-short", hours = all),
        ],
    };
    [mine, all]
}
