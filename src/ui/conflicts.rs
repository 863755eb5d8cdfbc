//! The list of conflicts a sync left (`C`, issue 15): two lines a conflict (whose, which record
//! and field; the value here and the other machine's, shortened to fit), the selected one whole
//! below, and the keys that settle it.

use super::picklist;
use super::popups::answers;
use super::theme::Theme;
use super::{Rect, safe};
use crate::app::action::SyncAction;
use crate::app::conflicts::{self, Described, Open};
use crate::app::keymap::Ctx;
use crate::app::{Action, State};
use crate::domain::conflict::ConflictKind;
use crate::domain::text;
use crate::t;
use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, state: &State, open: &Open, theme: &Theme) {
    let all = &state.ws.conflicts;
    let selected = open.selected.min(all.len().saturating_sub(1));
    let title = match all.len() {
        0 => format!(" {} ", t!("conflicts-title")),
        n => format!(
            " {} ",
            t!("conflicts-title-at", at = selected + 1, count = n)
        ),
    };
    let inner = picklist::boxed(frame, area, &title, theme);
    let width = usize::from(inner.width.saturating_sub(1)).max(1);
    let height = usize::from(inner.height.saturating_sub(2));
    let shown: Vec<Described> = all
        .iter()
        .map(|c| conflicts::describe(&state.ws, c))
        .collect();
    let mut lines = match shown.get(selected) {
        None => vec![Line::styled(t!("app-conflicts-none"), theme.muted())],
        Some(chosen) => picklist::list_and_whole(
            height,
            width,
            shown.len(),
            whole_lines(chosen, width, theme),
            |rows| list_lines(&shown, selected, rows, width, theme),
            theme,
        ),
    };
    lines.resize(height, Line::default());
    lines.push(picklist::status(state, width, theme));
    let kind = shown.get(selected).map(|d| d.kind);
    lines.push(Line::styled(keys(kind), theme.key()));
    frame.render_widget(Paragraph::new(lines), inner);
}

fn resolve(take_other: bool) -> Action {
    Action::Sync(SyncAction::Resolve { take_other })
}

/// The keys, in the words of the selected conflict's kind.
fn keys(kind: Option<ConflictKind>) -> String {
    let (undo, close) = (t!("conflicts-undo"), t!("conflicts-close"));
    let (keep, take) = match kind {
        None => {
            let said = [
                (Action::Undo, undo.as_str()),
                (Action::Cancel, close.as_str()),
            ];
            return answers(Ctx::Conflicts, &said);
        }
        Some(ConflictKind::Field) => (t!("conflicts-keep-value"), t!("conflicts-take-other")),
        Some(ConflictKind::Removed) => (t!("conflicts-keep-record"), t!("conflicts-remove-record")),
    };
    answers(
        Ctx::Conflicts,
        &[
            (resolve(false), keep.as_str()),
            (resolve(true), take.as_str()),
            (Action::Undo, undo.as_str()),
            (Action::Cancel, close.as_str()),
        ],
    )
}

/// Whose, which record, which field: one line.
fn heading(d: &Described) -> String {
    let mut parts = Vec::new();
    if !d.who.is_empty() {
        parts.push(safe(&d.who));
    }
    parts.push(safe(&d.record));
    if !d.field.is_empty() {
        // `shared_notes` reads as "shared notes".
        parts.push(safe(&d.field.replace('_', " ")));
    }
    parts.join(" · ")
}

/// Two lines a conflict, `rows` conflicts from the one that keeps the selected in view.
fn list_lines(
    shown: &[Described],
    selected: usize,
    rows: usize,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let start = (selected + 1).saturating_sub(rows);
    let mut out = Vec::new();
    for (i, d) in shown.iter().enumerate().skip(start).take(rows) {
        let chosen = i == selected;
        let marker = if chosen { "▸ " } else { "  " };
        let first = text::fit(&format!("{marker}{}", heading(d)), width);
        out.push(Line::styled(
            text::pad(&first, width),
            theme.row(chosen, true),
        ));
        let second = match d.kind {
            ConflictKind::Removed => format!("    {}", t!("conflicts-removed")),
            ConflictKind::Field => {
                let (here, other) = (t!("conflicts-here"), t!("conflicts-other"));
                let labels = text::width(&here) + text::width(&other) + 4;
                let room = width.saturating_sub(4 + labels) / 2;
                format!(
                    "    {here} {}  {other} {}",
                    text::pad(&text::fit(&safe(&d.kept), room), room),
                    text::fit(&safe(&d.other), room)
                )
            }
        };
        out.push(Line::styled(text::fit(&second, width), theme.muted()));
    }
    out
}

/// The selected conflict whole: its heading and both values, wrapped.
fn whole_lines(d: &Described, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let mut out: Vec<Line<'static>> = text::wrap(&heading(d), width)
        .into_iter()
        .map(|l| Line::styled(l, theme.title()))
        .collect();
    // A long text keeps its own line breaks; each of its lines wraps under the label's end.
    let mut value = |label: &str, v: &str| {
        let indent = " ".repeat(text::width(label));
        for (i, para) in v.lines().enumerate() {
            let lead = if i == 0 { label } else { indent.as_str() };
            let room = width.saturating_sub(text::width(lead)).max(1);
            for (j, piece) in text::wrap(&safe(para), room).into_iter().enumerate() {
                let lead = if j == 0 { lead } else { indent.as_str() };
                out.push(Line::from(format!("{lead}{piece}")));
            }
        }
    };
    match d.kind {
        ConflictKind::Removed => value("", &t!("conflicts-removed")),
        ConflictKind::Field => {
            // The labels padded to one width, so both values start in one column.
            let (here, other) = (t!("conflicts-here"), t!("conflicts-other"));
            let wide = text::width(&here).max(text::width(&other)) + 1;
            value(&text::pad(&here, wide), &d.kept);
            value(&text::pad(&other, wide), &d.other);
        }
    }
    out
}
