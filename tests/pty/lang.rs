//! The language in a real terminal: `LANG=nl_NL.UTF-8` opens the app in Dutch; `--lang en`
//! beats the locale.

use crate::pty_harness;

use pty_harness::{Launch, Tui, has};
use std::ffi::OsString;
use std::path::Path;

fn launch(name: &'static str, store: &Path, args: &[&str], lang: &str) -> Launch {
    let mut all: Vec<OsString> = vec!["--store".into(), store.into()];
    all.extend(args.iter().map(OsString::from));
    Launch {
        cols: 80,
        rows: 24,
        cwd: store.parent().map(Path::to_path_buf),
        env: vec![("LANG", lang.into())],
        ..Launch::new(name, &all)
    }
}

#[test]
fn a_dutch_locale_shows_the_dutch_welcome_screen() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("mentor.json");
    let mut tui = Tui::start(launch("nl-welcome", &store, &[], "nl_NL.UTF-8"));
    tui.wait_for("the Dutch welcome screen", |s| {
        has(s, "Welkom bij mentor.")
            && has(s, "Druk op a om je eerste mentee toe te voegen.")
            && has(s, "Komende check-ins")
            && has(s, "? hulp")
            && has(s, "q stop")
    });
    tui.send("?");
    tui.wait_for("help in Dutch", |s| {
        has(s, " Toetsen ") && has(s, "Lijsten")
    });
    tui.esc("help closed", |s| {
        !has(s, " Toetsen ") && has(s, "Welkom bij mentor.")
    });
    tui.quit();
}

#[test]
fn the_lang_flag_beats_the_locale() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("mentor.json");
    let mut tui = Tui::start(launch(
        "lang-flag",
        &store,
        &["--lang", "en"],
        "nl_NL.UTF-8",
    ));
    tui.wait_for("the English welcome screen", |s| {
        has(s, "Welcome to mentor.") && has(s, "? help") && !has(s, "Welkom")
    });
    tui.quit();
}
