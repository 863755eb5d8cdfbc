//! The built-in bank (size, keys, both languages, every phase and letter) and the mentor's own
//! file (merged with the built-in bank; a bad file named line by line).

use super::own::{self, key_of};
use super::*;
use crate::i18n::{Lang, has, source, with_lang};

#[test]
fn the_bank_has_at_least_sixty_questions_each_in_both_languages() {
    let bank = Bank::builtin();
    assert!(bank.questions.len() >= 60, "{}", bank.questions.len());
    for q in &bank.questions {
        for lang in Lang::ALL {
            assert!(has(lang, &q.key), "{} missing in {lang:?}", q.key);
        }
        let (en, nl) = (
            with_lang(Lang::En, || q.text()),
            with_lang(Lang::Nl, || q.text()),
        );
        assert!(en.ends_with('?'), "{}: {en}", q.key);
        assert!(nl.ends_with('?'), "{}: {nl}", q.key);
        assert_ne!(en, nl, "{} is not translated", q.key);
    }
}

#[test]
fn every_question_message_of_the_catalogue_is_in_the_bank_and_keys_are_unique() {
    let bank = Bank::builtin();
    let mut keys: Vec<&str> = bank.questions.iter().map(|q| q.key.as_str()).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), bank.questions.len());
    for lang in Lang::ALL {
        for line in source(lang).lines() {
            if let Some((id, _)) = line.split_once(" = ")
                && id.starts_with("q-")
            {
                assert!(
                    bank.get(id).is_some(),
                    "{id} of {lang:?} is not in the bank"
                );
            }
        }
    }
}

#[test]
fn every_phase_and_every_smart_letter_has_questions() {
    let bank = Bank::builtin();
    for phase in Phase::ALL {
        let general = bank
            .questions
            .iter()
            .filter(|q| q.phase == phase && q.focus.is_none())
            .count();
        assert!(general >= 4, "{phase:?} has {general}");
        assert!(!phase.words().is_empty());
        assert_eq!(Phase::parse(phase.name()), Some(phase));
    }
    for focus in Focus::ALL {
        let n = bank
            .questions
            .iter()
            .filter(|q| q.focus == Some(focus))
            .count();
        assert!(n >= 2, "{focus:?} has {n}");
        assert!(
            bank.questions
                .iter()
                .filter(|q| q.focus == Some(focus))
                .all(|q| q.phase == focus.phase())
        );
    }
    assert_eq!(
        bank.get("q-goal-measurable-1").map(|q| q.focus),
        Some(Some(Focus::Measurable))
    );
}

const OWN: &str = "\
# My questions
[know]
What do you do on a free Sunday?

[goals.measurable]
  What number would make you proud in three months?
[closing]
What will you tell your next mentor about us?
";

#[test]
fn own_questions_merge_with_the_built_in_bank_and_are_marked() {
    let (qs, errors) = own::parse("questions.txt", OWN);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(qs.len(), 3);
    assert_eq!(qs[1].phase, Phase::Goals);
    assert_eq!(qs[1].focus, Some(Focus::Measurable));
    assert_eq!(
        qs[1].text(),
        "What number would make you proud in three months?"
    );
    assert_eq!(
        qs[1].source,
        Source::Own {
            text: "What number would make you proud in three months?".into(),
            line: 6
        }
    );
    let bank = Bank::with_own(qs);
    let builtin = Bank::builtin().questions.len();
    assert_eq!(bank.questions.len(), builtin + 3);
    let know = bank.listed(Some(Phase::Know));
    assert_eq!(know.len(), 10);
    assert!(!know[0].is_own());
    assert!(know[9].is_own());
    assert_eq!(know[9].text(), "What do you do on a free Sunday?");
    assert_eq!(bank.listed(None).len(), builtin + 3);
}

#[test]
fn an_own_question_keeps_its_key_when_it_moves_or_its_spacing_changes() {
    assert_eq!(key_of("How are you?"), key_of("  how   are you? "));
    assert_ne!(key_of("How are you?"), key_of("How were you?"));
    assert!(key_of("x").starts_with("own-"));
    let moved = "[closing]\nWhat will you tell your next mentor about us?\n";
    let (a, _) = own::parse("q", OWN);
    let (b, _) = own::parse("q", moved);
    assert_eq!(a[2].key, b[0].key);
}

#[test]
fn a_bad_file_names_each_bad_line_and_keeps_the_good_ones() {
    let text = format!(
        "A question before a heading?\n[know]\nFine one?\n[gaols]\nLost under a bad heading?\n\
         [progress.strengths]\nAlso lost?\n[feedback.nonsense]\nLost too?\n[career]\n{}?\n\
         Fine one?\nTwice?\nTwice?\n",
        "x".repeat(own::MAX_CHARS)
    );
    let (qs, errors) = own::parse("questions.txt", &text);
    let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, vec![1, 4, 6, 8, 11, 12, 14], "{errors:?}");
    assert_eq!(
        errors[1].to_string(),
        "questions.txt:4: “gaols” is not a phase: know, goals, expectations, progress, \
         feedback, career, closing (the questions under it are left out)"
    );
    assert!(
        errors[2].message.contains("[feedback.strengths]"),
        "{}",
        errors[2]
    );
    assert!(errors[5].message.contains("line 3"), "{}", errors[5]);
    assert!(errors[6].message.contains("line 13"), "{}", errors[6]);
    let texts: Vec<String> = qs.iter().map(Question::text).collect();
    // The same words under two headings are one question (the second is named, above).
    assert_eq!(texts, vec!["Fine one?", "Twice?"]);
    assert_eq!(qs[0].phase, Phase::Know);
    let nl = with_lang(Lang::Nl, || own::parse("vragen.txt", "Los?\n").1);
    assert_eq!(
        nl[0].to_string(),
        "vragen.txt:1: een vraag vóór de eerste [fase]-kop (weggelaten)"
    );
    // The built-in bank still works beside what was kept.
    assert!(Bank::with_own(qs).questions.len() > 60);
}
