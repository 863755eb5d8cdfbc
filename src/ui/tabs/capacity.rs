//! The mentor's month: hours implied by the cadences, and hours actually planned, against the
//! capacity. Shown on the Agenda and the Overview.

use super::super::Rect;
use super::super::theme::Theme;
use crate::app::State;
use crate::t;
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// Room for a row's label.
const LABEL: usize = 9;

/// The capacity box. In a narrow box (the Overview's) the numbers come first: the words get
/// shorter, then the bars, so the hours are never cut off.
pub fn render(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let memo = state.memo.load(&state.ws, state.today);
    let (load, planned) = (&memo.load, memo.planned_hours);
    let hours = Hours {
        cadences: load.hours_per_month,
        planned,
    };
    let width = usize::from(area.width.saturating_sub(2));
    let (lines, narrow) = match load.capacity_hours_per_month {
        Some(cap) if cap > 0.0 => (bars(hours, cap, width, theme), false),
        _ => unset(hours, width, theme),
    };
    let title = if load.over_capacity() {
        t!("scr-capacity-over")
    } else if narrow {
        t!("scr-capacity-unset")
    } else {
        t!("scr-capacity")
    };
    let title = format!(" {title} ");
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(if load.over_capacity() {
            theme.warning()
        } else {
            theme.block(false)
        })
        .title(Line::styled(title, theme.title()));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// The month's hours: implied by the cadences, and planned in the next 30 days.
#[derive(Clone, Copy)]
struct Hours {
    cadences: f64,
    planned: f64,
}

/// Both hours as bars against the capacity `cap`, with the numbers in long or short words.
fn bars(hours: Hours, cap: f64, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let (cadences_n, planned_n) = (hours.cadences, hours.planned);
    let (cadences, planned, cap_text) =
        (one_place(cadences_n), one_place(planned_n), one_place(cap));
    let long = [
        format!(
            " {}",
            t!(
                "scr-cap-of-month",
                hours = cadences.clone(),
                cap = cap_text.clone()
            )
        ),
        format!(" {}", t!("scr-cap-in-30", hours = planned.clone())),
    ];
    let short = [
        format!(
            " {}",
            t!("scr-cap-of-short", hours = cadences, cap = cap_text)
        ),
        format!(" {}", t!("scr-cap-in-30-short", hours = planned)),
    ];
    let room = |texts: &[String; 2]| {
        let text = texts.iter().map(|t| t.chars().count()).max().unwrap_or(0);
        width.saturating_sub(LABEL + text)
    };
    let wide = width.saturating_sub(30).clamp(10, 40);
    let (long_bar, short_bar) = (wide.min(room(&long)), wide.min(room(&short)));
    let (texts, bar_width) = if long_bar >= 5 {
        (long, long_bar)
    } else {
        (short, short_bar)
    };
    let row = |label: &str, hours: f64, text: String| {
        let filled = ((hours / cap).min(1.0) * bar_width as f64).round() as usize;
        let filled = filled.min(bar_width);
        let bar = format!("{}{}", "█".repeat(filled), "░".repeat(bar_width - filled));
        let style = if hours > cap {
            theme.overdue()
        } else {
            theme.gauge()
        };
        Line::from(vec![
            Span::raw(format!("{label:<LABEL$}")),
            Span::styled(bar, style),
            Span::raw(text),
        ])
    };
    let [cadence_text, planned_text] = texts;
    vec![
        row(&t!("scr-cap-cadences"), cadences_n, cadence_text),
        row(&t!("scr-cap-planned"), planned_n, planned_text),
    ]
}

/// Both hours when no capacity is set, with how to set one when that fits; true when it did not
/// (the title then says so).
fn unset(hours: Hours, width: usize, theme: &Theme) -> (Vec<Line<'static>>, bool) {
    let Hours { cadences, planned } = hours;
    let (cadences, planned) = (one_place(cadences), one_place(planned));
    let both = t!(
        "scr-cap-both",
        cadences = cadences.clone(),
        planned = planned.clone()
    );
    if both.chars().count() <= width {
        let hint = Line::styled(t!("scr-cap-unset-hint"), theme.muted());
        (vec![Line::from(both), hint], false)
    } else {
        let lines = vec![
            Line::from(format!(
                "{:<LABEL$}{}",
                t!("scr-cap-cadences"),
                t!("scr-cap-month", hours = cadences)
            )),
            Line::from(format!(
                "{:<LABEL$}{}",
                t!("scr-cap-planned"),
                t!("scr-cap-30-days", hours = planned)
            )),
        ];
        (lines, true)
    }
}

/// Hours with one decimal, in the language's way of writing it (`1.5`, Dutch `1,5`).
pub(super) fn one_place(hours: f64) -> String {
    let text = format!("{hours:.1}");
    if crate::i18n::current() == crate::i18n::Lang::Nl {
        text.replace('.', ",")
    } else {
        text
    }
}
