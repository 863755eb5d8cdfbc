//! The domain's texts in Dutch, one test per converted area, with the English kept as it was.

use super::*;
use crate::domain::dates::{parse_date, parse_datetime};
use crate::domain::ops::{Field, OpError};
use crate::domain::schedule::ScheduleError;
use crate::domain::smart::{self, Letter};
use crate::domain::workspace::LookupError;
use crate::domain::{
    Cadence, CadenceUnit, Channel, Goal, GoalId, GoalStatus, Mentee, MenteeId, MenteeStatus,
    StageStatus, Workspace, brief,
};
use crate::i18n::with_lang;
use chrono::NaiveDate;

fn nl<T>(f: impl FnOnce() -> T) -> T {
    with_lang(Lang::Nl, f)
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn a_word_is_kept_per_language() {
    let en = with_lang(Lang::En, || word("dom-status-active"));
    let nl_word = nl(|| word("dom-status-active"));
    assert_eq!(en, "active");
    assert_eq!(nl_word, "actief");
    assert!(std::ptr::eq(
        en,
        with_lang(Lang::En, || word("dom-status-active"))
    ));
}

#[test]
fn every_value_has_its_words_in_both_languages() {
    for lang in Lang::ALL {
        with_lang(lang, || {
            let shown: Vec<&str> = [
                MenteeStatus::VALUES
                    .iter()
                    .map(|v| v.shown())
                    .collect::<Vec<_>>(),
                GoalStatus::VALUES.iter().map(|v| v.shown()).collect(),
                Channel::VALUES.iter().map(|v| v.shown()).collect(),
                StageStatus::VALUES.iter().map(|v| v.shown()).collect(),
                crate::domain::MentoringKind::VALUES
                    .iter()
                    .map(|v| v.shown())
                    .collect(),
                crate::domain::SessionStatus::VALUES
                    .iter()
                    .map(|v| v.shown())
                    .collect(),
                crate::domain::Owner::VALUES
                    .iter()
                    .map(|v| v.shown())
                    .collect(),
                crate::domain::FeedbackKind::VALUES
                    .iter()
                    .map(|v| v.shown())
                    .collect(),
                crate::domain::ConnectionKind::VALUES
                    .iter()
                    .map(|v| v.shown())
                    .collect(),
                crate::domain::ConnectionStatus::VALUES
                    .iter()
                    .map(|v| v.shown())
                    .collect(),
                crate::domain::Visibility::VALUES
                    .iter()
                    .map(|v| v.shown())
                    .collect(),
            ]
            .concat();
            for w in shown {
                assert!(!w.starts_with("dom-"), "{lang:?}: no message {w}");
            }
        });
    }
    // English shows the file's own words.
    for (v, name) in Channel::VALUES.iter().zip(Channel::NAMES) {
        assert_eq!(with_lang(Lang::En, || v.to_string()), *name);
    }
}

#[test]
fn words_speak_dutch_and_the_file_values_stay() {
    nl(|| {
        assert_eq!(MenteeStatus::Active.to_string(), "actief");
        assert_eq!(crate::domain::MentoringKind::Career.to_string(), "loopbaan");
        assert_eq!(Channel::InPerson.to_string(), "fysiek");
        assert_eq!(Channel::InPerson.name(), "in-person");
        assert_eq!(format!("{:<8}|", GoalStatus::Achieved), "behaald |");
        assert_eq!(StageStatus::InProgress.words(), "bezig");
        assert_eq!(crate::domain::mood::Trend::Falling.words(), "dalend");
    });
}

#[test]
fn a_cadence_in_words() {
    let every = |every, unit| Cadence { every, unit }.to_string();
    nl(|| {
        assert_eq!(every(2, CadenceUnit::Weeks), "elke 2 weken");
        assert_eq!(every(1, CadenceUnit::Weeks), "elke week");
        assert_eq!(every(1, CadenceUnit::Months), "elke maand");
        assert_eq!(every(10, CadenceUnit::Days), "elke 10 dagen");
    });
    assert_eq!(every(2, CadenceUnit::Weeks), "every 2 weeks");
    assert_eq!(every(1, CadenceUnit::Days), "every day");
}

#[test]
fn an_op_error_in_dutch() {
    nl(|| {
        assert_eq!(
            OpError::Blank(Field::Title).to_string(),
            "de titel mag niet leeg zijn"
        );
        assert_eq!(
            OpError::NotDoable("goal").to_string(),
            "een doel kun je niet afvinken"
        );
        assert_eq!(
            OpError::NameTaken("Ada".into()).to_string(),
            "er is al een mentee die \"Ada\" heet"
        );
    });
    assert_eq!(
        OpError::Blank(Field::Title).to_string(),
        "the title must not be empty"
    );
}

#[test]
fn a_plural_in_dutch() {
    let planned = |planned| {
        OpError::PlannedSessions {
            mentee: "Ada".into(),
            planned,
        }
        .to_string()
    };
    nl(|| {
        assert_eq!(planned(1), "Ada heeft nog een geplande sessie");
        assert_eq!(planned(3), "Ada heeft nog 3 geplande sessies");
    });
    assert_eq!(planned(3), "Ada has sessions still planned");
    let rel = |count| {
        crate::domain::template::RelDate {
            count,
            unit: crate::domain::template::RelUnit::Years,
        }
        .words()
    };
    assert_eq!(nl(|| (rel(1), rel(2))), ("1 jaar".into(), "2 jaar".into()));
    assert_eq!(rel(2), "2 years");
}

#[test]
fn a_lookup_error_in_dutch() {
    nl(|| {
        assert_eq!(
            LookupError::NoMentee("bo".into()).to_string(),
            "geen mentee gevonden voor \"bo\" (zie `mentor mentee list`)"
        );
        assert_eq!(
            LookupError::NoRecord {
                kind: "action item",
                id: "a9".into()
            }
            .to_string(),
            "geen actiepunt met ID \"a9\""
        );
        assert_eq!(
            LookupError::AmbiguousId {
                typed: "g13".into(),
                kinds: "goals",
                ids: vec!["g13.ab".into(), "g13.cd".into()]
            }
            .to_string(),
            "g13 wijst 2 doelen aan: g13.ab, g13.cd; typ de hele ID"
        );
    });
}

#[test]
fn ids_and_a_series_refused_in_dutch() {
    nl(|| {
        assert!(
            crate::domain::ids::IdsExhausted
                .to_string()
                .starts_with("geen record-ID's meer")
        );
        assert_eq!(
            ScheduleError::TooMany.to_string(),
            "dan plan je meer dan 200 sessies; plan een kortere reeks"
        );
    });
}

#[test]
fn the_smart_reasons_per_letter_in_dutch() {
    let today = day(2026, 11, 29);
    let vague = Goal::new(GoalId::from_number(2), "beter leidinggeven", today);
    let r = smart::check(&vague, today);
    let said = |letter| {
        nl(|| {
            r.get(letter)
                .reason
                .as_ref()
                .map(ToString::to_string)
                .unwrap()
        })
    };
    assert_eq!(
        said(Letter::Specific),
        "niet specifiek: \"beter leidinggeven\" zegt niet wat er precies anders wordt; beschrijf de verandering in een zin"
    );
    assert!(said(Letter::Measurable).starts_with("niet meetbaar: "));
    assert!(said(Letter::Achievable).starts_with("haalbaarheid niet onderbouwd: "));
    assert!(said(Letter::Relevant).starts_with("relevantie ontbreekt: "));
    assert_eq!(
        said(Letter::TimeBound),
        "niet tijdgebonden: kies een einddatum"
    );
    let mut late = vague.clone();
    late.due = Some(day(2026, 3, 1));
    let r = smart::check(&late, today);
    assert_eq!(
        nl(|| r
            .get(Letter::TimeBound)
            .reason
            .as_ref()
            .unwrap()
            .to_string()),
        "tijdgebonden: de einddatum 2026-03-01 is voorbij; verschuif hem of sluit het doel af"
    );
    // The reason is data until it is shown, in the language of the moment it is shown.
    assert_eq!(
        r.get(Letter::TimeBound).reason,
        Some(smart::Reason::PastDue {
            due: day(2026, 3, 1)
        })
    );
}

#[test]
fn a_brief_reason_in_dutch() {
    let today = day(2026, 12, 1);
    let m = Mentee::new(MenteeId::from_number(1), "Quinn", today);
    let b = nl(|| brief::of_mentee(&m, today));
    let first = b
        .suggestions
        .iter()
        .find(|s| s.rule == brief::Rule::FirstSession)
        .unwrap();
    assert_eq!(first.text, "Spreek doelen, ritme en manier van werken af");
    assert_eq!(first.cause, "er is nog geen sessie met Quinn gehouden");
}

#[test]
fn a_typed_date_refused_in_dutch() {
    let today = day(2026, 11, 30);
    let e = parse_date("morgen avond", today).unwrap_err();
    assert_eq!(
        nl(|| e.to_string()),
        "ongeldige datum \"morgen avond\": \"morgen\" begrepen, daarna wordt \"avond\" niet begrepen; gebruik JJJJ-MM-DD, vandaag, morgen, vrijdag, volgende vrijdag, 3 apr, +2w of over 3 dagen"
    );
    assert!(
        e.to_string()
            .starts_with("invalid date \"morgen avond\": understood \"morgen\"")
    );
    use chrono::TimeZone;
    let now = chrono::FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 30, 12, 0, 0)
        .unwrap();
    let e = parse_datetime("morgen 9", now).unwrap_err();
    assert!(nl(|| e.to_string()).contains("(een tijd schrijf je als 9:00 of 9 uur)"));
}

