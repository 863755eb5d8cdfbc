//! The hours a mentee was given, month by month over the year, beside all mentees' and the
//! capacity: the part of `mentor summary` that [`crate::domain::hours`] counts.

use super::output::one_decimal;
use crate::domain::hours::MenteeYear;
use crate::domain::text::{self, fit, line};
use crate::t;

/// The longest a mentee's name may make its column.
const NAME_WIDTH: usize = 16;

/// `s` right-aligned in `width` columns.
fn right(s: &str, width: usize) -> String {
    format!("{}{s}", " ".repeat(width.saturating_sub(text::width(s))))
}

/// The hours of `name`'s year as text of at most 80 columns: a row per month, then the year.
pub fn text(name: &str, year: &MenteeYear) -> String {
    let (Some(first), Some(last)) = (year.months.first(), year.months.last()) else {
        return String::new();
    };
    let mut out = format!(
        "{}\n",
        t!(
            "hours-summary-title",
            from = first.month.as_str(),
            to = last.month.as_str()
        )
    );
    let name = fit(&line(name), NAME_WIDTH);
    let month_head = t!("hours-col-month");
    let all_head = t!("hours-col-all");
    let cap_head = t!("hours-col-capacity");
    let year_label = t!("hours-year");
    let first_w = [&month_head, &year_label]
        .iter()
        .map(|s| text::width(s))
        .chain([7])
        .max()
        .unwrap_or(7)
        + 2;
    let widths = [
        text::width(&name).max(6),
        text::width(&all_head).max(6),
        text::width(&cap_head).max(6),
    ];
    let cap = year.capacity_hours_per_month;
    let row = |label: &str, cells: [String; 3], over: bool| {
        let mut r = format!("  {}", text::pad(label, first_w));
        r.push_str(&right(&cells[0], widths[0]));
        r.push_str("   ");
        r.push_str(&right(&cells[1], widths[1]));
        if cap.is_some() {
            r.push_str("   ");
            r.push_str(&right(&cells[2], widths[2]));
        }
        if over {
            r.push_str(&format!("  {}", t!("hours-over")));
        }
        format!("{}\n", r.trim_end())
    };
    out.push_str(&row(
        &month_head,
        [name.clone(), all_head.clone(), cap_head.clone()],
        false,
    ));
    for m in &year.months {
        let cells = [
            one_decimal(m.hours),
            one_decimal(m.all_mentees),
            cap.map(one_decimal).unwrap_or_default(),
        ];
        out.push_str(&row(&m.month, cells, m.over_capacity));
    }
    let cells = [
        one_decimal(year.year_hours),
        one_decimal(year.all_mentees_year_hours),
        year.capacity_hours_per_year
            .map(one_decimal)
            .unwrap_or_default(),
    ];
    let over = year
        .capacity_hours_per_year
        .is_some_and(|c| year.all_mentees_year_hours > c);
    out.push_str(&row(&year_label, cells, over));
    if cap.is_none() {
        out.push_str(&format!("  {}\n", t!("hours-no-capacity")));
    }
    out
}
