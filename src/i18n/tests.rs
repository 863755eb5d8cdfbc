use super::catalogue::with_fallback;
use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Every message of a catalogue with the variables it uses (in its value, its selectors and
/// every variant).
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(source(lang)) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{} catalogue does not parse: {errors:?}", lang.code()),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_message_is_in_both_catalogues_with_the_same_placeables() {
    let en = messages(Lang::En);
    let nl = messages(Lang::Nl);
    assert!(
        en.len() > 100,
        "the English catalogue has {} messages",
        en.len()
    );
    let only_en: Vec<_> = en.keys().filter(|k| !nl.contains_key(*k)).collect();
    let only_nl: Vec<_> = nl.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(only_en.is_empty(), "missing in Dutch: {only_en:?}");
    assert!(only_nl.is_empty(), "missing in English: {only_nl:?}");
    for (id, vars) in &en {
        assert_eq!(
            vars, &nl[id],
            "{id}: the two languages use different placeables"
        );
    }
}

#[test]
fn a_catalogue_with_a_missing_message_or_placeable_fails_the_check() {
    // The check above can fail: a placeable left out is seen.
    let mut vars = BTreeSet::new();
    let r = fluent_syntax::parser::parse("a = { $count ->\n [one] one\n *[other] { $n } more\n}\n")
        .unwrap();
    if let ast::Entry::Message(m) = &r.body[0] {
        pattern_vars(m.value.as_ref().unwrap(), &mut vars);
    }
    assert_eq!(vars, BTreeSet::from(["count".to_string(), "n".to_string()]));
}

/// Every file under `src`, recursively.
fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The IDs a text asks for: the literal first argument of every `t!(`, `tr(` and `message(`.
fn ids_asked(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for call in ["t!(\"", "tr(\"", "message(\""] {
        for (at, _) in text.match_indices(call) {
            // `str("`, `attr("`: a call of another name.
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[at + call.len()..];
            if let Some(end) = rest.find('"') {
                out.push(rest[..end].to_string());
            }
        }
    }
    out
}

#[test]
fn every_id_the_code_asks_for_exists() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    let en = messages(Lang::En);
    let mut asked = 0;
    // This file's own examples of the scan are not asks.
    files.retain(|f| !f.ends_with("i18n/tests.rs"));
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for id in ids_asked(&text) {
            // A string that is no message ID (`tr("")` in the keymap's tables).
            if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                continue;
            }
            asked += 1;
            assert!(en.contains_key(&id), "{}: no message {id}", file.display());
        }
    }
    assert!(asked > 20, "only {asked} IDs found: the scan is broken");
    for b in crate::app::keymap::BINDINGS {
        for id in [b.help, b.group].into_iter().filter(|id| !id.is_empty()) {
            assert!(en.contains_key(id), "the keymap's {id:?} is no message");
        }
    }
}

