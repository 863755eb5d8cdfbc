//! The config file in a real terminal: a file that cannot be used leaves the app on its
//! defaults with a banner; one that reads puts its keys and its mouse setting in force.

use crate::pty_harness::{Launch, Tui, has};
use std::path::Path;

fn start(name: &'static str, config: &str) -> (Tui, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("mentor.json");
    let file = dir.path().join("config.toml");
    std::fs::write(&file, config).unwrap();
    let launch = Launch {
        cwd: Some(dir.path().to_path_buf()),
        env: vec![("MENTOR_CONFIG", file.into_os_string())],
        ..Launch::new(name, &[Path::new("--store"), &store])
    };
    (Tui::start(launch), dir)
}

#[test]
fn a_bad_config_starts_the_app_on_the_defaults_with_a_banner() {
    let (mut tui, _dir) = start("bad-config", "theme = \"light\"\n[keys]\nquit = \"u\"\n");
    tui.wait_for("the banner", |s| {
        has(
            s,
            "config.toml:3: keys.quit: u is already the key of \"undo\"",
        ) && has(s, "Welcome to mentor.")
    });
    // The defaults: `q` quits.
    tui.quit();
}

#[test]
fn a_good_config_puts_its_keys_and_mouse_setting_in_force() {
    let (mut tui, _dir) = start("good-config", "mouse = false\n[keys]\nquit = \"Q\"\n");
    tui.wait_for("the footer with the new key", |s| {
        has(s, "Welcome to mentor.") && has(s, "Q quit")
    });
    assert!(
        tui.with_term(|t| !t.raw.windows(8).any(|w| w == b"\x1b[?1000h")),
        "mouse reporting was asked for although the config says mouse = false"
    );
    tui.send("Q");
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
}
