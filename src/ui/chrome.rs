//! The header, the status line, the footer of key hints, and the welcome screen.

use super::theme::Theme;
use super::{Rect, safe};
use crate::app::keymap;
use crate::app::{SaveStatus, State};
use crate::domain::text;
use crate::{i18n, t};
use ratatui::Frame;
use ratatui::layout::Alignment;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

pub fn header(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let right = match (&state.read_only, &state.save) {
        (Some(_), _) => format!(" {} ", t!("header-read-only")),
        (None, SaveStatus::Saved(Some(at))) => {
            format!(" {} ", t!("header-saved-at", at = at.to_string()))
        }
        (None, SaveStatus::Saved(None)) => format!(" {} ", t!("header-saved")),
        (None, SaveStatus::Saving) => format!(" {} ", t!("header-saving")),
        (None, SaveStatus::NotSaved(_)) => format!(" {} ", t!("header-not-saved")),
    };
    let right_style = match (&state.read_only, &state.save) {
        (Some(_), _) => theme.banner(),
        (None, SaveStatus::NotSaved(_)) => theme.error(),
        (None, SaveStatus::Saving) => theme.warning(),
        _ => theme.done(),
    };
    let width = usize::from(area.width);
    let lead = " mentor ─ ";
    let banners = banners(state, theme);
    let banner_width: usize = banners.iter().map(|(t, _)| text::width(t) + 1).sum();
    let room = width.saturating_sub(text::width(lead) + text::width(&right) + 2 + banner_width);
    let label = match &state.view {
        Some(v) => {
            let mut label = safe(&v.title);
            if let Some(at) = &v.shared {
                label.push_str(&format!(" · {}", t!("scr-view-shared", at = at.clone())));
            }
            if let Some(at) = &v.updated {
                label.push_str(&format!(" · {}", t!("scr-view-updated", at = at.clone())));
            }
            label
        }
        None => safe(&state.store_label),
    };
    let path = text::fit(&label, room);
    let fill = width.saturating_sub(
        text::width(lead) + text::width(&path) + text::width(&right) + 1 + banner_width,
    );
    let mut spans = vec![
        Span::styled(lead, theme.title()),
        Span::raw(path),
        Span::styled(format!(" {}", "─".repeat(fill)), theme.muted()),
    ];
    for (banner, style) in banners {
        spans.push(Span::styled(banner, style));
        spans.push(Span::styled("─", theme.muted()));
    }
    spans.push(Span::styled(right, right_style));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// What the header says beside the save status: the conflicts a sync left (and the key that
/// lists them), a sync under way and its step.
fn banners(state: &State, theme: &Theme) -> Vec<(String, ratatui::style::Style)> {
    use crate::app::Action;
    use crate::app::action::SyncAction;
    let mut out = Vec::new();
    let n = state.ws.conflicts.len();
    if n > 0 && state.view.is_none() {
        let key = keymap::key_for(
            keymap::Ctx::Global,
            &Action::Sync(SyncAction::OpenConflicts),
        )
        .map(keymap::key_name)
        .unwrap_or_default();
        let said = t!("sync-banner-conflicts", count = n, key = key);
        out.push((format!(" {said} "), theme.banner()));
    }
    // Replies waiting in the Inbox (the mentor's app), or what the mentee wrote that is not
    // answered yet (reply mode).
    let key_of = |ctx, action: &Action| {
        keymap::key_for(ctx, action)
            .map(keymap::key_name)
            .unwrap_or_default()
    };
    use crate::app::action::ReplyAction;
    let waiting = crate::app::inbox::waiting(&state.ws);
    if waiting > 0 && state.view.is_none() {
        let key = key_of(keymap::Ctx::Global, &Action::Reply(ReplyAction::OpenInbox));
        let said = t!("inb-banner", count = waiting, key = key);
        out.push((format!(" {said} "), theme.banner()));
    }
    if let Some(r) = &state.reply {
        let key = key_of(keymap::Ctx::Reply, &Action::Reply(ReplyAction::ShowReply));
        let said = t!("rmode-banner", count = r.unanswered().len(), key = key);
        out.push((format!(" {said} "), theme.banner()));
    }
    if let Some(step) = &state.syncing {
        let said = t!("sync-banner-syncing", step = safe(step));
        out.push((format!(" {said} "), theme.warning()));
    }
    out
}

/// The column of an input's cursor in its text as drawn (escapes included), never inside a
/// cluster.
pub(crate) fn cursor_column(input: &tui_input::Input) -> usize {
    let value = input.value();
    let before: String = value.chars().take(input.cursor()).collect();
    let shown_before = text::line(&before).chars().count();
    text::cursor_column(&text::line(value), shown_before)
}

/// The last message, or the read-only reason, or the filter being typed.
pub fn status(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let line = if let Some(f) = state.typing_filter() {
        let lead = if f.list == crate::app::ListId::Mentees {
            format!(" {} ", t!("scr-filter-mentees"))
        } else {
            format!(
                " {} ",
                t!("scr-filter-typing", list = super::lists::one(f.list))
            )
        };
        let x = area.x as usize + text::width(&lead) + cursor_column(&f.input);
        let x = u16::try_from(x).unwrap_or(u16::MAX);
        frame.set_cursor_position((x.min(area.right().saturating_sub(1)), area.y));
        Line::from(format!("{lead}{}", safe(f.input.value())))
    } else if let Some(warning) = state.view.as_ref().and_then(|v| v.warning.as_ref()) {
        Line::styled(format!(" {}", safe(warning)), theme.error())
    } else if let Some(s) = &state.status {
        Line::styled(
            format!(" {}", safe(&s.text)),
            if s.error { theme.error() } else { theme.info() },
        )
    } else if let Some(reason) = &state.read_only {
        Line::styled(
            format!(" {}", t!("scr-read-only", why = safe(reason))),
            theme.warning(),
        )
    } else if let Some(f) = state.filter(state.focus.0).or(state.filters.first()) {
        Line::styled(
            format!(
                " {}",
                t!(
                    "scr-filtered-by",
                    list = super::lists::many(f.list),
                    text = safe(f.input.value())
                )
            ),
            theme.muted(),
        )
    } else {
        Line::default()
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// The keys that work here, from the keymap.
pub fn footer(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    use crate::app::Action;
    // Keys that act on the selected item mean nothing in an empty list.
    let empty = state.popup.is_none() && crate::app::view::rows(state, state.focus.0).is_empty();
    let active = keymap::active(state);
    let hints: Vec<&keymap::Binding> = active
        .iter()
        .copied()
        .filter(|b| b.footer)
        .filter(|b| {
            !(empty
                && matches!(
                    b.action,
                    Action::Open | Action::Edit | Action::Delete | Action::ToggleDone
                ))
        })
        // A group shown as one hint is shown at its first binding.
        .filter(|b| {
            !b.footer_group
                || active
                    .iter()
                    .find(|x| x.ctx == b.ctx && x.group == b.group)
                    .is_some_and(|first| std::ptr::eq(*first, *b))
        })
        .collect();
    // The key and the text of a hint: a group shows every key of the group, and its text.
    let hint = |b: &keymap::Binding| -> (String, String) {
        if b.footer_group {
            let keys: Vec<String> = active
                .iter()
                .filter(|x| x.ctx == b.ctx && x.group == b.group)
                .filter_map(|x| x.keys.first().map(keymap::key_name))
                .collect();
            (keys.join("/"), i18n::tr(b.group))
        } else {
            (
                b.keys.first().map(keymap::key_name).unwrap_or_default(),
                i18n::tr(b.help),
            )
        }
    };
    let width = |b: &keymap::Binding| {
        let (key, help) = hint(b);
        text::width(&key) + 1 + text::width(&help) + 2
    };
    // Help and quit always show; the others fill what room is left, in keymap order.
    let always = |b: &keymap::Binding| matches!(b.action, Action::ShowHelp | Action::Quit);
    let reserved: usize = hints.iter().filter(|b| always(b)).map(|b| width(b)).sum();
    let mut room = usize::from(area.width).saturating_sub(1 + reserved);
    let mut spans = vec![Span::raw(" ")];
    let mut x = area.x.saturating_add(1);
    let mut clickable = Vec::new();
    for b in &hints {
        if !always(b) {
            if width(b) > room {
                continue;
            }
            room -= width(b);
        }
        let (key, help) = hint(b);
        spans.push(Span::styled(key, theme.key()));
        spans.push(Span::raw(format!(" {help}  ")));
        // The key and its text answer a click; the two blanks after them do not.
        let w = u16::try_from(width(b) - 2).unwrap_or(u16::MAX);
        let w = w.min(area.right().saturating_sub(x));
        clickable.push((
            super::hit_area(Rect::new(x, area.y, w, 1)),
            b.action.clone(),
        ));
        x = x.saturating_add(w + 2);
    }
    state.hits.record(|l| l.hints = clickable);
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Shown in place of the tabs while there are no mentees.
pub fn welcome(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(false))
        .padding(ratatui::widgets::Padding::horizontal(1))
        .title(format!(" {} ", t!("welcome-title")));
    let mut lines = vec![
        Line::styled(t!("welcome-heading"), theme.title()),
        Line::default(),
        Line::from(t!("welcome-intro")),
        Line::default(),
    ];
    if state.read_only.is_some() {
        lines.push(Line::from(t!("welcome-read-only")));
    } else {
        let text = t!("welcome-add", key = KEY_MARKS[0]);
        lines.push(keyed(&text, &["a"], theme));
        lines.push(Line::default());
        lines.push(Line::styled(t!("welcome-saved"), theme.muted()));
    }
    let text = t!("welcome-keys", help = KEY_MARKS[0], quit = KEY_MARKS[1]);
    lines.push(keyed(&text, &["?", "q"], theme));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .alignment(Alignment::Left),
        area,
    );
}

/// Stand-ins for keys in a message: the message puts them where its language says the key, and
/// [`keyed`] draws the key there in the key's style.
pub const KEY_MARKS: [&str; 3] = ["\u{E000}", "\u{E001}", "\u{E002}"];

/// A line of `text` with `KEY_MARKS[i]` drawn as the key `keys[i]`.
pub fn keyed(text: &str, keys: &[&str], theme: &Theme) -> Line<'static> {
    let mut spans = Vec::new();
    let mut rest = text;
    loop {
        let next = KEY_MARKS
            .iter()
            .zip(keys)
            .filter_map(|(mark, key)| rest.find(mark).map(|at| (at, *mark, *key)))
            .min_by_key(|(at, _, _)| *at);
        let Some((at, mark, key)) = next else {
            break;
        };
        if at > 0 {
            spans.push(Span::raw(rest[..at].to_string()));
        }
        spans.push(Span::styled(key.to_string(), theme.key()));
        rest = &rest[at + mark.len()..];
    }
    if !rest.is_empty() {
        spans.push(Span::raw(rest.to_string()));
    }
    Line::from(spans)
}
