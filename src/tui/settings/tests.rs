use super::*;
use crate::domain::config::ThemeName;
use ratatui::style::Color;

fn settings(text: &str) -> Settings {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, text).unwrap();
    Settings::from_path(Some(&path))
}

#[test]
fn no_file_is_every_default() {
    let dir = tempfile::tempdir().unwrap();
    let s = Settings::from_path(Some(&dir.path().join("config.toml")));
    assert!(!s.from_file);
    assert!(s.error.is_none());
    assert_eq!(s.config, Config::default());
    assert_eq!(s.theme(None), Theme::COLOR);
    assert!(s.banner().is_none());
}

#[test]
fn the_theme_is_the_named_palette_with_the_files_colours_and_no_color_wins() {
    let s =
        settings("theme = \"light\"\n[colors]\noverdue = \"light-red\"\ndue-soon = \"#aa5500\"\n");
    assert!(s.error.is_none(), "{:?}", s.error);
    let t = s.theme(None);
    assert_eq!(t.palette.overdue, Color::LightRed);
    assert_eq!(t.palette.due_soon, Color::Rgb(0xaa, 0x55, 0));
    assert_eq!(t.palette.focus, Palette::named(ThemeName::Light).focus);
    assert!(!t.mono);
    let t = s.theme(Some("1"));
    assert!(t.mono);
    assert_eq!(t.overdue(), Theme::MONO.overdue());
}

#[test]
fn a_bad_colour_or_role_names_its_line_and_key() {
    let s = settings("theme = \"light\"\n[colors]\noverdue = \"reddish\"\n");
    let e = s.error.unwrap();
    assert_eq!((e.line, e.key.as_str()), (Some(3), "colors.overdue"));
    assert!(
        e.message.contains("\"reddish\" is not a colour"),
        "{}",
        e.message
    );
    let s = settings("[colors]\n\nwallpaper = \"red\"\n");
    let e = s.error.unwrap();
    assert_eq!((e.line, e.key.as_str()), (Some(3), "colors.wallpaper"));
    // The whole file is then left out: the theme is the default one.
    assert_eq!(s.config, Config::default());
}

/// A key override taken by another action: the file, the line, the key, and both actions.
#[test]
fn a_conflicting_key_override_is_an_error_at_its_line() {
    let s = settings("theme = \"light\"\n\n[keys]\nadd = \"n\"\nquit = \"u\"\n");
    let e = s.error.clone().unwrap();
    assert_eq!(e.line, Some(5));
    assert_eq!(e.key, "keys.quit");
    assert!(e.message.contains("\"undo\""), "{e}");
    assert!(
        e.to_string()
            .contains("config.toml:5: keys.quit: u is already the key of \"undo\""),
        "{e}"
    );
    let banner = s.banner().unwrap();
    assert!(
        banner.starts_with("config.toml:5: keys.quit: u is already the key of \"undo\""),
        "{banner}"
    );
    assert!(
        banner.ends_with("; running on the defaults (see `mentor config show`)"),
        "{banner}"
    );
    // The defaults hold, the theme too.
    assert_eq!(s.theme(None), Theme::COLOR);
}

#[test]
fn a_file_that_reads_is_in_force() {
    let s = settings("week_start = \"sunday\"\n[keys]\nquit = \"Q\"\n");
    assert!(s.error.is_none(), "{:?}", s.error);
    assert!(s.from_file);
    let table = s.keys.as_ref().unwrap();
    let quit = table
        .iter()
        .find(|b| b.action == crate::app::Action::Quit)
        .unwrap();
    assert_eq!(
        quit.keys.iter().map(keymap::key_name).collect::<Vec<_>>(),
        vec!["Q"]
    );
}
