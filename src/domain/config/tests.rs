use super::*;

fn err(text: &str) -> ConfigError {
    parse("config.toml", text).unwrap_err()
}

#[test]
fn an_empty_file_is_every_default() {
    let c = parse("config.toml", "").unwrap();
    assert_eq!(c, Config::default());
    assert_eq!(c.week_start(), WeekStart::Monday);
    assert_eq!(c.theme(), ThemeName::Default);
    assert!(c.mouse());
}

#[test]
fn every_setting_reads() {
    let text = r#"
language = "nl"
week_start = "sunday"
time_zone = "America/New_York"
capacity = 12
theme = "high-contrast"
mouse = false

[new_mentee]
cadence = "2w"
session_minutes = 45
channel = "video"

[colors]
overdue = "light-red"

[keys]
quit = "Q"
add = ["a", "n"]
"#;
    let c = parse("config.toml", text).unwrap();
    assert_eq!(c.language.as_deref(), Some("nl"));
    assert_eq!(c.week_start(), WeekStart::Sunday);
    assert_eq!(c.time_zone, Some(chrono_tz::America::New_York));
    assert_eq!(c.capacity, Some(12.0));
    assert_eq!(c.theme(), ThemeName::HighContrast);
    assert!(!c.mouse());
    assert_eq!(c.new_mentee.cadence, Some(Cadence::parse("2w").unwrap()));
    assert_eq!(c.new_mentee.session_minutes, Some(45));
    assert_eq!(c.new_mentee.channel, Some(Channel::Video));
    assert_eq!(
        c.colors,
        vec![Entry {
            name: "overdue".into(),
            values: vec!["light-red".into()],
            line: Some(15)
        }]
    );
    assert_eq!(c.keys.len(), 2);
    let add = c.keys.iter().find(|k| k.name == "add").unwrap();
    assert_eq!(add.values, vec!["a", "n"]);
    assert_eq!(add.line, Some(19));
    let agreement = c.new_mentee.agreement();
    assert_eq!(agreement.channels, vec![Channel::Video]);
    assert_eq!(agreement.session_minutes, Some(45));
    // A fractional capacity too.
    let c = parse("c.toml", "capacity = 7.5").unwrap();
    assert_eq!(c.capacity, Some(7.5));
}

/// Each refusal names the file, the line and the key.
#[test]
fn bad_values_name_file_line_and_key() {
    let e = err("language = \"nl\"\n\n[new_mentee]\ncadence = \"2x\"\n");
    assert_eq!(e.file, "config.toml");
    assert_eq!(e.line, Some(4));
    assert_eq!(e.key, "new_mentee.cadence");
    assert_eq!(
        e.to_string(),
        "config.toml:4: new_mentee.cadence: \"2x\" is not a cadence (like 1w, 2w or 1m)"
    );
    let e = err("\n\nweek_start = \"friday\"");
    assert_eq!((e.line, e.key.as_str()), (Some(3), "week_start"));
    assert!(e.message.contains("monday, sunday"), "{}", e.message);
    let e = err("time_zone = \"Mars/Olympus\"");
    assert_eq!((e.line, e.key.as_str()), (Some(1), "time_zone"));
    let e = err("theme = \"neon\"");
    assert!(
        e.message.contains("default, high-contrast, light"),
        "{}",
        e.message
    );
    let e = err("capacity = -3");
    assert_eq!(e.key, "capacity");
    let e = err("[new_mentee]\nsession_minutes = 0");
    assert_eq!(
        (e.line, e.key.as_str()),
        (Some(2), "new_mentee.session_minutes")
    );
    let e = err("[new_mentee]\nchannel = \"pigeon\"");
    assert!(e.message.contains("in-person, video"), "{}", e.message);
    let e = err("language = \"not a tag\"");
    assert_eq!(e.key, "language");
}

/// A value of the wrong type, and text that is no TOML at all: the line from toml's span.
#[test]
fn type_and_syntax_errors_have_their_line() {
    let e = err("theme = \"light\"\nmouse = \"yes\"\n");
    assert_eq!(e.line, Some(2));
    assert_eq!(e.key, "mouse");
    let e = err("theme = \"light\"\n\nmouse = = true\n");
    assert_eq!(e.line, Some(3));
    assert!(e.to_string().starts_with("config.toml:3: "), "{e}");
}

/// Keys mentor does not know: refused, every one named, at the first one's line.
#[test]
fn unknown_keys_are_named() {
    let e = err("theme = \"light\"\ncolour = \"red\"\n[new_mentee]\ncadance = \"2w\"\n");
    assert_eq!(e.line, Some(2));
    assert_eq!(e.key, "colour");
    assert!(
        e.message
            .starts_with("unknown keys colour, new_mentee.cadance"),
        "{}",
        e.message
    );
    let e = err("[new_mentee]\nlength = 30\n");
    assert_eq!(
        e.to_string().split(" (").next().unwrap(),
        "config.toml:2: new_mentee.length: unknown key new_mentee.length"
    );
}
