//! The Feedback tab: a balance meter and the notes, newest first.

use super::super::theme::Theme;
use super::super::{Rect, lists, safe};
use crate::app::{ListId, State, view};
use crate::domain::derived::{BalanceVerdict, feedback_balance};
use crate::domain::{FeedbackKind, Visibility};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// How many recent notes the balance looks at.
pub const BALANCE_WINDOW: usize = 10;

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let Some(m) = view::mentee(state) else { return };
    let [meter, list] = Layout::vertical([Constraint::Length(3), Constraint::Min(3)]).areas(area);
    let b = feedback_balance(&m.feedback, BALANCE_WINDOW);
    let verdict = b.verdict.words();
    let style = match b.verdict {
        BalanceVerdict::TooFew => theme.muted(),
        BalanceVerdict::Balanced => theme.done(),
        BalanceVerdict::NeedsStrengths | BalanceVerdict::NeedsImprovements => theme.warning(),
    };
    let line = Line::from(vec![
        Span::raw("strengths "),
        Span::styled("█".repeat(b.strengths), theme.gauge()),
        Span::raw(format!(" {}  improvements ", b.strengths)),
        Span::styled("█".repeat(b.improvements), theme.warning()),
        Span::raw(format!(" {}  ", b.improvements)),
        Span::styled(verdict, style),
    ]);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.block(false))
        .title(Line::styled(
            format!(" Balance of the last {BALANCE_WINDOW} "),
            theme.title(),
        ));
    frame.render_widget(Paragraph::new(line).block(block), meter);

    let rows = view::rows(state, ListId::Feedback);
    let width = usize::from(list.width.saturating_sub(4));
    lists::draw(
        frame,
        list,
        state,
        theme,
        lists::ListView {
            id: ListId::Feedback,
            title: Line::styled(format!(" Feedback ({}) ", m.feedback.len()), theme.title()),
            len: rows.len(),
            empty: "no feedback yet: Tab here, then a adds a note",
        },
        |r| {
            let f = &m.feedback[rows[r]];
            let kind_style = match f.kind {
                FeedbackKind::Strength => theme.done(),
                FeedbackKind::Improvement => theme.warning(),
                FeedbackKind::Observation => Style::new(),
            };
            let (vis, vis_style) = match f.visibility {
                Visibility::Shared => ("shared ", Style::new()),
                Visibility::Private => ("private", theme.private()),
            };
            Line::from(vec![
                Span::raw(format!("{} ", f.date)),
                Span::styled(format!("{:<11} ", f.kind.name()), kind_style),
                Span::styled(format!("{vis} "), vis_style),
                Span::raw(lists::cell(
                    &safe(&f.text),
                    width.saturating_sub(11 + 12 + 8),
                )),
            ])
        },
    );
}
