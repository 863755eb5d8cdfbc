//! The help overlay (`?`): every binding that works, by section, as rows the screen draws and
//! `update` scrolls. Typing filters the rows (by key or by what it does); ↑ ↓, `PgUp` `PgDn`,
//! `Home` `End` scroll; `Esc` clears the search, then closes.

use super::keymap::{self, Ctx};
use super::state::State;
use crate::i18n;

/// An open help overlay: what is typed to filter it and how far it is scrolled.
#[derive(Debug, Clone, Default)]
pub struct Help {
    pub query: tui_input::Input,
    pub scroll: usize,
}

/// One row of help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A section's title ("Lists", "Forms"), in the current language.
    Heading(String),
    /// Keys (as help shows them, joined by spaces) and what they do, in the current language.
    Binding { keys: String, help: String },
}

/// The sections, in order: their titles (message IDs) and the contexts whose bindings they list. Read-only,
/// no form or confirmation can open: their sections are left out.
fn sections(state: &State) -> Vec<(&'static str, &'static [Ctx])> {
    let editable = state.read_only.is_none();
    let mut out: Vec<(&'static str, &'static [Ctx])> = vec![
        (
            "help-section-lists",
            &[Ctx::List, Ctx::Toggle, Ctx::Sessions],
        ),
        ("help-section-anywhere", &[Ctx::Global]),
        ("help-section-calendar", &[Ctx::Calendar, Ctx::CalendarDay]),
        ("help-section-agenda", &[Ctx::Agenda]),
        ("help-section-detail", &[Ctx::Detail]),
        ("help-section-brief", &[Ctx::Brief]),
        ("help-section-report", &[Ctx::Report]),
        ("close-help-section", &[Ctx::Closing]),
        ("help-section-conflicts", &[Ctx::Conflicts]),
    ];
    out.push(if editable {
        ("help-section-filter-confirm", &[Ctx::Filter, Ctx::Confirm])
    } else {
        ("help-section-filter", &[Ctx::Filter])
    });
    if editable {
        out.push(("help-section-forms", &[Ctx::Form]));
    }
    out.push(("help-section-search", &[Ctx::Search]));
    out
}

/// One row per binding, or per group of bindings, of `ctxs` (edits left out read-only).
fn bindings(state: &State, ctxs: &[Ctx]) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut seen_groups: Vec<&str> = Vec::new();
    for b in keymap::bindings().iter().filter(|b| ctxs.contains(&b.ctx)) {
        if b.action.is_edit() && state.read_only.is_some() {
            continue;
        }
        if b.group.is_empty() {
            let keys: Vec<String> = b.keys.iter().map(keymap::key_name).collect();
            rows.push(Row::Binding {
                keys: keys.join(" "),
                help: i18n::tr(b.help),
            });
        } else if !seen_groups.contains(&b.group) {
            seen_groups.push(b.group);
            let keys: Vec<String> = keymap::bindings()
                .iter()
                .filter(|x| x.group == b.group && x.ctx == b.ctx)
                .filter_map(|x| x.keys.first().map(keymap::key_name))
                .collect();
            rows.push(Row::Binding {
                keys: keys.join(" "),
                help: i18n::tr(b.group),
            });
        }
    }
    rows
}

/// Every row of help in `state`, filtered by `query` (case-insensitive, on the keys, the words
/// and the section's title); a section without a matching row is left out.
pub fn rows(state: &State, query: &str) -> Vec<Row> {
    let query = query.trim().to_lowercase();
    let mut out = Vec::new();
    for (title, ctxs) in sections(state) {
        let title = i18n::tr(title);
        let whole_section = !query.is_empty() && title.to_lowercase().contains(&query);
        let rows: Vec<Row> = bindings(state, ctxs)
            .into_iter()
            .filter(|r| match r {
                Row::Binding { keys, help } => {
                    query.is_empty()
                        || whole_section
                        || help.to_lowercase().contains(&query)
                        || keys.to_lowercase().split(' ').any(|k| k == query)
                }
                Row::Heading(_) => true,
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(Row::Heading(String::new()));
        }
        out.push(Row::Heading(title));
        out.extend(rows);
    }
    let legend: Vec<Row> = LEGEND
        .iter()
        .map(|(mark, says)| (i18n::tr(mark), i18n::tr(says)))
        .filter(|(mark, says)| {
            query.is_empty() || says.to_lowercase().contains(&query) || *mark == query
        })
        .map(|(keys, help)| Row::Binding { keys, help })
        .collect();
    if !legend.is_empty() {
        if !out.is_empty() {
            out.push(Row::Heading(String::new()));
        }
        out.push(Row::Heading(i18n::tr("help-section-legend")));
        out.extend(legend);
    }
    out
}

/// What the marks of the mentee list mean (help shows them; the list's border says them short):
/// the mark and what it says, as message IDs where they are words.
pub const LEGEND: [(&str, &str); 3] = [
    ("!", "help-legend-overdue"),
    ("·", "help-legend-soon"),
    ("help-legend-dimmed-mark", "help-legend-dimmed"),
];

/// Columns of the keys: the widest keys of every section, so every section lines up.
pub fn key_width(rows: &[Row]) -> usize {
    rows.iter()
        .map(|r| match r {
            Row::Binding { keys, .. } => crate::domain::text::width(keys),
            Row::Heading(_) => 0,
        })
        .max()
        .unwrap_or(0)
}

/// The overlay's rectangle in a terminal of `size`: (width, height) with its border.
pub fn outer(size: (u16, u16)) -> (u16, u16) {
    (size.0.saturating_sub(4).min(76), size.1.saturating_sub(2))
}

/// Rows of bindings the overlay has room for (inside the border, below the search line).
pub fn room(size: (u16, u16)) -> usize {
    usize::from(outer(size).1.saturating_sub(4)).max(1)
}

/// The largest scroll that still fills the overlay.
pub fn max_scroll(state: &State, help: &Help) -> usize {
    let size = super::detail::size(state);
    rows(state, help.query.value())
        .len()
        .saturating_sub(room(size))
}

/// Rows a page moves.
pub fn page(state: &State) -> usize {
    room(super::detail::size(state)).saturating_sub(1).max(1)
}
