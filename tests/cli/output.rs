//! Where the command line's output goes wrong: a reader that went away (`mentor goal list |
//! head -1`) ends the command quietly with 0; any other failure to write (a full disk) is an I/O
//! error with its own exit code, 6, never "bad input" (2) and never silence.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use std::process::{Output, Stdio};

use crate::cli_env;
use cli_env::Env;

/// A store with a mentee, a goal and a session, so every list has rows to print.
fn filled() -> Env {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice Moreau", "--every", "2w"]);
    e.ok(&[
        "goal",
        "add",
        "--mentee",
        "alice",
        "Lead the design review",
        "--due",
        "2027-03-01",
    ]);
    e
}

/// Commands that print, as tables and as JSON; `goal list` writes through its own buffer.
const PRINTING: &[&[&str]] = &[
    &["goal", "list"],
    &["goal", "list", "--json"],
    &["mentee", "list"],
    &["mentee", "list", "--json"],
    &["where"],
    &["agenda"],
];

/// Runs `args` with stdout a pipe whose reading end is already closed: every write fails with
/// a broken pipe, however small the output.
fn with_closed_pipe(e: &Env, args: &[&str]) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    e.command(args)
        .stdout(Stdio::from(writer))
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

#[test]
fn a_closed_pipe_ends_the_command_quietly_with_0() {
    let e = filled();
    for args in PRINTING {
        let out = with_closed_pipe(&e, args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(
            out.stderr.is_empty(),
            "{args:?} complained: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn a_change_whose_message_cannot_be_read_is_still_made() {
    let e = filled();
    let out = with_closed_pipe(&e, &["mentee", "add", "Bob Stone"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(e.ok(&["mentee", "list"]).contains("Bob Stone"));
}

#[test]
fn output_that_cannot_be_written_is_an_io_error_with_exit_6() {
    let full = std::path::Path::new("/dev/full");
    if !full.exists() {
        return; // not Linux: no device that is always full
    }
    let e = filled();
    for args in PRINTING {
        let out = e
            .command(args)
            .stdout(std::fs::OpenOptions::new().write(true).open(full).unwrap())
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(6), "{args:?}: {said}");
        assert!(
            said.starts_with("mentor: cannot write") && said.trim_end().lines().count() == 1,
            "{args:?}: {said}"
        );
    }
}

#[test]
fn a_file_that_cannot_be_written_is_an_io_error_too() {
    let e = filled();
    let nowhere = e.path("no such folder").join("alice.ics");
    let out = e.cmd(&["export", "ics", "--output", nowhere.to_str().unwrap()]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(6), "{said}");
    assert!(said.contains("cannot write"), "{said}");
}
