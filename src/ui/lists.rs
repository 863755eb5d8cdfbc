//! A bordered list drawn as a ratatui [`Table`]: columns laid out by [`Constraint`]s, an optional
//! header row, only the rows in view built, and a selection that never relies on colour alone (a
//! `▸` marker and reverse video). The view scrolls as little as the selection needs (see
//! [`crate::app::scroll`]).

use super::safe;
use super::theme::Theme;
use crate::app::{ListId, State, view};
use crate::domain::text;
use crate::t;
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, HighlightSpacing, Paragraph, Row, Table, TableState};

/// The selection marker, in a column of its own before the cells.
const MARKER: &str = "▸ ";
/// Blank columns between cells.
const SPACING: u16 = 1;

/// One of the state's lists, as it is drawn.
pub struct ListView<'a> {
    pub id: ListId,
    pub title: Line<'a>,
    /// How many rows the list has.
    pub len: usize,
    /// Shown when there are no rows; its hint after a `:` only when the state can be edited.
    pub empty: &'a str,
    /// The columns after the marker, one blank column apart.
    pub columns: &'a [Constraint],
    /// The column headings, as the table's first row; none when empty.
    pub header: &'a [&'a str],
}

/// Draws rows `0..len` of a list in `area`; `row(i, widths)` builds the cells of row `i` for
/// columns `widths` wide (only rows in view are built). The border shows whether the list has the
/// keys, and the state's selection is marked.
pub fn draw<'a>(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    theme: &Theme,
    list: ListView<'a>,
    row: impl Fn(usize, &[usize]) -> Vec<Line<'a>>,
) {
    let focused = state.list_focused(list.id);
    let filter = view::filter_text(state, list.id);
    let mut title = list.title;
    if let Some(f) = filter {
        title.push_span(Span::styled(format!("/{} ", safe(f)), theme.info()));
    }
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(focused))
        .title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if list.len == 0 {
        let hint = match filter {
            // The list has rows, the filter hides them all: say so, not that there are none.
            Some(f) if view::total(state, list.id) > 0 => Line::styled(
                format!(
                    " {}",
                    t!("scr-no-match", list = many(list.id), text = safe(f))
                ),
                theme.muted(),
            ),
            _ => empty_hint(state, theme, list.empty),
        };
        frame.render_widget(Paragraph::new(hint), inner);
        record(state, list.id, area, inner, 0, 0);
        return;
    }
    let widths = column_widths(inner.width, list.columns);
    let header = u16::from(!list.header.is_empty());
    let height = usize::from(inner.height.saturating_sub(header));
    let selected = state.selected(list.id).min(list.len - 1);
    let offset = state.scroll.follow(list.id, selected, list.len, height);
    let rows_area = Rect {
        y: inner.y + header.min(inner.height),
        height: inner.height.saturating_sub(header),
        ..inner
    };
    record(state, list.id, area, rows_area, offset, list.len);
    let rows = (offset..list.len.min(offset + height)).map(|i| Row::new(row(i, &widths)));
    let mut table = Table::new(rows, widths.iter().map(|&w| Constraint::Length(w as u16)))
        .column_spacing(SPACING)
        .highlight_symbol(MARKER)
        .highlight_spacing(HighlightSpacing::Always)
        .row_highlight_style(theme.row(true, focused));
    if !list.header.is_empty() {
        let cells = list.header.iter().map(|h| Line::styled(*h, theme.title()));
        table = table.header(Row::new(cells));
    }
    let mut view = TableState::default().with_selected(Some(selected - offset));
    frame.render_stateful_widget(table, inner, &mut view);
}

/// Remembers where `list` was drawn, for the mouse (see [`crate::app::hits`]).
fn record(state: &State, list: ListId, pane: Rect, rows: Rect, offset: usize, len: usize) {
    state.hits.record(|l| {
        l.lists.push(crate::app::hits::ListArea {
            list,
            pane: super::hit_area(pane),
            rows: super::hit_area(rows),
            offset,
            len,
        });
    });
}

