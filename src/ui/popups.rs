//! Windows over the screen: forms, confirmations and the help overlay.

use super::theme::Theme;
use super::{Rect, centered, safe};
use crate::app::form::Form;
use crate::app::keymap::{self, Ctx};
use crate::app::{Action, Popup, State};
use crate::domain::text;
use crate::t;
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
                crate::app::ConfirmKind::Delete => answers(
                    Ctx::Confirm,
                    &[
                        (Confirm, t!("scr-ans-delete").as_str()),
                        (Decline, t!("scr-ans-keep").as_str()),
                    ],
                ),
                crate::app::ConfirmKind::HoldFuture => answers(
                    Ctx::Confirm,
                    &[
                        (Confirm, t!("scr-ans-mark-held").as_str()),
                        (Decline, t!("scr-ans-keep-planned").as_str()),
                    ],
                ),
            };
            confirm(frame, area, &c.message, &keys, theme);
        }
        Some(Popup::Conclude { form, planned }) => {
            render_form(frame, area, state, form, theme);
            confirm(
                frame,
                area,
                &t!("scr-conclude-cancel", count = *planned),
                &answers(
                    Ctx::Confirm,
                    &[
                        (Confirm, t!("scr-ans-cancel-them").as_str()),
                        (Decline, t!("scr-ans-keep-them").as_str()),
                        (Cancel, t!("scr-ans-back").as_str()),
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
                &t!("scr-discard-typed"),
                &answers(
                    Ctx::Confirm,
                    &[
                        (Confirm, t!("scr-ans-discard").as_str()),
                        (Decline, t!("scr-ans-keep-editing").as_str()),
                    ],
                ),
                theme,
            );
        }
        Some(Popup::Help(open)) => super::help::render(frame, area, state, open, theme),
        Some(Popup::Detail(open)) => super::detail::render(frame, area, state, open, theme),
        Some(Popup::Search(search)) => super::search::render(frame, area, state, search, theme),
        Some(Popup::Unsaved(unsaved)) => super::unsaved::render(frame, area, unsaved, theme),
        Some(Popup::Template(t)) => super::template::render(frame, area, state, t, theme),
        Some(Popup::Brief(open)) => super::brief::render(frame, area, state, open, theme),
        Some(Popup::Report(prompt)) => super::brief::render_prompt(frame, area, prompt, theme),
        Some(Popup::Closing(open)) => super::closing::render(frame, area, state, open, theme),
        Some(Popup::Conflicts(open)) => super::conflicts::render(frame, area, state, open, theme),
        Some(Popup::Inbox(open)) => super::inbox::render(frame, area, state, open, theme),
        Some(Popup::ReplyPane(at)) => super::reply::render(frame, area, state, *at, theme),
    }
}

