//! The brief overlay (the lines [`crate::app::brief`] builds, from its scroll offset, drawn as
//! the detail overlay is) and the prompt that asks where to write a progress report.

use super::popups::hints;
use super::theme::Theme;
use super::{Rect, centered, safe};
use crate::app::action::BriefAction;
use crate::app::brief::{self, Open};
use crate::app::detail::{self, Tone};
use crate::app::keymap::Ctx;
use crate::app::report::Prompt;
use crate::app::{Action, State};
use crate::domain::text::for_screen;
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

pub fn render(frame: &mut Frame, area: Rect, state: &State, open: &Open, theme: &Theme) {
    let size = (area.width, area.height);
    let (columns, room) = detail::inner(size);
    let lines = brief::lines(state, open, columns);
    let height = lines.len().min(room);
    let (w, _) = detail::outer(size);
    let rect = centered(area, w, height as u16 + 2);
    frame.render_widget(Clear, area);
    let scroll = open.scroll.min(lines.len().saturating_sub(height));
    let shown_to = (scroll + height).min(lines.len());
    let place = if lines.len() > height {
        format!(" lines {}–{shown_to} of {} ", scroll + 1, lines.len())
    } else {
        String::new()
    };
    let keys = hints(
        Ctx::Brief,
        &[
            (Action::Down, "scroll"),
            (Action::Brief(BriefAction::Pick(1)), "next suggestion"),
            (Action::Brief(BriefAction::AddSuggestion), "add to agenda"),
            (Action::Cancel, "close"),
        ],
        " · ",
    );
    let title = format!(" {} ", safe(&brief::title(state, open)));
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(true))
        .title(Line::styled(title, theme.title()))
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
                // In the brief: what needs attention (overdue, slipped, falling).
                Tone::Private => theme.overdue(),
            };
            Line::from(vec![
                Span::styled(l.label.clone(), theme.muted()),
                Span::styled(for_screen(&l.text).into_owned(), style),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(drawn), inner);
}

/// The report's prompt: whose, the format, the path, what went wrong, the keys.
pub fn render_prompt(frame: &mut Frame, area: Rect, prompt: &Prompt, theme: &Theme) {
    let mut lines = vec![
        Line::raw(format!(
            "The progress report of {}, as your mentee may see it",
            safe(&prompt.name)
        )),
        Line::from(vec![
            Span::raw("format: "),
            Span::styled(format!("‹ {} ›", prompt.format.name()), theme.title()),
        ]),
        Line::from(vec![
            Span::raw("path:   "),
            Span::raw(format!("{}▏", safe(prompt.path.value()))),
        ]),
        Line::styled(
            "A new file only you can read; an existing one is never replaced.",
            theme.muted(),
        ),
    ];
    if let Some(error) = &prompt.error {
        lines.push(Line::styled(safe(error), theme.error()));
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        super::popups::answers(
            Ctx::Report,
            &[
                (Action::Brief(BriefAction::ReportSubmit), "write"),
                (Action::Brief(BriefAction::ReportFormat), "Markdown / HTML"),
                (Action::Cancel, "cancel"),
            ],
        ),
        theme.key(),
    ));
    let width = area.width.saturating_sub(4).min(72);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let rows: usize = lines.iter().map(|l| l.width().div_ceil(inner).max(1)).sum();
    let height = u16::try_from(rows + 2).unwrap_or(u16::MAX);
    let rect = centered(area, width, height);
    frame.render_widget(Clear, rect);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(true))
        .title(Line::styled(" Write a progress report ", theme.title()));
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    frame.render_widget(paragraph.block(block), rect);
}
