//! The mouse in a real terminal: SGR mouse sequences (as xterm, tmux or any modern terminal sends
//! them once the app asks for mouse reporting) click a row and turn the wheel; mouse reporting is
//! off again once the app ends, and never asked for with `--no-mouse` or `MENTOR_NO_MOUSE`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common::NOW;
use crate::pty_harness::{HIDE_CURSOR, Launch, Tui, dump, has, rfind, row_text, tail};

/// What the app writes to ask for clicks and the wheel (1000), in SGR coordinates (1006).
const CLICKS_ON: &[u8] = b"\x1b[?1000h";
const SGR_ON: &[u8] = b"\x1b[?1006h";
/// Every mouse mode a terminal has, turned off on the way out.
const MOUSE_OFF: [&[u8]; 4] = [
    b"\x1b[?1000l",
    b"\x1b[?1002l",
    b"\x1b[?1003l",
    b"\x1b[?1006l",
];

/// `mentor --demo` at 100x30 on a fixed day, with `extra` arguments and environment.
fn start(
    name: &'static str,
    args: &[&str],
    env: &[(&'static str, &str)],
) -> (Tui, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("mentor.json");
    let mut all = vec![
        "--store".to_string(),
        store.display().to_string(),
        "--demo".into(),
    ];
    all.extend(args.iter().map(|a| a.to_string()));
    let mut launch = Launch::new(name, &all);
    launch.cwd = Some(dir.path().to_path_buf());
    launch.env.push(("MENTOR_NOW", NOW.into()));
    launch
        .env
        .extend(env.iter().map(|(k, v)| (*k, (*v).into())));
    let tui = Tui::start(launch);
    tui.wait_until("the demo's first frame", |t| {
        t.count(HIDE_CURSOR) >= 1 && has(t.screen(), "Mentees (") && has(t.screen(), " q quit")
    });
    (tui, dir)
}

/// The screen row (0-based) of the mentee list's top border.
fn mentee_border(screen: &vt100::Screen) -> u16 {
    (0..screen.size().0.get())
        .find(|&r| row_text(screen, r).starts_with("┌ Mentees ("))
        .unwrap_or_else(|| panic!("no mentee list:\n{}", dump(screen)))
}

/// True when the mentee list's row `n` (0-based, below its top border at `border`) is selected.
fn selected(screen: &vt100::Screen, border: u16, n: u16) -> bool {
    screen
        .cell(border + 1 + n, 1)
        .is_some_and(|c| c.contents() == "▸")
}

/// A left click at the 0-based cell `(col, row)`: press and release, 1-based in SGR.
fn click(col: u16, row: u16) -> String {
    let (x, y) = (col + 1, row + 1);
    format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m")
}

/// One notch of the wheel (`up` or down) at the 0-based cell `(col, row)`.
fn wheel(up: bool, col: u16, row: u16) -> String {
    format!(
        "\x1b[<{};{};{}M",
        if up { 64 } else { 65 },
        col + 1,
        row + 1
    )
}

#[test]
fn a_click_selects_a_row_and_the_wheel_moves_the_list() {
    let (mut tui, _dir) = start("mouse", &[], &[]);
    tui.with_term(|t| {
        assert!(
            rfind(&t.raw, CLICKS_ON).is_some() && rfind(&t.raw, SGR_ON).is_some(),
            "mouse reporting was never asked for: {}",
            tail(&t.raw, 600)
        );
    });
    let border = tui.with_screen(mentee_border);
    assert!(tui.with_screen(|s| selected(s, border, 0)));

    // A click on the third mentee.
    tui.send(&click(6, border + 3));
    tui.wait_for("the third mentee selected by a click", |s| {
        selected(s, border, 2) && !selected(s, border, 0)
    });
    // The wheel down over the list: three rows further; up: back.
    tui.send(&wheel(false, 6, border + 2));
    tui.wait_for("the wheel to move the selection down", |s| {
        selected(s, border, 2 + 3)
    });
    tui.send(&wheel(true, 6, border + 2));
    tui.wait_for("the wheel to move the selection up", |s| {
        selected(s, border, 2)
    });

    tui.quit();
    tui.with_term(|t| {
        let last_frame = rfind(&t.raw, HIDE_CURSOR).expect("a frame was drawn");
        for off in MOUSE_OFF {
            let at = rfind(&t.raw, off).unwrap_or_else(|| {
                panic!(
                    "{} never written on the way out: {}",
                    off.escape_ascii(),
                    tail(&t.raw, 600)
                )
            });
            assert!(
                at > last_frame,
                "{} comes before the last frame",
                off.escape_ascii()
            );
        }
    });
}

#[test]
fn no_mouse_leaves_the_mouse_to_the_terminal() {
    for (name, args, env) in [
        ("no-mouse flag", &["--no-mouse"][..], &[][..]),
        ("no-mouse env", &[][..], &[("MENTOR_NO_MOUSE", "1")][..]),
    ] {
        let (mut tui, _dir) = start("no-mouse", args, env);
        let border = tui.with_screen(mentee_border);
        // (A terminal sends no mouse sequences when not asked to, so there is no click to send.)
        tui.send("j");
        tui.wait_for("j to move the selection", |s| selected(s, border, 1));
        tui.quit();
        tui.with_term(|t| {
            assert!(
                rfind(&t.raw, CLICKS_ON).is_none(),
                "{name}: mouse reporting asked for: {}",
                tail(&t.raw, 600)
            );
        });
    }
}