#[test]
fn a_file_that_does_not_load_says_why_in_dutch() {
    let mut ws = Workspace::default();
    ws.mentees.push(std::sync::Arc::new(Mentee::new(
        MenteeId::from_number(1),
        " ",
        day(2026, 1, 1),
    )));
    ws.next_id = 2;
    // The message is put in words when the file is checked, in the language of that moment.
    assert_eq!(
        nl(|| ws.validate().unwrap_err().to_string()),
        "mentees[0].name: naam is leeg"
    );
    assert_eq!(
        ws.validate().unwrap_err().to_string(),
        "mentees[0].name: name is empty"
    );
}

#[test]
fn a_refused_template_in_dutch() {
    let (file, text) = crate::domain::template::BUILTIN_FILES[0];
    let renamed = nl(|| crate::domain::template::parse("other.toml", text).unwrap_err());
    assert_eq!(
        renamed.to_string(),
        "other.toml:3: name: \"engineering-ic\" past niet bij de bestandsnaam \"other\""
    );
    assert!(crate::domain::template::parse(file, text).is_ok());
}

#[test]
fn the_question_sets_in_dutch_still_ask() {
    use crate::domain::template::{QuestionSet, agenda_prompts};
    for set in QuestionSet::ALL {
        let text = nl(|| agenda_prompts(set));
        let questions: Vec<&str> = text.lines().filter(|l| l.starts_with("- ")).collect();
        assert!(questions.len() >= 6, "{text}");
        assert!(questions.iter().all(|q| q.ends_with('?')), "{text}");
        assert!(!text.contains("dom-"), "{text}");
    }
    assert!(nl(|| agenda_prompts(QuestionSet::Grow)).starts_with("Doel\n- Wat wil je"));
    assert_eq!(
        nl(|| QuestionSet::Grow.title()),
        "GROW: doel, realiteit, opties, weg vooruit"
    );
}

#[test]
fn a_choice_of_the_domains_words_shows_them_in_the_language() {
    use crate::domain::{GoalStatus, MentoringKind};
    with_lang(Lang::Nl, || {
        assert_eq!(
            choice_word(MentoringKind::NAMES, "career"),
            Some("loopbaan")
        );
        assert_eq!(choice_word(GoalStatus::NAMES, "achieved"), Some("behaald"));
        assert_eq!(
            choice_word(&["yes", "no"], "yes"),
            None,
            "not a domain word"
        );
        assert_eq!(choice_word(GoalStatus::NAMES, "nonsense"), None);
    });
    assert_eq!(choice_word(MentoringKind::NAMES, "career"), Some("career"));
}
