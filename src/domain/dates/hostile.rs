//! Hostile input: whatever is typed, the reader answers without panicking; what it refuses
//! it explains on one line; what it accepts the file holds and reads back as it was.

use super::table;
use super::words::ENGLISH;
use super::*;
use proptest::prelude::*;
use serde::{Deserialize, Serialize};

fn today() -> NaiveDate {
    table::today()
}

#[test]
fn a_whole_known_word_is_not_read_as_a_shorter_one_run_on() {
    // `friday` is a weekday in the wrong place, not `fri` followed by `day`.
    let err = parse_moment("3pm friday", today(), &table::zone())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("understood \"3pm\", then \"friday\" is not expected there"),
        "{err}"
    );
    for month in ["march", "September", "june", "july", "august", "october"] {
        let err = parse_date(&format!("{month} 2027"), today())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&format!(
                "\"{month}\" is not understood (a month goes with its day: 3 {month})"
            )),
            "{err}"
        );
        assert!(parse_date(&format!("3 {month}"), today()).is_ok());
    }
    // A word run on past a whole known word still says how far it read.
    let err = parse_date("fridays", today()).unwrap_err().to_string();
    assert!(err.contains("understood \"friday\", then \"s\""), "{err}");
}

#[test]
fn a_text_that_stops_after_a_known_word_says_so() {
    for (typed, understood) in [
        ("in", "in"),
        ("next", "next"),
        ("tomorrow at", "tomorrow at"),
    ] {
        let err = parse_date(typed, today()).unwrap_err().to_string();
        assert!(
            err.contains(&format!(
                "understood \"{understood}\", then it ends too soon"
            )),
            "{err}"
        );
    }
}

#[test]
fn a_numeric_date_is_refused_with_only_the_readings_it_has() {
    let err = parse_date("12/01/2026", today()).unwrap_err().to_string();
    assert!(
        err.contains("write 2026-12-01 or 2026-01-12 (YYYY-MM-DD)"),
        "{err}"
    );
    // A part too large to be a number is no day, month or year: nothing else moves into
    // its place.
    let err = parse_date("1/99999999999/5", today())
        .unwrap_err()
        .to_string();
    assert!(err.contains("write the date as YYYY-MM-DD"), "{err}");
    let err = parse_date("99999999999.3.4", today())
        .unwrap_err()
        .to_string();
    assert!(err.contains("write the date as YYYY-MM-DD"), "{err}");
}

#[test]
fn a_refusal_is_one_line_whatever_was_typed() {
    let zone = table::zone();
    for typed in [
        "tomorrow\nx",
        "next\r\nfriday 9",
        "3 dec\u{b}x",
        "12/01\u{85}/2026 x",
    ] {
        let errors = [
            parse_date(typed, today()).unwrap_err(),
            parse_moment(typed, today(), &zone).unwrap_err(),
        ];
        for err in errors {
            let shown = err.to_string();
            assert!(
                !shown.contains(['\n', '\r', '\u{b}', '\u{85}']),
                "{shown:?}"
            );
        }
    }
    let err = parse_date("tomorrow\nx", today()).unwrap_err().to_string();
    assert!(
        err.starts_with("invalid date \"tomorrow⏎x\": understood \"tomorrow\""),
        "{err}"
    );
    // The text as typed is quoted with its control characters made visible.
    let err = parse_date("3 dec\u{1b}]52;c;x\u{7}", today())
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("invalid date \"3 dec\\x1b]52;c;x\\x07\""),
        "{err}"
    );
}

#[test]
fn a_long_text_is_read_without_going_deeper_for_each_word() {
    // Each `2026-12-01T` splits into a date and the rest, which once was read again alone to
    // say whether it fits elsewhere, and so on: a pasted text ran the stack out.
    let long = format!("{}x", "2026-12-01T".repeat(20_000));
    let read = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let zone = table::zone();
            (
                parse_date(&long, today()).is_err(),
                parse_moment(&long, today(), &zone).is_err(),
            )
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(read, (true, true));
}

/// A record with every kind of date field the store writes, through the store's own serde.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Dated {
    #[serde(with = "date_serde")]
    date: NaiveDate,
    #[serde(with = "opt_date_serde")]
    maybe: Option<NaiveDate>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Timed {
    #[serde(with = "datetime_serde")]
    at: DateTime<FixedOffset>,
}

