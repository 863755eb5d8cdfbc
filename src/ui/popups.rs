//! Windows over the screen: forms, confirmations and the help overlay.

use super::theme::Theme;
use super::{Rect, centered, safe};
use crate::app::form::Form;
use crate::app::keymap::{self, BINDINGS, Ctx};
use crate::app::{Action, Popup, State};
use crate::domain::text;
use Action::{Cancel, Confirm, Decline, FormEditInEditor, FormEnter, FormNextField, FormSubmit};
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    match &state.popup {
        None => {}
        Some(Popup::Form(form)) => render_form(frame, area, state, form, theme),
        Some(Popup::Confirm(c)) => {
            let keys = match c.kind {
                crate::app::ConfirmKind::Delete => {
                    answers(Ctx::Confirm, &[(Confirm, "delete"), (Decline, "keep")])
                }
                crate::app::ConfirmKind::HoldFuture => answers(
                    Ctx::Confirm,
                    &[(Confirm, "mark held"), (Decline, "keep it planned")],
                ),
            };
            confirm(frame, area, &c.message, &keys, theme);
        }
        Some(Popup::Conclude { form, planned }) => {
            render_form(frame, area, state, form, theme);
            let sessions = crate::domain::text::plural(*planned, "session", "sessions");
            confirm(
                frame,
                area,
                &format!("Concluding: cancel the {sessions} still planned?"),
                &answers(
                    Ctx::Confirm,
                    &[
                        (Confirm, "cancel them"),
                        (Decline, "keep them"),
                        (Cancel, "back"),
                    ],
                ),
                theme,
            );
        }
        Some(Popup::DiscardForm(form)) => {
            render_form(frame, area, state, form, theme);
            confirm(
                frame,
                area,
                "Discard what you typed?",
                &answers(
                    Ctx::Confirm,
                    &[(Confirm, "discard"), (Decline, "keep editing")],
                ),
                theme,
            );
        }
        Some(Popup::Help) => help(frame, area, state, theme),
        Some(Popup::Search(search)) => super::search::render(frame, area, state, search, theme),
        Some(Popup::Unsaved(unsaved)) => super::unsaved::render(frame, area, unsaved, theme),
    }
}

