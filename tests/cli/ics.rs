//! The iCalendar export (`mentor export ics`), read back by an independent parser (the `ical`
//! crate, not the `icalendar` crate that writes it): one event per session at the right time in
//! UTC and for the right length, the mentee named, agenda and shared notes in the description,
//! cancelled sessions marked, stable UIDs, RFC 5545 text escaping, and no private text at all.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use chrono::{DateTime, Duration, Utc};
use std::collections::{BTreeMap, BTreeSet};
use std::io::BufReader;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::cli_env;
use cli_env::Env;

/// Written into every private field; must never reach the calendar file.
const CANARY: &str = "CANARY-7f3a";

/// Text with every character RFC 5545 makes a writer escape in a TEXT value.
const AWKWARD_AGENDA: &str = "Budget, scope; risks\\open questions\nSecond line";
const AWKWARD_NOTES: &str = "Agreed: ship v2, not v3; see C:\\plans\\v2\n\nAfter a blank line";

/// A practice with held, planned, moved and cancelled sessions, shared and private notes, and
/// the canary in every private place (mentee notes, session notes, private feedback).
fn practice() -> Env {
    let e = Env::new();
    let private = |what: &str| format!("{CANARY} {what}");
    e.ok(&[
        "mentee",
        "add",
        "Alice Moreau",
        "--every",
        "2w",
        "--minutes",
        "45",
        "--private-notes",
        &private("about Alice"),
    ]);
    e.ok(&[
        "mentee",
        "add",
        "Bob, Stone; Jr.",
        "--every",
        "1m",
        "--private-notes",
        &private("about Bob"),
    ]);
    // m1, m2; a held session s3 with an action item a4.
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-11-20 10:00",
        "--agenda",
        "Review prep",
        "--notes",
        "Walked through the RFC",
        "--private-notes",
        &private("seemed tired"),
        "--action",
        "Draft the agenda",
        "--due",
        "2026-12-04",
    ]);
    // A series sr5 of s6..s9 across the change to summer time; move s7, cancel s8.
    e.ok(&[
        "session",
        "plan",
        "--mentee",
        "alice",
        "--from",
        "2027-03-15",
        "--count",
        "4",
        "--agenda",
        "Progress check",
    ]);
    e.ok(&["session", "move", "s7", "--to", "2027-04-01 15:00"]);
    e.ok(&["session", "cancel", "s8"]);
    e.ok(&[
        "session",
        "held",
        "s6",
        "--notes",
        "Good progress",
        "--private-notes",
        &private("worried about the reorg"),
        "--yes",
    ]);
    // Bob: one long session with awkward text, one bare one (no agenda, no notes, no length).
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "bob",
        "--at",
        "2026-12-01 18:30",
        "--minutes",
        "90",
        "--agenda",
        AWKWARD_AGENDA,
        "--notes",
        AWKWARD_NOTES,
        "--private-notes",
        &private("bob's session"),
    ]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "bob",
        "--at",
        "2026-12-08 09:00",
    ]);
    e.ok(&[
        "feedback",
        "add",
        "--mentee",
        "alice",
        "--kind",
        "improvement",
        &private("feedback"),
        "--private",
    ]);
    let store = std::fs::read_to_string(&e.store).unwrap();
    assert_eq!(
        store.matches(CANARY).count(),
        6,
        "the canary is in the store"
    );
    e
}

// ---------------------------------------------------------------------------------------------
// Reading the file back
// ---------------------------------------------------------------------------------------------

/// RFC 5545 section 3.3.11: the inverse of TEXT escaping.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(c @ ('\\' | ';' | ',')) => out.push(c),
            other => panic!("invalid escape \\{other:?} in {value:?}"),
        }
    }
    out
}

/// One VEVENT: its properties by name (each must occur once), values as written.
#[derive(Debug)]
struct Event(BTreeMap<String, String>);

impl Event {
    fn raw(&self, name: &str) -> &str {
        self.0
            .get(name)
            .map(String::as_str)
            .unwrap_or_else(|| panic!("no {name} in {self:?}"))
    }

