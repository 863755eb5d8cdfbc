//! Windows over the screen: forms, confirmations and the help overlay.

use super::theme::Theme;
use super::{Rect, centered, safe};
use crate::app::form::Form;
use crate::app::keymap::{self, BINDINGS, Ctx};
use crate::app::{Popup, State};
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    match &state.popup {
        None => {}
        Some(Popup::Form(form)) => render_form(frame, area, state, form, theme),
        Some(Popup::Confirm(c)) => confirm(frame, area, &c.message, "y delete   n keep", theme),
        Some(Popup::DiscardForm(form)) => {
            render_form(frame, area, state, form, theme);
            confirm(
                frame,
                area,
                "Discard what you typed?",
                "y discard   n keep editing",
                theme,
            );
        }
        Some(Popup::Help) => help(frame, area, state, theme),
    }
}

fn render_form(frame: &mut Frame, area: Rect, state: &State, form: &Form, theme: &Theme) {
    let width = area.width.saturating_sub(4).min(76);
    let height = (form.fields.len() as u16 + 4).min(area.height);
    let rect = centered(area, width, height);
    frame.render_widget(Clear, rect);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(true))
        .title(Line::styled(
            format!(" {} ", safe(&form.title)),
            theme.title(),
        ))
        .title_bottom(Line::styled(
            " Tab next · Enter on last saves · C-s save · C-e $EDITOR · Esc cancel ",
            theme.muted(),
        ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let label_width = form
        .fields
        .iter()
        .map(|f| f.label.width())
        .max()
        .unwrap_or(0)
        + 2;
    let value_width = usize::from(inner.width).saturating_sub(label_width + 2);
    let mut lines = Vec::new();
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let marker = if focused { "▸" } else { " " };
        let value = safe(field.value());
        let note = match (&field.error, field.preview(state.today, state.offset)) {
            (Some(e), _) => Span::styled(format!("  ✗ {e}"), theme.error()),
            (None, Some(p)) => Span::styled(format!("  {p}"), theme.muted()),
            (None, None) => Span::raw(""),
        };
        let note_width = note.content.width();
        let room = value_width.saturating_sub(note_width).max(8);
        let scroll = if focused {
            field.input.visual_scroll(room)
        } else {
            0
        };
        let shown: String = value.chars().skip(scroll).collect();
        let shown = crate::domain::text::fit(&shown, room);
        let is_choice = matches!(field.kind, crate::app::form::FieldKind::Choice(_));
        let value_span = if is_choice {
            Span::styled(
                format!("‹ {shown} ›"),
                if focused {
                    theme.row(true, true)
                } else {
                    theme.title()
                },
            )
        } else {
            Span::styled(
                shown.clone(),
                if focused {
                    theme.title()
                } else {
                    ratatui::style::Style::new()
                },
            )
        };
        if focused && !is_choice {
            let x =
                inner.x + (1 + label_width) as u16 + (field.input.visual_cursor() - scroll) as u16;
            frame.set_cursor_position((x.min(inner.right().saturating_sub(1)), inner.y + i as u16));
        }
        lines.push(Line::from(vec![
            Span::styled(marker, theme.key()),
            Span::styled(
                format!("{:<label_width$}", field.label),
                if focused { theme.key() } else { theme.muted() },
            ),
            value_span,
            note,
        ]));
    }
    if let Some(e) = &form.error {
        lines.push(Line::styled(format!(" ✗ {}", safe(e)), theme.error()));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn confirm(frame: &mut Frame, area: Rect, message: &str, keys: &str, theme: &Theme) {
    let width = (message.width() as u16 + 6).clamp(30, area.width.saturating_sub(4).max(30));
    let rect = centered(area, width, 6);
    frame.render_widget(Clear, rect);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.warning())
        .title(Line::styled(" Confirm ", theme.title()));
    let lines = vec![
        Line::from(safe(message)),
        Line::default(),
        Line::styled(keys, theme.key()),
    ];
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        rect,
    );
}

fn help(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let rect = centered(
        area,
        area.width.saturating_sub(4).min(72),
        area.height.saturating_sub(2),
    );
    frame.render_widget(Clear, rect);
    let sections: [(&str, &[Ctx]); 4] = [
        ("Lists", &[Ctx::List, Ctx::Toggle]),
        ("Anywhere", &[Ctx::Global]),
        ("Forms", &[Ctx::Form]),
        ("Filter and confirmations", &[Ctx::Filter, Ctx::Confirm]),
    ];
    let mut left = Vec::new();
    let mut right = Vec::new();
    for (n, (title, ctxs)) in sections.iter().enumerate() {
        let column = if n < 2 { &mut left } else { &mut right };
        column.push(Line::styled(*title, theme.title()));
        for b in BINDINGS.iter().filter(|b| ctxs.contains(&b.ctx)) {
            if b.edits && state.read_only.is_some() {
                continue;
            }
            let keys = b
                .keys
                .iter()
                .map(keymap::key_name)
                .collect::<Vec<_>>()
                .join(" ");
            column.push(Line::from(vec![
                Span::styled(format!(" {keys:<10}"), theme.key()),
                Span::raw(b.help),
            ]));
        }
        column.push(Line::default());
    }
    if state.read_only.is_some() {
        right.push(Line::styled(
            "Read-only: keys that change things are off.",
            theme.warning(),
        ));
    } else {
        right.push(Line::styled(
            "In forms, type to fill a field; ←/→ or",
            theme.muted(),
        ));
        right.push(Line::styled("Space change a ‹choice›.", theme.muted()));
    }
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(true))
        .title(Line::styled(" Keys ", theme.title()))
        .title_bottom(Line::styled(" Esc closes ", theme.muted()));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [l, r] = ratatui::layout::Layout::horizontal([
        ratatui::layout::Constraint::Percentage(50),
        ratatui::layout::Constraint::Percentage(50),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(left), l);
    frame.render_widget(Paragraph::new(right), r);
}
