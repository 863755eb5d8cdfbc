//! A mentee's Inbox (`I`, issue 19): two lines an entry (what it is and the record it touches,
//! `stale` when that record changed; the value now beside the one proposed), the selected one
//! whole below, the keys, and the reason being typed when declining.

use super::picklist;
use super::popups::answers;
use super::theme::Theme;
use super::{Rect, safe};
use crate::app::action::ReplyAction;
use crate::app::inbox::{self, Open};
use crate::app::keymap::Ctx;
use crate::app::{Action, State};
use crate::domain::reply::{Assessment, State as Assessed};
use crate::domain::{Mentee, text};
use crate::t;
use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, state: &State, open: &Open, theme: &Theme) {
    let m = inbox::mentee(&state.ws, &open.mentee);
    let name = m.map(|m| safe(&m.name)).unwrap_or_default();
    let rows = inbox::rows(&state.ws, &open.mentee, state.today);
    let selected = open.selected.min(rows.len().saturating_sub(1));
    let title = match rows.len() {
        0 => format!(" {} ", t!("inb-title", name = name.as_str())),
        n => format!(
            " {} ",
            t!(
                "inb-title-at",
                name = name.as_str(),
                at = selected + 1,
                count = n
            )
        ),
    };
    let inner = picklist::boxed(frame, area, &title, theme);
    let width = usize::from(inner.width.saturating_sub(1)).max(1);
    let height = usize::from(inner.height.saturating_sub(2));
    let mut lines = match (m, rows.get(selected)) {
        (Some(m), Some(chosen)) => picklist::list_and_whole(
            height,
            width,
            rows.len(),
            whole_lines(m, chosen, width, theme),
            |shown| list_lines(m, &rows, selected, shown, width, theme),
            theme,
        ),
        _ => vec![Line::styled(t!("inb-none"), theme.muted())],
    };
    lines.resize(height, Line::default());
    lines.push(picklist::status(state, width, theme));
    match &open.reason {
        Some(input) => {
            let lead = format!("{} ", t!("inb-reason"));
            let room = width.saturating_sub(text::width(&lead)).max(2);
            let (value, at) = tail_fit(
                &safe(input.value()),
                super::chrome::cursor_column(input),
                room,
            );
            let line = text::fit(&format!("{lead}{value}"), width);
            let x = usize::from(inner.x) + text::width(&lead) + at;
            let y = inner.y + inner.height.saturating_sub(1);
            frame.set_cursor_position((u16::try_from(x).unwrap_or(u16::MAX), y));
            lines.push(Line::from(line));
        }
        None => lines.push(Line::styled(
            text::fit(&keys(!rows.is_empty()), width),
            theme.key(),
        )),
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The keys of the Inbox (with entries: accept, decline, accept all; always undo and close).
fn keys(any: bool) -> String {
    let r = |a: ReplyAction| Action::Reply(a);
    let (accept, decline, all) = (t!("inb-accept"), t!("inb-decline"), t!("inb-accept-all"));
    let (undo, close) = (t!("conflicts-undo"), t!("conflicts-close"));
    let mut said = Vec::new();
    if any {
        said.push((r(ReplyAction::Accept), accept.as_str()));
        said.push((r(ReplyAction::Decline), decline.as_str()));
        said.push((r(ReplyAction::AcceptAll), all.as_str()));
    }
    said.push((Action::Undo, undo.as_str()));
    said.push((Action::Cancel, close.as_str()));
    answers(Ctx::Inbox, &said)
}

/// What the entry is and what it touches: one line.
fn heading(m: &Mentee, a: &Assessment) -> String {
    let kind = inbox::kind_words(&a.entry.what);
    match inbox::record_words(m, a.record.as_ref()) {
        r if r.is_empty() => kind,
        r => format!("{kind} · {}", safe(&r)),
    }
}

/// The mark of an entry's state after its heading (`stale`, `cannot apply`).
fn mark(a: &Assessment) -> Option<String> {
    match &a.state {
        Assessed::Stale(_) => Some(t!("inb-stale")),
        Assessed::Refused(_) => Some(t!("inb-refused-mark")),
        _ => None,
    }
}

/// Two lines an entry, `rows` entries from the one that keeps the selected in view.
fn list_lines(
    m: &Mentee,
    all: &[Assessment],
    selected: usize,
    rows: usize,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let start = (selected + 1).saturating_sub(rows);
    let mut out = Vec::new();
    for (i, a) in all.iter().enumerate().skip(start).take(rows) {
        let chosen = i == selected;
        let marker = if chosen { "▸ " } else { "  " };
        let tail = mark(a).map(|t| format!(" [{t}]")).unwrap_or_default();
        let room = width.saturating_sub(text::width(&tail));
        let first = text::fit(&format!("{marker}{}", heading(m, a)), room);
        let first = format!("{}{tail}", text::pad(&first, room));
        let style = if mark(a).is_some() && !chosen {
            theme.warning()
        } else {
            theme.row(chosen, true)
        };
        out.push(Line::styled(first, style));
        let (now, new) = (t!("inb-now"), t!("inb-proposed"));
        let labels = text::width(&now) + text::width(&new) + 4;
        let room = width.saturating_sub(4 + labels) / 2;
        let second = format!(
            "    {now} {}  {new} {}",
            text::pad(&text::fit(&safe(&a.current), room), room),
            text::fit(&safe(&a.proposed), room)
        );
        out.push(Line::styled(text::fit(&second, width), theme.muted()));
    }
    out
}

/// The selected entry whole: its heading, the value now and the one proposed (wrapped), why it
/// is stale or cannot apply, and when the mentee wrote it.
fn whole_lines(m: &Mentee, a: &Assessment, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let mut out: Vec<Line<'static>> = text::wrap(&heading(m, a), width)
        .into_iter()
        .map(|l| Line::styled(l, theme.title()))
        .collect();
    let (now, new) = (t!("inb-now"), t!("inb-proposed"));
    let wide = text::width(&now).max(text::width(&new)) + 1;
    let mut value = |label: &str, v: &str, style| {
        let lead = text::pad(label, wide);
        let indent = " ".repeat(wide);
        let room = width.saturating_sub(wide).max(1);
        let v = if v.trim().is_empty() {
            t!("app-conflict-empty")
        } else {
            v.to_string()
        };
        for (i, piece) in text::wrap(&safe(&v), room).into_iter().enumerate() {
            let lead = if i == 0 {
                lead.as_str()
            } else {
                indent.as_str()
            };
            out.push(Line::styled(format!("{lead}{piece}"), style));
        }
    };
    value(&now, &a.current, theme.muted());
    value(&new, &a.proposed, ratatui::style::Style::default());
    let why = match &a.state {
        Assessed::Stale(why) => Some(t!("inb-stale-why", why = safe(why))),
        Assessed::Refused(why) => Some(t!("inb-refused-why", why = safe(why))),
        _ => None,
    };
    if let Some(why) = why {
        out.extend(
            text::wrap(&why, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.warning())),
        );
    }
    let written = a.entry.written_at.format("%Y-%m-%d %H:%M").to_string();
    out.push(Line::styled(t!("inb-written", at = written), theme.muted()));
    out
}

/// `value` in `room` columns with the cursor (at column `cursor`) in view: as it is when it
/// fits, else its end (from `…`) when the cursor is there, else its start. The cursor's column
/// in what is shown comes with it.
fn tail_fit(value: &str, cursor: usize, room: usize) -> (String, usize) {
    let wide = text::width(value);
    if wide < room || cursor < room {
        return (text::fit(value, room), cursor.min(room.saturating_sub(1)));
    }
    let mut shown: Vec<char> = Vec::new();
    let mut used = 0;
    for c in value.chars().rev() {
        let w = text::width(&c.to_string());
        if used + w > room.saturating_sub(2) {
            break;
        }
        used += w;
        shown.push(c);
    }
    let tail: String = shown.into_iter().rev().collect();
    let at = (1 + used).min(room.saturating_sub(1));
    (format!("…{tail}"), at)
}