    fn text(&self, name: &str) -> Option<String> {
        self.0.get(name).map(|v| unescape(v))
    }
}

/// Parses a calendar with the `ical` crate; returns its events by UID and the calendar's own
/// properties.
fn parse(bytes: &[u8]) -> (BTreeMap<String, Event>, BTreeMap<String, String>) {
    let mut calendars = ical::IcalParser::new(BufReader::new(bytes));
    let calendar = calendars
        .next()
        .expect("one calendar")
        .unwrap_or_else(|e| panic!("the file does not parse: {e}"));
    assert!(calendars.next().is_none(), "more than one VCALENDAR");
    let own = calendar
        .properties
        .iter()
        .map(|p| (p.name.clone(), p.value.clone().unwrap_or_default()))
        .collect();
    let mut events = BTreeMap::new();
    for e in &calendar.events {
        let mut props = BTreeMap::new();
        for p in &e.properties {
            let old = props.insert(p.name.clone(), p.value.clone().unwrap_or_default());
            assert!(old.is_none(), "{} twice in one event", p.name);
        }
        let event = Event(props);
        let uid = event.raw("UID").to_string();
        assert!(
            events.insert(uid.clone(), event).is_none(),
            "UID {uid} used twice"
        );
    }
    (events, own)
}

/// The store's random token, part of every UID (made by the first export).
fn token(e: &Env) -> String {
    e.doc()["store_token"]
        .as_str()
        .expect("the store has a token after an export")
        .to_string()
}

/// The UID of session `sm` ("s10.m2": session and mentee) in the store of `e`.
fn key(e: &Env, sm: &str) -> String {
    format!("{sm}.{}@mentor", token(e))
}

/// `YYYYMMDDTHHMMSSZ`.
fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// The UID of each session, by session ID (the UID starts with the session's ID).
fn uids(events: &BTreeMap<String, Event>) -> BTreeMap<String, String> {
    events
        .keys()
        .map(|uid| {
            let session = uid.split('.').next().unwrap().to_string();
            (session, uid.clone())
        })
        .collect()
}

/// Checks every event against the sessions in the store, as `session list --json` shows them.
fn check_events(e: &Env, events: &BTreeMap<String, Event>, mentee: Option<&str>) {
    let mentees = e.json(&["mentee", "list", "--json"]);
    let mut list = vec!["session", "list", "--json"];
    if let Some(m) = mentee {
        list.extend(["--mentee", m]);
    }
    let sessions = e.json(&list);
    let sessions = sessions.as_array().unwrap();
    assert_eq!(events.len(), sessions.len(), "one event per session");
    let by_session = uids(events);
    for s in sessions {
        let id = s["id"].as_str().unwrap();
        let uid = by_session
            .get(id)
            .unwrap_or_else(|| panic!("no event for session {id}"));
        let ev = &events[uid];
        let owner = mentees
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == s["mentee"])
            .unwrap();
        let name = owner["name"].as_str().unwrap();
        let at = DateTime::parse_from_rfc3339(s["at"].as_str().unwrap())
            .unwrap()
            .with_timezone(&Utc);
        let minutes = s["minutes"]
            .as_i64()
            .or_else(|| owner["agreement"]["session_minutes"].as_i64())
            .unwrap_or(60);
        assert_eq!(ev.raw("DTSTART"), utc(at), "{id}");
        assert_eq!(
            ev.raw("DTEND"),
            utc(at + Duration::minutes(minutes)),
            "{id}"
        );
        assert_eq!(
            ev.text("SUMMARY").unwrap(),
            format!("Mentoring: {name}"),
            "{id}"
        );
        assert_eq!(ev.raw("DTSTAMP"), "20261129T080000Z", "{id}: now, in UTC");
        let status = if s["status"] == "cancelled" {
            "CANCELLED"
        } else {
            "CONFIRMED"
        };
        assert_eq!(ev.raw("STATUS"), status, "{id}");
        let mut description = Vec::new();
        for (label, key) in [("Agenda", "agenda"), ("Notes", "shared_notes")] {
            let text = s[key].as_str().unwrap().trim();
            if !text.is_empty() {
                description.push(format!("{label}: {text}"));
            }
        }
        if description.is_empty() {
            assert_eq!(ev.text("DESCRIPTION"), None, "{id}");
        } else {
            assert_eq!(
                ev.text("DESCRIPTION").unwrap(),
                description.join("\n"),
                "{id}"
            );
        }
        assert!(
            uid.ends_with(&format!(
                ".{}.{}@mentor",
                owner["id"].as_str().unwrap(),
                token(e)
            )),
            "{uid}"
        );
    }
}

