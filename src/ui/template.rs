//! The template popup (`T`): the picker of templates, then the preview of what applying the
//! chosen one would add to the mentee (the dry run), before anything changes.

use super::popups::answers;
use super::theme::Theme;
use super::{Rect, centered, safe};
use crate::app::action::PathAction;
use crate::app::keymap::Ctx;
use crate::app::template::{Preview, TemplatePopup};
use crate::app::{Action, State};
use crate::domain::text;
use crate::t;
use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// Columns of a template's name in the picker.
const NAME: usize = 18;

pub fn render(frame: &mut Frame, area: Rect, state: &State, t: &TemplatePopup, theme: &Theme) {
    let rect = centered(
        area,
        area.width.saturating_sub(4).min(90),
        area.height.saturating_sub(2),
    );
    // Nearly the whole screen: nothing behind it peeks out at the sides.
    frame.render_widget(Clear, area);
    let who = state
        .ws
        .mentees
        .iter()
        .find(|m| m.id == t.mentee)
        .map(|m| safe(&m.name))
        .unwrap_or_default();
    let (title, keys) = match &t.preview {
        None => (
            format!(" {} ", t!("scr-tpl-apply-to", name = who.clone())),
            answers(
                Ctx::TemplatePick,
                &[
                    (choose(), t!("scr-tpl-preview").as_str()),
                    (back(), t!("scr-hint-close").as_str()),
                ],
            ),
        ),
        Some(p) => (
            format!(
                " {} ",
                t!(
                    "scr-tpl-what-it-adds",
                    template = t.choices[p.choice].template.name.clone(),
                    name = who.clone()
                )
            ),
            answers(
                Ctx::TemplatePreview,
                &[
                    (choose(), t!("scr-tpl-apply").as_str()),
                    (back(), t!("scr-ans-back").as_str()),
                ],
            ),
        ),
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(true))
        .title(Line::styled(
            text::fit(&title, usize::from(rect.width) - 2),
            theme.title(),
        ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width.saturating_sub(1)).max(1);
    let height = usize::from(inner.height.saturating_sub(2));
    let mut lines = match &t.preview {
        None => picker_lines(t, width, height, theme),
        Some(p) => preview_lines(p, &who, width, height, theme),
    };
    lines.resize(height, Line::default());
    lines.push(Line::default());
    lines.push(Line::styled(keys, theme.key()));
    frame.render_widget(Paragraph::new(lines), inner);
}

fn choose() -> Action {
    Action::Path(PathAction::TemplateChoose)
}

fn back() -> Action {
    Action::Path(PathAction::TemplateBack)
}

/// One row per template (name, title, where it comes from), the selected one's description
/// below, and the user files that could not be read.
fn picker_lines(
    t: &TemplatePopup,
    width: usize,
    height: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (i, c) in t.choices.iter().enumerate() {
        let selected = i == t.selected;
        let marker = if selected { "▸ " } else { "  " };
        let row = format!(
            "{marker}{} {} ({})",
            text::pad(&safe(&c.template.name), NAME),
            safe(&c.template.title),
            c.source
        );
        out.push(Line::styled(
            text::pad(&row, width),
            theme.row(selected, true),
        ));
    }
    if let Some(c) = t.choices.get(t.selected)
        && !c.template.description.trim().is_empty()
    {
        out.push(Line::default());
        // The file's line breaks are the file's; the description is one paragraph here.
        let about = c
            .template
            .description
            .split_whitespace()
            .collect::<Vec<_>>();
        for piece in text::wrap(&text::line(&about.join(" ")), width.saturating_sub(1)) {
            out.push(Line::styled(format!(" {piece}"), theme.muted()));
        }
    }
    for e in &t.errors {
        out.push(Line::default());
        for piece in text::wrap(&t!("scr-tpl-skipped", why = text::line(e)), width) {
            out.push(Line::styled(piece, theme.warning()));
        }
    }
    out.truncate(height);
    out
}

/// What applying adds, one item a line (wrapped), from the preview's scroll on.
fn preview_lines(
    p: &Preview,
    who: &str,
    width: usize,
    height: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let start = crate::domain::dates::iso(p.start);
    if p.lines.is_empty() {
        return vec![Line::styled(
            t!("scr-tpl-nothing", name = who),
            theme.muted(),
        )];
    }
    let mut out = vec![Line::styled(
        t!(
            "scr-tpl-adds",
            start = start.to_string(),
            count = p.lines.len()
        ),
        theme.title(),
    )];
    let room = height.saturating_sub(1);
    let mut body = Vec::new();
    for item in p.lines.iter().skip(p.scroll) {
        let pieces = text::wrap(&text::line(item), width.saturating_sub(4));
        for (n, piece) in pieces.into_iter().enumerate() {
            let lead = if n == 0 { "  + " } else { "    " };
            body.push(Line::raw(format!("{lead}{piece}")));
        }
    }
    if body.len() > room {
        body.truncate(room.saturating_sub(1));
        body.push(Line::styled(
            format!("  {}", t!("scr-tpl-more")),
            theme.muted(),
        ));
    }
    out.extend(body);
    out
}
