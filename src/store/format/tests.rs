//! Parsing errors say where they are.

use super::*;

fn err(bytes: &[u8]) -> String {
    parse(bytes, Path::new("/m.json"), false)
        .unwrap_err()
        .to_string()
}

#[test]
fn a_top_level_array_is_not_a_store() {
    assert!(err(b"[1, 2, 3]").contains("the top level is not a JSON object"));
    let disguised = br#"["mentor", {"major": 1, "minor": 0}, "workspace", {}, 1, []]"#;
    assert!(err(disguised).contains("the top level is not a JSON object"));
}

#[test]
fn syntax_errors_say_where_in_the_document() {
    let mut bytes = br#"{"format":"mentor","version":{"major":2,"minor":0},"kind":"workspace","next_id":2,"mentees":[{"id":"m1","name":"Al"#.to_vec();
    bytes.extend_from_slice(b"\xff\xfe\"}]}");
    let e = err(&bytes);
    assert!(e.contains("mentees[0].name"), "{e}");
    assert!(e.starts_with("/m.json:1:"), "{e}");
}

/// A file large enough for the threaded pass, with one bad mentee far into it: the careful
/// pass still says exactly where.
#[test]
fn an_error_in_a_large_file_is_found_where_it_is() {
    let note = "n".repeat(400);
    let mut mentees: Vec<String> = (1..=2000)
        .map(|i| format!(r#"{{"id":"m{i}","name":"Mentee {i}","private_notes":"{note}"}}"#))
        .collect();
    mentees[1500] = r#"{"id":"m1501","name":["not", "a", "name"]}"#.to_string();
    let bytes = format!(
        r#"{{"format":"mentor","version":{{"major":2,"minor":0}},"kind":"workspace","next_id":2001,"mentees":[{}]}}"#,
        mentees.join(",\n")
    );
    assert!(bytes.len() > typed::PARALLEL_FROM_BYTES);
    let e = err(bytes.as_bytes());
    assert!(e.contains("mentees[1500].name"), "{e}");
    assert!(e.starts_with("/m.json:1501:"), "{e}");
}

#[test]
fn dangling_goal_reference_is_named_plainly() {
    let bytes = br#"{"format":"mentor","version":{"major":2,"minor":0},"kind":"workspace","next_id":3,
        "mentees":[{"id":"m1","name":"A","feedback":[{"id":"f2","date":"2026-01-01","kind":"strength","text":"x","goal":"g99"}]}]}"#;
    let e = err(bytes);
    assert!(
        e.contains("mentees[0].feedback[0].goal: goal \"g99\" is not a goal of this mentee"),
        "{e}"
    );
}

/// A 1.x file is read through the migration, and an error in it still says where in the file.
#[test]
fn an_error_in_a_file_to_migrate_is_found_where_it_is() {
    let text = "{\"format\":\"mentor\",\"version\":{\"major\":1,\"minor\":1},\"kind\":\"workspace\",\"next_id\":3,\n\"mentees\":[{\"id\":\"m1\",\n\"name\":\"A\",\"goals\":[{\"id\":\"g2\",\"title\":\"T\",\"created_on\":\"2026-13-01\"}]}]}";
    let e = err(text.as_bytes());
    assert!(e.starts_with("/m.json:3:"), "{e}");
    assert!(e.contains("mentees[0].goals[0].created_on"), "{e}");
}
