//! The command line's own output and errors in Dutch (`--lang nl`, or a Dutch locale): tables
//! with their headers, what a command did, refusals, plural counts, `where`, usage errors.
//! (The English of the same commands is pinned by the other files here, unchanged.)

use crate::cli_env::Env;

/// Runs `args` with `--lang nl`; must succeed; returns stdout.
fn nl(e: &Env, args: &[&str]) -> String {
    let mut all = vec!["--lang", "nl"];
    all.extend_from_slice(args);
    e.ok(&all)
}

/// Runs `args` with `--lang nl`; must fail; returns the exit code and stderr.
fn nl_fails(e: &Env, args: &[&str]) -> (Option<i32>, String) {
    let mut all = vec!["--lang", "nl"];
    all.extend_from_slice(args);
    let code = e.cmd(&all).status.code();
    (code, e.fails(&all))
}

#[test]
fn adding_and_listing_goals_speaks_dutch_with_dutch_headers_and_plurals() {
    let e = Env::new();
    assert_eq!(
        nl(&e, &["mentee", "add", "Alice Moreau", "--every", "2w"]),
        "Mentee Alice Moreau (m1) toegevoegd.\n"
    );
    let added = nl(
        &e,
        &[
            "goal",
            "add",
            "--mentee",
            "alice",
            "Lead a review",
            "--due",
            "eind van de maand",
        ],
    );
    assert!(
        added.starts_with("Doel g2 \"Lead a review\" toegevoegd  SMART: "),
        "{added}"
    );
    let list = nl(&e, &["goal", "list"]);
    let header = list.lines().next().unwrap();
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        [
            "ID",
            "MENTEE",
            "DOEL",
            "STATUS",
            "UITERLIJK",
            "SMART",
            "KLAAR"
        ],
        "{list}"
    );
    assert!(
        list.lines()
            .nth(1)
            .unwrap()
            .starts_with("g2  Alice Moreau  Lead a review")
    );
    // One goal, then two: the count's plural follows Dutch.
    assert!(nl(&e, &["goal", "check"]).ends_with("0 van 1 doel is SMART.\n"));
    nl(&e, &["goal", "add", "--mentee", "alice", "Write an RFC"]);
    assert!(nl(&e, &["goal", "check"]).ends_with("0 van 2 doelen zijn SMART.\n"));
    assert_eq!(
        nl(&e, &["goal", "done", "g2"]),
        "Doel g2 \"Lead a review\" bereikt.\n"
    );
    // The same list in English is as it always was.
    assert!(
        e.ok(&["goal", "list"])
            .starts_with("ID  MENTEE        GOAL")
    );
}

#[test]
fn a_session_with_actions_and_the_lists_of_sessions_and_actions_speak_dutch() {
    let e = Env::new();
    nl(&e, &["mentee", "add", "Bob"]);
    let out = nl(
        &e,
        &[
            "session",
            "add",
            "--mentee",
            "bob",
            "--at",
            "morgen 10:00",
            "--action",
            "Agenda maken",
            "--due",
            "vrijdag",
            "--action",
            "Intro Dana",
            "--owner",
            "mentor",
        ],
    );
    assert_eq!(
        out,
        "Geplande sessie s2 met Bob op 2026-11-30 10:00 toegevoegd.\n  \
         actiepunt a3 voor de mentee, uiterlijk 2026-12-04: Agenda maken\n  \
         actiepunt a4 voor de mentor: Intro Dana\n",
    );
    let sessions = nl(&e, &["session", "list"]);
    assert!(
        sessions.starts_with("ID  WANNEER           MENTEE  STATUS   OPEN  AGENDA / NOTITIES\n"),
        "{sessions}"
    );
    let actions = nl(&e, &["action", "list"]);
    assert!(
        actions.starts_with("ID  MENTEE  WIE     UITERLIJK   KLAAR  ACTIEPUNT\n"),
        "{actions}"
    );
    assert_eq!(
        nl(&e, &["action", "done", "a3"]),
        "Actiepunt a3 klaar: Agenda maken\n"
    );
}

#[test]
fn empty_lists_say_so_in_dutch() {
    let e = Env::new();
    assert_eq!(
        nl(&e, &["mentee", "list"]),
        "Nog geen mentees. Voeg er een toe: mentor mentee add \"NAAM\" --every 2w\n"
    );
    assert_eq!(nl(&e, &["action", "list"]), "Geen actiepunten.\n");
}

