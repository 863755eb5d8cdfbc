//! Every tab of the demo mentee, and the mentee's view of a bundle, in Dutch at 80x24
//! (snapshots `nl_tab_*`, `nl_view_*`); and every Dutch title, column header and fixed-width label
//! of the tabs fits at 80 columns.

use crate::common::screen::{draw, text};
use crate::common::today;
use crate::view_common::{self, view_state};
use mentor::app::{Action, State, Tab, update};
use mentor::demo::demo_workspace;
use mentor::i18n::{Args, Lang, message, message_with, with_lang};
use mentor::store::Viewed;
use mentor::store::bundle::Bundle;
use mentor::tui::view::display;

const STORE: &str = "/home/sam/.local/share/mentor/mentor.json";

fn demo() -> State {
    State::new(demo_workspace(today()), today(), STORE)
}

/// Alice's bundle as `mentor view FILE` opens it, opened in `lang` (the view's title is made
/// when it opens).
fn bundle_view(lang: Lang) -> State {
    let ws = demo_workspace(today());
    let now = chrono::DateTime::parse_from_rfc3339(view_common::NOW).expect("now");
    let b = Bundle::of(&ws, 0, now).expect("a mentee");
    let (workspace, info) = with_lang(lang, || {
        display(Viewed::Bundle(Box::new(b)), None, "alice.json").expect("displays")
    });
    view_state(workspace, info, "alice.json")
}

fn dutch(state: &State) -> String {
    with_lang(Lang::Nl, || text(&draw(state, 80, 24)))
}

fn on_tab(state: &mut State, tab: Tab) -> String {
    update(state, Action::ShowTab(tab));
    dutch(state)
}

fn tab_name(tab: Tab) -> &'static str {
    match tab {
        Tab::Goals => "goals",
        Tab::Sessions => "sessions",
        Tab::Feedback => "feedback",
        Tab::Network => "network",
        Tab::Overview => "overview",
        Tab::Agenda => "agenda",
        Tab::Calendar => "calendar",
        Tab::Path => "path",
    }
}

/// What each tab must say in Dutch, and English it must no longer say.
fn dutch_words(tab: Tab) -> (&'static [&'static str], &'static [&'static str]) {
    match tab {
        Tab::Goals => (&["Doelen (3)", "uiterlijk"], &["Goals ("]),
        Tab::Sessions => (
            &[
                "Sessies (4)",
                "Notities",
                "Doelen:",
                "Actiepunten",
                "gehouden ",
            ],
            &["Sessions (", " Notes ", "Goals:", "Action items"],
        ),
        Tab::Feedback => (
            // The domain's words whole in their column.
            &[
                "Balans van de laatste 10",
                "sterk",
                "verbeterpunten",
                "verbeterpunt gedeeld",
                "observatie ",
            ],
            &["Balance of", "strengths", "improvements"],
        ),
        Tab::Network => (
            &["Netwerk (2)", "Notitie", "voorgesteld "],
            &["Network (", " Note "],
        ),
        Tab::Overview => (
            &[
                "Afspraken",
                "ritme",
                "45 minuten",
                "Stemming & energie",
                "Open doelen",
                "Open actiepunten",
                "Volgende check-in",
                "Capaciteit",
                "ritmes",
                "u/30d",
                "Jij (1)",
            ],
            &[
                "Agreement",
                "Next check-in",
                "Open goals",
                "Capacity",
                "You (",
            ],
        ),
        Tab::Agenda => (
            &[
                "Agenda: iedereen · 1 van",
                "Sessies, komende 14 dagen",
                "Actiepunten die eraan komen",
                "u in 30 dagen",
                " op 2026-12-",
            ],
            &["everyone", "Sessions, next", "Action items due", "h/month"],
        ),
        Tab::Calendar => (&["ma", "zo"], &["Mon"]),
        Tab::Path => (
            &["Pad: ", "fase", "streven", "Vaardigheden (4)", "Doelen (2)"],
            &["Path: ", "stage", "Skills (", "Goals ("],
        ),
    }
}

#[test]
fn every_tab_of_the_demo_mentee_in_dutch() {
    let mut state = demo();
    for tab in Tab::ALL {
        let shown = on_tab(&mut state, tab);
        let (dutch, english) = dutch_words(tab);
        for words in dutch {
            assert!(
                shown.contains(words),
                "{tab:?}: {words:?} missing:\n{shown}"
            );
        }
        for words in english {
            assert!(
                !shown.contains(words),
                "{tab:?}: {words:?} still English:\n{shown}"
            );
        }
        insta::assert_snapshot!(format!("nl_tab_{}", tab_name(tab)), shown);
    }
}

#[test]
fn the_skill_matrix_in_dutch() {
    let mut state = demo();
    update(&mut state, Action::ShowTab(Tab::Path));
    update(&mut state, Action::NextPane);
    update(&mut state, Action::NextPane);
    let shown = dutch(&state);
    for words in [
        "Vaardigheden (6) · grootste gat eerst",
        "vaardigheid",
        "peil",
        "gat",
    ] {
        assert!(shown.contains(words), "{words:?} missing:\n{shown}");
    }
    assert!(!shown.contains("Skill matrix"), "{shown}");
    insta::assert_snapshot!("nl_tab_path_matrix", shown);
}

