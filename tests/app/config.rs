//! The config file's settings in the app's state: the first message when the file cannot be
//! used, a new mentee's agreement, the week's first day, the capacity.

use crate::common::today;
use crate::fixtures::{demo, empty, run};
use mentor::app::{Action, ListId, Popup, State};
use mentor::domain::config::{Config, parse};

fn config(text: &str) -> Config {
    parse("config.toml", text).unwrap()
}

fn form_field<'a>(state: &'a State, label: &str) -> &'a str {
    match &state.popup {
        Some(Popup::Form(f)) => f.field(label).map(|f| f.value()).unwrap_or_default(),
        _ => panic!("no form open"),
    }
}

/// A file that cannot be used: the app starts on the defaults and says why, as an error, until
/// the next key.
#[test]
fn a_bad_config_is_the_first_message() {
    let why = "config.toml:4: new_mentee.cadence: \"2x\" is not a cadence; running on the defaults";
    let mut s = empty().configured(&Config::default(), Some(why.to_string()));
    let status = s.status.clone().unwrap();
    assert!(status.error);
    assert_eq!(status.text, why);
    assert_eq!(s.week_start, chrono::Weekday::Mon);
    run(&mut s, [Action::Down]);
    assert!(s.status.is_none());
    // A file that reads says nothing.
    assert!(
        empty()
            .configured(&config("theme = \"light\""), None)
            .status
            .is_none()
    );
}

/// `[new_mentee]` fills the new mentee form's agreement; what the form saves is what the op
/// receives. Editing a mentee shows their own agreement.
#[test]
fn the_new_mentee_form_starts_with_the_configs_agreement() {
    let c = config("[new_mentee]\ncadence = \"2w\"\nsession_minutes = 40\nchannel = \"video\"\n");
    let mut s = empty().configured(&c, None);
    run(&mut s, [Action::Add]);
    assert_eq!(form_field(&s, "Cadence"), "2w");
    assert_eq!(form_field(&s, "Session minutes"), "40");
    assert_eq!(form_field(&s, "Channels"), "video");
    run(&mut s, mentor_typed("Noor"));
    run(&mut s, [Action::FormSubmit]);
    assert!(s.popup.is_none(), "{:?}", s.status);
    let a = &s.ws.mentees[0].agreement;
    assert_eq!(a.session_minutes, Some(40));
    assert_eq!(a.channels, vec![mentor::domain::Channel::Video]);
    assert_eq!(a.cadence, c.new_mentee.cadence);

    let mut d = demo().configured(&c, None);
    let own = d.ws.mentees[0].agreement.session_minutes;
    assert_ne!(own, Some(40));
    assert_eq!(d.focus.0, ListId::Mentees);
    run(&mut d, [Action::Edit]);
    assert_eq!(
        form_field(&d, "Session minutes"),
        own.map(|m| m.to_string()).unwrap_or_default()
    );
}

fn mentor_typed(text: &str) -> Vec<Action> {
    crate::common::keys::typed(text)
}

/// `week_start` and `capacity` reach the state; a store read again keeps the capacity, and the
/// profile's own wins.
#[test]
fn week_start_and_capacity_reach_the_state() {
    let c = config("week_start = \"sunday\"\ncapacity = 3\n");
    let mut s = empty().configured(&c, None);
    assert_eq!(s.week_start, chrono::Weekday::Sun);
    assert_eq!(s.ws.mentor.capacity(), Some(3.0));
    let again = mentor::domain::Workspace {
        next_id: 1,
        ..Default::default()
    };
    run(
        &mut s,
        [Action::Reloaded {
            workspace: Box::new(again),
            note: "read again".into(),
        }],
    );
    assert_eq!(s.ws.mentor.capacity(), Some(3.0));
    let d = demo().configured(&c, None);
    assert_eq!(d.ws.mentor.capacity(), d.ws.mentor.capacity_hours_per_month);
    assert_eq!(today(), d.today);
}