#[test]
fn refusals_are_dutch_and_exit_with_the_usual_codes() {
    let e = Env::new();
    nl(&e, &["mentee", "add", "Alice"]);
    nl(&e, &["goal", "add", "--mentee", "alice", "Lead"]);
    let (code, err) = nl_fails(&e, &["goal", "remove", "g2"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        "mentor: dit zou doel g2 \"Lead\" van Alice met 0 mijlpalen verwijderen; voeg --yes \
         toe om te bevestigen (er blijft hoe dan ook een back-up van het bestand)\n"
    );
    assert_eq!(
        nl(&e, &["goal", "remove", "g2", "--yes"]),
        "Verwijderd: doel g2 \"Lead\" van Alice met 0 mijlpalen.\n"
    );
    let (code, err) = nl_fails(&e, &["mentee", "add", "Alice"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("er is al een mentee die \"Alice\" heet"),
        "{err}"
    );
    let (code, err) = nl_fails(&e, &["goal", "add", "--mentee", "alice", "  "]);
    assert_eq!(code, Some(2));
    assert_eq!(err, "mentor: de titel mag niet leeg zijn\n");
    // What goes wrong before the command runs is said in the language too.
    let out = e
        .command(&["--lang", "nl", "where"])
        .env("MENTOR_NOW", "gisteren")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "mentor: MENTOR_NOW=\"gisteren\" is geen datum en tijd volgens RFC 3339\n"
    );
}

#[test]
fn where_and_profile_align_their_dutch_labels() {
    let e = Env::new();
    let out = nl(&e, &["where"]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("opslag    /"), "{out}");
    assert!(
        lines[1].starts_with("          (nog niet aangemaakt"),
        "{out}"
    );
    assert!(lines[2].starts_with("slot      /"), "{out}");
    assert!(lines[3].starts_with("back-ups  /"), "{out}");
    let profile = nl(&e, &["profile", "--capacity", "6"]);
    assert!(
        profile.contains("capaciteit        6,0 uur per maand\n"),
        "{profile}"
    );
    assert!(
        profile
            .contains("belasting         0,0 uur per maand van 0 actieve mentees met een ritme\n"),
        "{profile}"
    );
}

#[test]
fn usage_errors_wrap_clap_in_dutch_also_from_the_locale() {
    let e = Env::new();
    // Without any option for `goal` (MENTOR_STORE counts as `--store`), clap asks for a command.
    let out = e
        .command(&["--lang", "nl", "goal"])
        .env_remove("MENTOR_STORE")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "mentor: `mentor goal` heeft een commando nodig: add, list, check, done, progress, \
         edit, remove (zie `mentor goal --help`)\n"
    );
    // Before the arguments parse, the locale still decides (clap's own words stay English).
    let out = e
        .command(&["goal", "add"])
        .env("LANG", "nl_NL.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("mentor: the following required arguments"),
        "{err}"
    );
    assert!(
        err.contains(" (gebruik: mentor goal add --mentee <MENTEE>"),
        "{err}"
    );
}

#[test]
fn every_other_command_s_own_words_are_dutch_too() {
    let e = Env::new();
    nl(
        &e,
        &["mentee", "add", "Alice", "--every", "2w", "--minutes", "45"],
    );
    nl(
        &e,
        &["goal", "add", "--mentee", "alice", "Lead", "--due", "+1m"],
    );
    nl(
        &e,
        &[
            "session",
            "add",
            "--mentee",
            "alice",
            "--notes",
            "went well",
        ],
    );
    nl(
        &e,
        &[
            "feedback", "add", "--mentee", "alice", "--kind", "strength", "Calm",
        ],
    );
    let show = nl(&e, &["mentee", "show", "alice"]);
    for words in [
        "Afspraken\n",
        "  sessieduur       45 minuten\n",
        "Doelen (1)\n",
    ] {
        assert!(show.contains(words), "{words:?} in {show}");
    }
    assert!(show.contains("Feedback: één sterk punt, 0 verbeterpunten, 0 observaties"));
    let agenda = nl(&e, &["agenda", "--days", "1"]);
    assert!(
        agenda.starts_with("Agenda vanaf 2026-11-29 voor één dag\n"),
        "{agenda}"
    );
    assert!(
        agenda.contains("\nMijlpalen\n  niets aan de beurt\n"),
        "{agenda}"
    );
    let feedback = nl(&e, &["feedback", "list"]);
    let header: Vec<&str> = feedback
        .lines()
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(
        header,
        ["ID", "DATUM", "MENTEE", "SOORT", "ZICHTBAAR", "TEKST"],
        "{feedback}"
    );
    assert!(feedback.contains("  allebei  "), "{feedback}");
    nl(
        &e,
        &[
            "path", "stage", "add", "alice", "Senior", "--skill", "design", "--goal", "g2",
        ],
    );
    let path = nl(&e, &["path", "show", "alice"]);
    assert!(path.starts_with("Loopbaanpad van Alice\n"), "{path}");
    assert!(path.contains("      vaardigheid design"), "{path}");
    assert!(path.contains("      doel        g2"), "{path}");
    assert!(nl(&e, &["skill", "list"]).starts_with("VAARDIGHEID  DOELEN  FASEN  MENTEES"));
    let bundle = e.dir.path().join("alice.json");
    let bundle = bundle.to_str().unwrap();
    let shared = nl(&e, &["share", "alice", "-o", bundle]);
    assert!(
        shared.starts_with("Het plan van Alice gedeeld (één doel, één sessie, één gedeelde"),
        "{shared}"
    );
    let (code, err) = nl_fails(&e, &["share", "alice", "-o", bundle]);
    assert_eq!(code, Some(2));
    assert!(
        err.ends_with("bestaat al; gebruik --force om het te vervangen\n"),
        "{err}"
    );
    let ics = e.dir.path().join("a.ics");
    let out = e.cmd(&["--lang", "nl", "export", "ics", "-o", ics.to_str().unwrap()]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("mentor: één sessie geschreven naar "),
        "{err}"
    );
    let calendar = std::fs::read_to_string(&ics).unwrap();
    assert!(
        calendar.contains("SUMMARY:Mentorgesprek: Alice"),
        "{calendar}"
    );
    let dry = nl(
        &e,
        &[
            "template",
            "apply",
            "engineering-ic",
            "--mentee",
            "alice",
            "--dry-run",
        ],
    );
    assert!(
        dry.starts_with("Zou aan Alice toevoegen uit engineering-ic"),
        "{dry}"
    );
    let (code, err) = nl_fails(&e, &["restore"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("is goed leesbaar"), "{err}");
    assert!(
        err.ends_with("Geef --yes om het te doen (het vervangen bestand wordt apart bewaard).\n")
    );
}
