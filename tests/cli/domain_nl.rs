//! The domain's refusals and words on the command line in Dutch (`--lang nl`), through the
//! domain's own `Display`: a lookup, an operation's refusal, a typed date, the SMART check.

use crate::cli_env;
use cli_env::Env;

#[test]
fn the_domain_refuses_in_dutch() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice"]);
    let err = e.fails(&["--lang", "nl", "goal", "list", "--mentee", "bob"]);
    assert!(
        err.contains("geen mentee gevonden voor \"bob\" (zie `mentor mentee list`)"),
        "{err}"
    );
    e.ok(&["goal", "add", "--mentee", "alice", "Ship"]);
    let err = e.fails(&["--lang", "nl", "goal", "progress", "g2", "3"]);
    assert!(
        err.contains("doel g2 heeft geen maatstaf om voortgang op vast te leggen"),
        "{err}"
    );
    let err = e.fails(&["--lang", "nl", "goal", "progress", "g99", "3"]);
    assert!(err.contains("geen doel met ID \"g99\""), "{err}");
    let err = e.fails(&[
        "--lang",
        "nl",
        "goal",
        "add",
        "--mentee",
        "alice",
        "x",
        "--due",
        "morgenavond",
    ]);
    assert!(
        err.contains("ongeldige datum \"morgenavond\": \"morgen\" begrepen, daarna wordt \"avond\" niet begrepen"),
        "{err}"
    );
    // The same refusal in English, as before.
    let err = e.fails(&["goal", "list", "--mentee", "bob"]);
    assert!(err.contains("no mentee matches \"bob\""), "{err}");
}

#[test]
fn the_smart_check_and_the_words_speak_dutch() {
    let e = Env::new();
    e.ok(&["mentee", "add", "Alice", "--every", "2w"]);
    e.ok(&["goal", "add", "--mentee", "alice", "beter leidinggeven"]);
    let check = e.ok(&["--lang", "nl", "goal", "check"]);
    for reason in [
        "niet specifiek: \"beter leidinggeven\" zegt niet wat er precies anders wordt",
        "niet meetbaar: voeg een maatstaf",
        "haalbaarheid niet onderbouwd",
        "relevantie ontbreekt",
        "niet tijdgebonden: kies een einddatum",
    ] {
        assert!(check.contains(reason), "{check}");
    }
    let show = e.ok(&["--lang", "nl", "mentee", "show", "alice"]);
    assert!(show.contains("elke 2 weken"), "{show}");
    assert!(show.contains("actief"), "{show}");
    // The values a script reads stay as the file writes them.
    let json = e.json(&["--lang", "nl", "mentee", "list", "--json"]);
    assert_eq!(json[0]["status"], "active");
}
