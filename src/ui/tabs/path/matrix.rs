//! The skill matrix: the mentee's skills by current and target level, the biggest gap first,
//! and the level bar the roadmap shares.

use super::super::super::theme::Theme;
use super::super::super::{Rect, lists, safe};
use crate::app::{ListId, State, view};
use crate::domain::Mentee;
use crate::domain::derived::skill_matrix;
use crate::domain::path::MAX_LEVEL;
use crate::t;
use ratatui::Frame;
use ratatui::layout::Constraint;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// A level bar of five cells, readable without colour: `●` for each level reached, `○` for each
/// level still to reach up to the target, `·` beyond the target (`●●○○·`: at 2, aiming for 4).
pub fn level_bar(current: Option<u8>, target: Option<u8>, theme: &Theme) -> Vec<Span<'static>> {
    let now = current.unwrap_or(0);
    let aim = target.unwrap_or(0);
    let (mut reached, mut to_go, mut beyond) = (String::new(), String::new(), String::new());
    for level in 1..=MAX_LEVEL {
        if level <= now {
            reached.push('●');
        } else if level <= aim {
            to_go.push('○');
        } else {
            beyond.push('·');
        }
    }
    vec![
        Span::styled(reached, theme.gauge()),
        Span::styled(to_go, theme.due_soon()),
        Span::styled(beyond, theme.muted()),
    ]
}

/// Current and target as numbers: `2→4`, `-→3` (no current level yet), `3→-` (no target), or
/// `not rated`.
pub fn levels(current: Option<u8>, target: Option<u8>) -> String {
    if current.is_none() && target.is_none() {
        return t!("scr-not-rated");
    }
    let show = |n: Option<u8>| n.map_or("-".to_string(), |n| n.to_string());
    format!("{}→{}", show(current), show(target))
}

/// The matrix as a list (it takes the keys with `Tab`): skill, level bar, now, target, gap.
pub fn draw(frame: &mut Frame, area: Rect, state: &State, m: &Mentee, theme: &Theme) {
    let matrix = skill_matrix(m);
    let rows = view::rows(state, ListId::Skills);
    let title = format!(
        " {} ",
        t!(
            "scr-matrix-title",
            count = view::count(state, ListId::Skills)
        )
    );
    let empty = t!("scr-skills-empty");
    let header = [
        t!("scr-col-skill"),
        t!("scr-col-level"),
        t!("scr-col-now"),
        t!("scr-col-skill-target"),
        t!("scr-col-gap"),
    ];
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let list = lists::ListView {
        id: ListId::Skills,
        title: Line::styled(title, theme.title()),
        len: rows.len(),
        empty: &empty,
        columns: &[
            Constraint::Fill(1),
            Constraint::Length(5),
            Constraint::Length(3),
            Constraint::Length(6),
            Constraint::Length(3),
        ],
        header: &header,
    };
    lists::draw(frame, area, state, theme, list, |r, widths| {
        let l = &matrix[rows[r]];
        let show = |n: Option<u8>| n.map_or("-".to_string(), |n| n.to_string());
        let gap = l.gap();
        let gap_style = if gap > 0 {
            theme.due_soon()
        } else {
            theme.done()
        };
        let gap_text = if l.target.is_none() {
            "-".to_string()
        } else {
            gap.to_string()
        };
        vec![
            lists::text_cell(&safe(&l.skill), widths[0], Style::new()),
            Line::from(level_bar(l.current, l.target, theme)),
            Line::raw(format!("{:>3}", show(l.current))),
            Line::raw(format!("{:>6}", show(l.target))),
            Line::styled(format!("{gap_text:>3}"), gap_style),
        ]
    });
}