/// `title` with the list's count added (`2 of 5`) while a filter hides some of its rows.
pub fn counted(state: &State, list: ListId, title: &str) -> String {
    if view::filter_text(state, list).is_some() {
        format!("{} ({}) ", title.trim_end(), view::count(state, list))
    } else {
        title.to_string()
    }
}

/// What an empty list says: hints on how to add something mean nothing where nothing can be
/// added, so they are left out of a read-only state.
fn empty_hint<'a>(state: &State, theme: &Theme, empty: &'a str) -> Line<'a> {
    let empty = if state.read_only.is_none() {
        empty
    } else {
        empty.split(':').next().unwrap_or(empty)
    };
    Line::styled(format!(" {empty}"), theme.muted())
}

/// The widths `columns` get in a pane `width` columns wide, as the table lays them out.
fn column_widths(width: u16, columns: &[Constraint]) -> Vec<usize> {
    let marker = text::width(MARKER) as u16;
    let room = Rect::new(0, 0, width.saturating_sub(marker), 1);
    Layout::horizontal(columns.iter().copied())
        .flex(Flex::Start)
        .spacing(SPACING)
        .split(room)
        .iter()
        .map(|r| usize::from(r.width))
        .collect()
}

/// A text cut or padded to exactly `width` columns.
pub fn cell(text: &str, width: usize) -> String {
    text::pad(text, width)
}

/// A check box: `[x]` in the done style, or `[ ]`.
pub fn check(done: bool, theme: &Theme) -> Line<'static> {
    if done {
        Line::styled("[x]", theme.done())
    } else {
        Line::raw("[ ]")
    }
}

/// A due date, in the overdue style when `overdue`, or blanks.
pub fn due(date: Option<NaiveDate>, overdue: bool, theme: &Theme) -> Line<'static> {
    let style = if overdue {
        theme.overdue()
    } else {
        Style::new()
    };
    Line::styled(date_cell(date), style)
}

/// A date for a list column, or blanks.
pub fn date_cell(d: Option<NaiveDate>) -> String {
    d.map(|d| crate::domain::dates::iso(d).to_string())
        .unwrap_or_else(|| " ".repeat(10))
}

/// A text cut or padded to `width` columns, in `style`.
pub fn text_cell(text: &str, width: usize, style: Style) -> Line<'static> {
    Line::from(Span::styled(cell(text, width), style))
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

/// A column as wide as the widest of `words` (the words of an enum in the user's language),
/// and at least `least`.
pub fn word_column(words: &[String], least: u16) -> Constraint {
    let widest = words.iter().map(|w| text::width(w)).max().unwrap_or(0);
    Constraint::Length(least.max(u16::try_from(widest).unwrap_or(least)))
}

/// A list's records in words, one ("goal") and more ("goals").
pub fn one(list: ListId) -> String {
    match list {
        ListId::Mentees => t!("scr-list-one-mentees"),
        ListId::Goals => t!("scr-list-one-goals"),
        ListId::Milestones => t!("scr-list-one-milestones"),
        ListId::Sessions => t!("scr-list-one-sessions"),
        ListId::Actions => t!("scr-list-one-actions"),
        ListId::Feedback => t!("scr-list-one-feedback"),
        ListId::Connections => t!("scr-list-one-connections"),
        ListId::Stages => t!("scr-list-one-stages"),
        ListId::Skills => t!("scr-list-one-skills"),
    }
}

/// See [`one`].
pub fn many(list: ListId) -> String {
    match list {
        ListId::Mentees => t!("scr-list-many-mentees"),
        ListId::Goals => t!("scr-list-many-goals"),
        ListId::Milestones => t!("scr-list-many-milestones"),
        ListId::Sessions => t!("scr-list-many-sessions"),
        ListId::Actions => t!("scr-list-many-actions"),
        ListId::Feedback => t!("scr-list-many-feedback"),
        ListId::Connections => t!("scr-list-many-connections"),
        ListId::Stages => t!("scr-list-many-stages"),
        ListId::Skills => t!("scr-list-many-skills"),
    }
}