#[test]
fn the_scan_finds_ids_in_calls() {
    assert_eq!(
        ids_asked(r#"t!("a-b", n = 1); i18n::tr("c"); x("d"); str("e")"#),
        vec!["a-b".to_string(), "c".to_string()]
    );
}

#[test]
fn plural_forms_follow_the_language() {
    let n = |lang, count: usize| with_lang(lang, || crate::t!("count-sessions", count = count));
    assert_eq!(n(Lang::Nl, 1), "één sessie");
    assert_eq!(n(Lang::Nl, 2), "2 sessies");
    assert_eq!(n(Lang::Nl, 0), "0 sessies");
    assert_eq!(n(Lang::En, 1), "1 session");
    assert_eq!(n(Lang::En, 2), "2 sessions");
    let d = |count: usize| with_lang(Lang::Nl, || crate::t!("checkins-in-days", days = count));
    assert_eq!(d(1), "over één dag");
    assert_eq!(d(5), "over 5 dagen");
}

#[test]
fn arguments_are_placed_without_isolation_marks() {
    let text = with_lang(Lang::Nl, || crate::t!("milestones-of", goal = "Leiden"));
    assert_eq!(text, "Mijlpalen van \"Leiden\"");
}

#[test]
fn a_message_missing_in_dutch_falls_back_to_english_then_to_its_id() {
    let only_english = |lang: Lang| (lang == Lang::En).then(|| "English".to_string());
    assert_eq!(
        with_fallback(Lang::Nl, only_english).as_deref(),
        Some("English")
    );
    assert_eq!(with_fallback(Lang::Nl, |_| None), None);
    assert_eq!(
        with_lang(Lang::Nl, || message("no-such-message")),
        "no-such-message"
    );
    assert_eq!(with_lang(Lang::Nl, || tr("plain words")), "plain words");
}

#[test]
fn with_lang_sets_this_thread_only_and_puts_back() {
    let outer = current();
    let inner = with_lang(Lang::Nl, || {
        let other = std::thread::spawn(current).join().unwrap();
        assert_eq!(other, outer, "another thread saw the override");
        with_lang(Lang::En, current)
    });
    assert_eq!(inner, Lang::En);
    assert_eq!(current(), outer);
    let _ = std::panic::catch_unwind(|| with_lang(Lang::Nl, || panic!("inside")));
    assert_eq!(current(), outer);
}

#[test]
fn the_locale_picks_the_language() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    let cases: &[(&[(&str, &str)], Lang)] = &[
        (&[("LANG", "nl_NL.UTF-8")], Lang::Nl),
        (&[("LANG", "nl")], Lang::Nl),
        (&[("LANG", "nl_BE")], Lang::Nl),
        (&[("LANG", "nl_BE.UTF-8@euro")], Lang::Nl),
        (&[("LANG", "en_GB.UTF-8")], Lang::En),
        (&[("LANG", "C")], Lang::En),
        (&[("LANG", "POSIX")], Lang::En),
        (&[("LANG", "C.UTF-8")], Lang::En),
        (&[("LANG", "fr_FR.UTF-8")], Lang::En),
        (&[], Lang::En),
        // LC_ALL wins over LC_MESSAGES, which wins over LANG; an empty one does not count.
        (
            &[("LC_ALL", "nl_NL.UTF-8"), ("LANG", "en_US.UTF-8")],
            Lang::Nl,
        ),
        (&[("LC_ALL", "C"), ("LANG", "nl_NL.UTF-8")], Lang::En),
        (&[("LC_MESSAGES", "nl_NL"), ("LANG", "C")], Lang::Nl),
        (
            &[("LC_ALL", ""), ("LC_MESSAGES", ""), ("LANG", "nl")],
            Lang::Nl,
        ),
    ];
    for (vars, want) in cases {
        let vars: &'static [(&'static str, &'static str)] =
            Box::leak(vars.to_vec().into_boxed_slice());
        assert_eq!(from_locale_env(env(vars)), *want, "{vars:?}");
    }
}

#[test]
fn the_flag_beats_the_config_which_beats_the_locale() {
    let dutch_env = |name: &str| (name == "LANG").then(|| "nl_NL.UTF-8".to_string());
    assert_eq!(choose(Some(Lang::En), Some("nl"), dutch_env), Ok(Lang::En));
    assert_eq!(choose(None, Some("en"), dutch_env), Ok(Lang::En));
    assert_eq!(choose(None, Some("Nederlands"), |_| None), Ok(Lang::Nl));
    assert_eq!(choose(None, None, dutch_env), Ok(Lang::Nl));
    assert_eq!(choose(None, Some(""), dutch_env), Ok(Lang::Nl));
    assert_eq!(
        choose(None, Some("fr"), dutch_env),
        Err(LangError("fr".to_string()))
    );
    assert_eq!(Lang::parse("nl_NL.UTF-8"), Ok(Lang::Nl));
    assert_eq!(Lang::parse("EN"), Ok(Lang::En));
    assert!(Lang::parse("klingon").is_err());
}

/// Every refusal of both date tables says in English exactly what the domain says, so the
/// catalogue cannot drift from the reader; in Dutch it says the same in Dutch.
#[test]
fn a_refused_date_reads_in_the_language() {
    use crate::domain::dates::{parse_date, parse_moment, table, table_nl};
    let today = table::today();
    let zone = table::zone();
    let mut errors = Vec::new();
    for (input, _, _) in table::TABLE.iter().chain(table_nl::DUTCH) {
        errors.extend(parse_date(input, today).err());
        errors.extend(parse_moment(input, today, &zone).err());
    }
    assert!(errors.len() > 40, "only {} refusals", errors.len());
    for e in &errors {
        assert_eq!(with_lang(Lang::En, || date_error_short(e)), e.short());
    }
    let dutch = |input: &str| {
        let e = parse_date(input, today).unwrap_err();
        with_lang(Lang::Nl, || date_error_short(&e))
    };
    assert_eq!(
        dutch("morgenavond"),
        "\"morgen\" begrepen, daarna wordt \"avond\" niet begrepen"
    );
    assert_eq!(dutch("31 februari"), "geen datum");
    assert_eq!(
        dutch("vrijdag 15:00"),
        "\"15:00\" is een tijd, en een tijd hoort niet bij een datum"
    );
    assert_eq!(
        dutch("12/01/2026"),
        "\"12/01/2026\" leest per land anders; schrijf 2026-12-01 of 2026-01-12 (JJJJ-MM-DD)"
    );
}