/// A refusal is one line and has a short form; an accepted date is storable and comes back
/// from the file equal.
fn check_date(text: &str, today: NaiveDate) -> Result<(), TestCaseError> {
    match parse_date(text, today) {
        Ok(date) => {
            prop_assert!(is_storable(date), "{:?} -> {}", text, date);
            let kept = Dated {
                date,
                maybe: Some(date),
            };
            let json = serde_json::to_string(&kept).unwrap();
            let back: Result<Dated, _> = serde_json::from_str(&json);
            prop_assert_eq!(back.ok(), Some(kept), "{:?} -> {}", text, json);
            // What was accepted, written as the file writes it, reads as the same day.
            prop_assert_eq!(parse_date(&iso(date).to_string(), today), Ok(date));
        }
        Err(err) => refusal_reads_well(text, &err)?,
    }
    Ok(())
}

/// The same for a date and time: storable as it is, and back from the file with the same
/// moment, offset and text.
fn check_moment<Tz: TimeZone>(text: &str, today: NaiveDate, tz: &Tz) -> Result<(), TestCaseError> {
    match parse_moment(text, today, tz) {
        Ok(at) => {
            prop_assert!(is_storable(at.naive_local().date()), "{:?} -> {}", text, at);
            prop_assert_eq!(
                storable_moment(at).map(|k| k.to_rfc3339()),
                Some(at.to_rfc3339())
            );
            let json = serde_json::to_string(&Timed { at }).unwrap();
            let back: Result<Timed, _> = serde_json::from_str(&json);
            prop_assert!(back.is_ok(), "{:?} -> {}", text, json);
            let back = back.unwrap().at;
            prop_assert_eq!(back, at, "{:?} -> {}", text, &json);
            prop_assert_eq!(back.offset(), at.offset(), "{:?} -> {}", text, &json);
            prop_assert_eq!(
                back.naive_local(),
                at.naive_local(),
                "{:?} -> {}",
                text,
                &json
            );
        }
        Err(err) => refusal_reads_well(text, &err)?,
    }
    Ok(())
}

fn refusal_reads_well(text: &str, err: &DateError) -> Result<(), TestCaseError> {
    let shown = err.to_string();
    prop_assert!(!shown.contains(['\n', '\r']), "{:?}: {:?}", text, shown);
    prop_assert!(shown.starts_with("invalid date"), "{:?}: {:?}", text, shown);
    prop_assert!(!err.short().is_empty());
    Ok(())
}

/// Any day the file holds, the first and last ones more often.
fn any_today() -> impl Strategy<Value = NaiveDate> {
    let days = (LAST_DATE - FIRST_DATE).num_days();
    prop_oneof![
        Just(FIRST_DATE),
        Just(LAST_DATE),
        (0..400i64).prop_map(|n| FIRST_DATE + chrono::Duration::days(n)),
        (0..400i64).prop_map(|n| LAST_DATE - chrono::Duration::days(n)),
        (0..=days).prop_map(|n| FIRST_DATE + chrono::Duration::days(n)),
        Just(today()),
    ]
}