fn render_form(frame: &mut Frame, area: Rect, state: &State, form: &Form, theme: &Theme) {
    let width = area.width.saturating_sub(4).min(76);
    let legend = form.has_shared();
    let height =
        (form.fields.len() as u16 + 2 + u16::from(form.error.is_some()) + u16::from(legend))
            .min(area.height);
    let rect = centered(area, width, height);
    clear_around(frame, area, rect);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(true))
        .title(Line::styled(
            format!(" {} ", safe(&form.title)),
            theme.title(),
        ))
        .title_bottom(Line::styled(
            format!(
                " {} ",
                hints(
                    Ctx::Form,
                    &[
                        (FormNextField, "next"),
                        (FormEnter, "on last saves"),
                        (FormSubmit, "save"),
                        (FormEditInEditor, "$EDITOR"),
                        (Cancel, "cancel"),
                    ],
                    " · ",
                )
            ),
            theme.muted(),
        ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let label_width = form
        .fields
        .iter()
        .map(|f| text::width(&form.shown_label(f)))
        .max()
        .unwrap_or(0)
        + 2;
    let columns = FormColumns {
        label: label_width,
        value: usize::from(inner.width).saturating_sub(label_width + 2),
    };
    let mut lines = Vec::new();
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let (line, cursor) = field_line(state, theme, form, field, focused, columns);
        if let Some(column) = cursor {
            let x = inner.x + (1 + label_width + column) as u16;
            frame.set_cursor_position((x.min(inner.right().saturating_sub(1)), inner.y + i as u16));
        }
        lines.push(line);
    }
    if let Some(e) = &form.error {
        lines.push(Line::styled(format!(" ✗ {}", safe(e)), theme.error()));
    }
    if legend {
        lines.push(Line::styled(
            format!(" {}", crate::app::form::SHARED_LEGEND),
            theme.muted(),
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The answers to a question: each key as the keymap binds it in `ctx`, with what it does here
/// ("y delete   n keep"). An action the keymap does not bind there is left out.
pub(super) fn answers(ctx: Ctx, said: &[(Action, &str)]) -> String {
    hints(ctx, said, "   ")
}

/// Keys bound in `ctx` to each action of `said`, with their words, joined by `between`.
fn hints(ctx: Ctx, said: &[(Action, &str)], between: &str) -> String {
    said.iter()
        .filter_map(|(action, words)| {
            keymap::key_for(ctx, action).map(|key| format!("{} {words}", keymap::key_name(key)))
        })
        .collect::<Vec<_>>()
        .join(between)
}

/// The widths of a form's labels and of the room for a value and its note.
#[derive(Clone, Copy)]
struct FormColumns {
    label: usize,
    value: usize,
}

/// One field's row: marker, label, value and its note (an error or a preview). A focused value is
/// scrolled to show the cursor; the cursor's column in the value comes back when the field takes
/// typing.
fn field_line(
    state: &State,
    theme: &Theme,
    form: &Form,
    field: &crate::app::form::Field,
    focused: bool,
    columns: FormColumns,
) -> (Line<'static>, Option<usize>) {
    let value_width = columns.value;
    let marker = if focused { "▸" } else { " " };
    let value = safe(field.value());
    let (note, note_style) = match (&field.error, field.preview(state.today, state.zone)) {
        (Some(e), _) => (format!("  ✗ {e}"), theme.error()),
        (None, Some(p)) => (format!("  {p}"), theme.muted()),
        (None, None) => (String::new(), theme.muted()),
    };
    // The value keeps at least half the room (and what it needs); the note gets the rest.
    let value_needs = text::width(&value) + 1;
    let room = value_width
        .saturating_sub(text::width(&note))
        .max(value_needs.min(value_width / 2))
        .max(8);
    let note = Span::styled(
        text::fit(&note, value_width.saturating_sub(room.min(value_needs))),
        note_style,
    );
    // Positions are measured on the text as drawn (escapes included), not the raw value.
    let cursor_col = super::chrome::cursor_column(&field.input);
    let scroll = if focused {
        (cursor_col + 1).saturating_sub(room)
    } else {
        0
    };
    let shown = text::fit(&text::skip(&value, scroll), room);
    let is_choice = matches!(field.kind, crate::app::form::FieldKind::Choice(_));
    let value_span = match (is_choice, focused) {
        (true, true) => Span::styled(format!("‹ {shown} ›"), theme.row(true, true)),
        (true, false) => Span::styled(format!("‹ {shown} ›"), theme.title()),
        (false, true) => Span::styled(shown, theme.title()),
        (false, false) => Span::raw(shown),
    };
    let cursor = (focused && !is_choice).then(|| cursor_col - scroll);
    let label = Span::styled(
        text::pad(&form.shown_label(field), columns.label),
        if focused { theme.key() } else { theme.muted() },
    );
    let line = Line::from(vec![
        Span::styled(marker, theme.key()),
        label,
        value_span,
        note,
    ]);
    (line, cursor)
}

fn confirm(frame: &mut Frame, area: Rect, message: &str, keys: &str, theme: &Theme) {
    let width =
        (text::width(&safe(message)) as u16 + 6).clamp(30, area.width.saturating_sub(4).max(30));
    let rect = centered(area, width, 6);
    clear_around(frame, area, rect);
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

/// One help line per binding, or per group of bindings.
fn help_lines(ctxs: &[Ctx], state: &State, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut seen_groups: Vec<&str> = Vec::new();
    for b in BINDINGS.iter().filter(|b| ctxs.contains(&b.ctx)) {
        if b.action.is_edit() && state.read_only.is_some() {
            continue;
        }
        let (keys, help) = if b.group.is_empty() {
            (
                b.keys
                    .iter()
                    .map(keymap::key_name)
                    .collect::<Vec<_>>()
                    .join(" "),
                b.help,
            )
        } else if seen_groups.contains(&b.group) {
            continue;
        } else {
            seen_groups.push(b.group);
            let keys: Vec<String> = BINDINGS
                .iter()
                .filter(|x| x.group == b.group)
                .filter_map(|x| x.keys.first().map(keymap::key_name))
                .collect();
            (keys.join(" "), b.group)
        };
        let key_width = 11;
        let help = text::fit(help, width.saturating_sub(key_width + 1));
        lines.push(Line::from(vec![
            Span::styled(format!(" {}", text::pad(&keys, 10)), theme.key()),
            Span::raw(" "),
            Span::raw(help),
        ]));
    }
    lines
}

fn help(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let rect = centered(
        area,
        area.width.saturating_sub(4).min(76),
        area.height.saturating_sub(2),
    );
    // Help covers the whole screen: nothing behind it peeks out at the sides.
    frame.render_widget(Clear, area);
    let note = if state.read_only.is_some() {
        " read-only: keys that change things are off · Esc closes "
    } else {
        " in forms, type to fill a field; ←/→ change a ‹choice› · Esc closes "
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(true))
        .title(Line::styled(" Keys ", theme.title()))
        .title_bottom(Line::styled(note, theme.muted()));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [l, r] = ratatui::layout::Layout::horizontal([
        ratatui::layout::Constraint::Percentage(50),
        ratatui::layout::Constraint::Percentage(50),
    ])
    .areas(inner);
    let column = |sections: &[(&str, &[Ctx])], width: u16| {
        let mut lines = Vec::new();
        for (title, ctxs) in sections {
            if !lines.is_empty() {
                lines.push(Line::default());
            }
            lines.push(Line::styled(title.to_string(), theme.title()));
            lines.extend(help_lines(ctxs, state, theme, usize::from(width)));
        }
        lines
    };
    // Read-only, no form or confirmation can open: their keys are left out too.
    let editable = state.read_only.is_none();
    let mut left_sections: Vec<(&str, &[Ctx])> = vec![
        ("Lists", &[Ctx::List, Ctx::Toggle, Ctx::Sessions]),
        ("Calendar", &[Ctx::Calendar]),
    ];
    left_sections.push(if editable {
        ("Filter, confirm", &[Ctx::Filter, Ctx::Confirm])
    } else {
        ("Filter", &[Ctx::Filter])
    });
    // Last: below 30 rows it is the first to need help's scrolling.
    left_sections.push(("Search (C-f)", &[Ctx::Search]));
    let mut right_sections: Vec<(&str, &[Ctx])> = vec![("Anywhere", &[Ctx::Global])];
    if editable {
        right_sections.push(("Forms", &[Ctx::Form]));
    }
    let left = column(&left_sections, l.width);
    let mut right = column(&right_sections, r.width);
    right.push(Line::default());
    right.push(Line::styled("Mentee list", theme.title()));
    for (mark, says) in super::mentees::LEGEND {
        right.push(Line::from(vec![
            Span::styled(format!(" {}", text::pad(mark, 10)), theme.key()),
            Span::raw(" "),
            Span::raw(text::fit(says, usize::from(r.width).saturating_sub(12))),
        ]));
    }
    frame.render_widget(Paragraph::new(left), l);
    frame.render_widget(Paragraph::new(right), r);
}

/// Clears a popup's rectangle and a one-cell margin around it, so the border never touches
/// fragments of the panes behind.
fn clear_around(frame: &mut Frame, area: Rect, rect: Rect) {
    let margin = Rect {
        x: rect.x.saturating_sub(1).max(area.x),
        y: rect.y.saturating_sub(1).max(area.y),
        width: (rect.width + 2).min(area.width),
        height: (rect.height + 2).min(area.height),
    }
    .intersection(area);
    frame.render_widget(Clear, margin);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A question's answers name the keys the keymap binds, with this question's words; an
    /// answer the keymap does not bind in that context is not offered.
    #[test]
    fn answers_name_the_keys_of_the_keymap() {
        assert_eq!(
            answers(Ctx::Confirm, &[(Confirm, "delete"), (Decline, "keep")]),
            "y delete   n keep"
        );
        assert_eq!(
            answers(
                Ctx::Prompt,
                &[(Action::PromptSubmit, "quit"), (Cancel, "back")]
            ),
            "Enter quit   Esc back"
        );
        assert_eq!(
            answers(Ctx::Confirm, &[(Action::Quit, "quit"), (Cancel, "back")]),
            "Esc back"
        );
    }
}
