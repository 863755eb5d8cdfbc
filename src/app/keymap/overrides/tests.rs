use super::*;
use crate::app::state::Tab;

fn o(name: &str, keys: &[&str]) -> Override {
    Override {
        name: name.into(),
        keys: keys.iter().map(|k| k.to_string()).collect(),
    }
}

/// Every action of the table has a name, and no two actions share one.
#[test]
fn every_action_has_its_own_name() {
    let mut seen: Vec<(String, &Action)> = Vec::new();
    for b in BINDINGS {
        let name = action_name(&b.action);
        assert!(!name.is_empty() && !name.contains("--"), "{name:?}");
        if let Some((_, other)) = seen.iter().find(|(n, _)| *n == name) {
            assert_eq!(*other, &b.action, "two actions named {name}");
        }
        seen.push((name, &b.action));
    }
    assert_eq!(action_name(&Action::Quit), "quit");
    assert_eq!(action_name(&Action::ShowTab(Tab::Goals)), "show-tab-goals");
    assert_eq!(
        action_name(&Action::CalendarDays(-7)),
        "calendar-days-minus-7"
    );
    assert_eq!(action_name(&Action::CalendarDays(7)), "calendar-days-7");
}

#[test]
fn key_names_read_as_help_writes_them() {
    for b in BINDINGS {
        for key in b.keys {
            assert_eq!(parse_key(&key_name(key)), Some(*key), "{}", key_name(key));
        }
    }
    assert_eq!(parse_key("Ctrl-r"), parse_key("C-r"));
    assert_eq!(parse_key("F2").map(|k| k.code), Some(KeyCode::F(2)));
    assert_eq!(parse_key("Hyper-x"), None);
    assert_eq!(parse_key("F13"), None);
    assert_eq!(parse_key(""), None);
}

#[test]
fn an_override_replaces_the_actions_keys_everywhere() {
    let table = apply(&[o("quit", &["Q"]), o("add", &["z", "a"])]).unwrap();
    let keys = |action: &Action| -> Vec<Vec<String>> {
        table
            .iter()
            .filter(|b| b.action == *action)
            .map(|b| b.keys.iter().map(key_name).collect())
            .collect()
    };
    assert_eq!(keys(&Action::Quit), vec![vec!["Q".to_string()]]);
    // `a` adds in the lists, the calendar and its day list: each now has both keys.
    let add = keys(&Action::Add);
    assert!(add.len() >= 3);
    assert!(add.iter().all(|k| k == &["z".to_string(), "a".to_string()]));
    // The rest is as built in (undo is `u` anywhere and in the list of conflicts).
    let undo = keys(&Action::Undo);
    assert!(!undo.is_empty() && undo.iter().all(|k| k == &["u".to_string()]));
}

/// A key taken by another action where the overridden one works: refused, naming both.
#[test]
fn a_conflicting_override_names_both_actions() {
    let e = apply(&[o("quit", &["u"])]).unwrap_err();
    assert_eq!(e.name, "quit");
    assert!(e.message.contains("\"undo\""), "{}", e.message);
    assert!(e.message.contains("\"quit\""), "{}", e.message);
    assert!(
        e.message.starts_with("u is already the key of"),
        "{}",
        e.message
    );
    // `x` is done in the lists and in the Agenda; another action's key in the Agenda only.
    let e = apply(&[o("brief-open", &["x"])]).unwrap_err();
    assert!(e.message.contains("toggle-done"), "{}", e.message);
    // The same key in layers that never hold together is no conflict: `h` is the calendar's
    // "previous day"; the lists have no `h`.
    assert!(apply(&[o("edit", &["h"])]).is_ok());
    // Reply mode's keys hold together with the lists' (`n`: notes on a session).
    let e = apply(&[o("edit", &["n"])]).unwrap_err();
    assert!(
        e.message.contains("reply-write-reflection"),
        "{}",
        e.message
    );
}

#[test]
fn unknown_actions_and_keys_are_refused() {
    let e = apply(&[o("fly", &["f"])]).unwrap_err();
    assert_eq!(e.name, "fly");
    assert!(e.message.contains("not an action"), "{}", e.message);
    let e = apply(&[o("quit", &["Meta-q"])]).unwrap_err();
    assert!(
        e.message.contains("\"Meta-q\" is not a key"),
        "{}",
        e.message
    );
    let e = apply(&[o("quit", &[])]).unwrap_err();
    assert!(e.message.contains("at least one key"), "{}", e.message);
    // In a form a character is text.
    let e = apply(&[o("form-submit", &["s"])]).unwrap_err();
    assert!(e.message.contains("types itself"), "{}", e.message);
    assert!(apply(&[o("form-submit", &["F2"])]).is_ok());
}

/// Where text is typed (the help's search), an override's characters are left out there and
/// its other keys kept; in the lists it has them all.
#[test]
fn characters_are_left_out_where_text_is_typed() {
    let table = apply(&[o("down", &["z", "Down"])]).unwrap();
    let keys = |ctx: Ctx| -> Vec<String> {
        let b = table
            .iter()
            .find(|b| b.ctx == ctx && b.action == Action::Down)
            .unwrap();
        b.keys.iter().map(key_name).collect()
    };
    assert_eq!(keys(Ctx::List), ["z", "↓"]);
    assert_eq!(keys(Ctx::Help), ["↓"]);
    let e = apply(&[o("down", &["z"])]).unwrap_err();
    assert!(e.message.starts_with("z types itself"), "{}", e.message);
}
