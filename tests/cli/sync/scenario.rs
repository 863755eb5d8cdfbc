//! Two machines edit one workspace at once and sync A, B, A.

use super::Net;
use serde_json::Value;

/// A workspace on machine A, set up for sync and pushed; machine B a clone that synced once.
fn two_machines() -> Net {
    let net = Net::new();
    net.ok("a", &["mentee", "add", "Alice Moreau", "--kind", "career"]);
    net.ok("a", &["mentee", "add", "Bilal Haddad", "--kind", "career"]);
    for title in ["Lead a design review", "Give a talk", "Write a blog post"] {
        net.ok("a", &["goal", "add", "--mentee", "alice", title]);
    }
    net.ok("a", &["sync", "init", "--remote", &net.remote()]);
    let first = net.ok("a", &["sync"]);
    assert!(first.contains("Pushed to origin."), "{first}");
    net.clone("b");
    let fresh = net.ok("b", &["sync"]);
    assert!(fresh.contains("Nothing new to commit here."), "{fresh}");
    // A fresh clone has no merge driver configured (git never copies configuration): the
    // first sync put it there.
    let driver = net.git_ok(
        &net.machine("b"),
        &["config", "--local", "merge.mentor.driver"],
    );
    assert!(driver.trim().ends_with(" merge %O %A %B"), "{driver}");
    // git checked the store out by the umask; the sync made it private again.
    assert_eq!(crate::common::mode(&net.store("b")), 0o600);
    assert_eq!(crate::common::mode(&net.machine("b")), 0o700);
    net
}

