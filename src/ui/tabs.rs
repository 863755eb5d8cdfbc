//! The right side: the selected mentee's tabs.

mod feedback;
mod goals;
mod network;
mod overview;
mod sessions;

use super::theme::Theme;
use super::{Rect, safe};
use crate::app::{State, Tab, view};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let [bar, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let mut spans = vec![Span::raw(" ")];
    for (n, tab) in Tab::ALL.iter().enumerate() {
        spans.push(Span::styled(
            format!(" {} {} ", n + 1, tab.title()),
            theme.tab(*tab == state.tab),
        ));
        spans.push(Span::raw(" "));
    }
    if let Some(m) = view::mentee(state) {
        spans.push(Span::styled(
            format!("{} · {} · {}", safe(&m.name), m.kind, m.status),
            theme.muted(),
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), bar);
    match state.tab {
        Tab::Goals => goals::render(frame, body, state, theme),
        Tab::Sessions => sessions::render(frame, body, state, theme),
        Tab::Feedback => feedback::render(frame, body, state, theme),
        Tab::Network => network::render(frame, body, state, theme),
        Tab::Overview => overview::render(frame, body, state, theme),
    }
}

/// A date for a list column, or blanks.
pub(super) fn date_cell(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| crate::domain::dates::iso(d).to_string())
        .unwrap_or_else(|| "          ".into())
}