fn assert_no_canary(bytes: &[u8], what: &str) {
    let text = String::from_utf8(bytes.to_vec()).expect("UTF-8");
    assert!(
        !text.contains(CANARY),
        "{what}: private text leaked:\n{text}"
    );
    // Also after unfolding and unescaping, in case a fold or an escape splits it.
    let (events, own) = parse(bytes);
    for value in own
        .values()
        .chain(events.values().flat_map(|e| e.0.values()))
    {
        assert!(
            !unescape(value).contains(CANARY) && !value.contains("CANARY"),
            "{what}: {value}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[test]
fn every_session_is_one_event_at_its_time_with_shared_text_only() {
    let e = practice();
    let bytes = e.ok(&["export", "ics"]).into_bytes();
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "CRLF line ends");
    let (events, calendar) = parse(&bytes);
    assert_eq!(calendar["VERSION"], "2.0");
    assert!(calendar.contains_key("PRODID"));
    assert_eq!(events.len(), 7, "{:?}", events.keys());
    check_events(&e, &events, None);
    assert_no_canary(&bytes, "stdout");

    // The cases named one by one, so a mistake shared by the code and `check_events` shows.
    let ev = |session: &str| &events[&uids(&events)[session]];
    // Held, 45 minutes from the agreement, winter time (UTC+1).
    assert_eq!(ev("s3").raw("DTSTART"), "20261120T090000Z");
    assert_eq!(ev("s3").raw("DTEND"), "20261120T094500Z");
    assert_eq!(ev("s3").raw("UID"), key(&e, "s3.m1"));
    assert_eq!(
        ev("s3").text("DESCRIPTION").unwrap(),
        "Agenda: Review prep\nNotes: Walked through the RFC"
    );
    // The series: 10:00 in Paris is 09:00 UTC in winter and 08:00 UTC in summer.
    assert_eq!(ev("s6").raw("DTSTART"), "20270315T090000Z");
    assert_eq!(
        ev("s6").text("DESCRIPTION").unwrap(),
        "Agenda: Progress check\nNotes: Good progress"
    );
    assert_eq!(ev("s7").raw("DTSTART"), "20270401T130000Z", "moved");
    assert_eq!(ev("s7").raw("STATUS"), "CONFIRMED");
    assert_eq!(ev("s8").raw("DTSTART"), "20270412T080000Z");
    assert_eq!(ev("s8").raw("STATUS"), "CANCELLED");
    assert_eq!(ev("s9").raw("DTSTART"), "20270426T080000Z");
    // Bob: his own length, and his name with a comma and a semicolon.
    assert_eq!(ev("s10").raw("DTEND"), "20261201T190000Z");
    assert_eq!(
        ev("s10").text("SUMMARY").unwrap(),
        "Mentoring: Bob, Stone; Jr."
    );
    assert_eq!(ev("s10").raw("SUMMARY"), "Mentoring: Bob\\, Stone\\; Jr.");
    // A bare session: an hour, and no description.
    assert_eq!(ev("s11").raw("DTSTART"), "20261208T080000Z");
    assert_eq!(ev("s11").raw("DTEND"), "20261208T090000Z");
    assert_eq!(ev("s11").text("DESCRIPTION"), None);
}

#[test]
fn commas_semicolons_newlines_and_backslashes_round_trip() {
    let e = practice();
    let bytes = e.ok(&["export", "ics", "--mentee", "bob"]).into_bytes();
    let (events, _) = parse(&bytes);
    let ev = &events[&key(&e, "s10.m2")];
    assert_eq!(
        ev.text("DESCRIPTION").unwrap(),
        format!("Agenda: {AWKWARD_AGENDA}\nNotes: {AWKWARD_NOTES}")
    );
    // As written: every special character escaped, no raw line break inside the value.
    let raw = ev.raw("DESCRIPTION");
    assert!(raw.contains("Budget\\, scope\\; risks\\\\open questions\\nSecond line"));
    assert!(raw.contains("C:\\\\plans\\\\v2\\n\\nAfter a blank line"));

    // Long text is folded at 75 octets without splitting a character, and unfolds whole.
    let long = format!("{}{}", "é".repeat(80), "😀,;".repeat(20));
    e.ok(&["session", "held", "s11", "--notes", &long, "--yes"]);
    let bytes = e.ok(&["export", "ics", "--mentee", "bob"]).into_bytes();
    for line in bytes.split(|b| *b == b'\n') {
        assert!(line.len() <= 76, "a line over 75 octets plus CR: {line:?}");
    }
    let (events, _) = parse(&bytes);
    assert_eq!(
        events[&key(&e, "s11.m2")].text("DESCRIPTION").unwrap(),
        format!("Notes: {long}")
    );
}

#[test]
fn uids_stay_the_same_across_exports_and_edits() {
    let e = practice();
    let first = e.ok(&["export", "ics"]);
    let second = e.ok(&["export", "ics"]);
    assert_eq!(first, second, "the same store exports the same bytes");
    let (before, _) = parse(first.as_bytes());
    let before_uids = uids(&before);
    assert_eq!(
        before_uids.values().collect::<BTreeSet<_>>().len(),
        7,
        "every UID is different"
    );

    // Change notes, move one, cancel one: every session keeps its UID.
    e.ok(&[
        "session",
        "held",
        "s9",
        "--notes",
        "Wrapped up the series",
        "--yes",
    ]);
    e.ok(&["session", "move", "s11", "--to", "2026-12-09 17:00"]);
    e.ok(&["session", "cancel", "s10"]);
    let third = e.ok(&["export", "ics"]);
    let (after, _) = parse(third.as_bytes());
    assert_eq!(uids(&after), before_uids);
    check_events(&e, &after, None);
    assert_eq!(
        after[&key(&e, "s9.m1")].text("DESCRIPTION").unwrap(),
        "Agenda: Progress check\nNotes: Wrapped up the series"
    );
    assert_eq!(after[&key(&e, "s11.m2")].raw("DTSTART"), "20261209T160000Z");
    assert_eq!(after[&key(&e, "s10.m2")].raw("STATUS"), "CANCELLED");

    // A new session adds a UID and changes none.
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2027-05-03 10:00",
    ]);
    let (more, _) = parse(e.ok(&["export", "ics"]).as_bytes());
    let more_uids = uids(&more);
    assert_eq!(more_uids.len(), 8);
    for (session, uid) in &before_uids {
        assert_eq!(&more_uids[session], uid);
    }
}

