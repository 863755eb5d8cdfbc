//! A bordered list that builds only the rows it shows, with a selection that never relies on
//! colour alone (a `▸` marker and reverse video).

use super::theme::Theme;
use crate::app::{ListId, State};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// One of the state's lists, as it is drawn.
pub struct ListView<'a> {
    pub id: ListId,
    pub title: Line<'a>,
    /// How many rows the list has.
    pub len: usize,
    /// Shown when there are no rows; its hint after a `:` only when the state can be edited.
    pub empty: &'a str,
}

/// Draws rows `0..len` of a list in `area`; `row(i)` builds row `i` (only visible ones are built).
/// The border shows whether the list has the keys, and the state's selection is marked.
pub fn draw<'a>(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    theme: &Theme,
    list: ListView<'a>,
    row: impl Fn(usize) -> Line<'a>,
) {
    let ListView {
        id,
        title,
        len,
        empty,
    } = list;
    let editable = state.read_only.is_none();
    let focused = state.list_focused(id);
    let selected = state.selected(id).min(len.saturating_sub(1));
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(focused))
        .title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if len == 0 {
        // Hints on how to add something mean nothing where nothing can be added.
        let empty = if editable {
            empty
        } else {
            empty.split(':').next().unwrap_or(empty)
        };
        frame.render_widget(
            Paragraph::new(Line::styled(format!(" {empty}"), theme.muted())),
            inner,
        );
        return;
    }
    let height = usize::from(inner.height);
    let offset = (selected + 1).saturating_sub(height);
    let lines: Vec<Line> = (offset..len.min(offset + height))
        .map(|i| {
            let chosen = i == selected;
            let marker = if chosen { "▸ " } else { "  " };
            let mut line = row(i);
            line.spans.insert(0, Span::raw(marker));
            if chosen {
                // Fill the row to the pane's edge so the highlight is a full bar.
                let used: usize = line
                    .spans
                    .iter()
                    .map(|s| crate::domain::text::width(&s.content))
                    .sum();
                let pad = usize::from(inner.width).saturating_sub(used);
                line.spans.push(Span::raw(" ".repeat(pad)));
                line = line.style(theme.row(true, focused));
            }
            line
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// A text cut or padded to exactly `width` columns.
pub fn cell(text: &str, width: usize) -> String {
    crate::domain::text::pad(text, width)
}

/// A progress bar of `width` cells and a percentage, or blanks when nothing says.
pub fn gauge(progress: Option<f64>, width: usize) -> String {
    match progress {
        Some(p) => {
            let filled = ((p.clamp(0.0, 1.0) * width as f64).round()) as usize;
            format!(
                "{}{} {:>3.0}%",
                "█".repeat(filled),
                "░".repeat(width - filled),
                p * 100.0
            )
        }
        None => format!("{}    -", " ".repeat(width)),
    }
}
