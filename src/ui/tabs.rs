//! The right side: the selected mentee's tabs.

mod agenda;
mod calendar;
mod capacity;
mod feedback;
mod goals;
mod hours;
mod network;
mod overview;
mod path;
mod sessions;

use super::theme::Theme;
use super::{Rect, safe};
use crate::app::action::SyncAction;
use crate::app::{Action, State, Tab, keymap, view};
use crate::domain::text;
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let [bar, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let line = tab_bar(state, theme, usize::from(bar.width));
    record_tabs(state, bar, &line);
    frame.render_widget(Paragraph::new(line), bar);
    if view::mentee(state).is_none() && !state.tab.is_everyone() {
        let why = if view::filter_text(state, crate::app::ListId::Mentees).is_some() {
            t!("tabs-no-match")
        } else {
            t!("tabs-all-concluded")
        };
        let text = Line::styled(format!(" {why}"), theme.muted());
        frame.render_widget(Paragraph::new(text), body);
        return;
    }
    match state.tab {
        Tab::Goals => goals::render(frame, body, state, theme),
        Tab::Sessions => sessions::render(frame, body, state, theme),
        Tab::Feedback => feedback::render(frame, body, state, theme),
        Tab::Network => network::render(frame, body, state, theme),
        Tab::Overview => overview::render(frame, body, state, theme),
        Tab::Agenda => agenda::render(frame, body, state, theme),
        Tab::Calendar => calendar::render(frame, body, state, theme),
        Tab::Path => path::render(frame, body, state, theme),
    }
}

/// Remembers where each tab's label was drawn in `bar`, for the mouse: the labels are the
/// spans at 1, 3, 5… of [`tab_bar`]'s line, in [`Tab::ALL`] order.
fn record_tabs(state: &State, bar: Rect, line: &Line) {
    let mut x = usize::from(bar.x);
    let mut tabs = Vec::new();
    for (i, span) in line.spans.iter().enumerate() {
        let width = text::width(&span.content);
        if i % 2 == 1
            && let Some(tab) = Tab::ALL.get(i / 2)
        {
            let (x, w) = (u16::try_from(x).unwrap_or(u16::MAX), width as u16);
            let w = w.min(bar.right().saturating_sub(x));
            tabs.push((crate::ui::hit_area(Rect::new(x, bar.y, w, 1)), *tab));
        }
        x += width;
    }
    state.hits.record(|l| l.tabs = tabs);
}

/// A tab's name in the current language.
pub fn tab_name(tab: Tab) -> String {
    match tab {
        Tab::Goals => t!("tab-goals"),
        Tab::Sessions => t!("tab-sessions"),
        Tab::Feedback => t!("tab-feedback"),
        Tab::Network => t!("tab-network"),
        Tab::Overview => t!("tab-overview"),
        Tab::Agenda => t!("tab-agenda"),
        Tab::Calendar => t!("tab-calendar"),
        Tab::Path => t!("tab-path"),
    }
}

/// The tab titles, fitted to `width`: all titles when they fit (with the mentee's name when
/// that fits too), else the active title with the other tabs as their numbers.
fn tab_bar(state: &State, theme: &Theme, width: usize) -> Line<'static> {
    let full: usize = Tab::ALL
        .iter()
        .map(|t| text::width(&tab_name(*t)) + 4)
        .sum::<usize>()
        + 1;
    let mut spans = vec![Span::raw(" ")];
    for (n, tab) in Tab::ALL.iter().enumerate() {
        let active = *tab == state.tab;
        let text = if full <= width || active {
            format!(" {} {} ", n + 1, tab_name(*tab))
        } else {
            format!(" {} ", n + 1)
        };
        spans.push(Span::styled(text, theme.tab(active)));
        spans.push(Span::raw(" "));
    }
    let used: usize = spans.iter().map(|s| text::width(&s.content)).sum();
    if let Some(m) = view::mentee(state) {
        let mut room = width.saturating_sub(used);
        // The mentee's conflicts a sync left, with the key that lists them (on their first).
        let open = crate::app::conflicts::count_of(&state.ws, m.id.as_str());
        if open > 0 && state.view.is_none() {
            let key = keymap::key_for(
                keymap::Ctx::Global,
                &Action::Sync(SyncAction::OpenConflicts),
            )
            .map(keymap::key_name)
            .unwrap_or_default();
            let hint = format!(" {} ", t!("sync-tab-conflicts", count = open, key = key));
            if text::width(&hint) < room {
                room -= text::width(&hint) + 1;
                spans.push(Span::styled(hint, theme.banner()));
                spans.push(Span::raw(" "));
            }
        }
        if room >= 8 {
            let who = text::fit(&format!("{} · {}", safe(&m.name), m.status), room);
            spans.push(Span::styled(who, theme.muted()));
        }
    }
    Line::from(spans)
}
