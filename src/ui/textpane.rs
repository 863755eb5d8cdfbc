//! Panes of long text (the Notes of a session, the agreement): labelled pieces wrapped by
//! grapheme cluster to the pane's width, drawn from the pane's scroll offset (see
//! [`crate::app::panes`]), with what is above and below said on the border.

use super::theme::Theme;
use crate::app::Action;
use crate::app::keymap::{self, Ctx};
use crate::app::panes::PaneScroll;
use crate::domain::RecordRef;
use crate::domain::text;
use crate::t;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

/// A label and its text (raw, from the file), each with its style.
pub struct Piece {
    pub label: String,
    pub label_style: Style,
    pub text: String,
    pub style: Style,
    /// Continuation lines start under the text, this many columns in (0: at the pane's edge).
    pub hang: usize,
}

impl Piece {
    /// `label` and `text` on one run: continuation lines start at the pane's edge.
    pub fn run(label: impl Into<String>, label_style: Style, text: &str, style: Style) -> Piece {
        Piece {
            label: label.into(),
            label_style,
            text: text.to_string(),
            style,
            hang: 0,
        }
    }
}

/// The pieces wrapped to `width` columns, made ready for the screen.
pub fn wrap(pieces: &[Piece], width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for p in pieces {
        let safe = text::block(&p.text);
        if p.hang > 0 {
            let room = width.saturating_sub(p.hang).max(1);
            for (i, piece) in text::wrap(&safe, room).into_iter().enumerate() {
                let label = if i == 0 {
                    Span::styled(text::pad(&p.label, p.hang), p.label_style)
                } else {
                    Span::raw(" ".repeat(p.hang))
                };
                out.push(Line::from(vec![label, shown(&piece, p.style)]));
            }
            continue;
        }
        let whole = format!("{}{safe}", p.label);
        for (i, line) in text::wrap(&whole, width).into_iter().enumerate() {
            let label = p.label.trim_end();
            match line.strip_prefix(label) {
                Some(rest) if i == 0 && !label.is_empty() => {
                    let label = Span::styled(label.to_string(), p.label_style);
                    out.push(Line::from(vec![label, shown(rest, p.style)]));
                }
                _ => out.push(Line::from(shown(&line, p.style))),
            }
        }
    }
    out
}

fn shown(text: &str, style: Style) -> Span<'static> {
    Span::styled(text::for_screen(text).into_owned(), style)
}

/// Draws `lines` of `record` in `block` over `area`, from the offset `scroll` keeps for it; the
/// border says how many lines are above and below and which keys scroll.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    block: Block<'_>,
    lines: Vec<Line<'static>>,
    (scroll, record): (&PaneScroll, Option<&RecordRef>),
    theme: &Theme,
) {
    let inner = block.inner(area);
    let height = usize::from(inner.height);
    let offset = scroll.shown(record, lines.len(), height);
    let below = lines.len().saturating_sub(offset + height);
    let mut block = block;
    if offset > 0 {
        block = block.title(
            Line::styled(
                format!(" {} ", t!("scr-more-above", count = offset)),
                theme.muted(),
            )
            .right_aligned(),
        );
    }
    let key = |ctx, action| keymap::key_for(ctx, &action).map_or(String::new(), keymap::key_name);
    let (down, up) = (
        key(Ctx::Global, Action::ScrollText(1)),
        key(Ctx::Global, Action::ScrollText(-1)),
    );
    if below > 0 {
        let open = key(Ctx::List, Action::Open);
        let mut said = format!(
            " {} ",
            t!(
                "scr-more-below-keys",
                count = below,
                down = down,
                up = up,
                open = open
            )
        );
        if text::width(&said) + 2 > usize::from(area.width) {
            // A narrow pane keeps what matters: how much is below.
            said = format!(" {} ", t!("scr-more-below", count = below));
        }
        block = block.title_bottom(Line::styled(said, theme.muted()).right_aligned());
    } else if offset > 0 {
        block = block.title_bottom(
            Line::styled(
                format!(" {} ", t!("scr-scrolls-back", key = up)),
                theme.muted(),
            )
            .right_aligned(),
        );
    }
    let shown: Vec<Line> = lines.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(shown).block(block), area);
}
