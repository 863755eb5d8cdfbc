//! The detail overlay: the lines [`crate::app::detail`] builds for the open record, from its
//! scroll offset, with a line that says where in them the view is.

use super::popups::hints;
use super::theme::Theme;
use super::{Rect, centered};
use crate::app::detail::{self, Detail, Shown, Tone};
use crate::app::keymap::Ctx;
use crate::app::{Action, State};
use crate::domain::RecordRef;
use crate::domain::text::for_screen;
use crate::t;
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

pub fn render(frame: &mut Frame, area: Rect, state: &State, open: &Detail, theme: &Theme) {
    let size = (area.width, area.height);
    let (columns, _) = detail::inner(size);
    let lines = detail::lines(state, &open.record, columns);
    let keys = hints(
        Ctx::Detail,
        &[
            (Action::Down, t!("scr-hint-scroll").as_str()),
            (Action::PageDown, t!("scr-hint-page").as_str()),
            (Action::Cancel, t!("scr-hint-close").as_str()),
        ],
        " · ",
    );
    let title = kind_title(&open.record);
    overlay(frame, area, (&title, &keys), &lines, open.scroll, theme);
}

/// Draws an overlay of wrapped `lines` (the detail's, the brief's) from line `scroll`, as tall
/// as they need up to most of the screen, with its title, the keys at the bottom and a line
/// that says where in them the view is.
pub(super) fn overlay(
    frame: &mut Frame,
    area: Rect,
    (title, keys): (&str, &str),
    lines: &[Shown],
    scroll: usize,
    theme: &Theme,
) {
    let size = (area.width, area.height);
    let (_, room) = detail::inner(size);
    // As tall as the lines need, up to the room there is.
    let height = lines.len().min(room);
    let (w, _) = detail::outer(size);
    let rect = centered(area, w, height as u16 + 2);
    // The overlay is most of the screen: nothing behind it peeks out at the sides.
    frame.render_widget(Clear, area);
    let scroll = scroll.min(lines.len().saturating_sub(height));
    let shown_to = (scroll + height).min(lines.len());
    let place = if lines.len() > height {
        format!(
            " {} ",
            t!(
                "scr-lines-of",
                from = scroll + 1,
                to = shown_to,
                count = lines.len()
            )
        )
    } else {
        String::new()
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(true))
        .title(Line::styled(format!(" {title} "), theme.title()))
        .title(Line::styled(place, theme.muted()).right_aligned())
        .title_bottom(Line::styled(format!(" {keys} "), theme.muted()));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let inner = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let drawn: Vec<Line> = lines[scroll..shown_to]
        .iter()
        .map(|l| {
            let style = match l.tone {
                Tone::Heading => theme.title(),
                Tone::Plain => ratatui::style::Style::new(),
                Tone::Muted => theme.muted(),
                Tone::Private => theme.private(),
                Tone::Attention => theme.overdue(),
            };
            Line::from(vec![
                Span::styled(l.label.clone(), theme.muted()),
                Span::styled(for_screen(&l.text).into_owned(), style),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(drawn), inner);
}

/// The overlay's title: the kind of record it shows ("Goal", "Action item").
fn kind_title(record: &RecordRef) -> String {
    match record {
        RecordRef::Mentee(_) => t!("scr-kind-mentee"),
        RecordRef::Goal(_) => t!("scr-kind-goal"),
        RecordRef::Milestone(_) => t!("scr-kind-milestone"),
        RecordRef::Session(_) => t!("scr-kind-session"),
        RecordRef::Action(_) => t!("scr-kind-action"),
        RecordRef::Feedback(_) => t!("scr-kind-feedback"),
        RecordRef::Connection(_) => t!("scr-kind-connection"),
        RecordRef::Series(_) => t!("scr-kind-series"),
        RecordRef::Stage(_) => t!("scr-kind-stage"),
    }
}

/// The kind of a record in a list's words ("goal", "action item").
pub(super) fn kind_word(record: &RecordRef) -> String {
    match record {
        RecordRef::Mentee(_) => t!("scr-word-mentee"),
        RecordRef::Goal(_) => t!("scr-word-goal"),
        RecordRef::Milestone(_) => t!("scr-word-milestone"),
        RecordRef::Session(_) => t!("scr-word-session"),
        RecordRef::Action(_) => t!("scr-word-action"),
        RecordRef::Feedback(_) => t!("scr-word-feedback"),
        RecordRef::Connection(_) => t!("scr-word-connection"),
        RecordRef::Series(_) => t!("scr-word-series"),
        RecordRef::Stage(_) => t!("scr-word-stage"),
    }
}
