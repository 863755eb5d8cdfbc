//! The Path tab: the selected mentee's career path as a roadmap (the stages in order with status
//! and target date; the selected stage's skills with a level bar and its goals with progress) and
//! their skill matrix (skills by current and target level, the biggest gap first).
//!
//! Wide enough (see [`SIDE_BY_SIDE`]), the matrix stands right of the roadmap. Narrower, the
//! lower pane shows the selected stage while the stages (or the mentee list) have the keys, and
//! the matrix once `Tab` gives it the keys: the stage list stays in view either way, and the
//! matrix gets the whole pane's height rather than a strip.

mod matrix;

use super::super::theme::Theme;
use super::super::{Rect, lists, safe};
use crate::app::{ListId, State, view};
use crate::domain::derived::{progress, skill_level};
use crate::domain::{Mentee, Stage, StageStatus, text};
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

pub use matrix::level_bar;

/// From this many columns the matrix is drawn beside the roadmap.
pub const SIDE_BY_SIDE: u16 = 100;

/// Columns the skill names of a stage take in its roadmap (before the level bar).
const SKILL_NAME: usize = 18;

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let Some(m) = view::mentee(state) else {
        return;
    };
    let (left, right) = if area.width >= SIDE_BY_SIDE {
        let [l, r] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Fill(1)]).areas(area);
        (l, Some(r))
    } else {
        (area, None)
    };
    let rows = view::rows(state, ListId::Stages).len() as u16;
    let most = (left.height * 45 / 100).max(4);
    let [top, bottom] = Layout::vertical([
        Constraint::Length((rows + 3).clamp(4, most)),
        Constraint::Min(3),
    ])
    .areas(left);
    stage_list(frame, top, state, m, theme);
    match right {
        Some(r) => {
            roadmap(frame, bottom, state, m, theme);
            matrix::draw(frame, r, state, m, theme);
        }
        None if state.focus.0 == ListId::Skills => matrix::draw(frame, bottom, state, m, theme),
        None => roadmap(frame, bottom, state, m, theme),
    }
}

/// The mark of a stage's status, readable without colour.
pub fn status_mark(status: StageStatus) -> &'static str {
    match status {
        StageStatus::Open => "[ ]",
        StageStatus::InProgress => "[~]",
        StageStatus::Done => "[x]",
        StageStatus::Skipped => "[-]",
    }
}

fn status_style(status: StageStatus, theme: &Theme) -> Style {
    match status {
        StageStatus::Open => Style::new(),
        StageStatus::InProgress => theme.due_soon(),
        StageStatus::Done => theme.done(),
        StageStatus::Skipped => theme.muted(),
    }
}

/// True when a stage still open has passed its target date.
fn late(st: &Stage, today: chrono::NaiveDate) -> bool {
    st.status.is_open() && st.target.is_some_and(|t| t < today)
}

/// How many of the stage's skills the mentee has reached the target of: (met, named).
fn skills_met(m: &Mentee, st: &Stage) -> (usize, usize) {
    let met = st
        .skills
        .iter()
        .filter_map(|s| skill_level(m, s))
        .filter(|l| l.target.is_some() && l.gap() == 0)
        .count();
    (met, st.skills.len())
}

/// The stages in order: status, title, target date, skills met.
fn stage_list(frame: &mut Frame, area: Rect, state: &State, m: &Mentee, theme: &Theme) {
    let rows = view::rows(state, ListId::Stages);
    let name = if m.path.title.trim().is_empty() {
        t!("scr-path")
    } else {
        t!("scr-path-titled", title = safe(&m.path.title))
    };
    let room = usize::from(area.width).saturating_sub(12).max(10);
    let title = format!(
        " {} ({}) ",
        text::fit(&name, room),
        view::count(state, ListId::Stages)
    );
    let empty = t!("scr-stages-empty");
    let header = [
        String::new(),
        t!("scr-col-stage"),
        t!("scr-col-target"),
        t!("scr-col-skills"),
    ];
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let list = lists::ListView {
        id: ListId::Stages,
        title: Line::styled(title, theme.title()),
        len: rows.len(),
        empty: &empty,
        columns: &[
            Constraint::Length(3),
            Constraint::Fill(1),
            Constraint::Length(10),
            Constraint::Length(6),
        ],
        header: &header,
    };
    lists::draw(frame, area, state, theme, list, |r, widths| {
        let st = &m.path.stages[rows[r]];
        let (met, named) = skills_met(m, st);
        let title_style = if st.status.is_open() {
            Style::new()
        } else {
            theme.muted()
        };
        vec![
            Line::styled(status_mark(st.status), status_style(st.status, theme)),
            lists::text_cell(&safe(&st.title), widths[1], title_style),
            lists::due(st.target, late(st, state.today), theme),
            Line::raw(if named == 0 {
                String::new()
            } else {
                format!("{met}/{named}")
            }),
        ]
    });
}

