//! The popup shown when quitting with edits that are not on disk.

use super::theme::Theme;
use super::{Rect, centered, safe};
use crate::app::Action;
use crate::app::keymap::{self, Ctx};
use crate::app::state::{DISCARD_WORD, Unsaved, UnsavedStep};
use crate::t;
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

pub fn render(frame: &mut Frame, area: Rect, unsaved: &Unsaved, theme: &Theme) {
    let mut lines = vec![
        Line::styled(t!("scr-not-saved", why = safe(&unsaved.why)), theme.error()),
        Line::default(),
    ];
    lines.extend(match &unsaved.step {
        UnsavedStep::Choose => {
            let mut lines = choices(theme);
            // When another program changed the file, a retry cannot work; reloading can.
            lines.push(Line::default());
            lines.push(Line::styled(t!("scr-unsaved-reload"), theme.muted()));
            lines
        }
        UnsavedStep::CopyTo(input) => prompt(
            t!("scr-unsaved-copy-to"),
            &t!("scr-unsaved-path"),
            input,
            &t!("scr-unsaved-write-quit"),
            theme,
        ),
        UnsavedStep::Discard(input) => prompt(
            t!("scr-unsaved-discard", word = DISCARD_WORD),
            &t!("scr-unsaved-type"),
            input,
            &t!("scr-unsaved-quit"),
            theme,
        ),
    });
    if let Some(error) = &unsaved.error {
        lines.push(Line::styled(safe(error), theme.error()));
    }
    let width = area.width.saturating_sub(4).min(72);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let rows: usize = lines.iter().map(|l| l.width().div_ceil(inner).max(1)).sum();
    let height = u16::try_from(rows + 2).unwrap_or(u16::MAX);
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let rect = centered(area, width, height);
    frame.render_widget(Clear, rect);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.warning())
        .title(Line::styled(
            format!(" {} ", t!("scr-unsaved-title")),
            theme.title(),
        ));
    frame.render_widget(paragraph.block(block), rect);
}

/// The way out: each choice with the key the keymap binds to it.
fn choices(theme: &Theme) -> Vec<Line<'static>> {
    [
        (Action::QuitRetry, t!("scr-unsaved-retry")),
        (Action::QuitCopyElsewhere, t!("scr-unsaved-copy")),
        (Action::QuitDiscard, t!("scr-unsaved-quit-anyway")),
        (Action::Cancel, t!("scr-unsaved-back")),
    ]
    .into_iter()
    .filter_map(|(action, text)| {
        let key = keymap::key_for(Ctx::Unsaved, &action)?;
        Some(Line::from(vec![
            Span::styled(format!(" {:<4}", keymap::key_name(key)), theme.key()),
            Span::raw(text),
        ]))
    })
    .collect()
}

/// A question typed into: what is asked, the typed text after `label`, and the keys that submit
/// (doing `submit`) or go back.
fn prompt(
    question: String,
    label: &str,
    input: &tui_input::Input,
    submit: &str,
    theme: &Theme,
) -> Vec<Line<'static>> {
    vec![
        Line::raw(question),
        Line::from(vec![
            Span::raw(format!("{label}: ")),
            Span::raw(format!("{}▏", safe(input.value()))),
        ]),
        Line::default(),
        Line::styled(
            super::popups::answers(
                Ctx::Prompt,
                &[
                    (Action::PromptSubmit, submit),
                    (Action::Cancel, t!("scr-ans-back").as_str()),
                ],
            ),
            theme.key(),
        ),
    ]
}