fn render_form(frame: &mut Frame, area: Rect, state: &State, form: &Form, theme: &Theme) {
    let width = area.width.saturating_sub(4).min(76);
    let legend = form.has_shared();
    // A feedback form's guide (issue 20): preferences, balance, advice.
    let guide = super::fit::lines(state, form, usize::from(width.saturating_sub(2)), theme);
    let height = (form.fields.len() as u16
        + 2
        + u16::from(form.error.is_some())
        + u16::from(legend)
        + guide.len() as u16)
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
                        (FormNextField, t!("scr-form-next").as_str()),
                        (FormEnter, t!("scr-form-enter").as_str()),
                        (FormSubmit, t!("scr-form-save").as_str()),
                        (FormEditInEditor, "$EDITOR"),
                        (Cancel, t!("scr-form-cancel").as_str()),
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
    lines.extend(guide);
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
pub(super) fn hints(ctx: Ctx, said: &[(Action, &str)], between: &str) -> String {
    said.iter()
        .filter_map(|(action, words)| {
            keymap::key_for(ctx, action).map(|key| format!("{} {words}", keymap::key_name(key)))
        })
        .collect::<Vec<_>>()
        .join(between)
}

/// True for the agenda of a session form, which `Ctrl-g` fills with questions (issue 13).
fn prompts_here(form: &Form, field: &crate::app::form::Field) -> bool {
    use crate::app::form::FormTarget as T;
    let session = matches!(
        form.target,
        T::NewSession { .. } | T::Session(_) | T::NewSeries { .. }
    );
    session && field.label == "Agenda"
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
    // A choice of the domain's words keeps the file's value and shows the words of the language.
    let value = match field.kind {
        crate::app::form::FieldKind::Choice(options) => {
            crate::domain::shown::choice_word(options, field.value())
                .map_or_else(|| safe(field.value()), safe)
        }
        _ => safe(field.value()),
    };
    let (note, note_style) = match (&field.error, field.preview(state.today, state.zone)) {
        (Some(e), _) => (format!("  ✗ {e}"), theme.error()),
        (None, Some(p)) => (format!("  {p}"), theme.muted()),
        (None, None) if focused && value.is_empty() && prompts_here(form, field) => {
            let key = |action: Action| {
                keymap::key_for(Ctx::Form, &action)
                    .map(keymap::key_name)
                    .unwrap_or_default()
            };
            let prompts = key(Action::Path(crate::app::action::PathAction::AgendaPrompts));
            let question = key(Action::Brief(crate::app::action::BriefAction::FormQuestion));
            let hint = crate::t!(
                "app-form-agenda-hint",
                prompts = prompts.as_str(),
                question = question.as_str()
            );
            (format!("  {hint}"), theme.muted())
        }
        (None, None) => (String::new(), theme.muted()),
    };
    // The value keeps at least half the room (and what it needs); the note gets the rest. A
    // choice's "‹ " and " ›" take room of their own.
    let is_choice = field.kind.is_choice();
    let value_width = value_width.saturating_sub(if is_choice { 4 } else { 0 });
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
    // A choice's cursor is the start of the option under it (a multi-pick): it keeps half the
    // room to show that option.
    let scroll = match (focused, is_choice) {
        (false, _) => 0,
        (true, false) => (cursor_col + 1).saturating_sub(room),
        (true, true) => (cursor_col + room / 2).saturating_sub(room),
    };
    let shown = text::fit(&text::skip(&value, scroll), room);
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
        .title(Line::styled(
            format!(" {} ", t!("scr-confirm")),
            theme.title(),
        ));
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

/// Clears a popup's rectangle and a one-cell margin around it, so the border never touches
/// fragments of the panes behind. A margin that comes within a few cells of the screen's edge
/// goes on to the column or row just inside it (no sliver of a pane is left beside the popup),
/// and the borders the blank cuts end at its edge (see [`super::seams`]).
pub(super) fn clear_around(frame: &mut Frame, area: Rect, rect: Rect) {
    /// A gap this narrow between the margin and the edge holds only slivers.
    const SLIVER: u16 = 3;
    let left = rect.x.saturating_sub(1).max(area.x);
    let top = rect.y.saturating_sub(1).max(area.y);
    let right = rect.right().saturating_add(1).min(area.right());
    let bottom = rect.bottom().saturating_add(1).min(area.bottom());
    let left = if left - area.x <= SLIVER {
        (area.x + 1).min(left)
    } else {
        left
    };
    let right = if area.right() - right <= SLIVER {
        area.right().saturating_sub(1).max(right)
    } else {
        right
    };
    let margin = Rect {
        x: left,
        y: top,
        width: right.saturating_sub(left),
        height: bottom.saturating_sub(top),
    }
    .intersection(area);
    frame.render_widget(Clear, margin);
    super::seams::close(frame.buffer_mut(), area, margin);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A question's answers name the keys the keymap binds, with this question's words; an
    /// answer the keymap does not bind in that context is not offered.
    #[test]
    fn answers_name_the_keys_of_the_keymap() {
        assert_eq!(
            answers(
                Ctx::Confirm,
                &[
                    (Confirm, t!("scr-ans-delete").as_str()),
                    (Decline, t!("scr-ans-keep").as_str()),
                ],
            ),
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
