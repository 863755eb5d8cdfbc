//! The brief overlay (the lines [`crate::app::brief`] builds, from its scroll offset, drawn as
//! the detail overlay is) and the prompt that asks where to write a progress report.

use super::popups::hints;
use super::theme::Theme;
use super::{Rect, centered, safe};
use crate::app::action::BriefAction;
use crate::app::brief::{self, Open};
use crate::app::detail;
use crate::app::keymap::Ctx;
use crate::app::report::Prompt;
use crate::app::{Action, State};
use crate::t;
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

pub fn render(frame: &mut Frame, area: Rect, state: &State, open: &Open, theme: &Theme) {
    let (columns, _) = detail::inner((area.width, area.height));
    let lines = brief::lines(state, open, columns);
    let keys = keys(columns);
    let title = safe(&brief::title(state, open));
    super::detail::overlay(frame, area, (&title, &keys), &lines, open.scroll, theme);
}

/// The overlay's key hints: `1-3 ask` first, then the scroll, the mark, adding and closing;
/// where that is wider than the overlay (`columns`), the scroll hint (in `?` help) gives way.
fn keys(columns: usize) -> String {
    let (scroll, next, add, close) = (
        t!("scr-hint-scroll"),
        t!("scr-hint-next-suggestion"),
        t!("scr-hint-add-to-agenda"),
        t!("scr-hint-close"),
    );
    let mut said = vec![
        (Action::Down, scroll.as_str()),
        (Action::Brief(BriefAction::Pick(1)), next.as_str()),
        (Action::Brief(BriefAction::AddSuggestion), add.as_str()),
        (Action::Cancel, close.as_str()),
    ];
    let Some(ask) = ask_hint() else {
        return hints(Ctx::Brief, &said, " · ");
    };
    let with_ask = |said: &[(Action, &str)]| format!("{ask} · {}", hints(Ctx::Brief, said, " · "));
    let all = with_ask(&said);
    if all.chars().count() + 4 <= columns {
        return all;
    }
    said.remove(0);
    with_ask(&said)
}

/// `1-3 ask`: the keys that put question 1 to 3 on the agenda.
fn ask_hint() -> Option<String> {
    use crate::app::keymap::{key_for, key_name};
    let first = key_for(Ctx::Brief, &Action::Brief(BriefAction::Ask(1)))?;
    let last = key_for(Ctx::Brief, &Action::Brief(BriefAction::Ask(3)))?;
    Some(t!(
        "qs-hint-ask",
        first = key_name(first),
        last = key_name(last)
    ))
}

/// The report's prompt: whose, the format, the path, what went wrong, the keys.
pub fn render_prompt(frame: &mut Frame, area: Rect, prompt: &Prompt, theme: &Theme) {
    // The two labels share one column, as wide as the longer of them.
    let (format_label, path_label) = (t!("scr-report-format"), t!("scr-report-path"));
    let label_width = format_label.chars().count().max(path_label.chars().count()) + 1;
    let mut lines = vec![
        Line::raw(t!("scr-report-whose", name = safe(&prompt.name))),
        Line::from(vec![
            Span::raw(format!("{format_label:<label_width$}")),
            Span::styled(format!("‹ {} ›", prompt.format.name()), theme.title()),
        ]),
        Line::from(vec![
            Span::raw(format!("{path_label:<label_width$}")),
            Span::raw(format!("{}▏", safe(prompt.path.value()))),
        ]),
        Line::styled(t!("scr-report-new-file"), theme.muted()),
    ];
    if let Some(error) = &prompt.error {
        lines.push(Line::styled(safe(error), theme.error()));
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        super::popups::answers(
            Ctx::Report,
            &[
                (
                    Action::Brief(BriefAction::ReportSubmit),
                    t!("scr-report-write").as_str(),
                ),
                (Action::Brief(BriefAction::ReportFormat), "Markdown / HTML"),
                (Action::Cancel, t!("scr-form-cancel").as_str()),
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
        .title(Line::styled(
            format!(" {} ", t!("scr-report-title")),
            theme.title(),
        ));
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    frame.render_widget(paragraph.block(block), rect);
}