fn conflicts(net: &Net, m: &str) -> Vec<Value> {
    net.json(m, &["conflicts", "--json"])
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn two_machines_converge_and_both_list_the_conflict() {
    let net = two_machines();
    let review = net.goal("a", "Lead a design review");
    let talk = net.goal("a", "Give a talk");
    let blog = net.goal("a", "Write a blog post");

    // Machine A: an add, one field of the review, the talk's title, the blog post removed.
    net.ok(
        "a",
        &["goal", "add", "--mentee", "alice", "Mentor a junior"],
    );
    net.ok(
        "a",
        &[
            "goal",
            "edit",
            &review,
            "--title",
            "Lead two design reviews",
        ],
    );
    net.ok(
        "a",
        &["goal", "edit", &talk, "--title", "Give a talk at a meetup"],
    );
    net.ok("a", &["goal", "remove", &blog, "--yes"]);
    // Machine B, meanwhile: another add, another field of the review, the talk's title
    // otherwise, and an edit of the blog post A removed.
    net.ok(
        "b",
        &["goal", "add", "--mentee", "bilal", "Ship the command line"],
    );
    net.ok("b", &["goal", "edit", &review, "--due", "2027-03-01"]);
    net.ok(
        "b",
        &["goal", "edit", &talk, "--title", "Give a lightning talk"],
    );
    net.ok("b", &["goal", "edit", &blog, "--due", "2027-02-01"]);

    let a = net.ok("a", &["sync"]);
    assert!(a.contains("Committed: Alice Moreau: 4 goals"), "{a}");
    let b = net.ok("b", &["sync"]);
    assert!(b.contains("From origin: "), "{b}");
    assert!(
        b.contains("2 conflicts open: see `mentor conflicts`."),
        "{b}"
    );
    let a = net.ok("a", &["sync"]);
    assert!(a.contains("2 conflicts open"), "{a}");

    assert_eq!(net.doc("a"), net.doc("b"), "the two stores differ");
    for m in ["a", "b"] {
        assert_eq!(crate::common::mode(&net.store(m)), 0o600, "{m}");
    }
    assert_eq!(
        net.goal_titles("a"),
        [
            "Give a lightning talk",
            "Lead two design reviews",
            "Mentor a junior",
            "Ship the command line",
            "Write a blog post",
        ]
    );
    let goals = net.json("a", &["goal", "list", "--json"]);
    let review_now = goals
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["id"] == review.as_str())
        .unwrap();
    assert_eq!(
        review_now["due"], "2027-03-01",
        "both fields of the review landed"
    );

    let listed = conflicts(&net, "a");
    assert_eq!(listed, conflicts(&net, "b"));
    assert_eq!(listed.len(), 2, "{listed:#?}");
    let field = listed.iter().find(|c| c["kind"] == "field").unwrap();
    assert_eq!(field["mentee"], "Alice Moreau");
    assert_eq!(field["record"], talk.as_str());
    assert_eq!(field["record_kind"], "goal");
    assert_eq!(field["field"], "title");
    assert_eq!(
        field["kept"], "Give a lightning talk",
        "B merged: B's value kept"
    );
    assert_eq!(field["other"], "Give a talk at a meetup");
    let removed = listed.iter().find(|c| c["kind"] == "removed").unwrap();
    assert_eq!(removed["record"], blog.as_str());
    assert_eq!(removed["other"], Value::Null);
    let text = net.ok("b", &["conflicts"]);
    let field_id = field["id"].as_str().unwrap();
    let removed_id = removed["id"].as_str().unwrap();
    for line in [
        format!("{field_id}  Alice Moreau · goal {talk} · title  (found on "),
        "  kept:      Give a lightning talk".to_string(),
        "  set aside: Give a talk at a meetup".to_string(),
        format!("{removed_id}  Alice Moreau · goal {blog}  (found on "),
        "  removed on one machine, changed on another: kept".to_string(),
    ] {
        assert!(
            text.lines().any(|l| l.starts_with(&line)),
            "{line:?} not in\n{text}"
        );
    }

    // Settled on A (the meetup title, and the removal taken), then synced A, B.
    let said = net.ok(
        "a",
        &["conflicts", "resolve", &field_id[..6], "--take-other"],
    );
    assert!(
        said.contains("now has the value the merge set aside"),
        "{said}"
    );
    net.ok("a", &["conflicts", "resolve", removed_id, "--take-other"]);
    assert!(conflicts(&net, "a").is_empty());
    net.ok("a", &["sync"]);
    let b = net.ok("b", &["sync"]);
    assert!(!b.contains("open"), "{b}");
    assert!(conflicts(&net, "b").is_empty());
    assert_eq!(net.doc("a"), net.doc("b"));
    let titles = net.goal_titles("b");
    assert!(
        titles.contains(&"Give a talk at a meetup".to_string()),
        "{titles:?}"
    );
    assert!(
        !titles.contains(&"Write a blog post".to_string()),
        "{titles:?}"
    );
}

#[test]
fn keeping_a_value_settles_it_everywhere_and_prefixes_must_be_unique() {
    let net = two_machines();
    let talk = net.goal("a", "Give a talk");
    net.ok("a", &["goal", "edit", &talk, "--title", "Talk A"]);
    net.ok("b", &["goal", "edit", &talk, "--title", "Talk B"]);
    net.ok("a", &["sync"]);
    net.ok("b", &["sync"]);
    net.ok("a", &["sync"]);
    let id = conflicts(&net, "a")[0]["id"].as_str().unwrap().to_string();
    let (code, err) = net.fails("a", &["conflicts", "resolve", "x-none", "--keep"]);
    assert_eq!(code, 2);
    assert!(err.contains("no conflict matches \"x-none\""), "{err}");
    let (code, err) = net.fails("a", &["conflicts", "resolve", &id]);
    assert_eq!(code, 2, "{err}");
    net.ok("a", &["conflicts", "resolve", &id, "--keep"]);
    net.ok("a", &["sync"]);
    net.ok("b", &["sync"]);
    assert!(conflicts(&net, "b").is_empty());
    assert_eq!(net.doc("a"), net.doc("b"));
    assert!(net.goal_titles("b").contains(&"Talk B".to_string()));
}
