//! The Overview tab: the agreement at a glance, goal progress, the next check-in and the open
//! action items of each side. Values are cut to fit, never wrapped under their labels.

use super::super::theme::Theme;
use super::super::{Rect, lists, safe};
use crate::app::{State, view};
use crate::domain::Owner;
use crate::domain::derived::{next_checkin, open_actions, progress};
use crate::domain::text::{fit, plural};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

const LABEL: usize = 12;

fn pair(label: &'static str, value: &str, width: usize, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label:<LABEL$}"), theme.muted()),
        Span::raw(fit(value, width.saturating_sub(LABEL))),
    ])
}

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let Some(m) = view::mentee(state) else { return };
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    // The mentor's capacity is the mentor's concern: the mentee's view leaves it out.
    let mentee_view = state.mentee_view();
    let [agreement, checkin, capacity] = Layout::vertical([
        Constraint::Min(6),
        Constraint::Length(4),
        Constraint::Length(if mentee_view { 0 } else { 4 }),
    ])
    .areas(left);
    if !mentee_view {
        super::agenda::capacity(frame, capacity, state, theme);
    }
    let [goals, actions] =
        Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(right);
    let block = |title: &'static str| {
        Block::new()
            .borders(Borders::ALL)
            .border_style(theme.block(false))
            .title(Line::styled(title, theme.title()))
    };

    let a = &m.agreement;
    let width = usize::from(agreement.width.saturating_sub(2));
    let or_dash = |s: &str| {
        if s.trim().is_empty() {
            "-".to_string()
        } else {
            safe(s)
        }
    };
    let channels = a
        .channels
        .iter()
        .map(|c| c.name())
        .collect::<Vec<_>>()
        .join(", ");
    let lines = vec![
        pair(
            "cadence",
            &a.cadence.map_or("-".into(), |c| c.to_string()),
            width,
            theme,
        ),
        pair(
            "length",
            &a.session_minutes
                .map_or("-".into(), |n| plural(n as usize, "minute", "minutes")),
            width,
            theme,
        ),
        pair("channels", &or_dash(&channels), width, theme),
        pair("response", &or_dash(&a.response_time), width, theme),
        pair("boundaries", &or_dash(&a.boundaries), width, theme),
        pair("success", &or_dash(&a.success_measures), width, theme),
        pair(
            "ends",
            &a.ends_on.map_or("-".into(), |d| d.to_string()),
            width,
            theme,
        ),
        pair("aspirations", &or_dash(&m.aspirations), width, theme),
    ];
    frame.render_widget(Paragraph::new(lines).block(block(" Agreement ")), agreement);

    let next = match next_checkin(m, state.today) {
        None => vec![Line::styled("no cadence agreed", theme.muted())],
        Some(c) if c.days_overdue > 0 => vec![
            Line::from(format!("due {}", c.due)),
            Line::styled(
                format!(
                    "overdue by {}",
                    plural(c.days_overdue as usize, "day", "days")
                ),
                theme.overdue(),
            ),
        ],
        Some(c) => vec![
            Line::from(format!("due {}", c.due)),
            Line::from(match (c.due - state.today).num_days() {
                0 => "today".to_string(),
                1 => "tomorrow".to_string(),
                n => format!("in {}", plural(n.unsigned_abs() as usize, "day", "days")),
            }),
        ],
    };
    frame.render_widget(
        Paragraph::new(next).block(block(" Next check-in ")),
        checkin,
    );

    let width = usize::from(goals.width.saturating_sub(2));
    let lines: Vec<Line> = m
        .goals
        .iter()
        .filter(|g| g.status.is_open())
        .map(|g| {
            Line::from(vec![
                Span::raw(lists::cell(&safe(&g.title), width.saturating_sub(12))),
                Span::raw(" "),
                Span::styled(lists::gauge(progress(g), 6), theme.gauge()),
            ])
        })
        .collect();
    let lines = if lines.is_empty() {
        vec![Line::styled("no open goals", theme.muted())]
    } else {
        lines
    };
    frame.render_widget(Paragraph::new(lines).block(block(" Open goals ")), goals);

    let width = usize::from(actions.width.saturating_sub(2));
    let room = usize::from(actions.height.saturating_sub(2));
    let mut lines = Vec::new();
    // "You" is whoever is looking: the mentor in the app, the mentee in their view.
    let sides = if mentee_view {
        [(Owner::Mentee, "You"), (Owner::Mentor, "Your mentor")]
    } else {
        [(Owner::Mentee, "Mentee"), (Owner::Mentor, "You")]
    };
    // Each side gets half the rows (a heading and its items).
    let per_side = (room / 2).max(2);
    for (owner, name) in sides {
        let items = open_actions(m, owner);
        lines.push(Line::styled(
            format!("{name} ({})", items.len()),
            theme.title(),
        ));
        for item in items.iter().take(per_side - 1) {
            let due = item.due.map(|d| format!(" · {d}")).unwrap_or_default();
            lines.push(Line::from(fit(
                &format!(" {}{due}", safe(&item.text)),
                width,
            )));
        }
    }
    frame.render_widget(
        Paragraph::new(lines).block(block(" Open action items ")),
        actions,
    );
}
