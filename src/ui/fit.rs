//! What the feedback form shows under its fields while the mentor writes (issue 20): how the
//! mentee prefers feedback, the balance of their latest notes, and the advice for the note as it
//! stands ([`crate::app::forms::guide`]).

use super::safe;
use super::theme::Theme;
use crate::app::State;
use crate::app::form::Form;
use crate::app::forms::{GUIDE_BALANCE_WINDOW, Guide, guide};
use crate::domain::derived::BalanceVerdict;
use crate::domain::text;
use crate::t;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// The guide's lines for `form` in `width` columns (none for a form that is not feedback).
pub fn lines(state: &State, form: &Form, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let Some(g) = guide(state, form) else {
        return Vec::new();
    };
    let width = width.saturating_sub(2).max(10);
    let mut out = Vec::new();
    if g.preferences.is_empty() && g.more_of.trim().is_empty() {
        wrapped(&mut out, &t!("fit-form-no-prefs"), width, theme.muted());
    }
    if !g.preferences.is_empty() {
        let words: Vec<&str> = g.preferences.iter().map(|p| p.shown()).collect();
        let prefs = t!("fit-form-prefers", prefs = words.join(", "));
        wrapped(&mut out, &prefs, width, theme.key());
    }
    if !g.more_of.trim().is_empty() {
        let more = t!("fit-form-more-of", text = safe(&g.more_of));
        wrapped(&mut out, &more, width, theme.key());
    }
    out.push(balance(&g, theme));
    if let Some(a) = g.advice {
        let advice = t!("fit-form-advice", advice = a.words());
        wrapped(&mut out, &advice, width, theme.warning());
    }
    out
}

/// `text` wrapped to `width` columns, each line indented by one, in `style`.
fn wrapped(out: &mut Vec<Line<'static>>, text: &str, width: usize, style: Style) {
    for l in text::wrap(text, width) {
        out.push(Line::styled(format!(" {l}"), style));
    }
}

/// The balance of the latest notes, with its verdict.
fn balance(g: &Guide, theme: &Theme) -> Line<'static> {
    let b = g.balance;
    let style = match b.verdict {
        BalanceVerdict::TooFew => theme.muted(),
        BalanceVerdict::Balanced => theme.done(),
        BalanceVerdict::NeedsStrengths | BalanceVerdict::NeedsImprovements => theme.warning(),
    };
    Line::from(vec![
        Span::raw(format!(
            " {} · ",
            t!(
                "fit-form-balance",
                count = GUIDE_BALANCE_WINDOW,
                strengths = b.strengths,
                improvements = b.improvements
            )
        )),
        Span::styled(b.verdict.words(), style),
    ])
}