#[test]
fn the_mentee_view_in_dutch() {
    let mut state = bundle_view(Lang::Nl);
    let shown = on_tab(&mut state, Tab::Goals);
    assert!(
        shown.contains("Plan van Alice Moreau · gedeeld 2026-11-29 09:00"),
        "{shown}"
    );
    assert!(shown.contains("alleen-lezen"), "{shown}");
    assert!(shown.contains("Jouw plan"), "{shown}");
    assert!(!shown.contains("'s plan"), "{shown}");
    insta::assert_snapshot!("nl_view_goals", shown);
    let shown = on_tab(&mut state, Tab::Overview);
    for words in ["Jij (2)", "Je mentor (1)", "Afspraken", "Volgende check-in"] {
        assert!(shown.contains(words), "{words:?} missing:\n{shown}");
    }
    assert!(!shown.contains("Capaciteit"), "{shown}");
    insta::assert_snapshot!("nl_view_overview", shown);
    let shown = on_tab(&mut state, Tab::Agenda);
    assert!(shown.contains("Jouw agenda"), "{shown}");
    assert!(shown.contains(" jij"), "{shown}");
    insta::assert_snapshot!("nl_view_agenda", shown);
    // The same bundle opened in English keeps its English title.
    let english = text(&draw(&bundle_view(Lang::En), 80, 24));
    assert!(english.contains("Alice Moreau's plan"), "{english}");
}

/// The box titles of every tab are drawn whole at 80x24 in Dutch (not cut with `…`), and the
/// tab bar names the tab shown.
#[test]
fn no_dutch_tab_title_or_header_overflows_at_80_columns() {
    let mut state = demo();
    for tab in Tab::ALL {
        let shown = on_tab(&mut state, tab);
        let bar = shown.lines().nth(1).unwrap_or_default();
        let name = with_lang(Lang::Nl, || message(tab_id(tab)));
        assert!(
            bar.contains(&format!(" {name} ")),
            "{tab:?}: the tab bar does not name {name:?}: {bar}"
        );
        for line in shown.lines() {
            assert!(mentor::domain::text::width(line) <= 80, "{line}");
            // A box title is between `┌ ` and ` ─`: none ends cut (a mentee's own text may be
            // cut, so only the catalogue's titles are checked, below).
        }
        for title in titles(tab) {
            assert!(
                shown.contains(&format!("┌ {title} ")),
                "{tab:?}: the title {title:?} is not drawn whole:\n{shown}"
            );
        }
    }
}

fn tab_id(tab: Tab) -> &'static str {
    match tab {
        Tab::Goals => "tab-goals",
        Tab::Sessions => "tab-sessions",
        Tab::Feedback => "tab-feedback",
        Tab::Network => "tab-network",
        Tab::Overview => "tab-overview",
        Tab::Agenda => "tab-agenda",
        Tab::Calendar => "tab-calendar",
        Tab::Path => "tab-path",
    }
}

/// The Dutch titles of a tab's boxes for the demo's first mentee.
fn titles(tab: Tab) -> Vec<String> {
    let count = |id: &str, n: usize| {
        let mut args = Args::new();
        args.set("count", n);
        message_with(id, &args)
    };
    with_lang(Lang::Nl, || match tab {
        Tab::Sessions => vec![
            count("scr-sessions-title", 4),
            message("scr-notes"),
            message("scr-actions-title"),
        ],
        Tab::Feedback => vec![
            count("scr-balance-title", 10),
            count("scr-feedback-title", 4),
        ],
        Tab::Network => vec![count("scr-network-title", 2), message("scr-note")],
        Tab::Overview => vec![
            message("scr-agreement"),
            message("scr-next-checkin"),
            message("scr-capacity"),
            message("scr-mood-energy"),
            message("scr-open-goals"),
            message("scr-open-actions"),
        ],
        Tab::Agenda => vec![message("scr-capacity")],
        _ => vec![],
    })
}

/// The labels and column headers drawn in a fixed number of columns fit them, in both
/// languages.
#[test]
fn fixed_width_labels_fit_in_both_languages() {
    // (message, the columns it has, a count to fill in when it takes one)
    let fixed: &[(&str, usize, Option<usize>)] = &[
        ("scr-ag-cadence", 11, None),
        ("scr-ag-length", 11, None),
        ("scr-ag-channels", 11, None),
        ("scr-ag-response", 11, None),
        ("scr-ag-boundaries", 11, None),
        ("scr-ag-success", 11, None),
        ("scr-ag-ends", 11, None),
        ("scr-ag-aspirations", 11, None),
        ("scr-cap-cadences", 8, None),
        ("scr-cap-planned", 8, None),
        ("scr-mood-falling", 16, None),
        ("scr-overdue-days", 16, Some(999)),
        ("scr-col-target", 10, None),
        ("scr-col-skills", 6, None),
        ("scr-col-level", 5, None),
        ("scr-col-now", 3, None),
        ("scr-col-skill-target", 6, None),
        ("scr-col-gap", 3, None),
        ("scr-word-action", 11, None),
        ("scr-word-connection", 11, None),
        ("scr-word-milestone", 11, None),
    ];
    let mut cut = Vec::new();
    for lang in Lang::ALL {
        for &(id, columns, count) in fixed {
            let shown = with_lang(lang, || match count {
                Some(n) => {
                    let mut args = Args::new();
                    args.set("count", n);
                    message_with(id, &args)
                }
                None => message(id),
            });
            if mentor::domain::text::width(&shown) > columns {
                cut.push(format!("{lang:?} {id}: {shown:?} is wider than {columns}"));
            }
        }
        // The check-in date in the agenda's 16 columns.
        let due = with_lang(lang, || {
            let mut args = Args::new();
            args.set("date", "2026-12-04");
            message_with("scr-checkin-due", &args)
        });
        if mentor::domain::text::width(&due) > 15 {
            cut.push(format!("{lang:?} scr-checkin-due: {due:?}"));
        }
    }
    assert!(cut.is_empty(), "{}", cut.join("\n"));
}
