//! The Feedback tab: a balance meter and the notes, newest first.

use super::super::theme::Theme;
use super::super::{Rect, lists, safe};
use crate::app::{ListId, State, view};
use crate::domain::derived::{BalanceVerdict, feedback_balance};
use crate::domain::{FeedbackKind, Mentee, Visibility};
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// How many recent notes the balance looks at.
pub const BALANCE_WINDOW: usize = 10;

pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let Some(m) = view::mentee(state) else { return };
    let [meter, list] = Layout::vertical([Constraint::Length(3), Constraint::Min(3)]).areas(area);
    balance(frame, meter, m, theme);
    feedback_list(frame, list, state, m, theme);
}

/// Strengths against improvements in the last notes, and what that says.
fn balance(frame: &mut Frame, area: Rect, m: &Mentee, theme: &Theme) {
    let b = feedback_balance(&m.feedback, BALANCE_WINDOW);
    let style = match b.verdict {
        BalanceVerdict::TooFew => theme.muted(),
        BalanceVerdict::Balanced => theme.done(),
        BalanceVerdict::NeedsStrengths | BalanceVerdict::NeedsImprovements => theme.warning(),
    };
    let line = Line::from(vec![
        Span::raw(format!("{} ", t!("scr-strengths"))),
        Span::styled("█".repeat(b.strengths), theme.gauge()),
        Span::raw(format!(" {}  {} ", b.strengths, t!("scr-improvements"))),
        Span::styled("█".repeat(b.improvements), theme.warning()),
        Span::raw(format!(" {}  ", b.improvements)),
        Span::styled(b.verdict.words(), style),
    ]);
    let block = theme.pane(
        format!(" {} ", t!("scr-balance-title", count = BALANCE_WINDOW)),
        false,
    );
    frame.render_widget(Paragraph::new(line).block(block), area);
}

/// The notes: date, kind, who may see it, text.
fn feedback_list(frame: &mut Frame, area: Rect, state: &State, m: &Mentee, theme: &Theme) {
    let rows = view::rows(state, ListId::Feedback);
    let empty = t!("scr-feedback-empty");
    let list = lists::ListView {
        id: ListId::Feedback,
        title: Line::styled(
            format!(
                " {} ",
                t!(
                    "scr-feedback-title",
                    count = view::count(state, ListId::Feedback)
                )
            ),
            theme.title(),
        ),
        len: rows.len(),
        empty: &empty,
        columns: &[
            Constraint::Length(10),
            lists::word_column(
                &[
                    FeedbackKind::Strength.to_string(),
                    FeedbackKind::Improvement.to_string(),
                    FeedbackKind::Observation.to_string(),
                ],
                11,
            ),
            Constraint::Length(7),
            Constraint::Fill(1),
        ],
        header: &[],
    };
    lists::draw(frame, area, state, theme, list, |r, widths| {
        let f = &m.feedback[rows[r]];
        let kind_style = match f.kind {
            FeedbackKind::Strength => theme.done(),
            FeedbackKind::Improvement => theme.warning(),
            FeedbackKind::Observation => Style::new(),
        };
        let vis_style = match f.visibility {
            Visibility::Shared => Style::new(),
            Visibility::Private => theme.private(),
        };
        vec![
            Line::raw(f.date.to_string()),
            Line::styled(f.kind.to_string(), kind_style),
            Line::styled(f.visibility.to_string(), vis_style),
            Line::raw(lists::cell(&safe(&f.text), widths[3])),
        ]
    });
}
