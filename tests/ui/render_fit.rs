//! Feedback that fits the person and the hours given (issue 20), on screen: the feedback form
//! with the mentee's preferences, the balance and the advice; the Overview's hours box; in
//! English and Dutch at 80x24 (snapshots `fit_*`).

use crate::common::screen::{draw, text};
use crate::common::today;
use crate::view_common::{self, view_state};
use mentor::app::action::TextEdit;
use mentor::app::{Action, State, Tab, update};
use mentor::demo::demo_workspace;
use mentor::domain::hours::hours;
use mentor::i18n::{Lang, with_lang};
use mentor::store::Viewed;
use mentor::store::bundle::Bundle;
use mentor::tui::view::display;

const STORE: &str = "/home/sam/.local/share/mentor/mentor.json";

fn in_lang(lang: Lang, state: &State) -> String {
    with_lang(lang, || text(&draw(state, 80, 24)))
}

/// Alice's new feedback note, its kind moved on to improvement (the form opened in `lang`).
fn improvement_form(lang: Lang) -> State {
    let mut s = State::new(demo_workspace(today()), today(), STORE);
    with_lang(lang, || {
        for a in [
            Action::ShowTab(Tab::Feedback),
            Action::NextPane,
            Action::Add,
            Action::FormEdit(TextEdit::Right),
        ] {
            update(&mut s, a);
        }
    });
    s
}

#[test]
fn the_feedback_form_shows_preferences_balance_and_advice() {
    let shown = in_lang(Lang::En, &improvement_form(Lang::En));
    for want in [
        "‹ improvement ›",
        "Prefers: direct, with examples",
        "More of: Concrete examples from the design reviews she leads",
        "Last 10: 2 strengths · 1 improvement · balanced",
        "Advice: No strength noted since the last session",
    ] {
        assert!(shown.contains(want), "{want}:\n{shown}");
    }
    insta::assert_snapshot!("fit_feedback_form_en", shown);

    let shown = in_lang(Lang::Nl, &improvement_form(Lang::Nl));
    for want in [
        "Wil feedback: direct, met voorbeelden",
        "Meer van: Concrete examples",
        "Laatste 10: 2 sterke punten · 1 verbeterpunt",
        "Tip: Geen sterk punt genoteerd sinds de laatste sessie",
    ] {
        assert!(shown.contains(want), "{want}:\n{shown}");
    }
    insta::assert_snapshot!("fit_feedback_form_nl", shown);
}

#[test]
fn a_strength_gets_no_advice() {
    let mut s = State::new(demo_workspace(today()), today(), STORE);
    for a in [
        Action::ShowTab(Tab::Feedback),
        Action::NextPane,
        Action::Add,
    ] {
        update(&mut s, a);
    }
    let shown = in_lang(Lang::En, &s);
    assert!(shown.contains("‹ strength ›"), "{shown}");
    assert!(shown.contains("Prefers: direct"), "{shown}");
    assert!(!shown.contains("Advice:"), "{shown}");
}

#[test]
fn the_overview_shows_the_hours_against_the_capacity() {
    let mut s = State::new(demo_workspace(today()), today(), STORE);
    update(&mut s, Action::ShowTab(Tab::Overview));
    // The numbers the domain counts, as the box writes them.
    let year = hours(&s.ws, today()).of(&s.ws.mentees[0].id);
    let month = year.months.last().unwrap();
    let cap = year.capacity_hours_per_month.unwrap();
    let shown = in_lang(Lang::En, &s);
    for want in [
        "Hours given".to_string(),
        format!("month {:.1} h · year {:.1} h", month.hours, year.year_hours),
        format!("all {:.1}/{cap:.1} h/month", month.all_mentees),
        "feedback    direct, with".to_string(),
        "more of     Concrete".to_string(),
    ] {
        assert!(shown.contains(&want), "{want}:\n{shown}");
    }
    assert!(year.year_hours > 0.0, "the demo has held sessions");
    insta::assert_snapshot!("fit_overview_en", shown);
    let shown = in_lang(Lang::Nl, &s);
    let comma = |v: f64| format!("{v:.1}").replace('.', ",");
    for want in [
        "Gegeven uren".to_string(),
        format!(
            "maand {} u · jaar {} u",
            comma(month.hours),
            comma(year.year_hours)
        ),
        format!("alle {}/{} u/maand", comma(month.all_mentees), comma(cap)),
    ] {
        assert!(shown.contains(&want), "{want}:\n{shown}");
    }
    insta::assert_snapshot!("fit_overview_nl", shown);
}

#[test]
fn the_mentee_sees_their_preferences_but_not_the_hours() {
    let ws = demo_workspace(today());
    let now = chrono::DateTime::parse_from_rfc3339(view_common::NOW).expect("now");
    let b = Bundle::of(&ws, 0, now).expect("a mentee");
    let (workspace, info) =
        display(Viewed::Bundle(Box::new(b)), None, "alice.json").expect("displays");
    let mut s = view_state(workspace, info, "alice.json");
    update(&mut s, Action::ShowTab(Tab::Overview));
    let shown = with_lang(Lang::En, || text(&draw(&s, 100, 30)));
    assert!(shown.contains("direct, with examples"), "{shown}");
    assert!(!shown.contains("Hours given"), "{shown}");
    assert!(!shown.contains("Capacity"), "{shown}");
}
