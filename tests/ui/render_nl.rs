//! The screens in Dutch at 80x24: the welcome screen, the main screen, help and the calendar
//! (snapshots `nl_*`), and that every Dutch text of the translated screens fits.

use crate::common::screen::{draw, text};
use crate::common::today;
use mentor::app::help;
use mentor::app::{Action, State, Tab, TextEdit, update};
use mentor::demo::demo_workspace;
use mentor::domain::Workspace;
use mentor::i18n::{Lang, with_lang};

const STORE: &str = "/home/sam/.local/share/mentor/mentor.json";

fn demo() -> State {
    State::new(demo_workspace(today()), today(), STORE)
}

fn empty() -> State {
    State::new(Workspace::default(), today(), STORE)
}

fn act(state: &mut State, actions: impl IntoIterator<Item = Action>) {
    for action in actions {
        update(state, action);
    }
}

/// The screen of `state` at 80x24, drawn in `lang`.
fn screen_in(lang: Lang, state: &State) -> String {
    with_lang(lang, || text(&draw(state, 80, 24)))
}

#[test]
fn the_welcome_screen_in_dutch() {
    let shown = screen_in(Lang::Nl, &empty());
    assert!(shown.contains("Welkom bij mentor."), "{shown}");
    assert!(shown.contains("Druk op a om je eerste mentee toe te voegen."));
    assert!(shown.contains("? toont alle toetsen; q stopt."));
    insta::assert_snapshot!("nl_welcome", shown);
    // The same state in English is untouched by the Dutch drawing before it.
    assert!(screen_in(Lang::En, &empty()).contains("Welcome to mentor."));
}

#[test]
fn the_main_screen_in_dutch() {
    let shown = screen_in(Lang::Nl, &demo());
    for words in [
        "Mentees (7)",
        "Komende check-ins",
        "1 Doelen",
        "Doelen (3)",
        "uiterlijk",
        "voortgang",
        "Mijlpalen van",
        "a nieuw",
        "? hulp",
        "q stop",
    ] {
        assert!(
            shown.contains(words),
            "{words:?} is not on the screen:\n{shown}"
        );
    }
    insta::assert_snapshot!("nl_main", shown);
}

#[test]
fn help_in_dutch() {
    let mut state = demo();
    act(&mut state, [Action::ShowHelp]);
    let shown = screen_in(Lang::Nl, &state);
    assert!(shown.contains("Toetsen"), "{shown}");
    assert!(shown.contains("Lijsten"), "{shown}");
    insta::assert_snapshot!("nl_help", shown);
    // Help is searched in the words it shows.
    let search: Vec<Action> = "ongedaan"
        .chars()
        .map(|c| Action::HelpEdit(TextEdit::Insert(c)))
        .collect();
    act(&mut state, search);
    let shown = screen_in(Lang::Nl, &state);
    assert!(shown.contains("zoeken: ongedaan"), "{shown}");
    assert!(shown.contains("ongedaan maken / opnieuw"), "{shown}");
    assert!(!shown.contains("Lijsten"), "{shown}");
}

#[test]
fn the_calendar_in_dutch_starts_its_weeks_on_monday() {
    let mut state = demo();
    act(&mut state, [Action::ShowTab(Tab::Calendar)]);
    let shown = screen_in(Lang::Nl, &state);
    assert!(shown.contains("november 2026"), "{shown}");
    let header = shown
        .lines()
        .find(|l| l.contains("ma") && l.contains("zo"))
        .unwrap_or_default();
    let (ma, zo) = (header.find("ma").unwrap(), header.find("zo").unwrap());
    assert!(ma < zo, "the week does not start on Monday: {header}");
    assert!(shown.contains("zondag 2026-11-29"), "{shown}");
    insta::assert_snapshot!("nl_calendar", shown);
}

/// A Dutch date typed in a form is read, its preview names the day in Dutch, and a refusal
/// is said in Dutch.
#[test]
fn a_dutch_date_in_a_form_previews_in_dutch() {
    let mut state = demo();
    act(
        &mut state,
        [
            Action::ShowTab(Tab::Sessions),
            Action::NextPane,
            Action::Add,
            Action::FormEdit(TextEdit::End),
            Action::FormEdit(TextEdit::DeleteLine),
        ],
    );
    act(&mut state, crate::common::keys::typed("morgen om 9:30"));
    let shown = screen_in(Lang::Nl, &state);
    assert!(
        shown.contains("morgen om 9:30  → ma 2026-11-30 09:30"),
        "{shown}"
    );
    let shown = screen_in(Lang::En, &state);
    assert!(
        shown.contains("morgen om 9:30  → Mon 2026-11-30 09:30"),
        "{shown}"
    );
    // A refusal says what was understood, in Dutch.
    act(&mut state, [Action::FormEdit(TextEdit::DeleteLine)]);
    act(&mut state, crate::common::keys::typed("morgenavond"));
    // The form checks its fields when it is saved, in the language of the moment.
    with_lang(Lang::Nl, || act(&mut state, [Action::FormSubmit]));
    let shown = screen_in(Lang::Nl, &state);
    assert!(
        shown.contains("\"morgen\" begrepen, daarna wordt"),
        "{shown}"
    );
}

/// No row of help shows a message ID instead of its text, in either language.
#[test]
fn help_shows_texts_not_ids() {
    for lang in Lang::ALL {
        for state in [demo(), empty()] {
            for row in with_lang(lang, || help::rows(&state, "")) {
                let text = match row {
                    help::Row::Heading(t) => t,
                    help::Row::Binding { help, .. } => help,
                };
                assert!(
                    !text.starts_with("key-") && !text.starts_with("help-"),
                    "{lang:?}: {text}"
                );
            }
        }
    }
}

/// Every row of help fits the overlay at 80x24, in Dutch and in English, without being cut: the
/// keys' column and the text side by side.
#[test]
fn every_help_text_fits_at_80_columns_in_both_languages() {
    let (w, _) = help::outer((80, 24));
    let inner = usize::from(w) - 2;
    let mut cut = Vec::new();
    for lang in Lang::ALL {
        for state in [demo(), empty()] {
            let rows = with_lang(lang, || help::rows(&state, ""));
            let keys = help::key_width(&rows);
            for row in &rows {
                if let help::Row::Binding { help, .. } = row {
                    let width = mentor::domain::text::width(help);
                    if keys + 3 + width > inner {
                        cut.push(format!(
                            "{lang:?} {help:?}: {width} columns, room for {}",
                            inner - keys - 3
                        ));
                    }
                }
            }
        }
    }
    assert!(cut.is_empty(), "{}", cut.join("\n"));
}

/// The footer keeps help and quit in Dutch, and shows what fits in full.
#[test]
fn the_dutch_footer_fits() {
    for state in [demo(), empty()] {
        let shown = screen_in(Lang::Nl, &state);
        let footer = shown.lines().last().unwrap();
        assert!(mentor::domain::text::width(footer) <= 80, "{footer}");
        assert!(
            footer.contains("? hulp") && footer.contains("q stop"),
            "{footer}"
        );
    }
}
