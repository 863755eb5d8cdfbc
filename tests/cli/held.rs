//! A command that changes the store while another process holds the write lock (another
//! command, or the app in the middle of a save): it names the holder and waits, and goes
//! through as soon as the holder lets go.

use crate::cli_env::Env;
use mentor::store::{OpenOptions, Store};
use std::io::{BufRead, BufReader};
use std::process::Stdio;

#[test]
fn a_command_names_the_holder_while_it_waits_and_succeeds_once_the_store_is_free() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    let (held, _) = Store::open(&e.store, &OpenOptions::default()).unwrap();
    let mut child = e
        .command(&["goal", "add", "--mentee", "alice", "Written while held"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut notice = String::new();
    stderr.read_line(&mut notice).unwrap();
    let pid = std::process::id().to_string();
    assert!(
        notice.contains("another mentor (process ") && notice.contains(&pid),
        "{notice}"
    );
    assert!(notice.contains("waiting up to 10 s"), "{notice}");
    drop(held);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let goals = &e.doc()["mentees"][0]["goals"];
    assert_eq!(goals[0]["title"], "Written while held");
}
