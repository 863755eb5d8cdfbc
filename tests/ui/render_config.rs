//! What the config file changes on screen: the banner of a file that cannot be used, the week's
//! first day in the calendar, the themes (and `NO_COLOR` over them).

use crate::common::screen::{draw_with, text};
use crate::common::today;
use mentor::app::{Action, State, Tab, update};
use mentor::demo::demo_workspace;
use mentor::domain::Workspace;
use mentor::domain::config::{Config, ThemeName, parse};
use mentor::ui::Theme;
use mentor::ui::theme::Palette;
use ratatui::style::Color;

const STORE: &str = "/home/sam/.local/share/mentor/mentor.json";

fn screen(state: &State) -> String {
    text(&draw_with(state, &Theme::COLOR, 80, 24))
}

/// The app on the defaults, saying why the file is not used.
#[test]
fn a_bad_config_shows_a_banner_at_start() {
    let why = "config.toml:4: new_mentee.cadence: \"2x\" is not a cadence (like 1w, 2w or 1m); running on the defaults (see `mentor config show`)";
    let state = State::new(Workspace::default(), today(), STORE)
        .configured(&Config::default(), Some(why.into()));
    let shown = screen(&state);
    assert!(
        shown.contains(" config.toml:4: new_mentee.cadence: \"2x\" is not a cadence"),
        "{shown}"
    );
    insta::assert_snapshot!(shown);
}

fn calendar(week: &str) -> String {
    let config = parse("config.toml", &format!("week_start = \"{week}\"")).unwrap();
    let mut state = State::new(demo_workspace(today()), today(), STORE).configured(&config, None);
    update(&mut state, Action::ShowTab(Tab::Calendar));
    screen(&state)
}

/// Sunday first: the header and every week row shift by one day.
#[test]
fn the_calendar_starts_its_weeks_on_the_configured_day() {
    let monday = calendar("monday");
    let sunday = calendar("sunday");
    let days = |s: &str| -> Vec<String> {
        let row = s.lines().find(|l| l.contains("Wed")).unwrap();
        row.split(['│', ' '])
            .filter(|w| w.len() == 3)
            .map(str::to_string)
            .collect()
    };
    assert_eq!(
        days(&monday),
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        "{monday}"
    );
    assert_eq!(
        days(&sunday),
        ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
        "{sunday}"
    );
    insta::assert_snapshot!(sunday);
}

/// Each built-in theme colours the focused pane's border its own way; `NO_COLOR` leaves only
/// modifiers.
#[test]
fn themes_colour_the_screen_and_no_color_wins() {
    let state = State::new(demo_workspace(today()), today(), STORE);
    let border = |theme: &Theme| draw_with(&state, theme, 80, 24)[(0, 1)].fg;
    assert_eq!(border(&Theme::COLOR), Color::Cyan);
    for name in [ThemeName::Light, ThemeName::HighContrast] {
        let palette = Palette::named(name);
        assert_ne!(palette.focus, Palette::DEFAULT.focus);
        assert_eq!(border(&Theme::colored(palette)), palette.focus, "{name:?}");
        let mono = Theme::colored(palette).no_color(Some("1"));
        assert_eq!(border(&mono), Color::Reset, "{name:?}");
    }
}
