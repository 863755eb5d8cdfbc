//! The detail overlay: the lines [`crate::app::detail`] builds for the open record, from its
//! scroll offset, with a line that says where in them the view is.

use super::popups::hints;
use super::theme::Theme;
use super::{Rect, centered};
use crate::app::detail::{self, Detail, Shown, Tone};
use crate::app::keymap::Ctx;
use crate::app::{Action, State};
use crate::domain::text::for_screen;
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
            (Action::Down, "scroll"),
            (Action::PageDown, "page"),
            (Action::Cancel, "close"),
        ],
        " · ",
    );
    let title = capitalised(open.record.kind());
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
        format!(" lines {}–{shown_to} of {} ", scroll + 1, lines.len())
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

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}