/// A word of the grammar, in any case, or a number of any shape.
fn token() -> impl Strategy<Value = String> {
    let mut known: Vec<String> = Vec::new();
    known.extend(ENGLISH.days.iter().map(|(w, _)| w.to_string()));
    known.extend(ENGLISH.weekdays.iter().map(|(w, _)| w.to_string()));
    known.extend(ENGLISH.months.iter().map(|(w, _)| w.to_string()));
    known.extend(ENGLISH.units.iter().map(|(w, _)| w.to_string()));
    for list in [
        ENGLISH.this,
        ENGLISH.next,
        ENGLISH.within,
        ENGLISH.at,
        ENGLISH.noon,
        ENGLISH.am,
        ENGLISH.pm,
        ENGLISH.ordinals,
    ] {
        known.extend(list.iter().map(|w| w.to_string()));
    }
    known.extend(
        [
            "İ", "ı", "ß", "ǅ", "\u{212a}", "T", "t", "Z", "+", "-", ":", "/", ".", "a.m.",
        ]
        .map(String::from),
    );
    let word = prop::sample::select(known);
    let number = prop_oneof![
        0u64..40,
        0u64..10_000,
        any::<u64>(),
        Just(u64::from(u32::MAX)),
        Just(u64::from(u32::MAX) + 1),
    ];
    let digits = "[0-9]{1,30}";
    let offset = (-1439i32..=1439).prop_map(|m| {
        let sign = if m < 0 { '-' } else { '+' };
        format!("{sign}{:02}:{:02}", m.abs() / 60, m.abs() % 60)
    });
    prop_oneof![
        3 => (word.clone(), 0..3u8).prop_map(|(w, case)| match case {
            0 => w,
            1 => w.to_uppercase(),
            _ => {
                let mut c = w.chars();
                c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
            }
        }),
        2 => (number.clone(), prop::option::of(word.clone()))
            .prop_map(|(n, w)| format!("{n}{}", w.unwrap_or_default())),
        1 => (prop::sample::select(vec!["+", "-", "0", "00", ""]), digits, prop::option::of(word))
            .prop_map(|(s, n, w)| format!("{s}{n}{}", w.unwrap_or_default())),
        1 => (0u32..=10_001, 0u32..=13, 0u32..=32)
            .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        1 => (0u32..=25, 0u32..=61, prop::option::of(0u32..=61)).prop_map(|(h, m, s)| match s {
            Some(s) => format!("{h}:{m:02}:{s:02}"),
            None => format!("{h}:{m:02}"),
        }),
        1 => (number.clone(), number, prop::option::of(0u64..=10_000))
            .prop_map(|(a, b, c)| match c {
                Some(c) => format!("{a}/{b}/{c}"),
                None => format!("{a}.{b}"),
            }),
        1 => (0u32..=10_000, 1u32..=12, 1u32..=31, 0u32..=23, 0u32..=60, offset)
            .prop_map(|(y, mo, d, h, mi, o)| format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:00{o}")),
        1 => (0u32..=10_000, 1u32..=12, 1u32..=31, 0u32..=23)
            .prop_map(|(y, mo, d, h)| format!("{y:04}-{mo:02}-{d:02}T{h:02}:30")),
    ]
}

/// Tokens of the grammar run together with every kind of separator.
fn soup() -> impl Strategy<Value = String> {
    let sep = prop::sample::select(vec![" ", ",", ", ", "", "  ", "\t", "\n", "T", " at "]);
    prop::collection::vec((token(), sep), 0..7).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(t, s)| format!("{t}{s}"))
            .collect::<String>()
    })
}

/// Any text: arbitrary Unicode, printable ASCII, or the grammar's own words in any order.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => any::<String>(),
        1 => "[ -~]{0,40}",
        1 => "[ ,]{0,12}",
        4 => soup(),
    ]
}

/// Zones with daylight saving, skipped days and offsets far from UTC.
fn zones() -> Vec<chrono_tz::Tz> {
    vec![
        chrono_tz::Europe::Paris,
        chrono_tz::Pacific::Apia,
        chrono_tz::Australia::Lord_Howe,
        chrono_tz::America::St_Johns,
        chrono_tz::Pacific::Kiritimati,
        chrono_tz::Etc::GMTPlus12,
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// Whatever is typed into a date field: no panic, a refusal that reads on one line, or a
    /// date the file holds and reads back the same.
    #[test]
    fn any_text_in_a_date_field_is_kept_exactly_or_refused(
        text in any_text(),
        today in any_today(),
    ) {
        check_date(&text, today)?;
    }

    /// The same for a date-and-time field, in fixed offsets (any, up to a minute short of a
    /// day either way) and in zones with daylight saving or skipped days.
    #[test]
    fn any_text_in_a_date_and_time_field_is_kept_exactly_or_refused(
        text in any_text(),
        today in any_today(),
        offset in prop_oneof![Just(-86_399), Just(86_399), -86_399i32..=86_399, -50_400i32..=50_400],
        zone in prop::sample::select(zones()),
    ) {
        let fixed = FixedOffset::east_opt(offset).unwrap();
        check_moment(&text, today, &fixed)?;
        check_moment(&text, today, &zone)?;
        let now = fixed.from_local_datetime(&today.and_hms_opt(12, 0, 0).unwrap()).single();
        if let Some(now) = now {
            match parse_datetime(&text, now) {
                Ok(at) => prop_assert_eq!(storable_moment(at).map(|k| k.to_rfc3339()), Some(at.to_rfc3339())),
                Err(err) => refusal_reads_well(&text, &err)?,
            }
        }
    }
}