#[test]
fn mentee_option_limits_the_export_to_one_mentee() {
    let e = practice();
    for (query, id, name, count) in [
        ("alice", "m1", "Alice Moreau", 5),
        ("m2", "m2", "Bob, Stone; Jr.", 2),
    ] {
        let bytes = e.ok(&["export", "ics", "--mentee", query]).into_bytes();
        let (events, _) = parse(&bytes);
        assert_eq!(events.len(), count, "{query}");
        for (uid, ev) in &events {
            assert!(
                uid.ends_with(&format!(".{id}.{}@mentor", token(&e))),
                "{query}: {uid}"
            );
            assert_eq!(ev.text("SUMMARY").unwrap(), format!("Mentoring: {name}"));
        }
        check_events(&e, &events, Some(id));
        assert_no_canary(&bytes, query);
    }
    let out = e.cmd(&["export", "ics", "--mentee", "zed"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no mentee matches \"zed\""));
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn output_file_is_private_and_never_replaced_without_force() {
    let e = practice();
    let file = e.path("mentoring.ics");
    let out = e.cmd(&["export", "ics", "-o", file.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "the calendar goes to the file only");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!("mentor: wrote 7 sessions to {}\n", file.display())
    );
    let written = std::fs::read(&file).unwrap();
    assert_eq!(written, e.ok(&["export", "ics"]).into_bytes());
    assert_eq!(mode(&file), 0o600);
    let (events, _) = parse(&written);
    check_events(&e, &events, None);
    assert_no_canary(&written, "the -o file");

    // Again without --force: refused, one line, the file as it was.
    e.ok(&["session", "held", "s9", "--notes", "Changed", "--yes"]);
    let out = e.cmd(&["export", "ics", "--output", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err,
        format!(
            "mentor: {} already exists; use --force to replace it\n",
            file.display()
        )
    );
    assert_eq!(std::fs::read(&file).unwrap(), written);

    // With --force: replaced, still 0600, with the change.
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    e.ok(&[
        "export",
        "ics",
        "-o",
        file.to_str().unwrap(),
        "--force",
        "--mentee",
        "alice",
    ]);
    assert_eq!(mode(&file), 0o600);
    let replaced = std::fs::read(&file).unwrap();
    let (events, _) = parse(&replaced);
    assert_eq!(events.len(), 5);
    assert_eq!(
        events[&key(&e, "s9.m1")].text("DESCRIPTION").unwrap(),
        "Agenda: Progress check\nNotes: Changed"
    );
    // Nothing else was left in the directory (no temporary file).
    assert_eq!(
        crate::common::names(e.dir.path()),
        ["data", "mentoring.ics"]
    );

    // --force needs -o.
    let out = e.cmd(&["export", "ics", "--force"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

/// The profile's session length applies "where an agreement names none" (as the capacity gauge
/// counts planned hours): a session with no length of its own, under an agreement without one,
/// is exported with the profile's 30 minutes, not the 60-minute last resort.
#[test]
fn length_falls_back_to_the_profile_default() {
    let e = Env::new();
    e.ok(&["profile", "--session-minutes", "30"]);
    e.ok(&["mentee", "add", "Alice Moreau", "--every", "2w"]);
    e.ok(&[
        "session",
        "add",
        "--mentee",
        "alice",
        "--at",
        "2026-12-01 10:00",
    ]);
    let (events, _) = parse(e.ok(&["export", "ics"]).as_bytes());
    let ev = &events[&key(&e, "s2.m1")];
    assert_eq!(ev.raw("DTSTART"), "20261201T090000Z");
    assert_eq!(ev.raw("DTEND"), "20261201T093000Z");
}

#[test]
fn an_empty_store_exports_an_empty_calendar() {
    let e = Env::new();
    let bytes = e.ok(&["export", "ics"]).into_bytes();
    let (events, calendar) = parse(&bytes);
    assert!(events.is_empty());
    assert_eq!(calendar["VERSION"], "2.0");
    assert!(!e.store.exists(), "exporting creates no store");
}

/// PRODID names mentor and its version (not the library that writes the file).
#[test]
fn prodid_names_mentor() {
    let e = practice();
    let (_, calendar) = parse(e.ok(&["export", "ics"]).as_bytes());
    assert_eq!(
        calendar["PRODID"],
        format!("-//mentor//mentor {}//EN", env!("CARGO_PKG_VERSION"))
    );
}

/// Two stores with the same records never share a UID: each has its own random token, made on
/// the first export, kept in the file and reused; a file from before tokens existed loads and
/// gets one.
#[test]
fn uids_differ_between_stores_and_the_token_is_kept() {
    let (a, b) = (practice(), practice());
    let before = a.bytes();
    assert!(
        a.doc().get("store_token").is_none(),
        "none before the first export"
    );
    let (first, _) = parse(a.ok(&["export", "ics"]).as_bytes());
    let (other, _) = parse(b.ok(&["export", "ics"]).as_bytes());
    assert_eq!(first.len(), other.len());
    assert!(
        first.keys().all(|uid| !other.contains_key(uid)),
        "{:?}\n{:?}",
        first.keys(),
        other.keys()
    );
    assert_ne!(token(&a), token(&b));
    assert!(
        token(&a).chars().all(|c| c.is_ascii_alphanumeric()),
        "{}",
        token(&a)
    );
    // Only the token was added to the file.
    let mut doc: serde_json::Value = serde_json::from_slice(&before).unwrap();
    doc["store_token"] = a.doc()["store_token"].clone();
    assert_eq!(a.doc(), doc);
    // Kept: the next export (and any edit) uses the same one.
    let kept = token(&a);
    a.ok(&["mentee", "edit", "alice", "--aspirations", "More"]);
    assert_eq!(token(&a), kept);
    let (again, _) = parse(a.ok(&["export", "ics"]).as_bytes());
    assert_eq!(
        again.keys().collect::<Vec<_>>(),
        first.keys().collect::<Vec<_>>()
    );
}

/// A store file whose token is not one (hand-edited) is refused by the loader, as every invalid
/// field is, rather than written into UIDs.
#[test]
fn a_bad_token_is_refused() {
    let e = practice();
    let mut doc = e.doc();
    doc["store_token"] = serde_json::json!("bad token\r\nX-INJECTED:1");
    std::fs::write(&e.store, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
    let err = e.fails(&["export", "ics"]);
    assert!(err.contains("store_token"), "{err}");
}

/// Cancelled sessions and the planned sessions of a concluded mentee are exported as cancelled
/// (so a calendar that imported them before takes them off); held ones stay confirmed.
#[test]
fn a_concluded_mentees_planned_sessions_are_cancelled_in_the_calendar() {
    let e = practice();
    e.ok(&[
        "mentee",
        "edit",
        "alice",
        "--status",
        "concluded",
        "--keep-planned",
    ]);
    let (events, _) = parse(e.ok(&["export", "ics"]).as_bytes());
    let sessions = e.json(&["session", "list", "--mentee", "alice", "--json"]);
    let by_session = uids(&events);
    for s in sessions.as_array().unwrap() {
        let id = s["id"].as_str().unwrap();
        let want = if s["status"] == "held" {
            "CONFIRMED"
        } else {
            "CANCELLED"
        };
        assert_eq!(
            events[&by_session[id]].raw("STATUS"),
            want,
            "{id} {}",
            s["status"]
        );
    }
    // Bob's are untouched.
    assert_eq!(events[&key(&e, "s11.m2")].raw("STATUS"), "CONFIRMED");
}

/// Every physical line is at most 75 octets (its leading space included), never cut inside a
/// UTF-8 sequence, and unfolding gives the text back: long notes in Chinese, Arabic and emoji
/// (with joiners and skin tones).
#[test]
fn long_lines_in_every_script_fold_at_75_octets() {
    let e = practice();
    let notes = [
        "會議記錄：下一步是準備設計評審，並邀請兩個團隊參加。".repeat(6),
        "ملاحظات الجلسة: الخطوة التالية هي التحضير لمراجعة التصميم. ".repeat(5),
        "👩‍💻 shipped 🧑🏽‍🚀 next ✅🎉 ".repeat(12),
        format!("{}{}", "a".repeat(74), "é".repeat(40)),
    ];
    for (i, note) in notes.iter().enumerate() {
        e.ok(&["session", "held", "s11", "--notes", note, "--yes"]);
        let bytes = e.ok(&["export", "ics", "--mentee", "bob"]).into_bytes();
        assert!(bytes.ends_with(b"\r\n"));
        // Cut only between characters: the file as a whole and every line are UTF-8.
        let text = String::from_utf8(bytes.clone()).expect("UTF-8");
        for line in text.split_terminator("\r\n") {
            assert!(
                !line.contains('\n') && !line.contains('\r'),
                "{i}: a bare line break"
            );
            assert!(line.len() <= 75, "{i}: {} octets: {line:?}", line.len());
        }
        let (events, _) = parse(&bytes);
        let shown = events[&key(&e, "s11.m2")].text("DESCRIPTION").unwrap();
        assert!(shown.ends_with(note.trim()), "{i}: {shown}");
    }
}