/// The selected stage as a roadmap: status and target, what it means, its skills with a level
/// bar, its goals with progress. `J` / `K` scroll it. With no stage, how to start one.
fn roadmap(frame: &mut Frame, area: Rect, state: &State, m: &Mentee, theme: &Theme) {
    let width = usize::from(area.width.saturating_sub(2)).max(1);
    let (title, lines, record) = match view::stage(state) {
        Some(st) => {
            let room = width.saturating_sub(4).max(10);
            let title = format!(" {} ", text::fit(&safe(&st.title), room));
            let record = view::stage_ref(st);
            (title, stage_lines(state, m, st, width, theme), Some(record))
        }
        None => (
            format!(" {} ", t!("scr-stage")),
            how_to_start(state, m, width, theme),
            None,
        ),
    };
    let block = theme.pane(title, false);
    let scroll = (&state.panes.stage, record.as_ref());
    super::super::textpane::draw(frame, area, block, lines, scroll, theme);
}

/// The lines of one stage's roadmap, each fitted to `width` columns.
fn stage_lines(
    state: &State,
    m: &Mentee,
    st: &Stage,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut head = vec![Span::styled(
        format!("{} {}", status_mark(st.status), st.status.words()),
        status_style(st.status, theme),
    )];
    if let Some(t) = st.target {
        let style = if late(st, state.today) {
            theme.overdue()
        } else {
            Style::new()
        };
        head.push(Span::raw(format!(" · {} ", t!("scr-stage-target"))));
        head.push(Span::styled(t.to_string(), style));
    }
    let mut out = vec![Line::from(head)];
    if !st.description.trim().is_empty() {
        let description = text::block(st.description.trim());
        out.extend(text::wrap(&description, width).into_iter().map(Line::raw));
    }
    out.push(Line::styled(
        t!("scr-stage-skills", count = st.skills.len()),
        theme.title(),
    ));
    if st.skills.is_empty() {
        out.push(Line::styled(
            format!("  {}", t!("scr-none-named")),
            theme.muted(),
        ));
    }
    let name_width = SKILL_NAME.min(width.saturating_sub(14)).max(4);
    for skill in &st.skills {
        let level = skill_level(m, skill);
        let (current, target) = level.map_or((None, None), |l| (l.current, l.target));
        let mut spans = vec![Span::raw(format!(
            "  {} ",
            text::pad(&safe(skill), name_width)
        ))];
        spans.extend(level_bar(current, target, theme));
        spans.push(Span::styled(
            format!(" {}", matrix::levels(current, target)),
            theme.muted(),
        ));
        out.push(Line::from(spans));
    }
    goal_lines(&mut out, m, st, width, theme);
    out
}

/// The goals that serve the stage, each with its progress.
fn goal_lines(out: &mut Vec<Line<'static>>, m: &Mentee, st: &Stage, width: usize, theme: &Theme) {
    let goals: Vec<_> = m
        .goals
        .iter()
        .filter(|g| st.goals.contains(&g.id))
        .collect();
    out.push(Line::styled(
        t!("scr-stage-goals", count = goals.len()),
        theme.title(),
    ));
    if goals.is_empty() {
        out.push(Line::styled(
            format!("  {}", t!("scr-none-linked")),
            theme.muted(),
        ));
    }
    let title_width = width.saturating_sub(2 + 1 + 10).max(4);
    for g in goals {
        let style = if g.status.is_open() {
            Style::new()
        } else {
            theme.done()
        };
        out.push(Line::from(vec![
            Span::styled(
                format!("  {} ", text::pad(&safe(&g.title), title_width)),
                style,
            ),
            Span::styled(lists::gauge(progress(g), 5), theme.gauge()),
        ]));
    }
}

/// What the roadmap says with no stage selected: how to start a path, or that none matches.
fn how_to_start(state: &State, m: &Mentee, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let text = if !m.path.stages.is_empty() {
        t!("scr-path-no-match")
    } else if state.read_only.is_some() {
        if state.mentee_view() {
            t!("scr-path-none-mentee")
        } else {
            t!("scr-path-none")
        }
    } else {
        t!("scr-path-start", name = safe(&m.name))
    };
    text::wrap(&text, width)
        .into_iter()
        .map(|piece| Line::styled(piece, theme.muted()))
        .collect()
}
